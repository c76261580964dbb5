// Provider versions per layer: what required_providers and .terraform.lock.hcl say, and whether a
// version has what a link writes, for the versions the 2024 and 2026 reference layouts lock.
import { describe, expect, it } from "vitest";
import { scanHcl } from "../../src/hcl/scan.js";
import { discoverLayout, discoverRbacCandidates } from "../../src/layout/discover.js";
import {
  addedProviderFeatures,
  lockedVersions,
  providerSupport,
  readLayerProviders,
} from "../../src/layout/providers.js";
import type { LayerProviders, ParsedFile } from "../../src/layout/types.js";
import { rbacProviderFeatures } from "../../src/link/grant.js";
import { REFERENCE_LAYOUT_PROVIDERS, type ProviderName } from "../../src/upstream/providers.js";
import { caseRepo, exampleFacts, exampleRepo, exampleRequest } from "../support/cases.js";

const parsed = (path: string, text: string): ParsedFile => ({ path, text, items: scanHcl(text, path) });

const lock = (entries: [string, string][]) =>
  entries
    .map(
      ([address, version]) =>
        `provider "${address}" {\n  version     = "${version}"\n  constraints = ">= 1.0.0"\n  hashes = [\n    "h1:x=",\n  ]\n}\n`,
    )
    .join("\n");

function layerWith(provider: ProviderName, constraint?: string, locked?: string): LayerProviders {
  return {
    layer: "acct/us-east-1/stack/layer",
    lockFile: locked !== undefined,
    versions: { [provider]: { ...(constraint ? { constraint } : {}), ...(locked ? { locked } : {}) } },
  };
}

const bearerFeatures = rbacProviderFeatures(
  exampleRequest("leverage-2024-bearer-token"),
  exampleFacts("leverage-2024-apps-devstg"),
  true,
);
const iamRoleRbacFeatures = rbacProviderFeatures(
  exampleRequest("leverage-2024-iam-role", { access: "edit", namespaces: ["team-a"] }),
  exampleFacts("leverage-2024-apps-devstg"),
  true,
);

describe("reading a layer's provider versions", () => {
  it("reads legacy and object required_providers, and only hashicorp's", () => {
    const layer = readLayerProviders("l", [
      parsed(
        "l/config.tf",
        'terraform {\n  required_providers {\n    aws        = "~> 4.10"\n    kubernetes = {\n      source  = "hashicorp/kubernetes"\n      version = "~> 2.10"\n    }\n    helm = {\n      source  = "someone/helm"\n      version = "~> 9.0"\n    }\n  }\n}\n',
      ),
      parsed(
        "l/extra.tf",
        'terraform {\n  required_providers {\n    kubernetes = {\n      version = ">= 2.14.0"\n    }\n  }\n}\n',
      ),
    ]);
    expect(layer).toEqual({
      layer: "l",
      lockFile: false,
      versions: { aws: { constraint: "~> 4.10" }, kubernetes: { constraint: "~> 2.10, >= 2.14.0" } },
    });
  });

  it("reads the versions a lock file locks, from the Terraform and OpenTofu registries", () => {
    expect(
      lockedVersions(
        lock([
          ["registry.terraform.io/hashicorp/kubernetes", "2.12.1"],
          ["registry.opentofu.org/hashicorp/aws", "5.95.0"],
          ["registry.terraform.io/hashicorp/tls", "4.0.4"],
          ["registry.terraform.io/someone/helm", "9.9.9"],
        ]),
        "l/.terraform.lock.hcl",
      ),
    ).toEqual({ kubernetes: "2.12.1", aws: "5.95.0" });
  });

  it("reads the example layers as the reference layouts lock them", async () => {
    for (const entry of REFERENCE_LAYOUT_PROVIDERS) {
      const name = /examples\/repos\/([\w-]+)/.exec(entry.source)?.[1];
      if (!name) continue;
      const repo = await exampleRepo(name);
      const files = [...repo.files.keys()].filter(
        (p) =>
          p.startsWith(`${entry.layer}/`) &&
          p.endsWith(".tf") &&
          !p.slice(entry.layer.length + 1).includes("/"),
      );
      const layer = readLayerProviders(
        entry.layer,
        files.map((p) => parsed(p, repo.files.get(p)!)),
        repo.files.get(`${entry.layer}/.terraform.lock.hcl`),
      );
      expect(layer.versions[entry.provider]?.locked, `${name} ${entry.layer} ${entry.provider}`).toBe(
        entry.locked,
      );
      expect(layer.versions[entry.provider]?.constraint, `${name} ${entry.layer} ${entry.provider}`).toBe(
        entry.constraint,
      );
    }
  });
});

