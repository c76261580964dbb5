// What a link grants in the target cluster, decided once from the request, the cluster's
// authentication mode and the discovered layout: the planner, the steps and their descriptions all
// read this decision instead of re-deriving it.

import { LayoutError } from "../core/errors.js";
import type { AuthenticationMode, ClusterFacts } from "../facts/types.js";
import type { HclAttribute } from "../hcl/scan.js";
import { compareVersions, parseVersion } from "../core/versions.js";
import { minimumFor, providerSupport } from "../layout/providers.js";
import type { ClusterLayer, GrantInputs, Layout, RbacCandidates, RbacLayer } from "../layout/types.js";
import type { LinkRequest } from "../request/types.js";
import { argoCdReadsSetting, RESPECT_RBAC } from "../upstream/argo-cd.js";
import { argoCdAppVersion, firstChartWithAppVersion } from "../upstream/argo-cd-chart.js";
import { CACHED_KINDS, kindId, levelReads, type CachedKind } from "../upstream/kubernetes-kinds.js";

/** Whether the grant in the target is cluster-wide (no namespaces). */
export function clusterWide(req: LinkRequest): boolean {
  return req.namespaces.length === 0;
}

/** How an iam-role link's role gets Kubernetes access in the target cluster. */
export type ClusterAccess =
  | { kind: "access-entry" }
  /** The role joins the cluster layer's `map_roles` list, passed to aws-auth. */
  | { kind: "aws-auth"; mapRoles: { file: string; attribute: HclAttribute } };

/** RBAC objects the link writes in the target, and the layer (kubernetes provider) they go to. */
export type RbacGrant =
  | {
      needed: false;
      /** The link's RBAC file that only carried the extra read of ArgoCD before 2.9: removed. */
      stale?: string;
    }
  | {
      needed: true;
      layer: RbacLayer;
      /** False with an access entry: it grants the namespaced access, RBAC only the cluster-scoped kinds. */
      accessBindings: boolean;
    };

/**
 * How ArgoCD's cluster cache copes with what the link grants. The cache lists every kind discovery
 * returns (per managed namespace, plus cluster-scoped kinds when cluster-wide or cluster-resources),
 * and one Forbidden list fails the whole cluster unless argocd-cm `resource.respectRBAC` is set.
 * - `full`: cluster-admin, every list is allowed; nothing to set.
 * - `respect-rbac`: below cluster-admin (admin, edit, view, any scope, method and authentication
 *   mode: none of the built-in ClusterRoles or EKS access policies covers every kind, e.g.
 *   podtemplates), the release's ArgoCD (2.9 or later) skips the kinds it may not list.
 * - `read-all`: below cluster-admin on ArgoCD before 2.9, which has no respectRBAC: the link also
 *   reads (get, list, watch) every kind in its scope that its access level does not read. The write
 *   stays the access level's.
 */
export type CacheAccess =
  | { kind: "full" }
  | {
      kind: "respect-rbac";
      mode: "normal";
      argoCdVersion: string;
      /**
       * After a chart upgrade past 5.51.0: the extra read an earlier plan wrote (see read-all), kept
       * until respectRBAC is in the values. Dropping it first would leave the cluster with neither,
       * since the RBAC step is applied before the ArgoCD step.
       */
      keptRead?: { argoCdVersion: string; namespaced: CachedKind[]; clusterScoped: CachedKind[] };
      /** The values set respectRBAC and the link's RBAC still has that extra read: this plan drops it. */
      dropsRead?: true;
    }
  | {
      kind: "read-all";
      argoCdVersion: string;
      /** Namespaced kinds read in the link's namespaces (every namespace when cluster-wide). */
      namespaced: CachedKind[];
      /** Cluster-scoped kinds read (cluster-wide, or cluster-resources beyond its own ClusterRole). */
      clusterScoped: CachedKind[];
    };

/**
 * `normal`, not `strict`: normal trusts the Forbidden/Unauthorized answer of the list itself, with no
 * extra API calls; strict also sends a SelfSubjectAccessReview per refused kind (more calls on every
 * cache sync) and gains nothing here, where a refused list already means "not granted".
 */
export const RESPECT_RBAC_MODE = "normal";

/**
 * The cluster-scoped kinds ArgoCD manages next to its namespaces when `cluster-resources` is set.
 * The built-in ClusterRoles (admin, edit, view) grant none of them, and binding those cluster-wide
 * would open every namespace: the link's ClusterRole names only cluster-scoped kinds.
 */
