// The runtime model over the link matrix (issue 8: links that work once applied).
//
// For every valid cell of access level × scope × method × authentication mode × chart family,
// the link is planned on the example repository of that chart family and its generated files are
// judged by the runtime checker (./checker.ts): every list ArgoCD's cluster cache makes is either
// allowed or skipped by a setting the link wrote (configs.cm."resource.respectRBAC", which the plan
// sets below cluster-admin where the release's ArgoCD is 2.9 or later), no grant goes beyond the
// promised access level, and pods whose service account gains the IRSA role are recreated (a pod
// annotation carrying the role ARN). Charts 4.x (argo-cd 4.6.5, ArgoCD 2.3) and 5.x (5.8.3, ArgoCD
// 2.5) predate respectRBAC: there the link also reads every kind the cache lists in its scope (a
// ClusterRole --cache-read, and --cache-read-cluster for the cluster-scoped kinds of
// cluster-resources), and the cells set read-beyond-access for the Secrets and RBAC objects view and
// edit do not read.
//
// Cells: cluster-admin is cluster-wide only (the request parser refuses namespaces for it).
// Chart families: 4.x = leverage-2024 with chart 4.6.5 (the August 2022 layout: eks v18, aws-auth;
// ArgoCD v2.3.4), 5.x = leverage-2024 (argo-cd 5.8.3, ArgoCD v2.5.0, EKS 1.28), 5.x-aws-5 = the
// same with a cluster layer on hashicorp/aws 5.33 (access entries before ArgoCD 2.9), 6.x = guide
// (6.7.3, v2.10.4, EKS 1.29), 7.x = leverage-2026 (7.9.1, v2.14.11, EKS 1.32). Namespaced cells
// manage team-a and team-b. Where the cluster layer cannot manage access entries (2022, 2024, guide),
// API_AND_CONFIG_MAP falls back to aws-auth, as the grants column shows.
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { POD_ROLE_ANNOTATION } from "../../src/edit/values-yaml.js";
import { allowed, checkRuntime, describeGrant, type Grant as RuntimeGrant } from "./checker.js";
import { EKS_DEFAULT_KINDS, resourceId } from "./model/eks.js";
import { cellName, cells, planCell, runCell, type Cell } from "./matrix.js";

/** An accepted cell's grants (it must have no violation, over-grant or stale pod), or a refusal. */
type CellExpectation = { grants: string[] } | { refused: RegExp };

const REFUSED_WITHOUT_OPT_IN =
  /runs ArgoCD v2\.5\.0 \(argo-cd chart 5\.8\.3\), which has no argocd-cm resource\.respectRBAC .*Either set read-beyond-access: true to accept that read \(writes stay (edit|view)\), or raise the chart version of that helm_release to 5\.51\.0 or later/;

/**
 * The grants of a cell on ArgoCD before 2.9: those of the same cell where respectRBAC is available
 * (chart 6.x, whose cluster layer uses aws-auth like the 2022 and 2024 ones; chart 7.x for access
 * entries), plus the extra read bound where the link reaches.
 */
function preRespectRbacGrants(c: Cell): string[] {
  const accessEntry =
    c.family === "chart-5.x-aws-5" && c.method === "iam-role" && c.auth === "API_AND_CONFIG_MAP";
  const like = accessEntry
    ? `${c.access} ${c.scope} ${c.method} API_AND_CONFIG_MAP chart-7.x`
    : `${c.access} ${c.scope} ${c.method} CONFIG_MAP chart-6.x`;
  const base = EXPECTED[like];
  if (!base || !("grants" in base)) throw new Error(`no cell ${like}`);
  if (c.access === "cluster-admin") return base.grants;
  const cacheRead = "argocd-link-matrix--cache-read";
  if (c.scope === "cluster-wide")
    return [...base.grants, `ClusterRoleBinding to ClusterRole ${cacheRead} cluster-wide`];
  const perNamespace = ["team-a", "team-b"].map((ns) => `RoleBinding to ClusterRole ${cacheRead} in ${ns}`);
  if (c.scope === "namespaced") return [...base.grants, ...perNamespace];
  const policies = base.grants.filter((g) => g.startsWith("EKS access policy"));
  return [
    ...policies,
    `ClusterRoleBinding to ClusterRole ${cacheRead}-cluster cluster-wide`,
    ...base.grants.filter((g) => !policies.includes(g)),
    ...perNamespace,
  ];
}

