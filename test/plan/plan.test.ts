// Behaviour of the planner beyond single golden cases: reruns, several links in one repository,
// edited requests, and the errors that stop it.
import { describe, expect, it } from "vitest";
import { LayoutError } from "../../src/core/errors.js";
import { accessEntriesSupport } from "../../src/layout/discover.js";
import type { LinkNames } from "../../src/link/names.js";
import { planLink } from "../../src/plan/plan.js";
import { accessEntryFile } from "../../src/steps/cluster-access.js";
import { STEP_ID } from "../../src/steps/registry.js";
import { parseHclStrict, terraformFmt } from "../support/oracles.js";
import {
  caseRepo,
  CASES,
  exampleFacts,
  exampleRepo,
  exampleRequest,
  mergePlan,
  planCase,
} from "../support/cases.js";

const layoutError = async (promise: Promise<unknown>): Promise<string> => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LayoutError);
  return (error as LayoutError).message;
};

describe("reruns", () => {
  it.each(CASES)("$name: once merged, the same request changes nothing", async (c) => {
    const repo = await caseRepo(c);
    const first = await planCase(c, repo);
    expect(first.steps.length).toBeGreaterThan(0);
    mergePlan(repo, first);
    const second = await planCase(c, repo);
    expect(second.steps).toEqual([]);
    expect(second.upToDate).toEqual(first.steps.map((s) => s.id));
  });

  it("after only the first steps are merged, the plan holds just the remaining steps", async () => {
    const repo = await exampleRepo("leverage-2026");
    const c = CASES.find((x) => x.name === "leverage-2026-iam-role-access-entry-namespaced")!;
    const full = await planCase(c, repo);
    mergePlan(repo, { ...full, steps: full.steps.slice(0, 2) });
    const rest = await planCase(c, repo);
    expect(rest.steps.map((s) => s.id)).toEqual(full.steps.slice(2).map((s) => s.id));
    expect(rest.steps.map((s) => s.files)).toEqual(full.steps.slice(2).map((s) => s.files));
  });

  it("an edited request updates the files the link owns and nothing else", async () => {
    const repo = await exampleRepo("leverage-2026");
    const facts = exampleFacts("leverage-2026-apps-devstg");
    mergePlan(repo, await planLink(repo, exampleRequest("leverage-2026-iam-role"), facts));
    const edited = await planLink(
      repo,
      exampleRequest("leverage-2026-iam-role", { namespaces: ["demoapps", "extra"] }),
      facts,
    );
    expect(edited.steps.map((s) => s.id)).toEqual([STEP_ID.clusterAccess, STEP_ID.argocd]);
    const values = edited.steps[1]!.files.find((f) => f.path.endsWith(".yaml"))!;
    expect(values.action).toBe("update");
    expect(values.content).toContain(`namespaces: "demoapps,extra"`);
    expect(values.content.match(/argocd-cluster-link\/eks-cluster-arn/g)).toHaveLength(1);
  });
});

describe("several links in one repository", () => {
  it("two links to one ArgoCD share its IRSA role and keep each other's entries", async () => {
    const repo = await exampleRepo("leverage-2026");
    const facts = exampleFacts("leverage-2026-apps-devstg");
    const a = exampleRequest("leverage-2026-iam-role");
    const b = exampleRequest("leverage-2026-iam-role", { argocdClusterName: "demoapps-two", namespaces: [] });
    const planA = await planLink(repo, a, facts);
    mergePlan(repo, planA);
    const planB = await planLink(repo, b, facts);
    // The IRSA role file already exists, so link B only adds its own policy.
    expect(planB.steps[0]!.files.map((f) => f.path)).toEqual([
      "shared/us-east-1/k8s-eks/identities/ids_argocd_link_demoapps_two.tf",
    ]);
    mergePlan(repo, planB);
    expect((await planLink(repo, a, facts)).steps).toEqual([]);
    expect((await planLink(repo, b, facts)).steps).toEqual([]);
    const values = (await repo.readFile("shared/us-east-1/k8s-eks/k8s-components/chart-values/argocd.yaml"))!;
    for (const name of ["data-platform:", "demoapps:", "demoapps-two:"]) expect(values).toContain(name);
    const helm = (await repo.readFile("shared/us-east-1/k8s-eks/k8s-components/cicd-argo.tf"))!;
    expect(helm.match(/argocd_release_irsa_role_arn\s*=/g)).toHaveLength(1);
  });

  it("a bearer-token link next to an iam-role link in list form", async () => {
    const repo = await exampleRepo("leverage-2024");
    const facts = exampleFacts("leverage-2024-apps-devstg");
    mergePlan(repo, await planLink(repo, exampleRequest("leverage-2024-iam-role"), facts));
    const bearer = await planLink(repo, exampleRequest("leverage-2024-bearer-token"), facts);
    mergePlan(repo, bearer);
    const values = (await repo.readFile(
      "shared/us-east-1/k8s-eks/k8s-components/chart-values/argo-cd.yaml",
    ))!;
    expect(values).toContain(`- name: "bb-apps-devstg-eks"`);
    expect(values).toContain(`- name: "devstg-tokens"`);
  });
});

