// Who may ask: a user's permission on a repository.

import type { GitHub } from "./client.js";
import type { RepoRef } from "./repositories.js";

const ROLES = ["admin", "maintain", "write", "triage", "read"];

/** `admin`, `maintain`, `write`, `triage`, `read` or `none` (also for an unknown or empty login). */
export async function permissionOf(github: GitHub, ref: RepoRef, username: string): Promise<string> {
  if (!username) return "none";
  try {
    const { data } = await github.rest.repos.getCollaboratorPermissionLevel({ ...ref, username });
    // `permission` maps maintain to write and triage to read; role_name keeps them.
    const role = (data as { role_name?: string }).role_name;
    return role && ROLES.includes(role) ? role : data.permission;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return "none";
    throw error;
  }
}
