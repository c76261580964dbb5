// Token rotation: the plan raises the generation of every bearer-token link, and nothing else.
import { diffLines } from "diff";
import { describe, expect, it } from "vitest";
import { planLink } from "../../src/plan/plan.js";
import { planRotations, tokenGeneration } from "../../src/plan/rotate.js";
import { exampleFacts, exampleRepo, exampleRequest, mergePlan } from "../support/cases.js";
import { parseHclStrict, terraformFmt } from "../support/oracles.js";

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
    expect(await planRotations(repo)).toEqual([]);
  });

  it("raises the generation of each bearer-token link, changing only that number", async () => {
    const repo = await exampleRepo("leverage-2026");
    const facts = exampleFacts("leverage-2026-apps-devstg");
    mergePlan(repo, await planLink(repo, exampleRequest("leverage-2026-bearer-token"), facts));
    mergePlan(repo, await planLink(repo, exampleRequest("leverage-2026-iam-role"), facts));
    const [rotation, ...rest] = await planRotations(repo);
    expect(rest).toEqual([]);
    expect(rotation!.linkId).toBe("demoapps-readonly");
    const file = rotation!.step.files[0]!;
    expect(file.path).toBe(
      "apps-devstg/us-east-1/k8s-eks-demoapps/k8s-components/argocd_link_demoapps_readonly.tf",
    );
    const changes = diffLines(file.previous!, file.content).filter((p) => p.added || p.removed);
    expect(changes.map((c) => c.value.trim())).toEqual([
      'generate_name = "argocd-link-demoapps-readonly-g0-"',
      'generate_name = "argocd-link-demoapps-readonly-g1-"',
    ]);
    await parseHclStrict(file.path, file.content);
    expect(await terraformFmt(file.content)).toBe(file.content);
    expect(rotation!.step.apply).toEqual([
      "cd apps-devstg/us-east-1/k8s-eks-demoapps/k8s-components && leverage tf apply",
      "cd shared/us-east-1/k8s-eks/k8s-components && leverage tf apply",
    ]);

    // Once merged, the next rotation goes one further, and replanning the link keeps the generation.
    repo.files.set(file.path, file.content);
    const next = await planRotations(repo);
    expect(tokenGeneration(next[0]!.step.files[0]!.content, file.path)!.value).toBe(2);
    const replan = await planLink(repo, exampleRequest("leverage-2026-bearer-token"), facts);
    expect(replan.steps).toEqual([]);
  });
});
