// End-to-end: the Action, run in process with the environment a GitHub runner gives it, against the
// local GitHub (checked against GitHub's OpenAPI description) and AWS (OIDC, STS, EKS) servers.
// test/e2e/bundle.test.ts runs the scenarios of scenarios.ts through the built dist/index.js too.
import { afterEach, describe, expect, it } from "vitest";
import { planLink } from "../../src/plan/plan.js";
import { MemoryRepo } from "../../src/repo/reader.js";
import { STEP_ID } from "../../src/steps/registry.js";
import { exampleFacts, exampleRequest, mergePlan } from "../support/cases.js";
import { renderIssueBody } from "../support/issue-form.js";
import {
  BEARER_REQUEST,
  IAM_REQUEST,
  OWNER,
  REPO,
  TARGET,
  exampleFiles,
  issueEvent,
  openLinkIssue,
  runAction,
  startWorld,
  type World,
} from "./harness.js";
import { expectCleanApiUse, expectIamLinkPublished } from "./scenarios.js";

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

describe("link from an issue", () => {
  it("iam-role: one pull request per step in apply order, and one status comment with the cluster read from EKS", async () => {
    world = await startWorld();
    await expectIamLinkPublished(world, runAction);
  });
});

const pullsOf = (run: { outputs: Record<string, string> }) =>
  JSON.parse(run.outputs["pull-requests"] ?? "[]") as {
    number: number;
    step: string;
    url: string;
    repository: string;
  }[];
const writes = () => world!.github.requests.filter((r) => r.method !== "GET");
/** Paths whose content differs between two commits of the repository. */
const changedPaths = (from: string, to: string) => {
  const a = repo().files(from);
  const b = repo().files(to);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((path) => a[path] !== b[path]);
};

describe("accounts in several repositories", () => {
  it("opens each step's pull request in the repository of its account, in order across repositories", async () => {
    const all = await exampleFiles("leverage-2026");
    const main: Record<string, string> = {};
    const devstg: Record<string, string> = {};
    for (const [path, text] of Object.entries(all))
      (path.startsWith("apps-devstg/") ? devstg : main)[path] = text;
    main[".github/argocd-cluster-link.yml"] =
      "accounts:\n  apps-devstg:\n    repository: octo-org/infra-apps-devstg\n";
    world = await startWorld({ files: main, repos: [{ name: "infra-apps-devstg", files: devstg }] });
    const issue = openLinkIssue(world, IAM_REQUEST);
    const run = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    expect(run.outputs.status).toBe("published");
    const pulls = pullsOf(run);
    expect(pulls.map((p) => [p.step, p.repository])).toEqual([
      [STEP_ID.sourceRole, "octo-org/infra"],
      [STEP_ID.targetRole, "octo-org/infra-apps-devstg"],
      [STEP_ID.clusterAccess, "octo-org/infra-apps-devstg"],
      [STEP_ID.argocd, "octo-org/infra"],
    ]);
    const other = world.github.repo(OWNER, "infra-apps-devstg");
    const targetRole = other.pulls.find((p) => p.head.endsWith("/target-role"))!;
    expect(targetRole.body).toContain(`Merge and apply after octo-org/infra#${pulls[0]!.number} (step 1).`);
    expect(targetRole.body).toContain(`Requested in octo-org/infra#${issue}.`);
    expect(
      other.readFile(targetRole.head, "apps-devstg/global/base-identities/argocd_link_demoapps.tf"),
    ).toContain("argocd-link-demoapps");
    // Nothing of another account lands in the wrong repository.
    expect(
      Object.keys(repo().files(repo().pulls.find((p) => p.head.endsWith("/source-role"))!.head)).some((f) =>
        f.startsWith("apps-devstg/"),
      ),
    ).toBe(false);
  });
});

