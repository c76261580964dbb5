// Writes a repository tree as `git archive --format=tar.gz --prefix=<top>/` does, which is what
// GitHub's tarball endpoint serves: a pax global header carrying the commit id, then one ustar
// entry per folder, file and symbolic link in tree order, paths longer than the ustar fields in a
// pax extended header, and two zero blocks at the end.

import { gzipSync } from "node:zlib";
import type { GitStore } from "./git-store.js";

const BLOCK = 512;

function header(fields: {
  name: string;
  mode: number;
  size: number;
  type: string;
  link?: string;
  mtime: number;
}) {
  const block = Buffer.alloc(BLOCK);
  block.write(fields.name, 0, 100, "utf8");
  block.write(fields.mode.toString(8).padStart(7, "0") + "\0", 100, 8, "ascii");
  block.write("0000000\0", 108, 8, "ascii"); // uid
  block.write("0000000\0", 116, 8, "ascii"); // gid
  block.write(fields.size.toString(8).padStart(11, "0") + "\0", 124, 12, "ascii");
  block.write(fields.mtime.toString(8).padStart(11, "0") + "\0", 136, 12, "ascii");
  block.write(fields.type, 156, 1, "ascii");
  if (fields.link) block.write(fields.link, 157, 100, "utf8");
  block.write("ustar\0", 257, 6, "ascii");
  block.write("00", 263, 2, "ascii");
  block.write("root", 265, 32, "ascii");
  block.write("root", 297, 32, "ascii");
  // The checksum is computed with its own field as spaces.
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of block) sum += b;
  block.write(sum.toString(8).padStart(6, "0") + "\0 ", 148, 8, "ascii");
  return block;
}

function padded(data: Buffer): Buffer {
  const rest = data.length % BLOCK;
  return rest === 0 ? data : Buffer.concat([data, Buffer.alloc(BLOCK - rest)]);
}

/** A pax record `len key=value\n`, whose length counts its own digits. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  const bytes = Buffer.byteLength(body);
  let length = bytes + 1;
  while (String(length).length + bytes !== length) length = String(length).length + bytes;
  return `${length}${body}`;
}

function entry(
  out: Buffer[],
  path: string,
  fields: { mode: number; type: string; data?: Buffer; link?: string; mtime: number },
): void {
  const data = fields.data ?? Buffer.alloc(0);
  let name = path;
  if (Buffer.byteLength(path) > 100 || Buffer.byteLength(fields.link ?? "") > 100) {
    const pax = Buffer.from(
      paxRecord("path", path) +
        (fields.link && Buffer.byteLength(fields.link) > 100 ? paxRecord("linkpath", fields.link) : ""),
    );
    out.push(header({ name: "pax_header", mode: 0o666, size: pax.length, type: "x", mtime: fields.mtime }));
    out.push(padded(pax));
    name = path.slice(0, 100);
  }
  out.push(
    header({
      name,
      mode: fields.mode,
      size: data.length,
      type: fields.type,
      link: fields.link?.slice(0, 100),
      mtime: fields.mtime,
    }),
  );
  if (data.length > 0) out.push(padded(data));
}

/** The archive of `commit` (whose tree is `tree`), every path under the folder `top`. */
export function tarGz(git: GitStore, commit: string, tree: string, top: string, mtime: number): Buffer {
  const out: Buffer[] = [];
  const comment = Buffer.from(paxRecord("comment", commit));
  out.push(header({ name: "pax_global_header", mode: 0o666, size: comment.length, type: "g", mtime }));
  out.push(padded(comment));
  entry(out, `${top}/`, { mode: 0o775, type: "5", mtime });
  for (const e of git.list(tree, true)) {
    const path = `${top}/${e.path}`;
    if (e.type === "tree") entry(out, `${path}/`, { mode: 0o775, type: "5", mtime });
    else if (e.type === "commit")
      continue; // submodules are not archived
    else if (e.mode === "120000") {
      entry(out, path, { mode: 0o777, type: "2", link: git.blob(e.sha)!.toString("utf8"), mtime });
    } else {
      entry(out, path, {
        mode: e.mode === "100755" ? 0o775 : 0o664,
        type: "0",
        data: git.blob(e.sha)!,
        mtime,
      });
    }
  }
  out.push(Buffer.alloc(2 * BLOCK));
  return gzipSync(Buffer.concat(out));
}
