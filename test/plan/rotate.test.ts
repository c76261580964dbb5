// Token rotation: two token slots per bearer-token link, an age policy, one batch per target layer,
// and a simulation of merges and applies that checks ArgoCD never holds a token the applied
// target layer has deleted.
import { diffLines } from "diff";
import { describe, expect, it } from "vitest";
import type { MemoryRepo } from "../../src/repo/reader.js";
import { planLink } from "../../src/plan/plan.js";
import { planRotations, recordedDateIn, type RotationOptions } from "../../src/plan/rotate.js";
import { readTokenSlots } from "../../src/steps/token-slots.js";
import { exampleFacts, exampleRepo, exampleRequest, mergePlan } from "../support/cases.js";
import { parseHclStrict, terraformFmt } from "../support/oracles.js";

const LAYER_A = "apps-devstg/us-east-1/k8s-eks-demoapps/k8s-components";
const LAYER_B = "apps-devstg/us-east-1/k8s-eks-demoapps/cluster";
const ARGOCD_LAYER = "shared/us-east-1/k8s-eks/k8s-components";
const fileOf = (layer: string, link: string) => `${layer}/argocd_link_${link.replace(/-/g, "_")}.tf`;

const options = (now: string, more: Partial<RotationOptions> = {}): RotationOptions => ({
  now: new Date(now),
  rotateAfterDays: 30,
  force: false,
  links: [],
  maxLinksPerPullRequest: 50,
  ...more,
});

async function addLink(repo: MemoryRepo, name: string, layer?: string): Promise<void> {
  const request = exampleRequest("leverage-2026-bearer-token", {
    argocdClusterName: name,
    ...(layer ? { targetRbacLayer: layer } : {}),
  });
  mergePlan(repo, await planLink(repo, request, exampleFacts("leverage-2026-apps-devstg")));
}

/**
 * What is applied, per link: the token generations that exist in the cluster (the applied target
 * layer's Secrets) and which one the output gives; and the generation ArgoCD's applied layer holds.
 */
class Applied {
  readonly tokens = new Map<string, Set<number>>();
  readonly output = new Map<string, number>();
  readonly argocd = new Map<string, number>();

  constructor(private readonly repo: MemoryRepo) {}

  /** `leverage tf apply` in a target layer: its Secrets become the files' slots. */
  applyTarget(layer: string): void {
    for (const [path, text] of this.repo.files) {
      if (!path.startsWith(`${layer}/argocd_link_`)) continue;
      const link = /^# argocd-cluster-link: (\S+)$/m.exec(text)![1]!;
      const slots = readTokenSlots(text, path, link.replace(/-/g, "_"));
      if (!slots || "problem" in slots) throw new Error(`${path}: ${JSON.stringify(slots)}`);
      this.tokens.set(
        link,
        new Set([slots.current, slots.previous].flatMap((s) => (s ? [s.generation] : []))),
      );
      this.output.set(link, slots.current.generation);
    }
    this.check();
  }

  /** `leverage tf apply` in the ArgoCD layer: it reads every link's token output. */
  applyArgocd(): void {
    for (const [link, generation] of this.output) this.argocd.set(link, generation);
    this.check();
  }

  /** The invariant: every token ArgoCD holds still exists. */
  check(): void {
    for (const [link, generation] of this.argocd) {
      if (!this.tokens.get(link)?.has(generation)) {
        throw new Error(
          `outage: ArgoCD holds ${link} generation ${generation}, which the target layer deleted`,
        );
      }
    }
  }
}

function merge(repo: MemoryRepo, files: { path: string; content: string }[]): void {
  for (const file of files) repo.files.set(file.path, file.content);
}

