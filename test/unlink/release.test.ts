// Two links of one ArgoCD release: the release's IRSA role and annotations stay until its last
// iam-role link is removed, and the other link is left exactly as it was.
import { describe, expect, it } from "vitest";
import { planLink } from "../../src/plan/plan.js";
import { planUnlink } from "../../src/unlink/plan.js";
import { exampleFacts, exampleRepo, exampleRequest } from "../support/cases.js";
import { KEPT_SETTINGS } from "../../src/unlink/edits.js";
import { differences, keptSettingLines, mergeSteps } from "./support.js";

async function twoLinks() {
  const repo = await exampleRepo("leverage-2026");
  const original = new Map(repo.files);
  const facts = exampleFacts("leverage-2026-apps-devstg");
  const first = await planLink(repo, exampleRequest("leverage-2026-iam-role"), facts);
  mergeSteps(repo, first);
  const afterFirst = new Map(repo.files);
  const request = exampleRequest("leverage-2026-iam-role", { argocdClusterName: "demoapps-b" });
  mergeSteps(repo, await planLink(repo, request, facts));
  return { repo, original, afterFirst };
}

describe("unlink one of two links of a release", () => {
  it("the later link: gives back the repository as it was with the first link only", async () => {
    const { repo, afterFirst } = await twoLinks();
    const plan = await planUnlink(repo, "demoapps-b");
    mergeSteps(repo, plan);
    expect(differences(afterFirst, repo.files)).toEqual([]);
    expect(plan.steps.find((s) => s.id === "unlink-source-role")?.body).toMatch(
      /Kept on purpose[\s\S]*demoapps/,
    );
  });

  it("the first link: keeps the IRSA role, annotations and variable the other still uses", async () => {
    const { repo } = await twoLinks();
    const plan = await planUnlink(repo, "demoapps");
    const deleted = plan.steps.flatMap((s) =>
      s.files.filter((f) => f.action === "delete").map((f) => f.path),
    );
    expect(deleted.some((p) => p.includes("ids_argocd_release_"))).toBe(false);
    mergeSteps(repo, plan);
    const values = [...repo.files].find(([p]) => p.endsWith("chart-values/argocd.yaml"))![1];
    expect(values).toContain('eks.amazonaws.com/role-arn: "${argocd_release_irsa_role_arn}"');
    // The pod annotation that rolled the pods for the IRSA role stays with it.
    expect(values).toContain('argocd-cluster-link/irsa-role-arn: "${argocd_release_irsa_role_arn}"');
    expect(values).toContain("demoapps-b:");
    expect(values).not.toMatch(/^ {4}demoapps:/m);
    const helm = [...repo.files].find(([p]) => p.endsWith("cicd-argo.tf"))![1];
    expect(helm).toContain("argocd_release_irsa_role_arn");
    expect(helm).not.toContain("argocd_link_demoapps_role_arn");
    expect(plan.steps[0]!.body).toMatch(/Kept on purpose[\s\S]*IRSA annotation/);
  });

  it("both, first then last: gives back the original repository", async () => {
    const { repo, original, afterFirst } = await twoLinks();
    mergeSteps(repo, await planUnlink(repo, "demoapps"));
    mergeSteps(repo, await planUnlink(repo, "demoapps-b"));
    // Only the instance-wide respectRBAC line the first link added stays, exactly that line.
    const changed = differences(original, repo.files);
    expect(changed).toEqual([expect.stringMatching(/chart-values\/argocd\.yaml$/)]);
    const [path] = changed as [string];
    const settings = keptSettingLines(
      original.get(path)!,
      afterFirst.get(path)!,
      repo.files.get(path)!,
      KEPT_SETTINGS,
    );
    expect(settings.kept).toEqual(['    resource.respectRBAC: "normal"']);
    expect(settings.rest).toBe(original.get(path));
  });
});
