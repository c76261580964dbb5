// Pure decisions about the lifecycle events: which closed pull request is one of ours, and which
// comment is a command (and which one).

import { LINK_STEP_IDS, UNLINK_STEP_IDS } from "../steps/registry.js";

export const COMMAND_PREFIX = "/cluster-link";
export const COMMANDS = ["status", "retry", "verify", "help"] as const;
export type Command = (typeof COMMANDS)[number];

/** The command a comment gives: undefined when its first line is not a `/cluster-link` command. */
export function parseCommand(body: string): { command: Command } | { unknown: string } | undefined {
  const first = body
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/, 1)[0]!
    .trim();
  const m = /^\/cluster-link(?:\s+(.*))?$/.exec(first);
  if (!m) return undefined;
  const word = (m[1] ?? "").trim().split(/\s+/)[0]!.toLowerCase();
  if ((COMMANDS as readonly string[]).includes(word)) return { command: word as Command };
  return { unknown: word.slice(0, 40) };
}

const BRANCH = /^argocd-cluster-link\/([a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?)\/([a-z-]{1,40})$/;
const STEPS = new Set<string>([...LINK_STEP_IDS, ...UNLINK_STEP_IDS]);

/** The link and step a head branch belongs to, when it is a step branch of a link or unlink. */
export function stepOfBranch(ref: string): { link: string; step: string } | undefined {
  const m = BRANCH.exec(ref);
  if (!m || !STEPS.has(m[2]!)) return undefined;
  return { link: m[1]!, step: m[2]! };
}

/** What a closed pull request looks like to the gate, before its head commit is read. */
export interface ClosedPull {
  headRef: string;
  headRepo: string;
  authorType: string;
}

/** Why a closed pull request is not one of ours, or its link and step. */
export function whyNotOurPull(
  pull: ClosedPull,
  here: string,
): { ignored: string } | { link: string; step: string } {
  const step = stepOfBranch(pull.headRef);
  if (!step) return { ignored: `the pull request's branch is not a step branch of argocd-cluster-link` };
  if (pull.headRepo.toLowerCase() !== here.toLowerCase())
    return { ignored: "the pull request comes from another repository (a fork)" };
  if (pull.authorType !== "Bot") return { ignored: "the pull request was not opened by the Action" };
  return step;
}

const ISSUE_REQUESTER = /^([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})#([1-9][0-9]{0,9})$/;

/** The issue a commit's requester trailer names (`owner/repo#N`), or undefined for other requesters. */
export function requesterIssue(
  requester: string | undefined,
): { owner: string; repo: string; number: number } | undefined {
  const m = ISSUE_REQUESTER.exec(requester ?? "");
  return m ? { owner: m[1]!, repo: m[2]!, number: Number(m[3]) } : undefined;
}
