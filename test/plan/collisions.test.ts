// Issue 9, "One link must never rewrite another link's or the chart's files": the five collisions
// found by the hostile review, each planned on an example repository. A plan either only adds its
// own lines to what exists, or is refused with an error naming the file or the name.
import { describe, expect, it } from "vitest";
import { LayoutError } from "../../src/core/errors.js";
import { planLink } from "../../src/plan/plan.js";
import type { Plan } from "../../src/plan/types.js";
import type { LinkRequest } from "../../src/request/types.js";
import type { MemoryRepo } from "../../src/repo/reader.js";
import { damage } from "../support/collisions.js";
import { exampleFacts, exampleRepo, exampleRequest, mergePlan } from "../support/cases.js";

const facts2026 = () => exampleFacts("leverage-2026-apps-devstg");

/** Plans `req` on `repo`; the plan and the damage it does, or the refusal. */
async function planOver(
  repo: MemoryRepo,
  req: LinkRequest,
  facts = facts2026(),
): Promise<{ plan?: Plan; damage: string[]; refused?: string }> {
  const before = new Map(repo.files);
  try {
    const plan = await planLink(repo, req, facts);
    return { plan, damage: damage(before, plan) };
  } catch (error) {
    if (!(error instanceof LayoutError)) throw error;
    return { damage: [], refused: error.message };
  }
}

async function merged(repo: MemoryRepo, req: LinkRequest): Promise<MemoryRepo> {
  const { plan, damage: found, refused } = await planOver(repo, req);
  expect(refused).toBeUndefined();
  expect(found).toEqual([]);
  mergePlan(repo, plan!);
  return repo;
}

