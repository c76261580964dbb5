import { describe, expect, it } from "vitest";
import { findBlocks, itemStarts, scanHcl } from "../../src/hcl/scan.js";
import { LayoutError } from "../../src/core/errors.js";
import { blocksOf, parsedFile } from "../../src/layout/parsed-file.js";

const RELEASE = `resource "helm_release" "argocd" {
  name = "argocd"
}

module "eks" {
  source = "terraform-aws-modules/eks/aws"
}
`;

/** A file that is not HCL at all: scanning it throws, so a lookup that scans it fails. */
const BROKEN = (words: string) => `# ${words}\nthis is { not HCL\n`;

describe("parsedFile", () => {
  it("scans on first use only, and reports a broken file as a LayoutError naming it", () => {
    const file = parsedFile("a/b.tf", BROKEN("nothing"));
    expect(file.text).toContain("not HCL");
    expect(() => file.items).toThrow(LayoutError);
    expect(() => file.items).toThrow(/^a\/b\.tf could not be read as HCL/);
  });

  it("keeps the items of its first scan", () => {
    const file = parsedFile("a.tf", RELEASE);
    expect(file.items).toBe(file.items);
  });
});

describe("blocksOf", () => {
  it("finds what findBlocks finds", () => {
    const file = parsedFile("a.tf", RELEASE);
    expect(blocksOf(file, "resource", "helm_release")).toEqual(
      findBlocks(scanHcl(RELEASE), "resource", "helm_release"),
    );
    expect(blocksOf(file, "module").map((b) => b.labels[0])).toEqual(["eks"]);
    expect(blocksOf(file, "resource", "kubernetes_namespace")).toEqual([]);
  });

  it("does not scan a file whose text lacks a label, or has no line starting with the block type", () => {
    // Both would throw if scanned.
    expect(blocksOf(parsedFile("x.tf", BROKEN("resource")), "resource", "helm_release")).toEqual([]);
    // `module.eks.cluster_name` is a reference, not a block: no line starts a module block.
    const reference = `${BROKEN("x")}  value = module.eks.cluster_name\n`;
    expect(blocksOf(parsedFile("y.tf", reference), "module")).toEqual([]);
  });

  it("scans when a line starts the block type, or when a block comment could hide one", () => {
    expect(() => blocksOf(parsedFile("x.tf", `${BROKEN("x")}module "a" {\n`), "module")).toThrow(LayoutError);
    const commented = `/* a */ module "eks" {\n  source = "x"\n}\n`;
    expect(blocksOf(parsedFile("c.tf", commented), "module").map((b) => b.labels[0])).toEqual(["eks"]);
    const unquoted = `resource helm_release argocd {\n}\n`;
    expect(blocksOf(parsedFile("u.tf", unquoted), "resource", "helm_release")).toHaveLength(1);
  });
});

describe("scanHcl on large texts", () => {
  it("returns the same items for the same text (a plan scans the release file several times)", () => {
    const large = `${RELEASE}\n${"# padding\n".repeat(600)}`;
    expect(large.length).toBeGreaterThan(4096);
    const first = scanHcl(large, "a.tf");
    expect(scanHcl(`${large}`, "b.tf")).toBe(first);
    expect(scanHcl(`${large} `)).not.toBe(first);
  });
});

describe("itemStarts", () => {
  it("gives the starts of the first items without scanning the last one", () => {
    const call = `templatefile("values.yaml", { a = 1, b = [ unclosed`;
    const open = call.indexOf("(");
    expect(itemStarts(call, open, 2)).toEqual([call.indexOf('"'), call.indexOf("{")]);
  });

  it("stops at the closer when there are fewer items", () => {
    const call = `f( "x" )`;
    expect(itemStarts(call, 1, 2)).toEqual([3]);
  });
});
