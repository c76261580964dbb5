// ArgoCD's cluster cache as data: which lists and watches it makes for one cluster entry, which
// kinds it never lists, and what `resource.respectRBAC` changes.
//
// Sources:
// - argoproj/gitops-engine pkg/cache/cluster.go at commit 5baed5604d2dd970619fc9b91e8d31724662ab3e
//   (v0.7.3 line): sync() lists every API from GetAPIResources and calls processApi, which lists
//   a kind once cluster-wide when the entry has no namespaces, or a cluster-scoped kind when
//   clusterResources is set, and a namespaced kind once per managed namespace otherwise
//   (cluster-scoped kinds are then not listed at all). Any list error fails the whole sync
//   ("failed to load initial state of resource ...") unless isRestrictedResource: respectRBAC is
//   not disabled and the error is Forbidden/Unauthorized; then the kind is dropped from the
//   cache (in "strict" mode after a SelfSubjectAccessReview for `list`).
// - same commit, pkg/utils/kube/ctl.go GetAPIResources: only resources whose discovery verbs
//   include both `list` and `watch`; subresources are never listed.
// - argoproj/argo-cd util/settings/resources_filter.go (commit 1973bff1): coreExcludedResources
//   (groups events.k8s.io and metrics.k8s.io, core Event, coordination.k8s.io Lease) are always
//   excluded; `resource.exclusions` adds to them; when `resource.inclusions` names the cluster,
//   kinds it does not include are skipped too. Groups, kinds and clusters match as globs; an
//   empty list matches anything. util/settings/settings.go: key `resource.respectRBAC`, values
//   `normal` and `strict`; off when absent. The setting exists from ArgoCD 2.9.
// - argoproj/argo-helm charts/argo-cd at tags argo-cd-4.6.5, argo-cd-5.8.3, argo-cd-6.7.3 and argo-cd-7.9.1:
//   values.yaml sets neither `resource.exclusions` nor `resource.respectRBAC` by default, and
//   Chart.yaml's appVersion is v2.3.4, v2.5.0, v2.10.4 and v2.14.11.

import { parse as parseYaml } from "yaml";
import type { ApiKind } from "./eks.js";

/** Chart version -> ArgoCD version (argo-helm charts/argo-cd/Chart.yaml appVersion at the tag). */
export const ARGO_CD_CHART_APP_VERSION: Record<string, string> = {
  "4.6.5": "v2.3.4",
  "5.8.3": "v2.5.0",
  "6.7.3": "v2.10.4",
  "7.9.1": "v2.14.11",
};

/** First ArgoCD version that reads `resource.respectRBAC`. */
export const RESPECT_RBAC_SINCE = "2.9.0";

export interface FilteredResource {
  apiGroups?: string[];
  kinds?: string[];
  clusters?: string[];
}

export const CORE_EXCLUDED_RESOURCES: FilteredResource[] = [
  { apiGroups: ["events.k8s.io", "metrics.k8s.io"] },
  { apiGroups: [""], kinds: ["Event"] },
  { apiGroups: ["coordination.k8s.io"], kinds: ["Lease"] },
];

/** ArgoCD's glob match (github.com/gobwas/glob without separators): `*` and `?` only. */
function globMatch(pattern: string, value: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${re}$`).test(value);
}

const matchAny = (patterns: string[] | undefined, value: string) =>
  !patterns?.length || patterns.some((p) => globMatch(p, value));

export function filterMatches(f: FilteredResource, group: string, kind: string, server: string): boolean {
  return matchAny(f.apiGroups, group) && matchAny(f.kinds, kind) && matchAny(f.clusters, server);
}

/** The argocd-cm settings the cache depends on, as the chart values set them. */
export interface CacheSettings {
  /** `resource.respectRBAC` as written, if any. */
  respectRBAC?: string;
  exclusions: FilteredResource[];
  inclusions: FilteredResource[];
}

/** Reads the cache settings from argo-cd chart values (`configs.cm`). */
export function cacheSettingsFromValues(values: unknown): CacheSettings {
  const cm = (values as { configs?: { cm?: Record<string, unknown> } } | null)?.configs?.cm ?? {};
  const filters = (key: string): FilteredResource[] => {
    const raw = cm[key];
    if (raw === undefined || raw === null) return [];
    const parsed = typeof raw === "string" ? (parseYaml(raw) as unknown) : raw;
    if (!Array.isArray(parsed))
      throw new Error(`configs.cm."${key}" must be a YAML list of {apiGroups, kinds, clusters}`);
    return parsed as FilteredResource[];
  };
  const respect = cm["resource.respectRBAC"];
  return {
    respectRBAC: respect === undefined || respect === null ? undefined : String(respect),
    exclusions: filters("resource.exclusions"),
    inclusions: filters("resource.inclusions"),
  };
}

/** ResourcesFilter.IsExcludedResource. */
export function isExcluded(settings: CacheSettings, group: string, kind: string, server: string): boolean {
  if ([...CORE_EXCLUDED_RESOURCES, ...settings.exclusions].some((f) => filterMatches(f, group, kind, server)))
    return true;
  if (settings.inclusions.some((f) => filterMatches(f, group, kind, server))) return false;
  return settings.inclusions.some((f) => matchAny(f.clusters, server));
}

function versionAtLeast(version: string, min: string): boolean {
  const parts = (v: string) => v.replace(/^v/, "").split(/[.-]/).slice(0, 3).map(Number);
  const [a, b] = [parts(version), parts(min)];
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

/** Whether a Forbidden list drops the kind instead of failing the cluster. */
export function respectRbacActive(settings: CacheSettings, argocdVersion: string): boolean {
  return (
    (settings.respectRBAC === "normal" || settings.respectRBAC === "strict") &&
    versionAtLeast(argocdVersion, RESPECT_RBAC_SINCE)
  );
}

/** Where one list goes: a namespace, all namespaces at once, or a cluster-scoped kind. */
export type ListScope = { namespace: string } | "all-namespaces" | "cluster";

export const scopeLabel = (s: ListScope): string =>
  s === "all-namespaces" ? "all namespaces" : s === "cluster" ? "cluster scope" : s.namespace;

export interface CacheList {
  kind: ApiKind;
  where: ListScope;
}

/** The cluster entry as ArgoCD reads it from the cluster secret. */
export interface ClusterEntry {
  server: string;
  namespaces: string[];
  clusterResources: boolean;
}

/** Every list (each followed by a watch) the cache makes, and the kinds it skips by settings. */
export function cacheLists(
  entry: ClusterEntry,
  kinds: ApiKind[],
  settings: CacheSettings,
): { lists: CacheList[]; excluded: ApiKind[] } {
  const lists: CacheList[] = [];
  const excluded: ApiKind[] = [];
  for (const kind of kinds) {
    if (!kind.listWatch) continue;
    if (isExcluded(settings, kind.group, kind.kind, entry.server)) {
      excluded.push(kind);
      continue;
    }
    if (entry.namespaces.length === 0)
      lists.push({ kind, where: kind.namespaced ? "all-namespaces" : "cluster" });
    else if (!kind.namespaced) {
      if (entry.clusterResources) lists.push({ kind, where: "cluster" });
    } else for (const namespace of entry.namespaces) lists.push({ kind, where: { namespace } });
  }
  return { lists, excluded };
}