// What the checker reports once respectRBAC is taken away (chart 7.x, Kubernetes 1.32).
const FORBIDDEN_IN_TEAM_NAMESPACES_VIEW =
  "forbidden list in team-a, team-b: csistoragecapacities.storage.k8s.io, podtemplates, policyendpoints.networking.k8s.aws, rolebindings.rbac.authorization.k8s.io, roles.rbac.authorization.k8s.io, secrets, securitygrouppolicies.vpcresources.k8s.aws";
const FORBIDDEN_CLUSTER_RESOURCES_K8S_1_32 =
  "forbidden list in cluster scope: certificatesigningrequests.certificates.k8s.io, cninodes.vpcresources.k8s.aws, csidrivers.storage.k8s.io, csinodes.storage.k8s.io, eniconfigs.crd.k8s.amazonaws.com, flowschemas.flowcontrol.apiserver.k8s.io, nodes, prioritylevelconfigurations.flowcontrol.apiserver.k8s.io, runtimeclasses.node.k8s.io, validatingadmissionpolicies.admissionregistration.k8s.io, validatingadmissionpolicybindings.admissionregistration.k8s.io, volumeattachments.storage.k8s.io";

const EXPECTED: Record<string, CellExpectation> = {
  "cluster-admin cluster-wide iam-role CONFIG_MAP chart-5.x": {
    grants: ["aws-auth group system:masters cluster-wide"],
  },
  "cluster-admin cluster-wide iam-role CONFIG_MAP chart-6.x": {
    grants: ["aws-auth group system:masters cluster-wide"],
  },
  "cluster-admin cluster-wide iam-role CONFIG_MAP chart-7.x": {
    grants: ["aws-auth group system:masters cluster-wide"],
  },
  "cluster-admin cluster-wide iam-role API_AND_CONFIG_MAP chart-5.x": {
    grants: ["aws-auth group system:masters cluster-wide"],
  },
  "cluster-admin cluster-wide iam-role API_AND_CONFIG_MAP chart-6.x": {
    grants: ["aws-auth group system:masters cluster-wide"],
  },
  "cluster-admin cluster-wide iam-role API_AND_CONFIG_MAP chart-7.x": {
    grants: ["EKS access policy AmazonEKSClusterAdminPolicy cluster-wide"],
  },
  "cluster-admin cluster-wide bearer-token CONFIG_MAP chart-5.x": {
    grants: ["ClusterRoleBinding to ClusterRole cluster-admin cluster-wide"],
  },
  "cluster-admin cluster-wide bearer-token CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole cluster-admin cluster-wide"],
  },
  "cluster-admin cluster-wide bearer-token CONFIG_MAP chart-7.x": {
    grants: ["ClusterRoleBinding to ClusterRole cluster-admin cluster-wide"],
  },
  "cluster-admin cluster-wide bearer-token API_AND_CONFIG_MAP chart-5.x": {
    grants: ["ClusterRoleBinding to ClusterRole cluster-admin cluster-wide"],
  },
  "cluster-admin cluster-wide bearer-token API_AND_CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole cluster-admin cluster-wide"],
  },
  "cluster-admin cluster-wide bearer-token API_AND_CONFIG_MAP chart-7.x": {
    grants: ["ClusterRoleBinding to ClusterRole cluster-admin cluster-wide"],
  },
  "admin namespaced iam-role CONFIG_MAP chart-6.x": {
    grants: ["RoleBinding to ClusterRole admin in team-a", "RoleBinding to ClusterRole admin in team-b"],
  },
  "admin namespaced iam-role CONFIG_MAP chart-7.x": {
    grants: ["RoleBinding to ClusterRole admin in team-a", "RoleBinding to ClusterRole admin in team-b"],
  },
  "admin namespaced iam-role API_AND_CONFIG_MAP chart-6.x": {
    grants: ["RoleBinding to ClusterRole admin in team-a", "RoleBinding to ClusterRole admin in team-b"],
  },
  "admin namespaced iam-role API_AND_CONFIG_MAP chart-7.x": {
    grants: [
      "EKS access policy AmazonEKSAdminPolicy in team-a",
      "EKS access policy AmazonEKSAdminPolicy in team-b",
    ],
  },
  "admin namespaced bearer-token CONFIG_MAP chart-6.x": {
    grants: ["RoleBinding to ClusterRole admin in team-a", "RoleBinding to ClusterRole admin in team-b"],
  },
  "admin namespaced bearer-token CONFIG_MAP chart-7.x": {
    grants: ["RoleBinding to ClusterRole admin in team-a", "RoleBinding to ClusterRole admin in team-b"],
  },
  "admin namespaced bearer-token API_AND_CONFIG_MAP chart-6.x": {
    grants: ["RoleBinding to ClusterRole admin in team-a", "RoleBinding to ClusterRole admin in team-b"],
  },
  "admin namespaced bearer-token API_AND_CONFIG_MAP chart-7.x": {
    grants: ["RoleBinding to ClusterRole admin in team-a", "RoleBinding to ClusterRole admin in team-b"],
  },
  "admin cluster-resources iam-role CONFIG_MAP chart-6.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole admin in team-a",
      "RoleBinding to ClusterRole admin in team-b",
    ],
  },
  "admin cluster-resources iam-role CONFIG_MAP chart-7.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole admin in team-a",
      "RoleBinding to ClusterRole admin in team-b",
    ],
  },
  "admin cluster-resources iam-role API_AND_CONFIG_MAP chart-6.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole admin in team-a",
      "RoleBinding to ClusterRole admin in team-b",
    ],
  },
  "admin cluster-resources iam-role API_AND_CONFIG_MAP chart-7.x": {
    grants: [
      "EKS access policy AmazonEKSAdminPolicy in team-a",
      "EKS access policy AmazonEKSAdminPolicy in team-b",
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
    ],
  },
  "admin cluster-resources bearer-token CONFIG_MAP chart-6.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole admin in team-a",
      "RoleBinding to ClusterRole admin in team-b",
    ],
  },
  "admin cluster-resources bearer-token CONFIG_MAP chart-7.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole admin in team-a",
      "RoleBinding to ClusterRole admin in team-b",
    ],
  },
  "admin cluster-resources bearer-token API_AND_CONFIG_MAP chart-6.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole admin in team-a",
      "RoleBinding to ClusterRole admin in team-b",
    ],
  },
  "admin cluster-resources bearer-token API_AND_CONFIG_MAP chart-7.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole admin in team-a",
      "RoleBinding to ClusterRole admin in team-b",
    ],
  },
  "admin cluster-wide iam-role CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole admin cluster-wide"],
  },
  "admin cluster-wide iam-role CONFIG_MAP chart-7.x": {
    grants: ["ClusterRoleBinding to ClusterRole admin cluster-wide"],
  },
  "admin cluster-wide iam-role API_AND_CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole admin cluster-wide"],
  },
  "admin cluster-wide iam-role API_AND_CONFIG_MAP chart-7.x": {
    grants: ["EKS access policy AmazonEKSAdminPolicy cluster-wide"],
  },
  "admin cluster-wide bearer-token CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole admin cluster-wide"],
  },
  "admin cluster-wide bearer-token CONFIG_MAP chart-7.x": {
    grants: ["ClusterRoleBinding to ClusterRole admin cluster-wide"],
  },
  "admin cluster-wide bearer-token API_AND_CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole admin cluster-wide"],
  },
  "admin cluster-wide bearer-token API_AND_CONFIG_MAP chart-7.x": {
    grants: ["ClusterRoleBinding to ClusterRole admin cluster-wide"],
  },
  "edit namespaced iam-role CONFIG_MAP chart-6.x": {
    grants: ["RoleBinding to ClusterRole edit in team-a", "RoleBinding to ClusterRole edit in team-b"],
  },
  "edit namespaced iam-role CONFIG_MAP chart-7.x": {
    grants: ["RoleBinding to ClusterRole edit in team-a", "RoleBinding to ClusterRole edit in team-b"],
  },
  "edit namespaced iam-role API_AND_CONFIG_MAP chart-6.x": {
    grants: ["RoleBinding to ClusterRole edit in team-a", "RoleBinding to ClusterRole edit in team-b"],
  },
  "edit namespaced iam-role API_AND_CONFIG_MAP chart-7.x": {
    grants: [
      "EKS access policy AmazonEKSEditPolicy in team-a",
      "EKS access policy AmazonEKSEditPolicy in team-b",
    ],
  },
  "edit namespaced bearer-token CONFIG_MAP chart-6.x": {
    grants: ["RoleBinding to ClusterRole edit in team-a", "RoleBinding to ClusterRole edit in team-b"],
  },
  "edit namespaced bearer-token CONFIG_MAP chart-7.x": {
    grants: ["RoleBinding to ClusterRole edit in team-a", "RoleBinding to ClusterRole edit in team-b"],
  },
  "edit namespaced bearer-token API_AND_CONFIG_MAP chart-6.x": {
    grants: ["RoleBinding to ClusterRole edit in team-a", "RoleBinding to ClusterRole edit in team-b"],
  },
  "edit namespaced bearer-token API_AND_CONFIG_MAP chart-7.x": {
    grants: ["RoleBinding to ClusterRole edit in team-a", "RoleBinding to ClusterRole edit in team-b"],
  },
  "edit cluster-resources iam-role CONFIG_MAP chart-6.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole edit in team-a",
      "RoleBinding to ClusterRole edit in team-b",
    ],
  },
  "edit cluster-resources iam-role CONFIG_MAP chart-7.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole edit in team-a",
      "RoleBinding to ClusterRole edit in team-b",
    ],
  },
  "edit cluster-resources iam-role API_AND_CONFIG_MAP chart-6.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole edit in team-a",
      "RoleBinding to ClusterRole edit in team-b",
    ],
  },
  "edit cluster-resources iam-role API_AND_CONFIG_MAP chart-7.x": {
    grants: [
      "EKS access policy AmazonEKSEditPolicy in team-a",
      "EKS access policy AmazonEKSEditPolicy in team-b",
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
    ],
  },
  "edit cluster-resources bearer-token CONFIG_MAP chart-6.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole edit in team-a",
      "RoleBinding to ClusterRole edit in team-b",
    ],
  },
  "edit cluster-resources bearer-token CONFIG_MAP chart-7.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole edit in team-a",
      "RoleBinding to ClusterRole edit in team-b",
    ],
  },
  "edit cluster-resources bearer-token API_AND_CONFIG_MAP chart-6.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole edit in team-a",
      "RoleBinding to ClusterRole edit in team-b",
    ],
  },
  "edit cluster-resources bearer-token API_AND_CONFIG_MAP chart-7.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole edit in team-a",
      "RoleBinding to ClusterRole edit in team-b",
    ],
  },
  "edit cluster-wide iam-role CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole edit cluster-wide"],
  },
  "edit cluster-wide iam-role CONFIG_MAP chart-7.x": {
    grants: ["ClusterRoleBinding to ClusterRole edit cluster-wide"],
  },
  "edit cluster-wide iam-role API_AND_CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole edit cluster-wide"],
  },
  "edit cluster-wide iam-role API_AND_CONFIG_MAP chart-7.x": {
    grants: ["EKS access policy AmazonEKSEditPolicy cluster-wide"],
  },
  "edit cluster-wide bearer-token CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole edit cluster-wide"],
  },
  "edit cluster-wide bearer-token CONFIG_MAP chart-7.x": {
    grants: ["ClusterRoleBinding to ClusterRole edit cluster-wide"],
  },
  "edit cluster-wide bearer-token API_AND_CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole edit cluster-wide"],
  },
  "edit cluster-wide bearer-token API_AND_CONFIG_MAP chart-7.x": {
    grants: ["ClusterRoleBinding to ClusterRole edit cluster-wide"],
  },
  "view namespaced iam-role CONFIG_MAP chart-6.x": {
    grants: ["RoleBinding to ClusterRole view in team-a", "RoleBinding to ClusterRole view in team-b"],
  },
  "view namespaced iam-role CONFIG_MAP chart-7.x": {
    grants: ["RoleBinding to ClusterRole view in team-a", "RoleBinding to ClusterRole view in team-b"],
  },
  "view namespaced iam-role API_AND_CONFIG_MAP chart-6.x": {
    grants: ["RoleBinding to ClusterRole view in team-a", "RoleBinding to ClusterRole view in team-b"],
  },
  "view namespaced iam-role API_AND_CONFIG_MAP chart-7.x": {
    grants: [
      "EKS access policy AmazonEKSViewPolicy in team-a",
      "EKS access policy AmazonEKSViewPolicy in team-b",
    ],
  },
  "view namespaced bearer-token CONFIG_MAP chart-6.x": {
    grants: ["RoleBinding to ClusterRole view in team-a", "RoleBinding to ClusterRole view in team-b"],
  },
  "view namespaced bearer-token CONFIG_MAP chart-7.x": {
    grants: ["RoleBinding to ClusterRole view in team-a", "RoleBinding to ClusterRole view in team-b"],
  },
  "view namespaced bearer-token API_AND_CONFIG_MAP chart-6.x": {
    grants: ["RoleBinding to ClusterRole view in team-a", "RoleBinding to ClusterRole view in team-b"],
  },
  "view namespaced bearer-token API_AND_CONFIG_MAP chart-7.x": {
    grants: ["RoleBinding to ClusterRole view in team-a", "RoleBinding to ClusterRole view in team-b"],
  },
  "view cluster-resources iam-role CONFIG_MAP chart-6.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole view in team-a",
      "RoleBinding to ClusterRole view in team-b",
    ],
  },
  "view cluster-resources iam-role CONFIG_MAP chart-7.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole view in team-a",
      "RoleBinding to ClusterRole view in team-b",
    ],
  },
  "view cluster-resources iam-role API_AND_CONFIG_MAP chart-6.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole view in team-a",
      "RoleBinding to ClusterRole view in team-b",
    ],
  },
  "view cluster-resources iam-role API_AND_CONFIG_MAP chart-7.x": {
    grants: [
      "EKS access policy AmazonEKSViewPolicy in team-a",
      "EKS access policy AmazonEKSViewPolicy in team-b",
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
    ],
  },
  "view cluster-resources bearer-token CONFIG_MAP chart-6.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole view in team-a",
      "RoleBinding to ClusterRole view in team-b",
    ],
  },
  "view cluster-resources bearer-token CONFIG_MAP chart-7.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole view in team-a",
      "RoleBinding to ClusterRole view in team-b",
    ],
  },
  "view cluster-resources bearer-token API_AND_CONFIG_MAP chart-6.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole view in team-a",
      "RoleBinding to ClusterRole view in team-b",
    ],
  },
  "view cluster-resources bearer-token API_AND_CONFIG_MAP chart-7.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole view in team-a",
      "RoleBinding to ClusterRole view in team-b",
    ],
  },
  "view cluster-wide iam-role CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole view cluster-wide"],
  },
  "view cluster-wide iam-role CONFIG_MAP chart-7.x": {
    grants: ["ClusterRoleBinding to ClusterRole view cluster-wide"],
  },
  "view cluster-wide iam-role API_AND_CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole view cluster-wide"],
  },
  "view cluster-wide iam-role API_AND_CONFIG_MAP chart-7.x": {
    grants: ["EKS access policy AmazonEKSViewPolicy cluster-wide"],
  },
  "view cluster-wide bearer-token CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole view cluster-wide"],
  },
  "view cluster-wide bearer-token CONFIG_MAP chart-7.x": {
    grants: ["ClusterRoleBinding to ClusterRole view cluster-wide"],
  },
  "view cluster-wide bearer-token API_AND_CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole view cluster-wide"],
  },
  "view cluster-wide bearer-token API_AND_CONFIG_MAP chart-7.x": {
    grants: ["ClusterRoleBinding to ClusterRole view cluster-wide"],
  },
};

