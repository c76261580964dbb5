// The provider versions a layer may run: its `required_providers` constraints and what its
// `.terraform.lock.hcl` locks, and whether those versions have the resources and arguments a link
// writes there (facts in upstream/providers.ts). Generated files use only what the layer's version
// has; otherwise the run stops and says which upgrade is needed.

import { LayoutError } from "../core/errors.js";
import { admitsAtLeast, atLeast, compareVersions, parseConstraint, parseVersion } from "../core/versions.js";
import type { ConstraintClause } from "../core/versions.js";
import { findAttribute, findBlocks, objectItems, scanHcl, stringLiteral } from "../hcl/scan.js";
import { PROVIDER_FEATURES, type ProviderName } from "../upstream/providers.js";
import type { LayerProviders, ParsedFile, ProviderVersions } from "./types.js";

const PROVIDERS: readonly ProviderName[] = ["aws", "kubernetes", "helm"];

/** Whether a provider address (required_providers `source` or lock file label) is hashicorp/<name>. */
function isHashicorp(address: string, name: ProviderName): boolean {
  return new RegExp(`^(?:registry\\.(?:terraform\\.io|opentofu\\.org)/)?hashicorp/${name}$`, "i").test(
    address,
  );
}

/** The `version` constraint of hashicorp/<name> in one file's `terraform { required_providers }`. */
export function requiredProviderConstraint(file: ParsedFile, name: ProviderName): string | undefined {
  const found: string[] = [];
  if (!file.text.includes("required_providers")) return undefined;
  for (const terraform of findBlocks(file.items, "terraform")) {
    for (const providers of findBlocks(terraform.body, "required_providers")) {
      const entry = findAttribute(providers, name);
      if (!entry) continue;
      // The legacy form `aws = "~> 4.10"` is the constraint itself.
      const legacy = stringLiteral(file.text.slice(entry.exprStart, entry.exprEnd));
      if (legacy !== undefined) {
        found.push(legacy);
        continue;
      }
      if (file.text[entry.exprStart] !== "{") continue;
      const items = objectItems(file.text, entry.exprStart, file.path).items;
      const source = items.find((i) => i.key === "source");
      const sourceText = source && stringLiteral(file.text.slice(source.valueStart, source.valueEnd));
      if (sourceText !== undefined && !isHashicorp(sourceText, name)) continue;
      const version = items.find((i) => i.key === "version");
      const constraint = version && stringLiteral(file.text.slice(version.valueStart, version.valueEnd));
      if (constraint) found.push(constraint);
    }
  }
  return found.length ? found.join(", ") : undefined;
}

/** Whether the layer declares hashicorp/<name> in a `required_providers` block (with or without a version). */
export function declaresProvider(files: ParsedFile[], name: ProviderName): boolean {
  return files.some(
    (file) =>
      file.text.includes("required_providers") &&
      findBlocks(file.items, "terraform").some((t) =>
        findBlocks(t.body, "required_providers").some((p) => findAttribute(p, name) !== undefined),
      ),
  );
}

/** The exact versions a lock file locks, by provider. */
export function lockedVersions(lockText: string, path: string): Partial<Record<ProviderName, string>> {
  const out: Partial<Record<ProviderName, string>> = {};
  for (const block of findBlocks(scanHcl(lockText, path), "provider")) {
    const name = PROVIDERS.find((p) => isHashicorp(block.labels[0] ?? "", p));
    const version = findAttribute(block, "version");
    const text = version && stringLiteral(lockText.slice(version.exprStart, version.exprEnd));
    if (name && text && parseVersion(text)) out[name] = text;
  }
  return out;
}

/** Reads a layer's constraints (from its parsed .tf files) and lock file (its text, when committed). */
export function readLayerProviders(layer: string, files: ParsedFile[], lockText?: string): LayerProviders {
  const locked = lockText === undefined ? {} : lockedVersions(lockText, `${layer}/.terraform.lock.hcl`);
  const versions: LayerProviders["versions"] = {};
  for (const name of PROVIDERS) {
    const constraints = files.flatMap((f) => requiredProviderConstraint(f, name) ?? []);
    const entry: ProviderVersions = {
      ...(constraints.length ? { constraint: constraints.join(", ") } : {}),
      ...(locked[name] ? { locked: locked[name] } : {}),
    };
    if (entry.constraint || entry.locked) versions[name] = entry;
  }
  return { layer, lockFile: lockText !== undefined, versions };
}

/** The clauses of a constraint that can be read; others are left to Terraform to judge. */
export function readableConstraint(constraint: string): ConstraintClause[] {
  return constraint.split(",").flatMap((clause) => {
    try {
      return parseConstraint(clause);
    } catch {
      return [];
    }
  });
}

export type ProviderSupport =
  /** `assumed` says what was assumed for lack of a lock entry, for the pull request body. */
  { supported: true; assumed?: string } | { supported: false; why: string; upgrade: string };