describe("reruns and edits", () => {
  it("a rerun with the same request makes no commit and no pull request and updates the one comment", async () => {
    world = await startWorld();
    const issue = openLinkIssue(world, IAM_REQUEST);
    const first = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    const branches = repo().branches();
    const pullCount = repo().pulls.length;
    world.github.resetLog();
    const second = await runAction(world, {
      name: "issues",
      payload: issueEvent(world, issue, "labeled", "octo-dev", "cluster-link"),
    });
    expect(second.outputs.status).toBe("published");
    expect(pullsOf(second)).toEqual(pullsOf(first));
    expect(repo().branches()).toEqual(branches);
    expect(repo().pulls).toHaveLength(pullCount);
    expect(statusComments(issue)).toHaveLength(1);
    // Only the status comment changes (it links the new run).
    expect(writes().map((r) => r.operationId)).toEqual(["issues/update-comment"]);
  });

  it("re-running the job of an `opened` event (run attempt 2) updates the one comment", async () => {
    world = await startWorld();
    const issue = openLinkIssue(world, IAM_REQUEST);
    const event = { name: "issues", payload: issueEvent(world, issue, "opened") };
    await runAction(world, event);
    const again = await runAction(world, event, {}, { GITHUB_RUN_ATTEMPT: "2" });
    expect(again.outputs.status).toBe("published");
    expect(statusComments(issue)).toHaveLength(1);
  });

  it("an edited request updates the branches and pull request bodies in place", async () => {
    world = await startWorld();
    const issue = openLinkIssue(world, IAM_REQUEST);
    const first = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    const before = repo().branches();
    world.github.editIssue(OWNER, REPO, issue, {
      body: renderIssueBody({ ...IAM_REQUEST, namespaces: ["demoapps", "extra"] }),
    });
    const second = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "edited") });
    expect(second.outputs.status).toBe("published");
    expect(pullsOf(second).map((p) => p.number)).toEqual(pullsOf(first).map((p) => p.number));
    const after = repo().branches();
    // The namespaces only matter to the cluster access and the ArgoCD entry.
    expect(after["argocd-cluster-link/demoapps/source-role"]).toBe(
      before["argocd-cluster-link/demoapps/source-role"],
    );
    for (const step of [STEP_ID.clusterAccess, STEP_ID.argocd]) {
      const branch = `argocd-cluster-link/demoapps/${step}`;
      expect(after[branch]).not.toBe(before[branch]);
      expect(repo().commit(after[branch]!)!.parents).toEqual([before[branch]]);
    }
    const argocd = repo().pulls.find((p) => p.head === "argocd-cluster-link/demoapps/argocd")!;
    expect(argocd.body).toContain("`demoapps`, `extra`");
    expect(statusComments(issue)).toHaveLength(1);
  });

  it("a human commit on a bot branch is reported and left alone", async () => {
    world = await startWorld();
    const issue = openLinkIssue(world, IAM_REQUEST);
    await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    const branch = "argocd-cluster-link/demoapps/target-role";
    const human = world.github.humanCommit(
      OWNER,
      REPO,
      branch,
      { "apps-devstg/global/base-identities/notes.md": "tweak\n" },
      "Reviewer tweak",
    );
    world.github.editIssue(OWNER, REPO, issue, {
      body: renderIssueBody({ ...IAM_REQUEST, access: "admin" }),
    });
    const run = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "edited") });
    expect(run.outputs.status).toBe("partial");
    expect(repo().branches()[branch]).toBe(human);
    const body = statusComments(issue)[0]!.body;
    expect(body).toMatch(
      /human-commit: the branch's last commit [0-9a-f]{12} was not made by argocd-cluster-link/,
    );
    // The other steps still follow the edit.
    expect(
      repo().readFile(
        "argocd-cluster-link/demoapps/cluster-access",
        "apps-devstg/us-east-1/k8s-eks-demoapps/cluster/argocd_link_demoapps__access.tf",
      ),
    ).toContain("AmazonEKSAdminPolicy");
  });

  it("an update after the base branch moved merges the base in, so the pull request does not conflict", async () => {
    world = await startWorld();
    const issue = openLinkIssue(world, IAM_REQUEST);
    await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    const oldMain = repo().branches().main!;
    const before = repo().branches();
    // Another change merged into main meanwhile: a line elsewhere in a file the argocd step edits,
    // and a file no step touches.
    const values = "shared/us-east-1/k8s-eks/k8s-components/chart-values/argocd.yaml";
    const newMain = world.github.humanCommit(
      OWNER,
      REPO,
      "main",
      {
        [values]: `${repo().readFile("main", values)!}# kept by the next link\n`,
        "docs/elsewhere.md": "hi\n",
      },
      "Another link",
    );
    world.github.editIssue(OWNER, REPO, issue, {
      body: renderIssueBody({ ...IAM_REQUEST, namespaces: ["demoapps", "extra"] }),
    });
    const run = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "edited") });
    expect(run.outputs.status).toBe("published");

    const after = repo().branches();
    for (const step of [STEP_ID.clusterAccess, STEP_ID.argocd]) {
      const branch = `argocd-cluster-link/demoapps/${step}`;
      const head = repo().commit(after[branch]!)!;
      // A merge commit: the old head first (a fast forward of the branch), then the new base.
      expect(head.parents).toEqual([before[branch], newMain]);
      expect(head.verified).toBe(true);
      // The tree is the new base plus the step's files: nothing else differs from main.
      const stepFiles = changedPaths(oldMain, before[branch]!);
      const mainFiles = repo().files("main");
      const branchFiles = repo().files(branch);
      const differing = [...new Set([...Object.keys(mainFiles), ...Object.keys(branchFiles)])].filter(
        (path) => mainFiles[path] !== branchFiles[path],
      );
      expect(differing.length).toBeGreaterThan(0);
      expect(stepFiles).toEqual(expect.arrayContaining(differing));
    }
    const branchValues = repo().readFile("argocd-cluster-link/demoapps/argocd", values)!;
    expect(branchValues).toContain("# kept by the next link");
    expect(branchValues).toMatch(/demoapps,\s*extra|- extra/);
    // A step that did not change stays where it was.
    expect(after["argocd-cluster-link/demoapps/source-role"]).toBe(
      before["argocd-cluster-link/demoapps/source-role"],
    );

    // The next update, with main where it is, needs no second merge.
    world.github.editIssue(OWNER, REPO, issue, {
      body: renderIssueBody({ ...IAM_REQUEST, namespaces: ["demoapps", "extra", "third"] }),
    });
    await runAction(world, { name: "issues", payload: issueEvent(world, issue, "edited") });
    const branch = "argocd-cluster-link/demoapps/argocd";
    expect(repo().commit(repo().branches()[branch]!)!.parents).toEqual([after[branch]]);
  });

  it("a pull request a reviewer closed comes back as a new one on the next edit, and the report says so", async () => {
    world = await startWorld();
    const issue = openLinkIssue(world, IAM_REQUEST);
    const first = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    const closed = pullsOf(first).find((p) => p.step === STEP_ID.argocd)!.number;
    world.github.editIssue(OWNER, REPO, closed, { state: "closed" });
    world.github.editIssue(OWNER, REPO, issue, {
      body: renderIssueBody({ ...IAM_REQUEST, namespaces: ["demoapps", "extra"] }),
    });
    const run = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "edited") });
    expect(run.outputs.status).toBe("published");
    const reopened = pullsOf(run).find((p) => p.step === STEP_ID.argocd)!.number;
    expect(reopened).not.toBe(closed);
    expect(repo().pulls.find((p) => p.number === closed)!.state).toBe("closed");
    expect(repo().pulls.find((p) => p.number === reopened)!.labels).toContain("cluster-link");
    expect(statusComments(issue)[0]!.body).toContain(
      `(updated: reopened as a new pull request (the previous one, #${closed}, was closed))`,
    );
  });
});

