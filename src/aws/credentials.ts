// Short-lived AWS credentials from the workflow's GitHub OIDC token: STS AssumeRoleWithWebIdentity into
// the lookup role, then optionally AssumeRole into a role of the target account. Credentials stay in
// memory, are masked in the log as soon as they exist and are never written to the environment.

import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  STSClient,
  type Credentials,
} from "@aws-sdk/client-sts";
import {
  AwsLookupError,
  awsErrorCode,
  awsMessage,
  expiredError,
  isExpiredCredentials,
  unavailableError,
  unexpectedError,
} from "./errors.js";
import { proxyAgents } from "../core/proxy.js";
import { oneLine } from "../core/text.js";
import { decodeClaims, trustPolicyHint, type TokenClaims, GITHUB_OIDC_ISSUER } from "./jwt.js";
import { RetriesExhaustedError, withRetry, type RetryPolicy, type RetryRuntime } from "./retry.js";

export const DEFAULT_AUDIENCE = "sts.amazonaws.com";
/** The shortest session STS grants: the lookup takes seconds, and chained sessions are capped at 1 h anyway. */
const SESSION_SECONDS = 900;

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration?: Date;
}

/** What every AWS call needs besides its input. */
export interface CallContext {
  retry: RetryPolicy;
  runtime?: RetryRuntime;
  log: (line: string) => void;
  mask: (secret: string) => void;
}

/**
 * Settings shared by the SDK clients. Retries are ours (see retry.ts), so the SDK makes one attempt.
 * No endpoint is set: the SDK takes AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL_EKS (or AWS_ENDPOINT_URL)
 * from the environment when present, which is how tests point it at local fakes.
 */
export function clientConfig(region: string, credentials?: AwsCredentials) {
  return {
    region,
    maxAttempts: 1,
    // Behind a proxy (HTTPS_PROXY, NO_PROXY) the SDK's NodeHttpHandler goes through a CONNECT tunnel.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 15_000, ...proxyAgents(process.env) },
    ...(credentials && {
      credentials: {
        accessKeyId: credentials.accessKeyId,
        secretAccessKey: credentials.secretAccessKey,
        sessionToken: credentials.sessionToken,
      },
    }),
  };
}

/** STS role session names: 2 to 64 of `[\w+=,.@-]`. Anything else becomes '-'. */
export function sanitizeSessionName(raw: string): string {
  const clean = raw.replace(/[^\w+=,.@-]/g, "-").slice(0, 64);
  return clean.length >= 2 ? clean : "argocd-cluster-link";
}

/** A session name that identifies the workflow run in CloudTrail: argocd-cluster-link-<run id>-<attempt>. */
export function runSessionName(runId: string | undefined, runAttempt: string | undefined): string {
  return sanitizeSessionName(["argocd-cluster-link", runId || "local", runAttempt || "1"].join("-"));
}

export function accountOf(roleArn: string): string {
  return roleArn.split(":")[4] ?? "";
}

/** The workflow's OIDC token for `audience`, masked. Explains a missing `id-token: write` permission. */
export async function fetchIdToken(
  getIdToken: (audience: string) => Promise<string>,
  audience: string,
  ctx: CallContext,
): Promise<{ token: string; claims: TokenClaims | undefined }> {
  ctx.log(`Requesting a GitHub OIDC token for audience ${audience}`);
  let token: string;
  try {
    token = await getIdToken(audience);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(message)) {
      throw new AwsLookupError(
        "oidc-unavailable",
        "No GitHub OIDC token is available: the workflow lacks `permissions: id-token: write` " +
          "(ACTIONS_ID_TOKEN_REQUEST_URL / ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set).",
        [
          "Add to the job (or the workflow) that runs this Action:",
          "  permissions:",
          "    id-token: write   # lets the job request an OIDC token for AWS",
          "    contents: read",
          "Workflows triggered from forks never get an OIDC token.",
        ].join("\n"),
        { cause: error },
      );
    }
    throw new AwsLookupError(
      "oidc-token-failed",
      `Requesting the GitHub OIDC token failed: ${oneLine(message, 300)}`,
      "Rerun the job; if it persists, check https://www.githubstatus.com for Actions incidents.",
      { cause: error },
    );
  }
  if (typeof token !== "string" || token === "") {
    throw new AwsLookupError("oidc-token-failed", "GitHub returned an empty OIDC token.", "Rerun the job.");
  }
  ctx.mask(token);
  const claims = decodeClaims(token);
  if (claims) {
    ctx.log(
      `OIDC token: sub=${claims.sub ?? "?"} aud=${claims.aud ?? "?"} event=${claims.event_name ?? "?"}`,
    );
  }
  return { token, claims };
}

