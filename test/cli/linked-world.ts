// What the `list` and `verify` tests share (in process and through the built bundle): a folder
// holding the 2026 reference tree with an iam-role and a bearer-token link merged, and the fake
// IAM, EKS and ArgoCD holding what applying the iam-role link creates, with the environment of a
// user's shell whose AWS credentials (issued by the fake STS) the SDK's default chain picks up.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { AssumeRoleWithWebIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { planLink } from "../../src/plan/plan.js";
import { CASE_DATE, exampleFacts, exampleRepo, exampleRequest, mergePlan } from "../support/cases.js";
import {
  fakeCluster,
  startFakeAws,
  type FakeAccessEntry,
  type FakeAws,
  type FakeRole,
} from "../e2e/fake-aws/index.js";
import { startFakeArgocd, type FakeArgocd } from "../e2e/fake-argocd.js";
import { BASE_ENV } from "./support.js";

export const SHARED_ID = "622335794160";
export const DEVSTG_ID = "624557916382";
export const TARGET = "acme-apps-devstg-k8s-eks-demoapps";
/** The API server of the example facts: the links' cluster entry in ArgoCD. */
export const API_SERVER = "https://D62A6F19DA4526474B5A265B4ED94D4D.gr7.us-east-1.eks.amazonaws.com";
/** The role whose credentials the "user" holds. */
export const READER = `arn:aws:iam::${DEVSTG_ID}:role/argocd-cluster-link-reader`;

/** A folder under `parent` holding the 2026 example with both links merged, as after their pull requests. */
export async function linkedFolder(parent: string): Promise<string> {
  const repo = await exampleRepo("leverage-2026");
  for (const name of ["leverage-2026-iam-role", "leverage-2026-bearer-token"])
    mergePlan(
      repo,
      await planLink(repo, exampleRequest(name), exampleFacts("leverage-2026-apps-devstg"), {
        date: CASE_DATE,
      }),
    );
  const dir = join(mkdtempSync(join(parent, "linked-")), "leverage");
  for (const [path, text] of repo.files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

export interface VerifyWorld {
  aws: FakeAws;
  argocd: FakeArgocd;
  /** What the fake AWS holds; tests take pieces out to model a step not applied. */
  roles: Record<string, FakeRole[]>;
  accessEntries: Record<string, FakeAccessEntry[]>;
  /** The user's shell: AWS credentials and ARGOCD_AUTH_TOKEN in the environment, the SDK pointed at the fakes. */
  env: NodeJS.ProcessEnv;
  close(): Promise<void>;
}

/** The fakes after the iam-role link `demoapps` is applied and ArgoCD connected to its cluster. */
export async function startVerifyWorld(tmp: string): Promise<VerifyWorld> {
  const roles: Record<string, FakeRole[]> = {
    [DEVSTG_ID]: [
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
    ],
  };
  const accessEntries: Record<string, FakeAccessEntry[]> = {
    [DEVSTG_ID]: [
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
    ],
  };
  const aws = await startFakeAws({
    trust: [{ roleArn: READER, audience: "sts.amazonaws.com", subjectPatterns: ["*"] }],
    clusters: { [DEVSTG_ID]: [fakeCluster({ name: TARGET, accountId: DEVSTG_ID })] },
    roles,
    accessEntries,
  });
  const argocd = await startFakeArgocd();
  argocd.clusters.set(API_SERVER, { name: "demoapps", namespaces: ["demoapps"], status: "Successful" });
  const sts = new STSClient({ region: "us-east-1", endpoint: aws.stsUrl, maxAttempts: 1 });
  const { Credentials } = await sts.send(
    new AssumeRoleWithWebIdentityCommand({
      RoleArn: READER,
      RoleSessionName: "cli-test",
      WebIdentityToken: aws.issueToken("sts.amazonaws.com"),
    }),
  );
  sts.destroy();
  const ambient = Object.fromEntries(Object.entries(BASE_ENV).filter(([k]) => !/^(AWS_|ARGOCD_)/.test(k)));
  const env = {
    ...ambient,
    ...aws.env(),
    AWS_ACCESS_KEY_ID: Credentials!.AccessKeyId!,
    AWS_SECRET_ACCESS_KEY: Credentials!.SecretAccessKey!,
    AWS_SESSION_TOKEN: Credentials!.SessionToken!,
    // No shared config or credentials file of the machine running the tests.
    AWS_CONFIG_FILE: join(tmp, "no-aws-config"),
    AWS_SHARED_CREDENTIALS_FILE: join(tmp, "no-aws-credentials"),
    ARGOCD_AUTH_TOKEN: argocd.token,
  };
  return {
    aws,
    argocd,
    roles,
    accessEntries,
    env,
    close: async () => {
      await Promise.all([aws.close(), argocd.close()]);
    },
  };
}
