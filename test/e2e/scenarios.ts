// Scenarios shared by the in-process tests (action.test.ts, aws.test.ts) and the smoke tests of
// the built bundle (bundle.test.ts): each takes the runner, so both paths assert the same things.
import { expect } from "vitest";
import { STEP_ID } from "../../src/steps/registry.js";
import {
  IAM_REQUEST,
  OWNER,
  REPO,
  TARGET,
  issueEvent,
  openLinkIssue,
  type ActionRun,
  type World,
} from "./harness.js";

export type ActionRunner = (
  world: World,
  event: { name: string; payload: unknown },
  inputs?: Record<string, string>,
  env?: Record<string, string | undefined>,
) => Promise<ActionRun>;

const statusComments = (world: World, issue: number) =>
  world.github
    .repo(OWNER, REPO)
    .comments(issue)
    .filter((c) => c.body.includes("argocd-cluster-link:status"));

/** No request of a scenario may break GitHub's published API description or hit a gap of the fake. */
export function expectCleanApiUse(world: World): void {
  expect(world.github.violations).toEqual([]);
  expect(world.github.unimplemented).toEqual([]);
  expect(world.github.internalErrors).toEqual([]);
}

/** An iam-role link from a new issue: one pull request per step in apply order, one status comment. */
export async function expectIamLinkPublished(world: World, runAction: ActionRunner): Promise<void> {
  const issue = openLinkIssue(world, IAM_REQUEST);
  const run = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
  expect(run.stderr + run.stdout).not.toMatch(/::error::/);
  expect(run.code).toBe(0);
  expect(run.outputs.status).toBe("published");

  const pulls = JSON.parse(run.outputs["pull-requests"]!) as {
    number: number;
    step: string;
    repository: string;
  }[];
  expect(pulls.map((p) => p.step)).toEqual([
    STEP_ID.sourceRole,
    STEP_ID.targetRole,
    STEP_ID.clusterAccess,
    STEP_ID.argocd,
  ]);
  const state = world.github.repo(OWNER, REPO);
  for (const [i, p] of pulls.entries()) {
    const pull = state.pulls.find((x) => x.number === p.number)!;
    expect(pull.head).toBe(`argocd-cluster-link/demoapps/${p.step}`);
    expect(pull.base).toBe("main");
    expect(pull.labels).toContain("cluster-link");
    expect(pull.body).toContain(i === 0 ? "This is the first step" : `after #${pulls[i - 1]!.number}`);
    expect(pull.body).toContain(`Requested in #${issue}.`);
    const head = state.commit(pull.headSha)!;
    expect(head.verified).toBe(true);
    expect(head.parents).toEqual([state.branches().main]);
  }
  // The generated cluster entry carries the API server and CA that EKS returned.
  const values = state.readFile(
    "argocd-cluster-link/demoapps/argocd",
    "shared/us-east-1/k8s-eks/k8s-components/chart-values/argocd.yaml",
  )!;
  expect(values).toContain(`server: "${run.outputs["api-server"]}"`);
  expect(run.outputs["cluster-arn"]).toBe(`arn:aws:eks:us-east-1:624557916382:cluster/${TARGET}`);

  const comments = statusComments(world, issue);
  expect(comments).toHaveLength(1);
  const body = comments[0]!.body;
  expect(body).toContain(run.outputs["api-server"]);
  expect(body).toContain(run.outputs["cluster-arn"]);
  expect(body).toMatch(/SHA-256 `[0-9A-F:]{95}`/);
  expect(body).toContain("Preflight checks");
  for (const p of pulls) expect(body).toContain(`octo-org/infra#${p.number}`);
  expect(state.issues.find((i) => i.number === issue)!.labels).toContain("cluster-link:prs-open");
  expect(run.summary).toContain("Pull requests, in apply order");
}

/**
 * A job without `id-token: write`: the run says which permission to add and asks AWS nothing. Through
 * the bundle this checks that @actions/core's messages are still the ones src/aws recognizes.
 */
export async function expectMissingIdTokenExplained(world: World, runAction: ActionRunner): Promise<void> {
  const issue = openLinkIssue(world, IAM_REQUEST);
  const run = await runAction(
    world,
    { name: "issues", payload: issueEvent(world, issue, "opened") },
    {},
    { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined },
  );
  expect(run.outputs.status).toBe("blocked");
  expect(world.github.repo(OWNER, REPO).comments(issue)[0]?.body ?? "").toContain("id-token: write");
  expect(world.aws.calls).toEqual([]);
}

/**
 * Everything is published, then the issue's state label cannot be added: the run ends `failed`
 * (outputs, comment and job result agree), still lists its pull requests, says what was not done
 * and shows no stack trace.
 */
export async function expectLabelFailureAfterPublishingReported(
  world: World,
  runAction: ActionRunner,
): Promise<void> {
  const issue = openLinkIssue(world, IAM_REQUEST);
  world.github.failNext({
    method: "POST",
    path: new RegExp(`/issues/${issue}/labels$`),
    status: 422,
    body: { message: "Validation Failed" },
  });
  const run = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
  const out = run.stdout + run.stderr;
  expect(run.code).toBe(1);
  expect(run.outputs.status).toBe("failed");
  expect((JSON.parse(run.outputs["pull-requests"]!) as unknown[]).length).toBe(4);
  expect(out).not.toMatch(/Unexpected failure|\n\s+at /);
  expect(out).toMatch(
    /::error::.*4 pull request\(s\) are open.*the state label of issue #\d+ could not be written/,
  );
  expect(run.summary).toContain("the state label of issue");
  // The comment was written before the label failed; the next run corrects it.
  expect(statusComments(world, issue)).toHaveLength(1);
}
