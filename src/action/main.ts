// The GitHub Action's entry point: wires the runner (inputs, outputs, summary, OIDC, masking) and
// the GitHub client to the run flow in run.ts.

import * as core from "@actions/core";
import { InvalidInputError } from "../core/errors.js";
import { replaceInvisible } from "../core/text.js";
import { readContext } from "./event.js";
import { readInputs } from "./inputs.js";

/**
 * Fails the job with `message` shown, not acted on: it can hold request values, so bidi and
 * invisible characters show as U+FFFD, as in the status comment.
 */
function fail(message: string): void {
  core.setFailed(replaceInvisible(message, { keepNewlines: true }));
}

async function main(): Promise<void> {
  const inputs = readInputs((name) => core.getInput(name));
  const ctx = readContext(process.env);
  // The run flow, Octokit and (further down) the AWS SDK load only once the inputs are valid: a
  // misconfigured step fails fast, and ncc keeps each dynamic import in its own chunk of dist/.
  const [{ createClient }, { runAction }] = await Promise.all([
    import("../github/client.js"),
    import("./run.js"),
  ]);
  const github = createClient({
    token: inputs.token,
    baseUrl: ctx.apiUrl,
    writeIntervalMs: inputs.writeIntervalMs,
    maxRateLimitWaitSeconds: inputs.maxRateLimitWaitSeconds,
    log: (line) => core.warning(line),
  });
  await runAction(inputs, ctx, github, {
    info: (line) => core.info(line),
    warning: (line) => core.warning(line),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (value) => core.setSecret(value),
    setFailed: fail,
    writeSummary: async (markdown) => {
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
    },
    getIdToken: (audience) => core.getIDToken(audience),
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
  });
}

main().catch((error: unknown) => {
  if (error instanceof InvalidInputError) fail(error.message);
  else fail(`Unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
});
