// End-to-end: the rest of a link's life through the Action (in process), after the pull requests
// open: merges tick steps off, `/cluster-link` commands on the issue, and verification against the
// fake IAM, EKS and ArgoCD. test/e2e/bundle.test.ts runs the whole life through the built dist/ too.
import { afterEach, describe, expect, it } from "vitest";
import type { FakeAccessEntry, FakeRole } from "./fake-aws/index.js";
import { startFakeArgocd, type FakeArgoCluster, type FakeArgocd } from "./fake-argocd.js";
import {
  DEVSTG_ID,
  IAM_REQUEST,
  OWNER,
  REPO,
  TARGET,
  commentEvent,
  exampleFiles,
  issueEvent,
  openLinkIssue,
  pullClosedEvent,
  runAction,
  startWorld,
  type World,
} from "./harness.js";
import { renderIssueBody } from "../support/issue-form.js";
import {
  applyDemoappsLink,
  comment,
  demoappsServer,
  expectWholeLife,
  labelsOf,
  statusOf,
} from "./lifecycle-scenario.js";
import { expectCleanApiUse } from "./scenarios.js";
import { fakeCluster } from "./fake-aws/index.js";

let world: World | undefined;
let argocd: FakeArgocd | undefined;
afterEach(async () => {
  if (world) {
    expectCleanApiUse(world);
    await world.close();
    world = undefined;
  }
  await argocd?.close();
  argocd = undefined;
});

const repo = () => world!.github.repo(OWNER, REPO);

interface Setup {
  roles: Record<string, FakeRole[]>;
  entries: Record<string, FakeAccessEntry[]>;
}

async function start(options: Parameters<typeof startWorld>[0] = {}): Promise<Setup> {
  const aws: Setup = { roles: {}, entries: {} };
  world = await startWorld({
    ...options,
    aws: { roles: aws.roles, accessEntries: aws.entries, ...options.aws },
  });
  argocd = await startFakeArgocd();
  return aws;
}

/** Opens the iam-role link issue and runs it; returns the issue and its pull requests in order. */
async function published(): Promise<{ issue: number; pulls: { number: number; step: string }[] }> {
  const issue = openLinkIssue(world!, IAM_REQUEST);
  const run = await runAction(world!, { name: "issues", payload: issueEvent(world!, issue, "opened") });
  expect(run.outputs.status).toBe("published");
  return { issue, pulls: JSON.parse(run.outputs["pull-requests"]!) as { number: number; step: string }[] };
}

const closedRun = (number: number) =>
  runAction(world!, { name: "pull_request", payload: pullClosedEvent(world!, number) });

const command = (issue: number, text: string, user = "octo-dev", inputs: Record<string, string> = {}) => {
  const id = comment(world!, issue, text, user);
  return {
    id,
    run: runAction(world!, { name: "issue_comment", payload: commentEvent(world!, issue, id) }, inputs),
  };
};

const reactionsOn = (issue: number, id: number) =>
  repo()
    .comments(issue)
    .find((c) => c.id === id)!
    .reactions.map((r) => r.content);

const argocdInputs = () => ({ "argocd-server": argocd!.url, "argocd-auth-token": argocd!.token });

/**
 * The link opened, its four pull requests merged and (with `apply`) its layers applied in AWS; ArgoCD
 * sees the cluster as `cluster` says, or not at all.
 */
async function mergedAndApplied(
  cluster: Partial<FakeArgoCluster> | undefined,
  { apply = true, options = {} }: { apply?: boolean; options?: Parameters<typeof startWorld>[0] } = {},
) {
  const aws = await start(options);
  const { issue, pulls } = await published();
  for (const p of pulls) world!.github.mergePull(OWNER, REPO, p.number, "octo-admin");
  if (apply) applyDemoappsLink(aws.roles, aws.entries);
  if (cluster)
    argocd!.clusters.set(demoappsServer(world!), { name: "demoapps", namespaces: ["demoapps"], ...cluster });
  return { issue, pulls, aws };
}

describe("a link's whole life", () => {
  it("opened → four pull requests merged in order → verify → linked, and the issue closed", async () => {
    const aws = await start();
    await expectWholeLife(world!, runAction, argocd!, aws);
  });
});

