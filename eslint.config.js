import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "examples/**",
      "coverage/**",
      "test/golden/**",
      ".scratch/**",
      ".bench/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: "readonly", console: "readonly", URL: "readonly", Buffer: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      eqeqeq: ["error", "always"],
      "no-console": "off",
    },
  },
  // Dependencies point down (docs/architecture.md): the step kinds and what they read sit below the
  // planner and the publishers. test/architecture/imports.test.ts also refuses file circles.
  ...[
    ["src/steps/**", ["plan", "unlink", "action", "cli", "github", "git"]],
    ["src/link/**", ["plan", "steps", "unlink", "action", "cli", "github", "git"]],
    ["src/layout/**", ["plan", "steps", "link", "unlink", "action", "cli", "github", "git"]],
  ].map(([files, above]) => ({
    files: [files],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: above.map((folder) => `../${folder}/*`),
              message: `${files.slice(4, -3)}/ sits below ${above.join(", ")}: import what it needs from a lower folder.`,
            },
          ],
        },
      ],
    },
  })),
);
