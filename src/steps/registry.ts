// The only list of step kinds, in apply order: the planner loops over it, and everything else that
// names a step (publisher, rotation, tests) takes the id from here.

import { argocdStep } from "./argocd.js";
import { clusterAccessStep } from "./cluster-access.js";
import { ROTATE_TOKEN_ID } from "./rotate-token.js";
import { sourceRoleStep } from "./source-role.js";
import { targetRbacStep } from "./target-rbac.js";
import { targetRoleStep } from "./target-role.js";

/** The steps of a link, in apply order (each one's resources exist before the next needs them). */
export const LINK_STEPS = [
  sourceRoleStep,
  targetRoleStep,
  targetRbacStep,
  clusterAccessStep,
  argocdStep,
] as const;

export type LinkStepId = (typeof LINK_STEPS)[number]["id"];
export type StepId = LinkStepId | typeof ROTATE_TOKEN_ID;

/** The link steps' ids in apply order; typed as strings so ids read back from branches can be tested. */
export const LINK_STEP_IDS: readonly string[] = LINK_STEPS.map((step) => step.id);

/** The steps of an unlink: each link step reversed, in reverse apply order (ArgoCD lets go first). */
export const UNLINK_STEP_IDS = [
  "unlink-argocd",
  "unlink-cluster-access",
  "unlink-target-rbac",
  "unlink-target-role",
  "unlink-source-role",
] as const satisfies readonly `unlink-${LinkStepId}`[];

export type UnlinkStepId = (typeof UNLINK_STEP_IDS)[number];

/** Every step id by name, for code and tests that refer to one step. */
export const STEP_ID = {
  sourceRole: sourceRoleStep.id,
  targetRole: targetRoleStep.id,
  targetRbac: targetRbacStep.id,
  clusterAccess: clusterAccessStep.id,
  argocd: argocdStep.id,
  rotateToken: ROTATE_TOKEN_ID,
} as const satisfies Record<string, StepId>;
