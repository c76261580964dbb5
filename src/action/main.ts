// The GitHub Action, plan mode: reads a link request and the target cluster's facts from files in
// the workspace, plans the link against the checked-out repository and reports the steps as
// outputs and in the job summary. Publishing pull requests builds on this.

import * as core from "@actions/core";
import { InvalidInputError, LayoutError } from "../core/errors.js";
import { checkFactsMatchRequest, parseClusterFactsText } from "../facts/parse.js";
import { planLink } from "../plan/plan.js";
import { parseLinkRequestText } from "../request/parse.js";
import { FolderRepo } from "../repo/reader.js";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { planJson, renderPlan } from "../cli/render.js";

async function run(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const requestPath = resolve(workspace, core.getInput("request", { required: true }));
  const factsPath = resolve(workspace, core.getInput("facts", { required: true }));
  const repoDir = resolve(workspace, core.getInput("repository-path") || ".");
  try {
    const request = parseLinkRequestText(await readFile(requestPath, "utf8"), requestPath);
    const facts = parseClusterFactsText(await readFile(factsPath, "utf8"), factsPath);
    const mismatch = checkFactsMatchRequest(facts, request);
    if (mismatch.length > 0) throw new InvalidInputError("link request and cluster facts", mismatch);
    const plan = await planLink(new FolderRepo(repoDir), request, facts);
    core.setOutput("status", plan.steps.length === 0 ? "up-to-date" : "planned");
    core.setOutput("plan", JSON.stringify(planJson(plan)));
    core.setOutput("api-server", facts.endpoint);
    core.setOutput("cluster-arn", facts.arn);
    await core.summary.addRaw("```\n" + renderPlan(plan, false) + "```\n").write();
  } catch (error) {
    if (error instanceof InvalidInputError || error instanceof LayoutError) {
      core.setOutput("status", error instanceof InvalidInputError ? "invalid" : "layout-error");
      core.setFailed(error.message);
      return;
    }
    throw error;
  }
}

run().catch((error: unknown) =>
  core.setFailed(`Unexpected failure: ${(error as Error).stack ?? String(error)}`),
);
