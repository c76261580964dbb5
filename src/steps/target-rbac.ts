// Step target-rbac (target account, a layer with a kubernetes provider for the cluster): RBAC for
// the link's subject, a ServiceAccount with a long-lived token (bearer-token) or the aws-auth
// group of ArgoCD's role (iam-role), plus the cluster-scoped kinds of `cluster-resources`.

import { code } from "../core/markdown.js";
import { findAttribute, findBlocks, scanHcl, stringLiteral } from "../hcl/scan.js";
import { attr, blank, block, comment, raw, renderFile, renderValue, type BodyItem } from "../hcl/write.js";
import { accessText } from "../link/describe.js";
import {
  CLUSTER_RESOURCES_KINDS,
  clusterWide,
  extraRead,
  RESPECT_RBAC_CHART,
  type CacheAccess,
} from "../link/grant.js";
import { kindId, type CachedKind } from "../upstream/kubernetes-kinds.js";
import type { RbacLayer } from "../layout/types.js";
import { MARKER, type LinkNames } from "../link/names.js";
import type { AccessLevel, LinkRequest } from "../request/types.js";
import { header, linkMarker } from "./shared.js";
import { createdLine, readTokenSlots, slotResource, type SlotName } from "./token-slots.js";
import { notNeeded, type LinkContext, type StepKind } from "./types.js";

const ID = "target-rbac";

export const CLUSTER_ROLE: Record<AccessLevel, string> = {
  "cluster-admin": "cluster-admin",
  admin: "admin",
  edit: "edit",
  view: "view",
};

function rbacGrant({ grant }: LinkContext) {
  if (!grant.rbac.needed) throw notNeeded(ID);
  return grant.rbac;
}

/** The link's RBAC file that only held the extra read of ArgoCD before 2.9, now not needed. */
const staleFile = ({ grant }: LinkContext) => (grant.rbac.needed ? undefined : grant.rbac.stale);

export const targetRbacStep: StepKind<typeof ID> = {
  id: ID,
  side: "target",
  needed: (link) => link.grant.rbac.needed || staleFile(link) !== undefined,
  layers: (link) => {
    const stale = staleFile(link);
    return [stale === undefined ? rbacGrant(link).layer.path : stale.slice(0, stale.lastIndexOf("/"))];
  },
  removes: (link) => {
    const stale = staleFile(link);
    return stale === undefined ? [] : [stale];
  },
  files: async (link) => {
    if (staleFile(link) !== undefined) return new Map();
    const rbac = rbacGrant(link);
    const path = `${rbac.layer.path}/${link.names.files.rbac}`;
    // Keep the token slots a rotation may have written: rewriting them would replace a token.
    const existing = await link.read(path);
    // A new token records the plan's date, so the first scheduled rotation finds it current.
    const tokens =
      existing === undefined
        ? { ...FIRST_TOKEN, ...(link.date ? { createdAt: link.date } : {}) }
        : keptTokens(existing, path, link.names.snake);
    const cacheRead = extraRead(link.grant.cache);
    const files = new Map([
      [
        path,
        rbacFile(link.names, link.req, {
          tokens,
          accessBindings: rbac.accessBindings,
          ...(cacheRead ? { cacheRead } : {}),
        }),
      ],
    ]);
    const provider = rbac.layer.addProvider;
    if (provider)
      files.set(kubernetesProviderPath(rbac.layer.path), kubernetesProviderFile(provider, link.req));
    return files;
  },
  summary: (link) =>
    staleFile(link) !== undefined
      ? "remove the extra read of ArgoCD before 2.9"
      : link.req.method === "bearer-token"
        ? "ServiceAccount, token and RBAC for ArgoCD"
        : "RBAC for the ArgoCD aws-auth group",
  why: ({ names, req, grant }) =>
    grant.rbac.needed || grant.rbac.stale === undefined
      ? [...whyGrant(names, req, grant), ...whyCacheRead(names, req, grant.cache), ...whyLayer(grant)]
      : [
          `ArgoCD ${code(names.release)} now sets ${code("resource.respectRBAC")}, so the extra read this file ` +
            `granted for ArgoCD before 2.9 (the ClusterRole ${code(names.cacheReadK8s)} and its bindings) is no ` +
            `longer needed, and nothing else of this link needs RBAC (its access comes from the EKS access ` +
            `entry): the file is removed.`,
        ],
};

