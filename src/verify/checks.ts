// Verification of one link: for each thing the link's files say will exist once applied, whether
// AWS or ArgoCD has it as planned. A missing piece names the step that is not applied yet and the
// command that applies it. Only the probes do I/O; this module decides.

import type { RepoLink, Resolver } from "../inventory/links.js";
import { STEP_ID } from "../steps/registry.js";
import type { ArgocdAnswer, RoleAnswer, VerificationCheck, VerifyProbes } from "./types.js";

/** The pieces of the repository verification needs besides the link itself. */
export interface VerifyContext {
  link: RepoLink;
  resolver: Resolver;
  probes: VerifyProbes;
}

/**
 * A value inside a detail: between backticks, which the status comment renders as a code span and
 * the rest as escaped prose. Backticks inside a value (an AWS or ArgoCD message) become quotes, so
 * the split is unambiguous.
 */
export const v = (value: string): string => `\`${value.replace(/`/g, "'")}\``;

const apply = (file: string) => v(`cd ${file.slice(0, file.lastIndexOf("/"))} && leverage tf apply`);

const list = (items: string[]) => (items.length ? items.map(v).join(", ") : "none");
const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

interface Statement {
  Effect?: unknown;
  Action?: unknown;
  Principal?: unknown;
  Condition?: unknown;
}

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** The Allow statements of a trust policy that let a principal assume the role. */
function assumeStatements(trust: unknown, action: string): Statement[] {
  const doc = trust as { Statement?: unknown } | null;
  return asArray(doc?.Statement).filter((s): s is Statement => {
    const st = s as Statement;
    return st?.Effect === "Allow" && asArray(st.Action).some((a) => a === action || a === "sts:*");
  });
}

function awsPrincipals(trust: unknown): string[] {
  return assumeStatements(trust, "sts:AssumeRole").flatMap((s) =>
    asArray((s.Principal as { AWS?: unknown } | undefined)?.AWS).map(String),
  );
}

function roleProblem(
  answer: RoleAnswer,
  name: string,
  account: string,
  file: string | undefined,
  step: string,
) {
  if ("missing" in answer)
    return `role ${v(name)} does not exist in account ${v(account)}: step ${step} is not applied yet${file ? ` (${apply(file)})` : ""}.`;
  if ("error" in answer) return `role ${v(name)} could not be read: ${v(answer.error)}`;
  return undefined;
}

async function targetRoleCheck(ctx: VerifyContext): Promise<VerificationCheck> {
  const { link, resolver } = ctx;
  const check = STEP_ID.targetRole;
  if (link.method === "bearer-token")
    return { check, result: "skip", detail: "bearer-token links have no role in the target account." };
  const role = link.targetRole;
  if (!role)
    return {
      check,
      result: "fail",
      detail: "the role's file is not in the base branch: merge step target-role first.",
    };
  const account = link.target.account;
  const answer = await ctx.probes.getRole("target", role.name);
  const problem = roleProblem(answer, role.name, account, role.file, STEP_ID.targetRole);
  if (problem) return { check, result: "fail", detail: problem };
  const expected = role.trusted.map((t) => resolver.resolve(t, account));
  if (expected.some((e) => e === undefined))
    return {
      check,
      result: "skip",
      detail: `role ${v(role.name)} exists; its trusted principals ${list(role.trusted)} depend on values the repository does not resolve.`,
    };
  const actual = awsPrincipals((answer as { trust: unknown }).trust);
  if (!sameSet(actual, expected as string[]))
    return {
      check,
      result: "fail",
      detail: `role ${v(role.name)} trusts ${list(actual)}, not exactly ${list(expected as string[])}: apply step target-role again (${apply(role.file)}).`,
    };
  return { check, result: "pass", detail: `role ${v(role.name)} exists and trusts exactly ${list(actual)}.` };
}

