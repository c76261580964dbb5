// The demo: copies the embedded 2026-era Leverage repository to a temporary git repository, links
// its apps-devstg cluster to the ArgoCD in shared twice (iam-role, then bearer-token) with the
// built CLI, and shows the branches it wrote. Each link's branches are merged, as maintainers
// would merge its pull requests, and the demo ends with `list`: the links the repository now holds.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "cli", "index.js");
if (!existsSync(cli)) {
  console.error("dist/cli/index.js is missing: run `npm run build` first.");
  process.exit(1);
}

const identity = {
  GIT_AUTHOR_NAME: "Demo Maintainer",
  GIT_AUTHOR_EMAIL: "maintainer@example.com",
  GIT_COMMITTER_NAME: "Demo Maintainer",
  GIT_COMMITTER_EMAIL: "maintainer@example.com",
};
const repo = join(mkdtempSync(join(tmpdir(), "argocd-cluster-link-demo-")), "leverage");
const git = (...args) =>
  execFileSync("git", args, { cwd: repo, encoding: "utf8", env: { ...process.env, ...identity } }).trimEnd();

cpSync(join(root, "examples", "repos", "leverage-2026"), repo, { recursive: true });
git("init", "--quiet", "-b", "main");
git("add", "-A");
git("commit", "--quiet", "-m", "Leverage reference layout (2026)");
console.log(`Demo repository: ${repo}\n(a copy of examples/repos/leverage-2026, committed on main)\n`);

const facts = join(root, "examples", "facts", "leverage-2026-apps-devstg.json");
const requests = ["leverage-2026-iam-role.yaml", "leverage-2026-bearer-token.yaml"];

for (const request of requests) {
  const requestPath = join(root, "examples", "requests", request);
  console.log(
    `$ node dist/cli/index.js apply --repo ${repo} --request examples/requests/${request} --facts examples/facts/leverage-2026-apps-devstg.json`,
  );
  const run = spawnSync(
    process.execPath,
    [cli, "apply", "--repo", repo, "--request", requestPath, "--facts", facts, "--json"],
    {
      encoding: "utf8",
    },
  );
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(run.status ?? 1);
  }
  const result = JSON.parse(run.stdout);
  console.log(
    `\nLink ${result.linkId}: ${result.steps.length} step(s), one branch (pull request) each, in apply order:`,
  );
  result.branches.forEach((b, i) => {
    const step = result.steps[i];
    console.log(`\n  ${i + 1}. ${b.branch}  [${b.outcome}]`);
    console.log(`     ${step.title}`);
    console.log(git("diff", "--stat", `main...${b.branch}`).replace(/^/gm, "       "));
    console.log(`     after merge: ${step.apply.join("; ")}`);
  });
  for (const note of result.notes) console.log(`  note: ${note}`);
  for (const b of result.branches) git("merge", "--quiet", "--no-ff", "-m", `Merge ${b.branch}`, b.branch);
  console.log(
    `\n(merged the ${result.branches.length} branches into main, as reviewers would merge the pull requests)\n`,
  );
}

console.log(`
Where to look:
  cd ${repo}
  git log --oneline --graph --all          # every step on its own branch
  git show <branch>                        # the Terraform and chart values a reviewer would see
  node dist/cli/index.js plan --repo ${repo} --request examples/requests/leverage-2026-iam-role.yaml \\
      --facts examples/facts/leverage-2026-apps-devstg.json   # rerun: nothing left to change
  node dist/cli/index.js verify --repo ${repo} --link demoapps   # once applied: with your AWS credentials`);

console.log(`\nThe links main now holds:\n$ node dist/cli/index.js list --repo ${repo}\n`);
const list = spawnSync(process.execPath, [cli, "list", "--repo", repo], { encoding: "utf8" });
if (list.status !== 0) {
  console.error(list.stderr);
  process.exit(list.status ?? 1);
}
console.log(list.stdout.trimEnd());