describe("errors that stop the plan", () => {
  const facts = () => exampleFacts("guide-apps-devstg");

  it("refuses an ArgoCD cluster name taken by an entry it did not write", async () => {
    const repo = await exampleRepo("guide");
    const message = await layoutError(
      planLink(repo, exampleRequest("guide-iam-role", { argocdClusterName: "legacy-staging" }), facts()),
    );
    expect(message).toContain('already has a cluster named "legacy-staging"');
    expect(message).toContain("argocd-cluster-name");
  });

  it("names the candidates when several ArgoCD releases exist", async () => {
    const repo = await exampleRepo("guide");
    const path = "shared/us-east-1/k8s-eks/k8s-components/cicd-argocd.tf";
    repo.files.set(
      path,
      repo.files.get(path)! +
        '\nresource "helm_release" "argocd_two" {\n  name    = "argocd-two"\n  chart   = "argo-cd"\n  version = "6.7.3"\n}\n',
    );
    const message = await layoutError(planLink(repo, exampleRequest("guide-iam-role"), facts()));
    expect(message).toContain("Several ArgoCD releases");
    expect(message).toContain("argocd-two");
    expect(message).toContain("argocd-instance");
  });

  it("explains where it looked when no ArgoCD is found", async () => {
    const repo = await exampleRepo("guide");
    const message = await layoutError(
      planLink(
        repo,
        exampleRequest("guide-iam-role", { argocdLayer: "shared/us-east-1/k8s-eks/identities" }),
        facts(),
      ),
    );
    expect(message).toContain('chart = "argo-cd"');
    expect(message).toContain("shared/us-east-1/k8s-eks/identities");
  });

  it("rejects an account that config/common.tfvars does not list", async () => {
    const repo = await exampleRepo("guide");
    const message = await layoutError(
      planLink(repo, exampleRequest("guide-iam-role", { targetAccount: "apps-qa" }), facts()),
    );
    expect(message).toMatch(/target-account "apps-qa" is not an account.*apps-devstg/);
  });

  it("rejects facts of a cluster in another account", async () => {
    const repo = await exampleRepo("guide");
    const message = await layoutError(
      planLink(repo, exampleRequest("guide-iam-role"), exampleFacts("leverage-2024-apps-devstg")),
    );
    expect(message).toContain("515061427893");
    expect(message).toContain("target-account");
  });

  it("refuses a values template with template directives and shows the snippet", async () => {
    const repo = await exampleRepo("guide");
    const path = "shared/us-east-1/k8s-eks/k8s-components/chart-values/argocd.yaml";
    repo.files.set(path, `%{ if true }\nserver: {}\n%{ endif }\n` + repo.files.get(path)!);
    const message = await layoutError(planLink(repo, exampleRequest("guide-iam-role"), facts()));
    expect(message).toContain("template directives");
    expect(message).toContain("clusterCredentials:");
    expect(message).toContain("eks.amazonaws.com/role-arn");
  });

  it("asks for target-cluster-layer when the region holds several clusters", async () => {
    const repo = await exampleRepo("guide");
    for (const [path, text] of [...repo.files]) {
      if (path.startsWith("apps-devstg/us-east-1/k8s-eks/cluster/")) {
        repo.files.set(path.replace("/k8s-eks/", "/k8s-eks-b/"), text);
      }
    }
    const message = await layoutError(planLink(repo, exampleRequest("guide-iam-role"), facts()));
    expect(message).toContain("Several EKS cluster layers");
    expect(message).toContain("target-cluster-layer");
    const picked = await planLink(
      repo,
      exampleRequest("guide-iam-role", {
        targetClusterLayer: "apps-devstg/us-east-1/k8s-eks-b/cluster",
        targetRbacLayer: "apps-devstg/us-east-1/k8s-eks/k8s-components",
      }),
      facts(),
    );
    expect(picked.steps.find((s) => s.id === STEP_ID.clusterAccess)!.layers).toEqual([
      "apps-devstg/us-east-1/k8s-eks-b/cluster",
    ]);
  });

  it("skips layers whose folder ends in ' --'", async () => {
    const repo = await exampleRepo("guide");
    expect([...repo.files.keys()].some((p) => p.includes(" --/"))).toBe(true);
    const plan = await planLink(repo, exampleRequest("guide-iam-role"), facts());
    expect(plan.steps.flatMap((s) => s.layers).some((l) => l.includes(" --"))).toBe(false);
  });

  it("refuses an existing IRSA annotation it did not write", async () => {
    const repo = await exampleRepo("guide");
    const path = "shared/us-east-1/k8s-eks/k8s-components/chart-values/argocd.yaml";
    repo.files.set(
      path,
      repo.files.get(path)! +
        "applicationSet:\n  serviceAccount:\n    annotations:\n      eks.amazonaws.com/role-arn: arn:aws:iam::1:role/other\n",
    );
    const message = await layoutError(planLink(repo, exampleRequest("guide-iam-role"), facts()));
    expect(message).toContain("applicationSet.serviceAccount already has eks.amazonaws.com/role-arn");
  });

  it("asks for target-rbac-layer when no layer has a kubernetes provider and there is no identities layer", async () => {
    const repo = await caseRepo({ repo: "leverage-2026", variant: "leverage-2026-no-kubernetes-provider" });
    for (const path of [...repo.files.keys()]) {
      if (path.startsWith("apps-devstg/us-east-1/k8s-eks-demoapps/identities/")) repo.files.delete(path);
    }
    const message = await layoutError(
      planLink(repo, exampleRequest("leverage-2026-bearer-token"), exampleFacts("leverage-2026-apps-devstg")),
    );
    expect(message).toContain("No layer with a kubernetes provider for the target cluster");
    expect(message).toContain("no apps-devstg/us-east-1/k8s-eks-demoapps/identities layer");
    expect(message).toContain("target-rbac-layer");
  });
});

