// Facts about a Leverage repository that come from paths alone: which folders are accounts,
// regions and layers. A folder whose name ends in " --" is not deployed and is skipped with
// everything below it.

export const GLOBAL_REGION = "global";

/**
 * Files that only declare variables (Leverage links common-variables.tf into every layer): never
 * read during discovery.
 */
const DECLARATIONS_ONLY = new Set(["common-variables.tf"]);

export interface LayerPath {
  /** Repository-relative folder, e.g. `shared/us-east-1/k8s-eks/k8s-components`. */
  path: string;
  account: string;
  /** Region folder (`us-east-1`) or `global`. */
  region: string;
  /** Path below the region folder, e.g. `k8s-eks/k8s-components`. */
  rest: string;
  /** The layer's own `.tf` files (not those of sub-layers), repository-relative. */
  tfFiles: string[];
}

export function isSkipped(path: string): boolean {
  return path.split("/").some((segment) => segment.endsWith(" --"));
}

export function dirname(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** Joins and normalises POSIX path pieces (no `..` handling beyond one level, which is all we need). */
export function joinPath(...parts: string[]): string {
  const out: string[] = [];
  for (const segment of parts.join("/").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(segment);
  }
  return out.join("/");
}

const layersOf = new WeakMap<readonly string[], LayerPath[]>();

/**
 * Every folder holding `.tf` files below `<account>/<region>/`, grouped as layers. Readers return
 * the same listing each time, so the grouping is done once per listing (callers do not modify it).
 */
export function findLayers(files: string[]): LayerPath[] {
  let layers = layersOf.get(files);
  if (!layers) {
    layers = groupLayers(files);
    layersOf.set(files, layers);
  }
  return layers;
}

function groupLayers(files: string[]): LayerPath[] {
  const byFolder = new Map<string, string[]>();
  for (const file of files) {
    if (!file.endsWith(".tf") || isSkipped(file) || DECLARATIONS_ONLY.has(basename(file))) continue;
    const folder = dirname(file);
    const parts = folder.split("/");
    if (parts.length < 3 || parts[1] === "config") continue;
    const list = byFolder.get(folder) ?? [];
    list.push(file);
    byFolder.set(folder, list);
  }
  return [...byFolder.entries()]
    .map(([path, tfFiles]) => {
      const [account, region, ...rest] = path.split("/");
      return { path, account: account!, region: region!, rest: rest.join("/"), tfFiles: tfFiles.sort() };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
