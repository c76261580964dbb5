// The fake's mutable world: repositories (git objects, refs, issues, pull requests, comments,
// labels), users and the clock. Handlers and the test-facing API both work on these records.

import { GitStore, type GitIdentity } from "./git-store.js";

export type Permission = "admin" | "maintain" | "write" | "triage" | "read" | "none";

/** Who is calling: the app/bot token, or a human user's token. */
export interface Actor {
  login: string;
  type: "Bot" | "User";
}

export const BOT_LOGIN = "github-actions[bot]";
export const BOT_IDENTITY = {
  name: BOT_LOGIN,
  email: "41898282+github-actions[bot]@users.noreply.github.com",
};
export const HUMAN_LOGIN = "octo-human";
export const SEED_DATE = "2024-01-01T00:00:00Z";

export interface ReactionRecord {
  id: number;
  content: string;
  user: Actor;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: Actor;
  reactions: ReactionRecord[];
  created_at: string;
  updated_at: string;
}

export interface PullRecord {
  headRef: string;
  /** Last known head sha (kept when the branch is deleted). */
  headSha: string;
  baseRef: string;
  draft: boolean;
  maintainerCanModify: boolean;
  merged: boolean;
  /** Set when merged: who, when, and the merge commit on the base branch. */
  merge?: { by: Actor; at: string; commit: string };
  /**
   * For a pull request from a fork: the fork, whose branch `headRef` is. Its head commit lives in
   * this repository's object store (as GitHub keeps it under refs/pull/N/head), not on a branch.
   */
  headRepo?: { owner: string; name: string };
}

export interface IssueRecord {
  number: number;
  id: number;
  title: string;
  body: string | null;
  user: Actor;
  /** Lower-case keys into the repository's labels. */
  labels: string[];
  state: "open" | "closed";
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** Why it was closed (`completed`, `not_planned`), as PATCH state_reason sets it. */
  state_reason?: string | null;
  commentIds: number[];
  pull?: PullRecord;
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export class RepoRecord {
  readonly git = new GitStore();
  /** Full ref name ("refs/heads/main") → object sha. */
  readonly refs = new Map<string, string>();
  readonly issues = new Map<number, IssueRecord>();
  readonly comments = new Map<number, CommentRecord>();
  /** Lower-case name → label. */
  readonly labels = new Map<string, LabelRecord>();
  nextNumber = 1;

  constructor(
    readonly world: World,
    readonly id: number,
    readonly owner: string,
    readonly name: string,
    readonly defaultBranch: string,
  ) {}

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  get htmlUrl(): string {
    return `https://github.com/${this.owner}/${this.name}`;
  }

  get apiUrl(): string {
    return `${this.world.apiUrl}/repos/${this.owner}/${this.name}`;
  }

  branch(name: string): string | undefined {
    return this.refs.get(`refs/heads/${name}`);
  }

  /** A commit sha from a branch name, "heads/x", "refs/heads/x", a tag or a sha. */
  resolveCommitish(ref: string): string | undefined {
    for (const candidate of [ref, `refs/${ref}`, `refs/heads/${ref}`, `refs/tags/${ref}`]) {
      const sha = this.refs.get(candidate);
      if (sha) return sha;
    }
    return /^[0-9a-f]{40}$/.test(ref) && this.git.has(ref) ? ref : undefined;
  }

  /** Commits a change of text files (null deletes) on top of a branch and moves the branch. */
  commitFiles(
    branch: string,
    files: Record<string, string | null>,
    message: string,
    who: { name: string; email: string },
    date: string,
  ): string {
    const parent = this.branch(branch) ?? this.branch(this.defaultBranch);
    const parentCommit = parent ? this.git.commit(parent) : undefined;
    const tree = this.git.writeFiles(parentCommit?.tree, files);
    const identity: GitIdentity = { ...who, date };
    const sha = this.git.putCommit({
      tree,
      parents: parent ? [parent] : [],
      author: identity,
      committer: identity,
      message,
    });
    this.refs.set(`refs/heads/${branch}`, sha);
    return sha;
  }

  /** The label record for a name, created with GitHub's default colour when missing. */
  ensureLabel(name: string): LabelRecord {
    const key = name.toLowerCase();
    let label = this.labels.get(key);
    if (!label) {
      label = { id: this.world.nextId(), name, color: "ededed", description: null };
      this.labels.set(key, label);
    }
    return label;
  }

  newIssue(fields: { title: string; body: string | null; user: Actor; labels?: string[] }): IssueRecord {
    const now = this.world.now();
    const issue: IssueRecord = {
      number: this.nextNumber++,
      id: this.world.nextId(),
      title: fields.title,
      body: fields.body,
      user: fields.user,
      labels: [],
      state: "open",
      created_at: now,
      updated_at: now,
      closed_at: null,
      commentIds: [],
    };
    for (const l of fields.labels ?? []) {
      const key = this.ensureLabel(l).name.toLowerCase();
      if (!issue.labels.includes(key)) issue.labels.push(key);
    }
    this.issues.set(issue.number, issue);
    return issue;
  }

  addComment(issue: IssueRecord, body: string, user: Actor): CommentRecord {
    const now = this.world.now();
    const comment: CommentRecord = {
      id: this.world.nextId(),
      issueNumber: issue.number,
      body,
      user,
      reactions: [],
      created_at: now,
      updated_at: now,
    };
    this.comments.set(comment.id, comment);
    issue.commentIds.push(comment.id);
    issue.updated_at = now;
    return comment;
  }
}

export class World {
  apiUrl = "";
  /** Archive downloads handed out by the tarball endpoint: one-time token → what to serve. */
  readonly archiveLinks = new Map<string, { repo: RepoRecord; commit: string }>();
  private readonly repos = new Map<string, RepoRecord>();
  private readonly userIds = new Map<string, number>([[BOT_LOGIN, 41898282]]);
  private idCounter = 1_000_000;

  constructor(
    readonly permissions: Map<string, Permission>,
    private readonly clock: () => Date,
  ) {}

  /** Current time as GitHub prints it: ISO 8601 to the second, UTC. */
  now(): string {
    return this.clock()
      .toISOString()
      .replace(/\.\d{3}Z$/, "Z");
  }

  nextId(): number {
    return ++this.idCounter;
  }

  userId(login: string): number {
    let id = this.userIds.get(login);
    if (id === undefined) {
      id = 5_000 + this.userIds.size;
      this.userIds.set(login, id);
    }
    return id;
  }

  addRepo(repo: RepoRecord): void {
    this.repos.set(`${repo.owner}/${repo.name}`.toLowerCase(), repo);
  }

  /** Owner and repository names are case-insensitive on GitHub. */
  findRepo(owner: string, name: string): RepoRecord | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }
}
