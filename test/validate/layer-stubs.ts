// Builds what `terraform validate` needs around the generated files of one layer: stubs for what
// lies outside them (variables, locals, remote states, modules declared in other files of the
// layer) and, for every module, a stub module declaring exactly the pinned version's input and
// output names (module-interfaces.ts). Anything it cannot stub faithfully is reported as a
// problem instead of being guessed, so an unknown module or an input the pinned version lacks
// fails the test loudly.
import { getReferencesInExpression, parse } from "@cdktf/hcl2json";
import { MODULE_INTERFACES, type ModuleInterface } from "./module-interfaces.js";

/** A generated or edited .tf file of a layer. */
export interface LayerFile {
  /** File name inside the layer folder. */
  name: string;
  content: string;
}

/** Where a module block says its code comes from. */
export interface ModuleSource {
  source: string;
  version?: string;
}

export interface PinnedModuleRef {
  repository: string;
  path: string;
  ref: string;
}

export interface StubbedLayer {
  /** File name -> content: the generated files (module sources pointed at the stubs) and the stub file. */
  files: Map<string, string>;
  /** Stub modules the layer calls, by folder name under the workspace's modules/ folder. */
  modules: Map<string, ModuleInterface>;
  /** Everything that could not be stubbed or that the pinned module versions do not declare. */
  problems: string[];
}

/** Name of the file holding the stubs, next to the generated files. */
export const STUB_FILE = "zz_validate_stubs.tf";
/** A variable whose value is unknown during validation, for stubbed locals. */
const UNKNOWN = "argocd_link_validate_unknown";
/** Module arguments that are Terraform meta-arguments, not module inputs. */
const MODULE_META_ARGUMENTS = new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
/** Reference roots that Terraform defines itself. */
const BUILT_IN_ROOTS = new Set(["each", "count", "path", "self", "terraform"]);

/**
 * The repository, folder and ref a module source pins: `github.com/<owner>/<repo>.git//<path>?ref=<ref>`
 * (optionally `git::https://`), or a registry address `<ns>/<name>/<provider>//<path>` with an exact
 * `version`. Returns an error message for anything else (a range is not a pin).
 */
export function pinnedModuleRef(site: ModuleSource): PinnedModuleRef | string {
  const git =
    /^(?:git::https:\/\/)?github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?(?:\/\/([^?]*))?\?ref=([\w.-]+)$/.exec(
      site.source,
    );
  if (git) return { repository: `${git[1]}/${git[2]}`, path: git[3] ?? "", ref: git[4]! };
  const registry = /^([\w-]+)\/([\w-]+)\/([\w-]+)(?:\/\/(.*))?$/.exec(site.source);
  if (registry) {
    if (!site.version || !/^\d+\.\d+\.\d+$/.test(site.version)) {
      return `module source ${site.source} has version ${JSON.stringify(site.version ?? null)}: only an exact version (x.y.z) names one interface`;
    }
    return {
      repository: `${registry[1]}/terraform-${registry[3]}-${registry[2]}`,
      path: registry[4] ?? "",
      ref: `v${site.version}`,
    };
  }
  return `module source ${site.source} is neither a github.com git source with ?ref= nor a registry address`;
}

export function findModuleInterface(
  ref: PinnedModuleRef,
  interfaces: ModuleInterface[] = MODULE_INTERFACES,
): ModuleInterface | undefined {
  return interfaces.find((m) => m.repository === ref.repository && m.path === ref.path && m.ref === ref.ref);
}

/** The folder name of a module's stub: readable and unique per repository, path and ref. */
export function stubModuleFolder(m: ModuleInterface): string {
  return [m.repository, m.path, m.ref]
    .filter(Boolean)
    .join("__")
    .replace(/[^\w.-]+/g, "_");
}

type Hcl = Record<string, unknown>;

function blockNames(parsed: Hcl, kind: string): string[] {
  return Object.keys((parsed[kind] as Hcl | undefined) ?? {});
}

/** `resource`/`data` blocks as `type.name`. */
function typedBlocks(parsed: Hcl, kind: "resource" | "data"): string[] {
  const byType = (parsed[kind] as Record<string, Hcl> | undefined) ?? {};
  return Object.entries(byType).flatMap(([type, names]) =>
    Object.keys(names).map((name) => `${type}.${name}`),
  );
}

/** The body of a single-instance block (hcl2json wraps each block body in a list). */
function body(value: unknown): Hcl {
  return (Array.isArray(value) ? value[0] : value) as Hcl;
}

