// Layout discovery: finds, in a Leverage repository, every layer and file a link has to touch, and
// the conventions those layers already follow (remote-state names, chart version, aws-auth style).
// When it finds none or several candidates it stops and says what it looked for, what it found and
// which request key picks one.

import { LayoutError } from "../core/errors.js";
import { admitsAtLeast, compareVersions, parseVersion } from "../core/versions.js";
import type { ClusterFacts } from "../facts/types.js";
import {
  allBlocks,
  findAttribute,
  findBlocks,
  itemStarts,
  literalValue,
  objectItems,
  scanExpressionEnd,
  scanHcl,
  splitSequence,
  stringLiteral,
  type HclBlock,
} from "../hcl/scan.js";
import type { LinkRequest } from "../request/types.js";
import type { RepoReader } from "../repo/reader.js";
import {
  declaresProvider,
  readableConstraint,
  readLayerProviders,
  requiredProviderConstraint,
} from "./providers.js";
import { blocksOf, parsedFile } from "./parsed-file.js";
import { basename, dirname, findLayers, GLOBAL_REGION, joinPath, type LayerPath } from "./tree.js";
import { RESPECT_RBAC } from "../upstream/argo-cd.js";
import type {
  ArgoInstance,
  ClusterLayer,
  GrantInputs,
  IdentitiesLayer,
  Layout,
  ParsedFile,
  RbacCandidate,
  RbacCandidates,
  RbacIdentitiesTarget,
  RemoteState,
  RemoteStateLookup,
} from "./types.js";

const ARGO_CHART = "argo-cd";

export async function discoverLayout(
  repo: RepoReader,
  req: LinkRequest,
  facts?: ClusterFacts,
): Promise<Layout> {
  const files = await repo.listFiles();
  const layers = findLayers(files);
  const parsed = new Map<string, ParsedFile>();
  const { parse, parseLayer } = hclParser(repo, parsed);

  const project = await readProject(repo);
  const accounts = await readAccounts(repo);
  for (const [key, account] of [
    ["source-account", req.sourceAccount],
    ["target-account", req.targetAccount],
  ] as const) {
    if (!(account in accounts)) {
      throw new LayoutError(
        `${key} "${account}" is not an account of this repository: config/common.tfvars lists ` +
          `${Object.keys(accounts).join(", ") || "no accounts"}.`,
      );
    }
    if (!files.some((f) => f.startsWith(`${account}/`))) {
      throw new LayoutError(`${key} "${account}" has no folder "${account}/" in this repository.`);
    }
  }
  if (facts && facts.accountId !== accounts[req.targetAccount]) {
    throw new LayoutError(
      `The target cluster ${facts.arn} is in account ${facts.accountId}, but config/common.tfvars gives ` +
        `${req.targetAccount} the id ${accounts[req.targetAccount]}: check target-account.`,
    );
  }

  const argocd = await findArgoInstance(repo, layers, req, parse, parseLayer);
  const argocdLayer = layers.find((l) => l.path === argocd.layer)!;
  const argocdRemoteStates = remoteStateLookup(await parseLayer(argocdLayer));
  const identities = await findIdentitiesLayer(layers, argocdLayer, parseLayer);
  const targetCluster = await findClusterLayer(repo, layers, req, parse, parseLayer);
  const baseIdentities = layers.find(
    (l) => l.account === req.targetAccount && l.region === GLOBAL_REGION && l.rest === "base-identities",
  );

  return {
    project,
    accounts,
    environments: {
      [req.sourceAccount]: await readEnvironment(repo, req.sourceAccount),
      [req.targetAccount]: await readEnvironment(repo, req.targetAccount),
    },
    argocd,
    argocdRemoteStates,
    identities,
    targetCluster,
    targetBaseIdentities: baseIdentities?.path,
    files: parsed,
  };
}

/** Parses .tf files once into `parsed` (the layout's cache, shared by later lookups). */
function hclParser(repo: RepoReader, parsed: Map<string, ParsedFile>) {
  const parse = async (path: string): Promise<ParsedFile> => {
    let file = parsed.get(path);
    if (!file) {
      // A listed file without content is a symbolic link read through the API (Leverage links
      // common-variables.tf): it declares variables only, so it counts as empty.
      const text = (await repo.readFile(path)) ?? "";
      file = parsedFile(path, text);
      parsed.set(path, file);
    }
    return file;
  };
  // Several lookups read the same layer: its files are gathered once.
  const layers = new Map<string, Promise<ParsedFile[]>>();
  const parseLayer = (layer: LayerPath) => {
    let files = layers.get(layer.path);
    if (!files) {
      files = Promise.all(layer.tfFiles.map(parse));
      layers.set(layer.path, files);
    }
    return files;
  };
  return { parse, parseLayer };
}

