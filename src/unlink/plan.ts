// Plans an unlink: the link's steps in reverse apply order, each removing what that step added,
// found in the repository by the link's owner header and marker comments (never recomputed).

import { InvalidInputError } from "../core/errors.js";
import { code, codeBlock } from "../core/markdown.js";
import { scanHcl, type HclBlock } from "../hcl/scan.js";
import { instanceHeader, MARKER, releaseRoleHeader, snakeCase } from "../link/names.js";
import { note, planNotes } from "../plan/notes.js";
import type { FileChange, NotePart, Plan, Step } from "../plan/types.js";
import type { RepoReader } from "../repo/reader.js";
import { UNLINK_STEP_IDS, type UnlinkStepId } from "../steps/registry.js";
import { POD_ROLE_ANNOTATION } from "../edit/values-yaml.js";
import { removeClusterEntry, removeListElement, removeTemplateGroup, removeVarLines } from "./edits.js";
import { readSnapshot, type LinkOwner, type RepoSnapshot } from "./links.js";
import { UNLINK_TEXT } from "./text.js";

interface StepWork {
  changes: Map<string, FileChange>;
  /** Files or blocks left in place because they differ from what the link wrote: path → lines. */
  handEdits: { path: string; lines: string }[];
  kept: string[];
}

/** Which unlink step removes a file the link created, from the kinds of blocks in it. */
function stepOfBlocks(blocks: HclBlock[]): UnlinkStepId | undefined {
  const kinds = blocks.map((b) => `${b.type} ${b.labels[0] ?? ""}`);
  const has = (re: RegExp) => kinds.some((k) => re.test(k));
  if (has(/^data terraform_remote_state$/)) return "unlink-argocd";
  if (has(/^resource aws_eks_access_/)) return "unlink-cluster-access";
  if (has(/^resource kubernetes_/)) return "unlink-target-rbac";
  if (has(/^resource aws_iam_(policy|role_policy_attachment)$/)) return "unlink-source-role";
  if (has(/^module /) || has(/^resource aws_iam_role$/)) return "unlink-target-role";
  return undefined;
}

/** Whether a top-level block is named for the link (or its release), i.e. one the link wrote. */
function namedFor(block: HclBlock, names: string[]): boolean {
  const name = block.labels.at(-1) ?? "";
  return names.some((n) => name.includes(n));
}

function linesOf(text: string, blocks: HclBlock[]): string {
  return blocks.map((b) => text.slice(b.start, b.end)).join("\n\n");
}