describe("requests that share an argocd-cluster-name", () => {
  it("records who requested each step and leaves another request's branches and pull requests alone", async () => {
    world = await startWorld();
    const first = openLinkIssue(world, IAM_REQUEST);
    const a = await runAction(world, { name: "issues", payload: issueEvent(world, first, "opened") });
    expect(a.outputs.status).toBe("published");
    const mine = `${OWNER}/${REPO}#${first}`;
    for (const p of pullsOf(a)) {
      const pull = repo().pulls.find((x) => x.number === p.number)!;
      expect(repo().commit(pull.headSha)!.message).toContain(`\nArgocd-Cluster-Link-Request: ${mine}\n`);
      expect(pull.body).toContain(`<!-- Argocd-Cluster-Link: demoapps/${p.step} request=${mine} -->`);
    }
    const branches = repo().branches();
    const pullsBefore = repo().pulls;

    // A second issue, another method, same argocd-cluster-name: it needs target-rbac and argocd,
    // not the first issue's source-role, target-role and cluster-access.
    const second = openLinkIssue(world, { ...BEARER_REQUEST, "argocd-cluster-name": "demoapps" });
    const b = await runAction(world, { name: "issues", payload: issueEvent(world, second, "opened") });
    expect(b.outputs.status).toBe("partial");
    for (const [name, sha] of Object.entries(branches)) {
      if (name !== "main") expect(repo().branches()[name]).toBe(sha);
    }
    for (const pull of pullsBefore) {
      const now = repo().pulls.find((p) => p.number === pull.number)!;
      expect(now.state).toBe("open");
      expect(now.body).toBe(pull.body);
      expect(now.comments).toEqual([]);
    }
    // Its own step is published; the taken one is reported, with what to do.
    expect(pullsOf(b).map((p) => p.step)).toEqual([STEP_ID.targetRbac]);
    const argocdPull = pullsOf(a).find((p) => p.step === STEP_ID.argocd)!.number;
    const body = statusComments(second)[0]!.body;
    expect(body).toContain(
      `(other-request: argocd-cluster-link published this branch for the request ${mine} (pull request #${argocdPull}), ` +
        'which uses the same argocd-cluster-name "demoapps"; this step is left as it is: choose another argocd-cluster-name for this request)',
    );
    expect(body).toContain("Choose another argocd-cluster-name for this link and edit the issue.");
    expect(repo().issues.find((i) => i.number === second)!.labels).toContain("cluster-link:prs-open");

    // The first issue, run again, neither takes nor closes the second one's pull request.
    const again = await runAction(world, {
      name: "issues",
      payload: issueEvent(world, first, "labeled", "octo-dev", "cluster-link"),
    });
    expect(again.outputs.status).toBe("published");
    expect(repo().pulls.every((p) => p.state === "open")).toBe(true);
    expect(repo().pulls).toHaveLength(5);
  });

  it("a branch from before requesters were recorded counts as the request's own", async () => {
    world = await startWorld();
    const issue = openLinkIssue(world, IAM_REQUEST);
    const branch = "argocd-cluster-link/demoapps/argocd";
    // The commit message of an earlier version: no Request trailer.
    world.github.humanCommit(
      OWNER,
      REPO,
      branch,
      { "docs/old.md": "old\n" },
      "Old link\n\nArgocd-Cluster-Link: demoapps/argocd\nArgocd-Cluster-Link-Digest: 0\n",
    );
    const run = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    expect(run.outputs.status).toBe("published");
    expect(statusComments(issue)[0]!.body).toMatch(/\*\*4\/4\*\* .*, open \(updated\)$/m);
    expect(repo().commit(repo().branches()[branch]!)!.message).toContain(
      `Argocd-Cluster-Link-Request: ${OWNER}/${REPO}#${issue}`,
    );
  });
});