describe("hostile values stay data", () => {
  it("label values and the server URL never become Terraform or YAML syntax", async () => {
    const repo = await exampleRepo("leverage-2026");
    const facts = exampleFacts("leverage-2026-apps-devstg");
    // Validation refuses such labels; the engine still escapes whatever reaches it.
    const plan = await planLink(
      repo,
      exampleRequest("leverage-2026-iam-role", { labels: { team: 'a${jndi}%{ if }"\n: b' } }),
      facts,
    );
    const values = plan.steps.at(-1)!.files.find((f) => f.path.endsWith(".yaml"))!.content;
    expect(values).toContain("$${jndi}%%{ if }");
    expect(values).not.toMatch(/[^$]\$\{jndi\}/);
  });
});

describe("chart values conventions", () => {
  it("uses service account names the values file sets instead of the chart defaults", async () => {
    const repo = await exampleRepo("leverage-2026");
    const path = "shared/us-east-1/k8s-eks/k8s-components/chart-values/argocd.yaml";
    repo.files.set(
      path,
      repo.files
        .get(path)!
        .replace(/^controller:\n/m, "controller:\n  serviceAccount:\n    name: gitops-controller\n"),
    );
    const plan = await planLink(
      repo,
      exampleRequest("leverage-2026-iam-role"),
      exampleFacts("leverage-2026-apps-devstg"),
    );
    const irsa = plan.steps[0]!.files.find((f) => f.path.endsWith("ids_argocd_release_argocd.tf"))!.content;
    expect(irsa).toContain('"system:serviceaccount:argocd:gitops-controller"');
    expect(irsa).not.toContain("argocd-application-controller");
    expect(irsa).toContain('"system:serviceaccount:argocd:argocd-server"');
  });
});

