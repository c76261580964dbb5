// The link planner: from a validated request, the target cluster's facts and a repository, the
// ordered steps (one pull request each) with the full content of every file they create or edit.
// It reads only through RepoReader and writes nothing.

import { isMap, type Document } from "yaml";
import { LayoutError } from "../core/errors.js";
import { compareVersions, parseVersion } from "../core/versions.js";
import {
  editValues,
  parseValues,
  templateLiteral,
  ARN_ANNOTATION,
  type ClusterCredential,
} from "../edit/values-yaml.js";
import { upsertListObject, upsertObjectItems } from "../edit/hcl-edit.js";
import type { ClusterFacts } from "../facts/types.js";
import { findAttribute, findBlocks, scanHcl } from "../hcl/scan.js";
import { ARGO_SERVICE_ACCOUNTS, dedicatedReleaseName, discoverLayout } from "../layout/discover.js";
import { findLayers, joinPath } from "../layout/tree.js";
import type { Layout } from "../layout/types.js";
import type { LinkRequest } from "../request/types.js";
import type { RepoReader } from "../repo/reader.js";
import { linkNames, markerFor, ownerLine, ownerOf, type LinkNames } from "./names.js";
import { stepBody, stepTitle } from "./describe.js";
import {
  accessEntryFile,
  assumePolicyFile,
  dedicatedInstanceFile,
  irsaRoleFile,
  mapRolesElement,
  rbacFile,
  targetRoleFile,
  tokenRemoteStateFile,
} from "./terraform.js";
import { clusterGrant, clusterWide, rbacNeeded } from "./access.js";
import { tokenGeneration } from "./rotate.js";
import type { FileChange, Plan, Step } from "./types.js";

export async function planLink(repo: RepoReader, req: LinkRequest, facts: ClusterFacts): Promise<Plan> {
  const layout = await discoverLayout(repo, req, facts);
  return buildPlan(repo, req, facts, layout);
}

interface Draft {
  id: Step["id"];
  account: string;
  layers: string[];
  files: Map<string, string>;
}