describe("issue 9: names derived from one link never land on another's files", () => {
  it("1. a link named like the release keeps the release's IRSA role file", async () => {
    const repo = await merged(await exampleRepo("leverage-2026"), exampleRequest("leverage-2026-iam-role"));
    const second = await planOver(
      repo,
      exampleRequest("leverage-2026-iam-role", { argocdClusterName: "argocd", namespaces: [] }),
    );
    expect(second.damage).toEqual([]);
    expect(second.refused).toBeUndefined();
    const paths = second.plan!.steps.flatMap((s) => s.files.map((f) => f.path));
    expect(paths).toContain("shared/us-east-1/k8s-eks/identities/ids_argocd_link_argocd.tf");
    // The release's role file is not among them: it exists and the link adds a policy beside it.
    expect(paths.some((p) => /ids_argocd_release_argocd\.tf$/.test(p))).toBe(false);
  });

  it("1b. on a release whose IRSA role file has the pre-scheme name, such a link is refused", async () => {
    const repo = await merged(await exampleRepo("leverage-2026"), exampleRequest("leverage-2026-iam-role"));
    legacyReleaseRoleFile(repo);
    const second = await planOver(
      repo,
      exampleRequest("leverage-2026-iam-role", { argocdClusterName: "argocd", namespaces: [] }),
    );
    expect(second.damage).toEqual([]);
    expect(second.refused).toMatch(/its policy file would be ids_argocd_link_argocd\.tf, the IRSA role file/);
  });

  it("2. a link named irsa does not re-point the ArgoCD service accounts", async () => {
    const repo = await merged(await exampleRepo("leverage-2026"), exampleRequest("leverage-2026-iam-role"));
    const second = await planOver(
      repo,
      exampleRequest("leverage-2026-iam-role", { argocdClusterName: "irsa", namespaces: [] }),
    );
    expect(second.refused).toBeUndefined();
    expect(second.damage).toEqual([]);
    mergePlan(repo, second.plan!);
    const helm = (await repo.readFile("shared/us-east-1/k8s-eks/k8s-components/cicd-argo.tf"))!;
    const irsa = /argocd_release_irsa_role_arn\s*=\s*"(.*)"/.exec(helm)?.[1];
    expect(irsa).toMatch(/:role\/shared-us-east-1-k8s-eks-argocd-irsa$/);
    expect(helm).toMatch(/argocd_link_irsa_role_arn\s*=\s*".*:role\/argocd-link-irsa"/);
  });

  it("2b. on a release with the pre-scheme IRSA variable, a link named irsa is refused", async () => {
    const repo = await merged(await exampleRepo("leverage-2026"), exampleRequest("leverage-2026-iam-role"));
    legacyReleaseRoleFile(repo);
    const second = await planOver(
      repo,
      exampleRequest("leverage-2026-iam-role", { argocdClusterName: "irsa", namespaces: [] }),
    );
    expect(second.damage).toEqual([]);
    expect(second.refused).toMatch(/template variable argocd_link_irsa_role_arn is the IRSA variable/);
  });

  it.each([
    ["argo-cd", "the main ArgoCD's values"],
    ["argo-rollouts", "Argo Rollouts' values"],
  ])("3. a dedicated instance named %s leaves %s alone", async (instance) => {
    const repo = await exampleRepo("leverage-2024");
    const rollouts = "shared/us-east-1/k8s-eks/k8s-components/chart-values/argo-rollouts.yaml";
    repo.files.set(rollouts, "# Argo Rollouts\ncontroller:\n  replicas: 2\n");
    const result = await planOver(
      repo,
      exampleRequest("leverage-2024-iam-role", { dedicatedInstance: true, argocdInstance: instance }),
      exampleFacts("leverage-2024-apps-devstg"),
    );
    expect(result.refused).toBeUndefined();
    expect(result.damage).toEqual([]);
    const written = result.plan!.steps.flatMap((s) => s.files.map((f) => f.path));
    expect(written).toContain(
      `shared/us-east-1/k8s-eks/k8s-components/chart-values/argocd-instance-${instance}.yaml`,
    );
  });

  it("4. a second link on an existing dedicated instance adds its entry and keeps the first's", async () => {
    const first = exampleRequest("leverage-2026-dedicated");
    const repo = await merged(await exampleRepo("leverage-2026"), first);
    const second = exampleRequest("leverage-2026-dedicated", {
      argocdClusterName: "devstg-second",
      argocdInstance: "argocd-devstg-dedicated",
    });
    const result = await planOver(repo, second);
    expect(result.refused).toBeUndefined();
    expect(result.damage).toEqual([]);
    mergePlan(repo, result.plan!);
    const values = (await repo.readFile(
      "shared/us-east-1/k8s-eks/k8s-components/chart-values/argocd-instance-argocd-devstg-dedicated.yaml",
    ))!;
    expect(values).toContain("devstg-dedicated");
    expect(values).toContain("devstg-second");
    const release = (await repo.readFile(
      "shared/us-east-1/k8s-eks/k8s-components/argocd_instance_argocd_devstg_dedicated.tf",
    ))!;
    expect(release).toMatch(/argocd_link_devstg_dedicated_role_arn\s*=/);
    expect(release).toMatch(/argocd_link_devstg_second_role_arn\s*=/);
    // Both links are up to date once merged: neither undoes the other.
    expect((await planLink(repo, first, facts2026())).steps).toEqual([]);
    expect((await planLink(repo, second, facts2026())).steps).toEqual([]);
  });

  it("5. a bearer-token link named <dedicated release>-release keeps the instance's helm_release", async () => {
    const repo = await merged(await exampleRepo("leverage-2026"), exampleRequest("leverage-2026-dedicated"));
    const result = await planOver(
      repo,
      exampleRequest("leverage-2026-bearer-token", {
        argocdClusterName: "argocd-devstg-dedicated-release",
        argocdInstance: "argocd",
      }),
    );
    expect(result.damage).toEqual([]);
    expect(result.refused).toBeUndefined();
  });

  it("5b. a link that would overwrite a pre-scheme instance file is refused", async () => {
    const repo = await merged(await exampleRepo("leverage-2026"), exampleRequest("leverage-2026-dedicated"));
    const dir = "shared/us-east-1/k8s-eks/k8s-components";
    // The name the instance file had before the scheme: a bearer-token link "<release>-release" maps onto it.
    const file = repo.files.get(`${dir}/argocd_instance_argocd_devstg_dedicated.tf`)!;
    repo.files.delete(`${dir}/argocd_instance_argocd_devstg_dedicated.tf`);
    repo.files.set(`${dir}/argocd_link_argocd_devstg_dedicated_release.tf`, file);
    const result = await planOver(
      repo,
      exampleRequest("leverage-2026-bearer-token", {
        argocdClusterName: "argocd-devstg-dedicated-release",
        argocdInstance: "argocd",
      }),
    );
    expect(result.damage).toEqual([]);
    expect(result.refused).toMatch(/would overwrite .*argocd_link_argocd_devstg_dedicated_release\.tf/);
  });
});

/**
 * Turns the repository into what the planner wrote before the naming scheme: the release's IRSA role
 * file `ids_argocd_link_<release>.tf`, its role `<environment>-<release>-irsa` and the template
 * variable `argocd_link_irsa_role_arn`.
 */
export function legacyReleaseRoleFile(repo: MemoryRepo): void {
  const dir = "shared/us-east-1/k8s-eks/identities";
  const text = repo.files.get(`${dir}/ids_argocd_release_argocd.tf`)!;
  repo.files.delete(`${dir}/ids_argocd_release_argocd.tf`);
  repo.files.set(`${dir}/ids_argocd_link_argocd.tf`, text);
  for (const [path, content] of repo.files) {
    repo.files.set(
      path,
      content
        .replaceAll("argocd_release_irsa_role_arn", "argocd_link_irsa_role_arn")
        .replaceAll("${var.environment}-us-east-1-k8s-eks-argocd-irsa", "${var.environment}-argocd-irsa")
        .replaceAll("role/shared-us-east-1-k8s-eks-argocd-irsa", "role/shared-argocd-irsa"),
    );
  }
}

