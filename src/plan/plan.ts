// The link planner: from a validated request, the target cluster's facts and a repository, the
// ordered steps (one pull request each) with the full content of every file they create or edit.
// It reads only through RepoReader and writes nothing.

import { isMap, type Document } from "yaml";
import { LayoutError } from "../core/errors.js";
import { parseValues } from "../edit/values-yaml.js";
import type { ClusterFacts } from "../facts/types.js";
import { findAttribute } from "../hcl/scan.js";
import { dedicatedReleaseName, discoverGrantInputs, discoverLayout } from "../layout/discover.js";
import { blocksOf, parsedFile } from "../layout/parsed-file.js";
import { requireProviderFeatures } from "../layout/providers.js";
import { dirname, findLayers, joinPath, type LayerPath } from "../layout/tree.js";
import type { Layout } from "../layout/types.js";
import type { LinkRequest } from "../request/types.js";
import type { RepoReader } from "../repo/reader.js";
import { LINK_STEPS } from "../steps/registry.js";
import { createdLine } from "../steps/token-slots.js";
import type { ArgoPlacement, LinkContext } from "../steps/types.js";
import { chartServiceAccountName, type ArgoCdComponent } from "../upstream/argo-cd-chart.js";
import { stepBody, stepTitle } from "./describe.js";
import { clusterWide, decideGrant, type Grant } from "../link/grant.js";
import {
  LEGACY_IRSA_VAR,
  linkFileNames,
  linkNames,
  ownerLine,
  ownerOf,
  releaseRoleHeader,
  snakeCase,
  type LegacyNames,
  type LinkNames,
} from "../link/names.js";
import { note, planNotes } from "./notes.js";
import { dateMarker } from "./rotate.js";
import type { FileChange, NotePart, Plan, Step } from "./types.js";

export interface PlanOptions {
  /**
   * The plan's date (from the caller's clock): a new bearer token records it as its creation, so
   * the first scheduled rotation finds it current. Without it the file records no date.
   */
  date?: Date;
}

export async function planLink(
  repo: RepoReader,
  req: LinkRequest,
  facts: ClusterFacts,
  options: PlanOptions = {},
): Promise<Plan> {
  // Discover everything first, then decide the grant in one pass.
  const layout = await discoverLayout(repo, req, facts);
  const inputs = await discoverGrantInputs(repo, req, layout, linkFileNames(req.argocdClusterName));
  const grant = decideGrant(req, facts, layout, inputs);
  return buildPlan(repo, req, facts, layout, grant, options);
}

/** A needed step of the link, before its unchanged files are dropped. */
interface Draft {
  kind: (typeof LINK_STEPS)[number];
  account: string;
  layers: string[];
  files: Map<string, string>;
  /** Files the step deletes (see StepKind.removes). */
  removes: string[];
}

