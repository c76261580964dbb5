// The Action's flow for one run: decide whether the event is ours, check the requester's
// permission (before any token is asked for), validate the request, read the repository through
// the API, read the cluster through OIDC → STS → EKS, plan, publish one pull request per step and
// report in one status comment, the job summary and the outputs. All I/O comes in through `io`
// and `github`, so tests can drive it.

import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { defaultRoleArn, lookupClusters } from "../aws/lookup.js";
import { AwsLookupError } from "../aws/errors.js";
import { runSessionName } from "../aws/credentials.js";
import type { PreflightCheck } from "../aws/preflight.js";
import { InvalidInputError, LayoutError } from "../core/errors.js";
import { parseClusterFactsText, checkFactsMatchRequest } from "../facts/parse.js";
import type { ClusterFacts } from "../facts/types.js";
import type { GitHub } from "../github/client.js";
import { publishSteps, type Destination, type PublishResult } from "../github/publisher.js";
import { AccountRoutedReader, GitHubRepoReader } from "../github/reader.js";
import { isLinkForm, linkRequestFromDispatchInputs, linkRequestFromIssueForm } from "../issueops/form.js";
import { readAccounts } from "../layout/discover.js";
import { planLink } from "../plan/plan.js";
import { planRotations } from "../plan/rotate.js";
import type { LinkRequest } from "../request/types.js";
import type { RepoReader } from "../repo/reader.js";
import { EMPTY_CONFIG, parseConfig, type LinkConfig } from "./config.js";
import { ISSUE_ACTIONS, type IssueTrigger, type RunContext } from "./event.js";
import type { ActionInputs } from "./inputs.js";
import { renderComment, renderReport, STATUS_MARKER, type RunReport, type RunStatus } from "./report.js";

export interface ActionIo {
  info: (line: string) => void;
  warning: (line: string) => void;
  setOutput: (name: string, value: string) => void;
  setSecret: (value: string) => void;
  setFailed: (message: string) => void;
  writeSummary: (markdown: string) => Promise<void>;
  getIdToken: (audience: string) => Promise<string>;
  workspace: string;
}

/** Labels that show an issue's state, next to the trigger label. */
const STATE_LABELS: Partial<Record<RunStatus, string>> = {
  invalid: "invalid",
  blocked: "blocked",
  published: "prs-open",
  partial: "prs-open",
  "up-to-date": "done",
  failed: "failed",
};

interface Repo {
  owner: string;
  repo: string;
}

