// The grant is decided once per link; these pin the decision for each example case.
import { describe, expect, it } from "vitest";
import { LayoutError } from "../../src/core/errors.js";
import type { ClusterFacts } from "../../src/facts/types.js";
import { discoverGrantInputs, discoverLayout } from "../../src/layout/discover.js";
import { decideCacheAccess, decideGrant, type Grant } from "../../src/link/grant.js";
import { linkFileNames } from "../../src/link/names.js";
import type { RepoReader } from "../../src/repo/reader.js";
import { kindId } from "../../src/upstream/kubernetes-kinds.js";
import type { Layout } from "../../src/layout/types.js";
import type { LinkRequest } from "../../src/request/types.js";
import {
  caseRepo,
  CASES,
  exampleFacts,
  exampleRepo,
  exampleRequest,
  type GoldenCase,
} from "../support/cases.js";

async function grantOf(c: GoldenCase): Promise<Grant> {
  const repo = await caseRepo(c);
  const req = c.request();
  const facts = c.facts();
  return discoverAndDecide(repo, req, facts);
}

/** Discovery, then the decision in one pass, as planLink does. */
async function discoverAndDecide(repo: RepoReader, req: LinkRequest, facts: ClusterFacts): Promise<Grant> {
  const layout = await discoverLayout(repo, req, facts);
  return decideGrant(
    req,
    facts,
    layout,
    await discoverGrantInputs(repo, req, layout, linkFileNames(req.argocdClusterName)),
  );
}

function caseNamed(name: string): GoldenCase {
  const found = CASES.find((c) => c.name === name);
  if (!found) throw new Error(`no case ${name}`);
  return found;
}

/** The decision without the parsed HCL attribute, to compare with plain objects. */
function summary(grant: Grant): unknown {
  if (grant.method === "bearer-token") return grant;
  const cluster =
    grant.cluster.kind === "aws-auth"
      ? { kind: "aws-auth", mapRolesFile: grant.cluster.mapRoles.file }
      : grant.cluster;
  return { ...grant, cluster };
}