describe("access entries need a recent AWS provider", () => {
  it.each([
    [undefined, undefined, true],
    ["~> 5.0", undefined, true],
    [">= 4.0", undefined, true],
    ["~> 4.10", undefined, false],
    ["~> 5.20.0", undefined, false],
    ["= 5.33.0", undefined, true],
    ["< 5.33", undefined, false],
    [">= 4.0, < 6.0", "5.40.0", true],
    ["~> 5.0", "5.20.1", false],
  ])("constraint %s, locked %s: supported %s", (constraint, locked, supported) => {
    expect(accessEntriesSupport("layer", constraint, locked).supported).toBe(supported);
  });

  it("falls back to map_roles on a cluster layer pinned to hashicorp/aws 4.x, and says why", async () => {
    const repo = await exampleRepo("leverage-2024");
    const facts = exampleFacts("leverage-2024-apps-devstg", (c) => {
      c.accessConfig = { authenticationMode: "API_AND_CONFIG_MAP" };
    });
    const plan = await planLink(repo, exampleRequest("leverage-2024-iam-role"), facts);
    const access = plan.steps.find((s) => s.id === STEP_ID.clusterAccess)!;
    expect(access.files.map((f) => f.path)).toEqual(["apps-devstg/us-east-1/k8s-eks/cluster/locals.tf"]);
    expect(access.body).toContain("access entries are not available");
    expect(access.body).toContain("hashicorp/aws");
  });

  it("stops when the cluster accepts only access entries and the provider cannot make them", async () => {
    const repo = await exampleRepo("leverage-2024");
    const facts = exampleFacts("leverage-2024-apps-devstg", (c) => {
      c.accessConfig = { authenticationMode: "API" };
    });
    const message = await layoutError(planLink(repo, exampleRequest("leverage-2024-iam-role"), facts));
    expect(message).toContain("authentication mode API");
    expect(message).toContain("5.33.0");
  });

  it("names the cluster output cluster_id for terraform-aws-eks v18", () => {
    const req = exampleRequest("leverage-2024-iam-role");
    const names = {
      id: "x",
      snake: "x",
      release: "argocd",
      targetRoleArnExpr: "arn",
      targetRoleName: "r",
    } as LinkNames;
    expect(accessEntryFile(names, req, { eksModule: "cluster", eksMajor: 18 })).toContain(
      "module.cluster.cluster_id",
    );
    expect(accessEntryFile(names, req, { eksModule: "cluster", eksMajor: 20 })).toContain(
      "module.cluster.cluster_name",
    );
  });
});

describe("cluster-resources", () => {
  it("keeps namespaced access in the namespaces and adds only cluster-scoped kinds", async () => {
    const repo = await exampleRepo("leverage-2026");
    const plan = await planLink(
      repo,
      exampleRequest("leverage-2026-iam-role", { clusterResources: true }),
      exampleFacts("leverage-2026-apps-devstg"),
    );
    const access = plan.steps.find((s) => s.id === STEP_ID.clusterAccess)!.files[0]!.content;
    expect(access).toMatch(/type\s+= "namespace"/);
    expect(access).toContain('kubernetes_groups = ["argocd-link:demoapps"]');
    const rbac = plan.steps.find((s) => s.id === STEP_ID.targetRbac)!.files[0]!.content;
    expect(rbac).not.toContain("kubernetes_role_binding_v1");
    expect(rbac).toContain('resources  = ["customresourcedefinitions"]');
    expect(rbac).not.toMatch(/resources\s+= \[[^\]]*"secrets"/);
  });
});

