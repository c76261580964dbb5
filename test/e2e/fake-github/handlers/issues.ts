// Issues (which include pull requests), issue comments and labels.

import type { IssueRecord, RepoRecord } from "../state.js";
import { commentJson, issueJson, issueLabelsJson, labelJson, userJson } from "../shapes.js";
import {
  bodyOf,
  HttpError,
  intParam,
  notFound,
  paginate,
  repoOf,
  validationFailed,
  type Ctx,
  type Handler,
} from "../http.js";

function issueOf(ctx: Ctx, repo: RepoRecord): IssueRecord {
  const issue = repo.issues.get(intParam(ctx, "issue_number"));
  if (!issue) throw notFound();
  return issue;
}

function commentOf(ctx: Ctx, repo: RepoRecord): number {
  const id = intParam(ctx, "comment_id");
  if (!repo.comments.has(id)) throw notFound();
  return id;
}

type LabelInput = string | { name: string };

function labelNames(body: unknown): string[] {
  const raw = Array.isArray(body) ? body : ((body as { labels?: LabelInput[] } | undefined)?.labels ?? []);
  return (raw as LabelInput[]).map((l) => (typeof l === "string" ? l : l.name));
}

function addLabels(repo: RepoRecord, issue: IssueRecord, names: string[]): void {
  for (const name of names) {
    // Adding a label that the repository does not have creates it, like GitHub does.
    const key = repo.ensureLabel(name).name.toLowerCase();
    if (!issue.labels.includes(key)) issue.labels.push(key);
  }
}

const getIssue: Handler = (ctx) => {
  const repo = repoOf(ctx);
  return { status: 200, body: issueJson(repo, issueOf(ctx, repo)) };
};

const updateIssue: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo);
  const input = bodyOf<{
    title?: string | number | null;
    body?: string | null;
    state?: "open" | "closed";
    state_reason?: string | null;
    labels?: LabelInput[];
  }>(ctx);
  const now = ctx.world.now();
  if (input.title !== undefined && input.title !== null) issue.title = String(input.title);
  if (input.body !== undefined) issue.body = input.body;
  if (input.state !== undefined && input.state !== issue.state) {
    issue.state = input.state;
    issue.closed_at = input.state === "closed" ? now : null;
    issue.state_reason = input.state === "closed" ? (input.state_reason ?? "completed") : "reopened";
  }
  if (input.labels !== undefined) {
    issue.labels = [];
    addLabels(repo, issue, labelNames({ labels: input.labels }));
  }
  issue.updated_at = now;
  return { status: 200, body: issueJson(repo, issue) };
};

// Issues of a repository (pull requests included, as GitHub does), filtered by state and labels.
const listForRepo: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const state = ctx.query.get("state") ?? "open";
  const labels = (ctx.query.get("labels") ?? "")
    .split(",")
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);
  const issues = [...repo.issues.values()]
    .filter((i) => state === "all" || i.state === state)
    .filter((i) => labels.every((l) => i.labels.includes(l)))
    .sort((a, b) => b.number - a.number);
  const page = paginate(ctx, issues);
  return { status: 200, body: page.items.map((i) => issueJson(repo, i)), headers: page.headers };
};

const createIssue: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const input = bodyOf<{ title?: string; body?: string | null; labels?: LabelInput[] }>(ctx);
  if (!input.title) throw validationFailed({ resource: "Issue", field: "title", code: "missing_field" });
  const issue = repo.newIssue({
    title: String(input.title),
    body: input.body ?? null,
    user: ctx.actor,
    labels: labelNames(input.labels ?? []),
  });
  return { status: 201, body: issueJson(repo, issue) };
};

const listComments: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo);
  const since = ctx.query.get("since");
  const comments = issue.commentIds
    .map((id) => repo.comments.get(id)!)
    .filter((c) => !since || Date.parse(c.updated_at) >= Date.parse(since));
  const page = paginate(ctx, comments);
  return { status: 200, body: page.items.map((c) => commentJson(repo, c)), headers: page.headers };
};

const createComment: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo);
  const { body } = bodyOf<{ body: string }>(ctx);
  const comment = repo.addComment(issue, body, ctx.actor);
  const json = commentJson(repo, comment);
  return { status: 201, body: json, headers: { location: String(json.url) } };
};

const getComment: Handler = (ctx) => {
  const repo = repoOf(ctx);
  return { status: 200, body: commentJson(repo, repo.comments.get(commentOf(ctx, repo))!) };
};

const updateComment: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const comment = repo.comments.get(commentOf(ctx, repo))!;
  comment.body = bodyOf<{ body: string }>(ctx).body;
  comment.updated_at = ctx.world.now();
  return { status: 200, body: commentJson(repo, comment) };
};

const deleteComment: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const id = commentOf(ctx, repo);
  const comment = repo.comments.get(id)!;
  const issue = repo.issues.get(comment.issueNumber)!;
  issue.commentIds = issue.commentIds.filter((c) => c !== id);
  repo.comments.delete(id);
  return { status: 204 };
};

const listLabelsOnIssue: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const page = paginate(ctx, issueLabelsJson(repo, issueOf(ctx, repo)));
  return { status: 200, body: page.items, headers: page.headers };
};

