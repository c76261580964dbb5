// A dedicated instance with two links: it stays with its last link, whichever link created it.
import { describe, expect, it } from "vitest";
import { planLink } from "../../src/plan/plan.js";
import type { Plan } from "../../src/plan/types.js";
import { planUnlink } from "../../src/unlink/plan.js";
import { exampleFacts, exampleRepo, exampleRequest } from "../support/cases.js";
import { terraformFmt } from "../support/oracles.js";
import { differences, mergeSteps } from "./support.js";

/** Every .tf file an unlink writes is as `terraform fmt` writes it (its removals realign `=`). */
async function expectFmtClean(plan: Plan): Promise<void> {
  for (const step of plan.steps) {
    for (const file of step.files) {
      if (file.action === "delete" || !file.path.endsWith(".tf")) continue;
      expect(await terraformFmt(file.content), file.path).toBe(file.content);
    }
  }
}

async function twoLinksOfOneInstance(secondName = "devstg-second") {
  const repo = await exampleRepo("leverage-2026");
  const original = new Map(repo.files);
  const facts = exampleFacts("leverage-2026-apps-devstg");
  mergeSteps(repo, await planLink(repo, exampleRequest("leverage-2026-dedicated"), facts));
  const first = [...repo.files.keys()].find((p) => /argocd_instance_.*\.tf$/.test(p))!;
  const firstId = /created for the cluster (\S+)\.$/m.exec(repo.files.get(first)!)![1]!;
  const second = exampleRequest("leverage-2026-dedicated", {
    argocdClusterName: secondName,
    argocdInstance: "argocd-devstg-dedicated",
  });
  mergeSteps(repo, await planLink(repo, second, facts));
  return { repo, original, instanceFile: first, firstId };
}

describe("unlink the links of a dedicated instance", () => {
  it("the creating link first: the instance stays for the other, without the first link's variables", async () => {
    const { repo, instanceFile, firstId } = await twoLinksOfOneInstance();
    const plan = await planUnlink(repo, firstId);
    await expectFmtClean(plan);
    mergeSteps(repo, plan);
    const instance = repo.files.get(instanceFile);
    expect(instance).toBeDefined();
    expect(instance).not.toContain(`argocd_link_${firstId.replace(/-/g, "_")}_role_arn`);
    expect(instance).toContain("argocd_link_devstg_second_role_arn");
  });

  // The creating link's group held the release's IRSA variable, aligned to its own longer name.
  it.each(["x", "devstg-second-with-a-much-longer-name"])(
    "the creating link first, then a link named %s: the instance file stays terraform fmt-clean",
    async (name) => {
      const { repo, firstId } = await twoLinksOfOneInstance(name);
      const first = await planUnlink(repo, firstId);
      await expectFmtClean(first);
      mergeSteps(repo, first);
    },
  );

  it("the other link first, then the creating one: each unlink is terraform fmt-clean", async () => {
    const { repo, firstId } = await twoLinksOfOneInstance("devstg-second-with-a-much-longer-name");
    const second = await planUnlink(repo, "devstg-second-with-a-much-longer-name");
    await expectFmtClean(second);
    mergeSteps(repo, second);
    await expectFmtClean(await planUnlink(repo, firstId));
  });

  it("both, the creating link first: gives back the original repository", async () => {
    const { repo, original, firstId } = await twoLinksOfOneInstance();
    mergeSteps(repo, await planUnlink(repo, firstId));
    mergeSteps(repo, await planUnlink(repo, "devstg-second"));
    expect(differences(original, repo.files)).toEqual([]);
  });
});
