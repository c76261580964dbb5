// The runtime checker: from one plan's generated files, what the link's identity may do in the
// target cluster, every list ArgoCD's cache makes for the cluster entry the link wrote, and which
// of those lists would be Forbidden (failing the cluster in ArgoCD) or go beyond the `access`
// level the request promises. Data and sources: ./model/.

import { parse as parseHcl } from "@cdktf/hcl2json";
import { parse as parseYaml } from "yaml";
import type { Plan } from "../../src/plan/types.js";
import {
  ARGO_CD_COMPONENTS,
  podAnnotationValuesKeys,
  serviceAccountAnnotationsValuesKey,
} from "../../src/upstream/argo-cd-chart.js";
import type { LinkRequest } from "../../src/request/types.js";
import {
  cacheLists,
  cacheSettingsFromValues,
  respectRbacActive,
  scopeLabel,
  type CacheList,
  type CacheSettings,
  type ClusterEntry,
  type ListScope,
} from "./model/argocd.js";
import { EKS_ACCESS_POLICIES, eksKinds, policyName, resourceId, type ApiKind } from "./model/eks.js";
import {
  BUILTIN_CLUSTER_ROLES,
  isBuiltinClusterRole,
  READ,
  rulesAllow,
  WRITE,
  type PolicyRule,
} from "./model/rbac.js";

/** Rules that apply in one namespace, or cluster-wide (all namespaces and cluster-scoped kinds). */
export interface Grant {
  source: string;
  /** Undefined: cluster-wide. */
  namespace?: string;
  rules: PolicyRule[];
}

export interface RuntimeReport {
  entry: ClusterEntry;
  settings: CacheSettings;
  respectRbac: boolean;
  grants: Grant[];
  lists: CacheList[];
  /** Lists a Forbidden would drop from the cache because respectRBAC is active. */
  skippedByRespectRbac: CacheList[];
  /** Summaries of lists that are neither allowed nor skipped, one line per set of places. */
  violations: string[];
  /** Summaries of what the grants allow beyond the request's access level. */
  overGrants: string[];
  /**
   * Components whose service account carries an IRSA role that their running pods would not get:
   * the EKS pod identity webhook injects it only into pods created after the annotation, and Helm
   * recreates pods only when their template changes (a pod annotation carrying the role ARN).
   */
  stalePods: string[];
  notes: string[];
}

export interface RuntimeContext {
  /** Kubernetes minor version of the target, e.g. "1.32". */
  clusterVersion: string;
  /** ArgoCD version of the release the link writes to, e.g. "v2.14.11". */
  argocdVersion: string;
  /** argo-cd chart version of that release, e.g. "7.9.1". */
  chartVersion: string;
}

const getPath = (values: unknown, path: string): unknown =>
  path
    .split(".")
    .reduce<unknown>(
      (node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined),
      values,
    );

/**
 * For each component whose service account has `eks.amazonaws.com/role-arn` in the values: does a
 * pod annotation the chart version renders on its pods (upstream POD_ANNOTATION_KEYS) carry the
 * same ARN, so that a new or changed role recreates the pods?
 */
function stalePods(values: unknown, chartVersion: string): string[] {
  const out: string[] = [];
  for (const component of ARGO_CD_COMPONENTS) {
    const saKey = serviceAccountAnnotationsValuesKey(chartVersion, component);
    const podKeys = podAnnotationValuesKeys(chartVersion, component);
    if (!saKey.known || !podKeys.known)
      throw new Error(`argo-cd chart ${chartVersion}: no facts for ${component}`);
    const role = (getPath(values, saKey.value) as Record<string, unknown> | undefined)?.[
      "eks.amazonaws.com/role-arn"
    ];
    if (role === undefined) continue;
    const carried = podKeys.value.some((key) =>
      Object.values((getPath(values, key) as Record<string, unknown> | undefined) ?? {}).includes(role),
    );
    if (!carried)
      out.push(
        `${component}: its pods keep running without the role ${String(role)} (no pod annotation carries it)`,
      );
  }
  return out;
}

type HclBody = Record<string, unknown>;
type Resources = Map<string, Map<string, HclBody>>;

const asArray = <T>(value: unknown): T[] =>
  Array.isArray(value) ? (value as T[]) : value === undefined ? [] : [value as T];
const first = (value: unknown): HclBody => (asArray<HclBody>(value)[0] ?? {}) as HclBody;

/** The last content of each path across the plan's steps. */
export function planFiles(plan: Plan): { path: string; content: string }[] {
  const files = new Map<string, string>();
  for (const step of plan.steps) for (const f of step.files) files.set(f.path, f.content);
  return [...files].map(([path, content]) => ({ path, content }));
}