describe("what a provider version can carry", () => {
  it.each(REFERENCE_LAYOUT_PROVIDERS.filter((e) => e.provider === "kubernetes"))(
    "$layout $layer: kubernetes $locked / $constraint",
    (entry) => {
      const layer = layerWith("kubernetes", entry.constraint, entry.locked);
      // A bearer token needs 2.14.0 (the wait for the token) and 2.13.0 (a ServiceAccount on 1.24+).
      const bearer = providerSupport(layer, "kubernetes", bearerFeatures);
      expect(bearer.supported).toBe(entry.locked !== "2.12.1");
      // RoleBindings and ClusterRoles exist in every version the layouts lock.
      expect(providerSupport(layer, "kubernetes", iamRoleRbacFeatures).supported).toBe(true);
    },
  );

  it("names the lock, what it lacks and the upgrade for the 2024 k8s-components lock (2.12.1)", () => {
    const support = providerSupport(
      layerWith("kubernetes", "~> 2.10", "2.12.1"),
      "kubernetes",
      bearerFeatures,
    );
    expect(support).toEqual({
      supported: false,
      why:
        'acct/us-east-1/stack/layer/.terraform.lock.hcl locks hashicorp/kubernetes 2.12.1 (constraint "~> 2.10"), ' +
        "which lacks kubernetes_secret_v1.wait_for_service_account_token (2.14.0), kubernetes_service_account_v1 on " +
        "Kubernetes 1.24+ (2.13.0)",
      upgrade:
        'run "leverage tf init -upgrade" in acct/us-east-1/stack/layer and commit its .terraform.lock.hcl',
    });
  });

  it("asks to raise a constraint that admits no version with the feature", () => {
    const locked = providerSupport(
      layerWith("kubernetes", "~> 2.12.0", "2.12.1"),
      "kubernetes",
      bearerFeatures,
    );
    expect(!locked.supported && locked.upgrade).toMatch(
      /^raise the hashicorp\/kubernetes constraint in .* to admit 2\.14\.0 .*, then run "leverage tf init -upgrade"/,
    );
    const unlocked = providerSupport(layerWith("kubernetes", "< 2.13"), "kubernetes", bearerFeatures);
    expect(!unlocked.supported && unlocked.why).toBe(
      'acct/us-east-1/stack/layer requires hashicorp/kubernetes "< 2.13", which admits no version with ' +
        "kubernetes_secret_v1.wait_for_service_account_token (2.14.0), kubernetes_service_account_v1 on Kubernetes 1.24+ (2.13.0)",
    );
  });

  it("says what it assumed when the layer commits no lock (the 2026 k8s-components layer)", () => {
    const support = providerSupport(layerWith("kubernetes", "~> 2.36"), "kubernetes", bearerFeatures);
    expect(support).toEqual({
      supported: true,
      assumed:
        'acct/us-east-1/stack/layer commits no .terraform.lock.hcl: assumed "leverage tf init" installs the newest ' +
        'hashicorp/kubernetes that "~> 2.36" admits, which has what this step writes (2.14.0 or later).',
    });
  });

  it("helm_release with values and EKS access entries, at the reference versions", () => {
    const helm = ["helm_release", "helm_release.values"];
    for (const entry of REFERENCE_LAYOUT_PROVIDERS.filter((e) => e.provider === "helm")) {
      expect(providerSupport(layerWith("helm", entry.constraint, entry.locked), "helm", helm).supported).toBe(
        true,
      );
    }
    const entries = ["aws_eks_access_entry", "aws_eks_access_policy_association"];
    for (const entry of REFERENCE_LAYOUT_PROVIDERS.filter((e) => e.provider === "aws")) {
      const support = providerSupport(layerWith("aws", entry.constraint, entry.locked), "aws", entries);
      expect(support.supported, `${entry.layer} aws ${entry.locked}`).toBe(entry.locked === "5.95.0");
    }
  });

  it("does not ask a cluster older than Kubernetes 1.24 for the 2.13.0 ServiceAccount fix", () => {
    const old = rbacProviderFeatures(
      exampleRequest("leverage-2024-bearer-token"),
      exampleFacts("leverage-2024-apps-devstg", (c) => {
        c.version = "1.23";
      }),
      true,
    );
    expect(old).not.toContain("kubernetes_service_account_v1 on Kubernetes 1.24+");
    expect(old).toContain("kubernetes_secret_v1.wait_for_service_account_token");
  });
});