export async function planUnlink(repo: RepoReader, id: string): Promise<Plan> {
  const snapshot = await readSnapshot(repo);
  if (!snapshot.ids.includes(id)) {
    throw new InvalidInputError(`unlink ${id}`, [
      {
        field: "link",
        value: JSON.stringify(id),
        message:
          `names no link in this repository; ` +
          (snapshot.ids.length ? `the links found are: ${snapshot.ids.join(", ")}.` : "it holds no link."),
      },
    ]);
  }
  const owner = snapshot.owners.get(id);
  const work = new Map<UnlinkStepId, StepWork>(
    UNLINK_STEP_IDS.map((s) => [s, { changes: new Map(), handEdits: [], kept: [] }]),
  );
  const w = (s: UnlinkStepId) => work.get(s)!;
  const setText = (s: UnlinkStepId, path: string, content: string) => {
    const previous = snapshot.texts.get(path)!;
    if (content !== previous) w(s).changes.set(path, { path, action: "update", content, previous });
  };
  const remove = (s: UnlinkStepId, path: string) =>
    w(s).changes.set(path, { path, action: "delete", content: "", previous: snapshot.texts.get(path)! });

  // 1. Files the link created (its header): deleted whole, unless someone added blocks to them.
  const ownNames = [snakeCase(id), id];
  for (const path of snapshot.ownedFiles.get(id) ?? []) {
    const text = snapshot.texts.get(path)!;
    let blocks: HclBlock[];
    try {
      blocks = scanHcl(text, path).filter((i): i is HclBlock => i.kind === "block");
    } catch {
      blocks = [];
    }
    const step = stepOfBlocks(blocks) ?? "unlink-argocd";
    const foreign = blocks.filter((b) => !namedFor(b, ownNames));
    if (blocks.length === 0 || foreign.length > 0) {
      w(step).handEdits.push({ path, lines: blocks.length ? linesOf(text, foreign) : text.trimEnd() });
    } else remove(step, path);
  }

  // 2. The cluster entry in the ArgoCD values, and what the values read for it.
  let server: string | undefined;
  const argocd = w("unlink-argocd");
  const templateVars = new Set<string>();
  let irsa: { removed?: string; kept?: string } = {};
  let entryKept = false;
  const instanceVars = new Map<string, Set<string>>();
  for (const [path, text] of snapshot.texts) {
    if (!/\.(ya?ml|tpl)$/.test(path)) continue;
    const removal = removeClusterEntry(text, id);
    if (!removal) continue;
    server ??= removal.server;
    if (removal.handEdit) {
      // The entry stays, so the template variables it reads stay too.
      argocd.handEdits.push({ path, lines: removal.handEdit });
      entryKept = true;
      continue;
    }
    for (const v of removal.vars) templateVars.add(v);
    irsa = { removed: removal.removedIrsaVar, kept: removal.keptIrsaVar };
    if (removal.keptIrsaVar) {
      argocd.kept.push(
        `the IRSA annotation ${code(`\${${removal.keptIrsaVar}}`)} of the ArgoCD service accounts (and their ` +
          `pod annotation ${code(POD_ROLE_ANNOTATION)}) in ${code(path)}: ` +
          "other clusters of this ArgoCD still authenticate with awsAuthConfig",
      );
    }
    // A dedicated instance's values (instanceHeader; legacy: `# <marker>: <id>:`): the instance
    // leaves with its last link, whichever link created it.
    const dedicated =
      text.startsWith(`# ${MARKER}: ${id}:`) || text.startsWith(instanceHeader("").slice(0, -1));
    const release = dedicated ? releaseFileOf(snapshot, path) : undefined;
    if (dedicated && removal.noEntriesLeft && release) {
      // A dedicated instance leaves with its only link: its values and its release.
      remove("unlink-argocd", path);
      remove("unlink-argocd", release);
      continue;
    }
    // The instance stays for its other links: the variables this entry read leave its templatefile()
    // (the link that created the instance wrote them there without a marker comment).
    if (dedicated && release) instanceVars.set(release, new Set(removal.vars));
    setText("unlink-argocd", path, removal.text);
    argocd.kept.push(...removal.keptSettings.map((k) => `${code(`configs.cm.${k}`)} in ${code(path)}`));
  }
  if (irsa.removed) templateVars.add(irsa.removed);
  for (const [path, text] of snapshot.texts) {
    if (!path.endsWith(".tf") || argocd.changes.has(path)) continue;
    let out = text;
    if (!entryKept && new RegExp(`# ${MARKER}: ${id} \\(`).test(text)) {
      const group = removeTemplateGroup(text, id, templateVars, irsa.kept);
      if (group.handEdit) argocd.handEdits.push({ path, lines: group.handEdit });
      out = group.text;
    }
    const ownVars = instanceVars.get(path);
    if (ownVars) out = removeVarLines(out, ownVars);
    // A release's IRSA variable left by an earlier unlink goes with the release's last iam-role link.
    if (irsa.removed && out.includes(`templatefile(`)) out = removeVarLines(out, new Set([irsa.removed]));
    if (out !== text) setText("unlink-argocd", path, out);
  }

  // 3. The map_roles element (aws-auth).
  for (const [path, text] of snapshot.texts) {
    if (!path.endsWith(".tf") || !text.includes(`${MARKER}: ${id} (`)) continue;
    const element = removeListElement(text, id);
    if (!element.found) continue;
    if (element.handEdit) w("unlink-cluster-access").handEdits.push({ path, lines: element.handEdit });
    else setText("unlink-cluster-access", path, element.text);
  }

  // 4. The release's IRSA role goes with the last link that attaches a policy to it.
  if (owner) {
    const others = [...snapshot.owners.values()].filter((o) => o.id !== id && o.release === owner.release);
    const otherPolicies = others.some((o) =>
      (snapshot.ownedFiles.get(o.id) ?? []).some((p) =>
        /aws_iam_role_policy_attachment/.test(snapshot.texts.get(p)!),
      ),
    );
    const ownPolicy = (snapshot.ownedFiles.get(id) ?? []).some((p) =>
      /aws_iam_role_policy_attachment/.test(snapshot.texts.get(p)!),
    );
    const irsaFile = [...snapshot.texts.keys()].find((p) =>
      snapshot.texts.get(p)!.startsWith(releaseRoleHeader(owner.release)),
    );
    if (irsaFile && ownPolicy) {
      if (otherPolicies) {
        w("unlink-source-role").kept.push(
          `the IRSA role of ArgoCD ${code(owner.release)} (${code(irsaFile)}): ` +
            `${others.map((o) => code(o.id)).join(", ")} still use it`,
        );
      } else remove("unlink-source-role", irsaFile);
    }
  }

  // 5. A layer's shared kubernetes provider goes with the last link file of that layer (its header says so).
  const deleted = new Set(
    [...work.values()].flatMap((s) =>
      [...s.changes.values()].filter((f) => f.action === "delete").map((f) => f.path),
    ),
  );
  for (const [path, text] of snapshot.texts) {
    if (!LAYER_PROVIDER_HEADER.test(text.split("\n", 1)[0] ?? "")) continue;
    const layer = path.slice(0, path.lastIndexOf("/") + 1);
    const linksLeft = [...snapshot.texts.keys()].some(
      (p) =>
        p.startsWith(layer) &&
        !p.slice(layer.length).includes("/") &&
        /^argocd_link_.*\.tf$/.test(p.slice(layer.length)) &&
        !deleted.has(p),
    );
    const removedHere = [...deleted].some((p) => p.startsWith(layer) && !p.slice(layer.length).includes("/"));
    if (!linksLeft && removedHere) remove("unlink-target-rbac", path);
  }

  return assemble(snapshot, id, owner, work, server);
}