describe("token rotation", () => {
  it("finds nothing to rotate in a repository without bearer-token links", async () => {
    const repo = await exampleRepo("leverage-2026");
    mergePlan(
      repo,
      await planLink(
        repo,
        exampleRequest("leverage-2026-iam-role"),
        exampleFacts("leverage-2026-apps-devstg"),
      ),
    );
    expect(await planRotations(repo, options("2026-12-01T00:00:00Z"))).toEqual({ links: [], batches: [] });
  });

  it("migrates a single-slot link by adding slot b next to the token ArgoCD uses", async () => {
    const repo = await exampleRepo("leverage-2026");
    await addLink(repo, "demoapps-readonly");
    const path = fileOf(LAYER_A, "demoapps-readonly");
    const { batches, links } = await planRotations(repo, options("2026-12-01T06:00:00.123Z"));
    expect(links).toMatchObject([{ linkId: "demoapps-readonly", state: "due", generation: 0 }]);
    expect(links[0]!.ageDays).toBeUndefined();
    const file = batches[0]!.step.files[0]!;
    expect(file.path).toBe(path);
    const added = diffLines(file.previous!, file.content).filter((p) => p.added || p.removed);
    expect(added.every((p) => p.added)).toBe(false); // the output's value line changes
    const slots = readTokenSlots(file.content, path, "demoapps_readonly");
    expect(slots).toMatchObject({
      current: { slot: "b", generation: 1 },
      previous: { slot: "a", generation: 0 },
      createdAt: new Date("2026-12-01T06:00:00Z"),
    });
    expect(file.content).toContain("\n# token-created: 2026-12-01T06:00:00Z\n\nresource");
    // Slot a is kept byte for byte: the token ArgoCD uses is not replaced.
    const before = readTokenSlots(file.previous!, path, "demoapps_readonly") as {
      current: { block: { start: number; end: number } };
    };
    const slotA = file.previous!.slice(before.current.block.start, before.current.block.end);
    expect(file.content).toContain(slotA);
    await parseHclStrict(file.path, file.content);
    expect(await terraformFmt(file.content)).toBe(file.content);

    // Merged: replanning the link keeps both slots (no change), and the next rotation reuses slot a.
    repo.files.set(path, file.content);
    const replan = await planLink(
      repo,
      exampleRequest("leverage-2026-bearer-token"),
      exampleFacts("leverage-2026-apps-devstg"),
    );
    expect(replan.steps).toEqual([]);
    const next = await planRotations(repo, options("2027-01-01T00:00:00Z"));
    const nextSlots = readTokenSlots(next.batches[0]!.step.files[0]!.content, path, "demoapps_readonly");
    expect(nextSlots).toMatchObject({
      current: { slot: "a", generation: 2 },
      previous: { slot: "b", generation: 1 },
    });
  });

  it("migrates a file written before two slots (its old comment kept) without touching its token", async () => {
    const repo = await exampleRepo("leverage-2026");
    await addLink(repo, "legacy");
    const path = fileOf(LAYER_A, "legacy");
    const current = repo.files.get(path)!;
    const comment = /# The token does not expire\.[^]*?\n(?=resource "kubernetes_secret_v1")/.exec(
      current,
    )![0];
    const legacy = current.replace(
      comment,
      "# The token does not expire. Raising the generation in generate_name (-g<N>-) replaces the secret\n" +
        "# with a new token (argocd-cluster-link's scheduled rotation opens that change); apply the ArgoCD\n" +
        "# layer right after.\n",
    );
    repo.files.set(path, legacy);
    const file = (await planRotations(repo, options("2026-12-01T00:00:00Z"))).batches[0]!.step.files[0]!;
    const changes = diffLines(legacy, file.content).filter((p) => p.added || p.removed);
    // Only additions, except the output's value: slot a and the old comment stay as they are.
    expect(changes.filter((c) => c.removed).map((c) => c.value.trim())).toEqual([
      "value       = kubernetes_secret_v1.argocd_link_legacy.data.token",
    ]);
    expect(readTokenSlots(file.content, path, "legacy")).toMatchObject({
      current: { slot: "b", generation: 1 },
      previous: { slot: "a", generation: 0 },
    });
    expect(await terraformFmt(file.content)).toBe(file.content);
  });

  it("rotates only links at least rotate-after-days old, unless forced or named", async () => {
    const repo = await exampleRepo("leverage-2026");
    await addLink(repo, "old");
    await addLink(repo, "young");
    const first = await planRotations(repo, options("2026-10-01T00:00:00Z"));
    merge(
      repo,
      first.batches.flatMap((b) => b.step.files),
    );
    const young = fileOf(LAYER_A, "young");
    const second = await planRotations(repo, options("2026-10-20T00:00:00Z", { links: ["young"] }));
    merge(
      repo,
      second.batches.flatMap((b) => b.step.files),
    );
    expect(repo.files.get(young)).toContain("# token-created: 2026-10-20T00:00:00Z");

    const now = "2026-11-05T00:00:00Z";
    const scan = await planRotations(repo, options(now));
    expect(scan.links.map((l) => [l.linkId, l.ageDays, l.state])).toEqual([
      ["old", 35, "due"],
      ["young", 16, "current"],
    ]);
    expect(scan.batches.map((b) => b.links.map((l) => l.linkId))).toEqual([["old"]]);
    const forced = await planRotations(repo, options(now, { force: true }));
    expect(forced.batches[0]!.links.map((l) => l.linkId)).toEqual(["old", "young"]);
    await expect(planRotations(repo, options(now, { links: ["nope"] }))).rejects.toThrow(
      /links: is not a bearer-token link of this repository \(links: old, young\)/,
    );
  });

  it("puts the due links of one layer in one step, split in link-name order", async () => {
    const repo = await exampleRepo("leverage-2026");
    for (const name of ["c", "a", "b"]) await addLink(repo, name);
    await addLink(repo, "z", LAYER_B);
    const plan = await planRotations(repo, options("2026-12-01T00:00:00Z", { maxLinksPerPullRequest: 2 }));
    expect(plan.batches.map((b) => [b.batchId, b.layer, b.links.map((l) => l.linkId)])).toEqual([
      ["rotation.apps-devstg-us-east-1-k8s-eks-demoapps-cluster", LAYER_B, ["z"]],
      ["rotation.apps-devstg-us-east-1-k8s-eks-demoapps-k8s-components", LAYER_A, ["a", "b"]],
      ["rotation.apps-devstg-us-east-1-k8s-eks-demoapps-k8s-components.2", LAYER_A, ["c"]],
    ]);
    const step = plan.batches[1]!.step;
    expect(step.title).toBe(`argocd-cluster-link: rotate 2 bearer tokens in ${LAYER_A} (part 1/2)`);
    // The target layer once, then the ArgoCD layer once.
    expect(step.apply).toEqual([
      `cd ${LAYER_A} && leverage tf apply`,
      `cd ${ARGOCD_LAYER} && leverage tf apply`,
    ]);
    expect(step.body).toContain(
      "| `a` | unknown (no token-created date yet) | 0 → 1 | `shared/us-east-1/k8s-eks/k8s-components` |",
    );
    expect(recordedDateIn(step.body)).toEqual(new Date("2026-12-01T00:00:00Z"));
    // No token in the plan: only references to Terraform state.
    for (const file of step.files) expect(file.content).not.toMatch(/eyJ|bearerToken\s*=\s*"/);
  });

  it("reports a link whose token Secrets were edited by hand, and leaves it alone", async () => {
    const repo = await exampleRepo("leverage-2026");
    await addLink(repo, "fine");
    await addLink(repo, "edited");
    const edited = fileOf(LAYER_A, "edited");
    repo.files.set(
      edited,
      repo.files.get(edited)!.replace("kubernetes_secret_v1.argocd_link_edited.data.token", "var.some_token"),
    );
    const plan = await planRotations(repo, options("2026-12-01T00:00:00Z"));
    expect(plan.links.find((l) => l.linkId === "edited")).toMatchObject({
      state: "cannot-rotate",
      reason: "no output reads a token Secret's data.token; edit it back or rotate by hand",
    });
    expect(plan.batches.flatMap((b) => b.step.files.map((f) => f.path))).toEqual([fileOf(LAYER_A, "fine")]);
  });

  it("keeps a token ArgoCD holds alive through three scheduled runs, in two target layers", async () => {
    const repo = await exampleRepo("leverage-2026");
    const applied = new Applied(repo);
    await addLink(repo, "a1");
    await addLink(repo, "b1", LAYER_B);
    applied.applyTarget(LAYER_A);
    applied.applyTarget(LAYER_B);
    applied.applyArgocd();

    // Run 1: both links have no date yet, so both are due: one step per layer.
    const run1 = await planRotations(repo, options("2026-10-01T06:00:00Z"));
    expect(run1.batches.map((b) => b.layer)).toEqual([LAYER_B, LAYER_A]);
    for (const batch of run1.batches) {
      merge(repo, batch.step.files);
      applied.applyTarget(batch.layer); // ArgoCD still holds generation 0, which slot a keeps
      expect(applied.argocd.get(batch.links[0]!.linkId)).toBe(0);
    }
    applied.applyArgocd();
    expect(applied.argocd).toEqual(
      new Map([
        ["a1", 1],
        ["b1", 1],
      ]),
    );

    // New links, then run 2: only they are due (a1 and b1 are 19 days old).
    await addLink(repo, "a2");
    await addLink(repo, "a3");
    await addLink(repo, "b2", LAYER_B);
    applied.applyTarget(LAYER_A);
    applied.applyTarget(LAYER_B);
    applied.applyArgocd();
    const run2 = await planRotations(repo, options("2026-10-20T06:00:00Z"));
    expect(run2.links.filter((l) => l.state === "due").map((l) => l.linkId)).toEqual(["a2", "a3", "b2"]);
    // A rerun with nothing merged plans the same files.
    const rerun = await planRotations(
      repo,
      options("2026-10-21T06:00:00Z", { recordedDate: () => new Date("2026-10-20T06:00:00Z") }),
    );
    expect(rerun.batches.map((b) => b.step)).toEqual(run2.batches.map((b) => b.step));
    // Layer A's step is merged and applied; layer B's pull request stays open.
    const [run2B, run2A] = run2.batches;
    merge(repo, run2A!.step.files);
    applied.applyTarget(LAYER_A);
    applied.applyArgocd();

    // Run 3, 35 days after run 1: a1 and b1 are due again, b2 is still waiting in its open step.
    const run3 = await planRotations(
      repo,
      options("2026-11-05T06:00:00Z", {
        recordedDate: (id) => (id === run2B!.batchId ? new Date("2026-10-20T06:00:00Z") : undefined),
      }),
    );
    expect(run3.links.map((l) => [l.linkId, l.state, l.ageDays])).toEqual([
      ["a1", "due", 35],
      ["a2", "current", 16],
      ["a3", "current", 16],
      ["b1", "due", 35],
      ["b2", "due", undefined],
    ]);
    const run3B = run3.batches.find((b) => b.layer === LAYER_B)!;
    expect(run3B.batchId).toBe(run2B!.batchId);
    expect(run3B.links.map((l) => l.linkId)).toEqual(["b1", "b2"]);
    for (const batch of run3.batches) {
      merge(repo, batch.step.files);
      applied.applyTarget(batch.layer);
    }
    applied.applyArgocd();
    expect(applied.argocd).toEqual(
      new Map([
        ["a1", 2],
        ["b1", 2],
        ["a2", 1],
        ["a3", 1],
        ["b2", 1],
      ]),
    );
    // Applying the target layer twice without the ArgoCD layer in between is what the checker catches.
    merge(
      repo,
      (await planRotations(repo, options("2026-11-05T06:00:00Z", { links: ["a1"] }))).batches.find(
        (b) => b.layer === LAYER_A,
      )!.step.files,
    );
    applied.applyTarget(LAYER_A);
    merge(
      repo,
      (await planRotations(repo, options("2026-11-05T06:00:00Z", { links: ["a1"] }))).batches.find(
        (b) => b.layer === LAYER_A,
      )!.step.files,
    );
    expect(() => applied.applyTarget(LAYER_A)).toThrow(/outage: ArgoCD holds a1 generation 2/);
  });
});

