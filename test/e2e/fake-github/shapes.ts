// JSON shapes of GitHub REST responses, with the fields the OpenAPI description marks required
// filled in where that is cheap.

import type { Actor, CommentRecord, IssueRecord, LabelRecord, RepoRecord, World } from "./state.js";

function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${kind}:${id}`).toString("base64").replace(/=+$/, "");
}

export function userJson(world: World, actor: Actor): Record<string, unknown> {
  const id = world.userId(actor.login);
  const api = `${world.apiUrl}/users/${encodeURIComponent(actor.login)}`;
  const html =
    actor.type === "Bot"
      ? `https://github.com/apps/${actor.login.replace(/\[bot\]$/, "")}`
      : `https://github.com/${actor.login}`;
  return {
    login: actor.login,
    id,
    node_id: nodeId(actor.type, id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: "",
    url: api,
    html_url: html,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: actor.type,
    user_view_type: "public",
    site_admin: false,
  };
}

export function repoJson(repo: RepoRecord, permissions?: Record<string, boolean>): Record<string, unknown> {
  const api = repo.apiUrl;
  const created = "2024-01-01T00:00:00Z";
  return {
    id: repo.id,
    node_id: nodeId("Repository", repo.id),
    name: repo.name,
    full_name: repo.fullName,
    private: true,
    owner: { ...userJson(repo.world, { login: repo.owner, type: "User" }), type: "Organization" },
    html_url: repo.htmlUrl,
    description: null,
    fork: false,
    url: api,
    git_refs_url: `${api}/git/refs{/sha}`,
    pulls_url: `${api}/pulls{/number}`,
    issues_url: `${api}/issues{/number}`,
    labels_url: `${api}/labels{/name}`,
    clone_url: `${repo.htmlUrl}.git`,
    git_url: `git://github.com/${repo.fullName}.git`,
    ssh_url: `git@github.com:${repo.fullName}.git`,
    created_at: created,
    updated_at: created,
    pushed_at: created,
    homepage: null,
    size: 0,
    stargazers_count: 0,
    watchers_count: 0,
    language: null,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    archived: false,
    disabled: false,
    visibility: "private",
    forks_count: 0,
    open_issues_count: [...repo.issues.values()].filter((i) => i.state === "open").length,
    forks: 0,
    open_issues: [...repo.issues.values()].filter((i) => i.state === "open").length,
    watchers: 0,
    default_branch: repo.defaultBranch,
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_rebase_merge: true,
    delete_branch_on_merge: false,
    network_count: 0,
    subscribers_count: 0,
    ...(permissions ? { permissions } : {}),
  };
}

export function labelJson(repo: RepoRecord, label: LabelRecord): Record<string, unknown> {
  return {
    id: label.id,
    node_id: nodeId("Label", label.id),
    url: `${repo.apiUrl}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: false,
  };
}

export function issueLabelsJson(repo: RepoRecord, issue: IssueRecord): Record<string, unknown>[] {
  return issue.labels
    .map((key) => repo.labels.get(key))
    .filter((l): l is LabelRecord => l !== undefined)
    .map((l) => labelJson(repo, l));
}

function issueHtmlUrl(repo: RepoRecord, issue: IssueRecord): string {
  return `${repo.htmlUrl}/${issue.pull ? "pull" : "issues"}/${issue.number}`;
}

export function commentJson(repo: RepoRecord, comment: CommentRecord): Record<string, unknown> {
  const issue = repo.issues.get(comment.issueNumber)!;
  return {
    id: comment.id,
    node_id: nodeId("IssueComment", comment.id),
    url: `${repo.apiUrl}/issues/comments/${comment.id}`,
    html_url: `${issueHtmlUrl(repo, issue)}#issuecomment-${comment.id}`,
    issue_url: `${repo.apiUrl}/issues/${issue.number}`,
    body: comment.body,
    user: userJson(repo.world, comment.user),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    author_association: comment.user.type === "Bot" ? "NONE" : "MEMBER",
    performed_via_github_app: null,
  };
}

