// Version numbers and Terraform version constraints: the one comparison used for Kubernetes, chart
// and provider versions alike.

/** A version as `major.minor.patch[-prerelease]`; parts not written are 0. */
export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** The text after `-`, e.g. `beta1`; absent for a release. */
  prerelease?: string;
}

const VERSION_TEXT = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** Parses `1`, `1.31`, `v7.9.1`, `5.33.0-beta1` (build metadata after `+` is ignored); undefined otherwise. */
export function parseVersion(text: string): Version | undefined {
  const match = VERSION_TEXT.exec(text.trim());
  if (!match) return undefined;
  const [major, minor, patch] = [match[1], match[2], match[3]].map((part) => Number(part ?? 0));
  if (![major, minor, patch].every((part) => Number.isSafeInteger(part))) return undefined;
  return {
    major: major!,
    minor: minor!,
    patch: patch!,
    ...(match[4] !== undefined && { prerelease: match[4] }),
  };
}

function toVersion(value: string | Version): Version {
  if (typeof value !== "string") return value;
  const version = parseVersion(value);
  if (!version) {
    throw new Error(`${JSON.stringify(value)} is not a version: expected numbers like 1.31 or 5.33.0`);
  }
  return version;
}

/**
 * Negative, zero or positive as `a` is older than, the same as or newer than `b`. Missing parts are 0
 * (`1.31` = `1.31.0`); a prerelease is older than its release, and prereleases compare as semver
 * does (dot-separated, numeric parts numerically, numbers before words). Throws on text that is no version.
 */
export function compareVersions(a: string | Version, b: string | Version): number {
  const x = toVersion(a);
  const y = toVersion(b);
  const byNumbers = x.major - y.major || x.minor - y.minor || x.patch - y.patch;
  if (byNumbers !== 0) return Math.sign(byNumbers);
  if (x.prerelease === y.prerelease) return 0;
  if (x.prerelease === undefined) return 1;
  if (y.prerelease === undefined) return -1;
  return comparePrerelease(x.prerelease, y.prerelease);
}