async function parseTerraform(files: { path: string; content: string }[]) {
  const resources: Resources = new Map();
  const modules: HclBody[] = [];
  const awsAuthSources: unknown[] = [];
  for (const f of files) {
    if (!f.path.endsWith(".tf")) continue;
    const json = (await parseHcl(f.path, f.content)) as HclBody;
    for (const [type, byName] of Object.entries(
      (json.resource ?? {}) as Record<string, Record<string, unknown>>,
    )) {
      const map = resources.get(type) ?? new Map<string, HclBody>();
      for (const [name, body] of Object.entries(byName)) map.set(name, first(body));
      resources.set(type, map);
    }
    const fileModules = Object.values((json.module ?? {}) as Record<string, unknown>).map(first);
    modules.push(...fileModules);
    // aws-auth roles live in locals (map_roles) or in a module input (aws_auth_roles).
    awsAuthSources.push(...asArray(json.locals), ...fileModules);
  }
  return { resources, modules, awsAuthSources };
}

const resourcesOf = (resources: Resources, ...types: string[]) =>
  types.flatMap((t) =>
    [...(resources.get(t) ?? new Map<string, HclBody>())].map(([name, body]) => ({ type: t, name, body })),
  );

/** Resolves `${kubernetes_x.name.metadata[0].name}` to the literal in that resource; literals pass through. */
function resolve(value: unknown, resources: Resources, field: string): string {
  if (typeof value !== "string") throw new Error(`${field} must be a string, got ${JSON.stringify(value)}`);
  const ref = /^\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.metadata\[0\]\.(name|namespace)\}$/.exec(value);
  if (!ref) {
    if (value.includes("${")) throw new Error(`${field}: cannot resolve the expression ${value}`);
    return value;
  }
  const [, type, name, attr] = ref;
  const target = resources.get(type!)?.get(name!);
  if (!target) throw new Error(`${field} refers to ${type}.${name}, which no generated file declares`);
  return resolve(first(target.metadata)[attr!], resources, `${type}.${name}.metadata.${attr}`);
}

/** Namespaces of a namespaced object: a literal, or `each.key` over `for_each = toset([...])`. */
function namespacesOf(body: HclBody, resources: Resources, field: string): string[] {
  const ns = first(body.metadata).namespace;
  if (ns === "${each.key}") {
    const set = /^\$\{toset\((\[.*\])\)\}$/s.exec(String(body.for_each ?? ""));
    if (!set) throw new Error(`${field}: for_each must be toset([...]) when the namespace is each.key`);
    return JSON.parse(set[1]!) as string[];
  }
  return [resolve(ns, resources, `${field}.metadata.namespace`)];
}

interface Identity {
  users: Set<string>;
  groups: Set<string>;
  serviceAccounts: { name: string; namespace: string }[];
  /** EKS access policy associations of the link's principal. */
  associations: { policyArn: string; namespaces?: string[] }[];
}

/** Objects anywhere in `value` that look like an aws-auth map_roles element. */
function mapRolesElements(value: unknown, out: HclBody[] = []): HclBody[] {
  if (Array.isArray(value)) for (const v of value) mapRolesElements(v, out);
  else if (value && typeof value === "object") {
    const o = value as HclBody;
    if (typeof o.rolearn === "string" && Array.isArray(o.groups)) out.push(o);
    else for (const v of Object.values(o)) mapRolesElements(v, out);
  }
  return out;
}

