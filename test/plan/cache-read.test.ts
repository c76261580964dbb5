// ArgoCD before 2.9 (no resource.respectRBAC): the link reads every kind its cache lists, and an
// upgrade of the chart past 5.51.0 moves it to respectRBAC in two reruns, one step each, without a
// moment where ArgoCD has neither.
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/plan/types.js";
import type { MemoryRepo } from "../../src/repo/reader.js";
import {
  caseRepo,
  CASES,
  exampleFacts,
  exampleRequest,
  mergePlan,
  planCase,
  type GoldenCase,
} from "../support/cases.js";
import { parseHclStrict, terraformFmt } from "../support/oracles.js";

const RELEASE_FILE = "shared/us-east-1/k8s-eks/k8s-components/cicd-argo.tf";
const VALUES_FILE = "shared/us-east-1/k8s-eks/k8s-components/chart-values/argo-cd.yaml";

function upgradeChart(repo: MemoryRepo, from: string, to: string): void {
  const text = repo.files.get(RELEASE_FILE)!;
  const line = `version    = "${from}"`;
  expect(text).toContain(line);
  repo.files.set(RELEASE_FILE, text.replace(line, `version    = "${to}"`));
}

const stepIds = (plan: Plan) => plan.steps.map((s) => s.id);
const fileOf = (plan: Plan, id: string) => plan.steps.find((s) => s.id === id)!.files;

async function walk(c: GoldenCase, chart: string) {
  const repo = await caseRepo(c);
  const first = await planCase(c, repo);
  mergePlan(repo, first);
  const rbacPath = fileOf(first, "target-rbac")[0]!.path;
  expect(repo.files.get(rbacPath)).toContain("__cache_read");
  expect(repo.files.get(VALUES_FILE)).not.toContain("resource.respectRBAC");
  upgradeChart(repo, chart, "5.51.0");
  const second = await planCase(c, repo);
  mergePlan(repo, second);
  const third = await planCase(c, repo);
  applyChanges(repo, third);
  const fourth = await planCase(c, repo);
  return { repo, rbacPath, second, third, fourth };
}

/** Merges a plan, deletions included. */
function applyChanges(repo: MemoryRepo, plan: Plan): void {
  for (const step of plan.steps)
    for (const f of step.files)
      if (f.action === "delete") repo.files.delete(f.path);
      else repo.files.set(f.path, f.content);
}

describe("the extra read's files", () => {
  it.each([
    ["cluster-resources", { namespaces: ["demoapps"], clusterResources: true }],
    ["cluster-wide", { namespaces: [] }],
    ["namespaced", { namespaces: ["demoapps", "monitoring"] }],
  ] as const)("%s: every .tf parses and is terraform fmt-clean", async (_scope, scope) => {
    for (const method of ["iam-role", "bearer-token"] as const) {
      const c: GoldenCase = {
        name: "leverage-2022-view",
        repo: "leverage-2024",
        variant: "leverage-2022-chart-4",
        request: () =>
          exampleRequest(`leverage-2024-${method}`, { access: "view", readBeyondAccess: true, ...scope }),
        facts: () => exampleFacts("leverage-2024-apps-devstg"),
      };
      const plan = await planCase(c);
      const rbac = plan.steps.find((s) => s.id === "target-rbac")!.files[0]!;
      expect(rbac.content).toContain("__cache_read");
      for (const file of plan.steps.flatMap((s) => s.files).filter((f) => f.path.endsWith(".tf"))) {
        await parseHclStrict(file.path, file.content);
        expect(await terraformFmt(file.content), file.path).toBe(file.content);
      }
    }
  });
});

it("says read-beyond-access has no effect where ArgoCD reads respectRBAC", async () => {
  const c = CASES.find((x) => x.name === "leverage-2026-iam-role-access-entry-namespaced")!;
  const plan = await planCase({ ...c, request: () => ({ ...c.request(), readBeyondAccess: true }) });
  expect(plan.notes).toContain(
    "read-beyond-access has no effect: ArgoCD v2.14.11 reads resource.respectRBAC, so the link reads nothing beyond edit.",
  );
  expect((await planCase(c)).notes.join("\n")).not.toContain("read-beyond-access");
});

describe("upgrading the chart past 5.51.0 moves a link from the extra read to respectRBAC", () => {
  it("aws-auth: first the ArgoCD step sets respectRBAC, then the RBAC step drops the extra read", async () => {
    const c = CASES.find((x) => x.name === "leverage-2022-iam-role-edit-namespaced-aws-auth")!;
    const { repo, rbacPath, second, third, fourth } = await walk(c, "4.6.5");
    // Rerun 1: only the ArgoCD step; the extra read stays until respectRBAC is applied.
    expect(stepIds(second)).toEqual(["argocd"]);
    expect(fileOf(second, "argocd").find((f) => f.path === VALUES_FILE)!.content).toContain(
      `resource.respectRBAC: "normal"`,
    );
    expect(second.steps[0]!.body).toMatch(
      /keeps the extra read written for ArgoCD v2\.3\.4 until this is applied/,
    );
    // Rerun 2: only the RBAC step, which drops the extra read and keeps the edit bindings.
    expect(stepIds(third)).toEqual(["target-rbac"]);
    expect(third.steps[0]!.body).toMatch(
      /now sets `resource\.respectRBAC` \(ArgoCD v2\.9\.0\): the extra read .* is removed/,
    );
    const rbac = repo.files.get(rbacPath)!;
    expect(rbac).not.toContain("cache_read");
    expect(rbac).toContain('name      = "edit"');
    expect(stepIds(fourth)).toEqual([]);
  });

  it("access entry: the RBAC file that only held the extra read is deleted, and the entry leaves the group", async () => {
    const c: GoldenCase = {
      name: "leverage-2024-aws-5-iam-role-edit-access-entry",
      repo: "leverage-2024",
      variant: "leverage-2024-aws-5",
      request: () =>
        exampleRequest("leverage-2024-iam-role", {
          access: "edit",
          namespaces: ["demoapps"],
          readBeyondAccess: true,
        }),
      facts: () =>
        exampleFacts("leverage-2024-apps-devstg", (cluster) => {
          cluster.accessConfig = { authenticationMode: "API_AND_CONFIG_MAP" };
        }),
    };
    const { repo, rbacPath, second, third, fourth } = await walk(c, "5.8.3");
    expect(stepIds(second)).toEqual(["argocd"]);
    expect(stepIds(third)).toEqual(["target-rbac", "cluster-access"]);
    expect(fileOf(third, "target-rbac")).toEqual([
      expect.objectContaining({ path: rbacPath, action: "delete" }),
    ]);
    expect(third.steps[0]!.title).toMatch(/remove the extra read of ArgoCD before 2\.9$/);
    expect(repo.files.has(rbacPath)).toBe(false);
    expect(fileOf(third, "cluster-access")[0]!.content).not.toContain("kubernetes_groups");
    expect(stepIds(fourth)).toEqual([]);
  });
});