/** Why a file is not AWS-only (kubernetes/helm/other providers), or undefined when it is. */
export function nonAwsReason(parsed: Hcl): string | undefined {
  const types = [
    ...typedBlocks(parsed, "resource").map((a) => a.split(".")[0]!),
    ...typedBlocks(parsed, "data").map((a) => `data.${a.split(".")[0]!}`),
    ...blockNames(parsed, "provider").map((p) => `provider ${p}`),
  ];
  const foreign = types.filter(
    (t) =>
      !t.startsWith("aws_") &&
      !t.startsWith("data.aws_") &&
      t !== "data.terraform_remote_state" &&
      t !== "provider aws",
  );
  return foreign.length ? `uses ${[...new Set(foreign)].join(", ")}` : undefined;
}

/** Every string leaf of the parsed file that holds an expression. */
function expressionStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") {
    if (value.includes("${") || value.includes("%{")) out.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) expressionStrings(v, out);
  } else if (value && typeof value === "object") {
    for (const v of Object.values(value)) expressionStrings(v, out);
  }
  return out;
}

/** References of a file, as dotted paths with indexes dropped (`module.x.out`, `var.accounts.shared.id`). */
async function references(fileName: string, parsed: Hcl): Promise<string[]> {
  const refs = new Set<string>();
  for (const expression of expressionStrings(parsed)) {
    for (const r of await getReferencesInExpression(fileName, expression)) {
      refs.add(
        r.value
          .split(".")
          .filter((part) => !/^\d+$/.test(part))
          .join("."),
      );
    }
  }
  return [...refs];
}

/** Points `source = "<pinned>"` at the stub and comments out `version` in module blocks, keeping line numbers. */
function pointModulesAtStubs(content: string, stubPaths: Map<string, string>): string {
  const lines = content.split("\n");
  let inModule: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const start = /^module "([^"]+)" \{/.exec(line);
    if (start) inModule = start[1];
    else if (line === "}") inModule = undefined;
    if (inModule === undefined || !stubPaths.has(inModule)) continue;
    if (/^\s*source\s*=/.test(line))
      lines[i] = line.replace(/"[^"]*"/, JSON.stringify(stubPaths.get(inModule)));
    else if (/^\s*version\s*=/.test(line)) lines[i] = line.replace(/^(\s*)/, "$1# ");
  }
  return lines.join("\n");
}

/**
 * Stubs one layer's AWS-only generated files. `outsideModules` are the module blocks of the
 * layer's other files (the repository's), for references such as `module.cluster.cluster_name`.
 * `modulesPath` is the stub modules' folder relative to the layer folder.
 */