export async function runAction(
  inputs: ActionInputs,
  ctx: RunContext,
  github: GitHub,
  io: ActionIo,
): Promise<RunReport> {
  const runUrl = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`;
  const here: Repo = { owner: ctx.owner, repo: ctx.repo };
  const trigger = ctx.trigger;
  const issue = trigger.kind === "issue" ? trigger : undefined;
  const finish = async (report: RunReport): Promise<RunReport> => {
    await deliver(report, inputs, ctx, github, io, issue);
    return report;
  };

  const ignored = whyIgnored(inputs, ctx);
  if (ignored) {
    io.info(`Nothing to do: ${ignored}`);
    io.setOutput("status", "ignored");
    return { status: "ignored", headline: ignored, runUrl };
  }
  // 1. Who asks: checked before anything else, in particular before any OIDC token exists. A
  // scheduled run has no requester: the workflow file itself is what maintainers approved.
  const requesters = issue
    ? [...new Set([issue.author, issue.sender].filter(Boolean))]
    : trigger.kind === "dispatch"
      ? [trigger.actor]
      : [];
  for (const login of requesters) {
    const permission = await permissionOf(github, here, login);
    if (!inputs.allowedPermissions.includes(permission)) {
      return finish({
        status: "denied",
        headline:
          `@${login.replace(/[^A-Za-z0-9-]/g, "")} has ${permission === "none" ? "no" : `\`${permission}\``} permission on ` +
          `this repository; linking a cluster needs one of: ${inputs.allowedPermissions.join(", ")}. ` +
          (issue && login === issue.author
            ? "Nothing was done. The request must come from someone with that permission: ask them to open it."
            : "Nothing was done. An edit by someone with that permission (or the author) runs the request again."),
        runUrl,
      });
    }
  }

  if (inputs.command === "rotate" || (inputs.command === "auto" && trigger.kind === "schedule")) {
    return finish(await rotateTokens(inputs, ctx, here, github, io, runUrl));
  }

  // 2. The request.
  let request: LinkRequest;
  try {
    if (issue) {
      if (!isLinkForm(issue.body)) {
        return finish({
          status: "invalid",
          headline:
            "This issue has the link label but not the link form: open it with the **Link a cluster to ArgoCD** " +
            "template, or edit it to add every field of that form.",
          runUrl,
        });
      }
      request = linkRequestFromIssueForm(issue.body, `issue #${issue.number}`);
    } else {
      request = linkRequestFromDispatchInputs(
        trigger.kind === "dispatch" ? trigger.inputs : {},
        "workflow_dispatch inputs",
      );
    }
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    return finish({
      status: "invalid",
      headline:
        "Every field below needs a change; edit the issue and the Action runs again. Nothing was created.",
      fieldErrors: error.errors,
      runUrl,
    });
  }

  try {
    // 3. The repositories, read through the API at one commit each.
    const sources = await openRepositories(github, here, ctx.defaultBranch, inputs.configPath);
    const { reader, config } = sources;

    // 4. The target cluster.
    const { facts, checks } = await readFacts(inputs, config, request, reader, ctx, io);
    if (!facts || checks.some((c) => c.status === "fail")) {
      return finish({
        status: "blocked",
        headline:
          "A preflight check failed, so nothing was created. Fix what the failed checks say, then edit or reopen the issue.",
        request,
        ...(facts ? { facts } : {}),
        checks,
        runUrl,
      });
    }

    // 5. Plan and publish.
    const plan = await planLink(reader, request, facts);
    const published = await publishSteps(github, {
      linkId: plan.linkId,
      requester: issue ? `${here.owner}/${here.repo}#${issue.number}` : "dispatch",
      steps: plan.steps,
      upToDate: plan.upToDate,
      destinationFor: (account) => sources.destinationFor(account),
      label: inputs.label,
      origin: (repository) =>
        issue
          ? `Requested in ${repository === `${here.owner}/${here.repo}` ? "" : `${here.owner}/${here.repo}`}#${issue.number}.`
          : "Requested with workflow_dispatch.",
      closeStale: true,
      dryRun: inputs.dryRun,
      log: io.info,
    });
    const status: RunStatus = published.error
      ? "failed"
      : inputs.dryRun
        ? "dry-run"
        : plan.steps.length === 0
          ? "up-to-date"
          : leftAlone(published)
            ? "partial"
            : "published";
    const headline = {
      failed: `Publishing stopped at a GitHub error after ${published.steps.length} of ${plan.steps.length} step(s); run the workflow again (or edit the issue) to finish: nothing is duplicated.`,
      "dry-run": "Dry run: this is what would be published.",
      "up-to-date": "Every step of this link is already in the base branch: nothing left to change.",
      partial: partialHeadline(published, issue ? "edit the issue" : "run the workflow again"),
      published: `Review and merge the pull requests one at a time, in this order, and run each step's apply command after merging it.`,
    }[status as "failed" | "dry-run" | "up-to-date" | "partial" | "published"];
    return finish({
      status,
      headline,
      request,
      facts,
      checks,
      plan,
      published,
      ...(published.error ? { detail: published.error.message } : {}),
      runUrl,
    });
  } catch (error) {
    if (
      error instanceof LayoutError ||
      error instanceof AwsLookupError ||
      error instanceof InvalidInputError
    ) {
      return finish({
        status: "blocked",
        headline:
          error instanceof AwsLookupError
            ? "The target cluster could not be read from AWS. Nothing was created."
            : "The repository or the configuration does not allow this link yet. Nothing was created.",
        request,
        detail: error.message,
        runUrl,
      });
    }
    const message = error instanceof Error ? error.message : String(error);
    return finish({
      status: "failed",
      headline: "Unexpected failure; nothing further was written.",
      request,
      detail: message,
      runUrl,
    });
  }
}