function linkIdentity(req: LinkRequest, tf: Awaited<ReturnType<typeof parseTerraform>>): Identity {
  const id: Identity = { users: new Set(), groups: new Set(), serviceAccounts: [], associations: [] };
  if (req.method === "bearer-token") {
    for (const sa of resourcesOf(
      tf.resources,
      "kubernetes_service_account_v1",
      "kubernetes_service_account",
    )) {
      const meta = first(sa.body.metadata);
      id.serviceAccounts.push({
        name: resolve(meta.name, tf.resources, `${sa.type}.${sa.name}.metadata.name`),
        namespace: resolve(
          meta.namespace ?? "default",
          tf.resources,
          `${sa.type}.${sa.name}.metadata.namespace`,
        ),
      });
    }
    if (!id.serviceAccounts.length)
      throw new Error("bearer-token link: no kubernetes_service_account_v1 in the generated files");
    return id;
  }
  // The role the link creates in the target account (module iam-assumable-role, without OIDC).
  const roleNames = tf.modules
    .filter((m) => /\/\/modules\/iam-assumable-role\?/.test(String(m.source ?? "")))
    .map((m) => String(m.role_name));
  if (roleNames.length !== 1)
    throw new Error(
      `iam-role link: expected one target role module in the generated files, found ${roleNames.length}`,
    );
  const arnSuffix = `:role/${roleNames[0]}`;
  for (const el of mapRolesElements(tf.awsAuthSources)) {
    if (!String(el.rolearn).endsWith(arnSuffix)) continue;
    if (typeof el.username === "string") id.users.add(el.username);
    for (const g of el.groups as string[]) id.groups.add(g);
  }
  for (const entry of resourcesOf(tf.resources, "aws_eks_access_entry")) {
    if (!String(entry.body.principal_arn).endsWith(arnSuffix)) continue;
    for (const g of asArray<string>(entry.body.kubernetes_groups)) id.groups.add(g);
    for (const assoc of resourcesOf(tf.resources, "aws_eks_access_policy_association")) {
      const principal = String(assoc.body.principal_arn);
      if (
        principal !== `\${aws_eks_access_entry.${entry.name}.principal_arn}` &&
        !principal.endsWith(arnSuffix)
      )
        continue;
      const scope = first(assoc.body.access_scope);
      if (scope.type !== "cluster" && scope.type !== "namespace")
        throw new Error(
          `aws_eks_access_policy_association.${assoc.name}: access_scope.type must be cluster or namespace`,
        );
      id.associations.push({
        policyArn: String(assoc.body.policy_arn),
        ...(scope.type === "namespace" ? { namespaces: asArray<string>(scope.namespaces) } : {}),
      });
    }
  }
  return id;
}

function rulesOf(body: HclBody): PolicyRule[] {
  return asArray<HclBody>(body.rule).map((r) => ({
    apiGroups: asArray<string>(r.api_groups),
    resources: asArray<string>(r.resources),
    verbs: asArray<string>(r.verbs),
    ...(r.resource_names ? { resourceNames: asArray<string>(r.resource_names) } : {}),
  }));
}

/** Everything the identity is granted by the generated files (and the built-ins they bind). */
function grantsOf(id: Identity, tf: Awaited<ReturnType<typeof parseTerraform>>): Grant[] {
  const grants: Grant[] = [];
  if (id.groups.has("system:masters"))
    grants.push({ source: "aws-auth group system:masters", rules: BUILTIN_CLUSTER_ROLES["cluster-admin"] });
  for (const a of id.associations) {
    const rules = EKS_ACCESS_POLICIES[a.policyArn];
    if (!rules) throw new Error(`policy_arn ${a.policyArn} is not one of the modelled EKS access policies`);
    const source = `EKS access policy ${policyName(a.policyArn)}`;
    if (a.namespaces) for (const namespace of a.namespaces) grants.push({ source, namespace, rules });
    else grants.push({ source, rules });
  }
  const clusterRoles = new Map(
    resourcesOf(tf.resources, "kubernetes_cluster_role_v1", "kubernetes_cluster_role").map((r) => [
      resolve(first(r.body.metadata).name, tf.resources, `${r.type}.${r.name}.metadata.name`),
      rulesOf(r.body),
    ]),
  );
  const roles = resourcesOf(tf.resources, "kubernetes_role_v1", "kubernetes_role").flatMap((r) =>
    namespacesOf(r.body, tf.resources, `${r.type}.${r.name}`).map((namespace) => ({
      key: `${namespace}/${resolve(first(r.body.metadata).name, tf.resources, `${r.type}.${r.name}.metadata.name`)}`,
      rules: rulesOf(r.body),
    })),
  );
  const bound = (body: HclBody, field: string) =>
    asArray<HclBody>(body.subject).some((s) => {
      const name = resolve(s.name, tf.resources, `${field}.subject.name`);
      if (s.kind === "Group") return id.groups.has(name);
      if (s.kind === "User") return id.users.has(name);
      if (s.kind === "ServiceAccount") {
        const namespace = resolve(s.namespace ?? "default", tf.resources, `${field}.subject.namespace`);
        return id.serviceAccounts.some((sa) => sa.name === name && sa.namespace === namespace);
      }
      throw new Error(`${field}.subject.kind must be Group, User or ServiceAccount, got ${String(s.kind)}`);
    });
  const clusterRoleRules = (name: string, field: string): PolicyRule[] => {
    const rules =
      clusterRoles.get(name) ?? (isBuiltinClusterRole(name) ? BUILTIN_CLUSTER_ROLES[name] : undefined);
    if (!rules)
      throw new Error(
        `${field}.role_ref.name ${name} is neither a generated ClusterRole nor one of cluster-admin, admin, edit, view`,
      );
    return rules;
  };
  for (const b of resourcesOf(
    tf.resources,
    "kubernetes_cluster_role_binding_v1",
    "kubernetes_cluster_role_binding",
  )) {
    const field = `${b.type}.${b.name}`;
    if (!bound(b.body, field)) continue;
    const name = resolve(first(b.body.role_ref).name, tf.resources, `${field}.role_ref.name`);
    grants.push({
      source: `ClusterRoleBinding to ClusterRole ${name}`,
      rules: clusterRoleRules(name, field),
    });
  }
  for (const b of resourcesOf(tf.resources, "kubernetes_role_binding_v1", "kubernetes_role_binding")) {
    const field = `${b.type}.${b.name}`;
    if (!bound(b.body, field)) continue;
    const ref = first(b.body.role_ref);
    const name = resolve(ref.name, tf.resources, `${field}.role_ref.name`);
    for (const namespace of namespacesOf(b.body, tf.resources, field)) {
      const rules =
        ref.kind === "Role"
          ? roles.find((r) => r.key === `${namespace}/${name}`)?.rules
          : clusterRoleRules(name, field);
      if (!rules) throw new Error(`${field}: Role ${namespace}/${name} is not in the generated files`);
      grants.push({ source: `RoleBinding to ${String(ref.kind)} ${name}`, namespace, rules });
    }
  }
  return grants;
}