export function issueJson(repo: RepoRecord, issue: IssueRecord): Record<string, unknown> {
  const api = `${repo.apiUrl}/issues/${issue.number}`;
  const json: Record<string, unknown> = {
    id: issue.id,
    node_id: nodeId(issue.pull ? "PullRequest" : "Issue", issue.id),
    url: api,
    repository_url: repo.apiUrl,
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: issueHtmlUrl(repo, issue),
    number: issue.number,
    state: issue.state,
    state_reason: issue.state_reason ?? (issue.state === "closed" ? "completed" : null),
    title: issue.title,
    body: issue.body,
    user: userJson(repo.world, issue.user),
    labels: issueLabelsJson(repo, issue),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: issue.commentIds.length,
    closed_at: issue.closed_at,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    author_association: issue.user.type === "Bot" ? "NONE" : "MEMBER",
  };
  if (issue.pull) {
    json.pull_request = {
      url: `${repo.apiUrl}/pulls/${issue.number}`,
      html_url: `${repo.htmlUrl}/pull/${issue.number}`,
      diff_url: `${repo.htmlUrl}/pull/${issue.number}.diff`,
      patch_url: `${repo.htmlUrl}/pull/${issue.number}.patch`,
      merged_at: null,
    };
    json.draft = issue.pull.draft;
  }
  return json;
}

/** A fork of `repo` owned by someone else, as a pull request's `head.repo`. */
function forkJson(repo: RepoRecord, fork: { owner: string; name: string }): Record<string, unknown> {
  const base = repoJson(repo);
  const fullName = `${fork.owner}/${fork.name}`;
  const api = `${repo.world.apiUrl}/repos/${fullName}`;
  return {
    ...base,
    id: repo.world.userId(`repo:${fullName}`),
    node_id: nodeId("Repository", fullName),
    name: fork.name,
    full_name: fullName,
    owner: userJson(repo.world, { login: fork.owner, type: "User" }),
    html_url: `https://github.com/${fullName}`,
    url: api,
    git_refs_url: `${api}/git/refs{/sha}`,
    pulls_url: `${api}/pulls{/number}`,
    issues_url: `${api}/issues{/number}`,
    labels_url: `${api}/labels{/name}`,
    clone_url: `https://github.com/${fullName}.git`,
    git_url: `git://github.com/${fullName}.git`,
    ssh_url: `git@github.com:${fullName}.git`,
    private: false,
    visibility: "public",
    fork: true,
    open_issues_count: 0,
    open_issues: 0,
  };
}

/** The head sha follows the branch while it exists, like GitHub's. */
export function refreshPullHead(repo: RepoRecord, issue: IssueRecord): void {
  // A fork's branch is not this repository's branch of the same name.
  if (!issue.pull || issue.pull.headRepo) return;
  const sha = repo.branch(issue.pull.headRef);
  if (sha) issue.pull.headSha = sha;
}

export function pullJson(repo: RepoRecord, issue: IssueRecord): Record<string, unknown> {
  const pull = issue.pull!;
  refreshPullHead(repo, issue);
  const api = `${repo.apiUrl}/pulls/${issue.number}`;
  const html = `${repo.htmlUrl}/pull/${issue.number}`;
  const owner = userJson(repo.world, { login: repo.owner, type: "User" });
  const side = (ref: string, sha: string): Record<string, unknown> => ({
    label: `${repo.owner}:${ref}`,
    ref,
    sha,
    user: owner,
    repo: repoJson(repo),
  });
  const fork = pull.headRepo;
  const headSide = fork
    ? {
        label: `${fork.owner}:${pull.headRef}`,
        ref: pull.headRef,
        sha: pull.headSha,
        user: userJson(repo.world, { login: fork.owner, type: "User" }),
        repo: forkJson(repo, fork),
      }
    : side(pull.headRef, pull.headSha);
  return {
    url: api,
    id: issue.id,
    node_id: nodeId("PullRequest", issue.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${repo.apiUrl}/issues/${issue.number}`,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repo.apiUrl}/pulls/comments{/number}`,
    comments_url: `${repo.apiUrl}/issues/${issue.number}/comments`,
    statuses_url: `${repo.apiUrl}/statuses/${pull.headSha}`,
    number: issue.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: userJson(repo.world, issue.user),
    body: issue.body,
    labels: issueLabelsJson(repo, issue),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    merged_at: pull.merge?.at ?? null,
    merge_commit_sha: pull.merge?.commit ?? null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: headSide,
    base: side(pull.baseRef, repo.branch(pull.baseRef) ?? ""),
    _links: {
      self: { href: api },
      html: { href: html },
      issue: { href: `${repo.apiUrl}/issues/${issue.number}` },
      comments: { href: `${repo.apiUrl}/issues/${issue.number}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${repo.apiUrl}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: `${repo.apiUrl}/statuses/${pull.headSha}` },
    },
    author_association: issue.user.type === "Bot" ? "NONE" : "MEMBER",
    auto_merge: null,
    draft: pull.draft,
    merged: pull.merged,
    mergeable: null,
    rebaseable: null,
    mergeable_state: "unknown",
    merged_by: pull.merge ? userJson(repo.world, pull.merge.by) : null,
    comments: issue.commentIds.length,
    review_comments: 0,
    maintainer_can_modify: pull.maintainerCanModify,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}
