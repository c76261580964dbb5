import type { HclAttribute, HclBodyItem } from "../hcl/scan.js";
import type { ProviderName } from "../upstream/providers.js";

/** The provider versions a layer may run (read by layout/providers.ts). */
export interface ProviderVersions {
  /** Every `version` constraint of the provider in the layer's `required_providers`, joined with ", ". */
  constraint?: string;
  /** The exact version `.terraform.lock.hcl` locks. */
  locked?: string;
}

export interface LayerProviders {
  layer: string;
  /** Whether the layer commits a `.terraform.lock.hcl`. */
  lockFile: boolean;
  versions: Partial<Record<ProviderName, ProviderVersions>>;
}

/** A .tf file; `items` is scanned on first use (see parsed-file.ts). */
export interface ParsedFile {
  path: string;
  text: string;
  readonly items: HclBodyItem[];
}

/** Lookups of a layer's `data "terraform_remote_state"` blocks that scan only the files they need. */
export interface RemoteStateLookup {
  /** The blocks named `name`. */
  named(name: string): RemoteState[];
  /** The region expression of the first block that sets one, in file order. */
  regionExpr(): string | undefined;
}

export interface RemoteState {
  /** Data source name, e.g. `eks-cluster` or `cluster`. */
  name: string;
  /** The state key, when it is a plain string. */
  key?: string;
  /** The `region` expression as written, reused for new remote-state blocks in the same layer. */
  regionExpr?: string;
  file: string;
}

export interface ArgoInstance {
  /** Layer folder holding the helm_release. */
  layer: string;
  /** The .tf file holding the helm_release. */
  file: string;
  /** Terraform resource name: `helm_release.<resourceName>`. */
  resourceName: string;
  /** Helm release name. */
  releaseName: string;
  namespace: string;
  chartVersion: string;
  /** `configs.clusterCredentials` is a list before chart 7.0.0 and a map keyed by name from 7.0.0. */
  credentialsForm: "list" | "map";
  /** Repository path of the values template the cluster entry goes into. */
  valuesFile?: string;
  /** Every `templatefile(path, { ... })` element of `values`, with the offset of its `{`. */
  valuesTemplates: { path: string; relative: string; varsOpen: number }[];
  /** True when this release was created by argocd-cluster-link (a dedicated instance). */
  managedByLink: boolean;
}

export interface IdentitiesLayer {
  path: string;
  /** Expression for the cluster's OIDC provider URL without https://, as the layer already writes it. */
  providerUrlExpr?: string;
  hasTagsLocal: boolean;
  remoteStates: RemoteState[];
}

export interface ClusterLayer {
  path: string;
  /** Name of the terraform-aws-eks module: `module.<eksModule>.cluster_name`. */
  eksModule: string;
  /** Major version of that module, when its source ref or version says (v18 names the output cluster_id). */
  eksMajor?: number;
  /** Whether the layer's AWS provider can manage EKS access entries (hashicorp/aws 5.33.0 or later). */
  accessEntries: { supported: boolean; why?: string };
  /** How aws-auth is managed: eks module v18 `aws_auth_roles`, the v20 aws-auth submodule, or not at all. */
  awsAuth: "eks-module" | "aws-auth-module" | "none";
  mapRoles?: { file: string; attribute: HclAttribute };
  mentionsCluster: boolean;
  /** Its provider constraints and lock. */
  providers: LayerProviders;
  /** Whether it configures a (not aliased) kubernetes provider, e.g. for aws-auth. */
  kubernetesProvider: boolean;
  /** Its `backend "s3" { key = ... }`, when written in the layer. */
  backendKey?: string;
  /** The output holding the cluster's name (`cluster_name`, or `cluster_id` with eks v18). */
  nameOutput: string;
}

/** A layer that can hold a link's RBAC: it configures a kubernetes provider for the target cluster. */
export interface RbacCandidate {
  path: string;
  /** Its `backend "s3" { key = ... }`, when written in the layer. */
  backendKey?: string;
  /** A sibling of the cluster layer, the cluster layer itself, the request's target-rbac-layer, or the identities layer. */
  origin: "sibling" | "cluster" | "override" | "identities";
  providers: LayerProviders;
}

/** The target's identities layer, which has no kubernetes provider: the link can add one (the cookbook's way). */
export interface RbacIdentitiesTarget extends RbacCandidate {
  origin: "identities";
  /** The cluster layer's remote state in this layer, or the one to add (`create`). */
  clusterState: { name: string; create?: { key: string; regionExpr: string } };
  /** The cluster layer's output with the cluster name. */
  clusterNameOutput: string;
  /** Whether `required_providers` already lists kubernetes (then it is not declared again). */
  declaresKubernetes: boolean;
  /** Names of existing `aws_eks_cluster` / `aws_eks_cluster_auth` data sources, reused when present. */
  eksClusterData?: string;
  eksAuthData?: string;
}

export interface RbacCandidates {
  /** Layers with a kubernetes provider, preferred first: a sibling (k8s-components first), then the cluster layer. */
  withProvider: RbacCandidate[];
  /** The identities layer, where a provider can be added when no candidate with one fits. */
  identities?: RbacIdentitiesTarget;
  /** Why the link needs RBAC, for messages. */
  why: string;
}

/** What the grant decision (link/grant.ts) reads besides the layout, found first by discoverGrantInputs. */
export interface GrantInputs {
  /** The layers that can hold the link's RBAC, or why none can (reported only when the link needs RBAC). */
  rbacCandidates: RbacCandidates | Error;
  /** The target's base-identities layer, or why there is none (reported only for iam-role). */
  baseIdentities: string | Error;
  /** The link's RBAC file when an earlier plan wrote the extra read of ArgoCD before 2.9 there. */
  earlierCacheRead?: { path: string; argoCdVersion: string };
  /** Whether the ArgoCD values set argocd-cm resource.respectRBAC. */
  valuesSetRespectRbac: boolean;
}

/** The layer a link's RBAC goes to, as decided in link/grant.ts. */
export interface RbacLayer {
  path: string;
  /** Its `backend "s3" { key = ... }`, when written in the layer. */
  backendKey?: string;
  /** Set when the link adds the layer's kubernetes provider (and its data sources) in the same step. */
  addProvider?: RbacIdentitiesTarget & { constraint: string };
  /** For the reviewer: layers passed over and why, provider versions assumed for lack of a lock. */
  notes: string[];
}

export interface Layout {
  project: string;
  /** Account name → 12-digit id, from config/common.tfvars. */
  accounts: Record<string, string>;
  /** Account name → `environment` from `<account>/config/account.tfvars`. */
  environments: Record<string, string>;
  argocd: ArgoInstance;
  /** The remote states of the ArgoCD layer, looked up on demand (it holds one per bearer-token link). */
  argocdRemoteStates: RemoteStateLookup;
  identities?: IdentitiesLayer;
  targetCluster: ClusterLayer;
  /** The target account's global base-identities layer, when it has one. */
  targetBaseIdentities?: string;
  /** Every .tf file read during discovery, parsed. */
  files: Map<string, ParsedFile>;
}