/** One line per grant, e.g. `RoleBinding to ClusterRole edit in team-a`. */
export const describeGrant = (g: Grant): string =>
  `${g.source} ${g.namespace === undefined ? "cluster-wide" : `in ${g.namespace}`}`;

const applies = (g: Grant, where: ListScope) =>
  g.namespace === undefined || (typeof where === "object" && where.namespace === g.namespace);

export function allowed(
  grants: Grant[],
  verb: string,
  kind: Pick<ApiKind, "group" | "resource">,
  where: ListScope,
): boolean {
  return grants.some((g) => applies(g, where) && rulesAllow(g.rules, verb, kind.group, kind.resource));
}

/** The link's cluster entry in the chart values (list form before chart 7, map form after). */
function clusterEntry(values: unknown, name: string): ClusterEntry | undefined {
  const creds = (values as { configs?: { clusterCredentials?: unknown } } | null)?.configs
    ?.clusterCredentials;
  const raw = Array.isArray(creds)
    ? (creds as HclBody[]).find((c) => c.name === name)
    : ((creds as Record<string, HclBody> | undefined)?.[name] ?? undefined);
  if (!raw) return undefined;
  const namespaces = raw.namespaces;
  if (namespaces !== undefined && typeof namespaces !== "string")
    throw new Error(`clusterCredentials ${name}: namespaces must be a comma-separated string`);
  return {
    server: String(raw.server ?? ""),
    namespaces: (namespaces ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    clusterResources: raw.clusterResources === true || raw.clusterResources === "true",
  };
}

/** Groups "what: where" pairs into one line per set of places, sorted. */
function summarize(prefix: string, items: { what: string; where: string }[]): string[] {
  const byWhat = new Map<string, Set<string>>();
  for (const { what, where } of items) byWhat.set(what, (byWhat.get(what) ?? new Set()).add(where));
  const byPlaces = new Map<string, string[]>();
  for (const [what, places] of byWhat) {
    const key = [...places].sort().join(", ");
    byPlaces.set(key, [...(byPlaces.get(key) ?? []), what]);
  }
  return [...byPlaces].map(([places, whats]) => `${prefix} in ${places}: ${whats.sort().join(", ")}`).sort();
}

const ESCALATION_KINDS = new Set([
  "clusterroles.rbac.authorization.k8s.io",
  "clusterrolebindings.rbac.authorization.k8s.io",
]);

/** Verbs worth checking on a kind: the usual ones, plus RBAC's escalate/bind and impersonate. */
function verbsFor(kind: ApiKind): string[] {
  const extra =
    kind.group === "rbac.authorization.k8s.io" && kind.resource.endsWith("roles")
      ? ["escalate", "bind"]
      : kind.group === "" && kind.resource === "serviceaccounts"
        ? ["impersonate"]
        : [];
  return [...READ, ...WRITE, ...extra];
}

/**
 * What the grants allow beyond the request's promise. The promise of admin/edit/view: the
 * built-in ClusterRole of that name in the link's namespaces (everywhere when cluster-wide), plus
 * read-only access to anything ArgoCD lists there (never Secrets for view, unless the request sets
 * read-beyond-access, which ArgoCD before 2.9 needs); cluster-scoped kinds
 * only when cluster-wide (read) or cluster-resources (read, and write for admin/edit, never the
 * ClusterRoles and ClusterRoleBindings that would make the link cluster-admin).
 */
function overGrants(req: LinkRequest, grants: Grant[], kinds: ApiKind[]): string[] {
  if (req.access === "cluster-admin") return [];
  const level = BUILTIN_CLUSTER_ROLES[req.access];
  const wide = req.namespaces.length === 0;
  const clusterScoped = wide || req.clusterResources;
  const found: Record<string, { what: string; where: string }[]> = {};
  const add = (category: string, what: string, where: string) =>
    (found[category] ??= []).push({ what, where });
  for (const g of grants) {
    for (const kind of kinds) {
      if (!kind.namespaced && g.namespace !== undefined) continue; // a RoleBinding never reaches cluster-scoped kinds
      const where = kind.namespaced ? (g.namespace ?? "all namespaces") : "cluster scope";
      const verbs = verbsFor(kind).filter((v) => rulesAllow(g.rules, v, kind.group, kind.resource));
      if (!verbs.length) continue;
      const id = resourceId(kind);
      const what = (vs: string[]) => `${id} [${vs.join(",")}]`;
      if (kind.namespaced) {
        const inside = g.namespace === undefined ? wide : wide || req.namespaces.includes(g.namespace);
        if (!inside) {
          add("access outside the link's namespaces", what(verbs), where);
          continue;
        }
        if (
          req.access === "view" &&
          !req.readBeyondAccess &&
          id === "secrets" &&
          verbs.some((v) => (READ as readonly string[]).includes(v))
        )
          add("view reads Secrets", "secrets", where);
        const beyond = verbs.filter(
          (v) => !(READ as readonly string[]).includes(v) && !rulesAllow(level, v, kind.group, kind.resource),
        );
        if (beyond.length) add(`writes beyond ${req.access}`, what(beyond), where);
        continue;
      }
      if (!clusterScoped) {
        add("cluster-scoped access without cluster-resources", what(verbs), where);
        continue;
      }
      const writes = verbs.filter((v) => !(READ as readonly string[]).includes(v));
      if (!writes.length) continue;
      if (ESCALATION_KINDS.has(id)) add("RBAC escalation (as strong as cluster-admin)", what(writes), where);
      else if (req.access === "view" || wide)
        add(`cluster-scoped writes beyond ${req.access}`, what(writes), where);
    }
  }
  return Object.entries(found).flatMap(([category, items]) => summarize(`over-grant: ${category}`, items));
}

/** Checks the files of one plan against the runtime model. */
export async function checkRuntime(
  files: { path: string; content: string }[],
  req: LinkRequest,
  ctx: RuntimeContext,
): Promise<RuntimeReport> {
  const tf = await parseTerraform(files);
  let values: unknown;
  let entry: ClusterEntry | undefined;
  for (const f of files) {
    if (!/\.ya?ml$/.test(f.path)) continue;
    const parsed = parseYaml(f.content) as unknown;
    const found = clusterEntry(parsed, req.argocdClusterName);
    if (found) [values, entry] = [parsed, found];
  }
  if (!entry)
    throw new Error(
      `no chart values file in the plan has a clusterCredentials entry named ${req.argocdClusterName}`,
    );
  const settings = cacheSettingsFromValues(values);
  const respectRbac = respectRbacActive(settings, ctx.argocdVersion);
  const notes: string[] = [];
  if (settings.respectRBAC !== undefined && !respectRbac)
    notes.push(`resource.respectRBAC=${settings.respectRBAC} has no effect on ArgoCD ${ctx.argocdVersion}`);
  const kinds = eksKinds(ctx.clusterVersion);
  const grants = grantsOf(linkIdentity(req, tf), tf);
  const { lists } = cacheLists(entry, kinds, settings);
  const forbidden = lists.filter(
    (l) => !(allowed(grants, "list", l.kind, l.where) && allowed(grants, "watch", l.kind, l.where)),
  );
  const skippedByRespectRbac = respectRbac ? forbidden : [];
  const violations = respectRbac
    ? []
    : summarize(
        "forbidden list",
        forbidden.map((l) => ({ what: resourceId(l.kind), where: scopeLabel(l.where) })),
      );
  return {
    entry,
    settings,
    respectRbac,
    grants,
    lists,
    skippedByRespectRbac,
    violations,
    overGrants: overGrants(req, grants, kinds),
    stalePods: stalePods(values, ctx.chartVersion),
    notes,
  };
}
