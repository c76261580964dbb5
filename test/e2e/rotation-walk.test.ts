// End-to-end, in process: a bearer-token link's token from the link to its second rotation. The link
// records its date, so the first scheduled run finds it current; then rotate, merge, a run where
// nothing is due, and a forced rotation; a per-link rotation pull request of an earlier version is
// closed in favour of the batched one.
import { afterEach, describe, expect, it } from "vitest";
import { STEP_ID } from "../../src/steps/registry.js";
import {
  BEARER_REQUEST,
  BOT_TOKEN,
  OWNER,
  REPO,
  issueEvent,
  openLinkIssue,
  runAction,
  startWorld,
  type World,
} from "./harness.js";
import {
  BATCH_BRANCH,
  RBAC_FILE,
  expectRotationWalk,
  linkedFiles,
  mergeByHand,
  rotationRows,
  tokensAt,
} from "./rotation-scenario.js";
import { expectCleanApiUse } from "./scenarios.js";

let world: World | undefined;
afterEach(async () => {
  if (world) {
    expectCleanApiUse(world);
    await world.close();
    world = undefined;
  }
});

const LEGACY_BRANCH = "argocd-cluster-link/demoapps-readonly/rotate-token";

const repo = () => world!.github.repo(OWNER, REPO);
const writes = () => world!.github.requests.filter((r) => r.method !== "GET");
const rows = rotationRows;
const merge = (number: number) => mergeByHand(world!, number);
const tokens = (ref: string) => tokensAt(world!, ref);

const schedule = () => runAction(world!, { name: "schedule", payload: { schedule: "0 6 * * *" } });
const forcedRotation = () =>
  runAction(
    world!,
    { name: "workflow_dispatch", payload: { inputs: {} } },
    { command: "rotate", force: "true" },
  );

/** A pull request opened through the API, as the version before batched rotations did for each link. */
async function openLegacyRotation(): Promise<number> {
  world!.github.humanCommit(
    OWNER,
    REPO,
    LEGACY_BRANCH,
    { [RBAC_FILE]: repo().readFile("main", RBAC_FILE)!.replace("-g0-", "-g1-") },
    "argocd-cluster-link: rotate the bearer token of demoapps-readonly",
  );
  const response = await fetch(`${world!.github.url}/repos/${OWNER}/${REPO}/pulls`, {
    method: "POST",
    headers: { authorization: `token ${BOT_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({
      title: "argocd-cluster-link demoapps-readonly: rotate the bearer token",
      head: LEGACY_BRANCH,
      base: "main",
      body: "Rotates the token.\n\n<!-- Argocd-Cluster-Link: demoapps-readonly/rotate-token request=rotation -->\n",
    }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { number: number }).number;
}

describe("a bearer-token link's token over time", () => {
  it("link → first scheduled run: current → rotate → merge → not due → forced rotation", async () => {
    world = await startWorld();
    world.now = new Date("2026-12-01T09:30:00Z");

    // 1. The link: its new token records the run's date, in the file and in the pull request.
    const issue = openLinkIssue(world, BEARER_REQUEST);
    const linked = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    expect(linked.outputs.status).toBe("published");
    const linkPulls = JSON.parse(linked.outputs["pull-requests"]!) as { number: number; step: string }[];
    expect(linkPulls.map((p) => p.step)).toEqual([STEP_ID.targetRbac, STEP_ID.argocd]);
    const rbacBranch = `argocd-cluster-link/demoapps-readonly/${STEP_ID.targetRbac}`;
    expect(tokens(rbacBranch)).toEqual({
      current: 0,
      previous: undefined,
      createdAt: "2026-12-01T09:30:00.000Z",
    });

    // A rerun the next day, before merging: the date the pull request records is kept, nothing is written.
    world.now = new Date("2026-12-02T08:00:00Z");
    world.github.resetLog();
    const rerun = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "edited") });
    expect(rerun.outputs.status).toBe("published");
    expect(writes().filter((w) => !w.path.includes("/comments") && !w.path.includes("/labels"))).toEqual([]);
    expect(tokens(rbacBranch).createdAt).toBe("2026-12-01T09:30:00.000Z");

    for (const pull of linkPulls) merge(pull.number);
    expect(tokens("main").createdAt).toBe("2026-12-01T09:30:00.000Z");

    // 2. The first scheduled rotation after linking: the token is a day old, current.
    world.now = new Date("2026-12-02T06:00:00Z");
    const first = await schedule();
    expect(first.outputs.status).toBe("up-to-date");
    expect(rows(first)).toMatchObject([{ link: "demoapps-readonly", state: "current", "age-days": 0 }]);
    expect(repo().pulls.filter((p) => p.state === "open")).toEqual([]);

    // 3. 31 days later it is due: one batched pull request; the per-link one an earlier version
    //    opened is closed with a comment that names it.
    const legacy = await openLegacyRotation();
    world.now = new Date("2027-01-01T06:00:00Z");
    const rotated = await schedule();
    expect(rotated.outputs.status).toBe("published");
    expect(rows(rotated)).toMatchObject([
      { link: "demoapps-readonly", state: "rotation-open", "age-days": 30 },
    ]);
    const batch = repo().pulls.find((p) => p.head === BATCH_BRANCH && p.state === "open")!;
    expect(tokens(BATCH_BRANCH)).toEqual({
      current: 1,
      previous: 0,
      createdAt: "2027-01-01T06:00:00.000Z",
    });
    const closed = repo().pulls.find((p) => p.number === legacy)!;
    expect(closed.state).toBe("closed");
    expect(
      repo()
        .comments(legacy)
        .map((c) => c.body),
    ).toEqual([
      "Closed by argocd-cluster-link: the token rotation now rotates the due links of a target layer in one " +
        `pull request, and #${batch.number} rotates demoapps-readonly's token instead of this one.`,
    ]);
    expect(rotated.summary).toContain(
      `- closed ${OWNER}/${REPO}#${legacy}: a rotation of demoapps-readonly from an earlier version, replaced by #${batch.number}`,
    );

    // 4. Merged; the next day nothing is due, and nothing is written but the report.
    merge(batch.number);
    world.now = new Date("2027-01-02T06:00:00Z");
    world.github.resetLog();
    const notDue = await schedule();
    expect(notDue.outputs.status).toBe("up-to-date");
    expect(rows(notDue)).toMatchObject([{ link: "demoapps-readonly", state: "current", "age-days": 1 }]);
    expect(writes().filter((w) => w.path.includes("/git/") || w.path.endsWith("/pulls"))).toEqual([]);

    // 5. A forced rotation: the other slot gets the next generation, dated now.
    const forced = await forcedRotation();
    expect(forced.outputs.status).toBe("published");
    const second = repo().pulls.find((p) => p.head === BATCH_BRANCH && p.state === "open")!;
    expect(second.number).not.toBe(batch.number);
    expect(tokens(second.headSha)).toEqual({
      current: 2,
      previous: 1,
      createdAt: "2027-01-02T06:00:00.000Z",
    });
    expect(repo().pulls.filter((p) => p.state === "open")).toEqual([second]);
  });

  it("the walk the built Action runs too (bundle.test.ts): a link merged long ago, on the system clock", async () => {
    world = await startWorld({ files: await linkedFiles(new Date("2026-01-01T00:00:00Z")) });
    await expectRotationWalk(world, runAction);
  });
});
