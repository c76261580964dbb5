// Token rotation for bearer-token links: the token secret's generate_name carries a generation
// (`argocd-link-<name>-g<N>-`), and a new generate_name makes the provider replace the secret, so
// a rotation is one step per link that raises the number. After it is applied in the target
// layer, the ArgoCD layer is applied to read the new token from remote state.

import { code } from "../core/markdown.js";
import { quote } from "../hcl/write.js";
import { basename, dirname } from "../layout/tree.js";
import type { RepoReader } from "../repo/reader.js";
import { ROTATE_TOKEN_ID, rotateTokenTitle } from "../steps/rotate-token.js";
import { tokenGeneration } from "../steps/target-rbac.js";
import { MARKER } from "./names.js";
import type { Step } from "./types.js";

/** Kept here for callers of the rotation; it now lives with the RBAC file that holds the generation. */
export { tokenGeneration };

export interface Rotation {
  linkId: string;
  step: Step;
}

const LINK_FILE = /^argocd_link_[a-z0-9_]+\.tf$/;

/** One rotation step for every bearer-token link in the repository. */
export async function planRotations(repo: RepoReader): Promise<Rotation[]> {
  const files = (await repo.listFiles()).filter(
    (f) => LINK_FILE.test(basename(f)) && f.split("/").length > 3,
  );
  const texts = new Map<string, string>();
  for (const path of files) texts.set(path, (await repo.readFile(path)) ?? "");
  const rotations: Rotation[] = [];
  for (const [path, text] of texts) {
    if (!text.includes(MARKER)) continue;
    const generation = tokenGeneration(text, path);
    if (!generation) continue;
    const linkId = /^# argocd-cluster-link: ([a-z0-9-]+)$/m.exec(text)?.[1];
    if (!linkId) continue;
    // The ArgoCD layer reads the token through a remote-state file of the same name.
    const argocdFile = [...texts.entries()].find(
      ([other, body]) =>
        other !== path &&
        basename(other) === basename(path) &&
        body.includes(`data "terraform_remote_state" "argocd-link-${linkId}"`),
    )?.[0];
    const next = generation.value + 1;
    const content =
      text.slice(0, generation.start) + quote(`${generation.prefix}${next}-`) + text.slice(generation.end);
    const layer = dirname(path);
    const account = path.split("/", 1)[0]!;
    const apply = [`cd ${layer} && leverage tf apply`];
    if (argocdFile) apply.push(`cd ${dirname(argocdFile)} && leverage tf apply`);
    const title = rotateTokenTitle(linkId, next);
    const body = [
      `**Link** ${code(linkId)}: a new ServiceAccount token for ArgoCD (generation ${next}).`,
      "",
      "### Why",
      `- A new ${code("generate_name")} (generation ${next}) replaces the token secret: the new one is created first, then the old one is deleted.`,
      argocdFile
        ? `- ArgoCD reads the token through remote state in ${code(dirname(argocdFile))}: apply it right after, or ArgoCD keeps the deleted token until then.`
        : "- No ArgoCD layer reading this token through remote state was found: update ArgoCD's cluster secret by hand.",
      "",
      "### Files",
      `- edited: ${code(path)}`,
      "",
      "### Apply, once merged, in this order",
      "```sh",
      ...apply,
      "```",
    ].join("\n");
    rotations.push({
      linkId,
      step: {
        id: ROTATE_TOKEN_ID,
        number: 1,
        total: 1,
        account,
        layers: argocdFile ? [layer, dirname(argocdFile)] : [layer],
        title,
        body: body + "\n",
        apply,
        files: [{ path, action: "update", content, previous: text }],
      },
    });
  }
  return rotations.sort((a, b) => a.linkId.localeCompare(b.linkId));
}