export const CLUSTER_RESOURCES_KINDS: [string, string[]][] = [
  ["", ["namespaces", "persistentvolumes"]],
  ["apiextensions.k8s.io", ["customresourcedefinitions"]],
  ["rbac.authorization.k8s.io", ["clusterroles", "clusterrolebindings"]],
  ["storage.k8s.io", ["storageclasses"]],
  ["networking.k8s.io", ["ingressclasses"]],
  ["scheduling.k8s.io", ["priorityclasses"]],
  ["admissionregistration.k8s.io", ["mutatingwebhookconfigurations", "validatingwebhookconfigurations"]],
  ["apiregistration.k8s.io", ["apiservices"]],
];

const inClusterResources = (kind: CachedKind) =>
  CLUSTER_RESOURCES_KINDS.some(
    ([group, resources]) => group === kind.group && resources.includes(kind.resource),
  );

/**
 * What ArgoCD before 2.9 must also read for this request: every kind its cache lists in the link's
 * scope that the access level (or the cluster-resources ClusterRole) does not already read.
 */
export function cacheReadKinds(req: LinkRequest): { namespaced: CachedKind[]; clusterScoped: CachedKind[] } {
  if (req.access === "cluster-admin") return { namespaced: [], clusterScoped: [] };
  const level = req.access;
  const namespaced = CACHED_KINDS.filter((k) => k.namespaced && !levelReads(level, k));
  const clusterScoped = clusterWide(req)
    ? CACHED_KINDS.filter((k) => !k.namespaced && !levelReads(level, k))
    : req.clusterResources
      ? CACHED_KINDS.filter((k) => !k.namespaced && !inClusterResources(k))
      : [];
  return { namespaced, clusterScoped };
}

/** The extra read the link's RBAC carries: for ArgoCD before 2.9, or kept until respectRBAC is applied. */
export function extraRead(
  cache: CacheAccess,
): { argoCdVersion: string; namespaced: CachedKind[]; clusterScoped: CachedKind[] } | undefined {
  if (cache.kind === "read-all") return cache;
  if (cache.kind === "respect-rbac" && cache.keptRead) return cache.keptRead;
  return undefined;
}

/** The first argo-cd chart whose ArgoCD reads respectRBAC (5.51.0). */
export const RESPECT_RBAC_CHART = firstChartWithAppVersion(RESPECT_RBAC.since) ?? RESPECT_RBAC.since;

/** The request key that accepts reading Secrets or RBAC objects beyond the access level. */
export const READ_BEYOND_ACCESS_KEY = "read-beyond-access";

/** Decides CacheAccess from the access level and the release's chart version; refuses what cannot work. */
export function decideCacheAccess(req: LinkRequest, layout: Pick<Layout, "argocd">): CacheAccess {
  if (req.access === "cluster-admin") return { kind: "full" };
  const { chartVersion, releaseName, file } = layout.argocd;
  const needed = RESPECT_RBAC_CHART;
  const app = argoCdAppVersion(chartVersion);
  if (!app.known) {
    throw new LayoutError(
      `ArgoCD ${releaseName} (${file}) uses argo-cd chart ${chartVersion}, whose ArgoCD version is not known here ` +
        `(${app.reason}), and access ${req.access} does not let ArgoCD list every resource kind its cluster cache ` +
        `watches (e.g. podtemplates${req.access === "view" ? ", secrets" : ""}): one refused list marks the whole ` +
        `cluster Failed unless argocd-cm ${RESPECT_RBAC.key} is set (ArgoCD ${RESPECT_RBAC.since} and later, ` +
        `argo-cd chart ${needed} and later). Use a released chart version from ${needed} on, or request access cluster-admin, ` +
        `then run again.`,
    );
  }
  const reads = argoCdReadsSetting(app.value, RESPECT_RBAC.key);
  if (reads.known && reads.supported) {
    return { kind: "respect-rbac", mode: RESPECT_RBAC_MODE, argoCdVersion: app.value };
  }
  // No respectRBAC: every list must succeed, so the link reads every kind in its scope.
  const extra = cacheReadKinds(req);
  const sensitive = [...extra.namespaced, ...extra.clusterScoped].filter((k) => k.sensitive).map(kindId);
  if (sensitive.length > 0 && !req.readBeyondAccess) {
    throw new LayoutError(
      `ArgoCD ${releaseName} (${file}) runs ArgoCD ${app.value} (argo-cd chart ${chartVersion}), which has no ` +
        `argocd-cm ${RESPECT_RBAC.key} (ArgoCD ${RESPECT_RBAC.since} and later): one refused list marks the whole ` +
        `cluster Failed, so the link must let ArgoCD read every kind in its scope, and for access ${req.access} ` +
        `that includes ${sensitive.join(", ")}, which ${req.access} does not read. Either set ` +
        `${READ_BEYOND_ACCESS_KEY}: true to accept that read (writes stay ${req.access}), or raise the chart ` +
        `version of that helm_release to ${needed} or later (and apply it), then run again.`,
    );
  }
  return { kind: "read-all", argoCdVersion: app.value, ...extra };
}