export async function buildPlan(
  repo: RepoReader,
  req: LinkRequest,
  facts: ClusterFacts,
  layout: Layout,
): Promise<Plan> {
  const release = req.dedicatedInstance ? dedicatedReleaseName(req) : layout.argocd.releaseName;
  const names = linkNames(req, layout, release);
  const files = await repo.listFiles();
  const layers = findLayers(files);
  const hasTagsLocal = async (layerPath: string) => {
    for (const path of layers.find((l) => l.path === layerPath)?.tfFiles ?? []) {
      const text = (await repo.readFile(path)) ?? "";
      if (findBlocks(scanHcl(text, path), "locals").some((b) => findAttribute(b, "tags"))) return true;
    }
    return false;
  };
  const read = async (path: string) => repo.readFile(path);
  await checkMethod(files, read, names, req);

  const drafts: Draft[] = [];
  const iam = req.method === "iam-role";
  const grant = clusterGrant(facts.authenticationMode, layout.targetCluster);
  const viaConfigMap = iam && grant === "aws-auth";
  const needsRbac = rbacNeeded(req, grant);

  const dedicated = req.dedicatedInstance;
  const namespace = dedicated ? release : layout.argocd.namespace;
  const valuesPath = dedicated
    ? joinPath(layout.argocd.layer, `chart-values/${release}.yaml`)
    : requireValuesFile(layout);
  const currentValues = dedicated ? undefined : await read(valuesPath);
  const parsedValues = currentValues === undefined ? undefined : parseValues(currentValues);
  const serviceAccounts = serviceAccountNames(parsedValues);

  if (iam) {
    const identities = layout.identities;
    if (!identities?.providerUrlExpr) {
      throw new LayoutError(
        `The iam-role method needs the identities layer of the cluster ArgoCD runs in, next to ${layout.argocd.layer} ` +
          `(looked for ${joinPath(layout.argocd.layer, "../identities")} with a provider_url or a remote state of the ` +
          `cluster layer). ${identities ? "It has neither." : "There is no such layer."}`,
      );
    }
    drafts.push({
      id: "source-role",
      account: req.sourceAccount,
      layers: [identities.path],
      files: new Map([
        [
          `${identities.path}/ids_argocd_link_${names.releaseSnake}.tf`,
          irsaRoleFile(
            names,
            namespace,
            serviceAccounts,
            identities.providerUrlExpr,
            identities.hasTagsLocal,
          ),
        ],
        [
          `${identities.path}/ids_argocd_link_${names.snake}.tf`,
          assumePolicyFile(names, req, identities.hasTagsLocal),
        ],
      ]),
    });
    const base = layout.targetBaseIdentities!;
    drafts.push({
      id: "target-role",
      account: req.targetAccount,
      layers: [base],
      files: new Map([
        [`${base}/argocd_link_${names.snake}.tf`, targetRoleFile(names, req, await hasTagsLocal(base))],
      ]),
    });
  }
  if (needsRbac) {
    const rbac = layout.rbac!;
    const path = `${rbac.path}/argocd_link_${names.snake}.tf`;
    // Keep the token generation a rotation may have raised: rewriting it would replace the token.
    const existing = await read(path);
    const generation = existing === undefined ? 0 : (tokenGeneration(existing, path)?.value ?? 0);
    drafts.push({
      id: "target-rbac",
      account: req.targetAccount,
      layers: [rbac.path],
      // With access entries the namespaced access is the entry's; RBAC only adds cluster-scoped kinds.
      files: new Map([
        [path, rbacFile(names, req, { tokenGeneration: generation, accessBindings: !iam || viaConfigMap })],
      ]),
    });
  }
  if (iam) {
    const cluster = layout.targetCluster;
    const access = new Map<string, string>();
    if (!viaConfigMap) {
      access.set(
        `${cluster.path}/argocd_link_${names.snake}_access.tf`,
        accessEntryFile(names, req, cluster),
      );
    } else {
      if (!cluster.mapRoles || cluster.awsAuth === "none") {
        throw new LayoutError(
          (facts.authenticationMode === "CONFIG_MAP"
            ? `${facts.name} authenticates with CONFIG_MAP (aws-auth) only`
            : `EKS access entries cannot be used (${cluster.accessEntries.why})`) +
            `, but ${cluster.path} has no locals map_roles = [...] passed to aws_auth_roles. Add one, or make ` +
            `access entries possible (authentication mode API_AND_CONFIG_MAP and hashicorp/aws 5.33.0 or later), ` +
            `then run again.`,
        );
      }
      const { file, attribute } = cluster.mapRoles;
      const text = (await read(file))!;
      const roleArn = `:role/${names.targetRoleName}"`;
      access.set(
        file,
        upsertListObject(text, file, attribute.exprStart, mapRolesElement(names, req), (el) =>
          el.includes(roleArn),
        ),
      );
    }
    drafts.push({ id: "cluster-access", account: req.targetAccount, layers: [cluster.path], files: access });
  }

  drafts.push(
    await argocdDraft(req, facts, layout, names, {
      dedicated,
      namespace,
      valuesPath,
      currentValues,
      parsedValues,
    }),
  );

  await checkOwnership(drafts, read, names, req);

  const steps: Step[] = [];
  const upToDate: string[] = [];
  for (const [index, draft] of drafts.entries()) {
    const changes: FileChange[] = [];
    for (const [path, content] of draft.files) {
      const previous = await read(path);
      if (previous === content) continue;
      changes.push(
        previous === undefined
          ? { path, action: "create", content }
          : { path, action: "update", content, previous },
      );
    }
    if (changes.length === 0) upToDate.push(draft.id);
    else
      steps.push({
        id: draft.id,
        number: index + 1,
        total: drafts.length,
        account: draft.account,
        layers: draft.layers,
        files: changes,
        title: "",
        body: "",
        apply: [],
      });
  }
  for (const step of steps) {
    step.apply = step.layers.map((layer) => `cd ${shellPath(layer)} && leverage tf apply`);
    step.title = stepTitle(names, req, step);
  }
  for (const step of steps) {
    const previous = drafts[step.number - 2];
    step.body = stepBody(
      names,
      req,
      facts,
      layout,
      step,
      previous && steps.find((s) => s.id === previous.id),
      previous?.id,
    );
  }
  return { linkId: names.id, steps, upToDate, notes: notes(req, facts) };
}

