// `/cluster-link verify` and `workflow_dispatch` with `command: verify`: the link's files read from
// the base branch, then AWS (through the lookup role) and ArgoCD asked whether each piece exists as
// planned. All passing, with ArgoCD's own word that it reaches the cluster, is "linked".

import { LayoutError } from "../core/errors.js";
import type { GitHub } from "../github/client.js";
import type { RepoRef } from "../github/repositories.js";
import { readLinks, resolverFor } from "../inventory/links.js";
import { readAccounts } from "../layout/discover.js";
import { progressOf } from "../lifecycle/progress.js";
import type { LinkRecord } from "../lifecycle/record.js";
import { isLinked, verifyLink } from "../verify/checks.js";
import type { VerificationCheck } from "../verify/types.js";
import type { RunContext } from "./event.js";
import type { ActionInputs } from "./inputs.js";
import type { ActionIo } from "./io.js";
import { readPullStates } from "./lifecycle.js";
import type { RunReport } from "./report.js";
import { openRepositories } from "./sources.js";

export interface VerifyTarget {
  name: string;
  /** Verifying for an issue (it may be closed once linked), or for workflow_dispatch. */
  onIssue: boolean;
  /** The status comment's record, when verifying from an issue. */
  record?: LinkRecord;
  kept?: string;
}

/** What to do about each failed check, as one headline. */
function headlineOf(checks: VerificationCheck[], linked: boolean, closes: boolean): string {
  if (linked)
    return `Verified: every piece of the link is in place and ArgoCD reaches the cluster.${closes ? " This request is done; closing the issue." : ""}`;
  const failed = checks.filter((c) => c.result === "fail").map((c) => c.check);
  if (failed.length > 0)
    return `Not linked yet: ${failed.join(", ")} ${failed.length === 1 ? "needs" : "need"} attention (each ❌ below says what to do). Comment \`/cluster-link verify\` again once done.`;
  return "Nothing failed, but ArgoCD has not confirmed that it reaches the cluster yet (see the ➖ lines). Comment `/cluster-link verify` again once they are resolved.";
}

export async function verifyRun(
  inputs: ActionInputs,
  ctx: RunContext,
  github: GitHub,
  io: ActionIo,
  runUrl: string,
  target: VerifyTarget,
): Promise<RunReport> {
  const here: RepoRef = { owner: ctx.owner, repo: ctx.repo };
  const now = (io.now ?? (() => new Date()))();
  const record = target.record ? { ...target.record } : undefined;
  // The pull requests are read after the (slower) checks, so the comment shows their latest state.
  const progressNow = async () =>
    record ? progressOf(record.steps, await readPullStates(github, record), record.kind) : undefined;
  const baseOf = async () => {
    const progress = await progressNow();
    return { runUrl, ...(progress ? { progress } : {}), ...(target.kept ? { kept: target.kept } : {}) };
  };
  try {
    const sources = await openRepositories(github, here, ctx.defaultBranch, inputs.configPath);
    const reader = sources.reader;
    const link = (await readLinks(reader)).find((l) => l.name === target.name);
    if (!link) {
      return {
        ...(await baseOf()),
        status: "not-linked",
        headline: `The base branch has no link named ${target.name} yet: merge its pull requests in order, apply them, then comment \`/cluster-link verify\`.`,
        ...(record ? { record } : {}),
      };
    }
    const accounts = await readAccounts(reader);
    const resolver = await resolverFor(reader, accounts);
    const { defaultRoleArn, lookupSessions } = await import("../aws/lookup.js");
    const { runSessionName } = await import("../aws/credentials.js");
    const { awsProbes } = await import("../verify/aws-probes.js");
    const config = sources.config;
    const accountId = (account: string) => {
      const id = accounts[account];
      if (!id)
        throw new LayoutError(`account "${account}" has no id in config/common.tfvars or the config file.`);
      return id;
    };
    const roleName = inputs.lookupRoleName ?? config.aws.lookupRoleName ?? "argocd-cluster-link-lookup";
    const lookupRoleArn =
      inputs.lookupRoleArn ??
      config.aws.lookupRoleArn ??
      defaultRoleArn(accountId(link.target.account), roleName);
    const chainName = inputs.chainRoleName ?? config.aws.chainRoleName;
    const roleArn = (side: "target" | "source") =>
      side === "target"
        ? chainName
          ? defaultRoleArn(accountId(link.target.account), chainName)
          : lookupRoleArn
        : defaultRoleArn(accountId(link.source.account), chainName ?? roleName);
    const sessions = lookupSessions({
      getIdToken: io.getIdToken,
      ...((inputs.audience ?? config.aws.audience)
        ? { audience: inputs.audience ?? config.aws.audience }
        : {}),
      region: inputs.awsRegion ?? config.aws.region ?? link.target.region,
      lookupRoleArn,
      sessionName: runSessionName(ctx.runId, ctx.runAttempt),
      ...(ctx.defaultBranch ? { defaultBranch: ctx.defaultBranch } : {}),
      mask: io.setSecret,
      log: io.info,
    });
    const source = config.aws.sourceCluster;
    const probes = awsProbes({
      ctx: sessions.ctx,
      credentials: (side) => sessions.credentialsFor(roleArn(side)),
      roleArn,
      targetRegion: link.target.region,
      ...(source
        ? { sourceCluster: { name: source.name, region: source.region ?? link.target.region } }
        : {}),
      ...(inputs.argocdServer && inputs.argocdAuthToken
        ? {
            argocd: {
              server: inputs.argocdServer,
              token: inputs.argocdAuthToken,
              ...(inputs.argocdCaCert ? { caCert: inputs.argocdCaCert } : {}),
              timeoutSeconds: inputs.argocdTimeoutSeconds,
            },
          }
        : {}),
    });
    const checks = await verifyLink({ link, resolver, probes });
    for (const c of checks) io.info(`${c.result.padEnd(4)} ${c.check}: ${c.detail}`);
    const base = await baseOf();
    // The base branch verified is the link's only once every step of the request is merged.
    const open = base.progress?.rows.filter((r) => r.state !== "merged" && r.state !== "in-base") ?? [];
    const linked = isLinked(checks) && open.length === 0;
    const verification = { at: now.toISOString().replace(/\.\d{3}Z$/, "Z"), checks };
    if (record) record.verification = verification;
    return {
      ...base,
      status: linked ? "linked" : "not-linked",
      headline:
        open.length > 0 && isLinked(checks)
          ? `The link in the base branch works, but step${open.length === 1 ? "" : "s"} ${open.map((r) => r.step.number).join(", ")} of this request ${open.length === 1 ? "is" : "are"} not merged yet: merge and apply ${open.length === 1 ? "it" : "them"}, then verify again.`
          : headlineOf(checks, linked, inputs.closeWhenLinked && target.onIssue),
      verification,
      ...(record ? { record } : {}),
    };
  } catch (error) {
    return {
      ...(await baseOf().catch(() => ({ runUrl }))),
      status: "not-linked",
      headline:
        "Verification could not run to the end; nothing was changed. Fix what the error says, then verify again.",
      detail: error instanceof Error ? error.message : String(error),
      ...(record ? { record } : {}),
    };
  }
}
