// The runtime checker and its model on small synthetic inputs: each kind of finding is detected,
// a link that ArgoCD can live with passes, and inputs the checker cannot judge are refused.
import { describe, expect, it } from "vitest";
import type { LinkRequest } from "../../src/request/types.js";
import { checkRuntime, describeGrant } from "./checker.js";
import { cacheLists, cacheSettingsFromValues, isExcluded, respectRbacActive } from "./model/argocd.js";
import { eksKinds, resourceId } from "./model/eks.js";
import { BUILTIN_CLUSTER_ROLES, READ, rulesAllow, WRITE } from "./model/rbac.js";

const SERVER = "https://ABC.gr7.us-east-1.eks.amazonaws.com";
const CTX = { clusterVersion: "1.32", argocdVersion: "v2.14.11", chartVersion: "7.9.1" };

function request(overrides: Partial<LinkRequest>): LinkRequest {
  return {
    sourceAccount: "shared",
    targetAccount: "apps-devstg",
    targetRegion: "us-east-1",
    targetCluster: "demo",
    method: "bearer-token",
    namespaces: [],
    clusterResources: false,
    dedicatedInstance: false,
    access: "view",
    readBeyondAccess: false,
    argocdClusterName: "demo",
    labels: {},
    ...overrides,
  };
}

/** Chart values (map form) with the link's entry and optional argocd-cm lines. */
function values(
  entry: { namespaces?: string; clusterResources?: boolean },
  cm: string[] = [],
): { path: string; content: string } {
  const lines = [
    "configs:",
    "  cm:",
    "    admin.enabled: true",
    ...cm.map((l) => `    ${l}`),
    "  clusterCredentials:",
    "    demo:",
    `      server: ${SERVER}`,
    ...(entry.namespaces ? [`      namespaces: ${entry.namespaces}`] : []),
    ...(entry.clusterResources !== undefined ? [`      clusterResources: ${entry.clusterResources}`] : []),
    "      config:",
    "        bearerToken: ${token}",
  ];
  return { path: "shared/k8s-components/chart-values/argocd.yaml", content: lines.join("\n") + "\n" };
}

const SA = `
resource "kubernetes_service_account_v1" "link" {
  metadata {
    name      = "argocd-link-demo"
    namespace = "kube-system"
  }
}
`;
const SUBJECT = `
  subject {
    kind      = "ServiceAccount"
    name      = kubernetes_service_account_v1.link.metadata[0].name
    namespace = "kube-system"
  }`;
const clusterBinding = (name: string, role: string) => `
resource "kubernetes_cluster_role_binding_v1" "${name}" {
  metadata {
    name = "${name}"
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = ${role}
  }${SUBJECT}
}
`;
const roleBinding = (name: string, kind: string, role: string, namespaces: string[]) => `
resource "kubernetes_role_binding_v1" "${name}" {
  for_each = toset(${JSON.stringify(namespaces)})
  metadata {
    name      = "${name}"
    namespace = each.key
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "${kind}"
    name      = "${role}"
  }${SUBJECT}
}
`;
const clusterRole = (name: string, rules: [string[], string[], string[]][]) => `
resource "kubernetes_cluster_role_v1" "${name}" {
  metadata {
    name = "${name}"
  }
${rules
  .map(
    ([groups, resources, verbs]) => `  rule {
    api_groups = ${JSON.stringify(groups)}
    resources  = ${JSON.stringify(resources)}
    verbs      = ${JSON.stringify(verbs)}
  }`,
  )
  .join("\n")}
}
`;
const tf = (...parts: string[]) => ({
  path: "apps-devstg/k8s-components/argocd_link_demo.tf",
  content: parts.join("\n"),
});

/** Every cluster-scoped kind of a 1.32 cluster that ArgoCD lists (for read-only rules). */
const CLUSTER_SCOPED = eksKinds("1.32").filter((k) => !k.namespaced && k.listWatch);

