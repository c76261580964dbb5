// End-to-end: the Action, in process, reads the target cluster through GitHub OIDC → STS → EKS, served by
// local servers that check the token's audience and subject like an IAM trust policy does.
import { afterEach, describe, expect, it } from "vitest";
import { fakeCluster } from "./fake-aws/index.js";
import {
  DEVSTG_ID,
  IAM_REQUEST,
  LOOKUP_ROLE,
  OWNER,
  REPO,
  SHARED_ID,
  SUB,
  TARGET,
  exampleFiles,
  issueEvent,
  openLinkIssue,
  runAction,
  startWorld,
  type World,
  type WorldOptions,
} from "./harness.js";
import { expectMissingIdTokenExplained } from "./scenarios.js";

let world: World | undefined;
afterEach(async () => {
  if (world) {
    expect(world.github.violations).toEqual([]);
    await world.close();
    world = undefined;
  }
});

async function linkWith(
  options: WorldOptions,
  inputs: Record<string, string> = {},
  env: Record<string, string | undefined> = {},
) {
  world = await startWorld(options);
  const issue = openLinkIssue(world, IAM_REQUEST);
  const run = await runAction(
    world,
    { name: "issues", payload: issueEvent(world, issue, "opened") },
    inputs,
    env,
  );
  const comment = world.github.repo(OWNER, REPO).comments(issue)[0]?.body ?? "";
  return { run, comment, issue };
}

const cluster = (options: Partial<Parameters<typeof fakeCluster>[0]> = {}) =>
  fakeCluster({ name: TARGET, accountId: DEVSTG_ID, authenticationMode: "API_AND_CONFIG_MAP", ...options });

