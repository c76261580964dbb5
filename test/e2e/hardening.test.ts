// Issue 9, "the pull requests and comments are the bot's own": forks, manual runs by different
// people, events in any order, retried writes, reruns, write spacing, failures after publishing,
// bot logins and rate limits. In process against the local GitHub and AWS servers.
import { afterEach, describe, expect, it } from "vitest";
import { STEP_ID } from "../../src/steps/registry.js";
import { renderIssueBody } from "../support/issue-form.js";
import {
  BEARER_REQUEST,
  IAM_REQUEST,
  OWNER,
  REPO,
  TARGET,
  issueEvent,
  openLinkIssue,
  runAction,
  startWorld,
  type World,
} from "./harness.js";
import { expectCleanApiUse, expectLabelFailureAfterPublishingReported } from "./scenarios.js";

let world: World | undefined;
afterEach(async () => {
  if (world) {
    expectCleanApiUse(world);
    await world.close();
    world = undefined;
  }
});

const repo = () => world!.github.repo(OWNER, REPO);
const statusComments = (issue: number) =>
  repo()
    .comments(issue)
    .filter((c) => c.body.includes("argocd-cluster-link:status"));
const pullsOf = (run: { outputs: Record<string, string> }) =>
  JSON.parse(run.outputs["pull-requests"] ?? "[]") as { number: number; step: string }[];
const issueLabels = (issue: number) => repo().issues.find((i) => i.number === issue)!.labels;

describe("pull requests from forks", () => {
  it("a fork's pull request on a branch named like a step is neither adopted nor closed", async () => {
    world = await startWorld();
    const issue = openLinkIssue(world, IAM_REQUEST);
    await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    const marker = (step: string) =>
      `<!-- Argocd-Cluster-Link: demoapps/${step} request=${OWNER}/${REPO}#${issue} -->`;
    // A planned step's branch name, and a link step the plan does not need, with a copied marker.
    const onArgocd = world.github.openForkPull(OWNER, REPO, {
      forkOwner: "mallory",
      head: `argocd-cluster-link/demoapps/${STEP_ID.argocd}`,
      title: "innocent",
      body: `hi\n${marker(STEP_ID.argocd)}`,
      files: { "README.md": "pwned\n" },
    });
    const onRbac = world.github.openForkPull(OWNER, REPO, {
      forkOwner: "mallory",
      head: `argocd-cluster-link/demoapps/${STEP_ID.targetRbac}`,
      title: "also innocent",
      body: `hi\n${marker(STEP_ID.targetRbac)}`,
      files: { "README.md": "pwned\n" },
    });
    const before = (n: number) => repo().pulls.find((p) => p.number === n)!;
    const snapshot = [before(onArgocd), before(onRbac)];

    world.github.editIssue(OWNER, REPO, issue, {
      body: renderIssueBody({ ...IAM_REQUEST, namespaces: ["demoapps", "extra"] }),
    });
    const run = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "edited") });
    expect(run.outputs.status).toBe("published");
    for (const pull of snapshot) {
      const now = repo().pulls.find((p) => p.number === pull.number)!;
      expect(now).toEqual(pull);
      expect(now.headRepo).toBe(`mallory/${REPO}`);
      expect(now.labels).toEqual([]);
      expect(now.comments).toEqual([]);
    }
    const argocd = pullsOf(run).find((p) => p.step === STEP_ID.argocd)!;
    expect(argocd.number).not.toBe(onArgocd);
    expect(repo().pulls.find((p) => p.number === argocd.number)!.headRepo).toBeUndefined();
    expect(statusComments(issue)[0]!.body).not.toContain(`#${onArgocd}`);
    expect(run.outputs.status).toBe("published");
  });
});

describe("manual runs", () => {
  const dispatch = (inputs: Record<string, string>, actor: string) =>
    runAction(
      world!,
      { name: "workflow_dispatch", payload: { inputs, sender: { login: actor } } },
      {},
      { GITHUB_ACTOR: actor },
    );
  const INPUTS = {
    "source-account": "shared",
    "target-account": "apps-devstg",
    "target-region": "us-east-1",
    "target-cluster": TARGET,
    method: "bearer-token",
    access: "view",
    "argocd-cluster-name": "demoapps-readonly",
  };

  it("a second manual run by someone else with the same name leaves the first one's branches alone", async () => {
    world = await startWorld();
    const first = await dispatch(INPUTS, "octo-dev");
    expect(first.outputs.status).toBe("published");
    const branches = repo().branches();
    const bodies = repo().pulls.map((p) => p.body);

    const second = await dispatch({ ...INPUTS, access: "edit" }, "octo-admin");
    expect(second.outputs.status).toBe("partial");
    expect(repo().branches()).toEqual(branches);
    expect(repo().pulls.map((p) => p.body)).toEqual(bodies);
    expect(second.summary).toContain("published this branch for a workflow_dispatch run by `octo-dev`");

    // The same person running it again updates their own branches.
    const again = await dispatch({ ...INPUTS, access: "edit" }, "octo-dev");
    expect(again.outputs.status).toBe("published");
    expect(repo().branches()).not.toEqual(branches);
  });
});