describe("one id, one link", () => {
  it("refuses to reuse an argocd-cluster-name for another ArgoCD instance", async () => {
    const repo = await exampleRepo("leverage-2026");
    const facts = exampleFacts("leverage-2026-apps-devstg");
    mergePlan(repo, await planLink(repo, exampleRequest("leverage-2026-iam-role"), facts));
    const message = await layoutError(
      planLink(
        repo,
        exampleRequest("leverage-2026-iam-role", {
          dedicatedInstance: true,
          argocdInstance: "argocd-second",
        }),
        facts,
      ),
    );
    expect(message).toContain('argocd-cluster-name "demoapps" is already used by another link');
    expect(message).toContain(
      "link: ArgoCD argocd in shared -> apps-devstg/us-east-1/acme-apps-devstg-k8s-eks-demoapps",
    );
  });

  it("refuses to switch an existing link to the other method", async () => {
    const repo = await exampleRepo("leverage-2026");
    const facts = exampleFacts("leverage-2026-apps-devstg");
    mergePlan(repo, await planLink(repo, exampleRequest("leverage-2026-iam-role"), facts));
    const message = await layoutError(
      planLink(repo, exampleRequest("leverage-2026-iam-role", { method: "bearer-token" }), facts),
    );
    expect(message).toContain('Link "demoapps" exists with the other method');
  });
});

describe("values set outside the template", () => {
  it("refuses a list-form cluster list set by another values element (Helm would replace it)", async () => {
    const repo = await exampleRepo("leverage-2024");
    const path = "shared/us-east-1/k8s-eks/k8s-components/cicd-argo.tf";
    repo.files.set(
      path,
      repo.files
        .get(path)!
        .replace("yamlencode({", 'yamlencode({\n      configs_note = "clusterCredentials"\n'),
    );
    const message = await layoutError(
      planLink(repo, exampleRequest("leverage-2024-iam-role"), exampleFacts("leverage-2024-apps-devstg")),
    );
    expect(message).toContain("replaced, not merged");
  });
});

describe("a kubernetes provider added to the identities layer", () => {
  const identities = "apps-devstg/us-east-1/k8s-eks/identities";
  async function providerFile(change: (files: Map<string, string>) => void): Promise<string> {
    const repo = await exampleRepo("leverage-2024");
    change(repo.files);
    const plan = await planLink(
      repo,
      exampleRequest("leverage-2024-bearer-token", { targetRbacLayer: identities }),
      exampleFacts("leverage-2024-apps-devstg"),
    );
    const rbac = plan.steps.find((s) => s.id === STEP_ID.targetRbac)!;
    expect(rbac.layers).toEqual([identities]);
    const file = rbac.files.find((f) => f.path === `${identities}/argocd_layer__kubernetes_provider.tf`)!;
    await parseHclStrict(file.path, file.content);
    expect(await terraformFmt(file.content)).toBe(file.content);
    expect(rbac.body).toContain("Run `leverage tf init` in the layer before the first apply");
    return file.content;
  }

  it("reads the cluster name from the layer's remote state, as the eks v18 layer outputs it", async () => {
    const text = await providerFile(() => {});
    expect(text).toContain('version = ">= 2.14.0"');
    expect(text).toContain("name = data.terraform_remote_state.eks-cluster.outputs.cluster_id");
    expect(text).toContain("token                  = data.aws_eks_cluster_auth.cluster.token");
    expect(text).not.toContain('data "terraform_remote_state"');
  });

  it("adds the cluster's remote state when the layer has none, and reuses data sources it has", async () => {
    const text = await providerFile((files) => {
      const path = `${identities}/config.tf`;
      const config = files.get(path)!;
      const state = config.indexOf('data "terraform_remote_state" "eks-cluster"');
      files.set(
        path,
        config.slice(0, state) +
          'data "aws_eks_cluster" "this" {\n  name = "bb-apps-devstg-eks"\n}\n' +
          'data "aws_eks_cluster_auth" "this" {\n  name = "bb-apps-devstg-eks"\n}\n',
      );
      // Its other files referenced that state: drop them, they do not matter here.
      files.delete(`${identities}/locals.tf`);
      files.delete(`${identities}/ids_external_secrets.tf`);
      files.delete(`${identities}/outputs.tf`);
    });
    expect(text).toContain('data "terraform_remote_state" "cluster" {');
    expect(text).toContain('key     = "apps-devstg/k8s-eks/cluster/terraform.tfstate"');
    expect(text).toContain("host                   = data.aws_eks_cluster.this.endpoint");
    expect(text).toContain("token                  = data.aws_eks_cluster_auth.this.token");
    expect(text).not.toContain('data "aws_eks_cluster"');
  });

  it("does not declare kubernetes again when required_providers lists it", async () => {
    const text = await providerFile((files) => {
      const path = `${identities}/config.tf`;
      files.set(
        path,
        files.get(path)!.replace('aws = "~> 4.10"', 'aws        = "~> 4.10"\n    kubernetes = "~> 2.20"'),
      );
    });
    expect(text).not.toContain("required_providers");
    expect(text).toContain('provider "kubernetes" {');
  });
});

