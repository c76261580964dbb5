// Repository metadata and collaborator permissions.

import type { Permission } from "../state.js";
import { repoJson, userJson } from "../shapes.js";
import { repoOf, type Handler } from "../http.js";

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

export const repoHandlers: Record<string, Handler> = {
  "repos/get": getRepo,
  "repos/get-collaborator-permission-level": getCollaboratorPermission,
};