describe("failures GitHub causes", () => {
  it("survives a transient 502 and a secondary rate limit", async () => {
    world = await startWorld();
    const issue = openLinkIssue(world, IAM_REQUEST);
    world.github.failNext({ method: "POST", path: /\/git\/refs$/, status: 502, times: 1 });
    world.github.failNext({
      method: "POST",
      path: /^\/graphql$/,
      status: 403,
      headers: { "retry-after": "1" },
      body: {
        message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
      },
      times: 1,
    });
    const run = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    expect(run.outputs.status).toBe("published");
    expect(pullsOf(run)).toHaveLength(4);
    expect(world.github.requests.filter((r) => r.injected).map((r) => r.status)).toEqual([502, 403]);
  });

  it("a pull request whose label could not be added gets it on the rerun", async () => {
    world = await startWorld();
    const issue = openLinkIssue(world, IAM_REQUEST);
    // The first pull request's label (a permanent error: no retry).
    world.github.failNext({
      method: "POST",
      path: /\/issues\/\d+\/labels$/,
      status: 422,
      body: { message: "Validation Failed" },
    });
    const failed = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    expect(failed.outputs.status).toBe("failed");
    const unlabelled = repo().pulls[0]!;
    expect(unlabelled.labels).toEqual([]);

    world.github.resetLog();
    const rerun = await runAction(world, {
      name: "issues",
      payload: issueEvent(world, issue, "labeled", "octo-dev", "cluster-link"),
    });
    expect(rerun.outputs.status).toBe("published");
    expect(repo().pulls).toHaveLength(4);
    expect(repo().pulls.every((p) => p.labels.includes("cluster-link"))).toBe(true);
    // One label call for that pull request; the pull requests this rerun opens get theirs as before.
    const labelCalls = world.github.requests.filter((r) => r.operationId === "issues/add-labels");
    expect(labelCalls.filter((r) => r.path.endsWith(`/issues/${unlabelled.number}/labels`))).toHaveLength(1);
    const opened = pullsOf(rerun).filter((p) => p.number !== unlabelled.number);
    expect(labelCalls).toHaveLength(1 + opened.length + 1); // + the issue's state label

    // And a further rerun adds none.
    world.github.resetLog();
    await runAction(world, {
      name: "issues",
      payload: issueEvent(world, issue, "labeled", "octo-dev", "cluster-link"),
    });
    expect(world.github.requests.filter((r) => r.operationId === "issues/add-labels")).toEqual([]);
  });

  it("a failure in the middle of the steps is reported, and a rerun finishes without duplicates", async () => {
    world = await startWorld();
    const issue = openLinkIssue(world, IAM_REQUEST);
    // The third pull request cannot be created (a permanent error: no retry).
    world.github.failNext({
      method: "POST",
      path: /\/pulls$/,
      status: 422,
      after: 2,
      body: { message: "Validation Failed" },
    });
    const failed = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    expect(failed.outputs.status).toBe("failed");
    expect(failed.code).toBe(1);
    expect(repo().pulls).toHaveLength(2);
    expect(statusComments(issue)[0]!.body).toContain("run the workflow again");
    // The call that failed, next to GitHub's message.
    expect(statusComments(issue)[0]!.body).toContain(
      "GitHub call POST /repos/octo-org/infra/pulls failed with HTTP 422: Validation Failed",
    );
    // The pull requests that were opened are links, not code spans.
    const first = repo().pulls[0]!;
    const body = statusComments(issue)[0]!.body;
    const line = body.split("\n").find((l) => l.startsWith("1. ")) ?? "";
    expect(line).toMatch(new RegExp(`\\]\\(https?://[^)]+/octo-org/infra/pull/${first.number}\\) `));
    expect(line.startsWith(`1. [octo-org/infra#${first.number}](`)).toBe(true);
    expect(body).not.toContain("`octo-org/infra#");
    expect(repo().issues.find((i) => i.number === issue)!.labels).toContain("cluster-link:failed");

    const rerun = await runAction(world, {
      name: "issues",
      payload: issueEvent(world, issue, "labeled", "octo-dev", "cluster-link"),
    });
    expect(rerun.outputs.status).toBe("published");
    expect(pullsOf(rerun).map((p) => p.step)).toEqual([
      STEP_ID.sourceRole,
      STEP_ID.targetRole,
      STEP_ID.clusterAccess,
      STEP_ID.argocd,
    ]);
    expect(repo().pulls).toHaveLength(4);
    expect(new Set(repo().pulls.map((p) => p.head)).size).toBe(4);
    const labels = repo().issues.find((i) => i.number === issue)!.labels;
    expect(labels).toContain("cluster-link:prs-open");
    expect(labels).not.toContain("cluster-link:failed");
  });
});

