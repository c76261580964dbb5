// Reads the target cluster (and the source cluster where ArgoCD runs) with short-lived credentials from
// the workflow's GitHub OIDC token, and checks them before anything is planned or published.

import { InvalidInputError, show, type FieldError } from "../core/errors.js";
import { clusterFactsFromDescribe } from "../facts/parse.js";
import type { ClusterFacts } from "../facts/types.js";
import { AWS_REGION, EKS_CLUSTER_NAME } from "../core/validate.js";
import {
  DEFAULT_AUDIENCE,
  assumeChained,
  assumeWithWebIdentity,
  fetchIdToken,
  sanitizeSessionName,
  type AwsCredentials,
  type CallContext,
} from "./credentials.js";
import { describeCluster } from "./eks.js";
import {
  factsChecks,
  hasFailures,
  sourceStateCheck,
  targetStateChecks,
  type PreflightCheck,
} from "./preflight.js";
import { DEFAULT_RETRY, REAL_RUNTIME, type RetryPolicy, type RetryRuntime } from "./retry.js";

export interface LookupOptions {
  /** The repository's default branch: the `sub` a refused token's hint proposes. */
  defaultBranch?: string;
  /** The Action passes `core.getIDToken`. */
  getIdToken: (audience: string) => Promise<string>;
  /** Audience of the OIDC token; default `sts.amazonaws.com`. */
  audience?: string;
  /** Region of the STS calls. */
  region: string;
  /** Role assumed with the OIDC token. */
  lookupRoleArn: string;
  /** Role assumed from the lookup role to read the target cluster (another account). */
  chainRoleArn?: string;
  /** Role session name; sanitized to STS's `[\w+=,.@-]{2,64}`. See runSessionName. */
  sessionName: string;
  target: { name: string; region: string };
  /** The cluster where ArgoCD runs; read with `roleArn` (chained from the lookup role), default the lookup role. */
  source?: { name: string; region: string; roleArn?: string };
  method: "iam-role" | "bearer-token";
  /** The Action passes `core.setSecret`: called for the token and every credential part. */
  mask: (secret: string) => void;
  log?: (line: string) => void;
  /** Per AWS call; default 4 attempts, 500 ms base delay, 20 s. */
  retry?: RetryPolicy;
  /** Tests only: clock, sleep and jitter of the retries; `now` also dates the CA check. */
  runtime?: Partial<RetryRuntime>;
}

export interface LookupResult {
  /**
   * The target's facts; absent only when they cannot be built (cluster not ACTIVE, or describe output
   * invalid), and then `checks` holds the failing check that says why.
   */
  target?: ClusterFacts;
  source?: ClusterFacts;
  checks: PreflightCheck[];
  /** The role and session that read the target cluster. */
  identity: { roleArn: string; sessionName: string };
}

const ROLE_ARN = /^arn:aws[a-z-]*:iam::[0-9]{12}:role\/[\w+=,.@/-]{1,512}$/;
const ACCOUNT_ID = /^[0-9]{12}$/;
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
const PARTITION = /^aws(-[a-z]+)*$/;

/** arn:<partition>:iam::<account>:role/<name>. */
export function defaultRoleArn(accountId: string, roleName: string, partition = "aws"): string {
  const errors: FieldError[] = [];
  if (!ACCOUNT_ID.test(accountId)) {
    errors.push({ field: "account id", value: show(accountId), message: "must be 12 digits" });
  }
  if (!ROLE_NAME.test(roleName)) {
    errors.push({
      field: "role name",
      value: show(roleName),
      message: "must be 1 to 64 letters, digits and + = , . @ _ -",
    });
  }
  if (!PARTITION.test(partition)) {
    errors.push({
      field: "partition",
      value: show(partition),
      message: "must be aws, aws-cn, aws-us-gov, ...",
    });
  }
  if (errors.length > 0) throw new InvalidInputError("IAM role", errors);
  return `arn:${partition}:iam::${accountId}:role/${roleName}`;
}

export async function lookupClusters(opts: LookupOptions): Promise<LookupResult> {
  validate(opts);
  const runtime: RetryRuntime = { ...REAL_RUNTIME, ...opts.runtime };
  const ctx: CallContext = {
    retry: opts.retry ?? DEFAULT_RETRY,
    runtime,
    log: opts.log ?? (() => {}),
    mask: opts.mask,
  };
  const sessionName = sanitizeSessionName(opts.sessionName);
  // Each role is assumed once, even when the target and source use the same one; the lookup role
  // first, so a refused OIDC token is reported before anything else.
  const { credentialsFor } = lookupSessions(opts, ctx);
  await credentialsFor(opts.lookupRoleArn);

  const targetRoleArn = opts.chainRoleArn ?? opts.lookupRoleArn;
  const rawTarget = await describeCluster(
    {
      role: "target",
      name: opts.target.name,
      region: opts.target.region,
      credentials: await credentialsFor(targetRoleArn),
      roleArn: targetRoleArn,
    },
    ctx,
  );
  const now = new Date(runtime.now());
  const checks = targetStateChecks(rawTarget, opts.target.name, now);
  const target = hasFailures(checks) ? undefined : readFacts(rawTarget, "target", opts.target.name, checks);

  let source: ClusterFacts | undefined;
  let sourceNotChecked: string | undefined;
  if (opts.source) {
    const sourceRoleArn = opts.source.roleArn ?? opts.lookupRoleArn;
    const rawSource = await describeCluster(
      {
        role: "source",
        name: opts.source.name,
        region: opts.source.region,
        credentials: await credentialsFor(sourceRoleArn),
        roleArn: sourceRoleArn,
      },
      ctx,
    );
    const state = sourceStateCheck(rawSource, opts.source.name);
    checks.push(state);
    if (state.status === "pass") source = readFacts(rawSource, "source", opts.source.name, checks);
    if (!source) {
      sourceNotChecked =
        state.status === "pass" ? "its description is not usable" : `it is ${String(rawSource.status)}`;
    }
  }

  if (target) {
    checks.push(
      ...factsChecks({
        target,
        ...(source && { source }),
        ...(sourceNotChecked && { sourceNotChecked }),
        method: opts.method,
        ...publicAccessCidrs(rawTarget),
      }),
    );
  }
  return {
    ...(target && { target }),
    ...(source && { source }),
    checks,
    identity: { roleArn: targetRoleArn, sessionName },
  };
}