describe("a new link's token date", () => {
  it("is the plan's date, kept by a rerun and a rotation, so the first scheduled rotation finds it current", async () => {
    const repo = await exampleRepo("leverage-2026");
    const request = exampleRequest("leverage-2026-bearer-token");
    const facts = exampleFacts("leverage-2026-apps-devstg");
    const linked = new Date("2026-12-01T06:00:00.250Z");
    const plan = await planLink(repo, request, facts, { date: linked });
    const path = fileOf(LAYER_A, "demoapps-readonly");
    const file = plan.steps.flatMap((s) => s.files).find((f) => f.path === path)!;
    expect(file.content).toContain("\n# token-created: 2026-12-01T06:00:00Z\n\nresource");
    // Its pull request records the date, for a rerun before it is merged.
    const rbac = plan.steps.find((s) => s.files.includes(file))!;
    expect(recordedDateIn(rbac.body)).toEqual(new Date("2026-12-01T06:00:00Z"));
    expect(plan.steps.filter((s) => recordedDateIn(s.body))).toEqual([rbac]);
    mergePlan(repo, plan);

    // A rerun on a later day changes nothing: the file's date is kept.
    const rerun = await planLink(repo, request, facts, { date: new Date("2026-12-09T00:00:00Z") });
    expect(rerun.steps).toEqual([]);

    // The first scheduled rotation after linking: current, nothing to rotate.
    const first = await planRotations(repo, options("2026-12-02T06:00:00Z"));
    expect(first.links).toMatchObject([{ linkId: "demoapps-readonly", state: "current", ageDays: 1 }]);
    expect(first.batches).toEqual([]);
    // Due once it is 30 days old.
    const later = await planRotations(repo, options("2026-12-31T06:00:00Z"));
    expect(later.links).toMatchObject([{ state: "due", ageDays: 30 }]);
  });
});
