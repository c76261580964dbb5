// The archive reader against what `git archive` (the program behind GitHub's tarball endpoint)
// really writes: long paths in pax headers, symbolic links, folders, the top folder.

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { readTarGz } from "../../src/repo/tar.js";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function gitArchive(files: Record<string, string>, links: Record<string, string> = {}): Buffer {
  const dir = mkdtempSync(join(tmpdir(), "tar-test-"));
  dirs.push(dir);
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: dir });
  git("init", "-q");
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  for (const [path, target] of Object.entries(links)) symlinkSync(target, join(dir, path));
  git("add", "-A");
  git("commit", "-q", "-m", "seed");
  return git("archive", "--format=tar.gz", "--prefix=acme-infra-0123abc/", "HEAD");
}

describe("readTarGz", () => {
  it("reads files, long paths and symbolic links of a git archive, without its top folder", () => {
    const long = `${"apps-devstg/us-east-1/k8s-eks-demoapps/".repeat(3)}k8s-components/chart-values/argocd.yaml`;
    expect(long.length).toBeGreaterThan(100);
    const files = {
      "config/common.tfvars": 'project = "acme"\n',
      [long]: "server:\n  replicas: 2\n",
      "naïve/ünïcode.tf": "# é\n",
      "empty.txt": "",
    };
    const entries = readTarGz(gitArchive(files, { "link.tf": "config/common.tfvars" }));
    expect([...entries.keys()].sort()).toEqual([...Object.keys(files), "link.tf"].sort());
    for (const [path, text] of Object.entries(files)) {
      const entry = entries.get(path);
      expect(entry?.kind === "file" && entry.data.toString("utf8")).toBe(text);
    }
    expect(entries.get("link.tf")).toEqual({ kind: "symlink", target: "config/common.tfvars" });
  });

  it("refuses what is not a gzip'd archive, and a path that leaves the top folder", () => {
    expect(() => readTarGz(Buffer.from("not gzip"))).toThrow(/could not be unpacked/);
    const header = Buffer.alloc(512);
    header.write("top/../../etc/passwd", 0);
    header.write("00000000000\0", 124);
    header.write("0", 156);
    const escaping = gzipSync(Buffer.concat([header, Buffer.alloc(1024)]));
    expect(() => readTarGz(escaping)).toThrow(/refusing the path/);
  });
});