/** The extra read of ArgoCD before 2.9, with exactly the kinds that become readable. */
function whyCacheRead(names: LinkNames, req: LinkRequest, cache: CacheAccess): string[] {
  if (cache.kind === "respect-rbac" && cache.keptRead) {
    return [
      `ArgoCD ${cache.argoCdVersion} reads ${code("resource.respectRBAC")}, but its values do not set it yet: the ` +
        `extra read ArgoCD before 2.9 needed (the ClusterRole ${code(names.cacheReadK8s)}) stays until the ArgoCD ` +
        `step of this plan, which sets it, is applied. Removing it first would leave ArgoCD with neither, and one ` +
        `refused list would mark the cluster Failed. Run the request again once that step is applied: that plan ` +
        `removes the extra read.`,
    ];
  }
  if (cache.kind === "respect-rbac" && cache.dropsRead) {
    return [
      `ArgoCD ${code(names.release)} now sets ${code("resource.respectRBAC")} (ArgoCD ${cache.argoCdVersion}): the ` +
        `extra read ArgoCD before 2.9 needed (the ClusterRole ${code(names.cacheReadK8s)} and its bindings) is ` +
        `removed; the kinds ${code(req.access)} does not read are skipped by ArgoCD from now on.`,
    ];
  }
  if (cache.kind !== "read-all") return [];
  const list = (kinds: CachedKind[]) => kinds.map((k) => code(kindId(k))).join(", ");
  const sensitive = [...cache.namespaced, ...cache.clusterScoped].filter((k) => k.sensitive);
  const where = clusterWide(req) ? "in every namespace" : `in ${req.namespaces.map(code).join(", ")}`;
  return [
    `ArgoCD ${cache.argoCdVersion} has no ${code("resource.respectRBAC")} (ArgoCD 2.9 and later): one list its ` +
      `cluster cache may not make marks the whole cluster Failed. So the ClusterRole ${code(names.cacheReadK8s)} ` +
      `also lets it read (${code("get")}, ${code("list")}, ${code("watch")}), ${where}, the kinds ` +
      `${code(req.access)} does not read: ${list(cache.namespaced)}` +
      (cache.clusterScoped.length > 0
        ? `; and cluster-wide the cluster-scoped kinds ${list(cache.clusterScoped)}` +
          (clusterWide(req) ? "" : ` (ClusterRole ${code(names.cacheReadClusterK8s)})`)
        : "") +
      `. Nothing more is writable than ${code(req.access)} allows.` +
      (sensitive.length > 0
        ? ` This includes ${list(sensitive)}, accepted by ${code("read-beyond-access: true")}.`
        : ""),
    `Kinds from CRDs that add-ons install later are not named here: ArgoCD reads them only if their chart ` +
      `aggregates them into the ClusterRole ${code(req.access)}; otherwise that cluster fails until the role ` +
      `names them or the argo-cd chart is ${RESPECT_RBAC_CHART} or later.`,
    `Once the argo-cd chart is ${RESPECT_RBAC_CHART} or later, run the request again: the ArgoCD step sets ` +
      `${code("resource.respectRBAC")}; once that is applied, the next run removes this extra read.`,
  ];
}

/** Why the RBAC goes to its layer: layers passed over, versions assumed, a provider added. */
function whyLayer(grant: LinkContext["grant"]): string[] {
  if (!grant.rbac.needed) return [];
  const layer = grant.rbac.layer;
  const added = layer.addProvider;
  return [
    ...(added
      ? [
          `No layer configures a ${code("kubernetes")} provider for this cluster, so, as in the original cookbook, ` +
            `${code(kubernetesProviderPath(layer.path))} adds one to ${code(layer.path)}, authenticated with the ` +
            `${code("aws_eks_cluster")} / ${code("aws_eks_cluster_auth")} data sources of the cluster named in ` +
            `${code(`data.terraform_remote_state.${added.clusterState.name}`)}` +
            ` (hashicorp/kubernetes ${code(added.constraint)}). It is shared by every link in this layer: keep it ` +
            `while any ${code("argocd_link_*.tf")} there remains. Run ${code("leverage tf init")} in the layer ` +
            `before the first apply (new provider).`,
        ]
      : []),
    ...layer.notes,
  ];
}