/** The first version of `provider` with every feature, and the features that need exactly it. */
export function minimumFor(provider: ProviderName, features: string[]): { since: string; needing: string[] } {
  let since = "0.0.0";
  let needing: string[] = [];
  for (const feature of features) {
    const fact = PROVIDER_FEATURES.find((f) => f.provider === provider && f.feature === feature);
    if (!fact) throw new Error(`no facts about ${provider} feature ${feature} in upstream/providers.ts`);
    const order = compareVersions(fact.since, since);
    if (order > 0) [since, needing] = [fact.since, [feature]];
    else if (order === 0) needing.push(feature);
  }
  return { since, needing };
}

/**
 * Whether the layer's hashicorp/<provider> has every feature: the locked version when the lock file
 * has one (what `terraform plan` will run), else the versions the constraint admits (what `init`
 * may install, assumed to be the newest admitted).
 */
export function providerSupport(
  layer: LayerProviders,
  provider: ProviderName,
  features: string[],
): ProviderSupport {
  const { since } = minimumFor(provider, features);
  const { constraint, locked } = layer.versions[provider] ?? {};
  const clauses = constraint === undefined ? [] : readableConstraint(constraint);
  // The features a version lacks, named with the first version that has each.
  const lacking = (has: (since: string) => boolean) =>
    features
      .map((feature) => ({ feature, since: minimumFor(provider, [feature]).since }))
      .filter((f) => !has(f.since))
      .map((f) => `${f.feature} (${f.since})`)
      .join(", ");
  const raise = `raise the hashicorp/${provider} constraint in ${layer.layer} to admit ${since} (e.g. ">= ${since}")`;
  const init = `run "leverage tf init -upgrade" in ${layer.layer} and commit its .terraform.lock.hcl`;
  const admits = admitsAtLeast(clauses, since);
  if (locked !== undefined && !atLeast(locked, since)) {
    return {
      supported: false,
      why:
        `${layer.layer}/.terraform.lock.hcl locks hashicorp/${provider} ${locked}` +
        `${constraint ? ` (constraint "${constraint}")` : ""}, which lacks ${lacking((v) => atLeast(locked, v))}`,
      upgrade: admits ? init : `${raise}, then ${init}`,
    };
  }
  if (!admits) {
    return {
      supported: false,
      why:
        `${layer.layer} requires hashicorp/${provider} "${constraint}", which admits no version with ` +
        lacking((v) => admitsAtLeast(clauses, v)),
      upgrade: `${raise}, then ${init}`,
    };
  }
  if (locked !== undefined) return { supported: true };
  const installs = constraint
    ? `the newest hashicorp/${provider} that "${constraint}" admits`
    : `the newest hashicorp/${provider}`;
  const where = layer.lockFile
    ? `${layer.layer}/.terraform.lock.hcl has no entry for hashicorp/${provider}`
    : `${layer.layer} commits no .terraform.lock.hcl`;
  return {
    supported: true,
    assumed: `${where}: assumed "leverage tf init" installs ${installs}, which has what this step writes (${since} or later).`,
  };
}

/** A resource type or `type.argument` a file writes, with the provider it belongs to. */
export interface WrittenFeature {
  provider: ProviderName;
  feature: string;
}

/** The resource types and their top-level arguments in an HCL text, by the provider named in the type. */
function writtenFeatures(text: string, path: string): WrittenFeature[] {
  const out: WrittenFeature[] = [];
  for (const block of findBlocks(scanHcl(text, path), "resource")) {
    const type = block.labels[0] ?? "";
    const provider = PROVIDERS.find((p) => type.startsWith(`${p}_`));
    if (!provider) continue;
    out.push({ provider, feature: type });
    for (const item of block.body)
      if (item.kind === "attribute") out.push({ provider, feature: `${type}.${item.name}` });
  }
  return out;
}

/**
 * What a change adds to a file (all of it for a new file): resources and arguments with a known
 * first provider version (upstream/providers.ts). Edits that only extend existing values add none.
 */
export function addedProviderFeatures(path: string, text: string, previous?: string): WrittenFeature[] {
  const before = new Set(previous === undefined ? [] : writtenFeatures(previous, path).map((f) => f.feature));
  const known = new Set(PROVIDER_FEATURES.map((f) => `${f.provider} ${f.feature}`));
  const seen = new Set<string>();
  return writtenFeatures(text, path).filter((f) => {
    const key = `${f.provider} ${f.feature}`;
    if (before.has(f.feature) || !known.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Stops when a file adds a resource or argument its layer's provider version lacks: the last check
 * before anything is published, whatever step wrote it. `layerFiles` are the layer's .tf files as
 * they will stand once the step is merged (a step may add a provider requirement itself).
 */
export function requireProviderFeatures(
  layer: string,
  layerFiles: ParsedFile[],
  lockText: string | undefined,
  changes: { path: string; text: string; previous?: string }[],
): void {
  const providers = readLayerProviders(layer, layerFiles, lockText);
  for (const change of changes) {
    const added = addedProviderFeatures(change.path, change.text, change.previous);
    for (const provider of PROVIDERS) {
      const features = added.filter((f) => f.provider === provider).map((f) => f.feature);
      if (features.length === 0) continue;
      const support = providerSupport(providers, provider, features);
      if (!support.supported) {
        throw new LayoutError(
          `${change.path} would use what the layer's provider lacks: ${support.why}. To fix it, ${support.upgrade}, ` +
            `then run again.`,
        );
      }
    }
  }
}