describe("dry run", () => {
  it("reads, plans and reports in the job summary, and writes nothing to GitHub", async () => {
    world = await startWorld();
    const issue = openLinkIssue(world, IAM_REQUEST);
    world.github.resetLog();
    const run = await runAction(
      world,
      { name: "issues", payload: issueEvent(world, issue, "opened") },
      { "dry-run": "true" },
    );
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe("dry-run");
    expect(writes()).toEqual([]);
    expect(repo().comments(issue)).toEqual([]);
    expect(run.summary).toContain("Dry run: nothing was written");
    // The title is prose (escaped), the repository a code span.
    expect(run.summary.replace(/\\([^\n])/g, "$1")).toMatch(
      /1\. `octo-org\/infra` argocd-cluster-link demoapps 1\/4 \(shared\)[^\n]* \(dry-run: would be created\)/,
    );
    // Each file's diff, collapsed per file: nothing is on GitHub to review.
    const details =
      run.summary.match(/<details><summary>(create|update) <code>[^<]+<\/code><\/summary>/g) ?? [];
    expect(details.length).toBeGreaterThanOrEqual(4);
    expect(run.summary).toMatch(/```diff\n\s*=+\n\s*--- (a\/|\/dev\/null)/);
    expect(run.summary).toMatch(/^ {3}\+.*demoapps/m);
  });
});

describe("requests that go nowhere", () => {
  it("an invalid form gets one comment listing every invalid field, and nothing else", async () => {
    world = await startWorld();
    const issue = openLinkIssue(world, {
      ...IAM_REQUEST,
      "target-region": "mars-1",
      method: "carrier-pigeon",
      namespaces: ["Bad_NS"],
    });
    const run = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe("invalid");
    const comments = statusComments(issue);
    expect(comments).toHaveLength(1);
    for (const field of ["target-region", "method", "namespaces[0]"])
      expect(comments[0]!.body).toContain(`\`${field}\``);
    expect(repo().pulls).toEqual([]);
    expect(Object.keys(repo().branches())).toEqual(["main"]);
    expect(repo().issues.find((i) => i.number === issue)!.labels).toContain("cluster-link:invalid");
    expect(world.aws.calls).toEqual([]);
  });

  it("an unauthorized requester gets one comment; no token, no AWS call, no branch", async () => {
    world = await startWorld();
    const issue = openLinkIssue(world, IAM_REQUEST, "octo-reader");
    const run = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    expect(run.outputs.status).toBe("denied");
    const comments = repo().comments(issue);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain("`read` permission");
    expect(comments[0]!.body).toContain("ask them to open it");
    expect(world.aws.calls).toEqual([]);
    expect(Object.keys(repo().branches())).toEqual(["main"]);
    expect(repo().pulls).toEqual([]);
  });

  it("an editor without permission cannot rerun someone else's request", async () => {
    world = await startWorld();
    const issue = openLinkIssue(world, IAM_REQUEST);
    const run = await runAction(world, {
      name: "issues",
      payload: issueEvent(world, issue, "edited", "octo-reader"),
    });
    expect(run.outputs.status).toBe("denied");
    expect(world.aws.calls).toEqual([]);
  });

  it("invalid Action inputs fail the step, naming every input and what it accepts, before any call", async () => {
    world = await startWorld();
    const issue = openLinkIssue(world, IAM_REQUEST);
    world.github.resetLog();
    const run = await runAction(
      world,
      { name: "issues", payload: issueEvent(world, issue, "opened") },
      { "dry-run": "maybe", command: "deploy", "allowed-permissions": "write,owner", "github-token": "" },
    );
    expect(run.code).toBe(1);
    const error = /::error::([\s\S]*)/.exec(run.stdout)?.[1] ?? "";
    for (const [input, accepts] of [
      ["dry-run", "must be true or false"],
      ["command", "must be link, unlink, rotate, verify or auto"],
      ["allowed-permissions", "must list some of admin, maintain, write, triage, read"],
      ["github-token", "is required"],
    ])
      expect(error, input).toMatch(new RegExp(`- ${input}: ${accepts}`));
    expect(world.github.requests).toEqual([]);
    expect(world.aws.calls).toEqual([]);
  });

  it("an invalid config file blocks the link with one comment listing every wrong key", async () => {
    const files = await exampleFiles("leverage-2026");
    files[".github/argocd-cluster-link.yml"] =
      "accounts:\n  apps-devstg:\n    repository: not a repository\naws:\n  region: mars\ncolour: blue\n";
    world = await startWorld({ files });
    const issue = openLinkIssue(world, IAM_REQUEST);
    const run = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    expect(run.outputs.status).toBe("blocked");
    const body = repo().comments(issue)[0]?.body ?? "";
    expect(body).toContain("config file .github/argocd-cluster-link.yml is invalid:");
    for (const field of ["accounts.apps-devstg.repository", "aws.region", "colour"])
      expect(body).toContain(field);
    expect(repo().pulls).toEqual([]);
    expect(world.aws.calls).toEqual([]);
  });

  it("ignores issues without the link label, without a comment", async () => {
    world = await startWorld();
    const issue = world.github.openIssue(OWNER, REPO, {
      title: "bug",
      body: renderIssueBody(IAM_REQUEST),
      user: "octo-dev",
    });
    const run = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe("ignored");
    expect(repo().comments(issue)).toEqual([]);
    expect(world.aws.calls).toEqual([]);
  });

  it("a workflow_dispatch request reports in the job summary and the outputs", async () => {
    world = await startWorld();
    const inputs = {
      "source-account": "shared",
      "target-account": "apps-devstg",
      "target-region": "us-east-1",
      "target-cluster": TARGET,
      method: "bearer-token",
      access: "view",
      "argocd-cluster-name": "demoapps-readonly",
    };
    const run = await runAction(world, { name: "workflow_dispatch", payload: { inputs } });
    expect(run.outputs.status).toBe("published");
    expect(run.summary).toContain("Pull requests, in apply order");
    expect(pullsOf(run).map((p) => p.step)).toEqual([STEP_ID.targetRbac, STEP_ID.argocd]);
    expect(repo().pulls.every((p) => p.body!.includes("Requested with workflow_dispatch."))).toBe(true);
    for (const pull of repo().pulls) {
      expect(pull.body).toMatch(
        /<!-- Argocd-Cluster-Link: demoapps-readonly\/[a-z-]+ request=dispatch:octo-dev -->/,
      );
      expect(repo().commit(pull.headSha)!.message).toContain(
        "\nArgocd-Cluster-Link-Request: dispatch:octo-dev\n",
      );
    }
  });

  it("a failure message shows bidi and invisible characters as U+FFFD instead of echoing them", async () => {
    world = await startWorld();
    const run = await runAction(
      world,
      { name: "workflow_dispatch", payload: { inputs: {} } },
      {
        command: "link\u202Etxt.exe\u200B",
      },
    );
    const failure = (run.stdout + run.stderr).split("\n").filter((line) => line.startsWith("::error::"));
    expect(failure).toHaveLength(1);
    expect(failure[0]).toContain("command: must be link, unlink, rotate, verify or auto");
    expect(failure[0]).toContain("link\uFFFDtxt.exe\uFFFD");
    expect(run.stdout + run.stderr).not.toMatch(/[\u200B\u202A-\u202E\u2066-\u2069]/);
  });

  it("bearer-token request parsed from the form reaches two steps", async () => {
    world = await startWorld();
    const issue = openLinkIssue(world, BEARER_REQUEST);
    const run = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    expect(run.outputs.status).toBe("published");
    const pulls = JSON.parse(run.outputs["pull-requests"]!) as { step: string }[];
    expect(pulls.map((p) => p.step)).toEqual([STEP_ID.targetRbac, STEP_ID.argocd]);
  });
});