function whyGrant(names: LinkNames, req: LinkRequest, grant: LinkContext["grant"]): string[] {
  const scoped = req.clusterResources
    ? [
        `${code("cluster-resources")}: a ClusterRole that names only cluster-scoped kinds (Namespaces, CRDs, ` +
          `ClusterRoles, StorageClasses, webhooks...) ${req.access === "view" ? "to read" : "to manage"}, so the ` +
          `namespaced access stays in ${req.namespaces.map(code).join(", ")}.` +
          (req.access === "view"
            ? ""
            : " Writing ClusterRoles and their bindings is as strong as cluster-admin."),
      ]
    : [];
  if (grant.method === "bearer-token") {
    return [
      `A ServiceAccount ${code(`kube-system/${names.k8sName}`)} with a long-lived token secret, bound to the ` +
        `ClusterRole ${code(CLUSTER_ROLE[req.access])} (${accessText(req)}).`,
      ...scoped,
      `The token is an output of this layer marked sensitive; the ArgoCD layer reads it through remote state, so ` +
        `it is never written into the repository.`,
    ];
  }
  if (grant.cluster.kind === "access-entry") {
    return [`The ArgoCD role's access entry puts it in the group ${code(names.k8sGroup)}.`, ...scoped];
  }
  return [
    `The cluster authenticates with aws-auth only, so the ArgoCD role is mapped to the group ${code(names.k8sGroup)}; ` +
      `this binds that group to the ClusterRole ${code(CLUSTER_ROLE[req.access])} (${accessText(req)}).`,
    ...scoped,
  ];
}

/** The token Secrets a file renders: slot a's generation, slot b's once rotated, which one is read. */
export interface RenderedTokens {
  a: number;
  b?: number;
  current: SlotName;
  createdAt?: Date;
}

const FIRST_TOKEN: RenderedTokens = { a: 0, current: "a" };

/** The slots of an existing file; for a file edited beyond recognition, its first generation in slot a. */
function keptTokens(text: string, path: string, snake: string): RenderedTokens {
  const slots = readTokenSlots(text, path, snake);
  if (!slots || "problem" in slots) return { a: tokenGeneration(text, path)?.value ?? 0, current: "a" };
  const bySlot = (name: SlotName) =>
    [slots.current, slots.previous].find((s) => s?.slot === name)?.generation;
  return {
    a: bySlot("a")!,
    ...(bySlot("b") === undefined ? {} : { b: bySlot("b") }),
    current: slots.current.slot,
    ...(slots.createdAt ? { createdAt: slots.createdAt } : {}),
  };
}

/** The token generation in an RBAC file, with the offsets of its generate_name literal. */
export function tokenGeneration(
  text: string,
  path: string,
): { value: number; prefix: string; start: number; end: number } | undefined {
  for (const block of findBlocks(scanHcl(text, path), "resource", "kubernetes_secret_v1")) {
    const metadata = findBlocks(block.body, "metadata")[0];
    const attribute = metadata && findAttribute(metadata, "generate_name");
    const literal = attribute && stringLiteral(text.slice(attribute.exprStart, attribute.exprEnd));
    const match = literal === undefined ? null : /^(argocd-link-[a-z0-9-]+-g)(\d{1,9})-$/.exec(literal);
    if (!attribute || !match) continue;
    return { value: Number(match[2]), prefix: match[1]!, start: attribute.exprStart, end: attribute.exprEnd };
  }
  return undefined;
}

function clusterScopedGrant(
  names: LinkNames,
  req: LinkRequest,
  subject: BodyItem[],
  labels: Record<string, string>,
  separated: boolean,
): BodyItem[] {
  const read = ["get", "list", "watch"];
  const verbs = req.access === "view" ? read : ["*"];
  // ClusterRoles and their bindings stay read-only: writing them lets the link bind itself
  // cluster-admin (RBAC escalation), far beyond the admin/edit it asked for.
  const verbsFor = (group: string) => (group === "rbac.authorization.k8s.io" ? read : verbs);
  const name = names.clusterScopedK8s;
  return [
    ...(separated ? [blank] : []),
    comment(
      `cluster-resources: ${req.access === "view" ? "read" : "manage"} cluster-scoped kinds (namespaced access stays in ${req.namespaces.join(", ")}).` +
        (req.access === "view"
          ? ""
          : "\nClusterRoles and ClusterRoleBindings stay read-only: writing them would be as strong as cluster-admin."),
    ),
    block(
      "resource",
      ["kubernetes_cluster_role_v1", names.clusterScopedTf],
      [
        block("metadata", [], [attr("name", name), attr("labels", labels)]),
        blank,
        ...CLUSTER_RESOURCES_KINDS.map(([group, resources]) =>
          block(
            "rule",
            [],
            [attr("api_groups", [group]), attr("resources", resources), attr("verbs", verbsFor(group))],
          ),
        ),
      ],
    ),
    blank,
    block(
      "resource",
      ["kubernetes_cluster_role_binding_v1", names.clusterScopedTf],
      [
        block("metadata", [], [attr("name", name), attr("labels", labels)]),
        blank,
        block(
          "role_ref",
          [],
          [
            attr("api_group", "rbac.authorization.k8s.io"),
            attr("kind", "ClusterRole"),
            attr("name", raw(`kubernetes_cluster_role_v1.${names.clusterScopedTf}.metadata[0].name`)),
          ],
        ),
        block("subject", [], subject),
      ],
    ),
  ];
}