describe("checker: a link ArgoCD can live with passes", () => {
  it("cluster-admin through a ClusterRoleBinding: every list allowed, nothing beyond the promise", async () => {
    const report = await checkRuntime(
      [tf(SA, clusterBinding("link", '"cluster-admin"')), values({})],
      request({ access: "cluster-admin" }),
      CTX,
    );
    expect(report.grants.map(describeGrant)).toEqual([
      "ClusterRoleBinding to ClusterRole cluster-admin cluster-wide",
    ]);
    expect(report.lists.length).toBeGreaterThan(40);
    expect(report.violations).toEqual([]);
    expect(report.overGrants).toEqual([]);
  });

  it("namespaced view plus read-only rules on the missing kinds and a per-cluster Secret exclusion", async () => {
    const readMissing = clusterRole("argocd-link-demo-read", [
      [[""], ["podtemplates"], [...READ]],
      [["rbac.authorization.k8s.io"], ["roles", "rolebindings"], [...READ]],
      [["storage.k8s.io"], ["csistoragecapacities"], [...READ]],
      [["networking.k8s.aws"], ["policyendpoints"], [...READ]],
      [["vpcresources.k8s.aws"], ["securitygrouppolicies"], [...READ]],
    ]);
    const report = await checkRuntime(
      [
        tf(
          SA,
          readMissing,
          roleBinding("view", "ClusterRole", "view", ["a", "b"]),
          roleBinding("read", "ClusterRole", "argocd-link-demo-read", ["a", "b"]),
        ),
        values({ namespaces: "a,b" }, [
          "resource.exclusions: |",
          "  - apiGroups: ['']",
          "    kinds: [Secret]",
          `    clusters: ['${SERVER}']`,
        ]),
      ],
      request({ namespaces: ["a", "b"] }),
      CTX,
    );
    expect(report.violations).toEqual([]);
    expect(report.overGrants).toEqual([]);
  });
});

describe("checker: forbidden lists", () => {
  it("a namespaced view link cannot list Secrets, RBAC objects or podtemplates in its namespaces", async () => {
    const report = await checkRuntime(
      [
        tf(SA, roleBinding("view", "ClusterRole", "view", ["a", "b"])),
        values({ namespaces: "a,b", clusterResources: false }),
      ],
      request({ namespaces: ["a", "b"] }),
      CTX,
    );
    expect(report.lists.every((l) => typeof l.where === "object")).toBe(true);
    expect(report.violations).toEqual([
      "forbidden list in a, b: csistoragecapacities.storage.k8s.io, podtemplates, policyendpoints.networking.k8s.aws, " +
        "rolebindings.rbac.authorization.k8s.io, roles.rbac.authorization.k8s.io, secrets, securitygrouppolicies.vpcresources.k8s.aws",
    ]);
  });

  it("a list is allowed only where the binding is: one namespace bound, the other forbidden", async () => {
    const report = await checkRuntime(
      [tf(SA, roleBinding("admin", "ClusterRole", "cluster-admin", ["a"])), values({ namespaces: "a,b" })],
      request({ namespaces: ["a", "b"], access: "admin" }),
      CTX,
    );
    expect(report.violations).toHaveLength(1);
    expect(report.violations[0]).toMatch(/^forbidden list in b: configmaps, /);
  });

  it("clusterResources makes ArgoCD list every cluster-scoped kind", async () => {
    const report = await checkRuntime(
      [
        tf(SA, roleBinding("edit", "ClusterRole", "edit", ["a"])),
        values({ namespaces: "a", clusterResources: true }),
      ],
      request({ namespaces: ["a"], clusterResources: true, access: "edit" }),
      CTX,
    );
    const clusterLine = report.violations.find((v) => v.startsWith("forbidden list in cluster scope: "))!;
    for (const k of CLUSTER_SCOPED) expect(clusterLine).toContain(resourceId(k));
  });

  it("resource.respectRBAC skips forbidden lists from ArgoCD 2.9 on, and is only a note before", async () => {
    const files = [
      tf(SA, roleBinding("view", "ClusterRole", "view", ["a"])),
      values({ namespaces: "a" }, ["resource.respectRBAC: normal"]),
    ];
    const req = request({ namespaces: ["a"] });
    const recent = await checkRuntime(files, req, CTX);
    expect(recent.respectRbac).toBe(true);
    expect(recent.violations).toEqual([]);
    expect(recent.skippedByRespectRbac.map((l) => resourceId(l.kind))).toContain("secrets");
    const old = await checkRuntime(files, req, { ...CTX, argocdVersion: "v2.8.4" });
    expect(old.violations).toHaveLength(1);
    expect(old.notes).toEqual(["resource.respectRBAC=normal has no effect on ArgoCD v2.8.4"]);
  });

  it("exclusions for another cluster's server do not skip this cluster's lists", async () => {
    const report = await checkRuntime(
      [
        tf(SA, roleBinding("view", "ClusterRole", "view", ["a"])),
        values({ namespaces: "a" }, [
          "resource.exclusions: |",
          "  - kinds: ['*']",
          "    clusters: ['https://other.example.com']",
        ]),
      ],
      request({ namespaces: ["a"] }),
      CTX,
    );
    expect(report.violations[0]).toContain("secrets");
  });
});

