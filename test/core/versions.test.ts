import { describe, expect, it } from "vitest";
import {
  admitsAtLeast,
  compareVersions,
  formatVersion,
  lowestAdmitted,
  parseConstraint,
  parseVersion,
  satisfies,
} from "../../src/core/versions.js";

const lowest = (constraint: string) => {
  const version = lowestAdmitted(constraint);
  return version && formatVersion(version);
};

describe("parseVersion", () => {
  it.each([
    ["1", "1.0.0"],
    ["1.31", "1.31.0"],
    ["v7.9.1", "7.9.1"],
    ["5.33.0-beta1", "5.33.0-beta1"],
    ["1.2.3+build.7", "1.2.3"],
    [" 2.0 ", "2.0.0"],
  ])("%j is %s", (text, expected) => {
    const version = parseVersion(text);
    expect(version && formatVersion(version)).toBe(expected);
  });

  it.each(["", "x", "1.2.3.4", "1..2", "-1", "1.2.a", "99999999999999999999"])("refuses %j", (text) => {
    expect(parseVersion(text)).toBeUndefined();
  });
});

describe("compareVersions", () => {
  it.each([
    ["1.31", "1.31.0", 0],
    ["1.9", "1.10", -1],
    ["1.30", "1.29", 1],
    ["5.33.0", "5.32.99", 1],
    ["10.0.0", "9.99.99", 1],
    ["5.33.0-beta1", "5.33.0", -1],
    ["5.33.0-beta1", "5.32.0", 1],
    ["1.0.0-alpha", "1.0.0-alpha.1", -1],
    ["1.0.0-alpha.2", "1.0.0-alpha.10", -1],
    ["1.0.0-1", "1.0.0-alpha", -1],
    ["1.0.0-beta", "1.0.0-alpha", 1],
  ])("%s vs %s is %i", (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
    expect(compareVersions(b, a)).toBe(-expected || 0);
  });

  it("names text that is no version", () => {
    expect(() => compareVersions("latest", "1.0")).toThrow('"latest" is not a version');
  });
});

describe("parseConstraint", () => {
  it("reads every operator, bare versions as =, and comma-separated clauses", () => {
    expect(
      parseConstraint(">= 5.0, < 6.0.0, != 5.1.2, ~>5.33, 5.40, =5.41, >1, <=7").map((c) => c.operator),
    ).toEqual([">=", "<", "!=", "~>", "=", "=", ">", "<="]);
    expect(parseConstraint("~> 5.33.0")[0]).toMatchObject({ segments: 3 });
    expect(parseConstraint("~> 5.33")[0]).toMatchObject({ segments: 2 });
  });

  it.each(["", ">= ", "=> 5.0", "~> 5.x", "5.0 || 6.0", ">= 5.0,", "^5.0"])(
    "refuses %j naming the clause",
    (text) => {
      expect(() => parseConstraint(text)).toThrow(/constraint/);
    },
  );
});

describe("satisfies", () => {
  it.each([
    // ~> with three parts lets only the patch grow.
    ["5.33.0", "~> 5.33.0", true],
    ["5.33.9", "~> 5.33.0", true],
    ["5.34.0", "~> 5.33.0", false],
    ["5.32.9", "~> 5.33.0", false],
    // ~> with two parts lets the minor grow, not the major.
    ["5.33.0", "~> 5.33", true],
    ["5.99.1", "~> 5.33", true],
    ["6.0.0", "~> 5.33", false],
    ["5.32.0", "~> 5.33", false],
    ["5.0.0", "~> 5", true],
    ["6.0.0", "~> 5", false],
    ["1.2.0", "= 1.2.0", true],
    ["1.2.1", "1.2.0", false],
    ["1.2.1", "!= 1.2.0", true],
    ["1.2.0", "!= 1.2.0", false],
    ["1.2.0", "> 1.2.0", false],
    ["1.2.1", "> 1.2", true],
    ["1.2.0", "< 1.2.0", false],
    ["1.2.0", "<= 1.2", true],
    ["5.50.0", ">= 5.33, < 6.0, != 5.40.0", true],
    ["5.40.0", ">= 5.33, < 6.0, != 5.40.0", false],
    ["6.0.0", ">= 5.33, < 6.0, != 5.40.0", false],
    // A prerelease only when named exactly.
    ["6.0.0-beta1", ">= 5.0", false],
    ["6.0.0-beta1", "= 6.0.0-beta1", true],
  ])("%s meets %j: %s", (version, constraint, expected) => {
    expect(satisfies(version, constraint)).toBe(expected);
  });
});

describe("lowestAdmitted", () => {
  it.each([
    ["~> 5.33", "5.33.0"],
    ["~> 5.33.2", "5.33.2"],
    [">= 4.0, < 6.0", "4.0.0"],
    ["> 4.2", "4.2.1"],
    ["> 4.2.0-rc1", "4.2.0"],
    ["< 3.0", "0.0.0"],
    ["!= 0.0.0", "0.0.1"],
    [">= 1.0, != 1.0.0, != 1.0.1", "1.0.2"],
    ["= 5.1.0", "5.1.0"],
    ["= 6.0.0-beta1", "6.0.0-beta1"],
    [">= 6.0.0-beta1", "6.0.0"],
    ["~> 5.33, >= 5.40", "5.40.0"],
  ])("%j admits %s first", (constraint, expected) => {
    expect(lowest(constraint)).toBe(expected);
  });

  it.each([
    ">= 2.0, < 1.0",
    "= 1.2.0, != 1.2.0",
    "= 1.2.0, = 1.3.0",
    "~> 5.33.0, >= 5.34",
    "> 1.0.0, < 1.0.1",
    "< 0.0.0",
  ])("%j admits nothing", (constraint) => {
    expect(lowestAdmitted(constraint)).toBeUndefined();
  });

  it("agrees with satisfies on every release of a small grid", () => {
    const grid: string[] = [];
    for (let major = 0; major < 3; major++)
      for (let minor = 0; minor < 3; minor++)
        for (let patch = 0; patch < 3; patch++) grid.push(`${major}.${minor}.${patch}`);
    const clauses = [
      "~> 1.1",
      "~> 1.1.1",
      ">= 1.2",
      "> 0.2.2",
      "< 2.1",
      "<= 1.0.1",
      "!= 1.1.1",
      "= 1.2.2",
      "!= 1.2.0",
    ];
    for (const a of clauses) {
      for (const b of clauses) {
        const constraint = `${a}, ${b}`;
        const found = lowestAdmitted(constraint);
        const admittedInGrid = grid.filter((version) => satisfies(version, constraint));
        if (found === undefined) {
          expect(admittedInGrid, constraint).toEqual([]);
          continue;
        }
        expect(satisfies(found, constraint), constraint).toBe(true);
        // Nothing the grid admits is lower than what was found.
        for (const version of admittedInGrid)
          expect(compareVersions(version, found), constraint).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

describe("admitsAtLeast (e.g. EKS access entries need hashicorp/aws 5.33.0)", () => {
  it.each([
    ["~> 5.0", true],
    ["~> 5.33.0", true],
    ["~> 5.30.0", false],
    ["~> 4.10", false],
    [">= 4.0", true],
    ["< 5.33.0", false],
    ["<= 5.33.0", true],
    ["= 5.20.0", false],
    [">= 4.0, < 5.33", false],
    [">= 4.0, != 5.33.0, <= 5.33.0", false],
    [">= 4.0, != 5.33.0, <= 5.33.1", true],
  ])("%j: %s", (constraint, expected) => {
    expect(admitsAtLeast(constraint, "5.33.0")).toBe(expected);
  });
});
