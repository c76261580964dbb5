import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The WebAssembly HCL parser/formatter used as a test oracle takes a moment to load once per worker.
    testTimeout: 30_000,
    pool: "forks",
    // `npm test` runs with --coverage; a targeted `npx vitest run <file>` does not, so these
    // thresholds only judge the whole suite.
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      // Declarations only; main.ts files are the bundles' entry points, run by the smoke tests in a
      // child process (their wiring is mirrored by the in-process runners).
      exclude: ["src/types/**", "src/**/types.ts", "src/action/main.ts", "src/cli/main.ts"],
      reporter: ["text"],
      // A few points under what the suite reaches today (issue 7 asks for these four folders to stay
      // above 80 % of lines): a change that leaves code untested fails `npm test`.
      thresholds: {
        lines: 90,
        "src/action/**": { lines: 82 },
        "src/cli/**": { lines: 88 },
        "src/github/**": { lines: 88 },
        "src/git/**": { lines: 90 },
        "src/unlink/**": { lines: 92 },
      },
    },
  },
});