describe("checker: over-grants", () => {
  it("view must never read Secrets", async () => {
    const secrets = clusterRole("secret-reader", [[[""], ["secrets"], ["get", "list", "watch"]]]);
    const report = await checkRuntime(
      [
        tf(
          SA,
          secrets,
          roleBinding("view", "ClusterRole", "view", ["a"]),
          roleBinding("s", "ClusterRole", "secret-reader", ["a"]),
        ),
        values({ namespaces: "a" }),
      ],
      request({ namespaces: ["a"] }),
      CTX,
    );
    expect(report.overGrants).toEqual(["over-grant: view reads Secrets in a: secrets"]);
  });

  it("a namespaced link bound cluster-wide reaches other namespaces", async () => {
    const report = await checkRuntime(
      [tf(SA, clusterBinding("edit", '"edit"')), values({ namespaces: "a" })],
      request({ namespaces: ["a"], access: "edit" }),
      CTX,
    );
    expect(report.overGrants).toHaveLength(2);
    expect(report.overGrants[0]).toMatch(
      /^over-grant: access outside the link's namespaces in all namespaces: .*deployments\.apps \[get,list,watch,create,/,
    );
    expect(report.overGrants[1]).toBe(
      "over-grant: cluster-scoped access without cluster-resources in cluster scope: namespaces [get,list,watch]",
    );
  });

  it("writes beyond the access level: edit may not write Roles", async () => {
    const rbacWriter = clusterRole("rbac-writer", [
      [["rbac.authorization.k8s.io"], ["roles"], ["create", "get"]],
    ]);
    const report = await checkRuntime(
      [
        tf(
          SA,
          rbacWriter,
          roleBinding("edit", "ClusterRole", "edit", ["a"]),
          roleBinding("w", "ClusterRole", "rbac-writer", ["a"]),
        ),
        values({ namespaces: "a" }),
      ],
      request({ namespaces: ["a"], access: "edit" }),
      CTX,
    );
    expect(report.overGrants).toEqual([
      "over-grant: writes beyond edit in a: roles.rbac.authorization.k8s.io [create]",
    ]);
  });

  it("writing ClusterRoles is an escalation, even with cluster-resources", async () => {
    const all = clusterRole("cluster-scoped", [
      [["rbac.authorization.k8s.io"], ["clusterroles"], ["*"]],
      [["apiextensions.k8s.io"], ["customresourcedefinitions"], ["*"]],
    ]);
    const report = await checkRuntime(
      [
        tf(
          SA,
          all,
          roleBinding("admin", "ClusterRole", "admin", ["a"]),
          clusterBinding("cs", "kubernetes_cluster_role_v1.cluster-scoped.metadata[0].name"),
        ),
        values({ namespaces: "a", clusterResources: true }),
      ],
      request({ namespaces: ["a"], clusterResources: true, access: "admin" }),
      CTX,
    );
    expect(report.grants.map(describeGrant)).toContain(
      "ClusterRoleBinding to ClusterRole cluster-scoped cluster-wide",
    );
    expect(report.overGrants).toEqual([
      "over-grant: RBAC escalation (as strong as cluster-admin) in cluster scope: clusterroles.rbac.authorization.k8s.io [create,update,patch,delete,deletecollection,escalate,bind]",
    ]);
  });

  it("a cluster-wide admin link may read but not write cluster-scoped kinds", async () => {
    const crds = clusterRole("crds", [
      [["apiextensions.k8s.io"], ["customresourcedefinitions"], ["get", "list", "watch", "create"]],
    ]);
    const report = await checkRuntime(
      [tf(SA, crds, clusterBinding("admin", '"admin"'), clusterBinding("crds", '"crds"')), values({})],
      request({ access: "admin" }),
      CTX,
    );
    expect(report.overGrants).toEqual([
      "over-grant: cluster-scoped writes beyond admin in cluster scope: customresourcedefinitions.apiextensions.k8s.io [create]",
    ]);
  });
});