export type Grant =
  | {
      method: "iam-role";
      /** The target account's base-identities layer, where the role ArgoCD assumes is created. */
      targetRoleLayer: string;
      cluster: ClusterAccess;
      rbac: RbacGrant;
      cache: CacheAccess;
    }
  | { method: "bearer-token"; rbac: Extract<RbacGrant, { needed: true }>; cache: CacheAccess };

/**
 * Access entries when the cluster accepts them (mode API or API_AND_CONFIG_MAP) and the cluster
 * layer's AWS provider can manage them; otherwise the aws-auth map_roles list.
 */
function clusterAccessKind(
  mode: AuthenticationMode | undefined,
  cluster: Pick<ClusterLayer, "path" | "accessEntries">,
): ClusterAccess["kind"] {
  if (mode === "CONFIG_MAP") return "aws-auth";
  if (cluster.accessEntries.supported) return "access-entry";
  if (mode === "API") {
    throw new LayoutError(
      `The target cluster only accepts EKS access entries (authentication mode API), but ${cluster.accessEntries.why}. ` +
        `Raise the provider version of ${cluster.path} (and run leverage tf init -upgrade there), then run again.`,
    );
  }
  return "aws-auth";
}

/**
 * Whether the link needs RBAC objects in the target: a bearer token's ServiceAccount, an aws-auth
 * group without cluster-admin, or the cluster-scoped kinds of `cluster-resources`.
 */
function rbacNeeded(req: LinkRequest, kind: ClusterAccess["kind"], cache: CacheAccess): boolean {
  if (req.method === "bearer-token" || req.clusterResources || extraRead(cache)) return true;
  return kind === "aws-auth" && req.access !== "cluster-admin";
}

/** `found`, or the reason it could not be found, thrown now that the link needs it. */
function required<T>(found: T | Error): T {
  if (found instanceof Error) throw found;
  return found;
}

/**
 * Decides the grant in one pass from what discovery found (the layout and discoverGrantInputs);
 * throws a LayoutError when the repository or the cluster cannot carry it.
 */
export function decideGrant(
  req: LinkRequest,
  facts: ClusterFacts,
  layout: Layout,
  inputs: GrantInputs,
): Grant {
  const cache = withEarlierRead(decideCacheAccess(req, layout), inputs, req);
  if (req.method === "bearer-token") {
    // Checked for every method, so a cluster this layout cannot serve is reported the same way.
    clusterAccessKind(facts.authenticationMode, layout.targetCluster);
    const layer = decideRbacLayer(required(inputs.rbacCandidates), req, facts, true, cache);
    return { method: "bearer-token", rbac: { needed: true, layer, accessBindings: true }, cache };
  }
  const targetRoleLayer = required(inputs.baseIdentities);
  const kind = clusterAccessKind(facts.authenticationMode, layout.targetCluster);
  const rbac: RbacGrant = rbacNeeded(req, kind, cache)
    ? // With an access entry the namespaced access is the entry's; RBAC only adds cluster-scoped kinds.
      {
        needed: true,
        layer: decideRbacLayer(required(inputs.rbacCandidates), req, facts, kind === "aws-auth", cache),
        accessBindings: kind === "aws-auth",
      }
    : inputs.earlierCacheRead !== undefined
      ? { needed: false, stale: inputs.earlierCacheRead.path }
      : { needed: false };
  return {
    method: "iam-role",
    targetRoleLayer,
    cluster:
      kind === "aws-auth" ? { kind, mapRoles: requireMapRoles(facts, layout.targetCluster) } : { kind },
    rbac,
    cache,
  };
}

/**
 * After a chart upgrade: keeps an earlier extra read while the values do not set respectRBAC yet,
 * and says it is dropped once they do (see CacheAccess).
 */
function withEarlierRead(cache: CacheAccess, inputs: GrantInputs, req: LinkRequest): CacheAccess {
  const earlier = inputs.earlierCacheRead;
  if (cache.kind !== "respect-rbac" || earlier === undefined) return cache;
  return inputs.valuesSetRespectRbac
    ? { ...cache, dropsRead: true }
    : { ...cache, keptRead: { argoCdVersion: earlier.argoCdVersion, ...cacheReadKinds(req) } };
}

function requireMapRoles(
  facts: ClusterFacts,
  cluster: ClusterLayer,
): { file: string; attribute: HclAttribute } {
  if (!cluster.mapRoles || cluster.awsAuth === "none") {
    throw new LayoutError(
      (facts.authenticationMode === "CONFIG_MAP"
        ? `${facts.name} authenticates with CONFIG_MAP (aws-auth) only`
        : `EKS access entries cannot be used (${cluster.accessEntries.why})`) +
        `, but ${cluster.path} has no locals map_roles = [...] passed to aws_auth_roles. Add one, or make ` +
        `access entries possible (authentication mode API_AND_CONFIG_MAP and hashicorp/aws 5.33.0 or later), ` +
        `then run again.`,
    );
  }
  return cluster.mapRoles;
}

