// Pull requests: list (state/head/base filters, pagination), create, get, update.

import type { IssueRecord, RepoRecord } from "../state.js";
import { pullJson, refreshPullHead } from "../shapes.js";
import {
  bodyOf,
  intParam,
  notFound,
  paginate,
  repoOf,
  unprocessable,
  validationFailed,
  type Handler,
} from "../http.js";

function pulls(repo: RepoRecord): IssueRecord[] {
  return [...repo.issues.values()].filter((i) => i.pull !== undefined);
}

function pullOf(repo: RepoRecord, number: number): IssueRecord {
  const issue = repo.issues.get(number);
  if (!issue?.pull) throw notFound();
  return issue;
}

/** An open pull request from this repository's own branch `head` into `base` (forks' do not count). */
function openDuplicate(repo: RepoRecord, head: string, base: string, except?: number): boolean {
  return pulls(repo).some(
    (p) =>
      p.number !== except &&
      p.state === "open" &&
      !p.pull!.headRepo &&
      p.pull!.headRef === head &&
      p.pull!.baseRef === base,
  );
}

/** The user or organization whose branch a pull request's head is. */
const headOwner = (repo: RepoRecord, p: IssueRecord): string => p.pull!.headRepo?.owner ?? repo.owner;

const list: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const state = ctx.query.get("state") ?? "open";
  const head = ctx.query.get("head");
  const base = ctx.query.get("base");
  const sort = ctx.query.get("sort") ?? "created";
  const direction = ctx.query.get("direction") ?? (sort === "created" ? "desc" : "asc");
  let items = pulls(repo).filter((p) => state === "all" || p.state === state);
  // GitHub silently ignores a `head` filter without the "owner:" prefix and returns every pull
  // request, which is a classic source of bugs; the fake does the same. The owner is the head's
  // user or organization: a fork's pull request matches its own owner, not the base repository's.
  if (head?.includes(":")) {
    const [owner, ...rest] = head.split(":");
    const branch = rest.join(":");
    items = items.filter(
      (p) => owner!.toLowerCase() === headOwner(repo, p).toLowerCase() && p.pull!.headRef === branch,
    );
  }
  if (base) items = items.filter((p) => p.pull!.baseRef === base);
  const key = (p: IssueRecord): string => (sort === "updated" ? p.updated_at : p.created_at);
  items.sort((a, b) => {
    const c = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.number - b.number;
    return direction === "asc" ? c : -c;
  });
  const page = paginate(ctx, items);
  return { status: 200, body: page.items.map((p) => pullJson(repo, p)), headers: page.headers };
};

const create: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const input = bodyOf<{
    title?: string;
    head: string;
    base: string;
    body?: string;
    draft?: boolean;
    maintainer_can_modify?: boolean;
    issue?: number;
    head_repo?: string;
  }>(ctx);
  if (input.issue !== undefined)
    throw unprocessable("Converting issues to pull requests is not supported by the fake");
  if (input.title === undefined) {
    throw validationFailed({ resource: "PullRequest", code: "missing_field", field: "title" });
  }
  let headRef = input.head;
  const colon = input.head.indexOf(":");
  if (colon >= 0) {
    const owner = input.head.slice(0, colon);
    headRef = input.head.slice(colon + 1);
    if (owner.toLowerCase() !== repo.owner.toLowerCase()) {
      throw validationFailed({ resource: "PullRequest", field: "head", code: "invalid" });
    }
  }
  const baseSha = repo.branch(input.base);
  if (!baseSha) throw validationFailed({ resource: "PullRequest", field: "base", code: "invalid" });
  const headSha = repo.branch(headRef);
  if (!headSha) throw validationFailed({ resource: "PullRequest", field: "head", code: "invalid" });
  if (openDuplicate(repo, headRef, input.base)) {
    throw validationFailed({
      resource: "PullRequest",
      code: "custom",
      message: `A pull request already exists for ${repo.owner}:${headRef}.`,
    });
  }
  if (repo.git.isAncestor(headSha, baseSha)) {
    throw validationFailed({
      resource: "PullRequest",
      code: "custom",
      message: `No commits between ${input.base} and ${headRef}`,
    });
  }
  const issue = repo.newIssue({ title: input.title, body: input.body ?? null, user: ctx.actor });
  issue.pull = {
    headRef,
    headSha,
    baseRef: input.base,
    draft: input.draft ?? false,
    maintainerCanModify: input.maintainer_can_modify ?? true,
    merged: false,
  };
  const url = `${repo.apiUrl}/pulls/${issue.number}`;
  return { status: 201, body: pullJson(repo, issue), headers: { location: url } };
};

const get: Handler = (ctx) => {
  const repo = repoOf(ctx);
  return { status: 200, body: pullJson(repo, pullOf(repo, intParam(ctx, "pull_number"))) };
};

const update: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const issue = pullOf(repo, intParam(ctx, "pull_number"));
  const pull = issue.pull!;
  const input = bodyOf<{
    title?: string;
    body?: string;
    state?: "open" | "closed";
    base?: string;
    maintainer_can_modify?: boolean;
  }>(ctx);
  refreshPullHead(repo, issue);
  if (input.base !== undefined && input.base !== pull.baseRef) {
    if (!repo.branch(input.base)) {
      throw validationFailed({ resource: "PullRequest", field: "base", code: "invalid" });
    }
    if (issue.state === "open" && openDuplicate(repo, pull.headRef, input.base, issue.number)) {
      throw validationFailed({
        resource: "PullRequest",
        code: "custom",
        message: `A pull request already exists for base branch '${input.base}' and head branch '${pull.headRef}'`,
      });
    }
  }
  if (input.state === "open" && issue.state === "closed") {
    if (pull.merged) throw unprocessable("Cannot reopen a merged pull request");
    if (!repo.branch(pull.headRef)) {
      throw validationFailed({
        resource: "PullRequest",
        code: "custom",
        message: "state cannot be changed. The head branch was deleted.",
      });
    }
    if (openDuplicate(repo, pull.headRef, input.base ?? pull.baseRef, issue.number)) {
      throw validationFailed({
        resource: "PullRequest",
        code: "custom",
        message: `A pull request already exists for ${repo.owner}:${pull.headRef}.`,
      });
    }
  }
  const now = ctx.world.now();
  if (input.title !== undefined) issue.title = input.title;
  if (input.body !== undefined) issue.body = input.body;
  if (input.base !== undefined) pull.baseRef = input.base;
  if (input.maintainer_can_modify !== undefined) pull.maintainerCanModify = input.maintainer_can_modify;
  if (input.state !== undefined && input.state !== issue.state) {
    issue.state = input.state;
    issue.closed_at = input.state === "closed" ? now : null;
  }
  issue.updated_at = now;
  return { status: 200, body: pullJson(repo, issue) };
};

export const pullHandlers: Record<string, Handler> = {
  "pulls/list": list,
  "pulls/create": create,
  "pulls/get": get,
  "pulls/update": update,
};
