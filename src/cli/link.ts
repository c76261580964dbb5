// The `plan` and `apply` commands: read the request, the facts and the repository folder, plan the
// link and print it or write one local branch per step. Loaded only when one of them runs.

import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { InvalidInputError, LayoutError } from "../core/errors.js";
import { checkFactsMatchRequest, parseClusterFactsText } from "../facts/parse.js";
import { LocalGit } from "../git/local-branches.js";
import { stepBranch } from "../plan/names.js";
import { planLink } from "../plan/plan.js";
import type { Plan } from "../plan/types.js";
import { parseLinkRequestText } from "../request/parse.js";
import { FolderRepo } from "../repo/reader.js";
import { CliUsageError, readInputFile, whyUnreadable, type CommandContext } from "./command.js";
import { renderPlan, planJson } from "./render.js";

/** The --repo folder, checked up front so that a wrong path is one clear line, not a failure deep in discovery. */
export async function repoFolder(path: string | undefined): Promise<string> {
  const dir = resolve(path ?? ".");
  const what = path === undefined ? `the current directory ${dir}` : `--repo ${JSON.stringify(path)}`;
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(dir)).isDirectory();
  } catch (error) {
    throw new CliUsageError(`${what} cannot be read: ${whyUnreadable(error)}.`);
  }
  if (!isDirectory) throw new CliUsageError(`${what} is a file: give the folder of the Leverage repository.`);
  return dir;
}

export async function runLinkCommand(command: "plan" | "apply", { values, io, stderr }: CommandContext) {
  const missing = (["request", "facts"] as const).filter((k) => !values[k]);
  if (missing.length > 0) throw new CliUsageError(`Missing ${missing.map((m) => `--${m}`).join(" and ")}.`);
  const repoDir = await repoFolder(values.repo);
  const request = parseLinkRequestText(await readInputFile(values.request!, "--request"), values.request!);
  const facts = parseClusterFactsText(await readInputFile(values.facts!, "--facts"), values.facts!);
  const mismatch = checkFactsMatchRequest(facts, request);
  if (mismatch.length > 0)
    throw new InvalidInputError(`link request ${values.request} with facts ${values.facts}`, mismatch);
  const git = command === "apply" ? openGit(repoDir, stderr, "apply") : undefined;
  if (git === null) return 1;
  stderr(`Planning link ${request.argocdClusterName} in ${repoDir}\n`);
  return printOrWrite(
    await planLink(new FolderRepo(repoDir), request, facts, { date: (io.now ?? (() => new Date()))() }),
    git,
    values.json,
    io.stdout,
    stderr,
  );
}

/**
 * The repository as a git work tree that branches can be written to; null (after saying why) when
 * it is not one or has uncommitted changes.
 */
export function openGit(repoDir: string, stderr: (text: string) => void, command: string): LocalGit | null {
  const git = new LocalGit(repoDir);
  if (!git.isRepository()) {
    stderr(`${repoDir} is not inside a git work tree: ${command} writes branches, so run it in a clone.\n`);
    return null;
  }
  if (!git.isClean()) {
    stderr(
      `${repoDir} has uncommitted changes: commit or stash them first, so the branches start from HEAD.\n`,
    );
    return null;
  }
  return git;
}

/** Prints a plan (no git) or writes one local branch per step and prints them; exit code 0. */
export function printOrWrite(
  plan: Plan,
  git: LocalGit | undefined,
  json: boolean | undefined,
  stdout: (text: string) => void,
  stderr: (text: string) => void,
): number {
  if (!git) {
    stdout(json ? JSON.stringify(planJson(plan), null, 2) + "\n" : renderPlan(plan));
    return 0;
  }
  const branches = applyPlan(git, plan);
  for (const b of branches) stderr(`${b.outcome.padEnd(9)} ${b.branch} ${b.commit.slice(0, 12)}\n`);
  stdout(
    json
      ? JSON.stringify({ ...planJson(plan), branches }, null, 2) + "\n"
      : `${renderPlan(plan, false)}${
          branches.length
            ? `\nBranches (apply in this order):\n${branches.map((b) => `  ${b.branch} (${b.outcome})\n`).join("")}`
            : ""
        }`,
  );
  return 0;
}

function applyPlan(git: LocalGit, plan: Plan) {
  const base = git.resolve("HEAD");
  if (!base) throw new LayoutError(`The repository has no commit yet: commit the Leverage code first.`);
  return plan.steps.map((step) =>
    git.writeStep(stepBranch(plan.linkId, step.id), base, step, `${step.title}\n\n${step.body}`),
  );
}