const beforeRespectRbac = (c: Cell) => c.family.startsWith("chart-4.") || c.family.startsWith("chart-5.");
for (const c of cells())
  if (beforeRespectRbac(c)) EXPECTED[cellName(c)] = { grants: preRespectRbacGrants(c) };

describe("runtime model over the link matrix", () => {
  it("covers every valid cell and nothing else", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(cells().map(cellName).sort());
  });

  it.each(cells().map((c) => [cellName(c), c] as const))("%s", async (name, c) => {
    const outcome = await runCell(c);
    const expected = EXPECTED[name]!;
    if ("refused" in expected) {
      if (!("refused" in outcome)) throw new Error(`${name}: expected a refusal, the plan was accepted`);
      expect(outcome.refused).toMatch(expected.refused);
      return;
    }
    if ("refused" in outcome) throw new Error(`${name}: the planner refused the link: ${outcome.refused}`);
    const { report } = outcome;
    expect({
      grants: report.grants.map(describeGrant),
      violations: report.violations,
      overGrants: report.overGrants,
      stalePods: report.stalePods,
      notes: report.notes,
    }).toEqual({ grants: expected.grants, violations: [], overGrants: [], stalePods: [], notes: [] });
    // Below cluster-admin the cache works because respectRBAC skips what the link may not list, or
    // (before ArgoCD 2.9) because the link reads every kind the cache lists.
    if (c.access !== "cluster-admin" && !beforeRespectRbac(c))
      expect(report.settings.respectRBAC).toBe("normal");
    else expect(report.settings.respectRBAC).toBeUndefined();
    if (beforeRespectRbac(c)) expect(report.skippedByRespectRbac).toEqual([]);
  });
});

