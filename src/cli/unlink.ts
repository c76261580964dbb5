// The `unlink` command: plans the removal of a link from the repository alone (no request, facts
// or AWS) and prints it (--dry-run) or writes one local branch per unlink step, like `apply`.

import { FolderRepo } from "../repo/reader.js";
import { planUnlink } from "../unlink/plan.js";
import { CliUsageError, type CommandContext } from "./command.js";
import { openGit, printOrWrite, repoFolder } from "./link.js";

export async function runUnlinkCommand({ values, io, stderr }: CommandContext): Promise<number> {
  const links = values.link ?? [];
  if (links.length !== 1) {
    throw new CliUsageError(
      links.length === 0
        ? "Missing --link NAME (the argocd-cluster-name of the link to remove)."
        : `unlink takes one --link NAME; got ${links.length}.`,
    );
  }
  const name = links[0]!;
  const repoDir = await repoFolder(values.repo);
  const git = values["dry-run"] ? undefined : openGit(repoDir, stderr, "unlink");
  if (git === null) return 1;
  stderr(`Planning unlink of ${name} in ${repoDir}\n`);
  return printOrWrite(await planUnlink(new FolderRepo(repoDir), name), git, values.json, io.stdout, stderr);
}