/** A link id names files in several accounts: refuse a request that would rewrite another link's files. */
async function checkOwnership(
  drafts: Draft[],
  read: (path: string) => Promise<string | undefined>,
  names: LinkNames,
  req: LinkRequest,
): Promise<void> {
  const mine = ownerLine(names.release, req);
  for (const draft of drafts) {
    for (const path of draft.files.keys()) {
      const previous = await read(path);
      const theirs = previous === undefined ? undefined : ownerOf(previous, names.id);
      if (theirs && theirs !== mine) {
        throw new LayoutError(
          `argocd-cluster-name "${names.id}" is already used by another link (${theirs}; ${path}). ` +
            `Choose another argocd-cluster-name, or remove that link first.`,
        );
      }
    }
  }
}

/**
 * Refuse to switch an existing link to the other method: the old method's roles or token and
 * grants would stay behind. Checked before anything is edited.
 */
async function checkMethod(
  files: string[],
  read: (path: string) => Promise<string | undefined>,
  names: LinkNames,
  req: LinkRequest,
): Promise<void> {
  // Files only the other method writes: bearer-token's remote state and ServiceAccount, iam-role's roles.
  const otherMethod =
    req.method === "iam-role"
      ? (path: string, text: string) =>
          path.endsWith(`/argocd_link_${names.snake}.tf`) &&
          /"kubernetes_secret_v1"|"terraform_remote_state"/.test(text)
      : (path: string, text: string) =>
          path.endsWith(`/ids_argocd_link_${names.snake}.tf`) ||
          (path.endsWith(`/argocd_link_${names.snake}.tf`) && text.includes("iam-assumable-role?"));
  const candidates = files.filter((f) => f.endsWith(`argocd_link_${names.snake}.tf`));
  for (const path of candidates) {
    const text = (await read(path)) ?? "";
    if (ownerOf(text, names.id) !== undefined && otherMethod(path, text)) {
      throw new LayoutError(
        `Link "${names.id}" exists with the other method (${path}). Changing the method of an existing link is not ` +
          `supported: its roles or token and grants would stay. Remove that link's files first (every ` +
          `*argocd_link_${names.snake}*.tf and its entries in map_roles and the ArgoCD values), or choose another ` +
          `argocd-cluster-name.`,
      );
    }
  }
}

function requireValuesFile(layout: Layout): string {
  if (!layout.argocd.valuesFile) {
    throw new LayoutError(
      `resource "helm_release" "${layout.argocd.resourceName}" in ${layout.argocd.file} has no ` +
        `templatefile("chart-values/<file>.yaml", { ... }) element in values: the cluster entry and its template ` +
        `variables go there. Move the chart values into such a template, then run again.`,
    );
  }
  return layout.argocd.valuesFile;
}

/** Service account names from the values (a chart user may rename them), else the chart defaults. */
function serviceAccountNames(values: Document | undefined): string[] {
  // Unparsable values are reported by the values edit itself, with a snippet to add by hand.
  const usable = values && values.errors.length === 0 && isMap(values.contents);
  return Object.entries(ARGO_SERVICE_ACCOUNTS).map(([component, fallback]) => {
    const name: unknown = usable ? values.getIn([component, "serviceAccount", "name"]) : undefined;
    return typeof name === "string" && /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(name) ? name : fallback;
  });
}

