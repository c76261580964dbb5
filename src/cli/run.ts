// The local CLI: `plan` prints what a link changes, `apply` writes it as one local git branch per
// step. Exit codes: 0 done, 1 unexpected failure, 2 invalid request or facts, 3 layout not understood.

import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { InvalidInputError, LayoutError } from "../core/errors.js";
import { replaceInvisible } from "../core/text.js";
import { VERSION } from "../core/version.js";
import { checkFactsMatchRequest, parseClusterFactsText } from "../facts/parse.js";
import { LocalGit } from "../git/local-branches.js";
import { stepBranch } from "../plan/names.js";
import { planLink } from "../plan/plan.js";
import type { Plan } from "../plan/types.js";
import { parseLinkRequestText } from "../request/parse.js";
import { planUnlink } from "../unlink/plan.js";
import { FolderRepo } from "../repo/reader.js";
import { renderPlan, planJson } from "./render.js";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const HELP = `argocd-cluster-link: link an EKS cluster to an ArgoCD in another account of a binbash Leverage repository.

Usage:
  argocd-cluster-link plan  --repo DIR --request FILE --facts FILE [--json]
  argocd-cluster-link apply --repo DIR --request FILE --facts FILE [--json]
  argocd-cluster-link unlink --repo DIR --link NAME [--dry-run] [--json]
  argocd-cluster-link --help | --version

Commands:
  plan    Print the ordered steps (one pull request each), their files and unified diffs.
          Nothing is written.
  apply   Write each step as a commit on its own local branch in DIR,
          argocd-cluster-link/<argocd-cluster-name>/<step>, starting from HEAD. The work tree,
          the index and the checked-out branch are not touched; DIR must have no uncommitted
          changes. Running it again with the same inputs makes no new commit.
  unlink  Take the link NAME (its argocd-cluster-name) out again, in reverse order: one local
          branch per step, argocd-cluster-link/<NAME>/unlink-<step>, like apply. Everything is
          read from the files the link owns; no request or facts are needed. With --dry-run it
          only prints the plan (in --json: files it removes have "action": "delete").

Options:
  --repo DIR       The Leverage repository (default: the current directory).
  --request FILE   The link request, YAML or JSON. Keys:
                     source-account       account folder where ArgoCD runs (e.g. shared)
                     target-account       account folder of the cluster (e.g. apps-devstg)
                     target-region        region of the cluster (e.g. us-east-1)
                     target-cluster       EKS cluster name
                     method               iam-role | bearer-token
                     access               cluster-admin | admin | edit | view
                     namespaces           list; empty or absent = cluster-wide
                     cluster-resources    true | false (default false; needs namespaces)
                     argocd-instance      Helm release of the ArgoCD to use (or to create)
                     dedicated-instance   true: create a new ArgoCD release for this cluster
                     argocd-cluster-name  name in ArgoCD, a DNS-1123 label (default: from target-cluster)
                     labels               map of labels for the ArgoCD cluster secret
                     argocd-layer, target-cluster-layer, target-rbac-layer
                                          layer paths that override discovery
  --facts FILE     The target cluster as printed by
                     aws eks describe-cluster --name <target-cluster> --region <target-region>
  --link NAME      unlink: the argocd-cluster-name of the link to remove.
  --dry-run        unlink: print the plan, write nothing.
  --json           Print a JSON object instead of text: {"linkId", "steps": [{"id", "account",
                   "layers", "title", "body", "apply", "files": [{"path", "action", "content"}]}],
                   "upToDate", "notes"} (apply adds "branches"). Logs go to stderr.

Exit codes:
  0  done (also when there is nothing to change)
  1  unexpected failure (git, file system)
  2  the request or the facts are invalid: every problem is listed
  3  the repository layout is not understood, or a file cannot be edited safely
`;

