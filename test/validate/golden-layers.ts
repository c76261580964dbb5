// The golden cases' .tf files, grouped by layer as they stand once every step is merged, with
// the module blocks of the layer's other (repository) files for references to them.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { parse } from "@cdktf/hcl2json";
import { nonAwsReason, type LayerFile, type ModuleSource } from "./layer-stubs.js";

export interface GoldenLayer {
  caseName: string;
  /** Layer folder inside the repository, e.g. shared/us-east-1/k8s-eks/identities. */
  layer: string;
  /** AWS-only files, as the last step that writes them leaves them. */
  files: LayerFile[];
  /** `<step>/<path>` of each AWS-only file, by file name (for messages). */
  origins: Map<string, string>;
  /** Files left out of validation, with the reason. */
  skipped: { origin: string; reason: string }[];
  /** Module blocks declared in the layer's repository files the golden files do not replace. */
  outsideModules: Map<string, ModuleSource>;
}

function listTree(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listTree(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

async function moduleBlocks(folder: string, except: Set<string>): Promise<Map<string, ModuleSource>> {
  const found = new Map<string, ModuleSource>();
  if (!existsSync(folder)) return found;
  for (const name of readdirSync(folder).filter((n) => n.endsWith(".tf") && !except.has(n))) {
    const parsed = (await parse(name, readFileSync(join(folder, name), "utf8"))) as {
      module?: Record<string, { source: string; version?: string }[]>;
    };
    for (const [moduleName, [call]] of Object.entries(parsed.module ?? {})) {
      if (!call) continue;
      found.set(
        moduleName,
        call.version ? { source: call.source, version: call.version } : { source: call.source },
      );
    }
  }
  return found;
}

/** Every layer a golden case writes .tf files into; `repoDir` is the example repository it plans against. */
export async function goldenLayers(
  caseDir: string,
  caseName: string,
  repoDir: string,
): Promise<GoldenLayer[]> {
  const steps = readdirSync(caseDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d+-/.test(e.name))
    .map((e) => e.name)
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  // layer -> file name -> { step, content }: later steps overwrite earlier ones, as merging does.
  const byLayer = new Map<string, Map<string, { origin: string; content: string }>>();
  for (const step of steps) {
    for (const path of listTree(join(caseDir, step)).filter((p) => p.endsWith(".tf"))) {
      const layer = dirname(path);
      const files = byLayer.get(layer) ?? new Map();
      files.set(posix.basename(path), {
        origin: `${step}/${path}`,
        content: readFileSync(join(caseDir, step, path), "utf8"),
      });
      byLayer.set(layer, files);
    }
  }
  const layers: GoldenLayer[] = [];
  for (const [layer, files] of byLayer) {
    const g: GoldenLayer = {
      caseName,
      layer,
      files: [],
      origins: new Map(),
      skipped: [],
      outsideModules: new Map(),
    };
    for (const [name, { origin, content }] of files) {
      const reason = nonAwsReason((await parse(name, content)) as Record<string, unknown>);
      if (reason) g.skipped.push({ origin, reason });
      else {
        g.files.push({ name, content });
        g.origins.set(name, origin);
      }
    }
    if (g.files.length)
      g.outsideModules = await moduleBlocks(join(repoDir, layer), new Set(g.origins.keys()));
    layers.push(g);
  }
  return layers;
}
