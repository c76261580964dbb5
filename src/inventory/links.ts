// Every link a repository holds, read from the files links own (their `# argocd-cluster-link:`
// header) and the ArgoCD values entry of the same name: what `list` shows and what `verify` expects
// AWS and ArgoCD to hold. Values written as Terraform templates are resolved from
// config/common.tfvars (account ids) and each account's config/account.tfvars (environment); a
// value that depends on anything else is left unresolved and its check says so.

import { parseDocument } from "yaml";
import { findAttribute, findBlocks, scanHcl, splitSequence, type HclBlock } from "../hcl/scan.js";
import { readSnapshot, type LinkOwner } from "../unlink/links.js";
import type { RepoReader } from "../repo/reader.js";

export interface ArgocdEntry {
  valuesPath: string;
  server: string;
  /** Empty for a cluster-wide entry. */
  namespaces: string[];
  clusterResources: boolean;
  /** `awsAuthConfig` (iam-role) or none (bearer-token: the token is merged in by Terraform). */
  awsAuth: boolean;
}

export interface RepoLink {
  name: string;
  method: "iam-role" | "bearer-token";
  /** How the access reads in the files: an EKS access policy, a ClusterRole, or aws-auth groups. */
  access: string;
  namespaces: string[];
  clusterResources: boolean;
  source: { account: string; release: string };
  target: { account: string; region: string; cluster: string };
  /** Files the link created (its header names it), sorted. */
  files: string[];
  argocd?: ArgocdEntry;
  /** The role in the target account that ArgoCD assumes (iam-role). */
  targetRole?: { file: string; name: string; trusted: string[] };
  /** The EKS access entry of that role, when the cluster uses access entries. */
  accessEntry?: {
    file: string;
    principal: string;
    groups: string[];
    policies: { policyArn: string; type: string; namespaces: string[] }[];
  };
  /** True when the role is mapped through the aws-auth ConfigMap (a marked map_roles entry). */
  awsAuth: boolean;
  /** The IRSA role of the link's ArgoCD release (source account), shared by the release's links. */
  irsa?: { file: string; subjects: string[] };
  /** The file in the target cluster's RBAC layer (bearer-token, or RBAC next to an access entry). */
  rbacFile?: string;
}

/** `${var.accounts.X.id}` and `${var.environment}` resolved; undefined when anything else remains. */
export interface Resolver {
  resolve(template: string, account: string): string | undefined;
}

const ACCOUNTS = /\$\{var\.accounts\.([A-Za-z0-9_-]+)\.id\}/g;
const ENVIRONMENT = /\$\{(?:var|local)\.environment\}/g;

export async function resolverFor(repo: RepoReader, accounts: Record<string, string>): Promise<Resolver> {
  const environments = new Map<string, string | undefined>();
  const environmentOf = async (account: string) => {
    if (!environments.has(account)) {
      const text = await repo.readFile(`${account}/config/account.tfvars`);
      environments.set(account, text ? /^\s*environment\s*=\s*"([^"$]*)"/m.exec(text)?.[1] : undefined);
    }
    return environments.get(account);
  };
  // Read every account's environment up front so resolve() can stay synchronous.
  for (const account of Object.keys(accounts)) await environmentOf(account);
  return {
    resolve(template, account) {
      let missing = false;
      const out = template
        .replace(ACCOUNTS, (_, name: string) => accounts[name] ?? ((missing = true), ""))
        .replace(ENVIRONMENT, () => environments.get(account) ?? ((missing = true), ""));
      return missing || out.includes("${") ? undefined : out;
    },
  };
}

/** A quoted HCL string, template sequences kept as written; undefined for anything else. */
function quoted(expr: string): string | undefined {
  const t = expr.trim();
  if (!/^"(?:[^"\\]|\\.)*"$/.test(t)) return undefined;
  return t.slice(1, -1).replace(/\\(.)/g, "$1");
}

function attr(text: string, block: HclBlock, name: string): string | undefined {
  const a = findAttribute(block, name);
  return a ? text.slice(a.exprStart, a.exprEnd) : undefined;
}

function stringList(text: string, block: HclBlock, name: string, file: string): string[] | undefined {
  const a = findAttribute(block, name);
  if (!a) return undefined;
  const open = text.indexOf("[", a.exprStart);
  if (open < 0 || open >= a.exprEnd) return undefined;
  const values = splitSequence(text, open, file).items.map((i) => quoted(text.slice(i.start, i.end)));
  return values.every((v) => v !== undefined) ? (values as string[]) : undefined;
}

function readTargetRole(path: string, text: string): RepoLink["targetRole"] | undefined {
  const module = findBlocks(scanHcl(text, path), "module").find((b) =>
    b.labels[0]?.startsWith("iam_assumable_role_argocd_link_"),
  );
  if (!module) return undefined;
  const name = quoted(attr(text, module, "role_name") ?? "");
  if (!name) return undefined;
  return { file: path, name, trusted: stringList(text, module, "trusted_role_arns", path) ?? [] };
}

function readAccessEntry(path: string, text: string): RepoLink["accessEntry"] | undefined {
  const items = scanHcl(text, path);
  const entry = findBlocks(items, "resource", "aws_eks_access_entry")[0];
  if (!entry) return undefined;
  const principal = quoted(attr(text, entry, "principal_arn") ?? "");
  if (!principal) return undefined;
  const policies = findBlocks(items, "resource", "aws_eks_access_policy_association").map((b) => {
    const scope = findBlocks(b.body, "access_scope")[0];
    return {
      policyArn: quoted(attr(text, b, "policy_arn") ?? "") ?? "",
      type: (scope && quoted(attr(text, scope, "type") ?? "")) ?? "",
      namespaces: (scope && stringList(text, scope, "namespaces", path)) ?? [],
    };
  });
  return {
    file: path,
    principal,
    groups: stringList(text, entry, "kubernetes_groups", path) ?? [],
    policies,
  };
}

