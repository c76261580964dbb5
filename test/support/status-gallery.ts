// The status comment of each status, as the Action writes it: each one comes from a real run of
// the Action (in process, src/action/report.ts rendering) against the local GitHub and AWS servers
// of the end-to-end tests. Used by test/docs/status-comment.test.ts (its structure) and by
// scripts/screenshot-status.mjs (the pictures in docs/images/).
import { planLink } from "../../src/plan/plan.js";
import { MemoryRepo } from "../../src/repo/reader.js";
import {
  BEARER_REQUEST,
  IAM_REQUEST,
  OWNER,
  REPO,
  exampleFiles,
  issueEvent,
  openLinkIssue,
  runAction,
  startWorld,
  type ActionRun,
  type World,
  type WorldOptions,
} from "../e2e/harness.js";
import { exampleFacts, exampleRequest, mergePlan } from "./cases.js";
import { startFakeArgocd } from "../e2e/fake-argocd.js";
import { applyDemoappsLink, comment, demoappsServer } from "../e2e/lifecycle-scenario.js";
import { commentEvent, pullClosedEvent } from "../e2e/harness.js";
import { renderIssueBody } from "./issue-form.js";

export interface StatusPicture {
  /** The file name's stem: docs/images/status-<name>.png. */
  name: string;
  /** The run's `status` output. */
  status: string;
  /** What the picture shows, for its alt text and the docs page. */
  caption: string;
  /** The Markdown GitHub renders: the status comment, or the job summary when there is no issue. */
  markdown: string;
}

type Scenario = Omit<StatusPicture, "markdown" | "status"> & {
  world?: () => Promise<WorldOptions>;
  run: (world: World) => Promise<{ run: ActionRun; issue?: number }>;
};

const opened = async (world: World, answers = IAM_REQUEST, inputs: Record<string, string> = {}) => {
  const issue = openLinkIssue(world, answers);
  const run = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") }, inputs);
  return { run, issue };
};

/** The example repository with a bearer-token link merged, its token never rotated (so it is due). */
async function mergedBearerLink(): Promise<WorldOptions> {
  const seed = new MemoryRepo(new Map(Object.entries(await exampleFiles("leverage-2026"))));
  mergePlan(
    seed,
    await planLink(
      seed,
      exampleRequest("leverage-2026-bearer-token"),
      exampleFacts("leverage-2026-apps-devstg"),
    ),
  );
  return { files: Object.fromEntries(seed.files) };
}

/** Merges every step branch of the link "demoapps" into main, as merging its pull requests would. */
function mergeEveryStep(world: World): void {
  const repo = world.github.repo(OWNER, REPO);
  const onMain = repo.files("main");
  const changes: Record<string, string> = {};
  for (const branch of Object.keys(repo.branches()).filter((b) =>
    b.startsWith("argocd-cluster-link/demoapps/"),
  )) {
    for (const [path, text] of Object.entries(repo.files(branch)))
      if (onMain[path] !== text) changes[path] = text;
  }
  world.github.humanCommit(OWNER, REPO, "main", changes, "Merge the link's pull requests");
}

/** Opens the link, then merges its first `count` pull requests, each with its `closed` event. */
async function mergedSteps(world: World, count: number) {
  const { issue, run } = await opened(world);
  const pulls = JSON.parse(run.outputs["pull-requests"]!) as { number: number }[];
  let last = run;
  for (const pull of pulls.slice(0, count)) {
    world.github.mergePull(OWNER, REPO, pull.number, "octo-admin");
    last = await runAction(world, { name: "pull_request", payload: pullClosedEvent(world, pull.number) });
  }
  return { issue, run: last, pulls };
}

/** AWS as the applied link leaves it, and an ArgoCD that reports the cluster `status`. */
async function verified(world: World, status: "Successful" | "Failed") {
  const { issue } = await mergedSteps(world, 4);
  // The fake AWS serves from the options it was started with: add what applying created.
  applyDemoappsLink(world.aws.options.roles!, world.aws.options.accessEntries!);
  const argocd = await startFakeArgocd();
  try {
    argocd.clusters.set(demoappsServer(world), {
      name: "demoapps",
      namespaces: ["demoapps"],
      status,
      ...(status === "Failed" ? { message: "dial tcp 10.0.12.7:443: i/o timeout" } : {}),
    });
    const id = comment(world, issue, "/cluster-link verify");
    const run = await runAction(
      world,
      { name: "issue_comment", payload: commentEvent(world, issue, id) },
      { "argocd-server": argocd.url, "argocd-auth-token": argocd.token },
    );
    return { issue, run };
  } finally {
    await argocd.close();
  }
}