describe("scheduled token rotation", () => {
  const LAYER_A = "apps-devstg/us-east-1/k8s-eks-demoapps/k8s-components";
  const LAYER_B = "apps-devstg/us-east-1/k8s-eks-demoapps/cluster";

  it("opens one pull request per target layer with due links, and a rerun before merging changes nothing", async () => {
    // Three bearer-token links merged: two in one target layer, one in another, one of them edited by hand.
    const files = await exampleFiles("leverage-2026");
    const seed = new MemoryRepo(new Map(Object.entries(files)));
    const facts = exampleFacts("leverage-2026-apps-devstg");
    for (const [name, layer] of [["demoapps-readonly"], ["second"], ["other", LAYER_B], ["edited"]]) {
      const request = exampleRequest("leverage-2026-bearer-token", {
        argocdClusterName: name,
        ...(layer ? { targetRbacLayer: layer } : {}),
      });
      mergePlan(seed, await planLink(seed, request, facts));
    }
    const edited = `${LAYER_A}/argocd_link_edited.tf`;
    seed.files.set(
      edited,
      seed.files
        .get(edited)!
        .replace('"kubernetes_secret_v1" "argocd_link_edited"', '"kubernetes_secret_v1" "renamed"'),
    );
    world = await startWorld({ files: Object.fromEntries(seed.files) });
    world.now = new Date("2026-12-01T06:00:00Z");

    const run = await runAction(world, { name: "schedule", payload: { schedule: "0 6 1 * *" } });
    expect(run.code).toBe(0);
    // The hand-edited link is reported, not touched: the run is partial.
    expect(run.outputs.status).toBe("partial");
    expect(pullsOf(run).map((p) => p.step)).toEqual([STEP_ID.rotateToken, STEP_ID.rotateToken]);
    const [pullB, pullA] = repo().pulls;
    expect(pullA!.head).toBe(
      "argocd-cluster-link/rotation.apps-devstg-us-east-1-k8s-eks-demoapps-k8s-components/rotate-token",
    );
    expect(pullA!.title).toBe(`argocd-cluster-link: rotate 2 bearer tokens in ${LAYER_A}`);
    expect(pullB!.title).toBe(`argocd-cluster-link: rotate 1 bearer token in ${LAYER_B}`);
    expect(pullA!.body).toContain(
      `${LAYER_A} && leverage tf apply\ncd shared/us-east-1/k8s-eks/k8s-components && leverage tf apply\n`,
    );
    expect(pullA!.body).toContain("Opened by the token rotation.");
    expect(repo().commit(pullA!.headSha)!.message).toContain("\nArgocd-Cluster-Link-Request: rotation\n");
    const rotated = repo().readFile(pullA!.head, `${LAYER_A}/argocd_link_demoapps_readonly.tf`)!;
    expect(rotated).toContain('generate_name = "argocd-link-demoapps-readonly-g0-"');
    expect(rotated).toContain('generate_name = "argocd-link-demoapps-readonly-g1-"');
    expect(rotated).toContain("# token-created: 2026-12-01T06:00:00Z");
    expect(repo().readFile(pullA!.head, edited)).toBe(seed.files.get(edited));
    const rows = JSON.parse(run.outputs.rotations!) as { link: string; state: string; reason?: string }[];
    expect(rows.map((r) => [r.link, r.state])).toEqual([
      ["demoapps-readonly", "rotation-open"],
      ["edited", "cannot-rotate"],
      ["other", "rotation-open"],
      ["second", "rotation-open"],
    ]);
    expect(rows[1]!.reason).toContain("the token Secret renamed is not one of this link's two slots");
    expect(run.summary).toContain("### Bearer-token links");
    // One tracking issue, labelled, lists every link.
    const [tracking, ...moreIssues] = repo().issues;
    expect(moreIssues).toEqual([]);
    expect(tracking!.labels).toEqual(["token-rotation"]);
    expect(tracking!.body).toContain("<!-- argocd-cluster-link:rotation-tracking -->");
    expect(tracking!.body).toContain(
      `| \`demoapps-readonly\` | unknown | rotation open in ${OWNER}/${REPO}#`,
    );
    expect(tracking!.body).toContain("| `edited` | unknown | cannot rotate: `the token Secret renamed");
    expect(run.summary).toContain(`Every link's state is also kept in issue #${tracking!.number}.`);
    // No AWS access is needed to rotate.
    expect(world.aws.calls).toEqual([]);

    // A day later, nothing merged: the same files (the date the pull request records), no write.
    world.github.resetLog();
    world.now = new Date("2026-12-02T06:00:00Z");
    const again = await runAction(world, { name: "schedule", payload: { schedule: "0 6 1 * *" } });
    expect(writes()).toEqual([]);
    expect(repo().pulls).toHaveLength(2);
    const waiting = JSON.parse(again.outputs.rotations!) as { link: string; state: string }[];
    expect(waiting.filter((r) => r.state === "waiting").map((r) => r.link)).toEqual([
      "demoapps-readonly",
      "other",
      "second",
    ]);
  });

  it("with nothing due, opens nothing; force rotates every link", async () => {
    const files = await exampleFiles("leverage-2026");
    const seed = new MemoryRepo(new Map(Object.entries(files)));
    mergePlan(
      seed,
      await planLink(
        seed,
        exampleRequest("leverage-2026-bearer-token"),
        exampleFacts("leverage-2026-apps-devstg"),
      ),
    );
    const path = `${LAYER_A}/argocd_link_demoapps_readonly.tf`;
    seed.files.set(
      path,
      seed.files.get(path)!.replace("\n\nresource", "\n# token-created: 2026-11-20T00:00:00Z\n\nresource"),
    );
    world = await startWorld({ files: Object.fromEntries(seed.files) });
    world.now = new Date("2026-12-01T06:00:00Z");
    const run = await runAction(world, { name: "schedule", payload: {} });
    expect(run.outputs.status).toBe("up-to-date");
    expect(JSON.parse(run.outputs.rotations!)).toEqual([
      { link: "demoapps-readonly", state: "current", "age-days": 11, "pull-request": null },
    ]);
    const forced = await runAction(
      world,
      { name: "workflow_dispatch", payload: { inputs: {} } },
      { command: "rotate", force: "true" },
    );
    expect(forced.outputs.status).toBe("published");
    expect(repo().pulls).toHaveLength(1);
    // The tracking issue was edited in place.
    expect(repo().issues).toHaveLength(1);
    expect(repo().issues[0]!.body).toContain("| `demoapps-readonly` | 11 days | rotation open in");
  });
});

