// End-to-end unlink through the Action (in process) with the local GitHub server: from the unlink
// issue form, a rerun after some steps are merged, a hand-edited file, an unknown name, and a link
// request refused while the unlink is open.
import { afterEach, describe, expect, it } from "vitest";
import { planLink } from "../../src/plan/plan.js";
import { MemoryRepo } from "../../src/repo/reader.js";
import { planUnlink } from "../../src/unlink/plan.js";
import { exampleFacts, exampleRequest, mergePlan } from "../support/cases.js";
import { mergeSteps } from "../unlink/support.js";
import {
  IAM_REQUEST,
  OWNER,
  REPO,
  exampleFiles,
  issueEvent,
  openLinkIssue,
  runAction,
  startWorld,
  type World,
} from "./harness.js";
import { expectCleanApiUse } from "./scenarios.js";

let world: World | undefined;
afterEach(async () => {
  if (world) {
    expectCleanApiUse(world);
    await world.close();
    world = undefined;
  }
});

const repo = () => world!.github.repo(OWNER, REPO);
const pullsOf = (run: { outputs: Record<string, string> }) =>
  JSON.parse(run.outputs["pull-requests"] ?? "[]") as { number: number; step: string }[];

/** leverage-2026 with the iam-role link `demoapps` merged. */
async function linkedRepo(): Promise<MemoryRepo> {
  const seed = new MemoryRepo(new Map(Object.entries(await exampleFiles("leverage-2026"))));
  mergePlan(
    seed,
    await planLink(seed, exampleRequest("leverage-2026-iam-role"), exampleFacts("leverage-2026-apps-devstg")),
  );
  return seed;
}

function openUnlinkIssue(name: string): number {
  return world!.github.openIssue(OWNER, REPO, {
    title: `[unlink cluster]: ${name}`,
    body: `### ArgoCD cluster name\n\n${name}\n`,
    user: "octo-dev",
    labels: ["cluster-unlink"],
  });
}

const statusComment = (issue: number) =>
  repo()
    .comments(issue)
    .filter((c) => c.body.includes("argocd-cluster-link:status"));