/** First line of the kubernetes provider file shared by the links of one layer (steps/target-rbac.ts). */
const LAYER_PROVIDER_HEADER = new RegExp(
  `^# ${MARKER}: kubernetes provider for .*, for the RBAC of the ArgoCD links in this layer\\.$`,
);

/** The `.tf` file (written by a link) that renders the dedicated values file at `valuesPath`. */
function releaseFileOf(snapshot: RepoSnapshot, valuesPath: string): string | undefined {
  const dir = valuesPath.slice(0, valuesPath.lastIndexOf("/"));
  for (const [path, text] of snapshot.texts) {
    if (!path.endsWith(".tf") || !text.startsWith(`# ${MARKER}`)) continue;
    const layer = path.slice(0, path.lastIndexOf("/"));
    if (!dir.startsWith(layer)) continue;
    const relative = valuesPath.slice(layer.length + 1);
    if (text.includes(`templatefile("${relative}"`)) return path;
  }
  return undefined;
}

/** Lines elsewhere in the repository that still name the cluster: Applications, values. */
function stillPointing(snapshot: RepoSnapshot, id: string, server: string | undefined, changed: Set<string>) {
  const found: string[] = [];
  const byName = new RegExp(`^\\s*(-\\s*)?(name|cluster|clusterName|server):\\s*["']?${id}["']?\\s*$`);
  for (const [path, text] of snapshot.texts) {
    if (!/\.(ya?ml|json|tpl)$/.test(path) || changed.has(path)) continue;
    const app = /kind:\s*(Application|ApplicationSet)\b/.test(text);
    text.split("\n").forEach((line, i) => {
      if ((server && line.includes(server)) || (app && byName.test(line))) {
        found.push(`${path}:${i + 1}: ${line.trim()}`);
      }
    });
  }
  return found;
}

function layersOf(files: FileChange[]): string[] {
  const dirs = (list: FileChange[]) => [
    ...new Set(list.map((f) => f.path.slice(0, f.path.lastIndexOf("/")))),
  ];
  const tf = files.filter((f) => f.path.endsWith(".tf"));
  return dirs(tf.length ? tf : files).sort();
}