/** Scheduled (or `command: rotate`) runs: one pull request per bearer-token link that replaces its token. */
async function rotateTokens(
  inputs: ActionInputs,
  ctx: RunContext,
  here: Repo,
  github: GitHub,
  io: ActionIo,
  runUrl: string,
): Promise<RunReport> {
  try {
    const sources = await openRepositories(github, here, ctx.defaultBranch, inputs.configPath);
    const rotations = await planRotations(sources.reader);
    if (rotations.length === 0) {
      return {
        status: "up-to-date",
        headline: "No bearer-token link in this repository: no token to rotate.",
        runUrl,
      };
    }
    const steps = rotations.map((r, i) => ({ ...r.step, number: i + 1, total: rotations.length }));
    const published: PublishResult = { steps: [], closed: [] };
    for (const rotation of rotations) {
      // Each rotation is its own one-step change; the numbering above is only for the report.
      const result = await publishSteps(github, {
        linkId: rotation.linkId,
        requester: "rotation",
        steps: [rotation.step],
        origin: () => "Opened by the token rotation.",
        upToDate: [],
        destinationFor: (account) => sources.destinationFor(account),
        label: inputs.label,
        closeStale: false,
        dryRun: inputs.dryRun,
        log: io.info,
      });
      published.steps.push(...result.steps);
      if (result.error) {
        published.error = result.error;
        break;
      }
    }
    const status: RunStatus = published.error
      ? "failed"
      : inputs.dryRun
        ? "dry-run"
        : leftAlone(published)
          ? "partial"
          : "published";
    return {
      status,
      headline:
        status === "failed"
          ? "Rotation stopped at a GitHub error; run the workflow again to finish: nothing is duplicated."
          : `${status === "partial" ? `${partialHeadline(published, "run the workflow again")} ` : ""}` +
            "Merge each rotation, then apply its target layer and, right after, its ArgoCD layer.",
      plan: { linkId: "rotation", steps, upToDate: [], notes: [] },
      published,
      ...(published.error ? { detail: published.error.message } : {}),
      runUrl,
    };
  } catch (error) {
    if (error instanceof LayoutError || error instanceof InvalidInputError) {
      return {
        status: "blocked",
        headline: "The token rotation cannot run on this repository.",
        detail: error.message,
        runUrl,
      };
    }
    throw error;
  }
}

/** Whether a step was left alone because its branch is not this request's to change. */
function leftAlone(published: PublishResult): boolean {
  return published.steps.some((s) => s.outcome === "human-commit" || s.outcome === "other-request");
}

function partialHeadline(published: PublishResult, rerun: string): string {
  const outcomes = new Set(published.steps.map((s) => s.outcome));
  const lines: string[] = [];
  if (outcomes.has("human-commit")) {
    lines.push(
      "Some branches have commits that argocd-cluster-link did not make; those steps were left alone (see below).",
    );
  }
  if (outcomes.has("other-request")) {
    lines.push(
      "Some branches belong to another request that uses the same argocd-cluster-name; those steps were left " +
        `alone (see below). Choose another argocd-cluster-name for this link and ${rerun}.`,
    );
  }
  return lines.join(" ");
}

function whyIgnored(inputs: ActionInputs, ctx: RunContext): string | undefined {
  const trigger = ctx.trigger;
  if (trigger.kind === "other") return `the ${trigger.name} event is not handled`;
  if (trigger.kind !== "issue") return undefined;
  if (!ISSUE_ACTIONS.includes(trigger.action)) return `issue action "${trigger.action}" is not handled`;
  if (trigger.state === "closed") return "the issue is closed";
  if (!trigger.labels.includes(inputs.label))
    return `issue #${trigger.number} does not have the label "${inputs.label}"`;
  if (trigger.action === "labeled" && trigger.labelAdded !== inputs.label) {
    return `the label added ("${trigger.labelAdded ?? ""}") is not "${inputs.label}"`;
  }
  return undefined;
}