describe("before ArgoCD 2.9 the extra read is exactly what the cache needs", () => {
  // The newest Kubernetes minor the model knows: the role also names kinds served only from there.
  const newest = `1.${Math.max(...EKS_DEFAULT_KINDS.map((k) => k.since ?? 0))}`;
  const isCacheRead = (g: RuntimeGrant) => g.source.includes("argocd-link-matrix--cache-read");
  // aws-auth on the 2022 layout, access entries on the 2024 one with hashicorp/aws 5.
  const preCells = cells().filter(
    (c) =>
      c.access !== "cluster-admin" &&
      ((c.family === "chart-4.x" && c.auth === "CONFIG_MAP") ||
        (c.family === "chart-5.x-aws-5" && c.auth === "API_AND_CONFIG_MAP" && c.method === "iam-role")),
  );

  it.each(preCells.map((c) => [cellName(c), c] as const))("%s", async (_name, c) => {
    const planned = await planCell(c);
    if ("refused" in planned) throw new Error(planned.refused);
    const report = await checkRuntime(planned.files, planned.request, {
      ...planned.ctx,
      clusterVersion: newest,
    });
    // Enough: every list the cache makes is allowed, with nothing skipped (no respectRBAC).
    expect({ violations: report.violations, overGrants: report.overGrants }).toEqual({
      violations: [],
      overGrants: [],
    });
    const extra = report.grants.filter(isCacheRead);
    const others = report.grants.filter((g) => !isCacheRead(g));
    expect(extra.length).toBeGreaterThan(0);
    // No more: read-only, and each kind it names is one the cache lists where the grant applies
    // and that nothing else lets the link list there.
    const unneeded: string[] = [];
    for (const g of extra)
      for (const rule of g.rules) {
        expect(rule.verbs).toEqual(["get", "list", "watch"]);
        for (const group of rule.apiGroups)
          for (const resource of rule.resources) {
            const kind = { group, resource };
            const needed = report.lists.some(
              (l) =>
                l.kind.group === group &&
                l.kind.resource === resource &&
                allowed([g], "list", kind, l.where) &&
                !allowed(others, "list", kind, l.where),
            );
            if (!needed) unneeded.push(`${describeGrant(g)}: ${resourceId(kind)}`);
          }
      }
    expect(unneeded).toEqual([]);
  });
});