function assemble(
  snapshot: RepoSnapshot,
  id: string,
  owner: LinkOwner | undefined,
  work: Map<UnlinkStepId, StepWork>,
  server: string | undefined,
): Plan {
  const present = UNLINK_STEP_IDS.filter((s) => work.get(s)!.changes.size > 0);
  const upToDate = UNLINK_STEP_IDS.filter((s) => !present.includes(s));
  const notes: NotePart[][] = [];
  const changed = new Set([...work.values()].flatMap((s) => [...s.changes.keys()]));
  const pointing = stillPointing(snapshot, id, server, changed);
  const steps: Step[] = present.map((stepId, i) => {
    const { changes, handEdits, kept } = work.get(stepId)!;
    const files = [...changes.values()];
    const layers = layersOf(files);
    const account = files[0]!.path.split("/")[0]!;
    const text = UNLINK_TEXT[stepId];
    const body = [
      owner
        ? `**Unlink** ${code(id)}: ArgoCD ${code(owner.release)} in ${code(owner.sourceAccount)} → ` +
          `${code(`${owner.targetAccount}/${owner.targetRegion}/${owner.targetCluster}`)}.`
        : `**Unlink** ${code(id)}.`,
      "",
      `**Step ${i + 1} of ${present.length}** in account ${code(account)}` +
        (i === 0 ? ": apply it first." : `. Apply after step ${i}, once it is applied.`),
      "",
      "### What stops working when this is applied",
      `- ${text.stops}`,
      "",
      "### What must be applied before",
      `- ${i === 0 ? text.before : `${text.before} (step ${i}: ${code(present[i - 1]!)})`}`,
      ...UNLINK_STEP_IDS.slice(0, UNLINK_STEP_IDS.indexOf(stepId))
        .filter((s) => !present.includes(s) && work.get(s)!.handEdits.length > 0)
        .map(
          (s) =>
            `- The hand edit of ${s} (see the notes): what it keeps still relies on this step's resources.`,
        ),
      ...(i === 0 && pointing.length
        ? [
            "",
            "### Warning: still pointing at this cluster",
            "These lines still name the cluster; retarget or remove them, or their Applications fail once this is applied:",
            codeBlock(pointing.join("\n")),
          ]
        : []),
      ...(kept.length ? ["", "### Kept on purpose", ...kept.map((k) => `- ${k}`)] : []),
      ...(handEdits.length
        ? [
            "",
            "### Needs a hand edit",
            "These were changed after the link wrote them, so they are not deleted. Remove what belongs to the link by hand:",
            ...handEdits.flatMap((h) => [`- ${code(h.path)}:`, codeBlock(h.lines)]),
          ]
        : []),
      "",
      "### Files",
      ...files.map((f) => `- ${f.action === "delete" ? "deleted" : "edited"}: ${code(f.path)}`),
      "",
      "### Apply, once merged",
      "```sh",
      ...layers.map((l) => `cd ${l} && leverage tf apply`),
      "```",
    ].join("\n");
    return {
      id: stepId,
      number: i + 1,
      total: present.length,
      account,
      layers,
      title: `argocd-cluster-link ${id} unlink ${i + 1}/${present.length} (${account}): ${text.summary}`,
      body: body + "\n",
      apply: layers.map((l) => `cd ${l} && leverage tf apply`),
      files,
    };
  });
  for (const stepId of UNLINK_STEP_IDS) {
    const { handEdits } = work.get(stepId)!;
    if (!present.includes(stepId) && handEdits.length) {
      notes.push([
        ...note`${stepId}: left for a hand edit (changed after the link wrote it): `,
        ...handEdits.flatMap((h, i) => [...(i > 0 ? [{ text: "\n" }] : []), ...note`${h.path}:\n${h.lines}`]),
      ]);
    }
  }
  if (pointing.length) notes.push(note`Still pointing at ${id}: ${pointing.join("; ")}`);
  return { linkId: id, steps, upToDate, ...planNotes(notes) };
}