function fromSts(
  credentials: Credentials | undefined,
  what: string,
  mask: (secret: string) => void,
): AwsCredentials {
  const { AccessKeyId, SecretAccessKey, SessionToken, Expiration } = credentials ?? {};
  if (!AccessKeyId || !SecretAccessKey || !SessionToken) {
    throw new AwsLookupError(
      "aws-error",
      `${what} returned no credentials.`,
      "Rerun the job; this is not expected from STS.",
    );
  }
  mask(AccessKeyId);
  mask(SecretAccessKey);
  mask(SessionToken);
  return {
    accessKeyId: AccessKeyId,
    secretAccessKey: SecretAccessKey,
    sessionToken: SessionToken,
    ...(Expiration && { expiration: Expiration }),
  };
}

export interface WebIdentityInput {
  region: string;
  roleArn: string;
  sessionName: string;
  token: string;
  claims: TokenClaims | undefined;
  audience: string;
  /** The repository's default branch, for the narrow `sub` the trust-policy hint proposes. */
  defaultBranch?: string;
}

/** STS AssumeRoleWithWebIdentity (an unsigned call: the OIDC token is the proof). */
export async function assumeWithWebIdentity(
  input: WebIdentityInput,
  ctx: CallContext,
): Promise<AwsCredentials> {
  const what = `STS AssumeRoleWithWebIdentity into ${input.roleArn}`;
  const command = new AssumeRoleWithWebIdentityCommand({
    RoleArn: input.roleArn,
    RoleSessionName: input.sessionName,
    WebIdentityToken: input.token,
    DurationSeconds: SESSION_SECONDS,
  });
  return assume(new STSClient(clientConfig(input.region)), command, what, input, ctx, (error) =>
    webIdentityError(what, input, error),
  );
}

function webIdentityError(what: string, input: WebIdentityInput, error: unknown): Error {
  if (error instanceof AwsLookupError) return error;
  if (error instanceof RetriesExhaustedError) return unavailableError(what, input.region, error);
  const code = awsErrorCode(error);
  const account = accountOf(input.roleArn);
  if (code === "AccessDenied") {
    return new AwsLookupError(
      "web-identity-denied",
      `${what} was refused: AccessDenied (${awsMessage(error)}). The role's trust policy does not accept this run's OIDC token.`,
      trustPolicyHint(input.claims, input.audience, account, input.defaultBranch),
      { cause: error },
    );
  }
  if (code === "InvalidIdentityToken" || code === "IDPRejectedClaim") {
    const claims = input.claims;
    return new AwsLookupError(
      code === "InvalidIdentityToken" ? "web-identity-invalid-token" : "web-identity-rejected",
      `${what} failed: ${code} (${awsMessage(error)}). AWS does not accept tokens from this identity provider or audience.`,
      [
        `Account ${account} needs an IAM OIDC identity provider for ${GITHUB_OIDC_ISSUER}`,
        `whose audiences (client IDs) include ${JSON.stringify(input.audience)}, e.g. in Terraform:`,
        `  resource "aws_iam_openid_connect_provider" "github" {`,
        `    url            = "${GITHUB_OIDC_ISSUER}"`,
        `    client_id_list = [${JSON.stringify(input.audience)}]`,
        "  }",
        `The token has iss ${claims?.iss ?? "(unknown)"} and aud ${claims?.aud ?? "(unknown)"}; the Action's audience input must be one of the provider's audiences.`,
        ...(code === "IDPRejectedClaim"
          ? ["The claim may also have expired or been revoked: rerun the job."]
          : []),
      ].join("\n"),
      { cause: error },
    );
  }
  if (code === "ExpiredToken") return expiredError(what, error);
  if (code === "RegionDisabled") return regionDisabledError(what, input.region, account, error);
  return unexpectedError(what, error);
}

