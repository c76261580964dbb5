// A link's whole life through the Action: issue opened, four pull requests, each merged in order
// (a `pull_request` closed event each), then `/cluster-link verify` against the fake IAM, EKS and
// ArgoCD: linked, and the issue closed. Shared by the in-process tests and the built bundle's.
import { expect } from "vitest";
import type { FakeAccessEntry, FakeRole } from "./fake-aws/index.js";
import type { FakeArgocd } from "./fake-argocd.js";
import {
  DEVSTG_ID,
  IAM_REQUEST,
  OWNER,
  REPO,
  SHARED_ID,
  TARGET,
  commentEvent,
  issueEvent,
  openLinkIssue,
  pullClosedEvent,
  type World,
} from "./harness.js";
import type { ActionRunner } from "./scenarios.js";

export const statusOf = (world: World, issue: number, repo = REPO) =>
  world.github
    .repo(OWNER, repo)
    .comments(issue)
    .find((c) => c.body.includes("argocd-cluster-link:status"))!.body;

export const labelsOf = (world: World, issue: number) =>
  world.github.repo(OWNER, REPO).issues.find((i) => i.number === issue)!.labels;

/** What applying the four layers of the `demoapps` link creates in AWS (and ArgoCD then sees). */
export function applyDemoappsLink(
  roles: Record<string, FakeRole[]>,
  entries: Record<string, FakeAccessEntry[]>,
): void {
  roles[DEVSTG_ID] = [
    {
      name: "argocd-link-demoapps",
      trust: {
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Allow",
            Action: "sts:AssumeRole",
            Principal: { AWS: `arn:aws:iam::${SHARED_ID}:role/shared-us-east-1-k8s-eks-argocd-irsa` },
          },
        ],
      },
    },
  ];
  entries[DEVSTG_ID] = [
    {
      cluster: TARGET,
      principalArn: `arn:aws:iam::${DEVSTG_ID}:role/argocd-link-demoapps`,
      groups: [],
      policies: [
        {
          policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy",
          type: "namespace",
          namespaces: ["demoapps"],
        },
      ],
    },
  ];
}

/** The API server of the `demoapps` cluster entry in the ArgoCD values at `ref`. */
export function demoappsServer(world: World, ref = "main"): string {
  const values = world.github
    .repo(OWNER, REPO)
    .readFile(ref, "shared/us-east-1/k8s-eks/k8s-components/chart-values/argocd.yaml")!;
  return /server: "(https:[^"]+)"/.exec(values.split("demoapps:")[1]!)![1]!;
}

/** A comment by `user` on the issue; returns its id. */
export function comment(world: World, issue: number, body: string, user = "octo-dev", repo = REPO): number {
  return world.github.addComment(OWNER, repo, issue, body, user);
}

export async function expectWholeLife(
  world: World,
  runAction: ActionRunner,
  argocd: FakeArgocd,
  aws: { roles: Record<string, FakeRole[]>; entries: Record<string, FakeAccessEntry[]> },
): Promise<void> {
  const issue = openLinkIssue(world, IAM_REQUEST);
  const opened = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
  expect(opened.outputs.status).toBe("published");
  const pulls = JSON.parse(opened.outputs["pull-requests"]!) as { number: number; step: string }[];
  expect(pulls).toHaveLength(4);
  expect(statusOf(world, issue)).toMatch(/\*\*Next:\*\* Merge \[octo-org\/infra#\d+\]\([^)]+\) \(step 1\)/);

  for (const [i, pull] of pulls.entries()) {
    world.github.mergePull(OWNER, REPO, pull.number, "octo-admin");
    const run = await runAction(world, {
      name: "pull_request",
      payload: pullClosedEvent(world, pull.number),
    });
    expect(run.code, run.stdout).toBe(0);
    const body = statusOf(world, issue);
    // Every merged step is ticked off with who merged it; the next one is named.
    expect(body.match(/- ✅ /g)).toHaveLength(i + 1);
    expect(body).toContain("merged by `octo-admin`");
    if (i < pulls.length - 1) {
      expect(run.outputs.status).toBe("published");
      expect(body).toContain(`then merge [octo-org/infra#${pulls[i + 1]!.number}]`);
      expect(labelsOf(world, issue)).toContain("cluster-link:prs-open");
    } else {
      expect(run.outputs.status).toBe("merged");
      expect(body).toContain("comment `/cluster-link verify`");
      expect(labelsOf(world, issue)).toContain("cluster-link:merged");
    }
  }

  // Applied: AWS and ArgoCD now hold what the layers create.
  applyDemoappsLink(aws.roles, aws.entries);
  const endpoint = demoappsServer(world);
  argocd.clusters.set(endpoint, { name: "demoapps", namespaces: ["demoapps"], status: "Successful" });

  const id = comment(world, issue, "/cluster-link verify");
  const verify = await runAction(
    world,
    { name: "issue_comment", payload: commentEvent(world, issue, id) },
    { "argocd-server": argocd.url, "argocd-auth-token": argocd.token },
  );
  expect(verify.code, verify.stdout).toBe(0);
  expect(verify.outputs.status).toBe("linked");
  const checks = JSON.parse(verify.outputs.verification!) as { check: string; result: string }[];
  expect(Object.fromEntries(checks.map((c) => [c.check, c.result]))).toEqual({
    "source-role": "skip",
    "target-role": "pass",
    "cluster-access": "pass",
    "argocd-entry": "pass",
    "argocd-connection": "pass",
  });
  const body = statusOf(world, issue);
  expect(body).toContain("## argocd-cluster-link: Linked: ArgoCD reaches the cluster");
  expect(checks.find((c) => c.check === "argocd-connection")).toMatchObject({
    detail: "ArgoCD reaches the cluster (connection Successful, Kubernetes `1.31`).",
  });
  expect(body).toContain(
    "| ✅ | `argocd-connection` | ArgoCD reaches the cluster \\(connection Successful, Kubernetes `1.31`\\)\\. |",
  );
  const closed = world.github.repo(OWNER, REPO).issues.find((i) => i.number === issue)!;
  expect(closed.state).toBe("closed");
  expect(closed.stateReason).toBe("completed");
  expect(closed.labels).toContain("cluster-link:linked");
  const reactions = world.github
    .repo(OWNER, REPO)
    .comments(issue)
    .find((c) => c.id === id)!.reactions;
  expect(reactions.map((r) => r.content)).toEqual(["eyes", "rocket"]);
  // The token went to ArgoCD only: never into the log, the comment or the summary.
  expect(verify.stdout).toContain(`::add-mask::${argocd.token}`);
  const shown =
    verify.stdout.replace(`::add-mask::${argocd.token}`, "") + verify.stderr + verify.summary + body;
  expect(shown).not.toContain(argocd.token);
  expect(argocd.requests.every((r) => r.authorized)).toBe(true);
}
