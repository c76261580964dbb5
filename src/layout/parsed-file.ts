// A .tf file as discovery and the plan's checks read it. Its HCL is scanned on the first use of
// `items`: a layer gains files with every link, and most lookups rule a file out by a word its text
// lacks (blocksOf), so planning the 200th link does not scan the files of the 199 before it.

import { LayoutError } from "../core/errors.js";
import { findBlocks, scanHcl, type HclBlock, type HclBodyItem } from "../hcl/scan.js";
import type { ParsedFile } from "./types.js";

export function parsedFile(path: string, text: string): ParsedFile {
  let items: HclBodyItem[] | undefined;
  return {
    path,
    text,
    get items() {
      if (items === undefined) {
        try {
          items = scanHcl(text, path);
        } catch (error) {
          throw new LayoutError(`${path} could not be read as HCL: ${(error as Error).message}`);
        }
      }
      return items;
    },
  };
}

/**
 * The file's top-level blocks of `type` with `labels`. A file is scanned only when its text could
 * hold one: a line starting with the block type, and every label somewhere (or a block comment,
 * which could stand before a block on its line).
 */
export function blocksOf(file: ParsedFile, type: string, ...labels: string[]): HclBlock[] {
  const { text } = file;
  if (!labels.every((label) => text.includes(label))) return [];
  if (!text.includes("/*") && !blockStart(type).test(text)) return [];
  return findBlocks(file.items, type, ...labels);
}

const blockStarts = new Map<string, RegExp>();
/** A line that starts a block of `type`: the type, then a label or the opening brace. */
function blockStart(type: string): RegExp {
  let pattern = blockStarts.get(type);
  if (!pattern) {
    pattern = new RegExp(`^[ \\t]*${type}(?:[ \\t]+["A-Za-z_]|[ \\t]*\\{)`, "m");
    blockStarts.set(type, pattern);
  }
  return pattern;
}