describe("issue 8: the IRSA role name is unique per account and cluster", () => {
  /** leverage-2026 with a second cluster in shared, k8s-eks-demoapps, running its own release "argocd". */
  async function twoClustersOneAccount(): Promise<MemoryRepo> {
    const repo = await exampleRepo("leverage-2026");
    for (const [path, text] of [...repo.files]) {
      if (path.startsWith("shared/us-east-1/k8s-eks/")) {
        repo.files.set(path.replace("/k8s-eks/", "/k8s-eks-demoapps/"), text);
      }
    }
    return repo;
  }
  const linkFrom = (cluster: string, id: string) =>
    exampleRequest("leverage-2026-iam-role", {
      argocdClusterName: id,
      argocdLayer: `shared/us-east-1/${cluster}/k8s-components`,
    });
  const roleName = (plan: Plan) =>
    /role_name\s*=\s*"(.*)"/.exec(
      plan.steps[0]!.files.find((f) => f.path.includes("ids_argocd_release_"))!.content,
    )?.[1];

  it("two releases named argocd in one account get two roles", async () => {
    const repo = await twoClustersOneAccount();
    const first = await planLink(repo, linkFrom("k8s-eks", "from-eks"), facts2026());
    mergePlan(repo, first);
    const second = await planOver(repo, linkFrom("k8s-eks-demoapps", "from-demoapps"));
    expect(second.refused).toBeUndefined();
    expect(second.damage).toEqual([]);
    expect(roleName(first)).toBe("${var.environment}-us-east-1-k8s-eks-argocd-irsa");
    expect(roleName(second.plan!)).toBe("${var.environment}-us-east-1-k8s-eks-demoapps-argocd-irsa");
    // Each target role trusts its own ArgoCD's role.
    const trust = (plan: Plan) => plan.steps[1]!.files[0]!.content.match(/role\/shared-[a-z0-9-]+-irsa/)?.[0];
    expect(trust(first)).toBe("role/shared-us-east-1-k8s-eks-argocd-irsa");
    expect(trust(second.plan!)).toBe("role/shared-us-east-1-k8s-eks-demoapps-argocd-irsa");
  });

  it("an existing release role file keeps its name and role_name", async () => {
    const repo = await merged(await exampleRepo("leverage-2026"), exampleRequest("leverage-2026-iam-role"));
    legacyReleaseRoleFile(repo);
    const roleFile = "shared/us-east-1/k8s-eks/identities/ids_argocd_link_argocd.tf";
    const before = repo.files.get(roleFile)!;
    // The same link is up to date on the pre-scheme names: nothing is renamed or re-pointed.
    expect((await planLink(repo, exampleRequest("leverage-2026-iam-role"), facts2026())).steps).toEqual([]);
    const next = await planOver(
      repo,
      exampleRequest("leverage-2026-iam-role", { argocdClusterName: "demoapps-two", namespaces: [] }),
    );
    expect(next.refused).toBeUndefined();
    expect(next.damage).toEqual([]);
    const files = next.plan!.steps.flatMap((s) => s.files);
    expect(files.find((f) => f.path === roleFile)).toBeUndefined();
    expect(files.some((f) => f.path.includes("ids_argocd_release_"))).toBe(false);
    expect(repo.files.get(roleFile)).toBe(before);
    const targetRole = files.find((f) => f.path.endsWith("base-identities/argocd_link_demoapps_two.tf"))!;
    expect(targetRole.content).toContain(":role/shared-argocd-irsa");
    const helm = files.find((f) => f.path.endsWith("cicd-argo.tf"))!.content;
    expect(helm).not.toContain("argocd_release_irsa_role_arn");
  });
});

describe("names written before the naming scheme are kept", () => {
  it("an applied link keeps its _access.tf file and _cluster_scoped RBAC names: nothing to change", async () => {
    const req = exampleRequest("leverage-2026-iam-role", { clusterResources: true });
    const repo = await merged(await exampleRepo("leverage-2026"), req);
    const cluster = "apps-devstg/us-east-1/k8s-eks-demoapps/cluster";
    const access = repo.files.get(`${cluster}/argocd_link_demoapps__access.tf`)!;
    repo.files.delete(`${cluster}/argocd_link_demoapps__access.tf`);
    repo.files.set(`${cluster}/argocd_link_demoapps_access.tf`, access);
    const rbacPath = "apps-devstg/us-east-1/k8s-eks-demoapps/k8s-components/argocd_link_demoapps.tf";
    const rbac = repo.files.get(rbacPath)!;
    expect(rbac).toContain("argocd_link_demoapps__cluster_scoped");
    const old = rbac
      .replaceAll("argocd_link_demoapps__cluster_scoped", "argocd_link_demoapps_cluster_scoped")
      .replaceAll("argocd-link-demoapps--cluster-scoped", "argocd-link-demoapps-cluster-scoped");
    repo.files.set(rbacPath, old);
    const again = await planLink(repo, req, facts2026());
    expect(again.steps).toEqual([]);
  });
});