/**
 * The hashicorp/kubernetes resources and arguments the target-rbac step writes for this grant: the
 * layer that holds them must run a provider version that has every one.
 */
export function rbacProviderFeatures(
  req: LinkRequest,
  facts: ClusterFacts,
  accessBindings: boolean,
  cache: CacheAccess = { kind: "full" },
): string[] {
  const features: string[] = [];
  if (req.method === "bearer-token") {
    // The token is read from the secret right after it is created: without the wait the token
    // controller has not filled it yet and the output fails, so the argument cannot be dropped for
    // older providers. Those also cannot create a ServiceAccount on Kubernetes 1.24+ (they wait for a
    // default secret that never comes), so only an upgrade keeps a bearer-token link working.
    features.push(
      "kubernetes_service_account_v1",
      "kubernetes_secret_v1",
      "kubernetes_secret_v1.wait_for_service_account_token",
    );
    const version = facts.version === undefined ? undefined : parseVersion(facts.version);
    // Every EKS version still offered is 1.24 or later: assume it when the facts do not say.
    if (version === undefined || compareVersions(version, "1.24") >= 0) {
      features.push("kubernetes_service_account_v1 on Kubernetes 1.24+");
    }
  }
  if (accessBindings) {
    features.push(clusterWide(req) ? "kubernetes_cluster_role_binding_v1" : "kubernetes_role_binding_v1");
  }
  if (req.clusterResources) features.push("kubernetes_cluster_role_v1", "kubernetes_cluster_role_binding_v1");
  const read = extraRead(cache);
  if (read) {
    features.push("kubernetes_cluster_role_v1");
    features.push(clusterWide(req) ? "kubernetes_cluster_role_binding_v1" : "kubernetes_role_binding_v1");
    if (read.clusterScoped.length > 0 && !clusterWide(req))
      features.push("kubernetes_cluster_role_binding_v1");
  }
  return [...new Set(features)];
}

/**
 * Where the link's RBAC goes: the first layer that configures a kubernetes provider for the target
 * cluster (a sibling of the cluster layer, then the cluster layer) whose provider version has what
 * the step writes; when no layer configures one, the target's identities layer, which gets the
 * provider in the same step (the cookbook's way). A layer with a provider that is too old is passed
 * over for the next one; when every one is too old the run stops with the upgrade needed.
 */
function decideRbacLayer(
  found: RbacCandidates,
  req: LinkRequest,
  facts: ClusterFacts,
  accessBindings: boolean,
  cache: CacheAccess,
): RbacLayer {
  const features = rbacProviderFeatures(req, facts, accessBindings, cache);
  const passedOver: { path: string; why: string; upgrade: string }[] = [];
  for (const candidate of found.withProvider) {
    const support = providerSupport(candidate.providers, "kubernetes", features);
    if (!support.supported) {
      passedOver.push({ path: candidate.path, why: support.why, upgrade: support.upgrade });
      continue;
    }
    return {
      path: candidate.path,
      ...(candidate.backendKey !== undefined ? { backendKey: candidate.backendKey } : {}),
      notes: [
        ...passedOver.map(
          (p) =>
            `Not in ${p.path}: ${p.why}. To put it there instead, ${p.upgrade}, then set target-rbac-layer to it.`,
        ),
        ...(support.assumed ? [support.assumed] : []),
      ],
    };
  }
  if (passedOver.length > 0) {
    throw new LayoutError(
      `No layer with a kubernetes provider for ${req.targetCluster} can hold the link's RBAC (${found.why}): ` +
        passedOver.map((p) => `${p.why}. To fix it, ${p.upgrade}`).join("; ") +
        `. Then run again${req.targetRbacLayer ? "" : ", or set target-rbac-layer to another layer"}.`,
    );
  }
  const identities = found.identities;
  if (!identities) throw new Error("discovery found neither a kubernetes provider nor an identities layer");
  // A kubernetes entry already in required_providers is kept: its versions must do.
  if (identities.declaresKubernetes) {
    const support = providerSupport(identities.providers, "kubernetes", features);
    if (!support.supported) {
      throw new LayoutError(
        `${identities.path} gets a kubernetes provider for the link's RBAC (${found.why}), but ${support.why}. ` +
          `To fix it, ${support.upgrade}. Then run again.`,
      );
    }
  }
  return {
    path: identities.path,
    ...(identities.backendKey !== undefined ? { backendKey: identities.backendKey } : {}),
    addProvider: { ...identities, constraint: `>= ${minimumFor("kubernetes", features).since}` },
    notes: [],
  };
}
