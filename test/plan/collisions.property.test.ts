// Issue 9's property: for random pairs of valid requests on one repository, with link, release and
// instance names drawn to collide, planning the second after the first is merged never changes a
// byte the first wrote (except the shared lines a link is meant to add), or it is refused with a
// clear error. A seeded generator (no new dependency): a failure prints its seed and pair.
import { describe, expect, it } from "vitest";
import { LayoutError } from "../../src/core/errors.js";
import { planLink } from "../../src/plan/plan.js";
import type { Plan } from "../../src/plan/types.js";
import { validateLinkRequest } from "../../src/request/parse.js";
import type { LinkRequest } from "../../src/request/types.js";
import { MemoryRepo } from "../../src/repo/reader.js";
import { damage } from "../support/collisions.js";
import { exampleFacts, exampleRepo, mergePlan } from "../support/cases.js";

const PAIRS = Number(process.env.COLLISION_PAIRS ?? 2000);
const SEED = Number(process.env.COLLISION_SEED ?? 20261201);
const FIRST_POOL = 64;

/** mulberry32: small, fast, and the same sequence for a seed on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Names that map onto each other's files under the old scheme or any naive one: the release, the
// IRSA variable, values files, kind suffixes (access, release, cluster-scoped, instance...).
const LINK_NAMES = [
  "argocd",
  "irsa",
  "argo-cd",
  "demoapps",
  "demoapps-two",
  "x",
  "x-access",
  "x-release",
  "x-cluster-scoped",
  "argocd-x",
  "argocd-x-release",
  "argocd-instance-x",
  "release",
  "instance-x",
  "argocd-release-x",
  "link-x",
];
const INSTANCE_NAMES = [
  "argocd-x",
  "argo-cd",
  "argocd",
  "x",
  "argocd-instance-x",
  "x-release",
  "release-x",
  "irsa",
];

type Raw = Record<string, unknown>;

function drawRequest(rand: () => number, previous?: Raw): Raw {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const method = pick(["iam-role", "bearer-token"]);
  const namespaced = rand() < 0.5;
  const access = namespaced
    ? pick(["admin", "edit", "view"])
    : pick(["cluster-admin", "admin", "edit", "view"]);
  const raw: Raw = {
    "source-account": "shared",
    "target-account": "apps-devstg",
    "target-region": "us-east-1",
    "target-cluster": "acme-apps-devstg-k8s-eks-demoapps",
    method,
    access,
    "argocd-cluster-name": pick(LINK_NAMES),
    ...(namespaced ? { namespaces: ["demoapps"], "cluster-resources": rand() < 0.3 } : {}),
  };
  const roll = rand();
  if (roll < 0.35) {
    raw["dedicated-instance"] = true;
    // Half the time on the instance the first request created, to add a second link to it.
    const shared = previous?.["dedicated-instance"] === true && rand() < 0.5;
    if (shared)
      raw["argocd-instance"] =
        previous["argocd-instance"] ?? `argocd-${String(previous["argocd-cluster-name"])}`;
    else if (rand() < 0.7) raw["argocd-instance"] = pick(INSTANCE_NAMES);
  } else if (previous?.["dedicated-instance"] === true) {
    // Two releases now: say which one.
    raw["argocd-instance"] =
      rand() < 0.5
        ? "argocd"
        : (previous["argocd-instance"] ?? `argocd-${String(previous["argocd-cluster-name"])}`);
  }
  return raw;
}

type Outcome = { plan: Plan } | { refused: string };

async function attempt(repo: MemoryRepo, req: LinkRequest): Promise<Outcome> {
  try {
    return { plan: await planLink(repo, req, FACTS) };
  } catch (error) {
    if (error instanceof LayoutError) return { refused: error.message };
    throw error;
  }
}

const FACTS = exampleFacts("leverage-2026-apps-devstg");

describe("name-collision property (issue 9)", () => {
  it(`${PAIRS} random pairs: the second plan only adds to what the first wrote, or is refused`, async () => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const base = await exampleRepo("leverage-2026");
    const original = new Map(base.files);
    const rand = random(SEED);
    const counts = { pairs: 0, secondRefused: 0, secondPlanned: 0 };
    const problems: string[] = [];
    const reasons = new Map<string, number>();
    // A fixed pool of firsts that plan (each planned and merged once, and checked against the
    // repository) keeps CI time to the second plans; every pair then tests the second.
    const pool: { raw: Raw; req: LinkRequest; repo: MemoryRepo }[] = [];
    let firstRefused = 0;
    while (pool.length < FIRST_POOL) {
      const raw = drawRequest(rand);
      const req = validateLinkRequest(raw, "first");
      const outcome = await attempt(base, req);
      if ("refused" in outcome) {
        firstRefused++;
        continue;
      }
      const found = damage(original, outcome.plan);
      if (found.length > 0) problems.push(`first ${JSON.stringify(raw)}: ${found.join("; ")}`);
      const repo = new MemoryRepo(new Map(original));
      mergePlan(repo, outcome.plan);
      pool.push({ raw, req, repo });
    }
    for (let i = 0; i < PAIRS; i++) {
      const first = pool[Math.floor(rand() * pool.length)]!;
      const rawSecond = drawRequest(rand, first.raw);
      const key = JSON.stringify(first.raw);
      counts.pairs++;
      const second = validateLinkRequest(rawSecond, "second");
      const outcome = await attempt(first.repo, second);
      const pair = `seed ${SEED} pair ${i}: ${key} then ${JSON.stringify(rawSecond)}`;
      if ("refused" in outcome) {
        counts.secondRefused++;
        const reason = outcome.refused.replace(/"[^"]*"/g, "…").slice(0, 70);
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        // A clear refusal names what collides: the link, the instance or a file.
        const named = [second.argocdClusterName, second.argocdInstance ?? "", "/"].some(
          (word) => word && outcome.refused.includes(word),
        );
        if (!named) problems.push(`${pair}: unclear refusal ${JSON.stringify(outcome.refused)}`);
        continue;
      }
      counts.secondPlanned++;
      // The same link planned again may rewrite its own lines; it still keeps the repository's.
      const sameLink = second.argocdClusterName === first.req.argocdClusterName;
      const found = damage(sameLink ? original : first.repo.files, outcome.plan);
      if (found.length > 0) problems.push(`${pair}: ${found.join("; ")}`);
      if (problems.length >= 5) break;
    }
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    console.log(
      `collision property: ${JSON.stringify(counts)}, ${FIRST_POOL} firsts (${firstRefused} refused draws), ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s CPU)`,
    );
    console.log([...reasons].map(([reason, n]) => `  ${n} × ${reason}`).join("\n"));
    expect(problems).toEqual([]);
    expect(counts.pairs).toBe(PAIRS);
    // The generator reaches both outcomes, so the property is not vacuous.
    expect(counts.secondPlanned).toBeGreaterThan(PAIRS / 4);
    expect(counts.secondRefused).toBeGreaterThan(0);
  }, 300_000);
});
