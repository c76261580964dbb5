// Repository metadata and collaborator permissions.

import { randomBytes } from "node:crypto";
import type { Permission } from "../state.js";
import { repoJson, userJson } from "../shapes.js";
import { notFound, repoOf, type Handler } from "../http.js";

/** The legacy `permission` field folds maintain into write and triage into read. */
const LEGACY: Record<Permission, string> = {
  admin: "admin",
  maintain: "write",
  write: "write",
  triage: "read",
  read: "read",
  none: "none",
};

const getRepo: Handler = (ctx) => {
  const repo = repoOf(ctx);
  // What an Actions/app installation token with contents+pull-requests write typically sees.
  const permissions = { admin: false, maintain: false, push: true, triage: true, pull: true };
  return { status: 200, body: repoJson(repo, permissions) };
};

const getCollaboratorPermission: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const username = ctx.params.username ?? "";
  // Real GitHub answers 404 "is not a user"/non-collaborator for some accounts and setups; the
  // fake always answers 200, with permission "none" for anyone not in `opts.permissions`.
  const permission = ctx.world.permissions.get(username.toLowerCase()) ?? "none";
  const user = userJson(repo.world, { login: username, type: "User" });
  return {
    status: 200,
    body: {
      permission: LEGACY[permission],
      role_name: permission,
      user: {
        ...user,
        permissions: {
          admin: permission === "admin",
          maintain: permission === "admin" || permission === "maintain",
          push: ["admin", "maintain", "write"].includes(permission),
          triage: permission !== "read" && permission !== "none",
          pull: permission !== "none",
        },
        role_name: permission,
      },
    },
  };
};

/** GET /repos/{owner}/{repo}/branches/{branch}: the tip commit (with its tree) and protection. */
const getBranch: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const name = ctx.params.branch ?? "";
  const sha = repo.branch(name);
  if (!sha) throw notFound();
  const c = repo.git.commit(sha)!;
  const person = (who: { name: string; email: string; date: string }) => ({ ...who });
  return {
    status: 200,
    body: {
      name,
      commit: {
        sha,
        node_id: Buffer.from(`Commit:${repo.id}:${sha}`).toString("base64"),
        commit: {
          author: person(c.author),
          committer: person(c.committer),
          message: c.message,
          tree: { sha: c.tree, url: `${repo.apiUrl}/git/trees/${c.tree}` },
          url: `${repo.apiUrl}/git/commits/${sha}`,
          comment_count: 0,
          verification: c.verified
            ? {
                verified: true,
                reason: "valid",
                signature: null,
                payload: null,
                verified_at: c.committer.date,
              }
            : { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
        },
        url: `${repo.apiUrl}/commits/${sha}`,
        html_url: `${repo.htmlUrl}/commit/${sha}`,
        comments_url: `${repo.apiUrl}/commits/${sha}/comments`,
        author: null,
        committer: null,
        parents: c.parents.map((p) => ({
          sha: p,
          url: `${repo.apiUrl}/commits/${p}`,
          html_url: `${repo.htmlUrl}/commit/${p}`,
        })),
      },
      _links: { self: `${repo.apiUrl}/branches/${name}`, html: `${repo.htmlUrl}/tree/${name}` },
      protected: false,
      protection: {
        enabled: false,
        required_status_checks: { enforcement_level: "off", contexts: [], checks: [] },
      },
      protection_url: `${repo.apiUrl}/branches/${name}/protection`,
    },
  };
};

/**
 * GET /repos/{owner}/{repo}/tarball/{ref}: like GitHub, a 302 to the archive host (here a path of
 * the fake, served by FakeGitHub with a one-time token in the query, as codeload's links carry).
 */
const downloadTarball: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const commit = repo.resolveCommitish(ctx.params.ref ?? "");
  if (!commit || repo.git.get(commit)?.type !== "commit") throw notFound();
  const token = randomBytes(12).toString("hex");
  ctx.world.archiveLinks.set(token, { repo, commit });
  return {
    status: 302,
    headers: {
      location: `${ctx.world.apiUrl}/_codeload/${repo.owner}/${repo.name}/legacy.tar.gz/${commit}?token=${token}`,
    },
  };
};

export const repoHandlers: Record<string, Handler> = {
  "repos/get": getRepo,
  "repos/get-branch": getBranch,
  "repos/download-tarball-archive": downloadTarball,
  "repos/get-collaborator-permission-level": getCollaboratorPermission,
};