const addLabelsHandler: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo);
  addLabels(repo, issue, labelNames(ctx.body));
  issue.updated_at = ctx.world.now();
  return { status: 200, body: issueLabelsJson(repo, issue) };
};

const setLabels: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo);
  issue.labels = [];
  addLabels(repo, issue, labelNames(ctx.body));
  issue.updated_at = ctx.world.now();
  return { status: 200, body: issueLabelsJson(repo, issue) };
};

const removeLabel: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo);
  const key = (ctx.params.name ?? "").toLowerCase();
  if (!issue.labels.includes(key)) throw new HttpError(404, "Label does not exist");
  issue.labels = issue.labels.filter((l) => l !== key);
  issue.updated_at = ctx.world.now();
  return { status: 200, body: issueLabelsJson(repo, issue) };
};

const removeAllLabels: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo);
  issue.labels = [];
  issue.updated_at = ctx.world.now();
  return { status: 204 };
};

const listLabelsForRepo: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const labels = [...repo.labels.values()].map((l) => labelJson(repo, l));
  const page = paginate(ctx, labels);
  return { status: 200, body: page.items, headers: page.headers };
};

function checkColor(color: string | undefined): void {
  if (color !== undefined && !/^[0-9a-fA-F]{6}$/.test(color)) {
    throw validationFailed({ resource: "Label", code: "invalid", field: "color" });
  }
}

const createLabel: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const input = bodyOf<{ name: string; color?: string; description?: string }>(ctx);
  checkColor(input.color);
  if (repo.labels.has(input.name.toLowerCase())) {
    throw validationFailed({ resource: "Label", code: "already_exists", field: "name" });
  }
  const label = repo.ensureLabel(input.name);
  if (input.color !== undefined) label.color = input.color.toLowerCase();
  if (input.description !== undefined) label.description = input.description;
  const json = labelJson(repo, label);
  return { status: 201, body: json, headers: { location: String(json.url) } };
};

const getLabel: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const label = repo.labels.get((ctx.params.name ?? "").toLowerCase());
  if (!label) throw notFound();
  return { status: 200, body: labelJson(repo, label) };
};

const updateLabel: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const key = (ctx.params.name ?? "").toLowerCase();
  const label = repo.labels.get(key);
  if (!label) throw notFound();
  const input = bodyOf<{ new_name?: string; color?: string; description?: string }>(ctx);
  checkColor(input.color);
  if (input.new_name !== undefined && input.new_name.toLowerCase() !== key) {
    const newKey = input.new_name.toLowerCase();
    if (repo.labels.has(newKey))
      throw validationFailed({ resource: "Label", code: "already_exists", field: "name" });
    repo.labels.delete(key);
    repo.labels.set(newKey, label);
    for (const issue of repo.issues.values())
      issue.labels = issue.labels.map((l) => (l === key ? newKey : l));
  }
  if (input.new_name !== undefined) label.name = input.new_name;
  if (input.color !== undefined) label.color = input.color.toLowerCase();
  if (input.description !== undefined) label.description = input.description;
  return { status: 200, body: labelJson(repo, label) };
};

const deleteLabel: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const key = (ctx.params.name ?? "").toLowerCase();
  if (!repo.labels.delete(key)) throw notFound();
  for (const issue of repo.issues.values()) issue.labels = issue.labels.filter((l) => l !== key);
  return { status: 204 };
};

// Reactions on an issue comment: one per user and content (GitHub answers 200 for a repeat).
const createReaction: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const comment = repo.comments.get(commentOf(ctx, repo))!;
  const { content } = bodyOf<{ content: string }>(ctx);
  const existing = comment.reactions.find((r) => r.content === content && r.user.login === ctx.actor.login);
  const reaction = existing ?? { id: ctx.world.nextId(), content, user: ctx.actor };
  if (!existing) comment.reactions.push(reaction);
  return {
    status: existing ? 200 : 201,
    body: {
      id: reaction.id,
      node_id: `REA_${reaction.id}`,
      user: userJson(repo.world, reaction.user),
      content: reaction.content,
      created_at: ctx.world.now(),
    },
  };
};

export const issueHandlers: Record<string, Handler> = {
  "reactions/create-for-issue-comment": createReaction,
  "issues/list-for-repo": listForRepo,
  "issues/create": createIssue,
  "issues/get": getIssue,
  "issues/update": updateIssue,
  "issues/list-comments": listComments,
  "issues/create-comment": createComment,
  "issues/get-comment": getComment,
  "issues/update-comment": updateComment,
  "issues/delete-comment": deleteComment,
  "issues/list-labels-on-issue": listLabelsOnIssue,
  "issues/add-labels": addLabelsHandler,
  "issues/set-labels": setLabels,
  "issues/remove-label": removeLabel,
  "issues/remove-all-labels": removeAllLabels,
  "issues/list-labels-for-repo": listLabelsForRepo,
  "issues/create-label": createLabel,
  "issues/get-label": getLabel,
  "issues/update-label": updateLabel,
  "issues/delete-label": deleteLabel,
};