/** Why an iam-role link cannot be planned when the target account has no base-identities layer. */
function noBaseIdentities(req: LinkRequest, files: string[]): LayoutError {
  const layers = findLayers(files);
  return new LayoutError(
    `No layer ${req.targetAccount}/global/base-identities: the iam-role method creates the target role there. ` +
      `Found in ${req.targetAccount}/global: ${listOrNone(layers.filter((l) => l.account === req.targetAccount && l.region === GLOBAL_REGION).map((l) => l.path))}.`,
  );
}

/**
 * The layers that can hold a link's RBAC, in the order a link prefers them (link/grant.ts picks one
 * and checks its provider versions).
 */
export async function discoverRbacCandidates(
  repo: RepoReader,
  req: LinkRequest,
  layout: Layout,
): Promise<RbacCandidates> {
  const { parseLayer } = hclParser(repo, layout.files);
  return findRbacCandidates(repo, findLayers(await repo.listFiles()), layout.targetCluster, req, parseLayer);
}

/** How the files of one link are named, for finding what an earlier plan of it wrote. */
export interface LinkFileNames {
  /** The link's RBAC file name in its layer, e.g. `argocd_link_x.tf`. */
  rbacFile: string;
  /** The Terraform name of the extra-read ClusterRole for ArgoCD before 2.9. */
  cacheReadResource: string;
}

/**
 * Everything the grant decision reads besides the layout, found before it decides so that it
 * decides in one pass. What a link may not need (an RBAC layer, the base-identities layer) is
 * looked up anyway; when it cannot be found, the reason is kept and reported only if needed.
 */
export async function discoverGrantInputs(
  repo: RepoReader,
  req: LinkRequest,
  layout: Layout,
  names: LinkFileNames,
): Promise<GrantInputs> {
  const files = await repo.listFiles();
  let rbacCandidates: RbacCandidates | LayoutError;
  try {
    rbacCandidates = await discoverRbacCandidates(repo, req, layout);
  } catch (e) {
    if (!(e instanceof LayoutError)) throw e;
    rbacCandidates = e;
  }
  const earlierCacheRead = await findCacheReadFile(repo, files, req, names);
  const values =
    layout.argocd.valuesFile === undefined ? undefined : await repo.readFile(layout.argocd.valuesFile);
  return {
    rbacCandidates,
    baseIdentities: layout.targetBaseIdentities ?? noBaseIdentities(req, files),
    ...(earlierCacheRead ? { earlierCacheRead } : {}),
    // A key line, not a comment: the setting as the values file writes it.
    valuesSetRespectRbac:
      values !== undefined &&
      new RegExp(`^\\s*"?${RESPECT_RBAC.key.replace(".", "\\.")}"?\\s*:`, "m").test(values),
  };
}

/**
 * The link's RBAC file in the target account when it holds the extra read of ArgoCD before 2.9,
 * whatever layer it was planned in, with the ArgoCD version it was written for.
 */
async function findCacheReadFile(
  repo: RepoReader,
  files: string[],
  req: LinkRequest,
  names: LinkFileNames,
): Promise<GrantInputs["earlierCacheRead"]> {
  for (const path of files) {
    if (!path.startsWith(`${req.targetAccount}/`) || !path.endsWith(`/${names.rbacFile}`)) continue;
    const text = (await repo.readFile(path)) ?? "";
    if (!text.includes(`"${names.cacheReadResource}"`)) continue;
    const version = /^# ArgoCD (v?[0-9][0-9A-Za-z.+-]*) \(no resource\.respectRBAC\)/m.exec(text)?.[1];
    return { path, argoCdVersion: version ?? "before 2.9" };
  }
  return undefined;
}

function listOrNone(items: string[]): string {
  return items.length ? items.join(", ") : "none";
}

async function readProject(repo: RepoReader): Promise<string> {
  const env = await repo.readFile("build.env");
  const fromEnv = env && /^\s*PROJECT\s*=\s*"?([a-z0-9-]+)"?\s*$/m.exec(env)?.[1];
  if (fromEnv) return fromEnv;
  const common = await repo.readFile("config/common.tfvars");
  const project = common ? tfvarsValue(common, "config/common.tfvars", "project") : undefined;
  if (typeof project === "string" && project) return project;
  throw new LayoutError(
    'Could not find the Leverage project name: looked for PROJECT=... in build.env and project = "..." in config/common.tfvars.',
  );
}