/** Read rules for `kinds`, one per API group in the order the kinds come. */
function readRules(kinds: CachedKind[]): BodyItem[] {
  const byGroup = new Map<string, string[]>();
  for (const k of kinds) byGroup.set(k.group, [...(byGroup.get(k.group) ?? []), k.resource]);
  return [...byGroup].map(([group, resources]) =>
    block(
      "rule",
      [],
      [attr("api_groups", [group]), attr("resources", resources), attr("verbs", ["get", "list", "watch"])],
    ),
  );
}

/**
 * ArgoCD before 2.9 fails the cluster on any refused list: a ClusterRole that reads the kinds its
 * cache lists and the access level does not, bound where the link reaches (per namespace, or
 * cluster-wide); with cluster-resources, a second ClusterRole for the cluster-scoped kinds, bound
 * cluster-wide (a RoleBinding never reaches them, and one ClusterRole bound cluster-wide would open
 * the namespaced kinds of every namespace).
 */
function cacheReadGrant(
  names: LinkNames,
  req: LinkRequest,
  subject: BodyItem[],
  labels: Record<string, string>,
  cache: { argoCdVersion: string; namespaced: CachedKind[]; clusterScoped: CachedKind[] },
): BodyItem[] {
  const wide = clusterWide(req);
  const roleRef = (name: string): BodyItem[] => [
    attr("api_group", "rbac.authorization.k8s.io"),
    attr("kind", "ClusterRole"),
    attr("name", raw(`kubernetes_cluster_role_v1.${name}.metadata[0].name`)),
  ];
  const role = (tf: string, k8s: string, kinds: CachedKind[]): BodyItem =>
    block(
      "resource",
      ["kubernetes_cluster_role_v1", tf],
      [block("metadata", [], [attr("name", k8s), attr("labels", labels)]), blank, ...readRules(kinds)],
    );
  const clusterBinding = (tf: string, k8s: string): BodyItem =>
    block(
      "resource",
      ["kubernetes_cluster_role_binding_v1", tf],
      [
        block("metadata", [], [attr("name", k8s), attr("labels", labels)]),
        blank,
        block("role_ref", [], roleRef(tf)),
        block("subject", [], subject),
      ],
    );
  const items: BodyItem[] = [
    comment(
      `ArgoCD ${cache.argoCdVersion} has no resource.respectRBAC: one list its cache may not make fails the
` +
        `whole cluster. Read-only: the kinds it lists ${wide ? "cluster-wide" : "in these namespaces"} that "${req.access}" does not read.`,
    ),
    role(
      names.cacheReadTf,
      names.cacheReadK8s,
      wide ? [...cache.namespaced, ...cache.clusterScoped] : cache.namespaced,
    ),
    blank,
  ];
  if (wide) {
    items.push(clusterBinding(names.cacheReadTf, names.cacheReadK8s));
    return items;
  }
  items.push(
    block(
      "resource",
      ["kubernetes_role_binding_v1", names.cacheReadTf],
      [
        attr("for_each", raw(`toset(${renderValue(req.namespaces, "  ")})`)),
        blank,
        block(
          "metadata",
          [],
          [attr("name", names.cacheReadK8s), attr("namespace", raw("each.key")), attr("labels", labels)],
        ),
        blank,
        block("role_ref", [], roleRef(names.cacheReadTf)),
        block("subject", [], subject),
      ],
    ),
  );
  if (cache.clusterScoped.length > 0) {
    items.push(
      blank,
      comment("The cluster-scoped kinds the cache lists with cluster-resources, read-only."),
      role(names.cacheReadClusterTf, names.cacheReadClusterK8s, cache.clusterScoped),
      blank,
      clusterBinding(names.cacheReadClusterTf, names.cacheReadClusterK8s),
    );
  }
  return items;
}

/**
 * Target account, a layer with a kubernetes provider for the cluster: RBAC bindings for the link's
 * subject (a ServiceAccount with a token for bearer-token, the aws-auth group for iam-role).
 */