export async function buildPlan(
  repo: RepoReader,
  req: LinkRequest,
  facts: ClusterFacts,
  layout: Layout,
  grant: Grant,
  options: PlanOptions = {},
): Promise<Plan> {
  const release = req.dedicatedInstance ? dedicatedReleaseName(req) : layout.argocd.releaseName;
  const read = async (path: string) => repo.readFile(path);
  const names = linkNames(req, layout, release, await legacyNames(read, req, layout, grant, release));
  const files = await repo.listFiles();
  const layers = findLayers(files);
  const hasTagsLocal = async (layerPath: string) => {
    for (const path of layers.find((l) => l.path === layerPath)?.tfFiles ?? []) {
      const text = (await repo.readFile(path)) ?? "";
      if (blocksOf(parsedFile(path, text), "locals").some((b) => findAttribute(b, "tags"))) return true;
    }
    return false;
  };
  await checkMethod(files, read, names, req);

  const link: LinkContext = {
    req,
    facts,
    layout,
    grant,
    names,
    argocd: await argoPlacement(layout, names, req, read),
    ...(options.date ? { date: options.date } : {}),
    read,
    hasTagsLocal,
  };
  const drafts: Draft[] = [];
  for (const kind of LINK_STEPS) {
    if (!kind.needed(link)) continue;
    drafts.push({
      kind,
      account: kind.side === "source" ? req.sourceAccount : req.targetAccount,
      layers: kind.layers(link),
      files: await kind.files(link),
      removes: kind.removes?.(link) ?? [],
    });
  }

  await checkOwnership(drafts, read, names, req, sharedFiles(link));
  await checkProviderVersions(drafts, layers, read);

  const steps: Step[] = [];
  const upToDate: string[] = [];
  const stepDrafts = new Map<Step, Draft>();
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
    for (const path of draft.removes) {
      const previous = await read(path);
      if (previous !== undefined) changes.push({ path, action: "delete", content: "", previous });
    }
    if (changes.length === 0) upToDate.push(draft.kind.id);
    else {
      const step: Step = {
        id: draft.kind.id,
        number: index + 1,
        total: drafts.length,
        account: draft.account,
        layers: draft.layers,
        files: changes,
        title: "",
        body: "",
        apply: [],
      };
      steps.push(step);
      stepDrafts.set(step, draft);
    }
  }
  for (const [step, draft] of stepDrafts) {
    step.apply = step.layers.map((layer) => `cd ${shellPath(layer)} && leverage tf apply`);
    step.title = stepTitle(names, step, draft.kind.summary(link));
  }
  for (const [step, draft] of stepDrafts) {
    const previous = drafts[step.number - 2];
    step.body = stepBody(
      names,
      req,
      facts,
      step,
      draft.kind.why(link),
      previous && steps.find((s) => s.id === previous.kind.id),
      previous?.kind.id,
    );
    // The pull request records a new token's date: a rerun before it is merged plans the same one.
    const date = options.date;
    if (
      date &&
      step.files.some((f) => f.action === "create" && f.content.includes(`\n# ${createdLine(date)}\n`))
    )
      step.body += `\n${dateMarker(date)}\n`;
  }
  return { linkId: names.id, steps, upToDate, ...planNotes(notes(req, facts, grant)) };
}

/** Where the ArgoCD that gets the cluster lives, and its current values (the values file must exist). */
async function argoPlacement(
  layout: Layout,
  names: LinkNames,
  req: LinkRequest,
  read: (path: string) => Promise<string | undefined>,
): Promise<ArgoPlacement> {
  const dedicated = req.dedicatedInstance;
  // Discovery returns the instance itself when an earlier link created it: this link adds its entry.
  const newInstance = dedicated && !instanceExists(layout, names.release);
  const valuesPath = newInstance
    ? joinPath(layout.argocd.layer, names.files.instanceValues)
    : requireValuesFile(layout);
  const currentValues = newInstance ? undefined : await read(valuesPath);
  const parsedValues = currentValues === undefined ? undefined : parseValues(currentValues, names.id);
  return {
    dedicated,
    newInstance,
    namespace: dedicated ? names.release : layout.argocd.namespace,
    valuesPath,
    currentValues,
    parsedValues,
    serviceAccounts: serviceAccountNames(
      parsedValues?.doc,
      layout.argocd.chartVersion,
      names.release,
      req.method === "iam-role",
    ),
  };
}

function instanceExists(layout: Layout, release: string): boolean {
  return layout.argocd.managedByLink && layout.argocd.releaseName === release;
}

/**
 * Names from before link, release and instance names were kept apart (see LegacyNames), found in
 * the repository so that what is applied keeps its Terraform addresses and AWS names.
 */