function comparePrerelease(a: string, b: string): number {
  const xs = a.split(".");
  const ys = b.split(".");
  for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
    const x = xs[i];
    const y = ys[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const xNumeric = /^\d+$/.test(x);
    const yNumeric = /^\d+$/.test(y);
    if (xNumeric && yNumeric && Number(x) !== Number(y)) return Math.sign(Number(x) - Number(y));
    if (xNumeric !== yNumeric) return xNumeric ? -1 : 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export type ConstraintOperator = "=" | "!=" | ">" | ">=" | "<" | "<=" | "~>";

/** One clause of a constraint, e.g. `~> 5.33` (the version as written: `segments` parts). */
export interface ConstraintClause {
  operator: ConstraintOperator;
  version: Version;
  segments: number;
}

const CLAUSE_TEXT = /^(~>|!=|>=|<=|>|<|=)?\s*(v?\d+(?:\.\d+){0,2}(?:-[0-9A-Za-z.-]+)?)$/;

/**
 * Parses a Terraform version constraint: clauses joined by `,`, all of which must hold. Each clause is
 * an operator (`=` when none is written) and a version of one to three parts. Throws an Error naming
 * the clause and what is allowed.
 */
export function parseConstraint(text: string): ConstraintClause[] {
  const clauses = text.split(",").map((clause) => clause.trim());
  if (text.trim() === "") throw new Error("a version constraint must not be empty");
  return clauses.map((clause) => {
    const match = CLAUSE_TEXT.exec(clause);
    const version = match?.[2] === undefined ? undefined : parseVersion(match[2]);
    if (!match || !version) {
      throw new Error(
        `${JSON.stringify(clause)} is not a version constraint clause: expected an operator (=, !=, >, >=, <, <=, ~>) and a version such as 5.33.0`,
      );
    }
    const segments = match[2]!.replace(/^v/, "").split("-")[0]!.split(".").length;
    return { operator: (match[1] ?? "=") as ConstraintOperator, version, segments };
  });
}

/**
 * The versions `~>` admits, as Terraform defines it: only the rightmost part written may grow.
 * `~> 5.33.0` is `>= 5.33.0, < 5.34.0`; `~> 5.33` is `>= 5.33.0, < 6.0.0`; `~> 5` is `>= 5.0.0, < 6.0.0`.
 */
function pessimisticUpperBound(clause: ConstraintClause): Version {
  const { major, minor } = clause.version;
  return clause.segments >= 3
    ? { major, minor: minor + 1, patch: 0 }
    : { major: major + 1, minor: 0, patch: 0 };
}

function clauseHolds(version: Version, clause: ConstraintClause): boolean {
  const order = compareVersions(version, clause.version);
  switch (clause.operator) {
    case "=":
      return order === 0;
    case "!=":
      return order !== 0;
    case ">":
      return order > 0;
    case ">=":
      return order >= 0;
    case "<":
      return order < 0;
    case "<=":
      return order <= 0;
    case "~>":
      return order >= 0 && compareVersions(version, pessimisticUpperBound(clause)) < 0;
  }
}

function clausesOf(constraint: string | ConstraintClause[]): ConstraintClause[] {
  return typeof constraint === "string" ? parseConstraint(constraint) : constraint;
}

/**
 * Whether `version` meets every clause of `constraint`. As in Terraform, a prerelease is admitted
 * only by a constraint that names it exactly with `=` (or no operator).
 */
export function satisfies(version: string | Version, constraint: string | ConstraintClause[]): boolean {
  const v = toVersion(version);
  const clauses = clausesOf(constraint);
  if (v.prerelease !== undefined) {
    const named = clauses.some((c) => c.operator === "=" && compareVersions(v, c.version) === 0);
    if (!named) return false;
  }
  return clauses.every((clause) => clauseHolds(v, clause));
}

const ZERO: Version = { major: 0, minor: 0, patch: 0 };

/** The release right after `version` in version order (its next patch, or the release of a prerelease). */
function nextRelease(version: Version): Version {
  const { major, minor, patch } = version;
  return version.prerelease === undefined ? { major, minor, patch: patch + 1 } : { major, minor, patch };
}

/**
 * The lowest release `constraint` admits (prereleases only when named with `=`), or undefined when it
 * admits none (e.g. `>= 2.0, < 1.0` or `= 1.2.0, != 1.2.0`).
 */
export function lowestAdmitted(constraint: string | ConstraintClause[]): Version | undefined {
  const clauses = clausesOf(constraint);
  // Every admitted version is at or above each lower bound: start at the highest of them.
  let candidate = ZERO;
  for (const clause of clauses) {
    const { operator, version } = clause;
    const bound =
      operator === ">"
        ? nextRelease(version)
        : operator === "!=" || operator === "<" || operator === "<="
          ? ZERO
          : version;
    if (compareVersions(bound, candidate) > 0) candidate = bound;
  }
  // An exact prerelease is admitted only as itself.
  if (candidate.prerelease !== undefined) {
    if (satisfies(candidate, clauses)) return candidate;
    candidate = nextRelease(candidate);
  }
  // Only `!=` clauses can reject a release between the bounds, so one more step than their number
  // either finds an admitted release or passes an upper bound.
  const exclusions = clauses.filter((clause) => clause.operator === "!=").length;
  for (let step = 0; step <= exclusions; step++) {
    if (satisfies(candidate, clauses)) return candidate;
    candidate = nextRelease(candidate);
  }
  return undefined;
}

/** Whether `constraint` admits some release at or above `minimum` (e.g. a provider feature's first version). */
export function admitsAtLeast(constraint: string | ConstraintClause[], minimum: string | Version): boolean {
  const floor: ConstraintClause = { operator: ">=", version: toVersion(minimum), segments: 3 };
  return lowestAdmitted([...clausesOf(constraint), floor]) !== undefined;
}

/** A version as text: `major.minor.patch[-prerelease]`. */
export function formatVersion(version: Version): string {
  const text = `${version.major}.${version.minor}.${version.patch}`;
  return version.prerelease === undefined ? text : `${text}-${version.prerelease}`;
}
