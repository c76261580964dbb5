// The links a repository holds, read back from the files the planner wrote: every field `list`
// shows and `verify` checks comes out as the request asked for it.
import { describe, expect, it } from "vitest";
import { readLinks, readArgocdEntry, resolverFor } from "../../src/inventory/links.js";
import { readAccounts } from "../../src/layout/discover.js";
import { planLink } from "../../src/plan/plan.js";
import { exampleFacts, exampleRepo, exampleRequest, mergePlan } from "../support/cases.js";

async function linked(...requests: [string, Record<string, unknown>?][]) {
  const repo = await exampleRepo("leverage-2026");
  for (const [name, overrides] of requests) {
    mergePlan(
      repo,
      await planLink(repo, exampleRequest(name, overrides), exampleFacts("leverage-2026-apps-devstg")),
    );
  }
  return repo;
}

describe("readLinks", () => {
  it("reads an iam-role access-entry link: role, trust, access entry, ArgoCD entry", async () => {
    const repo = await linked(["leverage-2026-iam-role"]);
    const [link, ...rest] = (await readLinks(repo)).filter((l) => l.name === "demoapps");
    expect(rest).toEqual([]);
    expect(link).toMatchObject({
      name: "demoapps",
      method: "iam-role",
      namespaces: ["demoapps"],
      clusterResources: false,
      source: { account: "shared", release: "argocd" },
      target: { account: "apps-devstg", region: "us-east-1", cluster: "acme-apps-devstg-k8s-eks-demoapps" },
      awsAuth: false,
    });
    expect(link!.targetRole).toEqual({
      file: "apps-devstg/global/base-identities/argocd_link_demoapps.tf",
      name: "argocd-link-demoapps",
      trusted: ["arn:aws:iam::${var.accounts.shared.id}:role/shared-us-east-1-k8s-eks-argocd-irsa"],
    });
    expect(link!.accessEntry).toMatchObject({
      principal: "arn:aws:iam::${var.accounts.apps-devstg.id}:role/argocd-link-demoapps",
      groups: [],
      policies: [
        {
          policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy",
          type: "namespace",
          namespaces: ["demoapps"],
        },
      ],
    });
    expect(link!.access).toBe("EKS access policy Edit");
    expect(link!.argocd?.server).toMatch(/^https:\/\/.*eks\.amazonaws\.com$/);
    expect(link!.argocd?.awsAuth).toBe(true);
    expect(link!.files).toContain("apps-devstg/global/base-identities/argocd_link_demoapps.tf");
  });

  it("reads a bearer-token link: no role, its RBAC file and access", async () => {
    const repo = await linked(["leverage-2026-bearer-token"]);
    const links = await readLinks(repo);
    const link = links.find((l) => l.method === "bearer-token")!;
    expect(link).toBeDefined();
    expect(link.targetRole).toBeUndefined();
    expect(link.rbacFile).toMatch(/k8s-components\/argocd_link_/);
    expect(link.access).toMatch(/ClusterRole/);
    expect(link.argocd?.awsAuth).toBe(false);
  });

  it("resolves account ids and environments, and leaves anything else unresolved", async () => {
    const repo = await exampleRepo("leverage-2026");
    const resolver = await resolverFor(repo, await readAccounts(repo));
    expect(resolver.resolve("arn:aws:iam::${var.accounts.shared.id}:role/x", "shared")).toBe(
      "arn:aws:iam::622335794160:role/x",
    );
    expect(resolver.resolve("${var.environment}-argocd", "shared")).toBe("shared-argocd");
    expect(resolver.resolve("${var.project}-x", "shared")).toBeUndefined();
    expect(resolver.resolve("arn:aws:iam::${var.accounts.nope.id}:role/x", "shared")).toBeUndefined();
  });

  it("reads ArgoCD entries in the list form of charts before 7", () => {
    const text = [
      "configs:",
      "  clusterCredentials:",
      "    - name: other",
      "      server: https://a",
      "    - name: demo",
      "      server: https://b",
      '      namespaces: "x,y"',
      "      clusterResources: true",
      "      config:",
      "        awsAuthConfig:",
      "          clusterName: c",
    ].join("\n");
    expect(readArgocdEntry("v.yaml", text, "demo")).toEqual({
      valuesPath: "v.yaml",
      server: "https://b",
      namespaces: ["x", "y"],
      clusterResources: true,
      awsAuth: true,
    });
    expect(readArgocdEntry("v.yaml", text, "missing")).toBeUndefined();
  });
});