function tfvarsValue(text: string, path: string, name: string): unknown {
  const items = scanHcl(text, path);
  const attribute = findAttribute(items, name);
  return attribute ? literalValue(text, attribute.exprStart, attribute.exprEnd, path) : undefined;
}

export async function readAccounts(repo: RepoReader): Promise<Record<string, string>> {
  const path = "config/common.tfvars";
  const text = await repo.readFile(path);
  if (text === undefined) {
    throw new LayoutError(
      `No ${path}: this does not look like a Leverage repository (it holds accounts = { ... }). ` +
        "If the repository does not commit it (the reference .gitignore lists it), give the accounts in " +
        '.github/argocd-cluster-link.yml instead: accounts: { <account>: { id: "<12-digit id>" } } for each ' +
        "account the link uses, and project: <name> unless build.env sets PROJECT.",
    );
  }
  let value: unknown;
  try {
    value = tfvarsValue(text, path, "accounts");
  } catch (error) {
    throw new LayoutError(`${path} could not be read: ${(error as Error).message}`);
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw new LayoutError(`${path} has no literal accounts = { <name> = { id = "<12 digits>" } } map.`);
  }
  const accounts: Record<string, string> = {};
  for (const [name, entry] of Object.entries(value as Record<string, unknown>)) {
    const id = entry && typeof entry === "object" ? (entry as Record<string, unknown>).id : undefined;
    const idText = typeof id === "number" ? String(id).padStart(12, "0") : id;
    if (typeof idText === "string" && /^\d{12}$/.test(idText)) accounts[name] = idText;
  }
  return accounts;
}

async function readEnvironment(repo: RepoReader, account: string): Promise<string> {
  const path = `${account}/config/account.tfvars`;
  const text = await repo.readFile(path);
  const value = text ? tfvarsValue(text, path, "environment") : undefined;
  return typeof value === "string" && value ? value : account;
}

/** The layer's remote states; only those named `name` when given (other files are not scanned). */
export function remoteStates(files: ParsedFile[], name?: string): RemoteState[] {
  const out: RemoteState[] = [];
  const labels = name === undefined ? ["terraform_remote_state"] : ["terraform_remote_state", name];
  for (const file of files) {
    for (const block of blocksOf(file, "data", ...labels)) {
      const config = findAttribute(block, "config");
      let key: string | undefined;
      let region: string | undefined;
      if (config && file.text[config.exprStart] === "{") {
        const { items } = objectItems(file.text, config.exprStart, file.path);
        const keyItem = items.find((i) => i.key === "key");
        const regionItem = items.find((i) => i.key === "region");
        key = keyItem && stringLiteral(file.text.slice(keyItem.valueStart, keyItem.valueEnd));
        region = regionItem && file.text.slice(regionItem.valueStart, regionItem.valueEnd).trim();
      }
      out.push({ name: block.labels[1] ?? "", key, regionExpr: region, file: file.path });
    }
  }
  return out;
}

function remoteStateLookup(files: ParsedFile[]): RemoteStateLookup {
  return {
    named: (name) => remoteStates(files, name),
    regionExpr: () => {
      for (const file of files) {
        const state = remoteStates([file]).find((s) => s.regionExpr);
        if (state) return state.regionExpr;
      }
      return undefined;
    },
  };
}

function chartMajor(version: string): number {
  return Number(/^v?(\d+)/.exec(version)?.[1] ?? NaN);
}

