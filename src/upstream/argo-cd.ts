// Facts about ArgoCD itself (github.com/argoproj/argo-cd), by ArgoCD version. Facts and lookups only.
import { atLeast, parseVersion } from "../core/versions.js";

export const ARGO_CD_REPOSITORY = "argoproj/argo-cd";

/** An argocd-cm setting and the first ArgoCD version that reads it. */
export interface ArgoCdSetting {
  key: string;
  since: string;
  /** File and tag the fact was read from. */
  source: string;
  /** Allowed values and what each does. */
  values: Readonly<Record<string, string>>;
  /** What happens when the key is absent or empty. */
  unset: string;
}

/**
 * argocd-cm `resource.respectRBAC`: absent before v2.9.0 (util/settings/settings.go at v2.8.0 has no
 * such key); at v2.9.0 (commit 9cf0c69bbe70393db40e5755e34715f30179ee09) settings.go defines it,
 * controller/cache/cache.go passes it to the cluster cache, and
 * docs/operator-manual/declarative-setup.md ("Auto respect RBAC for controller") documents the
 * modes. Still the same two values at v3.5.1. Any other value is an error when the controller reads it.
 */
export const RESPECT_RBAC: ArgoCdSetting = {
  key: "resource.respectRBAC",
  since: "v2.9.0",
  source: "argoproj/argo-cd util/settings/settings.go, docs/operator-manual/declarative-setup.md @ v2.9.0",
  values: {
    normal:
      "a list that answers Forbidden/Unauthorized makes the controller skip that resource kind; no extra API calls",
    strict:
      "on a Forbidden/Unauthorized list the controller also asks a SelfSubjectAccessReview for `list` before " +
      "skipping the kind (more API calls, more accurate); the controller needs RBAC to create " +
      "SelfSubjectAccessReviews",
  },
  unset:
    "disabled: the controller watches every resource kind, and a forbidden list fails the cluster's cache",
};

/** Every argocd-cm setting recorded here, by key. */
export const ARGO_CD_SETTINGS: Readonly<Record<string, ArgoCdSetting>> = { [RESPECT_RBAC.key]: RESPECT_RBAC };

export type SettingLookup = { known: true; supported: boolean } | { known: false; reason: string };

/** Whether an ArgoCD version (e.g. "v2.10.4", from the chart's appVersion) reads an argocd-cm key. */
export function argoCdReadsSetting(argoCdVersion: string, key: string): SettingLookup {
  const setting = ARGO_CD_SETTINGS[key];
  if (!setting) {
    return {
      known: false,
      reason: `no facts about argocd-cm key ${JSON.stringify(key)}; known: ${Object.keys(ARGO_CD_SETTINGS).join(", ")}`,
    };
  }
  if (!parseVersion(argoCdVersion)) {
    return {
      known: false,
      reason: `not an ArgoCD version: ${JSON.stringify(argoCdVersion)} (expected vX.Y.Z)`,
    };
  }
  return { known: true, supported: atLeast(argoCdVersion, setting.since) };
}
