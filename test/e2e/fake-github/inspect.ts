// Read-only snapshots of a repository's state for assertions in tests.

import type { GitIdentity } from "./git-store.js";
import type { Actor, IssueRecord, RepoRecord } from "./state.js";

export interface FakeCommit {
  sha: string;
  message: string;
  tree: string;
  parents: string[];
  author: GitIdentity;
  committer: GitIdentity;
  /** GitHub-signed ("verified") — set for commits created through the API with the bot token. */
  verified: boolean;
}

export interface FakeComment {
  id: number;
  body: string;
  user: string;
  userType: "Bot" | "User";
  /** Reactions as `content` by `user`. */
  reactions: { content: string; user: string }[];
  created_at: string;
  updated_at: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  stateReason: string | null;
  user: string;
  labels: string[];
  comments: FakeComment[];
}

export interface FakePull extends FakeIssue {
  head: string;
  headSha: string;
  base: string;
  draft: boolean;
  merged: boolean;
  /** `owner/name` of the fork the head branch is in; undefined for the repository's own branches. */
  headRepo?: string;
}

export interface FakeLabel {
  name: string;
  color: string;
  description: string | null;
}

export interface FakeRepoState {
  readonly owner: string;
  readonly name: string;
  readonly id: number;
  readonly defaultBranch: string;
  /** Branch name → commit sha. */
  branches(): Record<string, string>;
  /** Full ref name → sha, every ref. */
  refs(): Record<string, string>;
  /** A text file at a branch, full ref, or commit sha; undefined when missing. */
  readFile(ref: string, path: string): string | undefined;
  /** Every file (path → text) at a branch, ref or commit sha. */
  files(ref: string): Record<string, string>;
  commit(sha: string): FakeCommit | undefined;
  /** First-parent history from a branch/ref/sha, newest first. */
  log(ref: string): FakeCommit[];
  readonly pulls: FakePull[];
  /** Issues that are not pull requests. */
  readonly issues: FakeIssue[];
  /** Comments on an issue or pull request. */
  comments(number: number): FakeComment[];
  readonly labels: FakeLabel[];
}

function commentsOf(repo: RepoRecord, issue: IssueRecord): FakeComment[] {
  return issue.commentIds.map((id) => {
    const c = repo.comments.get(id)!;
    return {
      id: c.id,
      body: c.body,
      user: c.user.login,
      userType: c.user.type,
      reactions: c.reactions.map((r) => ({ content: r.content, user: r.user.login })),
      created_at: c.created_at,
      updated_at: c.updated_at,
    };
  });
}

function issueView(repo: RepoRecord, issue: IssueRecord): FakeIssue {
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    stateReason: issue.state_reason ?? null,
    user: issue.user.login,
    labels: issue.labels.map((k) => repo.labels.get(k)?.name ?? k),
    comments: commentsOf(repo, issue),
  };
}

export function repoView(repo: RepoRecord): FakeRepoState {
  const treeAt = (ref: string): string | undefined => {
    const sha = repo.resolveCommitish(ref);
    return sha ? repo.git.commit(sha)?.tree : undefined;
  };
  const commit = (sha: string): FakeCommit | undefined => {
    const c = repo.git.commit(sha);
    return c ? { sha, ...structuredClone(c) } : undefined;
  };
  return {
    owner: repo.owner,
    name: repo.name,
    id: repo.id,
    defaultBranch: repo.defaultBranch,
    branches: () =>
      Object.fromEntries(
        [...repo.refs]
          .filter(([name]) => name.startsWith("refs/heads/"))
          .map(([name, sha]) => [name.slice("refs/heads/".length), sha]),
      ),
    refs: () => Object.fromEntries(repo.refs),
    readFile: (ref, path) => {
      const tree = treeAt(ref);
      const entry = tree ? repo.git.lookup(tree, path) : undefined;
      return entry?.type === "blob" ? repo.git.blob(entry.sha)?.toString("utf8") : undefined;
    },
    files: (ref) => {
      const tree = treeAt(ref);
      if (!tree) return {};
      return Object.fromEntries(
        repo.git
          .list(tree, true)
          .filter((e) => e.type === "blob")
          .map((e) => [e.path, repo.git.blob(e.sha)!.toString("utf8")]),
      );
    },
    commit,
    log: (ref) => {
      const out: FakeCommit[] = [];
      let sha = repo.resolveCommitish(ref);
      while (sha) {
        const c = commit(sha);
        if (!c) break;
        out.push(c);
        sha = c.parents[0];
      }
      return out;
    },
    get pulls(): FakePull[] {
      return [...repo.issues.values()]
        .filter((i) => i.pull)
        .map((i) => {
          const p = i.pull!;
          return {
            ...issueView(repo, i),
            head: p.headRef,
            headSha: p.headRepo ? p.headSha : (repo.branch(p.headRef) ?? p.headSha),
            base: p.baseRef,
            draft: p.draft,
            merged: p.merged,
            ...(p.headRepo ? { headRepo: `${p.headRepo.owner}/${p.headRepo.name}` } : {}),
          };
        });
    },
    get issues(): FakeIssue[] {
      return [...repo.issues.values()].filter((i) => !i.pull).map((i) => issueView(repo, i));
    },
    comments: (number) => {
      const issue = repo.issues.get(number);
      return issue ? commentsOf(repo, issue) : [];
    },
    get labels(): FakeLabel[] {
      return [...repo.labels.values()].map((l) => ({
        name: l.name,
        color: l.color,
        description: l.description,
      }));
    },
  };
}

export function humanActor(login: string): Actor {
  return { login, type: login.endsWith("[bot]") ? "Bot" : "User" };
}