describe("decideGrant", () => {
  it("maps an iam-role role through aws-auth, with RBAC for its group, when the cluster only has aws-auth", async () => {
    expect(summary(await grantOf(caseNamed("guide-iam-role-namespaced-aws-auth")))).toMatchObject({
      method: "iam-role",
      cluster: { kind: "aws-auth" },
      rbac: { needed: true, accessBindings: true },
    });
  });

  it("uses an access entry and no RBAC for a namespaced iam-role link on a cluster that accepts entries", async () => {
    expect(await grantOf(caseNamed("leverage-2026-iam-role-access-entry-namespaced"))).toMatchObject({
      method: "iam-role",
      cluster: { kind: "access-entry" },
      rbac: { needed: false },
    });
  });

  it("adds RBAC for the cluster-scoped kinds only (no access bindings) next to an access entry", async () => {
    expect(await grantOf(caseNamed("leverage-2026-iam-role-access-entry-cluster-resources"))).toMatchObject({
      method: "iam-role",
      cluster: { kind: "access-entry" },
      rbac: { needed: true, accessBindings: false },
    });
  });

  it("needs no RBAC for cluster-admin through aws-auth (system:masters)", async () => {
    expect(await grantOf(caseNamed("leverage-2026-iam-role-aws-auth-module"))).toMatchObject({
      method: "iam-role",
      cluster: { kind: "aws-auth" },
      rbac: { needed: false },
    });
  });

  it("always gives a bearer-token link RBAC with access bindings, in the discovered RBAC layer", async () => {
    const grant = await grantOf(caseNamed("leverage-2026-bearer-token-cluster-wide"));
    expect(grant).toMatchObject({ method: "bearer-token", rbac: { needed: true, accessBindings: true } });
    expect(grant.rbac.needed && grant.rbac.layer.path).toMatch(/^apps-devstg\//);
  });

  it("refuses access through aws-auth when the cluster layer has no map_roles", async () => {
    const repo = await exampleRepo("leverage-2026");
    const req = exampleRequest("leverage-2026-iam-role", { access: "cluster-admin", namespaces: [] });
    const facts = exampleFacts("leverage-2026-apps-devstg", (cluster) => {
      cluster.accessConfig = { authenticationMode: "CONFIG_MAP" };
    });
    const layout = await discoverLayout(repo, req, facts);
    const withoutMapRoles = { ...layout, targetCluster: { ...layout.targetCluster, mapRoles: undefined } };
    const inputs = await discoverGrantInputs(repo, req, layout, linkFileNames(req.argocdClusterName));
    expect(() => decideGrant(req, facts, withoutMapRoles, inputs)).toThrow(LayoutError);
    expect(() => decideGrant(req, facts, withoutMapRoles, inputs)).toThrow(/has no locals map_roles/);
  });
});

describe("the RBAC layer and its kubernetes provider version", () => {
  const k8s2024 = "apps-devstg/us-east-1/k8s-eks";
  async function rbacOf(
    request: Record<string, unknown>,
    change?: (files: Map<string, string>) => void,
    base = "leverage-2024-bearer-token",
  ) {
    const repo = await exampleRepo("leverage-2024");
    change?.(repo.files);
    const req = exampleRequest(base, request);
    const facts = exampleFacts("leverage-2024-apps-devstg");
    const grant = await discoverAndDecide(repo, req, facts);
    if (!grant.rbac.needed) throw new Error("no RBAC");
    return grant.rbac.layer;
  }
  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LayoutError);
    return (error as LayoutError).message;
  };

  it("passes over k8s-components locking kubernetes 2.12.1 for the cluster layer (2.23.0), and says why", async () => {
    const layer = await rbacOf({});
    expect(layer.path).toBe(`${k8s2024}/cluster`);
    expect(layer.addProvider).toBeUndefined();
    expect(layer.notes).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Not in ${k8s2024}/k8s-components: .*locks hashicorp/kubernetes 2\\.12\\.1.*leverage tf init -upgrade`,
        ),
      ),
    ]);
  });

  it("keeps an iam-role link's RBAC in k8s-components: 2.12.1 has every RBAC resource", async () => {
    // On a chart whose ArgoCD has respectRBAC (5.51.0): 5.8.3 refuses links below cluster-admin.
    const argocd = "shared/us-east-1/k8s-eks/k8s-components/cicd-argo.tf";
    const layer = await rbacOf(
      { access: "edit", namespaces: ["team-a"] },
      (files) => files.set(argocd, files.get(argocd)!.replace('"5.8.3"', '"5.51.0"')),
      "leverage-2024-iam-role",
    );
    expect(layer.path).toBe(`${k8s2024}/k8s-components`);
    expect(layer.notes).toEqual([]);
  });

  it("stops with the upgrade when target-rbac-layer names the layer locking 2.12.1", async () => {
    const message = await refusal(rbacOf({ targetRbacLayer: `${k8s2024}/k8s-components` }));
    expect(message).toContain(
      `${k8s2024}/k8s-components/.terraform.lock.hcl locks hashicorp/kubernetes 2.12.1`,
    );
    expect(message).toContain("kubernetes_secret_v1.wait_for_service_account_token (2.14.0)");
    expect(message).toContain(`run "leverage tf init -upgrade" in ${k8s2024}/k8s-components`);
    expect(message).not.toContain("or set target-rbac-layer");
  });

  it("stops naming every layer when each one's provider is too old", async () => {
    const message = await refusal(
      rbacOf({}, (files) => {
        const path = `${k8s2024}/cluster/.terraform.lock.hcl`;
        files.set(path, files.get(path)!.replace('version     = "2.23.0"', 'version     = "2.13.1"'));
      }),
    );
    expect(message).toMatch(
      /^No layer with a kubernetes provider for bb-apps-devstg-eks can hold the link's RBAC/,
    );
    expect(message).toContain(
      `${k8s2024}/k8s-components/.terraform.lock.hcl locks hashicorp/kubernetes 2.12.1`,
    );
    expect(message).toContain(`${k8s2024}/cluster/.terraform.lock.hcl locks hashicorp/kubernetes 2.13.1`);
    expect(message).toContain("or set target-rbac-layer to another layer");
  });

  it("target-rbac-layer may name the identities layer, which gets the provider", async () => {
    const layer = await rbacOf({ targetRbacLayer: `${k8s2024}/identities` });
    expect(layer).toMatchObject({
      path: `${k8s2024}/identities`,
      backendKey: "apps-devstg/k8s-eks/identities/terraform.tfstate",
      addProvider: {
        constraint: ">= 2.14.0",
        clusterState: { name: "eks-cluster" },
        clusterNameOutput: "cluster_id",
      },
    });
  });

  it("target-rbac-layer may name the cluster layer", async () => {
    expect((await rbacOf({ targetRbacLayer: `${k8s2024}/cluster` })).path).toBe(`${k8s2024}/cluster`);
  });

  it("refuses a target-rbac-layer without a kubernetes provider that is not the identities layer", async () => {
    const message = await refusal(rbacOf({ targetRbacLayer: `${k8s2024}/network` }));
    expect(message).toContain(`target-rbac-layer "${k8s2024}/network" has no provider "kubernetes"`);
    expect(message).toContain(`or to ${k8s2024}/identities, where the link adds one`);
  });

  it("keeps a kubernetes entry the identities layer already requires, and checks its version", async () => {
    const message = await refusal(
      rbacOf({ targetRbacLayer: `${k8s2024}/identities` }, (files) => {
        const path = `${k8s2024}/identities/config.tf`;
        files.set(
          path,
          files.get(path)!.replace('aws = "~> 4.10"', 'aws        = "~> 4.10"\n    kubernetes = "~> 2.12.0"'),
        );
      }),
    );
    expect(message).toContain(`${k8s2024}/identities gets a kubernetes provider`);
    expect(message).toContain('requires hashicorp/kubernetes "~> 2.12.0"');
    expect(message).toContain("raise the hashicorp/kubernetes constraint");
  });
});

describe("decideCacheAccess: what ArgoCD's cluster cache needs below cluster-admin", () => {
  const layoutWith = (chartVersion: string) => ({
    argocd: {
      chartVersion,
      releaseName: "argocd",
      file: "shared/us-east-1/k8s-eks/k8s-components/cicd-argo.tf",
    } as Layout["argocd"],
  });
  const req = (access: LinkRequest["access"]) => ({ ...exampleRequest("guide-iam-role"), access });

  it("needs nothing for cluster-admin, whatever the chart", () => {
    for (const chart of ["5.8.3", "7.9.1", "99.0.0"])
      expect(decideCacheAccess(req("cluster-admin"), layoutWith(chart))).toEqual({ kind: "full" });
  });

  it("sets respectRBAC=normal from ArgoCD 2.9 (chart 5.51.0) on", () => {
    for (const access of ["admin", "edit", "view"] as const) {
      expect(decideCacheAccess(req(access), layoutWith("5.51.0"))).toEqual({
        kind: "respect-rbac",
        mode: "normal",
        argoCdVersion: "v2.9.0",
      });
      expect(decideCacheAccess(req(access), layoutWith("7.9.1"))).toMatchObject({
        argoCdVersion: "v2.14.11",
      });
    }
  });

  it("refuses view and edit on an older ArgoCD without read-beyond-access, offering both ways out", () => {
    expect(() => decideCacheAccess(req("view"), layoutWith("5.50.1"))).toThrow(
      /runs ArgoCD v2\.8\.6 \(argo-cd chart 5\.50\.1\), which has no argocd-cm resource\.respectRBAC .*includes secrets, rolebindings\.rbac\.authorization\.k8s\.io, roles\.rbac\.authorization\.k8s\.io, which view does not read\. Either set read-beyond-access: true .*or raise the chart version of that helm_release to 5\.51\.0 or later/,
    );
    expect(() => decideCacheAccess({ ...req("edit"), namespaces: ["team-a"] }, layoutWith("4.6.5"))).toThrow(
      /includes rolebindings\.rbac\.authorization\.k8s\.io, roles\.rbac\.authorization\.k8s\.io, which edit does not read/,
    );
    // Cluster-wide, ClusterRoles and their bindings are RBAC objects admin does not read either.
    expect(() => decideCacheAccess({ ...req("admin"), namespaces: [] }, layoutWith("4.6.5"))).toThrow(
      /includes clusterrolebindings\.rbac\.authorization\.k8s\.io, clusterroles\.rbac\.authorization\.k8s\.io, which admin does not read/,
    );
  });

  it("on an older ArgoCD reads every kind the access level does not, exactly", () => {
    const kinds = (access: LinkRequest["access"], namespaces: string[], clusterResources = false) => {
      const cache = decideCacheAccess(
        { ...req(access), namespaces, clusterResources, readBeyondAccess: true },
        layoutWith("5.8.3"),
      );
      if (cache.kind !== "read-all") throw new Error(`expected read-all, got ${cache.kind}`);
      expect(cache.argoCdVersion).toBe("v2.5.0");
      return {
        namespaced: cache.namespaced.map(kindId),
        clusterScoped: cache.clusterScoped.map(kindId),
      };
    };
    const unread = [
      "podtemplates",
      "csistoragecapacities.storage.k8s.io",
      "policyendpoints.networking.k8s.aws",
      "securitygrouppolicies.vpcresources.k8s.aws",
    ];
    const rbac = ["rolebindings.rbac.authorization.k8s.io", "roles.rbac.authorization.k8s.io"];
    const sorted = (list: string[]) => [...list].sort();
    const namespacedOf = (x: { namespaced: string[] }) => sorted(x.namespaced);
    expect(kinds("admin", ["team-a"])).toEqual({ namespaced: expect.any(Array), clusterScoped: [] });
    expect(namespacedOf(kinds("admin", ["team-a"]))).toEqual(sorted(unread));
    expect(namespacedOf(kinds("edit", ["team-a"]))).toEqual(sorted([...unread, ...rbac]));
    expect(namespacedOf(kinds("view", ["team-a"]))).toEqual(sorted([...unread, ...rbac, "secrets"]));
    // cluster-resources: the cluster-scoped kinds its own ClusterRole does not name.
    const withClusterResources = kinds("edit", ["team-a"], true).clusterScoped;
    expect(withClusterResources).toContain("nodes");
    expect(withClusterResources).not.toContain("namespaces");
    expect(withClusterResources).not.toContain("clusterroles.rbac.authorization.k8s.io");
    // Cluster-wide: every cluster-scoped kind but namespaces, which the bound role already reads.
    const wide = kinds("view", []).clusterScoped;
    expect(wide).toContain("clusterroles.rbac.authorization.k8s.io");
    expect(wide).not.toContain("namespaces");
  });

  it("admin on an older ArgoCD needs no opt-in in namespaces: it already reads Secrets and RBAC there", () => {
    expect(decideCacheAccess({ ...req("admin"), namespaces: ["team-a"] }, layoutWith("5.8.3"))).toMatchObject(
      {
        kind: "read-all",
      },
    );
  });

  it("refuses a chart version whose ArgoCD is unknown", () => {
    const error = (() => {
      try {
        decideCacheAccess(req("edit"), layoutWith("99.0.0"));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(LayoutError);
    expect((error as Error).message).toMatch(/chart 99\.0\.0, whose ArgoCD version is not known here/);
    expect((error as Error).message).toMatch(/from 5\.51\.0 on/);
  });
});
