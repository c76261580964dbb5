// End-to-end, in process: accounts mapped to another repository that the token cannot read or write
// (what the default GITHUB_TOKEN gets). The run is `blocked` with a status comment that names the
// repository, the config key that maps it, what GitHub answered and the fix, not an unexpected failure.
import { afterEach, describe, expect, it } from "vitest";
import { STEP_ID } from "../../src/steps/registry.js";
import {
  IAM_REQUEST,
  OWNER,
  REPO,
  exampleFiles,
  issueEvent,
  openLinkIssue,
  runAction,
  startWorld,
  type World,
} from "./harness.js";
import { expectCleanApiUse } from "./scenarios.js";

let world: World | undefined;
afterEach(async () => {
  if (world) {
    expectCleanApiUse(world);
    await world.close();
    world = undefined;
  }
});

const DEVSTG_REPO = "infra-apps-devstg";
const CONFIG = ".github/argocd-cluster-link.yml";

/** leverage-2026 with apps-devstg in its own repository; `reachable: false` leaves that repository out. */
async function twoRepositories(options: { reachable: boolean; base?: string }): Promise<World> {
  const main: Record<string, string> = {};
  const devstg: Record<string, string> = {};
  for (const [path, text] of Object.entries(await exampleFiles("leverage-2026")))
    (path.startsWith("apps-devstg/") ? devstg : main)[path] = text;
  main[CONFIG] =
    `accounts:\n  apps-devstg:\n    repository: ${OWNER}/${DEVSTG_REPO}\n` +
    (options.base ? `    base: ${options.base}\n` : "");
  // An unreachable private repository looks exactly like a missing one: GitHub answers 404.
  return startWorld({
    files: main,
    repos: options.reachable ? [{ name: DEVSTG_REPO, files: devstg }] : [],
  });
}

const statusOf = (issue: number) =>
  world!.github
    .repo(OWNER, REPO)
    .comments(issue)
    .filter((c) => c.body.includes("argocd-cluster-link:status"))
    .map((c) => c.body);

async function linkRun() {
  const issue = openLinkIssue(world!, IAM_REQUEST);
  const run = await runAction(world!, { name: "issues", payload: issueEvent(world!, issue, "opened") });
  const [comment, ...more] = statusOf(issue);
  expect(more).toEqual([]);
  return { run, comment: comment! };
}

describe("a mapped repository the token cannot reach", () => {
  it("read (404): blocked, naming the repository, accounts.<account>, GitHub's answer and the App token fix", async () => {
    world = await twoRepositories({ reachable: false });
    const { run, comment } = await linkRun();
    expect(run.outputs.status).toBe("blocked");
    expect(comment).not.toContain("Unexpected failure");
    expect(comment).toContain(`The token cannot read ${OWNER}/${DEVSTG_REPO}. Nothing was created.`);
    expect(comment).toContain(`${OWNER}/${DEVSTG_REPO}, which ${CONFIG} maps with accounts.apps-devstg`);
    expect(comment).toContain(`GitHub call GET /repos/${OWNER}/${DEVSTG_REPO} failed with HTTP 404`);
    expect(comment).toContain("GitHub App token");
    expect(comment).toContain("on every repository in accounts");
    expect(world.github.repo(OWNER, REPO).pulls).toEqual([]);
    // Refused before any AWS call.
    expect(world.aws.calls).toEqual([]);
  });

  it("a base branch that does not exist: blocked, naming accounts.<account>.base", async () => {
    world = await twoRepositories({ reachable: true, base: "prd" });
    const { run, comment } = await linkRun();
    expect(run.outputs.status).toBe("blocked");
    expect(comment).toContain(`The base branch prd of ${OWNER}/${DEVSTG_REPO} does not exist.`);
    expect(comment).toContain("accounts.apps-devstg.base");
  });

  it("write (403 on the branch): blocked at that step, naming the repository, the key and the fix", async () => {
    world = await twoRepositories({ reachable: true });
    world.github.failNext({
      method: "POST",
      path: new RegExp(`/repos/${OWNER}/${DEVSTG_REPO}/git/refs$`),
      status: 403,
      body: { message: "Resource not accessible by integration" },
    });
    const { run, comment } = await linkRun();
    expect(run.outputs.status).toBe("blocked");
    expect(comment).not.toContain("Unexpected failure");
    expect(comment).toContain(
      `The token cannot write to ${OWNER}/${DEVSTG_REPO}. Publishing stopped at step 2 of 4; the steps before it are published.`,
    );
    expect(comment).toContain(`${OWNER}/${DEVSTG_REPO}, which ${CONFIG} maps with accounts.apps-devstg`);
    expect(comment).toContain(
      `GitHub call POST /repos/${OWNER}/${DEVSTG_REPO}/git/refs failed with HTTP 403: Resource not accessible by integration`,
    );
    expect(comment).toContain("GitHub App token");
    // Step 1 (in the main repository) is published; nothing in the other one.
    const pulls = JSON.parse(run.outputs["pull-requests"]!) as { step: string; repository: string }[];
    expect(pulls).toMatchObject([{ step: STEP_ID.sourceRole, repository: `${OWNER}/${REPO}` }]);
    expect(world.github.repo(OWNER, DEVSTG_REPO).pulls).toEqual([]);
  });

  it("a scheduled rotation with an unreachable repository is blocked the same way", async () => {
    world = await twoRepositories({ reachable: false });
    const run = await runAction(world, { name: "schedule", payload: { schedule: "0 6 * * *" } });
    expect(run.outputs.status).toBe("blocked");
    expect(run.summary).toContain(`The token cannot read ${OWNER}/${DEVSTG_REPO}.`);
    expect(run.summary).toContain("accounts.apps-devstg");
  });
});