describe("unlink from the issue form", () => {
  it("opens one pull request per step in reverse order, deleting the link's files, without AWS", async () => {
    const seed = await linkedRepo();
    world = await startWorld({ files: Object.fromEntries(seed.files) });
    const issue = openUnlinkIssue("demoapps");
    const run = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.status).toBe("published");
    expect(pullsOf(run).map((p) => p.step)).toEqual([
      "unlink-argocd",
      "unlink-cluster-access",
      "unlink-target-role",
      "unlink-source-role",
    ]);
    const pulls = repo().pulls;
    expect(pulls.map((p) => p.head)).toEqual(
      pullsOf(run).map((p) => `argocd-cluster-link/demoapps/${p.step}`),
    );
    const expected = await planUnlink(seed, "demoapps");
    for (const step of expected.steps) {
      const head = `argocd-cluster-link/demoapps/${step.id}`;
      for (const file of step.files) {
        expect(repo().readFile(head, file.path), file.path).toBe(
          file.action === "delete" ? undefined : file.content,
        );
      }
    }
    expect(pulls[0]!.body).toContain("What stops working when this is applied");
    expect(statusComment(issue)).toHaveLength(1);
    expect(repo().issues.find((i) => i.number === issue)!.labels).toContain("cluster-unlink:prs-open");
    expect(run.summary).toContain("Unlink demoapps");
    expect(run.summary).toMatch(/\*\*1\/4\*\* remove the cluster from ArgoCD/);
    expect(world.aws.calls).toEqual([]);

    // A link request for the same name while the unlink is open is refused with a pointer to it.
    const link = openLinkIssue(world, IAM_REQUEST);
    const refused = await runAction(world, { name: "issues", payload: issueEvent(world, link, "opened") });
    expect(
      refused.outputs.status,
      refused.stdout + JSON.stringify(repo().pulls.map((p) => [p.head, p.state, p.base])),
    ).toBe("blocked");
    expect(statusComment(link)[0]!.body).toMatch(/unlink of demoapps is still open/);
    expect(repo().pulls).toHaveLength(pulls.length);
  });

  it("a rerun after some steps are merged continues from the first step still present", async () => {
    const seed = await linkedRepo();
    mergeSteps(seed, await planUnlink(seed, "demoapps"), 2);
    world = await startWorld({ files: Object.fromEntries(seed.files) });
    const issue = openUnlinkIssue("demoapps");
    const run = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "edited") });
    expect(run.outputs.status).toBe("published");
    expect(pullsOf(run).map((p) => p.step)).toEqual(["unlink-target-role", "unlink-source-role"]);
    expect(repo().pulls[0]!.title).toContain("unlink 1/2");
  });

  it("an unlink step that reached the base branch another way: its open pull request is closed", async () => {
    const seed = await linkedRepo();
    world = await startWorld({ files: Object.fromEntries(seed.files) });
    const issue = openUnlinkIssue("demoapps");
    const first = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    expect(first.outputs.status).toBe("published");
    const argocd = pullsOf(first).find((p) => p.step === "unlink-argocd")!;
    // A maintainer applies the first step's change straight to main; its pull request stays open.
    const head = "argocd-cluster-link/demoapps/unlink-argocd";
    const onMain = repo().files("main");
    const onBranch = repo().files(head);
    const change: Record<string, string | null> = {};
    for (const path of new Set([...Object.keys(onMain), ...Object.keys(onBranch)])) {
      if (onMain[path] !== onBranch[path]) change[path] = onBranch[path] ?? null;
    }
    expect(Object.keys(change).length).toBeGreaterThan(0);
    world.github.humanCommit(OWNER, REPO, "main", change, "Remove demoapps from ArgoCD by hand");

    const rerun = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "edited") });
    expect(rerun.outputs.status).toBe("published");
    expect(pullsOf(rerun).map((p) => p.step)).not.toContain("unlink-argocd");
    const closed = repo().pulls.find((p) => p.number === argocd.number)!;
    expect(closed.state).toBe("closed");
    expect(
      repo()
        .comments(closed.number)
        .map((c) => c.body),
    ).toEqual(["Closed by argocd-cluster-link: its change is already in the base branch."]);
    expect(statusComment(issue)[0]!.body).toContain(
      `- closed ${OWNER}/${REPO}#${argocd.number}: its change is already in the base branch`,
    );
    // The other steps' pull requests stay open.
    expect(repo().pulls.filter((p) => p.state === "open")).toHaveLength(pullsOf(first).length - 1);
  });

  it("a hand-edited file is not deleted: the report shows its lines", async () => {
    const seed = await linkedRepo();
    const role = [...seed.files.keys()].find((p) => p.endsWith("base-identities/argocd_link_demoapps.tf"))!;
    seed.files.set(
      role,
      `${seed.files.get(role)!}\nresource "aws_iam_role" "kept_by_hand" {\n  name = "kept"\n}\n`,
    );
    world = await startWorld({ files: Object.fromEntries(seed.files) });
    const issue = openUnlinkIssue("demoapps");
    const run = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    expect(pullsOf(run).map((p) => p.step)).not.toContain("unlink-target-role");
    expect(statusComment(issue)[0]!.body).toContain("kept_by_hand");
    expect(repo().pulls.some((p) => p.body!.includes("hand edit of unlink-target-role"))).toBe(true);
  });

  it("an unknown name is refused, naming the links that exist", async () => {
    const seed = await linkedRepo();
    world = await startWorld({ files: Object.fromEntries(seed.files) });
    const issue = openUnlinkIssue("nope");
    const run = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    expect(run.outputs.status).toBe("invalid");
    expect(statusComment(issue)[0]!.body).toContain("demoapps");
    expect(repo().pulls).toEqual([]);
  });

  it("an unlink while the link's pull requests are open is refused with a pointer to them", async () => {
    world = await startWorld();
    const link = openLinkIssue(world, IAM_REQUEST);
    const linked = await runAction(world, { name: "issues", payload: issueEvent(world, link, "opened") });
    expect(linked.outputs.status).toBe("published");
    const issue = openUnlinkIssue("demoapps");
    const run = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    expect(run.outputs.status).toBe("blocked");
    expect(statusComment(issue)[0]!.body).toMatch(/The link demoapps still has open pull requests \(#\d+/);
  });

  it("workflow_dispatch with command unlink", async () => {
    const seed = await linkedRepo();
    world = await startWorld({ files: Object.fromEntries(seed.files) });
    const run = await runAction(
      world,
      {
        name: "workflow_dispatch",
        payload: { inputs: { command: "unlink", "argocd-cluster-name": "demoapps" } },
      },
      { "dry-run": "true" },
    );
    expect(run.outputs.status).toBe("dry-run");
    expect(run.summary).toContain("remove the cluster from ArgoCD");
    expect(repo().pulls).toEqual([]);
  });
});