describe("stale pull requests", () => {
  const DEVSTG_REPO = "infra-apps-devstg";
  const BASE = "prd";

  /** The main repository and a second one holding apps-devstg, whose pull requests target `prd`. */
  async function twoRepositories(): Promise<World> {
    const all = await exampleFiles("leverage-2026");
    const main: Record<string, string> = {};
    const devstg: Record<string, string> = {};
    for (const [path, text] of Object.entries(all))
      (path.startsWith("apps-devstg/") ? devstg : main)[path] = text;
    main[".github/argocd-cluster-link.yml"] =
      `accounts:\n  apps-devstg:\n    repository: ${OWNER}/${DEVSTG_REPO}\n    base: ${BASE}\n`;
    const w = await startWorld({ files: main, repos: [{ name: DEVSTG_REPO, files: devstg }] });
    // `prd` is not the default branch, and differs from it.
    w.github.humanCommit(OWNER, DEVSTG_REPO, BASE, { "README.md": "production\n" }, "Start prd");
    return w;
  }

  /**
   * What each step's branch changes, against the base as it is now: computed for every step first,
   * so landing one does not make another's diff undo it.
   */
  function changesOf(name: string, base: string, steps: string[]): Record<string, string> {
    const state = world!.github.repo(OWNER, name);
    const onBase = state.files(base);
    const changes: Record<string, string> = {};
    for (const step of steps) {
      for (const [path, text] of Object.entries(state.files(`argocd-cluster-link/demoapps/${step}`))) {
        if (onBase[path] !== text) changes[path] = text;
      }
    }
    expect(Object.keys(changes).length).toBeGreaterThan(0);
    return changes;
  }

  /** Commits the steps' changes straight to the base branch, as a maintainer applying them by hand would. */
  function landDirectly(name: string, base: string, steps: string[]): void {
    world!.github.humanCommit(OWNER, name, base, changesOf(name, base, steps), `Apply ${steps.join(", ")}`);
  }

  const rerun = (issue: number) =>
    runAction(world!, {
      name: "issues",
      payload: issueEvent(world!, issue, "labeled", "octo-dev", "cluster-link"),
    });
  const CLOSED_COMMENT = "Closed by argocd-cluster-link: its change is already in the base branch.";

  it("a step committed directly to a second repository's base: its pull request is closed and named owner/repo#N", async () => {
    world = await twoRepositories();
    const issue = openLinkIssue(world, IAM_REQUEST);
    const first = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    expect(first.outputs.status).toBe("published");
    const other = () => world!.github.repo(OWNER, DEVSTG_REPO);
    const targetRole = pullsOf(first).find((p) => p.step === "target-role")!;
    expect(targetRole.repository).toBe(`${OWNER}/${DEVSTG_REPO}`);
    expect(other().pulls.find((p) => p.number === targetRole.number)!.base).toBe(BASE);

    landDirectly(DEVSTG_REPO, BASE, ["target-role"]);
    const run = await rerun(issue);
    expect(run.outputs.status).toBe("published");
    expect(pullsOf(run).map((p) => p.step)).toEqual(["source-role", "cluster-access", "argocd"]);

    const closed = other().pulls.find((p) => p.number === targetRole.number)!;
    expect(closed.state).toBe("closed");
    expect(closed.comments.map((c) => c.body)).toEqual([CLOSED_COMMENT]);
    // Only that one: every other pull request of the link stays open, without a comment.
    for (const pull of [...repo().pulls, ...other().pulls].filter(
      (p) => p !== closed && p.number !== closed.number,
    ))
      expect([pull.state, pull.comments]).toEqual(["open", []]);
    expect(repo().pulls.every((p) => p.state === "open")).toBe(true);

    const ref = `${OWNER}/${DEVSTG_REPO}#${targetRole.number}`;
    const body = statusComments(issue)[0]!.body;
    expect(body).toContain(`- closed ${ref}: its change is already in the base branch`);
    // `#N` alone would be an issue or pull request of the main repository.
    expect(body).not.toMatch(new RegExp(`closed #${targetRole.number}\\b`));
    expect(run.summary).toContain(`- closed ${ref}:`);
  });

  it("every step of a second repository reaching its base: all its open pull requests are closed", async () => {
    world = await twoRepositories();
    const issue = openLinkIssue(world, IAM_REQUEST);
    const first = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    const inOther = pullsOf(first).filter((p) => p.repository === `${OWNER}/${DEVSTG_REPO}`);
    expect(inOther.map((p) => p.step)).toEqual(["target-role", "cluster-access"]);

    landDirectly(DEVSTG_REPO, BASE, ["target-role", "cluster-access"]);
    const run = await rerun(issue);
    expect(run.outputs.status).toBe("published");
    expect(pullsOf(run).map((p) => [p.step, p.repository])).toEqual([
      ["source-role", `${OWNER}/${REPO}`],
      ["argocd", `${OWNER}/${REPO}`],
    ]);
    const other = world.github.repo(OWNER, DEVSTG_REPO);
    const body = statusComments(issue)[0]!.body;
    for (const p of inOther) {
      const pull = other.pulls.find((x) => x.number === p.number)!;
      expect(pull.state).toBe("closed");
      expect(pull.comments.map((c) => c.body)).toEqual([CLOSED_COMMENT]);
      expect(body).toContain(
        `- closed ${OWNER}/${DEVSTG_REPO}#${p.number}: its change is already in the base branch`,
      );
    }
    expect(repo().pulls.every((p) => p.state === "open" && p.comments.length === 0)).toBe(true);

    // A further run closes nothing more and writes nothing but the status comment.
    world.github.resetLog();
    await rerun(issue);
    expect(writes().map((r) => r.operationId)).toEqual(["issues/update-comment"]);
  });

  it("one repository: once every step is in the base branch, all the link's open pull requests are closed", async () => {
    world = await startWorld();
    const issue = openLinkIssue(world, IAM_REQUEST);
    const first = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    const steps = pullsOf(first).map((p) => p.step);
    expect(steps).toHaveLength(4);
    // Another link's pull request in the same repository is not this link's to close.
    const otherIssue = openLinkIssue(world, BEARER_REQUEST);
    const otherLink = await runAction(world, {
      name: "issues",
      payload: issueEvent(world, otherIssue, "opened"),
    });
    expect(otherLink.outputs.status).toBe("published");

    landDirectly(REPO, "main", steps);
    const run = await rerun(issue);
    expect(run.outputs.status).toBe("up-to-date");
    const body = statusComments(issue)[0]!.body;
    for (const p of pullsOf(first)) {
      const pull = repo().pulls.find((x) => x.number === p.number)!;
      expect(pull.state).toBe("closed");
      expect(pull.comments.map((c) => c.body)).toEqual([CLOSED_COMMENT]);
      expect(body).toContain(`#${p.number}: its change is already in the base branch`);
    }
    for (const p of pullsOf(otherLink)) {
      const pull = repo().pulls.find((x) => x.number === p.number)!;
      expect([pull.state, pull.comments]).toEqual(["open", []]);
    }
  });
});

