// The guard of the bundle smoke tests: a dist/ built from other sources must stop them with what to run.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MARKER_PREFIX, sourceHash } from "../../scripts/source-hash.mjs";
import { assertFreshBundle } from "./bundle.js";
import { ROOT } from "./cases.js";

const dir = mkdtempSync(join(tmpdir(), "argocd-cluster-link-bundle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function bundle(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("assertFreshBundle", () => {
  it("accepts a bundle whose recorded hash is the hash of src/ and the lock file now, after a shebang too", () => {
    const marker = `${MARKER_PREFIX}${sourceHash(ROOT)}\n`;
    expect(() => assertFreshBundle(bundle("fresh.js", `${marker}export {};\n`))).not.toThrow();
    expect(() =>
      assertFreshBundle(bundle("cli.js", `#!/usr/bin/env node\n${marker}export {};\n`)),
    ).not.toThrow();
  });

  it("refuses a bundle built from other sources, naming both hashes and the command to run", () => {
    const path = bundle("stale.js", `${MARKER_PREFIX}${"0".repeat(64)}\nexport {};\n`);
    expect(() => assertFreshBundle(path)).toThrow(
      new RegExp(
        `stale\\.js is stale: .*000000000000, src/ .* ${sourceHash(ROOT).slice(0, 12)}: run \`npm run build\``,
      ),
    );
  });

  it("refuses a bundle without the marker and a missing bundle", () => {
    expect(() => assertFreshBundle(bundle("old.js", "export {};\n"))).toThrow(
      /old\.js has no .*older scripts\/build\.mjs/,
    );
    expect(() => assertFreshBundle(join(dir, "absent.js"))).toThrow(
      /absent\.js is missing: run `npm run build`/,
    );
  });

  it("hashes every file under src/: one changed byte changes the hash", () => {
    const root = mkdtempSync(join(dir, "root-"));
    mkdirSync(join(root, "src", "a"), { recursive: true });
    writeFileSync(join(root, "package-lock.json"), "{}\n");
    writeFileSync(join(root, "src", "a", "x.ts"), "export const x = 1;\n");
    const before = sourceHash(root);
    writeFileSync(join(root, "src", "a", "x.ts"), "export const x = 2;\n");
    expect(sourceHash(root)).not.toBe(before);
  });
});