async function findArgoInstance(
  repo: RepoReader,
  layers: LayerPath[],
  req: LinkRequest,
  parse: (path: string) => Promise<ParsedFile>,
  parseLayer: (layer: LayerPath) => Promise<ParsedFile[]>,
): Promise<ArgoInstance> {
  const inAccount = layers.filter((l) => l.account === req.sourceAccount);
  let candidatesLayers = inAccount;
  if (req.argocdLayer) {
    candidatesLayers = layers.filter((l) => l.path === req.argocdLayer);
    if (candidatesLayers.length === 0) {
      throw new LayoutError(
        `argocd-layer "${req.argocdLayer}" is not a layer folder with .tf files. Layers in ${req.sourceAccount}: ` +
          `${listOrNone(inAccount.map((l) => l.path))}.`,
      );
    }
  }
  const releases: ArgoInstance[] = [];
  // Read the likely layers first (they keep ArgoCD values in chart-values/argo*.yaml) and the
  // others only when those hold no ArgoCD: through the API every file read is a request.
  // Layers with such a file below their chart-values/ folder, found in one pass over the listing.
  const withArgoValues = new Set<string>();
  for (const f of await repo.listFiles()) {
    if (!/argo/i.test(basename(f))) continue;
    for (let at = f.indexOf("/chart-values/"); at >= 0; at = f.indexOf("/chart-values/", at + 1))
      withArgoValues.add(f.slice(0, at));
  }
  const likely = (layer: LayerPath) => withArgoValues.has(layer.path);
  for (const group of [candidatesLayers.filter(likely), candidatesLayers.filter((l) => !likely(l))]) {
    for (const layer of group) {
      for (const file of await parseLayer(layer)) {
        for (const block of blocksOf(file, "resource", "helm_release")) {
          const chart = attrString(file, block, "chart");
          if (chart !== ARGO_CHART) continue;
          releases.push(await describeRelease(repo, layer, file, block, parse));
        }
      }
    }
    if (releases.length > 0) break;
  }
  const where = req.argocdLayer ? `layer ${req.argocdLayer}` : `account ${req.sourceAccount}`;
  if (releases.length === 0) {
    throw new LayoutError(
      `No ArgoCD found: looked for resource "helm_release" with chart = "${ARGO_CHART}" in every layer of ${where}. ` +
        `Set argocd-layer to the layer that deploys ArgoCD.`,
    );
  }
  const listing = releases.map((r) => `${r.releaseName} (${r.file})`).join(", ");
  if (req.dedicatedInstance) {
    // The new instance goes into the layer of the existing one and follows its chart version.
    const layersFound = [...new Set(releases.map((r) => r.layer))];
    if (layersFound.length > 1) {
      throw new LayoutError(
        `dedicated-instance: ArgoCD is deployed from several layers (${listing}); set argocd-layer to the one that ` +
          `should hold the new instance.`,
      );
    }
    const taken = releases.find((r) => r.releaseName === dedicatedReleaseName(req) && !r.managedByLink);
    if (taken) {
      throw new LayoutError(
        `dedicated-instance: a release named "${taken.releaseName}" already exists in ${taken.file}; choose another ` +
          `argocd-instance name for the new instance.`,
      );
    }
    const own = releases.find((r) => r.releaseName === dedicatedReleaseName(req));
    return own ?? releases[0]!;
  }
  const chosen = req.argocdInstance ? releases.filter((r) => r.releaseName === req.argocdInstance) : releases;
  if (chosen.length === 1) return chosen[0]!;
  if (chosen.length === 0) {
    throw new LayoutError(
      `argocd-instance "${req.argocdInstance}" is not an ArgoCD release in ${where}; found: ${listing}.`,
    );
  }
  throw new LayoutError(
    `Several ArgoCD releases found in ${where}: ${listing}. Set argocd-instance to the release name` +
      `${req.argocdLayer ? "" : " (or argocd-layer to its layer)"} to pick one.`,
  );
}

export function dedicatedReleaseName(req: LinkRequest): string {
  return req.argocdInstance ?? `argocd-${req.argocdClusterName}`.slice(0, 53).replace(/-+$/, "");
}

function attrString(file: ParsedFile, block: HclBlock, name: string): string | undefined {
  const attribute = findAttribute(block, name);
  return attribute ? stringLiteral(file.text.slice(attribute.exprStart, attribute.exprEnd)) : undefined;
}