describe("checker: iam-role identities", () => {
  const targetRole = {
    path: "apps-devstg/global/base-identities/argocd_link_demo.tf",
    content: `
module "iam_assumable_role_argocd_link_demo" {
  source    = "github.com/binbashar/terraform-aws-iam.git//modules/iam-assumable-role?ref=v4.1.0"
  role_name = "argocd-link-demo"
}
`,
  };
  it("aws-auth: only the link's map_roles element counts, system:masters is cluster-admin", async () => {
    const locals = {
      path: "apps-devstg/k8s-eks/cluster/locals.tf",
      content: `
locals {
  map_roles = [
    { rolearn = "arn:aws:iam::1:role/DevOps", username = "DevOps", groups = ["system:masters"] },
    { rolearn = "arn:aws:iam::1:role/argocd-link-demo", username = "argocd-link-demo", groups = ["argocd-link:demo"] },
  ]
}
`,
    };
    const report = await checkRuntime(
      [targetRole, locals, values({})],
      request({ method: "iam-role", access: "view" }),
      CTX,
    );
    expect(report.grants).toEqual([]);
    expect(report.violations[0]).toMatch(/^forbidden list in all namespaces: configmaps, /);
  });

  it("access entries: the policy association applies in its namespaces only", async () => {
    const access = {
      path: "apps-devstg/k8s-eks/cluster/argocd_link_demo_access.tf",
      content: `
resource "aws_eks_access_entry" "link" {
  cluster_name  = module.cluster.cluster_name
  principal_arn = "arn:aws:iam::\${var.accounts.apps-devstg.id}:role/argocd-link-demo"
}
resource "aws_eks_access_policy_association" "link" {
  cluster_name  = aws_eks_access_entry.link.cluster_name
  principal_arn = aws_eks_access_entry.link.principal_arn
  policy_arn    = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy"
  access_scope {
    type       = "namespace"
    namespaces = ["a"]
  }
}
`,
    };
    const report = await checkRuntime(
      [targetRole, access, values({ namespaces: "a,b" })],
      request({ method: "iam-role", namespaces: ["a", "b"] }),
      CTX,
    );
    expect(report.grants.map(describeGrant)).toEqual(["EKS access policy AmazonEKSViewPolicy in a"]);
    expect(report.violations).toHaveLength(2);
    expect(report.violations[0]).toMatch(/^forbidden list in a, b: csistoragecapacities/);
    expect(report.violations[1]).toMatch(/^forbidden list in b: configmaps, /);
  });
});

describe("checker: inputs it cannot judge", () => {
  it("names the binding whose role is unknown", async () => {
    await expect(
      checkRuntime([tf(SA, clusterBinding("x", '"mystery"')), values({})], request({}), CTX),
    ).rejects.toThrow(
      "kubernetes_cluster_role_binding_v1.x.role_ref.name mystery is neither a generated ClusterRole nor one of cluster-admin, admin, edit, view",
    );
  });
  it("requires the link's entry in the chart values", async () => {
    await expect(
      checkRuntime([tf(SA), values({})], request({ argocdClusterName: "other" }), CTX),
    ).rejects.toThrow("no chart values file in the plan has a clusterCredentials entry named other");
  });
  it("requires namespaces as the chart's comma-separated string", async () => {
    const file = {
      path: "v.yaml",
      content: "configs:\n  clusterCredentials:\n    demo:\n      namespaces: [a]\n",
    };
    await expect(checkRuntime([tf(SA), file], request({}), CTX)).rejects.toThrow(
      "namespaces must be a comma-separated string",
    );
  });
});