export interface ChainInput {
  region: string;
  credentials: AwsCredentials;
  fromRoleArn: string;
  roleArn: string;
  sessionName: string;
}

/** STS AssumeRole signed with the lookup role's credentials: role chaining into another account. */
export async function assumeChained(input: ChainInput, ctx: CallContext): Promise<AwsCredentials> {
  const what = `STS AssumeRole from ${input.fromRoleArn} into ${input.roleArn}`;
  const command = new AssumeRoleCommand({
    RoleArn: input.roleArn,
    RoleSessionName: input.sessionName,
    DurationSeconds: SESSION_SECONDS,
  });
  return assume(
    new STSClient(clientConfig(input.region, input.credentials)),
    command,
    what,
    input,
    ctx,
    (error) => chainError(what, input, error),
  );
}

/** Sends one STS assume call with retries, masks and logs the credentials, maps failures to `toError`. */
async function assume(
  client: STSClient,
  command: AssumeRoleCommand | AssumeRoleWithWebIdentityCommand,
  what: string,
  input: { roleArn: string; sessionName: string },
  ctx: CallContext,
  toError: (error: unknown) => Error,
): Promise<AwsCredentials> {
  try {
    // Both commands answer with Credentials; the union of their send() overloads needs the cast.
    const output = (await withRetry(
      what,
      (abortSignal) => client.send(command as AssumeRoleCommand, { abortSignal }),
      ctx.retry,
      ctx.log,
      ctx.runtime,
    )) as { Credentials?: Parameters<typeof fromSts>[0] };
    const credentials = fromSts(output.Credentials, what, ctx.mask);
    ctx.log(`Assumed ${input.roleArn} as session ${input.sessionName}${expiresAt(credentials)}`);
    return credentials;
  } catch (error) {
    throw toError(error);
  } finally {
    client.destroy();
  }
}

function chainError(what: string, input: ChainInput, error: unknown): Error {
  if (error instanceof AwsLookupError) return error;
  if (error instanceof RetriesExhaustedError) return unavailableError(what, input.region, error);
  const code = awsErrorCode(error);
  if (code === "AccessDenied") {
    return new AwsLookupError(
      "chain-role-denied",
      `${what} was refused: AccessDenied (${awsMessage(error)}).`,
      [
        `The trust policy of ${input.roleArn} must allow the lookup role:`,
        `  { "Effect": "Allow", "Principal": { "AWS": "${input.fromRoleArn}" }, "Action": "sts:AssumeRole" }`,
        `and ${input.fromRoleArn} needs an identity policy allowing sts:AssumeRole on ${input.roleArn}.`,
        "Check also that the role ARN (account id and name) is right.",
      ].join("\n"),
      { cause: error },
    );
  }
  if (isExpiredCredentials(code)) return expiredError(what, error);
  if (code === "RegionDisabled") {
    return regionDisabledError(what, input.region, accountOf(input.roleArn), error);
  }
  return unexpectedError(what, error);
}

function regionDisabledError(what: string, region: string, account: string, error: unknown): AwsLookupError {
  return new AwsLookupError(
    "sts-region-disabled",
    `${what} failed: STS is not activated in ${region} for account ${account} (${awsMessage(error)}).`,
    `Activate STS in ${region} (IAM > Account settings > Security Token Service endpoints), or use another region for STS.`,
    { cause: error },
  );
}

function expiresAt(credentials: AwsCredentials): string {
  return credentials.expiration ? ` (expires ${credentials.expiration.toISOString()})` : "";
}
