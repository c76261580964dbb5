// What a link leaves in its target layer besides its own file: the kubernetes provider shared by the
// layer's links (kept while one remains), and a second token slot after a rotation.
import { describe, expect, it } from "vitest";
import { planLink } from "../../src/plan/plan.js";
import { planRotations } from "../../src/plan/rotate.js";
import { planUnlink } from "../../src/unlink/plan.js";
import { caseRepo, CASES, exampleFacts, exampleRequest, mergePlan } from "../support/cases.js";
import { differences, mergeSteps } from "./support.js";

const IDENTITIES = "apps-devstg/us-east-1/k8s-eks-demoapps/identities";
const PROVIDER = `${IDENTITIES}/argocd_layer__kubernetes_provider.tf`;
const identitiesCase = CASES.find((c) => c.name === "leverage-2026-bearer-token-identities-provider")!;
const facts = () => exampleFacts("leverage-2026-apps-devstg");

describe("unlink in a target layer", () => {
  it("keeps the layer's kubernetes provider while another link uses it, and deletes it with the last", async () => {
    const repo = await caseRepo(identitiesCase);
    const original = new Map(repo.files);
    mergeSteps(repo, await planLink(repo, identitiesCase.request(), facts()));
    const second = exampleRequest("leverage-2026-bearer-token", { argocdClusterName: "demoapps-second" });
    mergeSteps(repo, await planLink(repo, second, facts()));
    expect(repo.files.has(`${IDENTITIES}/argocd_link_demoapps_second.tf`)).toBe(true);
    expect(repo.files.has(PROVIDER)).toBe(true);

    const first = await planUnlink(repo, "demoapps-readonly");
    const deleted = (plan: typeof first) =>
      plan.steps.flatMap((s) => s.files.filter((f) => f.action === "delete").map((f) => f.path));
    expect(deleted(first)).toContain(`${IDENTITIES}/argocd_link_demoapps_readonly.tf`);
    expect(deleted(first)).not.toContain(PROVIDER);
    mergeSteps(repo, first);

    const last = await planUnlink(repo, "demoapps-second");
    const rbac = last.steps.find((s) => s.id === "unlink-target-rbac")!;
    expect(rbac.files.map((f) => `${f.action} ${f.path}`)).toEqual([
      `delete ${IDENTITIES}/argocd_link_demoapps_second.tf`,
      `delete ${PROVIDER}`,
    ]);
    mergeSteps(repo, last);
    expect(differences(original, repo.files).every((p) => p.endsWith("chart-values/argocd.yaml"))).toBe(true);
  });

  it("deletes a rotated link's file whole, both token slots included", async () => {
    const c = CASES.find((x) => x.name === "leverage-2026-bearer-token-cluster-wide")!;
    const repo = await caseRepo(c);
    const link = await planLink(repo, c.request(), c.facts());
    mergePlan(repo, link);
    const rotation = await planRotations(repo, {
      now: new Date("2030-01-01T00:00:00Z"),
      rotateAfterDays: 30,
      force: true,
      links: [],
      maxLinksPerPullRequest: 50,
    });
    expect(rotation.batches).toHaveLength(1);
    mergePlan(repo, { linkId: link.linkId, steps: [rotation.batches[0]!.step], upToDate: [], notes: [] });
    const rbacPath = rotation.batches[0]!.step.files[0]!.path;
    expect(repo.files.get(rbacPath)).toMatch(/_b"/);

    const unlink = await planUnlink(repo, link.linkId);
    const rbac = unlink.steps.find((s) => s.id === "unlink-target-rbac")!;
    expect(rbac.files.map((f) => `${f.action} ${f.path}`)).toEqual([`delete ${rbacPath}`]);
    expect(unlink.notes.join("\n")).not.toMatch(/hand edit/);
  });
});
