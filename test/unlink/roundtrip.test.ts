// The round-trip property: link then unlink gives back the original repository byte for byte. Driven
// only by what the link plan wrote, so it holds whatever the steps' names and contents become.
import { createTwoFilesPatch } from "diff";
import { describe, expect, it } from "vitest";
import { KEPT_SETTINGS } from "../../src/unlink/edits.js";
import { planUnlink } from "../../src/unlink/plan.js";
import {
  caseRepo,
  CASES,
  exampleFacts,
  exampleRequest,
  planCase,
  type GoldenCase,
} from "../support/cases.js";
import { differences, keptSettingLines, mergeSteps } from "./support.js";

/** Links, merges, unlinks, merges, and checks the repository is the original byte for byte. */
async function roundTrip(c: GoldenCase): Promise<void> {
  const repo = await caseRepo(c);
  const original = new Map(repo.files);
  const link = await planCase(c, repo);
  mergeSteps(repo, link);
  const linked = new Map(repo.files);
  const unlink = await planUnlink(repo, link.linkId);
  mergeSteps(repo, unlink);
  const bodies = unlink.steps.map((s) => s.body).join("\n");
  // The only lines allowed to stay: the instance-wide settings the link added (resource.respectRBAC),
  // exactly those lines, each named in an unlink pull request body.
  const kept: string[] = [];
  const diff = differences(original, repo.files)
    .filter((p) => {
      const [before, during, after] = [original.get(p), linked.get(p), repo.files.get(p)];
      if (before === undefined || during === undefined || after === undefined) return true;
      const settings = keptSettingLines(before, during, after, KEPT_SETTINGS);
      if (settings.rest !== before || settings.kept.length === 0) return true;
      kept.push(...settings.kept);
      return false;
    })
    .map((p) =>
      createTwoFilesPatch(`original/${p}`, `after/${p}`, original.get(p) ?? "", repo.files.get(p) ?? ""),
    );
  expect(diff.join("\n")).toBe("");
  for (const line of kept) {
    expect(line).toMatch(/^\s*resource\.respectRBAC: "normal"$/);
    expect(bodies).toContain("`configs.cm.resource.respectRBAC`");
  }
  // The link's plan says when it sets respectRBAC; then (and only then) that line stays.
  const setsRespectRbac = link.steps.some((s) =>
    s.files.some((f) => {
      const before = original.get(f.path);
      // A file the link created is deleted whole, settings included.
      return (
        before !== undefined &&
        !before.includes("resource.respectRBAC") &&
        f.content.includes("resource.respectRBAC")
      );
    }),
  );
  expect(kept.length).toBe(setsRespectRbac ? 1 : 0);
  // Every file the link created is deleted, and by the unlink step that reverses its step.
  const created = link.steps.flatMap((s) => s.files.filter((f) => f.action === "create").map((f) => f.path));
  const deleted = unlink.steps.flatMap((s) =>
    s.files.filter((f) => f.action === "delete").map((f) => f.path),
  );
  expect(deleted.sort()).toEqual(created.filter((p) => !original.has(p)).sort());
  // Reverse order: each unlink step undoes a link step, the last link step first.
  const linkOrder = link.steps.map((s) => `unlink-${s.id}`).reverse();
  expect(unlink.steps.map((s) => s.id)).toEqual(
    linkOrder.filter((id) => unlink.steps.some((s) => s.id === id)),
  );
  expect(linked.size).toBeGreaterThanOrEqual(original.size);
  // Once merged, nothing is left to unlink.
  await expect(planUnlink(repo, link.linkId)).rejects.toThrow(/names no link/);
}

describe("link then unlink gives back the original repository", () => {
  for (const c of CASES) it(c.name, () => roundTrip(c));
});

const configMapOnly = (cluster: Record<string, unknown>) => {
  cluster.accessConfig = { authenticationMode: "CONFIG_MAP" };
};

/** Links on the reference trees with values files in their own style (issue 18): every method and grant. */
const REAL_STYLE: GoldenCase[] = [
  ...(
    [
      ["iam-role cluster-admin", "leverage-2024-iam-role", {}],
      ["bearer-token cluster-admin", "leverage-2024-bearer-token", {}],
      [
        "iam-role edit (ArgoCD 2.5)",
        "leverage-2024-iam-role",
        { access: "edit", namespaces: ["demoapps"], readBeyondAccess: true },
      ],
      [
        "bearer-token view (ArgoCD 2.5)",
        "leverage-2024-bearer-token",
        { access: "view", readBeyondAccess: true },
      ],
    ] as const
  ).map(([what, request, changes]) => ({
    name: `leverage-2024 real-style values: ${what}`,
    repo: "leverage-2024",
    variant: "leverage-2024-real-values" as const,
    request: () => exampleRequest(request, changes),
    facts: () => exampleFacts("leverage-2024-apps-devstg"),
  })),
  ...(
    [
      ["iam-role access entry", "leverage-2026-iam-role", {}, undefined],
      [
        "iam-role aws-auth cluster-admin",
        "leverage-2026-iam-role",
        { access: "cluster-admin", namespaces: [] },
        configMapOnly,
      ],
      ["bearer-token cluster-wide", "leverage-2026-bearer-token", {}, undefined],
      ["dedicated instance", "leverage-2026-dedicated", {}, undefined],
    ] as const
  ).map(([what, request, changes, facts]) => ({
    name: `leverage-2026 real-style values: ${what}`,
    repo: "leverage-2026",
    variant: "leverage-2026-real-values" as const,
    request: () => exampleRequest(request, changes),
    facts: () => exampleFacts("leverage-2026-apps-devstg", facts),
  })),
];

describe("link then unlink on values files in the reference trees' own style", () => {
  for (const c of REAL_STYLE) it(c.name, () => roundTrip(c));
});
