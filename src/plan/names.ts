// Branch names of the pull requests a plan opens: how publishing finds a step again on a rerun.
import { MARKER } from "../link/names.js";

/** The branch of one step: stable across reruns, whatever steps are already merged. */
export function stepBranch(linkId: string, stepId: string): string {
  return `${MARKER}/${linkId}/${stepId}`;
}