describe("model", () => {
  it("aggregation: admin ⊇ edit ⊇ view, and only edit and admin read Secrets", () => {
    for (const [a, b] of [
      ["admin", "edit"],
      ["edit", "view"],
    ] as const)
      for (const r of BUILTIN_CLUSTER_ROLES[b])
        for (const v of r.verbs)
          for (const g of r.apiGroups)
            for (const res of r.resources) expect(rulesAllow(BUILTIN_CLUSTER_ROLES[a], v, g, res)).toBe(true);
    expect(rulesAllow(BUILTIN_CLUSTER_ROLES.view, "list", "", "secrets")).toBe(false);
    expect(rulesAllow(BUILTIN_CLUSTER_ROLES.edit, "list", "", "secrets")).toBe(true);
    expect(rulesAllow(BUILTIN_CLUSTER_ROLES.edit, "list", "rbac.authorization.k8s.io", "roles")).toBe(false);
    expect(rulesAllow(BUILTIN_CLUSTER_ROLES.admin, "list", "", "podtemplates")).toBe(false);
  });
  it("a rule limited to names never allows a list", () => {
    expect(
      rulesAllow(
        [{ apiGroups: [""], resources: ["pods"], verbs: [...READ, ...WRITE], resourceNames: ["p"] }],
        "list",
        "",
        "pods",
      ),
    ).toBe(false);
  });
  it("core exclusions: events, metrics and leases are never listed", () => {
    const settings = cacheSettingsFromValues({});
    expect(isExcluded(settings, "", "Event", SERVER)).toBe(true);
    expect(isExcluded(settings, "events.k8s.io", "Event", SERVER)).toBe(true);
    expect(isExcluded(settings, "metrics.k8s.io", "PodMetrics", SERVER)).toBe(true);
    expect(isExcluded(settings, "coordination.k8s.io", "Lease", SERVER)).toBe(true);
    expect(isExcluded(settings, "", "Secret", SERVER)).toBe(false);
  });
  it("inclusions naming the cluster skip every kind they do not include", () => {
    const settings = cacheSettingsFromValues({
      configs: { cm: { "resource.inclusions": "- apiGroups: [apps]\n  clusters: ['https://ABC*']\n" } },
    });
    expect(isExcluded(settings, "apps", "Deployment", SERVER)).toBe(false);
    expect(isExcluded(settings, "", "Secret", SERVER)).toBe(true);
    expect(isExcluded(settings, "", "Secret", "https://other")).toBe(false);
  });
  it("respectRBAC needs normal or strict and ArgoCD 2.9", () => {
    const on = (v: string) => cacheSettingsFromValues({ configs: { cm: { "resource.respectRBAC": v } } });
    expect(respectRbacActive(on("normal"), "v2.9.0")).toBe(true);
    expect(respectRbacActive(on("strict"), "v2.14.11")).toBe(true);
    expect(respectRbacActive(on("yes"), "v2.14.11")).toBe(false);
    expect(respectRbacActive(on("normal"), "v2.8.9")).toBe(false);
  });
  it("ArgoCD lists only kinds with list and watch, per namespace or cluster-wide", () => {
    const kinds = eksKinds("1.29");
    expect(kinds.map(resourceId)).not.toContain("validatingadmissionpolicies.admissionregistration.k8s.io");
    const settings = cacheSettingsFromValues({});
    const namespaced = cacheLists(
      { server: SERVER, namespaces: ["a"], clusterResources: false },
      kinds,
      settings,
    ).lists;
    expect(namespaced.some((l) => !l.kind.namespaced)).toBe(false);
    const ids = namespaced.map((l) => resourceId(l.kind));
    for (const skipped of [
      "bindings",
      "componentstatuses",
      "events",
      "leases.coordination.k8s.io",
      "localsubjectaccessreviews.authorization.k8s.io",
    ])
      expect(ids).not.toContain(skipped);
    const wide = cacheLists(
      { server: SERVER, namespaces: [], clusterResources: false },
      kinds,
      settings,
    ).lists;
    expect(wide.find((l) => l.kind.resource === "pods")?.where).toBe("all-namespaces");
    expect(wide.find((l) => l.kind.resource === "nodes")?.where).toBe("cluster");
    expect(() => eksKinds("latest")).toThrow('cluster version must look like 1.<minor>, got "latest"');
  });
});