describe("reading the target cluster", () => {
  it("posts the API server, CA fingerprint and ARN read from EKS, and the cluster entry uses them", async () => {
    const { run, comment } = await linkWith({});
    expect(run.outputs.status).toBe("published");
    const eks = world!.aws.calls.filter((c) => c.service === "eks");
    expect(eks).toEqual([
      expect.objectContaining({ action: "DescribeCluster", status: 200, target: TARGET }),
    ]);
    expect(comment).toContain(run.outputs["api-server"]);
    expect(run.outputs["api-server"]).toMatch(
      /^https:\/\/[0-9A-F]{32}\.gr7\.us-east-1\.eks\.amazonaws\.com$/,
    );
    const values = world!.github
      .repo(OWNER, REPO)
      .readFile(
        "argocd-cluster-link/demoapps/argocd",
        "shared/us-east-1/k8s-eks/k8s-components/chart-values/argocd.yaml",
      )!;
    expect(values).toContain(run.outputs["api-server"]);
    expect(values).toContain(`caData: "${(cluster().certificateAuthority as { data: string }).data}"`);
    // The OIDC token and the credentials never reach the comment, the summary or the outputs.
    const token = world!.aws.issueToken();
    for (const text of [comment, run.summary, JSON.stringify(run.outputs)]) {
      expect(text).not.toContain(token.split(".")[1]!);
      expect(text).not.toMatch(/ASIA[0-9A-Z]{16}/);
    }
  });

  it("chains from a central lookup role into a role of the target account", async () => {
    const central = `arn:aws:iam::${SHARED_ID}:role/github-lookup`;
    const reader = `arn:aws:iam::${DEVSTG_ID}:role/eks-reader`;
    const files = await exampleFiles("leverage-2026");
    files[".github/argocd-cluster-link.yml"] =
      `aws:\n  lookup-role-arn: ${central}\n  chain-role-name: eks-reader\n`;
    const { run } = await linkWith({
      files,
      aws: {
        trust: [
          { roleArn: central, audience: "sts.amazonaws.com", subjectPatterns: [`repo:${OWNER}/${REPO}:*`] },
          { roleArn: reader, allowedRoleArns: [central] },
        ],
      },
    });
    expect(run.outputs.status).toBe("published");
    const sts = world!.aws.calls
      .filter((c) => c.service === "sts")
      .map((c) => [c.action, c.target, c.status]);
    expect(sts).toEqual([
      ["AssumeRoleWithWebIdentity", central, 200],
      ["AssumeRole", reader, 200],
    ]);
    expect(world!.aws.calls.find((c) => c.service === "eks")!.callerRoleArn).toBe(reader);
  });

  it("an audience the identity provider does not know fails with what to configure", async () => {
    const { run, comment } = await linkWith({}, { audience: "api://wrong" });
    expect(run.outputs.status).toBe("blocked");
    expect(comment).toContain("InvalidIdentityToken");
    expect(comment).toContain("aud api://wrong");
    expect(comment).toContain('client_id_list = ["api://wrong"]');
    expect(world!.github.repo(OWNER, REPO).pulls).toEqual([]);
  });

  it("an audience the trust policy does not allow fails with the decoded claims and the condition to match", async () => {
    const { run, comment } = await linkWith(
      { aws: { providerAudiences: ["sts.amazonaws.com", "api://other"] } },
      { audience: "api://other" },
    );
    expect(run.outputs.status).toBe("blocked");
    expect(comment).toContain("AccessDenied");
    expect(comment).toContain("api://other");
    expect(comment).toContain("token.actions.githubusercontent.com:aud");
  });

  it("a wrong subject fails with the token's sub and the StringLike pattern the trust policy needs", async () => {
    const { run, comment } = await linkWith({
      aws: {
        trust: [{ roleArn: LOOKUP_ROLE, audience: "sts.amazonaws.com", subjectPatterns: [SUB] }],
        run: {
          repository: `${OWNER}/${REPO}`,
          ref: "refs/heads/feature",
          sub: `repo:${OWNER}/${REPO}:ref:refs/heads/feature`,
        },
      },
    });
    expect(run.outputs.status).toBe("blocked");
    expect(comment).toContain(`repo:${OWNER}/${REPO}:ref:refs/heads/feature`);
    expect(comment).toContain("token.actions.githubusercontent.com:sub");
    expect(comment).toContain("AccessDenied");
  });

  it("a missing cluster names the cluster, the account and the region", async () => {
    const { run, comment } = await linkWith({ aws: { clusters: { [DEVSTG_ID]: [] } } });
    expect(run.outputs.status).toBe("blocked");
    expect(comment).toContain(TARGET);
    expect(comment).toContain(DEVSTG_ID);
    expect(comment).toContain("us-east-1");
  });

  it("a cluster that is still CREATING fails the preflight check before any branch", async () => {
    const { run, comment } = await linkWith({
      aws: { clusters: { [DEVSTG_ID]: [cluster({ status: "CREATING" })] } },
    });
    expect(run.outputs.status).toBe("blocked");
    expect(comment).toMatch(/❌ \| `target-active`/);
    expect(comment).toContain("CREATING");
    expect(Object.keys(world!.github.repo(OWNER, REPO).branches())).toEqual(["main"]);
  });

  it("throttling is retried", async () => {
    const { run } = await linkWith({
      aws: { faults: { eks: ["throttle-429", "throttle-400"], sts: ["server-503"] } },
    });
    expect(run.outputs.status).toBe("published");
    const statuses = world!.aws.calls.filter((c) => c.service !== "oidc").map((c) => c.status);
    expect(statuses).toEqual([503, 200, 429, 400, 200]);
  });

  it("a private-only endpoint is a warning that names both VPCs", async () => {
    const files = await exampleFiles("leverage-2026");
    files[".github/argocd-cluster-link.yml"] = "aws:\n  source-cluster: acme-shared-k8s-eks\n";
    const { run, comment } = await linkWith({
      files,
      aws: {
        clusters: {
          [DEVSTG_ID]: [cluster({ endpointPublicAccess: false, vpcId: "vpc-0a1b2c3d4e5f6a7b8" })],
          [SHARED_ID]: [
            fakeCluster({
              name: "acme-shared-k8s-eks",
              accountId: SHARED_ID,
              vpcId: "vpc-0c9d8e7f6a5b4c3d2",
            }),
          ],
        },
        trust: [
          {
            roleArn: `arn:aws:iam::${DEVSTG_ID}:role/argocd-cluster-link-lookup`,
            audience: "sts.amazonaws.com",
            subjectPatterns: [`repo:${OWNER}/${REPO}:*`],
          },
          {
            roleArn: `arn:aws:iam::${SHARED_ID}:role/argocd-cluster-link-lookup`,
            allowedRoleArns: [`arn:aws:iam::${DEVSTG_ID}:role/argocd-cluster-link-lookup`],
          },
        ],
      },
    });
    expect(run.outputs.status).toBe("published");
    // The check's sentence is escaped prose: read it without the escapes.
    expect(comment.replace(/\\([^\n|])/g, "$1")).toMatch(
      /⚠️ \| `endpoint-access`[^\n]*vpc-0a1b2c3d4e5f6a7b8[^\n]*vpc-0c9d8e7f6a5b4c3d2|⚠️ \| `endpoint-access`[^\n]*vpc-0c9d8e7f6a5b4c3d2[^\n]*vpc-0a1b2c3d4e5f6a7b8/,
    );
    expect(comment).toMatch(/✅ \| `source-oidc`/);
  });

  it("without `id-token: write` it says which permission to add, and asks AWS nothing", async () => {
    world = await startWorld();
    await expectMissingIdTokenExplained(world, runAction);
  });
});