describe("merges tick off steps", () => {
  it("a step merged before an earlier one gets a warning not to apply it yet", async () => {
    await start();
    const { issue, pulls } = await published();
    world!.github.mergePull(OWNER, REPO, pulls[1]!.number, "octo-admin");
    const run = await closedRun(pulls[1]!.number);
    expect(run.outputs.status).toBe("published");
    const body = statusOf(world!, issue);
    expect(body).toContain("> ⚠️ **Merged out of order.**");
    expect(body).toMatch(
      /Step 2 .* was merged before step 1 .*Do not apply step 2 before step 1 is merged and applied\./,
    );
    expect(body).toMatch(/\*\*Next:\*\* Merge \[octo-org\/infra#\d+\]\([^)]+\) \(step 1\)/);
  });

  it("a pull request closed without merging says how to get it back", async () => {
    await start();
    const { issue, pulls } = await published();
    world!.github.editIssue(OWNER, REPO, pulls[0]!.number, { state: "closed" });
    const run = await closedRun(pulls[0]!.number);
    expect(run.outputs.status).toBe("published");
    const body = statusOf(world!, issue);
    expect(body).toMatch(/- ❌ \*\*1\/4\*\* .*closed without merging/);
    expect(body).toContain("was closed without merging: reopen it, or comment `/cluster-link retry`");
    // retry opens it again as a new pull request, and the progress follows the new one.
    const { run: retry } = command(issue, "/cluster-link retry");
    const again = await retry;
    expect(again.outputs.status).toBe("published");
    const newPulls = JSON.parse(again.outputs["pull-requests"]!) as { number: number }[];
    expect(newPulls[0]!.number).not.toBe(pulls[0]!.number);
    expect(statusOf(world!, issue)).toMatch(
      /- ⬜ \*\*1\/4\*\* .*, open \(\w+: reopened as a new pull request/,
    );
  });

  it("ignores a closed pull request that is not the Action's: a hand-made one with a copied branch name", async () => {
    await start();
    const { issue, pulls } = await published();
    const before = statusOf(world!, issue);
    // Same branch name, but opened by a person: not ours, whatever it carries.
    const fork = world!.github.openForkPull(OWNER, REPO, {
      forkOwner: "mallory",
      head: "argocd-cluster-link/demoapps/source-role",
      title: "copy",
      body: "<!-- Argocd-Cluster-Link: demoapps/source-role request=octo-org/infra#1 -->",
      files: { "x.txt": "x\n" },
    });
    world!.github.editIssue(OWNER, REPO, fork, { state: "closed" });
    world!.github.resetLog();
    const run = await closedRun(fork);
    expect(run.outputs.status).toBe("ignored");
    expect(world!.github.requests).toEqual([]);
    expect(statusOf(world!, issue)).toBe(before);
    expect(pulls).toHaveLength(4);
  });

  it("unlink issues get the same checklist", async () => {
    await start();
    const { pulls } = await published();
    for (const p of pulls) world!.github.mergePull(OWNER, REPO, p.number, "octo-admin");
    const unlink = world!.github.openIssue(OWNER, REPO, {
      title: "[unlink cluster]: demoapps",
      body: "### ArgoCD cluster name\n\ndemoapps\n",
      user: "octo-dev",
      labels: ["cluster-unlink"],
    });
    const run = await runAction(world!, { name: "issues", payload: issueEvent(world!, unlink, "opened") });
    expect(run.outputs.status).toBe("published");
    const unlinkPulls = JSON.parse(run.outputs["pull-requests"]!) as { number: number }[];
    world!.github.mergePull(OWNER, REPO, unlinkPulls[0]!.number, "octo-admin");
    const ticked = await closedRun(unlinkPulls[0]!.number);
    expect(ticked.outputs.status).toBe("published");
    expect(statusOf(world!, unlink)).toMatch(
      /- ✅ \*\*1\/4\*\* remove the cluster from ArgoCD .*merged by `octo-admin`/,
    );
    expect(labelsOf(world!, unlink)).toContain("cluster-unlink:prs-open");
    // There is no link to verify on an unlink issue: a short reply, AWS is not asked.
    const calls = world!.aws.calls.length;
    const { id, run: verify } = command(unlink, "/cluster-link verify");
    expect((await verify).outputs.status).toBe("ignored");
    expect(repo().comments(unlink).at(-1)!.body).toContain("checks a link; this is an unlink issue");
    expect(reactionsOn(unlink, id)).toEqual(["eyes", "confused"]);
    expect(world!.aws.calls.length).toBe(calls);
  });
});

describe("comment commands", () => {
  it("a command by a read-only user is denied with a confused reaction only: no OIDC token, no other write", async () => {
    await start();
    const { issue } = await published();
    const before = statusOf(world!, issue);
    world!.github.resetLog();
    const calls = world!.aws.calls.length;
    const { id, run } = command(issue, "/cluster-link verify", "octo-reader", argocdInputs());
    const done = await run;
    expect(done.outputs.status).toBe("denied");
    expect(world!.aws.calls.length).toBe(calls);
    expect(argocd!.requests).toEqual([]);
    const writes = world!.github.requests.filter((r) => r.method !== "GET").map((r) => r.operationId);
    expect(writes).toEqual(["reactions/create-for-issue-comment"]);
    expect(reactionsOn(issue, id)).toEqual(["confused"]);
    expect(statusOf(world!, issue)).toBe(before);
  });

  it("an unknown command gets a short reply listing the commands", async () => {
    await start();
    const { issue } = await published();
    const { id, run } = command(issue, "/cluster-link frobnicate now");
    expect((await run).outputs.status).toBe("ignored");
    const reply = repo().comments(issue).at(-1)!;
    expect(reply.userType).toBe("Bot");
    expect(reply.body).toContain("Unknown command `frobnicate`");
    for (const c of ["status", "retry", "verify", "help"]) expect(reply.body).toContain(`/cluster-link ${c}`);
    expect(reactionsOn(issue, id)).toEqual(["eyes", "confused"]);
  });

  it("comments by bots, ordinary comments and comments on closed issues cost no API call", async () => {
    await start();
    const { issue } = await published();
    world!.github.resetLog();
    const bot = command(issue, "/cluster-link status", "renovate[bot]");
    expect((await bot.run).outputs.status).toBe("ignored");
    const chat = command(issue, "thanks! will merge tomorrow");
    expect((await chat.run).outputs.status).toBe("ignored");
    world!.github.editIssue(OWNER, REPO, issue, { state: "closed" });
    const late = command(issue, "/cluster-link status");
    expect((await late.run).outputs.status).toBe("ignored");
    expect(world!.github.requests).toEqual([]);
  });

  it("`status` refreshes the comment from GitHub: a pull request in an account repository merged there", async () => {
    const all = await exampleFiles("leverage-2026");
    const main: Record<string, string> = {};
    const devstg: Record<string, string> = {};
    for (const [path, text] of Object.entries(all))
      (path.startsWith("apps-devstg/") ? devstg : main)[path] = text;
    main[".github/argocd-cluster-link.yml"] =
      "accounts:\n  apps-devstg:\n    repository: octo-org/infra-apps-devstg\n";
    await start({ files: main, repos: [{ name: "infra-apps-devstg", files: devstg }] });
    const { issue, pulls } = await published();
    world!.github.mergePull(OWNER, REPO, pulls[0]!.number, "octo-admin");
    // Merged in the account repository: no event reaches the home repository's workflow.
    const targetRole = pulls[1]!;
    world!.github.mergePull(OWNER, "infra-apps-devstg", targetRole.number, "octo-admin");
    expect(statusOf(world!, issue)).not.toContain(
      "infra-apps-devstg#1](https://github.com/octo-org/infra-apps-devstg/pull/1), merged",
    );
    const { id, run } = command(issue, "/cluster-link status");
    const done = await run;
    expect(done.outputs.status).toBe("published");
    const body = statusOf(world!, issue);
    expect(body).toMatch(
      /- ✅ \*\*2\/4\*\* .*\[octo-org\/infra-apps-devstg#\d+\]\([^)]+\), merged by `octo-admin`/,
    );
    expect(body).toMatch(
      /Apply step 2: `cd apps-devstg\/global\/base-identities && leverage tf apply`, then merge \[octo-org\/infra-apps-devstg#/,
    );
    expect(reactionsOn(issue, id)).toEqual(["eyes", "rocket"]);
  });
});

describe("verification", () => {
  const verify = async (issue: number, inputs: Record<string, string> = argocdInputs()) => {
    const { id, run } = command(issue, "/cluster-link verify", "octo-dev", inputs);
    return { id, run: await run };
  };
  const resultOf = (run: { outputs: Record<string, string> }, check: string) =>
    (JSON.parse(run.outputs.verification!) as { check: string; result: string; detail: string }[]).find(
      (c) => c.check === check,
    )!;

  it("ArgoCD answering Failed: ❌ with ArgoCD's message, the issue stays open", async () => {
    const { issue } = await mergedAndApplied({
      status: "Failed",
      message: "dial tcp 10.0.0.1:443: i/o timeout",
    });
    const { id, run } = await verify(issue);
    expect(run.outputs.status).toBe("not-linked");
    expect(resultOf(run, "argocd-connection")).toMatchObject({ result: "fail" });
    expect(resultOf(run, "argocd-connection").detail).toContain("dial tcp 10.0.0.1:443: i/o timeout");
    expect(repo().issues.find((i) => i.number === issue)!.state).toBe("open");
    expect(labelsOf(world!, issue)).toContain("cluster-link:merged");
    expect(statusOf(world!, issue)).toContain("## argocd-cluster-link: Not linked yet");
    expect(reactionsOn(issue, id)).toEqual(["eyes", "confused"]);
  });

  it("ArgoCD answering Unknown: ➖ with why (no Application targets the cluster yet)", async () => {
    const { issue } = await mergedAndApplied({ status: "Unknown" });
    const { run } = await verify(issue);
    expect(run.outputs.status).toBe("not-linked");
    expect(resultOf(run, "argocd-connection").result).toBe("skip");
    expect(resultOf(run, "argocd-connection").detail).toContain("only once an Application targets it");
    expect(statusOf(world!, issue)).toContain("| ➖ | `argocd-connection` |");
  });

  it("ArgoCD answering 401: a clear ❌, and the token is never shown", async () => {
    const { issue } = await mergedAndApplied({ status: "Successful" });
    const { run } = await verify(issue, {
      "argocd-server": argocd!.url,
      "argocd-auth-token": "wrong-token-value",
    });
    expect(resultOf(run, "argocd-connection")).toMatchObject({ result: "fail" });
    expect(resultOf(run, "argocd-connection").detail).toContain("401");
    expect(run.stdout).toContain("::add-mask::wrong-token-value");
    expect(
      run.stdout.replace("::add-mask::wrong-token-value", "") + run.summary + statusOf(world!, issue),
    ).not.toContain("wrong-token-value");
  });

  it("ArgoCD not answering: ❌ after the timeout, not a crash", async () => {
    const { issue } = await mergedAndApplied({ status: "Successful" });
    argocd!.hang = true;
    const { run } = await verify(issue, { ...argocdInputs(), "argocd-timeout-seconds": "1" });
    expect(run.code, run.stdout).toBe(0);
    expect(resultOf(run, "argocd-connection")).toMatchObject({ result: "fail" });
    expect(resultOf(run, "argocd-connection").detail).toContain("did not answer within 1 seconds");
  });

  it("layers not applied yet: each ❌ names the step and its apply command", async () => {
    const { issue } = await mergedAndApplied(undefined, { apply: false });
    const { run } = await verify(issue);
    expect(run.outputs.status).toBe("not-linked");
    expect(resultOf(run, "target-role").detail).toBe(
      "role `argocd-link-demoapps` does not exist in account `apps-devstg`: step target-role is not applied yet (`cd apps-devstg/global/base-identities && leverage tf apply`).",
    );
    expect(resultOf(run, "cluster-access").detail).toContain("step cluster-access is not applied yet");
    expect(resultOf(run, "argocd-connection").detail).toContain("ArgoCD answered 403");
  });

  it("aws-auth clusters: the cluster access is ➖ (the ConfigMap is not readable from AWS) and ArgoCD decides", async () => {
    const { issue, aws } = await mergedAndApplied(
      { status: "Successful", legacyState: true },
      {
        options: {
          aws: {
            clusters: {
              [DEVSTG_ID]: [
                fakeCluster({ name: TARGET, accountId: DEVSTG_ID, authenticationMode: "CONFIG_MAP" }),
              ],
            },
          },
        },
      },
    );
    aws.entries[DEVSTG_ID] = [];
    const { run } = await verify(issue);
    expect(resultOf(run, "cluster-access").result).toBe("skip");
    expect(resultOf(run, "cluster-access").detail).toContain(
      "aws-auth ConfigMap, which is not readable from AWS",
    );
    expect(run.outputs.status).toBe("linked");
  });

  it("workflow_dispatch with command verify reports in the summary and outputs, and fails the job when not linked", async () => {
    await mergedAndApplied({ status: "Failed", message: "dial tcp 10.0.0.1:443: i/o timeout" });
    const run = await runAction(
      world!,
      {
        name: "workflow_dispatch",
        payload: {
          inputs: { command: "verify", "argocd-cluster-name": "demoapps" },
          sender: { login: "octo-dev" },
        },
      },
      argocdInputs(),
    );
    expect(run.outputs.status).toBe("not-linked");
    expect(run.code).toBe(1);
    expect(run.summary).toContain("### Verification");
    expect(run.summary).toContain("`argocd-connection`");
  });
});

describe("GitHub API calls of the lifecycle's events", () => {
  /** Each API call of the last run, by operation; the archive host is not the API. */
  const callsOf = () =>
    world!.github.requests.filter((r) => r.operationId !== undefined).map((r) => r.operationId!);

  it("a merged step: 8 reads and the comment; status: 10 calls; verify: 14, reading the repository once", async () => {
    const aws = await start();
    const { issue, pulls } = await published();

    world!.github.mergePull(OWNER, REPO, pulls[0]!.number, "octo-admin");
    world!.github.resetLog();
    await closedRun(pulls[0]!.number);
    // The head commit, the issue, its comments and 4 pull requests; the comment, and the label list.
    expect(callsOf()).toEqual([
      "git/get-commit",
      "issues/get",
      "issues/list-comments",
      "pulls/get",
      "pulls/get",
      "pulls/get",
      "pulls/get",
      "issues/update-comment",
      "issues/list-labels-on-issue",
    ]);

    world!.github.resetLog();
    await command(issue, "/cluster-link status").run;
    const status = callsOf();
    expect(status.filter((c) => c.startsWith("reactions/"))).toHaveLength(2);
    expect(status.filter((c) => c === "pulls/get")).toHaveLength(4);
    expect(status.length).toBeLessThanOrEqual(10);

    for (const p of pulls.slice(1)) world!.github.mergePull(OWNER, REPO, p.number, "octo-admin");
    applyDemoappsLink(aws.roles, aws.entries);
    world!.github.resetLog();
    const calls = world!.aws.calls.length;
    await command(issue, "/cluster-link verify", "octo-dev").run;
    const verify = callsOf();
    // One read of the repository (branch tip and archive), no per-file call.
    expect(verify.filter((c) => c === "repos/get-branch")).toHaveLength(1);
    expect(verify.filter((c) => c === "repos/download-tarball-archive")).toHaveLength(1);
    expect(verify.length).toBeLessThanOrEqual(16);
    // AWS: the OIDC token, one AssumeRoleWithWebIdentity, GetRole, DescribeAccessEntry, ListAssociatedAccessPolicies.
    expect(world!.aws.calls.slice(calls).map((c) => `${c.service}:${c.action}`)).toEqual([
      expect.stringMatching(/^oidc:/),
      "sts:AssumeRoleWithWebIdentity",
      "iam:GetRole",
      "eks:DescribeAccessEntry",
      "eks:ListAssociatedAccessPolicies",
    ]);
  });
});

describe("the record survives what could lose it", () => {
  it("a denied edit keeps the progress, and the next merge still ticks its step", async () => {
    await start();
    const { issue, pulls } = await published();
    world!.github.editIssue(OWNER, REPO, issue, { title: "[link cluster]: demoapps (edited)" });
    const denied = await runAction(world!, {
      name: "issues",
      payload: issueEvent(world!, issue, "edited", "octo-reader"),
    });
    expect(denied.outputs.status).toBe("denied");
    expect(statusOf(world!, issue)).toContain("argocd-cluster-link:record");
    expect(statusOf(world!, issue)).toMatch(/- ⬜ \*\*1\/4\*\* /);
    world!.github.mergePull(OWNER, REPO, pulls[0]!.number, "octo-admin");
    const ticked = await closedRun(pulls[0]!.number);
    expect(ticked.outputs.status).toBe("published");
    expect(statusOf(world!, issue)).toMatch(/- ✅ \*\*1\/4\*\* .*merged by `octo-admin`/);
  });

  it("ArgoCD's message with a line break is one line in the log and the comment, and the record still reads", async () => {
    const { issue } = await mergedAndApplied({
      status: "Failed",
      message: "unable to connect\n::error::injected | row",
    });
    const { run } = command(issue, "/cluster-link verify", "octo-dev", argocdInputs());
    const done = await run;
    expect(done.stdout).not.toMatch(/^::error::injected/m);
    const body = statusOf(world!, issue);
    expect(body).toContain("unable to connect ::error::injected \\| row");
    // A later status still finds the record (and its verification).
    const { run: status } = command(issue, "/cluster-link status");
    expect((await status).outputs.status).toBe("merged");
    expect(statusOf(world!, issue)).toContain("### Verification");
  });

  it("verify while a step of the request is still open: the base branch works, but not linked, and the issue stays open", async () => {
    const { issue } = await mergedAndApplied({ status: "Successful" });
    // The request changes: new pull requests open for the steps that differ.
    world!.github.editIssue(OWNER, REPO, issue, {
      body: renderIssueBody({ ...IAM_REQUEST, namespaces: ["demoapps", "extra"] }),
    });
    const edited = await runAction(world!, { name: "issues", payload: issueEvent(world!, issue, "edited") });
    expect(edited.outputs.status).toBe("published");
    const { run } = command(issue, "/cluster-link verify", "octo-dev", argocdInputs());
    const done = await run;
    const checks = JSON.parse(done.outputs.verification!) as { result: string }[];
    expect(checks.every((c) => c.result !== "fail")).toBe(true);
    expect(done.outputs.status).toBe("not-linked");
    expect(statusOf(world!, issue)).toMatch(
      /The link in the base branch works, but steps? [\d, ]+ of this request (is|are) not merged yet/,
    );
    expect(repo().issues.find((i) => i.number === issue)!.state).toBe("open");
    expect(labelsOf(world!, issue)).toContain("cluster-link:prs-open");
  });

  it("`/cluster-link status` with nothing recorded replies and runs nothing", async () => {
    await start();
    const issue = openLinkIssue(world!, IAM_REQUEST);
    world!.github.resetLog();
    const { id, run } = command(issue, "/cluster-link status");
    expect((await run).outputs.status).toBe("ignored");
    expect(world!.aws.calls).toEqual([]);
    expect(repo().pulls).toEqual([]);
    expect(repo().comments(issue).at(-1)!.body).toContain("comment `/cluster-link retry` to run the request");
    expect(reactionsOn(issue, id)).toEqual(["eyes", "confused"]);
  });

  it("workflow_dispatch verify by someone without an allowed permission is denied before any token", async () => {
    await start();
    const run = await runAction(
      world!,
      {
        name: "workflow_dispatch",
        payload: {
          inputs: { command: "verify", "argocd-cluster-name": "demoapps" },
          sender: { login: "octo-reader" },
        },
      },
      argocdInputs(),
    );
    expect(run.outputs.status).toBe("denied");
    expect(world!.aws.calls).toEqual([]);
    expect(argocd!.requests).toEqual([]);
  });

  it("with close-when-linked false the issue stays open, and a later status keeps it linked", async () => {
    const { issue } = await mergedAndApplied({ status: "Successful" });
    const { run } = command(issue, "/cluster-link verify", "octo-dev", {
      ...argocdInputs(),
      "close-when-linked": "false",
    });
    expect((await run).outputs.status).toBe("linked");
    expect(repo().issues.find((i) => i.number === issue)!.state).toBe("open");
    const { run: status } = command(issue, "/cluster-link status");
    expect((await status).outputs.status).toBe("linked");
    expect(labelsOf(world!, issue)).toContain("cluster-link:linked");
    expect(repo().issues.find((i) => i.number === issue)!.state).toBe("open");
  });
});
