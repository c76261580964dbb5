// The token rotation walk, shared by the in-process test (rotation-walk.test.ts) and the built
// bundle's smoke test (bundle.test.ts): rotate → merge → rotate (not due) → forced rotation, on a
// bearer-token link merged long ago. It reads no injected clock, so the bundle runs it on the real one.
import { expect } from "vitest";
import { planLink } from "../../src/plan/plan.js";
import { MemoryRepo } from "../../src/repo/reader.js";
import { readTokenSlots } from "../../src/steps/token-slots.js";
import { exampleFacts, exampleRequest, mergePlan } from "../support/cases.js";
import { OWNER, REPO, exampleFiles, type World } from "./harness.js";
import type { ActionRunner } from "./scenarios.js";

export const LAYER = "apps-devstg/us-east-1/k8s-eks-demoapps/k8s-components";
export const RBAC_FILE = `${LAYER}/argocd_link_demoapps_readonly.tf`;
export const BATCH_BRANCH =
  "argocd-cluster-link/rotation.apps-devstg-us-east-1-k8s-eks-demoapps-k8s-components/rotate-token";

const repo = (world: World) => world.github.repo(OWNER, REPO);

/**
 * Merges an open pull request as GitHub would with "Create a merge commit" (the head's changes land
 * on the base; these never conflict), then closes it. The fake has no merge endpoint: this uses its
 * state helpers.
 */
export function mergeByHand(world: World, number: number): void {
  const pull = repo(world).pulls.find((p) => p.number === number)!;
  expect(pull.state).toBe("open");
  // What the pull request changes: its head against where it left the base (first-parent history).
  const onBase = new Set(
    repo(world)
      .log(pull.base)
      .map((c) => c.sha),
  );
  const forkPoint = repo(world)
    .log(pull.headSha)
    .find((c) => onBase.has(c.sha))!;
  const base = repo(world).files(forkPoint.sha);
  const head = repo(world).files(pull.headSha);
  const changes: Record<string, string | null> = {};
  for (const path of new Set([...Object.keys(base), ...Object.keys(head)])) {
    if (base[path] !== head[path]) changes[path] = head[path] ?? null;
  }
  world.github.humanCommit(OWNER, REPO, pull.base, changes, `Merge pull request #${number}`);
  world.github.editIssue(OWNER, REPO, number, { state: "closed" });
}

/** The token slots of the link's RBAC file at a branch or commit. */
export function tokensAt(world: World, ref: string) {
  const slots = readTokenSlots(repo(world).readFile(ref, RBAC_FILE)!, RBAC_FILE, "demoapps_readonly");
  if (!slots || "problem" in slots) throw new Error(`no token slots: ${JSON.stringify(slots)}`);
  return {
    current: slots.current.generation,
    previous: slots.previous?.generation,
    createdAt: slots.createdAt?.toISOString(),
  };
}

/** leverage-2026 with the bearer-token link demoapps-readonly merged, its token made on `date`. */
export async function linkedFiles(date: Date): Promise<Record<string, string>> {
  const seed = new MemoryRepo(new Map(Object.entries(await exampleFiles("leverage-2026"))));
  const request = exampleRequest("leverage-2026-bearer-token");
  mergePlan(seed, await planLink(seed, request, exampleFacts("leverage-2026-apps-devstg"), { date }));
  return Object.fromEntries(seed.files);
}

export const rotationRows = (run: { outputs: Record<string, string> }) =>
  JSON.parse(run.outputs.rotations ?? "[]") as { link: string; state: string; "age-days": number | null }[];

/** On a world seeded with `linkedFiles` of a date at least 30 days before the runs' clock. */
export async function expectRotationWalk(world: World, run: ActionRunner): Promise<void> {
  const schedule = () => run(world, { name: "schedule", payload: { schedule: "0 6 * * *" } });
  const seeded = tokensAt(world, "main");
  expect(seeded.current).toBe(0);

  // 1. Due: one batched pull request gives slot b generation 1, dated now.
  const rotated = await schedule();
  expect(rotated.outputs.status, rotated.stdout).toBe("published");
  expect(rotationRows(rotated)).toMatchObject([{ link: "demoapps-readonly", state: "rotation-open" }]);
  const batch = repo(world).pulls.find((p) => p.head === BATCH_BRANCH && p.state === "open")!;
  const first = tokensAt(world, batch.headSha);
  expect(first).toMatchObject({ current: 1, previous: 0 });
  expect(first.createdAt! > seeded.createdAt!).toBe(true);

  // 2. Merged: the next run finds the new token current and opens nothing.
  mergeByHand(world, batch.number);
  const notDue = await schedule();
  expect(notDue.outputs.status, notDue.stdout).toBe("up-to-date");
  expect(rotationRows(notDue)).toMatchObject([
    { link: "demoapps-readonly", state: "current", "age-days": 0 },
  ]);
  expect(repo(world).pulls.filter((p) => p.state === "open")).toEqual([]);

  // 3. Forced: slot a gets generation 2; one new pull request.
  const forced = await run(
    world,
    { name: "workflow_dispatch", payload: { inputs: {} } },
    { command: "rotate", force: "true" },
  );
  expect(forced.outputs.status, forced.stdout).toBe("published");
  const second = repo(world).pulls.filter((p) => p.state === "open");
  expect(second.map((p) => p.head)).toEqual([BATCH_BRANCH]);
  expect(tokensAt(world, second[0]!.headSha)).toMatchObject({ current: 2, previous: 1 });
}