describe("the runtime tests fail without what the link writes", () => {
  /** The cell's plan with the chart values file changed by `change`. */
  async function withValues(c: Cell, change: (doc: ReturnType<typeof parseDocument>) => void) {
    const planned = await planCell(c);
    if ("refused" in planned) throw new Error(planned.refused);
    const files = planned.files.map((f) => {
      if (!/\/chart-values\/[^/]+\.ya?ml$/.test(f.path)) return f;
      const doc = parseDocument(f.content);
      change(doc);
      return { ...f, content: doc.toString() };
    });
    return checkRuntime(files, planned.request, planned.ctx);
  }
  const cell = (family: Cell["family"], method: Cell["method"] = "bearer-token"): Cell => ({
    access: "view",
    scope: "cluster-resources",
    method,
    auth: "API_AND_CONFIG_MAP",
    family,
  });

  it("without resource.respectRBAC the view link's lists are Forbidden again", async () => {
    const report = await withValues(cell("chart-7.x"), (doc) =>
      doc.deleteIn(["configs", "cm", "resource.respectRBAC"]),
    );
    expect(report.violations).toEqual([
      FORBIDDEN_CLUSTER_RESOURCES_K8S_1_32,
      FORBIDDEN_IN_TEAM_NAMESPACES_VIEW,
    ]);
  });

  it("with respectRBAC (as written) the same lists are skipped, not failed", async () => {
    const report = await withValues(cell("chart-7.x"), () => undefined);
    expect(report.violations).toEqual([]);
    expect(report.skippedByRespectRbac.length).toBeGreaterThan(0);
  });

  it("on ArgoCD 2.5 (chart 5.x) without the extra read the view link's lists are Forbidden", async () => {
    const planned = await planCell(cell("chart-5.x"));
    if ("refused" in planned) throw new Error(planned.refused);
    const files = planned.files.map((f) =>
      f.path.endsWith(".tf") ? { ...f, content: withoutCacheRead(f.content) } : f,
    );
    const report = await checkRuntime(files, planned.request, planned.ctx);
    expect(report.respectRbac).toBe(false);
    expect(report.violations.length).toBeGreaterThan(0);
    expect(report.violations.join("\n")).toContain("secrets");
  });

  it("view and edit links on ArgoCD before 2.9 are refused without read-beyond-access, admin is not", async () => {
    for (const access of ["view", "edit"] as const) {
      const outcome = await runCell(
        { ...cell("chart-5.x"), access, scope: "namespaced" },
        { readBeyondAccess: false },
      );
      expect(outcome).toMatchObject({ refused: expect.stringMatching(REFUSED_WITHOUT_OPT_IN) as unknown });
    }
    const admin = await runCell(
      { ...cell("chart-5.x"), access: "admin", scope: "namespaced" },
      { readBeyondAccess: false },
    );
    expect(admin).not.toHaveProperty("refused");
  });

  it("without the pod annotation the IRSA pods keep running without the role", async () => {
    for (const family of ["chart-6.x", "chart-7.x"] as const) {
      const report = await withValues(cell(family, "iam-role"), (doc) => {
        for (const component of ["controller", "server", "applicationSet"])
          doc.deleteIn([component, "podAnnotations", POD_ROLE_ANNOTATION]);
      });
      expect(report.stalePods.map((s) => s.split(":")[0])).toEqual([
        "controller",
        "server",
        "applicationSet",
      ]);
    }
  });
});

/** A generated .tf file without the extra read's resources (the blocks named *__cache_read*). */
function withoutCacheRead(text: string): string {
  return text.replace(
    /\nresource "kubernetes_[a-z0-9_]+" "[a-z0-9_]+__cache_read(_cluster)?" \{\n[\s\S]*?\n\}\n/g,
    "\n",
  );
}
