// Comparing dotted release versions ("5.8.3", "v2.14.11", "2.14.0-rc1") for the upstream fact tables.

/** The numeric parts of `x.y.z` (a leading `v` allowed), or undefined when it is not such a version. */
export function parseVersion(version: string): [number, number, number] | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

/** Negative, zero or positive as `a` is older than, equal to or newer than `b` (pre-release tags ignored). */
export function compareVersions(a: string, b: string): number {
  const pa = parseVersion(a);
  const pb = parseVersion(b);
  if (!pa || !pb)
    throw new Error(`not a version: ${JSON.stringify(pa ? b : a)} (expected x.y.z, optionally v-prefixed)`);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return 0;
}

/** Whether `version` is at least `since`. */
export function atLeast(version: string, since: string): boolean {
  return compareVersions(version, since) >= 0;
}