describe("the status comment", () => {
  it("`labeled` before `opened` (GitHub does not order them) still leaves one status comment", async () => {
    world = await startWorld();
    const issue = openLinkIssue(world, BEARER_REQUEST);
    const labeled = await runAction(world, {
      name: "issues",
      payload: issueEvent(world, issue, "labeled", "octo-dev", "cluster-link"),
    });
    expect(labeled.outputs.status).toBe("published");
    const opened = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    expect(opened.outputs.status).toBe("published");
    expect(statusComments(issue)).toHaveLength(1);
  });

  it("a comment POST answered 502 after GitHub created it is not created twice", async () => {
    world = await startWorld();
    const issue = openLinkIssue(world, BEARER_REQUEST);
    world.github.failNext({
      method: "POST",
      path: new RegExp(`/issues/${issue}/comments$`),
      status: 502,
      afterHandling: true,
    });
    const run = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    expect(run.outputs.status).toBe("published");
    expect(world.github.requests.filter((r) => r.injected).map((r) => r.status)).toEqual([502]);
    expect(statusComments(issue)).toHaveLength(1);
  });

  it("a comment POST that failed with a 502 before GitHub acted is tried again", async () => {
    world = await startWorld();
    const issue = openLinkIssue(world, BEARER_REQUEST);
    world.github.failNext({ method: "POST", path: new RegExp(`/issues/${issue}/comments$`), status: 502 });
    const run = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    expect(run.outputs.status).toBe("published");
    expect(statusComments(issue)).toHaveLength(1);
  });

  it("a `renovate[bot]` requester is named in a code span, never as the mention @renovatebot", async () => {
    world = await startWorld();
    const issue = openLinkIssue(world, IAM_REQUEST, "renovate[bot]");
    const run = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    expect(run.outputs.status).toBe("denied");
    const body = repo().comments(issue)[0]!.body;
    expect(body).toContain("`renovate[bot]` has no permission");
    expect(body).not.toMatch(/@renovate/);
  });
});

describe("state labels", () => {
  it.each(["opened", "labeled"])(
    "a rerun of the `%s` job after `failed` leaves only the new state label",
    async (action) => {
      world = await startWorld();
      const issue = openLinkIssue(world, IAM_REQUEST);
      // The event as GitHub sent it, before any run labelled the issue.
      const event = {
        name: "issues",
        payload: issueEvent(
          world,
          issue,
          action,
          "octo-dev",
          action === "labeled" ? "cluster-link" : undefined,
        ),
      };
      world.github.failNext({
        method: "POST",
        path: /\/pulls$/,
        status: 422,
        after: 2,
        body: { message: "Validation Failed" },
      });
      const failed = await runAction(world, event);
      expect(failed.outputs.status).toBe("failed");
      expect(issueLabels(issue)).toContain("cluster-link:failed");

      const rerun = await runAction(world, event, {}, { GITHUB_RUN_ATTEMPT: "2" });
      expect(rerun.outputs.status).toBe("published");
      expect(issueLabels(issue).filter((l) => l.startsWith("cluster-link:"))).toEqual([
        "cluster-link:prs-open",
      ]);
    },
  );

  it("a run after `blocked` replaces it, even when the payload does not list it", async () => {
    world = await startWorld();
    const issue = openLinkIssue(world, IAM_REQUEST);
    const event = { name: "issues", payload: issueEvent(world, issue, "opened") };
    const blocked = await runAction(world, event, {}, { ACTIONS_ID_TOKEN_REQUEST_URL: undefined });
    expect(blocked.outputs.status).toBe("blocked");
    const rerun = await runAction(world, event, {}, { GITHUB_RUN_ATTEMPT: "2" });
    expect(rerun.outputs.status).toBe("published");
    expect(issueLabels(issue).filter((l) => l.startsWith("cluster-link:"))).toEqual([
      "cluster-link:prs-open",
    ]);
  });
});

describe("writes", () => {
  it("every pair of writes is at least api-write-interval-ms apart", async () => {
    world = await startWorld();
    const issue = openLinkIssue(world, BEARER_REQUEST);
    world.github.resetLog();
    const interval = 150;
    const run = await runAction(
      world,
      { name: "issues", payload: issueEvent(world, issue, "opened") },
      { "api-write-interval-ms": String(interval) },
    );
    expect(run.outputs.status).toBe("published");
    const writes = world.github.requests.filter((r) => r.method !== "GET");
    // Branches, commits, pull requests, their labels, the comment and the issue's label.
    expect(writes.map((w) => w.operationId)).toEqual(
      expect.arrayContaining(["issues/create-comment", "issues/add-labels", "pulls/create"]),
    );
    const gaps = writes.slice(1).map((w, i) => w.at - writes[i]!.at);
    // Slack for a loaded machine: `at` is when the fake (in this process) got to the request.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(interval - 40);
  });
});

describe("failures after publishing", () => {
  it("the issue's state label failing: `failed`, with the pull requests, and no stack trace", async () => {
    world = await startWorld();
    await expectLabelFailureAfterPublishingReported(world, runAction);
  });
});

describe("rate limits", () => {
  it("a primary rate limit resetting in an hour ends `failed` with when to rerun, without waiting", async () => {
    world = await startWorld();
    const issue = openLinkIssue(world, BEARER_REQUEST);
    const reset = Math.floor(Date.now() / 1000) + 3600;
    world.github.failNext({
      method: "POST",
      path: /^\/graphql$/,
      status: 403,
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) },
      body: { message: "API rate limit exceeded for installation ID 1." },
    });
    const started = Date.now();
    const run = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.outputs.status).toBe("failed");
    expect(run.code).toBe(1);
    const at = new Date(Math.ceil((reset * 1000) / 60_000) * 60_000).toISOString().slice(11, 16);
    expect(statusComments(issue)[0]!.body).toContain(`rerun after ${at} UTC`);
    expect(run.stdout).toContain(`rerun after ${at} UTC`);
  }, 30_000);

  it("max-rate-limit-wait-seconds must be a whole number of seconds", async () => {
    world = await startWorld();
    const run = await runAction(
      world,
      { name: "workflow_dispatch", payload: { inputs: {} } },
      { "max-rate-limit-wait-seconds": "an hour" },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("max-rate-limit-wait-seconds: must be a whole number of seconds");
  });
});
