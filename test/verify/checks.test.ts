// Verification decides from what the probes answer: each mismatch is a ❌ that says what differs and
// which step to apply again; what AWS cannot show is ➖ with the reason.
import { describe, expect, it } from "vitest";
import type { RepoLink, Resolver } from "../../src/inventory/links.js";
import { argocdConnectionCheck, isLinked, verifyLink } from "../../src/verify/checks.js";
import type { VerifyProbes } from "../../src/verify/types.js";

const resolver: Resolver = {
  resolve: (t) =>
    t.includes("${var.project}")
      ? undefined
      : t
          .replace("${var.accounts.shared.id}", "111111111111")
          .replace("${var.accounts.apps.id}", "222222222222"),
};
const IRSA = "arn:aws:iam::111111111111:role/shared-irsa";
const EDIT = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy";

const link: RepoLink = {
  name: "demo",
  method: "iam-role",
  access: "EKS access policy Edit",
  namespaces: ["apps"],
  clusterResources: false,
  source: { account: "shared", release: "argocd" },
  target: { account: "apps", region: "us-east-1", cluster: "c1" },
  files: [],
  argocd: {
    valuesPath: "v.yaml",
    server: "https://c1.example",
    namespaces: ["apps"],
    clusterResources: false,
    awsAuth: true,
  },
  targetRole: {
    file: "apps/global/base-identities/argocd_link_demo.tf",
    name: "argocd-link-demo",
    trusted: ["arn:aws:iam::${var.accounts.shared.id}:role/shared-irsa"],
  },
  accessEntry: {
    file: "apps/us-east-1/eks/cluster/argocd_link_demo__access.tf",
    principal: "arn:aws:iam::${var.accounts.apps.id}:role/argocd-link-demo",
    groups: [],
    policies: [{ policyArn: EDIT, type: "namespace", namespaces: ["apps"] }],
  },
  awsAuth: false,
};

const trust = (principals: string[]) => ({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: { AWS: principals } }],
});

function probes(over: Partial<VerifyProbes> = {}): VerifyProbes {
  return {
    getRole: async () => ({ trust: trust([IRSA]) }),
    accessEntry: async () => ({
      groups: [],
      policies: [{ policyArn: EDIT, type: "namespace", namespaces: ["apps"] }],
    }),
    argocdCluster: async () => ({
      status: 200,
      body: {
        name: "demo",
        namespaces: ["apps"],
        info: { connectionState: { status: "Successful" }, serverVersion: "1.31" },
      },
    }),
    ...over,
  };
}
const run = async (over: Partial<VerifyProbes> = {}, l: RepoLink = link) =>
  Object.fromEntries(
    (await verifyLink({ link: l, resolver, probes: probes(over) })).map((c) => [c.check, c]),
  );

