// Reads the claims of GitHub's OIDC token to explain a refused AssumeRoleWithWebIdentity. The token
// itself is a credential: it is never printed, and only the claims below are ever read from it.

import { oneLine } from "../core/text.js";

/** Claims are short; a longer one is cut to this many characters in reports. */
const CLAIM_MAX = 200;

/** GitHub's OIDC issuer; IAM condition keys are named after it. */
export const GITHUB_OIDC_ISSUER = "https://token.actions.githubusercontent.com";
const CONDITION_PREFIX = "token.actions.githubusercontent.com";

/** The claims shown in reports, as printable strings. */
export interface TokenClaims {
  iss?: string;
  sub?: string;
  aud?: string;
  repository?: string;
  repository_id?: string;
  repository_owner?: string;
  repository_owner_id?: string;
  ref?: string;
  environment?: string;
  event_name?: string;
  /** Seconds since the epoch. */
  exp?: number;
}

const STRING_CLAIMS = [
  "iss",
  "sub",
  "repository",
  "repository_id",
  "repository_owner",
  "repository_owner_id",
  "ref",
  "environment",
  "event_name",
] as const;

/** The payload's known claims, without checking the signature; undefined when it is not a JWT. */
export function decodeClaims(token: string): TokenClaims | undefined {
  const parts = token.split(".");
  if (parts.length !== 3 || parts[1] === undefined || !/^[A-Za-z0-9_-]+$/.test(parts[1])) return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return undefined;
  const raw = payload as Record<string, unknown>;
  const claims: TokenClaims = {};
  for (const key of STRING_CLAIMS) {
    const value = raw[key];
    if (typeof value === "string" || typeof value === "number")
      claims[key] = oneLine(String(value), CLAIM_MAX);
  }
  if (typeof raw.aud === "string") claims.aud = oneLine(raw.aud, CLAIM_MAX);
  else if (Array.isArray(raw.aud))
    claims.aud = oneLine(raw.aud.filter((a) => typeof a === "string").join(", "), CLAIM_MAX);
  if (typeof raw.exp === "number" && Number.isFinite(raw.exp)) claims.exp = raw.exp;
  return claims;
}

/** The claims as report lines: `  sub: ...`. */
export function claimLines(claims: TokenClaims): string[] {
  const show = (value: string | undefined) => (value === undefined ? "(not in the token)" : value);
  return [
    `  sub: ${show(claims.sub)}`,
    `  aud: ${show(claims.aud)}`,
    `  repository: ${show(claims.repository)} (repository_id ${show(claims.repository_id)}, repository_owner_id ${show(claims.repository_owner_id)})`,
    `  ref: ${show(claims.ref)}`,
    `  environment: ${claims.environment ?? "(none)"}`,
    `  event_name: ${show(claims.event_name)}`,
  ];
}

const SUB = /^repo:([^/:]+)\/([^:]+):(.+)$/;
const WITH_ID = /^(.*)@([0-9]+)$/;

/**
 * The narrowest `sub` values that accept this run's token: the repository's default branch (which
 * issue-triggered runs carry), or the job's environment when it has one; by name and, when the id
 * claims are there, in the immutable form. Never `repo:<org>/<repo>:*`, which any branch's workflow
 * of the repository would match.
 */
export function subjectPatterns(
  claims: TokenClaims,
  defaultBranch?: string,
): { patterns: string[]; immutable: boolean } {
  const match = claims.sub === undefined ? null : SUB.exec(claims.sub);
  if (match === null) return { patterns: claims.sub === undefined ? [] : [claims.sub], immutable: false };
  const [, ownerPart = "", repoPart = "", context = ""] = match;
  const owner = WITH_ID.exec(ownerPart);
  const repo = WITH_ID.exec(repoPart);
  const immutable = owner !== null && repo !== null;
  const ownerName = owner?.[1] ?? ownerPart;
  const repoName = repo?.[1] ?? repoPart;
  const ownerId = owner?.[2] ?? claims.repository_owner_id;
  const repoId = repo?.[2] ?? claims.repository_id;
  const branchRef = claims.ref?.startsWith("refs/heads/") ? claims.ref : undefined;
  const suffix = context.startsWith("environment:")
    ? context
    : `ref:${defaultBranch ? `refs/heads/${defaultBranch}` : (branchRef ?? "refs/heads/<default branch>")}`;
  const byName = `repo:${ownerName}/${repoName}:${suffix}`;
  const byId = ownerId && repoId ? `repo:${ownerName}@${ownerId}/${repoName}@${repoId}:${suffix}` : undefined;
  const patterns = immutable ? [byId as string] : [byName, ...(byId ? [byId] : [])];
  return { patterns, immutable };
}

/**
 * What the role's trust policy must contain to accept this token, with the reasons tokens commonly
 * fail: the `sub` form of new repositories and the ref of issue-triggered runs.
 */
export function trustPolicyHint(
  claims: TokenClaims | undefined,
  audience: string,
  accountId: string,
  defaultBranch?: string,
): string {
  const lines: string[] = [];
  if (claims === undefined) {
    lines.push("The token's claims could not be read (it is not a JWT).");
  } else {
    lines.push("The GitHub OIDC token of this run has these claims:", ...claimLines(claims));
  }
  const { patterns, immutable } = subjectPatterns(claims ?? {}, defaultBranch);
  const sub =
    patterns.length > 0
      ? patterns
      : [`repo:<org>/<repo>:ref:refs/heads/${defaultBranch ?? "<default branch>"}`];
  lines.push(
    `The role's trust policy must allow them: principal {"Federated": "arn:aws:iam::${accountId}:oidc-provider/token.actions.githubusercontent.com"},`,
    'action "sts:AssumeRoleWithWebIdentity", and a condition such as:',
    '  "Condition": {',
    `    "StringEquals": { "${CONDITION_PREFIX}:aud": ${JSON.stringify(audience)} },`,
    `    "StringLike": { "${CONDITION_PREFIX}:sub": ${sub.length === 1 ? JSON.stringify(sub[0]) : `[${sub.map((p) => JSON.stringify(p)).join(", ")}]`} }`,
    "  }",
  );
  if (claims?.aud !== undefined && claims.aud !== audience) {
    lines.push(`Note: the token's aud (${claims.aud}) is not the audience requested (${audience}).`);
  }
  if (immutable) {
    lines.push(
      "This repository uses the immutable sub form repo:<org>@<ORGID>/<repo>@<REPOID>:... (repositories created",
      "or renamed after 2026-07-15, or opted in): patterns naming only repo:<org>/<repo>:... no longer match it.",
    );
  } else {
    lines.push(
      "Repositories created or renamed after 2026-07-15 (or opted in) get the immutable sub form",
      "repo:<org>@<ORGID>/<repo>@<REPOID>:... built from the repository_owner_id and repository_id claims;",
      "list both forms while migrating.",
    );
  }
  const issueRun = claims?.event_name === "issues" || claims?.event_name === "issue_comment";
  lines.push(
    `${issueRun ? "This run was triggered by an issue: i" : "I"}ssue-triggered runs carry the default branch's ref in sub`,
    `(${claims?.ref === undefined ? "ref:refs/heads/<default branch>" : `ref:${claims.ref}`}), so a pattern limited to other branches refuses them;`,
    "jobs with an environment carry repo:<org>/<repo>:environment:<name> instead of the ref.",
  );
  return lines.join("\n");
}