/** Facts from a describe output, or a failing `<role>-describe` check listing what is wrong with it. */
function readFacts(
  cluster: Record<string, unknown>,
  role: "target" | "source",
  name: string,
  checks: PreflightCheck[],
): ClusterFacts | undefined {
  try {
    return clusterFactsFromDescribe(cluster, `${role} cluster ${name}`);
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    checks.push({
      id: `${role}-describe`,
      status: "fail",
      summary: `the ${role} cluster's description is not usable: ${error.errors
        .map((e) => `${e.field} ${e.message}`)
        .join("; ")}`,
      action: "Check the cluster in the EKS console; report this if the cluster looks healthy.",
    });
    return undefined;
  }
}

function publicAccessCidrs(cluster: Record<string, unknown>): { publicAccessCidrs?: string[] } {
  const vpc = cluster.resourcesVpcConfig as { publicAccessCidrs?: unknown } | undefined;
  const cidrs = vpc?.publicAccessCidrs;
  return Array.isArray(cidrs) && cidrs.every((c) => typeof c === "string")
    ? { publicAccessCidrs: cidrs }
    : {};
}

function validate(opts: LookupOptions): void {
  const errors: FieldError[] = [];
  const role = (field: string, value: string | undefined) => {
    if (value !== undefined && !ROLE_ARN.test(value)) {
      errors.push({
        field,
        value: show(value),
        message: "must be an IAM role ARN: arn:aws:iam::<12-digit account id>:role/<name>",
      });
    }
  };
  const region = (field: string, value: string) => {
    if (!AWS_REGION.pattern.test(value))
      errors.push({ field, value: show(value), message: `must be ${AWS_REGION.words}` });
  };
  const cluster = (field: string, value: string) => {
    if (!EKS_CLUSTER_NAME.pattern.test(value) || value.length > EKS_CLUSTER_NAME.max) {
      errors.push({ field, value: show(value), message: `must be ${EKS_CLUSTER_NAME.words}` });
    }
  };
  role("lookupRoleArn", opts.lookupRoleArn);
  role("chainRoleArn", opts.chainRoleArn);
  region("region", opts.region);
  cluster("target.name", opts.target.name);
  region("target.region", opts.target.region);
  if (opts.source) {
    cluster("source.name", opts.source.name);
    region("source.region", opts.source.region);
    role("source.roleArn", opts.source.roleArn);
  }
  if (opts.method !== "iam-role" && opts.method !== "bearer-token") {
    errors.push({ field: "method", value: show(opts.method), message: "must be iam-role or bearer-token" });
  }
  if (errors.length > 0) throw new InvalidInputError("AWS lookup options", errors);
}

export interface SessionOptions {
  getIdToken: (audience: string) => Promise<string>;
  audience?: string;
  region: string;
  lookupRoleArn: string;
  sessionName: string;
  defaultBranch?: string;
  mask: (secret: string) => void;
  log?: (line: string) => void;
}

/**
 * Credentials of the lookup role (from the workflow's OIDC token) and of any role chained from it,
 * each assumed once and only when first asked for: verification reads IAM and EKS with them.
 */
export function lookupSessions(
  opts: SessionOptions,
  /** The retries, clock and logging of the calls; default: the standard retry policy. */
  callContext?: CallContext,
): {
  ctx: CallContext;
  credentialsFor: (roleArn: string) => Promise<AwsCredentials>;
} {
  const ctx: CallContext = callContext ?? {
    retry: DEFAULT_RETRY,
    log: opts.log ?? (() => {}),
    mask: opts.mask,
  };
  const audience = opts.audience || DEFAULT_AUDIENCE;
  const sessionName = sanitizeSessionName(opts.sessionName);
  let lookup: Promise<AwsCredentials> | undefined;
  const lookupCredentials = () =>
    (lookup ??= (async () => {
      const { token, claims } = await fetchIdToken(opts.getIdToken, audience, ctx);
      return assumeWithWebIdentity(
        {
          region: opts.region,
          roleArn: opts.lookupRoleArn,
          sessionName,
          token,
          claims,
          audience,
          ...(opts.defaultBranch ? { defaultBranch: opts.defaultBranch } : {}),
        },
        ctx,
      );
    })());
  const sessions = new Map<string, Promise<AwsCredentials>>();
  return {
    ctx,
    credentialsFor: (roleArn) => {
      if (roleArn === opts.lookupRoleArn) return lookupCredentials();
      let session = sessions.get(roleArn);
      if (!session) {
        session = lookupCredentials().then((credentials) =>
          assumeChained(
            { region: opts.region, credentials, fromRoleArn: opts.lookupRoleArn, roleArn, sessionName },
            ctx,
          ),
        );
        sessions.set(roleArn, session);
      }
      return session;
    },
  };
}