async function legacyNames(
  read: (path: string) => Promise<string | undefined>,
  req: LinkRequest,
  layout: Layout,
  grant: Grant,
  release: string,
): Promise<LegacyNames> {
  const legacy: LegacyNames = {};
  const snake = snakeCase(req.argocdClusterName);
  const mine = (text: string | undefined) =>
    text !== undefined && ownerOf(text, req.argocdClusterName) !== undefined;
  if (layout.identities) {
    const file = `ids_argocd_link_${snakeCase(release)}.tf`;
    const text = await read(joinPath(layout.identities.path, file));
    if (text?.startsWith(releaseRoleHeader(release))) {
      legacy.releaseRoleFile = file;
      // Kept as written: a new role_name would replace the role every link of the release assumes.
      const roleName = /^\s*role_name\s*=\s*"((?:[^"\\]|\\.)*)"\s*$/m.exec(text)?.[1];
      if (roleName) legacy.sourceRoleNameExpr = roleName;
    }
  }
  if (mine(await read(joinPath(layout.targetCluster.path, `argocd_link_${snake}_access.tf`)))) {
    legacy.accessEntryFile = `argocd_link_${snake}_access.tf`;
  }
  if (grant.rbac.needed) {
    const text = await read(joinPath(grant.rbac.layer.path, `argocd_link_${snake}.tf`));
    if (mine(text) && text!.includes(`"argocd_link_${snake}_cluster_scoped"`)) legacy.clusterScoped = true;
  }
  // The release's own helm file (a new dedicated instance has none yet): the IRSA variable and its value.
  if (!req.dedicatedInstance || instanceExists(layout, release)) {
    const helm = layout.files.get(layout.argocd.file)?.text ?? "";
    const line = new RegExp(`^\\s*${LEGACY_IRSA_VAR}\\s*=(.*)$`, "m").exec(helm)?.[1] ?? "";
    if (line && !line.includes(":role/argocd-link-")) legacy.irsaVar = true;
  }
  return legacy;
}

/**
 * The files a link may change without owning them, and only by adding its own lines: the values
 * template and the helm_release file of its ArgoCD (an existing release or instance), the release's
 * IRSA role file, and the cluster layer's map_roles file.
 */
function sharedFiles(link: LinkContext): Set<string> {
  const { layout, grant, names, argocd } = link;
  const shared = new Set<string>();
  if (!argocd.newInstance) shared.add(argocd.valuesPath).add(layout.argocd.file);
  if (layout.identities) shared.add(joinPath(layout.identities.path, names.files.releaseRole));
  if (grant.method === "iam-role" && grant.cluster.kind === "aws-auth")
    shared.add(grant.cluster.mapRoles.file);
  return shared;
}

/**
 * Refuse a plan that would touch a file the link does not own: its first line must name the link
 * (with the same owner), or it must be one of the shared files; a release's IRSA role file must be
 * that release's. Names are disjoint by construction (link/names.ts); this catches what predates them or
 * was written by hand.
 */
async function checkOwnership(
  drafts: Draft[],
  read: (path: string) => Promise<string | undefined>,
  names: LinkNames,
  req: LinkRequest,
  shared: Set<string>,
): Promise<void> {
  const mine = ownerLine(names.release, req);
  const seen = new Map<string, string>();
  for (const draft of drafts) {
    for (const path of [...draft.files.keys(), ...draft.removes]) {
      const other = seen.get(path);
      if (other !== undefined) {
        throw new LayoutError(
          `Steps ${other} and ${draft.kind.id} would both write ${path}: the layers they change are the same ` +
            `folder. Set target-rbac-layer (or argocd-layer) to a layer of its own.`,
        );
      }
      seen.set(path, draft.kind.id);
      const previous = await read(path);
      if (previous === undefined) continue;
      const theirs = ownerOf(previous, names.id);
      if (theirs !== undefined) {
        if (theirs === mine) continue;
        throw new LayoutError(
          `argocd-cluster-name "${names.id}" is already used by another link (${theirs}; ${path}). ` +
            `Choose another argocd-cluster-name, or remove that link first.`,
        );
      }
      const releaseRole = path.endsWith(`/${names.files.releaseRole}`);
      if (shared.has(path) && (!releaseRole || previous.startsWith(releaseRoleHeader(names.release))))
        continue;
      const firstLine = previous.split("\n", 1)[0]!.slice(0, 120);
      throw new LayoutError(
        `The link "${names.id}" would overwrite ${path}, which it does not own (its first line: ` +
          `${JSON.stringify(firstLine)}). Choose another argocd-cluster-name${req.dedicatedInstance ? " or argocd-instance" : ""}, ` +
          `or move that file away.`,
      );
    }
  }
}