describe("a repository that does not commit config/common.tfvars", () => {
  async function withoutCommonTfvars(extra: Record<string, string> = {}) {
    const { "config/common.tfvars": _left, ...files } = await exampleFiles("leverage-2026");
    return { ...files, ...extra };
  }

  it("says which config file key to add", async () => {
    world = await startWorld({ files: await withoutCommonTfvars() });
    const issue = openLinkIssue(world, IAM_REQUEST);
    const run = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    expect(run.outputs.status).toBe("blocked");
    const body = statusComments(issue)[0]!.body;
    expect(body).toContain("No config/common.tfvars");
    expect(body).toContain(
      '.github/argocd-cluster-link.yml instead: accounts: { <account>: { id: "<12-digit id>" } }',
    );
    expect(repo().pulls).toEqual([]);
  });

  it("is linked with the account ids of the config file", async () => {
    world = await startWorld({
      files: await withoutCommonTfvars({
        ".github/argocd-cluster-link.yml": [
          "project: acme",
          "accounts:",
          '  shared: { id: "622335794160" }',
          "  apps-devstg:",
          '    id: "624557916382"',
          "",
        ].join("\n"),
      }),
    });
    await expectIamLinkPublished(world, runAction);
    // The generated file is only read, never committed: no branch of the link carries it.
    for (const pull of repo().pulls) expect(repo().files(pull.head)["config/common.tfvars"]).toBeUndefined();
  });
});