describe("provider versions of every layer a step writes", () => {
  it("stops a dedicated instance in an ArgoCD layer whose kubernetes provider predates the _v1 resources", async () => {
    const repo = await exampleRepo("leverage-2026");
    repo.files.set(
      "shared/us-east-1/k8s-eks/k8s-components/.terraform.lock.hcl",
      'provider "registry.terraform.io/hashicorp/kubernetes" {\n  version = "2.6.1"\n}\n',
    );
    const message = await layoutError(
      planLink(repo, exampleRequest("leverage-2026-dedicated"), exampleFacts("leverage-2026-apps-devstg")),
    );
    expect(message).toMatch(
      /^shared\/us-east-1\/k8s-eks\/k8s-components\/argocd_instance_\w+\.tf would use what/,
    );
    expect(message).toContain("locks hashicorp/kubernetes 2.6.1");
    expect(message).toContain("kubernetes_namespace_v1 (2.7.0)");
    expect(message).toContain('run "leverage tf init -upgrade" in shared/us-east-1/k8s-eks/k8s-components');
  });
});

describe("the argocd step: respectRBAC and pod restarts", () => {
  const VALUES = "shared/us-east-1/k8s-eks/k8s-components/chart-values/argocd.yaml";
  const RELEASE = "shared/us-east-1/k8s-eks/k8s-components/cicd-argocd.tf";
  const argocdStep = (plan: Awaited<ReturnType<typeof planLink>>) =>
    plan.steps.find((s) => s.id === STEP_ID.argocd)!;

  it("keeps a respectRBAC the release already sets, and says so", async () => {
    const repo = await exampleRepo("guide");
    const text = repo.files.get(VALUES)!;
    repo.files.set(VALUES, text.replace("  cm:\n", "  cm:\n    resource.respectRBAC: strict\n"));
    const plan = await planLink(repo, exampleRequest("guide-iam-role"), exampleFacts("guide-apps-devstg"));
    const step = argocdStep(plan);
    expect(step.files.find((f) => f.path === VALUES)!.content).not.toContain('respectRBAC: "normal"');
    expect(step.body).toContain('already sets `configs.cm."resource.respectRBAC"` to `strict`');
    expect(step.body).not.toContain("checksum/cm");
  });

  it("says no pod restarts once the pods already carry the role ARN", async () => {
    const repo = await exampleRepo("guide");
    const facts = exampleFacts("guide-apps-devstg");
    mergePlan(repo, await planLink(repo, exampleRequest("guide-iam-role"), facts));
    const second = await planLink(
      repo,
      exampleRequest("guide-iam-role", { argocdClusterName: "second", namespaces: ["team-c"] }),
      facts,
    );
    const body = argocdStep(second).body;
    expect(body).not.toContain("Restarts the");
    expect(body).toContain('already sets `configs.cm."resource.respectRBAC"` to `normal`');
  });

  it("refuses respectRBAC when the chart does not render argocd-cm", async () => {
    const repo = await exampleRepo("guide");
    const text = repo.files.get(VALUES)!;
    repo.files.set(VALUES, text.replace("  cm:\n", "  cm:\n    create: false\n"));
    const message = await layoutError(
      planLink(repo, exampleRequest("guide-iam-role"), exampleFacts("guide-apps-devstg")),
    );
    expect(message).toMatch(/configs\.cm\.create is false, so the chart does not render argocd-cm/);
  });

  it("refuses an iam-role link on a chart version whose service-account names are unknown", async () => {
    const repo = await exampleRepo("guide");
    repo.files.set(
      RELEASE,
      repo.files.get(RELEASE)!.replace('version    = "6.7.3"', 'version    = "99.0.0"'),
    );
    const message = await layoutError(
      planLink(
        repo,
        exampleRequest("guide-iam-role", { access: "cluster-admin", namespaces: [] }),
        exampleFacts("guide-apps-devstg"),
      ),
    );
    expect(message).toMatch(/Cannot tell the controller service account name of argo-cd chart 99\.0\.0/);
  });
});