async function accessCheck(ctx: VerifyContext): Promise<VerificationCheck> {
  const { link, resolver } = ctx;
  const check = STEP_ID.clusterAccess;
  if (link.method === "bearer-token")
    return {
      check,
      result: "skip",
      detail:
        "a bearer-token link's access is Kubernetes RBAC, which AWS cannot read; the ArgoCD check shows whether the token works.",
    };
  const entry = link.accessEntry;
  if (!entry) {
    if (link.awsAuth)
      return {
        check,
        result: "skip",
        detail:
          "the role is mapped in the aws-auth ConfigMap, which is not readable from AWS; the ArgoCD check shows whether it works.",
      };
    return {
      check,
      result: "fail",
      detail: "no cluster access for the role in the base branch: merge step cluster-access first.",
    };
  }
  const principal = resolver.resolve(entry.principal, link.target.account);
  if (!principal)
    return {
      check,
      result: "skip",
      detail: `the access entry's principal ${v(entry.principal)} is not resolvable from the repository.`,
    };
  const found = await ctx.probes.accessEntry(link.target.cluster, principal);
  if ("missing" in found)
    return {
      check,
      result: "fail",
      detail: `cluster ${v(link.target.cluster)} has no access entry for ${v(principal)}: step cluster-access is not applied yet (${apply(entry.file)}).`,
    };
  if ("error" in found)
    return { check, result: "fail", detail: `the access entry could not be read: ${v(found.error)}` };
  const problems: string[] = [];
  if (!sameSet(found.groups, entry.groups))
    problems.push(`Kubernetes groups are ${list(found.groups)}, planned ${list(entry.groups)}`);
  const key = (p: { policyArn: string; type: string; namespaces: string[] }) =>
    `${p.policyArn} (${p.type}${p.namespaces.length ? `: ${[...p.namespaces].sort().join(", ")}` : ""})`;
  const want = entry.policies.map(key);
  const have = found.policies.map(key);
  if (!sameSet(want, have)) problems.push(`associated policies are ${list(have)}, planned ${list(want)}`);
  if (problems.length)
    return {
      check,
      result: "fail",
      detail: `${problems.join("; ")}: apply step cluster-access again (${apply(entry.file)}).`,
    };
  return { check, result: "pass", detail: `access entry for ${v(principal)} with ${list(have)}.` };
}

