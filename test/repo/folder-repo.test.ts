import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LayoutError } from "../../src/core/errors.js";
import { FolderRepo } from "../../src/repo/reader.js";

const base = mkdtempSync(join(tmpdir(), "folder-repo-"));
const root = join(base, "repo");
const outside = join(base, "outside");
mkdirSync(join(root, "a", "b"), { recursive: true });
mkdirSync(join(root, ".terraform"), { recursive: true });
mkdirSync(outside);
writeFileSync(join(root, "top.tf"), "top");
writeFileSync(join(root, "a", "b", "deep.tf"), "deep");
writeFileSync(join(root, ".terraform", "skip.tf"), "skip");
writeFileSync(join(outside, "secret.txt"), "secret");
symlinkSync("../top.tf", join(root, "a", "inside-link.tf"));
symlinkSync(join(outside, "secret.txt"), join(root, "a", "outside-link.txt"));
symlinkSync(outside, join(root, "linked-folder"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("FolderRepo", () => {
  // The listing cuts the root off each entry's folder: the root's spelling must not matter.
  const spellings = [root, `${root}/`, relative(process.cwd(), root), `./${relative(process.cwd(), root)}/`];

  it.each(spellings)("lists the same files for the root spelled %s", async (spelling) => {
    expect(await new FolderRepo(spelling).listFiles()).toEqual([
      "a/b/deep.tf",
      "a/inside-link.tf",
      "a/outside-link.txt",
      "linked-folder",
      "top.tf",
    ]);
  });

  it.each(spellings)("reads listed files for the root spelled %s", async (spelling) => {
    const repo = new FolderRepo(spelling);
    await repo.listFiles();
    expect(await repo.readFile("top.tf")).toBe("top");
    expect(await repo.readFile("a/b/deep.tf")).toBe("deep");
    expect(await repo.readFile("missing.tf")).toBeUndefined();
  });

  it("reads a symbolic link as no file, and refuses one that leads outside", async () => {
    const repo = new FolderRepo(root);
    await repo.listFiles();
    expect(await repo.readFile("a/inside-link.tf")).toBeUndefined();
    await expect(repo.readFile("a/outside-link.txt")).rejects.toThrow(LayoutError);
    // Not listed (the listing does not enter linked folders), so checked before it is read.
    await expect(repo.readFile("linked-folder/secret.txt")).rejects.toThrow(/leads outside the repository/);
  });

  it("checks every path when nothing was listed yet", async () => {
    const repo = new FolderRepo(root);
    expect(await repo.readFile("top.tf")).toBe("top");
    await expect(repo.readFile("linked-folder/secret.txt")).rejects.toThrow(LayoutError);
  });
});
