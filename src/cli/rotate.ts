// `argocd-cluster-link rotate`: plans the token rotations the scheduled Action would open (the same
// age policy and batches) and writes each batch as a commit on its own local branch,
// argocd-cluster-link/rotation.<layer>/rotate-token, starting from HEAD.

import { LayoutError } from "../core/errors.js";
import { LocalGit, type BranchResult } from "../git/local-branches.js";
import { stepBranch } from "../plan/names.js";
import { ageText, DEFAULT_ROTATION, planRotations, type RotationPlan } from "../plan/rotate.js";
import { FolderRepo } from "../repo/reader.js";

export interface RotateArgs {
  repoDir: string;
  links: string[];
  force: boolean;
  json: boolean;
  now: Date;
}

/** Exit code and output; throws InvalidInputError/LayoutError like the other commands. */
export async function rotateCommand(
  args: RotateArgs,
  out: (text: string) => void,
  log: (text: string) => void,
): Promise<number> {
  const git = new LocalGit(args.repoDir);
  if (!git.isRepository()) {
    log(`${args.repoDir} is not inside a git work tree: rotate writes branches, so run it in a clone.\n`);
    return 1;
  }
  if (!git.isClean()) {
    log(
      `${args.repoDir} has uncommitted changes: commit or stash them first, so the branches start from HEAD.\n`,
    );
    return 1;
  }
  const base = git.resolve("HEAD");
  if (!base) throw new LayoutError(`The repository has no commit yet: commit the Leverage code first.`);
  log(`Planning token rotations in ${args.repoDir}\n`);
  const plan = await planRotations(new FolderRepo(args.repoDir), {
    now: args.now,
    rotateAfterDays: DEFAULT_ROTATION.rotateAfterDays,
    maxLinksPerPullRequest: DEFAULT_ROTATION.maxLinksPerPullRequest,
    force: args.force,
    links: args.links,
  });
  const branches = plan.batches.map((batch) =>
    git.writeStep(
      stepBranch(batch.batchId, batch.step.id),
      base,
      batch.step,
      `${batch.step.title}\n\n${batch.step.body}`,
    ),
  );
  for (const b of branches) log(`${b.outcome.padEnd(9)} ${b.branch} ${b.commit.slice(0, 12)}\n`);
  out(
    args.json ? JSON.stringify(rotationJson(plan, branches), null, 2) + "\n" : rotationText(plan, branches),
  );
  return 0;
}

function rotationJson(plan: RotationPlan, branches: BranchResult[]) {
  return {
    links: plan.links.map((l) => ({
      link: l.linkId,
      state: l.state,
      "age-days": l.ageDays ?? null,
      layer: l.layer,
      "argocd-layer": l.argocdLayer ?? null,
      ...(l.reason ? { reason: l.reason } : {}),
    })),
    batches: plan.batches.map((b, i) => ({
      layer: b.layer,
      links: b.links.map((l) => l.linkId),
      title: b.step.title,
      apply: b.step.apply,
      files: b.step.files.map((f) => f.path),
      branch: branches[i]!.branch,
      outcome: branches[i]!.outcome,
    })),
  };
}

function rotationText(plan: RotationPlan, branches: BranchResult[]): string {
  if (plan.links.length === 0) return "No bearer-token link in this repository: no token to rotate.\n";
  const lines = ["Bearer-token links:"];
  for (const l of plan.links) {
    lines.push(
      `  ${l.linkId.padEnd(30)} ${ageText(l).padEnd(36)} ${l.state}${l.reason ? `: ${l.reason}` : ""}`,
    );
  }
  if (plan.batches.length === 0) {
    lines.push("", "No token is due: nothing to write.");
  } else {
    lines.push("", "Branches (merge each, then run its commands in order):");
    plan.batches.forEach((b, i) => {
      lines.push(`  ${branches[i]!.branch} (${branches[i]!.outcome}): ${b.step.title}`);
      for (const command of b.step.apply) lines.push(`    ${command}`);
    });
  }
  return lines.join("\n") + "\n";
}