describe("where RBAC can go", () => {
  it("2024: k8s-components first, then the cluster layer, each with its lock", async () => {
    const repo = await exampleRepo("leverage-2024");
    const req = exampleRequest("leverage-2024-bearer-token");
    const facts = exampleFacts("leverage-2024-apps-devstg");
    const found = await discoverRbacCandidates(repo, req, await discoverLayout(repo, req, facts));
    expect(
      found.withProvider.map((c) => [c.path, c.origin, c.providers.versions.kubernetes?.locked]),
    ).toEqual([
      ["apps-devstg/us-east-1/k8s-eks/k8s-components", "sibling", "2.12.1"],
      ["apps-devstg/us-east-1/k8s-eks/cluster", "cluster", "2.23.0"],
    ]);
    expect(found.identities?.path).toBe("apps-devstg/us-east-1/k8s-eks/identities");
    expect(found.identities?.clusterState).toEqual({ name: "eks-cluster" });
    // terraform-aws-eks v18: the cluster layer's name output is cluster_id.
    expect(found.identities?.clusterNameOutput).toBe("cluster_id");
  });

  it("2026 without a components layer: only the cluster layer, with the cluster_name output", async () => {
    const repo = await caseRepo({ repo: "leverage-2026", variant: "leverage-2026-no-target-components" });
    const req = exampleRequest("leverage-2026-bearer-token");
    const facts = exampleFacts("leverage-2026-apps-devstg");
    const found = await discoverRbacCandidates(repo, req, await discoverLayout(repo, req, facts));
    expect(found.withProvider.map((c) => [c.path, c.origin])).toEqual([
      ["apps-devstg/us-east-1/k8s-eks-demoapps/cluster", "cluster"],
    ]);
    expect(found.identities).toMatchObject({
      clusterState: { name: "cluster" },
      clusterNameOutput: "cluster_name",
      declaresKubernetes: false,
    });
  });
});

describe("what a change adds", () => {
  it("lists new resources and arguments with known versions, not those the file already had", () => {
    const before =
      'resource "kubernetes_secret_v1" "a" {\n  type = "x"\n}\nresource "helm_release" "r" {\n  values = []\n}\n';
    const after =
      before +
      'resource "kubernetes_secret_v1" "b" {\n  type                           = "x"\n  wait_for_service_account_token = true\n}\n' +
      'resource "kubernetes_manifest" "m" {\n  manifest = {}\n}\nresource "aws_eks_access_entry" "e" {\n  type = "STANDARD"\n}\n';
    expect(addedProviderFeatures("l/f.tf", after, before)).toEqual([
      { provider: "kubernetes", feature: "kubernetes_secret_v1.wait_for_service_account_token" },
      { provider: "aws", feature: "aws_eks_access_entry" },
    ]);
  });
});