async function permissionOf(github: GitHub, repo: Repo, username: string): Promise<string> {
  if (!username) return "none";
  try {
    const { data } = await github.rest.repos.getCollaboratorPermissionLevel({ ...repo, username });
    // `permission` maps maintain to write and triage to read; role_name keeps them.
    const role = (data as { role_name?: string }).role_name;
    return role && ["admin", "maintain", "write", "triage", "read"].includes(role) ? role : data.permission;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return "none";
    throw error;
  }
}

/** Opens the current repository (and its config file), then every account repository it maps. */
async function openRepositories(
  github: GitHub,
  here: Repo,
  defaultBranch: string | undefined,
  configPath: string,
) {
  const opened = new Map<string, Promise<{ reader: GitHubRepoReader; destination: Destination }>>();
  const open = (repo: Repo, base?: string) => {
    const key = `${repo.owner}/${repo.repo}@${base ?? ""}`;
    let entry = opened.get(key);
    if (!entry) {
      entry = (async () => {
        const branch = base ?? (await github.rest.repos.get({ ...repo })).data.default_branch;
        const { data: ref } = await github.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
        const reader = new GitHubRepoReader(github, repo, ref.object.sha);
        const baseTree = await reader.treeSha();
        return { reader, destination: { ...repo, base: branch, baseSha: ref.object.sha, baseTree } };
      })();
      opened.set(key, entry);
    }
    return entry;
  };
  const main = await open(here, defaultBranch);
  const configText = await main.reader.readFile(configPath);
  const config = configText === undefined ? EMPTY_CONFIG : parseConfig(configText, configPath);
  const byAccount = new Map<string, RepoReader>();
  const destinations = new Map<string, Destination>();
  for (const [account, location] of Object.entries(config.accounts)) {
    const opened = await open({ owner: location.owner, repo: location.repo }, location.base);
    byAccount.set(account, opened.reader);
    destinations.set(account, opened.destination);
  }
  return {
    config,
    reader: byAccount.size > 0 ? new AccountRoutedReader(main.reader, byAccount) : main.reader,
    destinationFor: (account: string) => destinations.get(account) ?? main.destination,
  };
}

async function readFacts(
  inputs: ActionInputs,
  config: LinkConfig,
  request: LinkRequest,
  reader: RepoReader,
  ctx: RunContext,
  io: ActionIo,
): Promise<{ facts?: ClusterFacts; checks: PreflightCheck[] }> {
  if (inputs.factsPath) {
    const path = resolve(io.workspace, inputs.factsPath);
    const facts = parseClusterFactsText(await readFile(path, "utf8"), inputs.factsPath);
    const mismatch = checkFactsMatchRequest(facts, request);
    if (mismatch.length > 0) throw new InvalidInputError(`facts ${inputs.factsPath}`, mismatch);
    return { facts, checks: [] };
  }
  const accounts = await readAccounts(reader);
  const accountId = (account: string, key: string) => {
    const id = accounts[account];
    if (!id) {
      throw new LayoutError(
        `${key} "${account}" is not in config/common.tfvars (accounts: ${Object.keys(accounts).join(", ") || "none"}).`,
      );
    }
    return id;
  };
  const roleName = inputs.lookupRoleName ?? config.aws.lookupRoleName ?? "argocd-cluster-link-lookup";
  const lookupRoleArn =
    inputs.lookupRoleArn ??
    config.aws.lookupRoleArn ??
    defaultRoleArn(accountId(request.targetAccount, "target-account"), roleName);
  const chainName = inputs.chainRoleName ?? config.aws.chainRoleName;
  const source = config.aws.sourceCluster;
  const result = await lookupClusters({
    getIdToken: io.getIdToken,
    ...((inputs.audience ?? config.aws.audience) ? { audience: inputs.audience ?? config.aws.audience } : {}),
    region: inputs.awsRegion ?? config.aws.region ?? request.targetRegion,
    lookupRoleArn,
    ...(chainName
      ? { chainRoleArn: defaultRoleArn(accountId(request.targetAccount, "target-account"), chainName) }
      : {}),
    sessionName: runSessionName(ctx.runId, ctx.runAttempt),
    target: { name: request.targetCluster, region: request.targetRegion },
    ...(source
      ? {
          source: {
            name: source.name,
            region: source.region ?? request.targetRegion,
            roleArn: defaultRoleArn(
              accountId(request.sourceAccount, "source-account"),
              chainName ?? roleName,
            ),
          },
        }
      : {}),
    method: request.method,
    mask: io.setSecret,
    log: io.info,
  });
  if (result.target) {
    const mismatch = checkFactsMatchRequest(result.target, request);
    if (mismatch.length > 0) throw new InvalidInputError("cluster read from EKS", mismatch);
  }
  return { ...(result.target ? { facts: result.target } : {}), checks: result.checks };
}