describe("verifyLink", () => {
  it("everything as planned and ArgoCD connected: linked", async () => {
    const checks = await verifyLink({ link, resolver, probes: probes() });
    expect(checks.map((c) => [c.check, c.result])).toEqual([
      ["source-role", "skip"],
      ["target-role", "pass"],
      ["cluster-access", "pass"],
      ["argocd-entry", "pass"],
      ["argocd-connection", "pass"],
    ]);
    expect(isLinked(checks)).toBe(true);
  });

  it("a role trusting anything more than the IRSA role fails, naming both", async () => {
    const c = await run({
      getRole: async () => ({ trust: trust([IRSA, "arn:aws:iam::999999999999:root"]) }),
    });
    expect(c["target-role"]).toMatchObject({ result: "fail" });
    expect(c["target-role"]!.detail).toContain("not exactly `arn:aws:iam::111111111111:role/shared-irsa`");
  });

  it("a Deny statement or another action does not count as trust", async () => {
    const c = await run({
      getRole: async () => ({
        trust: {
          Statement: [
            { Effect: "Deny", Action: "sts:AssumeRole", Principal: { AWS: IRSA } },
            { Effect: "Allow", Action: "sts:TagSession", Principal: { AWS: IRSA } },
          ],
        },
      }),
    });
    expect(c["target-role"]!.result).toBe("fail");
  });

  it("an access entry with other groups or scopes fails, saying what differs", async () => {
    const c = await run({
      accessEntry: async () => ({
        groups: ["system:masters"],
        policies: [{ policyArn: EDIT, type: "cluster", namespaces: [] }],
      }),
    });
    expect(c["cluster-access"]!.result).toBe("fail");
    expect(c["cluster-access"]!.detail).toContain("Kubernetes groups are `system:masters`, planned none");
    expect(c["cluster-access"]!.detail).toContain("(cluster)");
    expect(c["cluster-access"]!.detail).toContain(
      "apply step cluster-access again (`cd apps/us-east-1/eks/cluster && leverage tf apply`)",
    );
  });

  it("a principal the repository does not resolve is not checkable, not a failure", async () => {
    const c = await run(
      {},
      { ...link, accessEntry: { ...link.accessEntry!, principal: "arn:aws:iam::${var.project}:role/x" } },
    );
    expect(c["cluster-access"]!.result).toBe("skip");
  });

  it("files not merged yet: the step to merge first", async () => {
    const c = await run({}, { ...link, targetRole: undefined, accessEntry: undefined, argocd: undefined });
    expect(c["target-role"]!.detail).toBe(
      "the role's file is not in the base branch: merge step target-role first.",
    );
    expect(c["cluster-access"]!.detail).toContain("merge step cluster-access first");
    expect(c["argocd-entry"]!.detail).toContain("merge step argocd first");
    expect(c["argocd-connection"]!.result).toBe("skip");
  });

  it("bearer-token links: AWS has nothing to show, ArgoCD decides", async () => {
    const bearer: RepoLink = {
      ...link,
      method: "bearer-token",
      targetRole: undefined,
      accessEntry: undefined,
    };
    const checks = await verifyLink({ link: bearer, resolver, probes: probes() });
    expect(checks.map((c) => c.result)).toEqual(["skip", "skip", "skip", "pass", "pass"]);
    expect(isLinked(checks)).toBe(true);
  });

  it("the source role: trusts the source cluster's OIDC provider for exactly the planned service accounts", async () => {
    const issuer = "https://oidc.eks.us-east-1.amazonaws.com/id/ABC";
    const host = issuer.slice(8);
    const subjects = ["system:serviceaccount:argocd:argocd-server"];
    const sourceTrust = (subs: string[]) => ({
      Statement: [
        {
          Effect: "Allow",
          Action: "sts:AssumeRoleWithWebIdentity",
          Principal: { Federated: `arn:aws:iam::111111111111:oidc-provider/${host}` },
          Condition: { StringEquals: { [`${host}:sub`]: subs } },
        },
      ],
    });
    const withIrsa = { ...link, irsa: { file: "shared/x/ids.tf", subjects } };
    const ok = await run(
      {
        sourceIssuer: async () => issuer,
        getRole: async (side) => ({ trust: side === "source" ? sourceTrust(subjects) : trust([IRSA]) }),
      },
      withIrsa,
    );
    expect(ok["source-role"]!.result).toBe("pass");
    const wide = await run(
      {
        sourceIssuer: async () => issuer,
        getRole: async (side) => ({
          trust: side === "source" ? sourceTrust([...subjects, "system:serviceaccount:*:*"]) : trust([IRSA]),
        }),
      },
      withIrsa,
    );
    expect(wide["source-role"]!.result).toBe("fail");
    const other = await run(
      {
        sourceIssuer: async () => "https://oidc.other/id/X",
        getRole: async (side) => ({ trust: side === "source" ? sourceTrust(subjects) : trust([IRSA]) }),
      },
      withIrsa,
    );
    expect(other["source-role"]!.detail).toContain("does not trust the source cluster's OIDC provider");
  });
});

describe("argocdConnectionCheck", () => {
  const body = (state: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    status: 200,
    body: { name: "demo", namespaces: ["apps"], ...state, ...extra },
  });

  it("reads the older top-level connectionState too", () => {
    expect(argocdConnectionCheck(link, body({ connectionState: { status: "Successful" } })).result).toBe(
      "pass",
    );
  });

  it("an entry with other namespaces or another name is a failure, whatever the connection", () => {
    const c = argocdConnectionCheck(
      link,
      body({ info: { connectionState: { status: "Successful" } } }, { namespaces: ["apps", "kube-system"] }),
    );
    expect(c).toMatchObject({ result: "fail" });
    expect(c.detail).toContain("its namespaces are `apps`, `kube-system`, planned `apps`");
  });

  it.each([
    [{ status: 401, body: {} }, "fail", "401"],
    [{ status: 403, body: {} }, "fail", "clusters, get"],
    [{ status: 500, body: {} }, "fail", "HTTP 500"],
    [{ timeout: 30 }, "fail", "within 30 seconds"],
    [{ unreachable: "ECONNREFUSED" }, "fail", "ECONNREFUSED"],
    [{ status: 200, body: null }, "fail", "name is empty"],
  ] as const)("%j: %s", (answer, result, text) => {
    const c = argocdConnectionCheck(link, answer);
    expect(c.result).toBe(result);
    expect(c.detail).toContain(text);
  });

  it("not linked without ArgoCD's word, even with everything else passing", () => {
    expect(
      isLinked([
        { check: "target-role", result: "pass", detail: "" },
        { check: "argocd-connection", result: "skip", detail: "" },
      ]),
    ).toBe(false);
  });
});