/** Every resource and argument a step adds must exist in the provider version its layer runs. */
async function checkProviderVersions(
  drafts: Draft[],
  layers: LayerPath[],
  read: (path: string) => Promise<string | undefined>,
): Promise<void> {
  for (const draft of drafts) {
    const byLayer = new Map<string, { path: string; text: string; previous?: string }[]>();
    for (const [path, text] of draft.files) {
      if (!path.endsWith(".tf")) continue;
      const previous = await read(path);
      const list = byLayer.get(dirname(path)) ?? [];
      list.push({ path, text, ...(previous !== undefined ? { previous } : {}) });
      byLayer.set(dirname(path), list);
    }
    for (const [layer, changes] of byLayer) {
      const paths = new Set([
        ...(layers.find((l) => l.path === layer)?.tfFiles ?? []),
        ...changes.map((c) => c.path),
      ]);
      const files = [];
      for (const path of paths) {
        const text = draft.files.get(path) ?? (await read(path)) ?? "";
        files.push(parsedFile(path, text));
      }
      requireProviderFeatures(layer, files, await read(`${layer}/.terraform.lock.hcl`), changes);
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

/** The components whose service accounts talk to clusters (IRSA subjects), in trust-policy order. */
const IRSA_COMPONENTS: readonly ArgoCdComponent[] = ["controller", "applicationSet", "server"];

/**
 * Service account names as the release's chart renders them: the name set in the values (a chart
 * user may rename them), else the pinned chart version's default, which on some versions is derived
 * from the release name (argo-cd 5.x before 5.19.2: `<release>-applicationset-controller`).
 */
function serviceAccountNames(
  values: Document | undefined,
  chartVersion: string,
  release: string,
  /** Only iam-role links name the accounts (in the IRSA trust policy): others never need to know them. */
  needed: boolean,
): string[] {
  // Unparsable values are reported by the values edit itself, with a snippet to add by hand.
  const usable = values && values.errors.length === 0 && isMap(values.contents);
  return IRSA_COMPONENTS.map((component) => {
    const configured: unknown = usable ? values.getIn([component, "serviceAccount", "name"]) : undefined;
    const name =
      typeof configured === "string" && /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(configured)
        ? configured
        : undefined;
    if (name) return name;
    const rendered = chartServiceAccountName(chartVersion, component, release);
    if (!rendered.known) {
      if (!needed) return "";
      throw new LayoutError(
        `Cannot tell the ${component} service account name of argo-cd chart ${chartVersion} (${rendered.reason}). ` +
          `Set ${component}.serviceAccount.name in the chart values, or use a known chart version, then run again.`,
      );
    }
    return rendered.value;
  });
}

function notes(req: LinkRequest, facts: ClusterFacts, grant: Grant): NotePart[][] {
  const out: NotePart[][] = [];
  if (req.readBeyondAccess && grant.cache.kind === "respect-rbac") {
    out.push(
      note`read-beyond-access has no effect: ArgoCD ${grant.cache.argoCdVersion} reads resource.respectRBAC, so the link reads nothing beyond ${req.access}.`,
    );
  }
  if (facts.endpointPublicAccess === false) {
    out.push(
      note`${facts.name} has a private-only API endpoint: ArgoCD needs a network path to it (e.g. VPC peering and DNS resolution).`,
    );
  }
  if (req.namespaces.length > 0 && !clusterWide(req)) {
    out.push(note`The namespaces ${req.namespaces} must exist in ${facts.name}: ArgoCD may not create them.`);
  }
  if (req.method === "bearer-token") {
    out.push(
      note`The ServiceAccount token does not expire: the Action's scheduled rotation (or the CLI's rotate) replaces it through two token slots, so ArgoCD always holds a valid token; apply the target layer, then the ArgoCD layer.`,
    );
  }
  return out;
}

function shellPath(path: string): string {
  return /^[A-Za-z0-9._/-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