const lifecycleWorld = async (): Promise<WorldOptions> => ({ aws: { roles: {}, accessEntries: {} } });

export const SCENARIOS: Scenario[] = [
  {
    name: "published",
    caption: "published: one pull request per step, in apply order",
    run: (world) => opened(world),
  },
  {
    name: "partial",
    caption: "partial: someone pushed to a step's branch, so that step was left alone",
    run: async (world) => {
      const { issue } = await opened(world);
      world.github.humanCommit(
        OWNER,
        REPO,
        "argocd-cluster-link/demoapps/target-role",
        { "apps-devstg/global/base-identities/notes.md": "tweak\n" },
        "Reviewer tweak",
      );
      world.github.editIssue(OWNER, REPO, issue, {
        body: renderIssueBody({ ...IAM_REQUEST, access: "admin" }),
      });
      return {
        issue,
        run: await runAction(world, { name: "issues", payload: issueEvent(world, issue, "edited") }),
      };
    },
  },
  {
    name: "invalid",
    caption: "invalid: every invalid field of the form, with its value and what is allowed",
    run: (world) =>
      opened(world, {
        ...IAM_REQUEST,
        "target-region": "mars-1",
        method: "carrier-pigeon",
        namespaces: ["Bad_NS"],
      }),
  },
  {
    name: "blocked",
    caption: "blocked: the target cluster could not be read from AWS; nothing was created",
    run: (world) => opened(world, { ...IAM_REQUEST, "target-cluster": "acme-apps-devstg-k8s-eks-other" }),
  },
  {
    name: "failed",
    caption: "failed: a GitHub error stopped publishing part-way; a rerun finishes it",
    run: (world) => {
      world.github.failNext({
        method: "POST",
        path: /\/pulls$/,
        status: 422,
        after: 2,
        body: { message: "Validation Failed" },
      });
      return opened(world);
    },
  },
  {
    name: "up-to-date",
    caption: "up-to-date: every step is already in the base branch",
    run: async (world) => {
      const { issue } = await opened(world);
      mergeEveryStep(world);
      const payload = issueEvent(world, issue, "edited");
      return { issue, run: await runAction(world, { name: "issues", payload }) };
    },
  },
  {
    name: "progress",
    caption: "progress: steps 1 and 3 merged, step 2 still open: a warning not to apply step 3 yet",
    run: async (world) => {
      const { issue, pulls } = await mergedSteps(world, 1);
      world.github.mergePull(OWNER, REPO, pulls[2]!.number, "octo-admin");
      const payload = pullClosedEvent(world, pulls[2]!.number);
      return { issue, run: await runAction(world, { name: "pull_request", payload }) };
    },
  },
  {
    name: "merged",
    caption: "merged: every pull request merged; apply the last layer, then verify",
    run: (world) => mergedSteps(world, 4),
  },
  {
    name: "linked",
    caption: "linked: verified in AWS and ArgoCD; the issue is closed",
    world: lifecycleWorld,
    run: (world) => verified(world, "Successful"),
  },
  {
    name: "not-linked",
    caption: "not linked: ArgoCD cannot reach the cluster; the issue stays open",
    world: lifecycleWorld,
    run: (world) => verified(world, "Failed"),
  },
  {
    name: "dry-run",
    caption: "dry-run: what each step would change, in the job summary; nothing was written",
    run: (world) => opened(world, BEARER_REQUEST, { "dry-run": "true" }),
  },
  {
    name: "rotation",
    caption:
      "token rotation: every bearer-token link, its token age and state (job summary of a scheduled run)",
    world: mergedBearerLink,
    run: async (world) => {
      world.now = new Date("2026-12-01T06:00:00Z");
      return { run: await runAction(world, { name: "schedule", payload: {} }) };
    },
  },
];

/** Runs every scenario and returns its Markdown; the status comment when the run wrote one. */
export async function statusPictures(): Promise<StatusPicture[]> {
  const pictures: StatusPicture[] = [];
  for (const scenario of SCENARIOS) {
    const world = await startWorld(scenario.world ? await scenario.world() : {});
    try {
      const { run, issue } = await scenario.run(world);
      const comment =
        issue === undefined
          ? undefined
          : world.github
              .repo(OWNER, REPO)
              .comments(issue)
              .find((c) => c.body.includes("argocd-cluster-link:status"));
      pictures.push({
        name: scenario.name,
        caption: scenario.caption,
        status: run.outputs.status ?? "",
        markdown: comment?.body ?? run.summary,
      });
    } finally {
      await world.close();
    }
  }
  return pictures;
}