export function rbacFile(
  names: LinkNames,
  req: LinkRequest,
  options: {
    tokens: RenderedTokens;
    accessBindings: boolean;
    /** ArgoCD before 2.9: the kinds its cache lists that the access level does not read. */
    cacheRead?: { argoCdVersion: string; namespaced: CachedKind[]; clusterScoped: CachedKind[] };
  },
): string {
  const tokens = options.tokens;
  const bearer = req.method === "bearer-token";
  const saNamespace = "kube-system";
  const subject: BodyItem[] = bearer
    ? [
        attr("kind", "ServiceAccount"),
        attr("name", raw(`kubernetes_service_account_v1.argocd_link_${names.snake}.metadata[0].name`)),
        attr("namespace", saNamespace),
      ]
    : [attr("api_group", "rbac.authorization.k8s.io"), attr("kind", "Group"), attr("name", names.k8sGroup)];
  const roleRef: BodyItem[] = [
    attr("api_group", "rbac.authorization.k8s.io"),
    attr("kind", "ClusterRole"),
    attr("name", CLUSTER_ROLE[req.access]),
  ];
  const labels = { "app.kubernetes.io/managed-by": "terraform", "argocd-cluster-link/link": names.id };
  const items: BodyItem[] = [
    ...header([
      ...linkMarker(names, req),
      bearer
        ? `ServiceAccount, long-lived token and RBAC for ArgoCD "${names.release}" (account ${req.sourceAccount}).`
        : `RBAC for the group ${names.k8sGroup} of ArgoCD "${names.release}" (account ${req.sourceAccount}).`,
      options.accessBindings
        ? `Access: ClusterRole "${CLUSTER_ROLE[req.access]}" ${clusterWide(req) ? "cluster-wide" : `in ${req.namespaces.join(", ")}`}.`
        : `Access in ${req.namespaces.join(", ")} comes from the EKS access entry; this grants the cluster-scoped kinds.`,
      ...(options.cacheRead
        ? [
            `ArgoCD ${options.cacheRead.argoCdVersion} (no resource.respectRBAC): also reads every kind its cache lists in scope.`,
          ]
        : []),
      ...(bearer && tokens.createdAt ? [createdLine(tokens.createdAt)] : []),
    ]),
  ];
  if (bearer) {
    items.push(
      block(
        "resource",
        ["kubernetes_service_account_v1", `argocd_link_${names.snake}`],
        [
          block(
            "metadata",
            [],
            [attr("name", names.k8sName), attr("namespace", saNamespace), attr("labels", labels)],
          ),
        ],
      ),
      blank,
      comment(
        "The token does not expire. Two slots (a, and b after the first rotation) keep two generations\n" +
          "(-g<N>-); the output reads the newest. A rotation (argocd-cluster-link's scheduled run) gives the\n" +
          "other slot generation N+1: applying this layer creates it and deletes N-1 but keeps N, which ArgoCD\n" +
          "uses until its layer is applied and reads N+1.",
      ),
      tokenSecret(names, "a", tokens.a, labels, saNamespace),
      ...(tokens.b === undefined ? [] : [blank, tokenSecret(names, "b", tokens.b, labels, saNamespace)]),
      blank,
    );
  }
  if (!options.accessBindings) {
    // Nothing namespaced to bind here.
  } else if (clusterWide(req)) {
    items.push(
      block(
        "resource",
        ["kubernetes_cluster_role_binding_v1", `argocd_link_${names.snake}`],
        [
          block("metadata", [], [attr("name", names.k8sName), attr("labels", labels)]),
          blank,
          block("role_ref", [], roleRef),
          block("subject", [], subject),
        ],
      ),
    );
  } else {
    items.push(
      comment("The namespaces must exist: ArgoCD gets no right to create them."),
      block(
        "resource",
        ["kubernetes_role_binding_v1", `argocd_link_${names.snake}`],
        [
          attr("for_each", raw(`toset(${renderValue(req.namespaces, "  ")})`)),
          blank,
          block(
            "metadata",
            [],
            [attr("name", names.k8sName), attr("namespace", raw("each.key")), attr("labels", labels)],
          ),
          blank,
          block("role_ref", [], roleRef),
          block("subject", [], subject),
        ],
      ),
    );
  }
  if (req.clusterResources)
    items.push(...clusterScopedGrant(names, req, subject, labels, options.accessBindings));
  if (options.cacheRead) {
    if (items[items.length - 1] !== blank) items.push(blank);
    items.push(...cacheReadGrant(names, req, subject, labels, options.cacheRead));
  }
  if (bearer) {
    items.push(
      blank,
      block(
        "output",
        [names.tokenOutput],
        [
          attr(
            "description",
            `Bearer token of ArgoCD ${names.release} for this cluster (read by its layer through remote state)`,
          ),
          attr("value", raw(`kubernetes_secret_v1.${slotResource(names.snake, tokens.current)}.data.token`)),
          attr("sensitive", true),
        ],
      ),
    );
  }
  return renderFile(items);
}

