import type { HclAttribute, HclBodyItem } from "../hcl/scan.js";

export interface ParsedFile {
  path: string;
  text: string;
  items: HclBodyItem[];
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
}

export interface RbacLayer {
  path: string;
  /** Its `backend "s3" { key = ... }`, when written in the layer. */
  backendKey?: string;
}

export interface Layout {
  project: string;
  /** Account name → 12-digit id, from config/common.tfvars. */
  accounts: Record<string, string>;
  /** Account name → `environment` from `<account>/config/account.tfvars`. */
  environments: Record<string, string>;
  argocd: ArgoInstance;
  argocdRemoteStates: RemoteState[];
  identities?: IdentitiesLayer;
  targetCluster: ClusterLayer;
  /** The target account's global base-identities layer, when it has one. */
  targetBaseIdentities?: string;
  /** Every .tf file read during discovery, parsed. */
  files: Map<string, ParsedFile>;
}