async function describeRelease(
  repo: RepoReader,
  layer: LayerPath,
  file: ParsedFile,
  block: HclBlock,
  parse: (path: string) => Promise<ParsedFile>,
): Promise<ArgoInstance> {
  const resourceName = block.labels[1]!;
  const where = `resource "helm_release" "${resourceName}" in ${file.path}`;
  const releaseName = attrString(file, block, "name");
  if (!releaseName)
    throw new LayoutError(`${where}: its name is not a plain string, so the release cannot be named.`);
  const version = attrString(file, block, "version");
  if (!version || Number.isNaN(chartMajor(version))) {
    throw new LayoutError(
      `${where}: version must be a plain chart version string (e.g. "7.9.1") to pick the values form.`,
    );
  }
  const namespace = await resolveNamespace(file, block, layer, parse, where);

  const values = findAttribute(block, "values");
  const templates: ArgoInstance["valuesTemplates"] = [];
  if (values && file.text[values.exprStart] === "[") {
    for (const element of splitSequence(file.text, values.exprStart, file.path).items) {
      const text = file.text.slice(element.start, element.end);
      const call = /^templatefile\s*\(/.exec(text);
      // Before chart 7.0.0 the cluster list is replaced, not merged, by a later values element.
      if (!call && chartMajor(version) < 7 && /clusterCredentials/.test(text)) {
        throw new LayoutError(
          `${where}: a values element other than a templatefile(...) sets configs.clusterCredentials. With chart ` +
            `${version} (< 7.0.0) that list is replaced, not merged, so a new cluster entry would be dropped. Move ` +
            `those entries into the values template, then run again.`,
        );
      }
      if (!call) continue;
      // The path and where the variables object opens: the object (a variable per link) is not scanned here.
      const [pathStart, varsOpen] = itemStarts(file.text, element.start + call[0].length - 1, 2, file.path);
      const pathArg =
        pathStart !== undefined &&
        stringLiteral(file.text.slice(pathStart, scanExpressionEnd(file.text, pathStart, file.path)));
      if (!pathArg || varsOpen === undefined || file.text[varsOpen] !== "{") continue;
      templates.push({ path: joinPath(layer.path, pathArg), relative: pathArg, varsOpen });
    }
  }
  let valuesFile: string | undefined;
  if (templates.length > 0) {
    // Prefer the template that already lists clusters; else the first one.
    for (const t of templates) {
      const text = await repo.readFile(t.path);
      if (text === undefined)
        throw new LayoutError(`${where} uses ${t.relative}, but ${t.path} does not exist.`);
      if (valuesFile === undefined && /^\s*clusterCredentials\s*:/m.test(text)) valuesFile = t.path;
    }
    valuesFile ??= templates[0]!.path;
  }
  return {
    layer: layer.path,
    file: file.path,
    resourceName,
    releaseName,
    namespace,
    chartVersion: version,
    credentialsForm: chartMajor(version) >= 7 ? "map" : "list",
    valuesFile,
    valuesTemplates: templates,
    // argocd_instance_<release>.tf since link, release and instance names were kept apart (link/names.ts);
    // argocd_link_<release>_release.tf before.
    managedByLink:
      /argocd-cluster-link/.test(file.text.slice(0, 200)) &&
      /^argocd_(link|instance)_/.test(basename(file.path)),
  };
}

/** The release namespace: a literal, or a reference to a kubernetes_namespace resource in the same layer. */
async function resolveNamespace(
  file: ParsedFile,
  block: HclBlock,
  layer: LayerPath,
  parse: (path: string) => Promise<ParsedFile>,
  where: string,
): Promise<string> {
  const attribute = findAttribute(block, "namespace");
  if (!attribute) return "default";
  const expr = file.text.slice(attribute.exprStart, attribute.exprEnd).trim();
  const literal = stringLiteral(expr);
  if (literal) return literal;
  const ref = /^kubernetes_namespace(?:_v1)?\.([A-Za-z0-9_-]+)(?:\[\d+\])?\.(?:id|metadata\[0\]\.name)$/.exec(
    expr,
  );
  if (ref) {
    for (const path of layer.tfFiles) {
      const other = await parse(path);
      for (const type of ["kubernetes_namespace", "kubernetes_namespace_v1"]) {
        for (const ns of blocksOf(other, "resource", type, ref[1]!)) {
          const metadata = findBlocks(ns.body, "metadata")[0];
          const name = metadata && attrString(other, metadata, "name");
          if (name) return name;
        }
      }
    }
  }
  throw new LayoutError(
    `${where}: cannot tell the ArgoCD namespace from namespace = ${expr}. Write it as a string or as a reference ` +
      `to a kubernetes_namespace resource whose metadata.name is a string.`,
  );
}

async function findIdentitiesLayer(
  layers: LayerPath[],
  argocdLayer: LayerPath,
  parseLayer: (layer: LayerPath) => Promise<ParsedFile[]>,
): Promise<IdentitiesLayer | undefined> {
  // The identities layer of the cluster ArgoCD runs in is a sibling of its components layer.
  const parent = dirname(argocdLayer.path);
  const layer = layers.find((l) => l.path === `${parent}/identities`);
  if (!layer) return undefined;
  const files = await parseLayer(layer);
  let providerUrlExpr: string | undefined;
  for (const file of files) {
    if (!file.text.includes("provider_url")) continue;
    for (const b of allBlocks(file.items)) {
      const attribute = findAttribute(b, "provider_url");
      if (attribute && !providerUrlExpr)
        providerUrlExpr = file.text.slice(attribute.exprStart, attribute.exprEnd);
    }
  }
  const states = remoteStates(files);
  if (!providerUrlExpr) {
    const cluster = states.find((s) => s.key && /\/cluster\/terraform\.tfstate$/.test(s.key));
    if (cluster) {
      providerUrlExpr = `replace(data.terraform_remote_state.${cluster.name}.outputs.cluster_oidc_issuer_url, "https://", "")`;
    }
  }
  const hasTags = files.some((f) => blocksOf(f, "locals").some((b) => findAttribute(b, "tags")));
  return { path: layer.path, providerUrlExpr, hasTagsLocal: hasTags, remoteStates: states };
}

const EKS_MODULE = /(terraform-aws-eks|terraform-aws-modules\/eks\/aws)(\.git)?(\?|$|\/\/?(?!modules))/;
const AWS_AUTH_MODULE = /\/\/modules\/aws-auth(\?|$)/;

async function findClusterLayer(
  repo: RepoReader,
  layers: LayerPath[],
  req: LinkRequest,
  parse: (path: string) => Promise<ParsedFile>,
  parseLayer: (layer: LayerPath) => Promise<ParsedFile[]>,
): Promise<ClusterLayer> {
  const regionLayers = layers.filter((l) => l.account === req.targetAccount && l.region === req.targetRegion);
  const candidates = req.targetClusterLayer
    ? layers.filter((l) => l.path === req.targetClusterLayer)
    : regionLayers;
  if (req.targetClusterLayer && candidates.length === 0) {
    throw new LayoutError(
      `target-cluster-layer "${req.targetClusterLayer}" is not a layer folder with .tf files. Layers in ` +
        `${req.targetAccount}/${req.targetRegion}: ${listOrNone(regionLayers.map((l) => l.path))}.`,
    );
  }
  const found: ClusterLayer[] = [];
  // Leverage names the cluster layer "cluster": read those first, the others only if none has one.
  const clusterNamed = candidates.filter((l) => basename(l.path) === "cluster");
  for (const layer of [...clusterNamed, ...candidates.filter((l) => !clusterNamed.includes(l))]) {
    if (found.length > 0 && !clusterNamed.includes(layer)) break;
    const files = await parseLayer(layer);
    let eksModule: string | undefined;
    let eksMajor: number | undefined;
    let awsAuth: ClusterLayer["awsAuth"] = "none";
    let mentionsCluster = false;
    let awsConstraint: string | undefined;
    for (const file of files) {
      if (file.text.includes(`"${req.targetCluster}"`)) mentionsCluster = true;
      for (const m of blocksOf(file, "module")) {
        const source = attrString(file, m, "source") ?? "";
        if (AWS_AUTH_MODULE.test(source) && findAttribute(m, "aws_auth_roles")) awsAuth = "aws-auth-module";
        else if (EKS_MODULE.test(source) && !source.includes("//modules/")) {
          eksModule = m.labels[0];
          const version =
            /[?&]ref=v?(\d+)\./.exec(source)?.[1] ??
            /(\d+)\./.exec(attrString(file, m, "version") ?? "")?.[1];
          if (version) eksMajor = Number(version);
          if (findAttribute(m, "aws_auth_roles") && awsAuth === "none") awsAuth = "eks-module";
        }
      }
      awsConstraint ??= requiredProviderConstraint(file, "aws");
    }
    if (!eksModule) continue;
    const mapRoles = await findMapRoles(layer, parse);
    const providers = readLayerProviders(
      layer.path,
      files,
      await repo.readFile(`${layer.path}/.terraform.lock.hcl`),
    );
    const locked = providers.versions.aws?.locked;
    found.push({
      path: layer.path,
      eksModule,
      ...(eksMajor !== undefined ? { eksMajor } : {}),
      awsAuth,
      mapRoles,
      mentionsCluster,
      accessEntries: accessEntriesSupport(layer.path, awsConstraint, locked),
      providers,
      kubernetesProvider: files.some(hasKubernetesProvider),
      backendKey: backendKey(files),
      nameOutput: clusterNameOutput(files, eksModule, eksMajor),
    });
  }
  const where = req.targetClusterLayer ?? `${req.targetAccount}/${req.targetRegion}`;
  if (found.length === 0) {
    throw new LayoutError(
      `No EKS cluster layer found: looked for a module from terraform-aws-eks in every layer of ${where}` +
        `${req.targetClusterLayer ? "" : ` (${listOrNone(regionLayers.map((l) => l.path))})`}. ` +
        `Set target-cluster-layer to the layer that creates ${req.targetCluster}.`,
    );
  }
  if (found.length === 1) return found[0]!;
  // Several clusters in one region: pick the one whose files name the target cluster, if exactly one does.
  const named = found.filter((c) => c.mentionsCluster);
  if (named.length === 1) return named[0]!;
  throw new LayoutError(
    `Several EKS cluster layers in ${where}: ${found.map((c) => c.path).join(", ")}. Set target-cluster-layer to ` +
      `the one that creates ${req.targetCluster}.`,
  );
}

/** Finds `map_roles = [...]` in a locals block of the layer. */
async function findMapRoles(layer: LayerPath, parse: (path: string) => Promise<ParsedFile>) {
  for (const path of layer.tfFiles) {
    const file = await parse(path);
    if (!file.text.includes("map_roles")) continue;
    for (const locals of findBlocks(file.items, "locals")) {
      const attribute = findAttribute(locals, "map_roles");
      if (attribute && file.text[attribute.exprStart] === "[") return { file: path, attribute };
    }
  }
  return undefined;
}

function hasKubernetesProvider(file: ParsedFile): boolean {
  return blocksOf(file, "provider", "kubernetes").some((p) => !findAttribute(p, "alias"));
}

/** The cluster layer's output holding the cluster name (v18 calls the module's name output cluster_id). */
function clusterNameOutput(files: ParsedFile[], eksModule: string, eksMajor?: number): string {
  const wanted = eksMajor !== undefined && eksMajor <= 18 ? "cluster_id" : "cluster_name";
  for (const file of files) {
    for (const output of blocksOf(file, "output")) {
      const value = findAttribute(output, "value");
      const expr = value && file.text.slice(value.exprStart, value.exprEnd).trim();
      if (expr === `module.${eksModule}.${wanted}`) return output.labels[0]!;
    }
  }
  return wanted;
}

async function rbacCandidate(
  repo: RepoReader,
  layer: LayerPath,
  files: ParsedFile[],
  origin: RbacCandidate["origin"],
): Promise<RbacCandidate> {
  const bk = backendKey(files);
  return {
    path: layer.path,
    ...(bk !== undefined ? { backendKey: bk } : {}),
    origin,
    providers: readLayerProviders(
      layer.path,
      files,
      await repo.readFile(`${layer.path}/.terraform.lock.hcl`),
    ),
  };
}

/** What adding a kubernetes provider to the target's identities layer needs to know about it. */
async function identitiesTarget(
  repo: RepoReader,
  layer: LayerPath,
  files: ParsedFile[],
  cluster: ClusterLayer,
): Promise<RbacIdentitiesTarget> {
  const states = remoteStates(files);
  // Leverage's state key: <account>/<layer path below the region folder>/terraform.tfstate.
  const [account, , ...below] = cluster.path.split("/");
  const clusterKey = cluster.backendKey ?? `${account}/${below.join("/")}/terraform.tfstate`;
  const state = states.find((s) => s.key === clusterKey);
  const dataName = (type: string) => {
    for (const file of files) for (const b of blocksOf(file, "data", type)) return b.labels[1];
    return undefined;
  };
  const eksCluster = dataName("aws_eks_cluster");
  const eksAuth = dataName("aws_eks_cluster_auth");
  return {
    ...(await rbacCandidate(repo, layer, files, "identities")),
    origin: "identities",
    clusterState: state
      ? { name: state.name }
      : {
          name: basename(cluster.path),
          create: {
            key: clusterKey,
            regionExpr: states.find((s) => s.regionExpr)?.regionExpr ?? "var.region",
          },
        },
    clusterNameOutput: cluster.nameOutput,
    declaresKubernetes: declaresProvider(files, "kubernetes"),
    ...(eksCluster ? { eksClusterData: eksCluster } : {}),
    ...(eksAuth ? { eksAuthData: eksAuth } : {}),
  };
}

async function findRbacCandidates(
  repo: RepoReader,
  layers: LayerPath[],
  cluster: ClusterLayer,
  req: LinkRequest,
  parseLayer: (layer: LayerPath) => Promise<ParsedFile[]>,
): Promise<RbacCandidates> {
  const parent = dirname(cluster.path);
  const siblings = layers.filter((l) => dirname(l.path) === parent && l.path !== cluster.path);
  const identitiesPath = `${parent}/identities`;
  const why =
    req.method === "bearer-token"
      ? "the bearer-token method creates a ServiceAccount, its token and RBAC bindings in the target cluster"
      : "the link needs RBAC bindings in the target cluster";
  const clusterLayer = layers.find((l) => l.path === cluster.path);

  if (req.targetRbacLayer) {
    const layer = layers.find((l) => l.path === req.targetRbacLayer);
    if (!layer) {
      throw new LayoutError(
        `target-rbac-layer "${req.targetRbacLayer}" is not a layer folder with .tf files. Layers next to ` +
          `${cluster.path}: ${listOrNone(siblings.map((l) => l.path))}.`,
      );
    }
    const files = await parseLayer(layer);
    if (files.some(hasKubernetesProvider)) {
      return { withProvider: [await rbacCandidate(repo, layer, files, "override")], why };
    }
    if (layer.path === identitiesPath) {
      return { withProvider: [], identities: await identitiesTarget(repo, layer, files, cluster), why };
    }
    throw new LayoutError(
      `target-rbac-layer "${req.targetRbacLayer}" has no provider "kubernetes" (${why}). Set it to a layer whose ` +
        `provider "kubernetes" points at ${req.targetCluster}, or to ${identitiesPath}, where the link adds one.`,
    );
  }

  const withProvider: { layer: LayerPath; files: ParsedFile[] }[] = [];
  // k8s-components layers first: when exactly one of them has the provider, the others are not read.
  const components = siblings.filter((l) => basename(l.path) === "k8s-components");
  for (const group of [components, siblings.filter((l) => !components.includes(l))]) {
    for (const layer of group) {
      const files = await parseLayer(layer);
      if (files.some(hasKubernetesProvider)) withProvider.push({ layer, files });
    }
    if (withProvider.length === 1 && group === components) break;
  }
  const preferred = withProvider.filter((c) => basename(c.layer.path) === "k8s-components");
  const sibling =
    withProvider.length === 1 ? withProvider[0] : preferred.length === 1 ? preferred[0] : undefined;
  if (withProvider.length > 1 && !sibling) {
    throw new LayoutError(
      `Several layers with a kubernetes provider next to ${cluster.path}: ` +
        `${withProvider.map((c) => c.layer.path).join(", ")}. Set target-rbac-layer to pick one (${why}).`,
    );
  }
  const candidates: RbacCandidate[] = [];
  if (sibling) candidates.push(await rbacCandidate(repo, sibling.layer, sibling.files, "sibling"));
  // Then the cluster layer itself, which often configures one for aws-auth.
  if (clusterLayer && cluster.kubernetesProvider) {
    candidates.push(await rbacCandidate(repo, clusterLayer, await parseLayer(clusterLayer), "cluster"));
  }
  const identitiesLayer = layers.find((l) => l.path === identitiesPath);
  const identities =
    identitiesLayer && !candidates.some((c) => c.path === identitiesPath)
      ? await identitiesTarget(repo, identitiesLayer, await parseLayer(identitiesLayer), cluster)
      : undefined;
  if (candidates.length === 0 && !identities) {
    throw new LayoutError(
      `No layer with a kubernetes provider for the target cluster, and no ${identitiesPath} layer to add one to: ` +
        `${why}. Looked in the layers next to ${cluster.path} (${listOrNone(siblings.map((l) => l.path))}) and in ` +
        `${cluster.path} itself. Set target-rbac-layer to a layer whose provider "kubernetes" points at ` +
        `${req.targetCluster}.`,
    );
  }
  return { withProvider: candidates, ...(identities ? { identities } : {}), why };
}

function backendKey(files: ParsedFile[]): string | undefined {
  for (const file of files) {
    if (!file.text.includes("backend")) continue;
    for (const terraform of findBlocks(file.items, "terraform")) {
      for (const backend of findBlocks(terraform.body, "backend", "s3")) {
        const key = attrString(file, backend, "key");
        if (key) return key;
      }
    }
  }
  return undefined;
}

const ACCESS_ENTRY_MIN = "5.33.0";

/**
 * aws_eks_access_entry exists from hashicorp/aws 5.33.0: the layer's lock file (what is installed)
 * and its version constraint (what may be installed) must both allow it.
 */
export function accessEntriesSupport(
  layer: string,
  constraint?: string,
  locked?: string,
): { supported: boolean; why?: string } {
  if (locked && parseVersion(locked) && compareVersions(locked, ACCESS_ENTRY_MIN) < 0) {
    return {
      supported: false,
      why: `${layer}/.terraform.lock.hcl pins hashicorp/aws ${locked}; EKS access entries need 5.33.0 or later`,
    };
  }
  if (constraint && !admitsAtLeast(readableConstraint(constraint), ACCESS_ENTRY_MIN)) {
    return {
      supported: false,
      why: `${layer} requires hashicorp/aws "${constraint}"; EKS access entries need 5.33.0 or later`,
    };
  }
  return { supported: true };
}
