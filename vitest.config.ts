import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The WebAssembly HCL parser/formatter used as a test oracle takes a moment to load once per worker.
    testTimeout: 30_000,
    pool: "forks",
  },
});