async function argocdDraft(
  req: LinkRequest,
  facts: ClusterFacts,
  layout: Layout,
  names: LinkNames,
  where: {
    dedicated: boolean;
    namespace: string;
    valuesPath: string;
    currentValues: string | undefined;
    parsedValues: Document | undefined;
  },
): Promise<Draft> {
  const iam = req.method === "iam-role";
  const argocd = layout.argocd;
  const files = new Map<string, string>();
  const vars: [string, string][] = [];
  if (iam) {
    vars.push(
      [names.irsaVar, `"${names.sourceRoleArnExpr}"`],
      [names.roleArnVar, `"${names.targetRoleArnExpr}"`],
    );
  } else {
    const rbac = layout.rbac!;
    const taken = layout.argocdRemoteStates.find(
      (s) => s.name === names.remoteStateName && !s.file.endsWith(`/argocd_link_${names.snake}.tf`),
    );
    if (taken) {
      throw new LayoutError(
        `${taken.file} already defines data "terraform_remote_state" "${names.remoteStateName}". Choose another argocd-cluster-name.`,
      );
    }
    const regionExpr = layout.argocdRemoteStates.find((s) => s.regionExpr)?.regionExpr ?? "var.region";
    // Leverage's state key: <account>/<layer path below the region folder>/terraform.tfstate.
    const [account, , ...below] = rbac.path.split("/");
    const key = rbac.backendKey ?? `${account}/${below.join("/")}/terraform.tfstate`;
    files.set(
      `${argocd.layer}/argocd_link_${names.snake}.tf`,
      tokenRemoteStateFile(names, req, regionExpr, key),
    );
    vars.push([
      names.tokenVar,
      `data.terraform_remote_state.${names.remoteStateName}.outputs.${names.tokenOutput}`,
    ]);
  }

  const credential: ClusterCredential = {
    name: names.id,
    server: templateLiteral(facts.endpoint),
    ...(Object.keys(req.labels).length > 0
      ? { labels: Object.fromEntries(Object.entries(req.labels).map(([k, v]) => [k, templateLiteral(v)])) }
      : {}),
    annotations: { [ARN_ANNOTATION]: templateLiteral(facts.arn) },
    ...(req.namespaces.length > 0
      ? { namespaces: req.namespaces.join(","), clusterResources: req.clusterResources }
      : {}),
    config: {
      ...(iam
        ? { awsAuthConfig: { clusterName: templateLiteral(facts.name), roleARN: `\${${names.roleArnVar}}` } }
        : { bearerToken: `\${${names.tokenVar}}` }),
      tlsClientConfig: { insecure: false, caData: templateLiteral(facts.caData) },
    },
  };
  const edit = {
    form: argocd.credentialsForm,
    credential,
    ...(iam
      ? { irsaComponents: Object.keys(ARGO_SERVICE_ACCOUNTS), irsaRoleArn: `\${${names.irsaVar}}` }
      : {}),
  };

  if (where.dedicated) {
    const relative = where.valuesPath.slice(argocd.layer.length + 1);
    files.set(
      where.valuesPath,
      editValues(dedicatedValues(names, argocd.chartVersion), where.valuesPath, edit),
    );
    files.set(
      `${argocd.layer}/argocd_link_${names.releaseSnake}_release.tf`,
      dedicatedInstanceFile(names, argocd.chartVersion, relative, vars),
    );
  } else {
    files.set(
      where.valuesPath,
      editValues(where.currentValues ?? "", where.valuesPath, edit, where.parsedValues),
    );
    const helm = layout.files.get(argocd.file)!;
    const template = argocd.valuesTemplates.find((t) => t.path === where.valuesPath)!;
    files.set(
      argocd.file,
      upsertObjectItems(
        helm.text,
        helm.path,
        template.varsOpen,
        vars,
        `${markerFor(names.id)} (${req.method})`,
      ),
    );
  }
  return { id: "argocd", account: req.sourceAccount, layers: [argocd.layer], files };
}

/** Values of a dedicated instance: no CRDs (the first release owns them) and its own label key. */
function dedicatedValues(names: LinkNames, chartVersion: string): string {
  // installationID exists from ArgoCD 2.14, first shipped in chart 7.8.0.
  const version = parseVersion(chartVersion);
  const installationId = version !== undefined && compareVersions(version, "7.8.0") >= 0;
  return [
    `# ${markerFor(names.id)}: values of the dedicated ArgoCD instance "${names.release}".`,
    "crds:",
    "  # The CRDs belong to the first ArgoCD release in this cluster.",
    "  install: false",
    "configs:",
    "  cm:",
    "    # Distinct from every other instance, so each only manages its own Applications.",
    `    application.instanceLabelKey: argocd.argoproj.io/instance-${names.release}`,
    ...(installationId ? [`    installationID: ${names.release}`] : []),
    "",
  ].join("\n");
}

function notes(req: LinkRequest, facts: ClusterFacts): string[] {
  const out: string[] = [];
  if (facts.endpointPublicAccess === false) {
    out.push(
      `${facts.name} has a private-only API endpoint: ArgoCD needs a network path to it (e.g. VPC peering and DNS resolution).`,
    );
  }
  if (req.namespaces.length > 0 && !clusterWide(req)) {
    out.push(
      `The namespaces ${req.namespaces.join(", ")} must exist in ${facts.name}: ArgoCD may not create them.`,
    );
  }
  if (req.method === "bearer-token") {
    out.push(
      "The ServiceAccount token does not expire: rotate it by raising the generation in its secret's generate_name " +
        "(the Action's scheduled rotation opens that pull request), then apply the ArgoCD layer.",
    );
  }
  return out;
}

function shellPath(path: string): string {
  return /^[A-Za-z0-9._/-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