async function deliver(
  report: RunReport,
  inputs: ActionInputs,
  ctx: RunContext,
  github: GitHub,
  io: ActionIo,
  issue: IssueTrigger | undefined,
): Promise<void> {
  const markdown = renderReport(report);
  io.setOutput("status", report.status);
  io.setOutput(
    "pull-requests",
    JSON.stringify(
      (report.published?.steps ?? [])
        .filter((s) => s.pull)
        .map((s) => ({ number: s.pull!.number, url: s.pull!.url, repository: s.repository, step: s.step })),
    ),
  );
  io.setOutput("api-server", report.facts?.endpoint ?? "");
  io.setOutput("cluster-arn", report.facts?.arn ?? "");
  await io.writeSummary(markdown);

  if (issue && !inputs.dryRun) {
    const repo = { owner: ctx.owner, repo: ctx.repo };
    // The first attempt of an `opened` run is the first run there is for this issue: it cannot have
    // a status comment yet, so there is nothing to look up. (A re-run has run attempt 2 or more.)
    const fresh = issue.action === "opened" && ctx.runAttempt === "1";
    await upsertStatusComment(github, repo, issue.number, renderComment(report), fresh);
    if (report.status !== "denied") await setStateLabel(github, repo, issue, inputs.label, report.status);
  }
  const failed =
    report.status === "failed" ||
    (!issue && (report.status === "invalid" || report.status === "blocked" || report.status === "denied"));
  if (failed) io.setFailed(`${report.headline}${report.detail ? `\n${report.detail}` : ""}`);
  else io.info(`argocd-cluster-link: ${report.status}`);
}

async function upsertStatusComment(
  github: GitHub,
  repo: Repo,
  issueNumber: number,
  body: string,
  fresh: boolean,
): Promise<void> {
  const comments = fresh
    ? []
    : await github.paginate(github.rest.issues.listComments, {
        ...repo,
        issue_number: issueNumber,
        per_page: 100,
      });
  const mine = comments.find((c) => c.body?.startsWith(STATUS_MARKER) && c.user?.type === "Bot");
  if (!mine) {
    await github.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
  } else if (mine.body !== body) {
    await github.rest.issues.updateComment({ ...repo, comment_id: mine.id, body });
  }
}

async function setStateLabel(
  github: GitHub,
  repo: Repo,
  issue: IssueTrigger,
  label: string,
  status: RunStatus,
): Promise<void> {
  const wanted = STATE_LABELS[status] ? `${label}:${STATE_LABELS[status]}` : undefined;
  const stateLabels = new Set(Object.values(STATE_LABELS).map((s) => `${label}:${s}`));
  for (const existing of issue.labels) {
    if (stateLabels.has(existing) && existing !== wanted) {
      await github.rest.issues
        .removeLabel({ ...repo, issue_number: issue.number, name: existing })
        .catch((error: { status?: number }) => {
          if (error.status !== 404) throw error;
        });
    }
  }
  if (wanted && !issue.labels.includes(wanted)) {
    await github.rest.issues.addLabels({ ...repo, issue_number: issue.number, labels: [wanted] });
  }
}