async function sourceRoleCheck(ctx: VerifyContext): Promise<VerificationCheck> {
  const { link, resolver, probes } = ctx;
  const check = STEP_ID.sourceRole;
  if (link.method === "bearer-token")
    return { check, result: "skip", detail: "bearer-token links use no IRSA role." };
  if (!probes.sourceIssuer)
    return {
      check,
      result: "skip",
      detail:
        "set aws.source-cluster in the config file to check the IRSA role of ArgoCD's service accounts.",
    };
  const trusted = link.targetRole?.trusted[0];
  const arn = trusted ? resolver.resolve(trusted, link.target.account) : undefined;
  const name = arn?.split(":role/")[1]?.split("/").pop();
  if (!name)
    return {
      check,
      result: "skip",
      detail: "the IRSA role's name is not known from the target role's trust.",
    };
  const issuer = await probes.sourceIssuer();
  if (typeof issuer !== "string")
    return { check, result: "fail", detail: `the source cluster could not be read: ${v(issuer.error)}` };
  const answer = await probes.getRole("source", name);
  const problem = roleProblem(answer, name, link.source.account, link.irsa?.file, STEP_ID.sourceRole);
  if (problem) return { check, result: "fail", detail: problem };
  const host = issuer.replace(/^https:\/\//, "");
  const statements = assumeStatements(
    (answer as { trust: unknown }).trust,
    "sts:AssumeRoleWithWebIdentity",
  ).filter((s) =>
    asArray((s.Principal as { Federated?: unknown } | undefined)?.Federated).some((f) =>
      String(f).endsWith(`:oidc-provider/${host}`),
    ),
  );
  if (statements.length === 0)
    return {
      check,
      result: "fail",
      detail: `role ${v(name)} does not trust the source cluster's OIDC provider ${v(host)}: apply step source-role.`,
    };
  const subjects = statements.flatMap((s) =>
    asArray(
      ((s.Condition as Record<string, Record<string, unknown>> | undefined)?.StringEquals ?? {})[
        `${host}:sub`
      ],
    ).map(String),
  );
  const want = link.irsa?.subjects;
  if (want && !sameSet(subjects, want))
    return {
      check,
      result: "fail",
      detail: `role ${v(name)} trusts the subjects ${list(subjects)}, planned ${list(want)}: apply step source-role again.`,
    };
  return { check, result: "pass", detail: `role ${v(name)} trusts ${v(host)} for ${list(subjects)}.` };
}

function argocdEntryCheck(link: RepoLink): VerificationCheck {
  const entry = link.argocd;
  if (!entry)
    return {
      check: "argocd-entry",
      result: "fail",
      detail: `ArgoCD's values have no cluster ${v(link.name)}: merge step argocd first.`,
    };
  return {
    check: "argocd-entry",
    result: "pass",
    detail: `${v(entry.valuesPath)} has cluster ${v(link.name)} (${v(entry.server)}), namespaces ${entry.namespaces.length ? list(entry.namespaces) : "all"}.`,
  };
}

/** ArgoCD's cluster object, read defensively: it comes from a server we do not control. */
function connectionOf(body: unknown): {
  name?: string;
  namespaces: string[];
  status?: string;
  message?: string;
  version?: string;
} {
  const c = (body ?? {}) as Record<string, unknown>;
  const info = (c.info ?? {}) as Record<string, unknown>;
  const state = (info.connectionState ?? c.connectionState ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === "string" ? v.slice(0, 500) : undefined);
  return {
    ...(str(c.name) ? { name: str(c.name)! } : {}),
    namespaces: Array.isArray(c.namespaces)
      ? c.namespaces.filter((n): n is string => typeof n === "string")
      : [],
    ...(str(state.status) ? { status: str(state.status)! } : {}),
    ...(str(state.message) ? { message: str(state.message)! } : {}),
    ...(str(info.serverVersion ?? c.serverVersion)
      ? { version: str(info.serverVersion ?? c.serverVersion)! }
      : {}),
  };
}

export function argocdConnectionCheck(link: RepoLink, answer: ArgocdAnswer | undefined): VerificationCheck {
  const check = "argocd-connection";
  if (!answer)
    return {
      check,
      result: "skip",
      detail:
        "set the argocd-server and argocd-auth-token inputs (or --argocd-server and ARGOCD_AUTH_TOKEN) to check that ArgoCD reaches the cluster.",
    };
  if ("timeout" in answer)
    return {
      check,
      result: "fail",
      detail: `ArgoCD did not answer within ${answer.timeout} seconds: check argocd-server and the network path from the runner.`,
    };
  if ("unreachable" in answer)
    return { check, result: "fail", detail: `ArgoCD could not be reached: ${v(answer.unreachable)}` };
  if (answer.status === 401)
    return {
      check,
      result: "fail",
      detail: "ArgoCD answered 401: argocd-auth-token is missing, expired or not a token of this ArgoCD.",
    };
  if (answer.status === 403 || answer.status === 404)
    return {
      check,
      result: "fail",
      detail:
        `ArgoCD answered ${answer.status}: it has no cluster ${v(link.argocd?.server ?? link.name)} yet (step argocd not applied, ` +
        "or not synced), or the token lacks the RBAC permission `clusters, get` (ArgoCD answers both the same way).",
    };
  if (answer.status !== 200)
    return { check, result: "fail", detail: `ArgoCD answered HTTP ${answer.status}.` };
  const found = connectionOf(answer.body);
  const problems: string[] = [];
  if (found.name !== link.name)
    problems.push(`its name is ${found.name ? v(found.name) : "empty"}, not ${v(link.name)}`);
  const want = link.argocd?.namespaces ?? [];
  if (!sameSet(found.namespaces, want))
    problems.push(`its namespaces are ${list(found.namespaces)}, planned ${list(want)}`);
  if (problems.length)
    return { check, result: "fail", detail: `ArgoCD's cluster entry differs: ${problems.join("; ")}.` };
  const reason = found.message ? `: ${v(found.message)}` : "";
  if (found.status === "Successful")
    return {
      check,
      result: "pass",
      detail: `ArgoCD reaches the cluster (connection Successful${found.version ? `, Kubernetes ${v(found.version)}` : ""}).`,
    };
  if (found.status === "Failed")
    return { check, result: "fail", detail: `ArgoCD cannot reach the cluster (connection Failed${reason}).` };
  return {
    check,
    result: "skip",
    detail: `ArgoCD has not connected yet (connection ${found.status ? v(found.status) : "Unknown"}${reason}). ArgoCD connects to a cluster only once an Application targets it: create one, then verify again.`,
  };
}

/**
 * A detail as one line of at most 1,500 characters: ArgoCD's and AWS's messages may hold line
 * breaks (a workflow command in the log, a broken table in the comment) or be very long.
 */
const DETAIL_MAX = 1_500;
function flatDetail(check: VerificationCheck): VerificationCheck {
  const flat = [...check.detail]
    .map((c) =>
      c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 || c === "\u2028" || c === "\u2029" ? " " : c,
    )
    .join("");
  return { ...check, detail: flat.length > DETAIL_MAX ? `${flat.slice(0, DETAIL_MAX - 1)}…` : flat };
}

/** Every check of one link, in apply order. */
export async function verifyLink(ctx: VerifyContext): Promise<VerificationCheck[]> {
  return (await checksOf(ctx)).map(flatDetail);
}

async function checksOf(ctx: VerifyContext): Promise<VerificationCheck[]> {
  const checks = [
    await sourceRoleCheck(ctx),
    await targetRoleCheck(ctx),
    await accessCheck(ctx),
    argocdEntryCheck(ctx.link),
  ];
  const server = ctx.link.argocd?.server;
  const answer = ctx.probes.argocdCluster && server ? await ctx.probes.argocdCluster(server) : undefined;
  checks.push(
    ctx.probes.argocdCluster && !server
      ? { check: "argocd-connection", result: "skip", detail: "no cluster entry to look up in ArgoCD yet." }
      : argocdConnectionCheck(ctx.link, answer),
  );
  return checks;
}

/** Linked: nothing failed and ArgoCD itself says it reaches the cluster. */
export function isLinked(checks: VerificationCheck[]): boolean {
  return (
    checks.every((c) => c.result !== "fail") &&
    checks.some((c) => c.check === "argocd-connection" && c.result === "pass")
  );
}
