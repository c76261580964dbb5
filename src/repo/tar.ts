// Reads a gzip'd tar archive as `git archive` (and so GitHub's tarball endpoint) writes it: ustar
// headers, pax extended headers for long paths (and a global one carrying the commit id), regular
// files, symbolic links and folders. Everything is kept in memory: a Leverage repository is text.

import { gunzipSync } from "node:zlib";

export type TarEntry = { kind: "file"; data: Buffer } | { kind: "symlink"; target: string };

const BLOCK = 512;
/** Refuse archives that unpack to more than this: a Leverage repository is a few MiB of text. */
export const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;

function text(block: Buffer, offset: number, length: number): string {
  const field = block.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? field.length : end).toString("utf8");
}

function octal(block: Buffer, offset: number, length: number, what: string): number {
  const raw = text(block, offset, length).trim();
  if (!/^[0-7]*$/.test(raw)) throw new Error(`tar archive: the ${what} field "${raw}" is not octal`);
  return raw === "" ? 0 : parseInt(raw, 8);
}

/** `len key=value\n` records of a pax extended header. */
function paxRecords(data: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    if (space === -1) break;
    const length = Number(data.subarray(at, space).toString("ascii"));
    if (!Number.isInteger(length) || length <= 0) throw new Error("tar archive: malformed pax header record");
    const record = data.subarray(space + 1, at + length - 1).toString("utf8");
    const eq = record.indexOf("=");
    if (eq > 0) out.set(record.slice(0, eq), record.slice(eq + 1));
    at += length;
  }
  return out;
}

/**
 * The entries of a `.tar.gz`, by path, without the archive's single top folder (GitHub names it
 * `<owner>-<repo>-<short sha>/`). Folders are left out: they are implied by the paths.
 */
export function readTarGz(archive: Buffer): Map<string, TarEntry> {
  let tar: Buffer;
  try {
    tar = gunzipSync(archive, { maxOutputLength: MAX_UNPACKED_BYTES });
  } catch (error) {
    throw new Error(`the repository archive could not be unpacked: ${(error as Error).message}`);
  }
  const entries = new Map<string, TarEntry>();
  let top: string | undefined;
  let pending: Map<string, string> | undefined;
  let longName: string | undefined;
  for (let at = 0; at + BLOCK <= tar.length;) {
    const header = tar.subarray(at, at + BLOCK);
    if (header.every((b) => b === 0)) break; // end-of-archive marker
    const size = octal(header, 124, 12, "size");
    const type = String.fromCharCode(header[156]!) || "0";
    const data = tar.subarray(at + BLOCK, at + BLOCK + size);
    if (data.length < size) throw new Error("tar archive: truncated entry");
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;

    if (type === "g") continue; // global pax header: git archive's commit id comment
    if (type === "x") {
      pending = paxRecords(data);
      continue;
    }
    if (type === "L") {
      longName = data.toString("utf8").replace(/\0+$/, "");
      continue;
    }
    const prefix = text(header, 345, 155);
    let path = pending?.get("path") ?? longName ?? (prefix ? `${prefix}/` : "") + text(header, 0, 100);
    const linkTarget = pending?.get("linkpath") ?? text(header, 157, 100);
    pending = undefined;
    longName = undefined;

    path = path.replace(/\/+$/, "");
    const slash = path.indexOf("/");
    const first = slash === -1 ? path : path.slice(0, slash);
    top ??= first;
    if (first !== top) throw new Error(`tar archive: ${path} is outside the top folder ${top}/`);
    if (slash === -1) continue; // the top folder itself
    const inside = path.slice(slash + 1);
    if (inside.split("/").some((s) => s === ".." || s === "")) {
      throw new Error(`tar archive: refusing the path ${path}`);
    }
    if (type === "0" || type === "\0" || type === "7") entries.set(inside, { kind: "file", data });
    else if (type === "2") entries.set(inside, { kind: "symlink", target: linkTarget });
    // Folders ("5") are implied; git archive writes no other kinds.
  }
  return entries;
}
