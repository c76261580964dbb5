// Runs the real `terraform validate` on stubbed layers, offline: every layer becomes a child module
// of one root, so one `terraform init` (the provider is linked from the local mirror, not copied)
// and one validate (one provider schema load) check them all.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { stubModuleSource, type StubbedLayer } from "./layer-stubs.js";

const run = promisify(execFile);

export type Tooling =
  { available: true; terraform: string; pluginDir: string } | { available: false; reason: string };

/** The Terraform platform folder name for this machine (linux_amd64, darwin_arm64, ...). */
function terraformPlatform(): string {
  const arch =
    { x64: "amd64", arm64: "arm64", ia32: "386", arm: "arm" }[process.arch as string] ?? process.arch;
  return `${process.platform === "win32" ? "windows" : process.platform}_${arch}`;
}

/**
 * Finds `terraform` on PATH and an unpacked hashicorp/aws mirror (TF_VALIDATE_PLUGIN_DIR, default
 * /opt/tf-plugins). Says why when either is missing.
 */
export async function findTooling(env: NodeJS.ProcessEnv = process.env): Promise<Tooling> {
  const pluginDir = env.TF_VALIDATE_PLUGIN_DIR || "/opt/tf-plugins";
  const awsDir = join(pluginDir, "registry.terraform.io", "hashicorp", "aws");
  const platform = terraformPlatform();
  const versions = existsSync(awsDir)
    ? readdirSync(awsDir).filter((v) => existsSync(join(awsDir, v, platform)))
    : [];
  if (!versions.length) {
    return { available: false, reason: `no hashicorp/aws provider for ${platform} under ${awsDir}` };
  }
  try {
    await run("terraform", ["version"], { env: terraformEnv(env, "/dev/null") });
  } catch (e) {
    return {
      available: false,
      reason: `terraform is not runnable from PATH (${(e as Error).message.split("\n")[0]})`,
    };
  }
  return { available: true, terraform: "terraform", pluginDir };
}

/**
 * The environment terraform runs with: the caller's without TF_* settings, plus a CLI config of our
 * own (the machine's TF_CLI_CONFIG_FILE may point at a missing file), no prompts, no update check.
 */
function terraformEnv(base: NodeJS.ProcessEnv, cliConfig: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(base)) if (!k.startsWith("TF_")) env[k] = v;
  return {
    ...env,
    TF_CLI_CONFIG_FILE: cliConfig,
    TF_IN_AUTOMATION: "1",
    TF_INPUT: "0",
    CHECKPOINT_DISABLE: "1",
  };
}

export interface Diagnostic {
  severity: "error" | "warning";
  summary: string;
  detail: string;
  /** Path relative to the workspace root, when terraform names one. */
  filename?: string;
  line?: number;
}

export interface ValidateResult {
  valid: boolean;
  diagnostics: Diagnostic[];
  /** Wall time of init + validate, milliseconds. */
  millis: number;
}

/** Folder of layer `index` inside the workspace (diagnostics name files under it). */
export function layerFolder(index: number): string {
  return `layers/${index}`;
}

/** Writes the stubbed layers, their stub modules and a root calling every layer into `dir`. */
export function writeWorkspace(dir: string, layers: StubbedLayer[]): void {
  const root = [
    'provider "aws" {',
    '  region = "us-east-1"',
    "}",
    ...layers.flatMap((_, i) => [`module "layer_${i}" {`, `  source = "./${layerFolder(i)}"`, "}"]),
  ];
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "main.tf"), root.join("\n") + "\n");
  writeFileSync(join(dir, "cli.tfrc"), "# argocd-cluster-link validate test: no settings, offline\n");
  layers.forEach((layer, i) => {
    const folder = join(dir, layerFolder(i));
    mkdirSync(folder, { recursive: true });
    for (const [name, content] of layer.files) writeFileSync(join(folder, name), content);
    for (const [folderName, m] of layer.modules) {
      mkdirSync(join(dir, "modules", folderName), { recursive: true });
      writeFileSync(join(dir, "modules", folderName, "main.tf"), stubModuleSource(m));
    }
  });
}

interface ValidateJson {
  valid: boolean;
  diagnostics: {
    severity: "error" | "warning";
    summary: string;
    detail?: string;
    range?: { filename: string; start: { line: number } };
  }[];
}

/** `terraform init -backend=false -plugin-dir <mirror>` then `terraform validate -json` in `dir`. */
export async function terraformValidate(
  dir: string,
  tooling: Extract<Tooling, { available: true }>,
): Promise<ValidateResult> {
  const started = Date.now();
  const env = terraformEnv(process.env, join(dir, "cli.tfrc"));
  const options = { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 };
  try {
    await run(
      tooling.terraform,
      ["init", "-backend=false", "-input=false", "-no-color", `-plugin-dir=${tooling.pluginDir}`],
      options,
    );
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`terraform init failed in ${dir}:\n${err.stderr || err.stdout || err.message}`);
  }
  let stdout: string;
  try {
    ({ stdout } = await run(tooling.terraform, ["validate", "-json", "-no-color"], options));
  } catch (e) {
    // validate exits 1 when the configuration is invalid; its JSON is still on stdout.
    const err = e as { stdout?: string; stderr?: string; message: string };
    if (!err.stdout) throw new Error(`terraform validate failed in ${dir}:\n${err.stderr || err.message}`);
    stdout = err.stdout;
  }
  const parsed = JSON.parse(stdout) as ValidateJson;
  return {
    valid: parsed.valid,
    millis: Date.now() - started,
    diagnostics: parsed.diagnostics.map((d) => ({
      severity: d.severity,
      summary: d.summary,
      detail: d.detail ?? "",
      ...(d.range ? { filename: d.range.filename, line: d.range.start.line } : {}),
    })),
  };
}