/**
 * generate_name of the token secret: changing it (the provider replaces the secret for a new
 * generate_name) is how a token is rotated, with any Terraform version and no extra provider.
 */
export function tokenSecretPrefix(names: Pick<LinkNames, "k8sName">, generation: number): string {
  return `${names.k8sName}-g${generation}-`;
}

/** The file holding a kubernetes provider the link adds to a layer (shared by the layer's links). */
export function kubernetesProviderPath(layer: string): string {
  return `${layer}/argocd_layer__kubernetes_provider.tf`;
}

/**
 * Target account, the identities layer: a kubernetes provider for the cluster, authenticated with
 * the cluster's endpoint, CA and a token from the AWS provider, as the original cookbook does.
 */
export function kubernetesProviderFile(
  provider: NonNullable<RbacLayer["addProvider"]>,
  req: LinkRequest,
): string {
  const state = provider.clusterState;
  const clusterName = raw(`data.terraform_remote_state.${state.name}.outputs.${provider.clusterNameOutput}`);
  const eksCluster = provider.eksClusterData ?? "cluster";
  const eksAuth = provider.eksAuthData ?? "cluster";
  return renderFile([
    ...header([
      `${MARKER}: kubernetes provider for ${req.targetCluster}, for the RBAC of the ArgoCD links in this layer.`,
      "Shared by every argocd_link_*.tf here: keep it while any of them remains.",
      'A new provider: run "leverage tf init" in this layer before the first apply.',
    ]),
    ...(provider.declaresKubernetes
      ? []
      : [
          block(
            "terraform",
            [],
            [
              block(
                "required_providers",
                [],
                [attr("kubernetes", { source: "hashicorp/kubernetes", version: provider.constraint })],
              ),
            ],
          ),
          blank,
        ]),
    block(
      "provider",
      ["kubernetes"],
      [
        attr("host", raw(`data.aws_eks_cluster.${eksCluster}.endpoint`)),
        attr(
          "cluster_ca_certificate",
          raw(`base64decode(data.aws_eks_cluster.${eksCluster}.certificate_authority[0].data)`),
        ),
        attr("token", raw(`data.aws_eks_cluster_auth.${eksAuth}.token`)),
      ],
    ),
    ...(provider.eksClusterData
      ? []
      : [blank, block("data", ["aws_eks_cluster", eksCluster], [attr("name", clusterName)])]),
    ...(provider.eksAuthData
      ? []
      : [blank, block("data", ["aws_eks_cluster_auth", eksAuth], [attr("name", clusterName)])]),
    ...(state.create
      ? [
          blank,
          block(
            "data",
            ["terraform_remote_state", state.name],
            [
              attr("backend", "s3"),
              attr("config", {
                region: raw(state.create.regionExpr),
                profile: raw("var.profile"),
                bucket: raw("var.bucket"),
                key: state.create.key,
              }),
            ],
          ),
        ]
      : []),
  ]);
}

/** One token slot's Secret (see token-slots.ts). */
function tokenSecret(
  names: LinkNames,
  slot: SlotName,
  generation: number,
  labels: Record<string, string>,
  saNamespace: string,
): BodyItem {
  return block(
    "resource",
    ["kubernetes_secret_v1", slotResource(names.snake, slot)],
    [
      block(
        "metadata",
        [],
        [
          attr("generate_name", tokenSecretPrefix(names, generation)),
          attr("namespace", saNamespace),
          attr("labels", labels),
          attr("annotations", {
            "kubernetes.io/service-account.name": raw(
              `kubernetes_service_account_v1.argocd_link_${names.snake}.metadata[0].name`,
            ),
          }),
        ],
      ),
      blank,
      attr("type", "kubernetes.io/service-account-token"),
      attr("wait_for_service_account_token", true),
      blank,
      comment("A new token exists before the old one is deleted."),
      block("lifecycle", [], [attr("create_before_destroy", true)]),
    ],
  );
}