async function readInput(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new InvalidInputError(what, [
      {
        field: what,
        value: JSON.stringify(path),
        message: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? error}`,
      },
    ]);
  }
}

export async function runCli(argv: string[], io: CliIo, version = VERSION): Promise<number> {
  // Paths, values and messages come from outside: show bidi and invisible characters instead of echoing them.
  const stderr = (text: string) => io.stderr(replaceInvisible(text, { keepNewlines: true }));
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        repo: { type: "string" },
        request: { type: "string" },
        facts: { type: "string" },
        json: { type: "boolean", default: false },
        link: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    stderr(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${version}\n`);
    return 0;
  }
  const command = positionals[0];
  if (positionals.length === 1 && command === "unlink") return runUnlink(values, io, stderr);
  if (positionals.length !== 1 || (command !== "plan" && command !== "apply")) {
    stderr(
      `Expected one command, plan, apply or unlink; got ${positionals.length ? positionals.join(" ") : "none"}.\n\n${HELP}`,
    );
    return 2;
  }
  const missing = (["request", "facts"] as const).filter((k) => !values[k]);
  if (missing.length > 0) {
    stderr(`Missing ${missing.map((m) => `--${m}`).join(" and ")}. See --help.\n`);
    return 2;
  }

  try {
    const repoDir = resolve(values.repo ?? ".");
    const request = parseLinkRequestText(await readInput(values.request!, "--request"), values.request!);
    const facts = parseClusterFactsText(await readInput(values.facts!, "--facts"), values.facts!);
    const mismatch = checkFactsMatchRequest(facts, request);
    if (mismatch.length > 0)
      throw new InvalidInputError(`link request ${values.request} with facts ${values.facts}`, mismatch);
    const git = command === "apply" ? new LocalGit(repoDir) : undefined;
    if (git && !git.isRepository()) {
      stderr(`${repoDir} is not inside a git work tree: apply writes branches, so run it in a clone.\n`);
      return 1;
    }
    if (git && !git.isClean()) {
      stderr(
        `${repoDir} has uncommitted changes: commit or stash them first, so the branches start from HEAD.\n`,
      );
      return 1;
    }
    stderr(`Planning link ${request.argocdClusterName} in ${repoDir}\n`);
    const plan = await planLink(new FolderRepo(repoDir), request, facts);
    if (!git) {
      io.stdout(values.json ? JSON.stringify(planJson(plan), null, 2) + "\n" : renderPlan(plan));
      return 0;
    }
    const branches = applyPlan(git, plan);
    for (const b of branches) stderr(`${b.outcome.padEnd(9)} ${b.branch} ${b.commit.slice(0, 12)}\n`);
    io.stdout(
      values.json
        ? JSON.stringify({ ...planJson(plan), branches }, null, 2) + "\n"
        : `${renderPlan(plan, false)}${
            branches.length
              ? `\nBranches (apply in this order):\n${branches.map((b) => `  ${b.branch} (${b.outcome})\n`).join("")}`
              : ""
          }`,
    );
    return 0;
  } catch (error) {
    if (error instanceof InvalidInputError || error instanceof LayoutError) {
      stderr(`${error.message}\n`);
      return error.exitCode;
    }
    stderr(`Unexpected failure: ${(error as Error).stack ?? error}\n`);
    return 1;
  }
}

/** `unlink`: plans from the repository alone, then prints it (--dry-run) or writes its branches. */
async function runUnlink(
  values: { repo?: string; link?: string; json?: boolean; "dry-run"?: boolean },
  io: CliIo,
  stderr: (text: string) => void,
): Promise<number> {
  if (!values.link) {
    stderr(`Missing --link NAME (the argocd-cluster-name of the link to remove). See --help.\n`);
    return 2;
  }
  try {
    const repoDir = resolve(values.repo ?? ".");
    const git = values["dry-run"] ? undefined : new LocalGit(repoDir);
    if (git && !git.isRepository()) {
      stderr(`${repoDir} is not inside a git work tree: unlink writes branches, so run it in a clone.\n`);
      return 1;
    }
    if (git && !git.isClean()) {
      stderr(
        `${repoDir} has uncommitted changes: commit or stash them first, so the branches start from HEAD.\n`,
      );
      return 1;
    }
    stderr(`Planning unlink of ${values.link} in ${repoDir}\n`);
    const plan = await planUnlink(new FolderRepo(repoDir), values.link);
    if (!git) {
      io.stdout(values.json ? JSON.stringify(planJson(plan), null, 2) + "\n" : renderPlan(plan));
      return 0;
    }
    const branches = applyPlan(git, plan);
    for (const b of branches) stderr(`${b.outcome.padEnd(9)} ${b.branch} ${b.commit.slice(0, 12)}\n`);
    io.stdout(
      values.json
        ? JSON.stringify({ ...planJson(plan), branches }, null, 2) + "\n"
        : `${renderPlan(plan, false)}${
            branches.length
              ? `\nBranches (apply in this order):\n${branches.map((b) => `  ${b.branch} (${b.outcome})\n`).join("")}`
              : ""
          }`,
    );
    return 0;
  } catch (error) {
    if (error instanceof InvalidInputError || error instanceof LayoutError) {
      stderr(`${error.message}\n`);
      return error.exitCode;
    }
    stderr(`Unexpected failure: ${(error as Error).stack ?? error}\n`);
    return 1;
  }
}

function applyPlan(git: LocalGit, plan: Plan) {
  const base = git.resolve("HEAD");
  if (!base) throw new LayoutError(`The repository has no commit yet: commit the Leverage code first.`);
  return plan.steps.map((step) =>
    git.writeStep(stepBranch(plan.linkId, step.id), base, step, `${step.title}\n\n${step.body}`),
  );
}
