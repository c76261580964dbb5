// The import graph of src/ and its circles, for test/architecture/imports.test.ts.
import { dirname, join, relative, resolve } from "node:path";
import { ROOT } from "./cases.js";

export const SRC = join(ROOT, "src");

/** Relative imports and re-exports of a file, as src-relative paths of .ts files. */
function importsOf(file: string, text: string): string[] {
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+"(\.{1,2}\/[^"]+)"/gms)].map(
    (m) => m[1]!,
  );
  return specifiers.map((s) => relative(SRC, resolve(dirname(file), s.replace(/\.js$/, ".ts"))));
}

/** The import graph of src/: file -> the files it imports. */
export function importGraph(files: Map<string, string>): Map<string, string[]> {
  return new Map([...files].map(([path, text]) => [path, importsOf(join(SRC, path), text)]));
}

/** Every circle (strongly connected set of two or more files, or a file importing itself), sorted. */
export function circles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) !== order.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!order.has(v)) visit(v);
  return found.sort();
}