export async function stubLayer(
  files: LayerFile[],
  outsideModules: ReadonlyMap<string, ModuleSource>,
  options: { modulesPath?: string; interfaces?: ModuleInterface[] } = {},
): Promise<StubbedLayer> {
  const modulesPath = options.modulesPath ?? "../../modules";
  const interfaces = options.interfaces ?? MODULE_INTERFACES;
  const problems: string[] = [];
  const modules = new Map<string, ModuleInterface>();

  const parsedFiles = await Promise.all(
    files.map(async (f) => ({ file: f, parsed: (await parse(f.name, f.content)) as Hcl })),
  );
  const declared = {
    variables: new Set(parsedFiles.flatMap(({ parsed }) => blockNames(parsed, "variable"))),
    locals: new Set(
      parsedFiles.flatMap(({ parsed }) =>
        ((parsed.locals as Hcl[] | undefined) ?? []).flatMap((block) => Object.keys(block)),
      ),
    ),
    resources: new Set(parsedFiles.flatMap(({ parsed }) => typedBlocks(parsed, "resource"))),
    data: new Set(parsedFiles.flatMap(({ parsed }) => typedBlocks(parsed, "data"))),
  };

  /** Module name -> interface, for the modules the files call and those they only reference. */
  const moduleInterfaces = new Map<string, ModuleInterface>();
  const resolveModule = (where: string, name: string, site: ModuleSource): ModuleInterface | undefined => {
    const ref = pinnedModuleRef(site);
    if (typeof ref === "string") {
      problems.push(`${where}: module "${name}": ${ref}`);
      return undefined;
    }
    const found = findModuleInterface(ref, interfaces);
    if (!found) {
      problems.push(
        `${where}: module "${name}": no pinned interface for ${ref.repository}//${ref.path}?ref=${ref.ref}; ` +
          `read its variables.tf/outputs.tf at that ref and add the names to test/validate/module-interfaces.ts`,
      );
      return undefined;
    }
    modules.set(stubModuleFolder(found), found);
    moduleInterfaces.set(name, found);
    return found;
  };

  // Module calls in the generated files: every argument must be an input of the pinned version.
  const stubPaths = new Map<string, string>();
  const calledModules = new Set<string>();
  for (const { file, parsed } of parsedFiles) {
    for (const [name, value] of Object.entries((parsed.module as Hcl | undefined) ?? {})) {
      calledModules.add(name);
      const call = body(value);
      const site: ModuleSource = { source: String(call.source) };
      if (call.version !== undefined) site.version = String(call.version);
      const m = resolveModule(file.name, name, site);
      if (!m) continue;
      stubPaths.set(name, `${modulesPath}/${stubModuleFolder(m)}`);
      const inputs = new Set([...m.requiredInputs, ...m.optionalInputs]);
      const pinned = `${m.repository}//${m.path}?ref=${m.ref}`;
      for (const argument of Object.keys(call).filter((a) => !MODULE_META_ARGUMENTS.has(a))) {
        if (!inputs.has(argument)) {
          problems.push(
            `${file.name}: module "${name}" sets "${argument}", which ${pinned} does not declare`,
          );
        }
      }
      for (const required of m.requiredInputs.filter((r) => !(r in call))) {
        problems.push(`${file.name}: module "${name}" does not set "${required}", which ${pinned} requires`);
      }
    }
  }

  // What the files reference but do not declare.
  const stubVariables = new Set<string>();
  const stubLocals = new Set<string>();
  const stubRemoteStates = new Set<string>();
  const outsideModuleCalls = new Map<string, ModuleInterface>();
  for (const { file, parsed } of parsedFiles) {
    for (const ref of await references(file.name, parsed)) {
      const [root, second, third] = ref.split(".");
      if (!root || BUILT_IN_ROOTS.has(root) || second === undefined) continue;
      if (root === "var") {
        if (!declared.variables.has(second)) stubVariables.add(second);
      } else if (root === "local") {
        if (!declared.locals.has(second)) stubLocals.add(second);
      } else if (root === "module") {
        // A call whose source could not be resolved is already reported.
        if (calledModules.has(second) && !moduleInterfaces.has(second)) continue;
        let m = moduleInterfaces.get(second);
        if (!m && !outsideModuleCalls.has(second)) {
          const site = outsideModules.get(second);
          if (!site) {
            problems.push(`${file.name}: module.${second} is declared in no file of the layer`);
            continue;
          }
          m = resolveModule(
            `${file.name} (module.${second} declared outside the generated files)`,
            second,
            site,
          );
          if (m) outsideModuleCalls.set(second, m);
        }
        m ??= outsideModuleCalls.get(second);
        if (m && third !== undefined && !m.outputs.includes(third)) {
          problems.push(
            `${file.name}: module.${second}.${third}: ${m.repository}//${m.path}?ref=${m.ref} has no output "${third}"`,
          );
        }
      } else if (root === "data") {
        if (third === undefined || declared.data.has(`${second}.${third}`)) continue;
        if (second === "terraform_remote_state") stubRemoteStates.add(third);
        else
          problems.push(
            `${file.name}: data.${second}.${third} is declared outside the generated files: no stub for it`,
          );
      } else if (!declared.resources.has(`${root}.${second}`)) {
        problems.push(
          `${file.name}: ${root}.${second} is declared outside the validated files: no stub for it`,
        );
      }
    }
  }

  const stub: string[] = [
    "# Stubs for what lies outside the generated files (argocd-cluster-link terraform-validate test).",
    `variable "${UNKNOWN}" {`,
    "  default = null",
    "}",
  ];
  for (const v of [...stubVariables].sort()) stub.push(`variable "${v}" {`, "  default = null", "}");
  if (stubLocals.size) {
    stub.push("locals {", ...[...stubLocals].sort().map((l) => `  ${l} = var.${UNKNOWN}`), "}");
  }
  for (const name of [...stubRemoteStates].sort()) {
    stub.push(
      `data "terraform_remote_state" "${name}" {`,
      `  backend = "local"`,
      `  config = {`,
      `    path = "stub.tfstate"`,
      `  }`,
      "}",
    );
  }
  for (const [name, m] of [...outsideModuleCalls].sort(([a], [b]) => a.localeCompare(b))) {
    stub.push(`module "${name}" {`, `  source = "${modulesPath}/${stubModuleFolder(m)}"`);
    // Validation treats every input as unknown; a required input only has to be present.
    for (const required of m.requiredInputs) stub.push(`  ${required} = null`);
    stub.push("}");
  }

  const out = new Map<string, string>();
  for (const f of files) out.set(f.name, pointModulesAtStubs(f.content, stubPaths));
  out.set(STUB_FILE, stub.join("\n") + "\n");
  return { files: out, modules, problems };
}

/** The stub module: the pinned version's inputs and outputs by name, and nothing else. */
export function stubModuleSource(m: ModuleInterface): string {
  const lines = [
    `# Stub of ${m.repository}//${m.path}?ref=${m.ref} (commit ${m.commit}): input and output names only.`,
  ];
  for (const input of m.requiredInputs) lines.push(`variable "${input}" {}`);
  for (const input of m.optionalInputs) lines.push(`variable "${input}" {`, "  default = null", "}");
  for (const output of m.outputs) lines.push(`output "${output}" {`, "  value = null", "}");
  return lines.join("\n") + "\n";
}