/** The cluster entry named `name` in a values file (chart 7 map or older list form). */
export function readArgocdEntry(valuesPath: string, text: string, name: string): ArgocdEntry | undefined {
  if (!text.includes(name) || !text.includes("clusterCredentials")) return undefined;
  let values: unknown;
  try {
    values = parseDocument(text, { uniqueKeys: false }).toJS();
  } catch {
    return undefined;
  }
  const credentials = (values as { configs?: { clusterCredentials?: unknown } } | null)?.configs
    ?.clusterCredentials;
  let entry: Record<string, unknown> | undefined;
  if (Array.isArray(credentials)) {
    entry = credentials.find((c) => (c as { name?: unknown } | null)?.name === name) as
      Record<string, unknown> | undefined;
  } else if (credentials && typeof credentials === "object") {
    entry = (credentials as Record<string, Record<string, unknown>>)[name];
  }
  if (!entry || typeof entry !== "object") return undefined;
  const namespaces = typeof entry.namespaces === "string" ? entry.namespaces : "";
  const config = (entry.config ?? {}) as Record<string, unknown>;
  return {
    valuesPath,
    server: typeof entry.server === "string" ? entry.server : "",
    namespaces: namespaces
      .split(",")
      .map((n) => n.trim())
      .filter(Boolean),
    clusterResources: entry.clusterResources === true || entry.clusterResources === "true",
    awsAuth: typeof config.awsAuthConfig === "object" && config.awsAuthConfig !== null,
  };
}

const ACCESS_LINE = /^# Access: (.+)$/m;
const POLICY_NAME = /cluster-access-policy\/AmazonEKS(\w+)Policy$/;

function accessOf(link: Omit<RepoLink, "access">, texts: Map<string, string>): string {
  const rbac = link.rbacFile ? ACCESS_LINE.exec(texts.get(link.rbacFile) ?? "")?.[1] : undefined;
  if (rbac) return rbac.replace(/\.$/, "");
  const policy = link.accessEntry?.policies[0]?.policyArn;
  const level = policy ? POLICY_NAME.exec(policy)?.[1] : undefined;
  if (level) return `EKS access policy ${level.replace(/^Cluster/, "Cluster")}`;
  if (link.awsAuth) return "aws-auth groups";
  return "unknown";
}

/** The release's IRSA role module in the source account and the service accounts it trusts. */
function findIrsa(texts: Map<string, string>, owner: LinkOwner): RepoLink["irsa"] | undefined {
  const module = `module "role_argocd_link_${owner.release.replace(/-/g, "_")}"`;
  for (const [path, text] of texts) {
    if (!path.startsWith(`${owner.sourceAccount}/`) || !path.endsWith(".tf") || !text.includes(module))
      continue;
    try {
      const block = findBlocks(scanHcl(text, path), "module", module.slice(8, -1))[0];
      const subjects = block && stringList(text, block, "oidc_fully_qualified_subjects", path);
      if (subjects) return { file: path, subjects };
    } catch {
      // Not parseable: the check then does without the planned subjects.
    }
  }
  return undefined;
}

/** Every link in the repository, by name. */
export async function readLinks(repo: RepoReader): Promise<RepoLink[]> {
  const snapshot = await readSnapshot(repo);
  const links: RepoLink[] = [];
  for (const name of snapshot.ids) {
    const owner: LinkOwner | undefined = snapshot.owners.get(name);
    if (!owner) continue;
    const files = [...(snapshot.ownedFiles.get(name) ?? [])].sort();
    let targetRole: RepoLink["targetRole"];
    let accessEntry: RepoLink["accessEntry"];
    let rbacFile: string | undefined;
    for (const path of files) {
      const text = snapshot.texts.get(path) ?? "";
      if (!path.endsWith(".tf")) continue;
      try {
        targetRole ??= readTargetRole(path, text);
        accessEntry ??= readAccessEntry(path, text);
      } catch {
        // A file edited beyond parsing: its check reports what is missing.
      }
      if (
        /"kubernetes_(cluster_)?role_binding(_v1)?"/.test(text) &&
        path.startsWith(`${owner.targetAccount}/`)
      )
        rbacFile ??= path;
    }
    const marker = `argocd-cluster-link: ${name} (`;
    const awsAuth = [...snapshot.texts].some(
      ([path, text]) => path.endsWith(".tf") && text.includes(marker) && /map_roles|rolearn/.test(text),
    );
    const irsa = findIrsa(snapshot.texts, owner);
    let argocd: ArgocdEntry | undefined;
    for (const [path, text] of snapshot.texts) {
      if (!/\.ya?ml$/.test(path) || !path.includes("chart-values")) continue;
      argocd = readArgocdEntry(path, text, name);
      if (argocd) break;
    }
    const base = {
      name,
      method: (targetRole || argocd?.awsAuth ? "iam-role" : "bearer-token") as RepoLink["method"],
      namespaces: argocd?.namespaces ?? [],
      clusterResources: argocd?.clusterResources ?? false,
      source: { account: owner.sourceAccount, release: owner.release },
      target: { account: owner.targetAccount, region: owner.targetRegion, cluster: owner.targetCluster },
      files,
      ...(argocd ? { argocd } : {}),
      ...(targetRole ? { targetRole } : {}),
      ...(accessEntry ? { accessEntry } : {}),
      awsAuth,
      ...(rbacFile ? { rbacFile } : {}),
      ...(irsa ? { irsa } : {}),
    };
    links.push({ ...base, access: accessOf(base, snapshot.texts) });
  }
  return links;
}
