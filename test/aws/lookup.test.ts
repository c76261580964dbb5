import {
  AccessDeniedException,
  DescribeClusterCommand,
  EKSClient,
  EKSServiceException,
  ResourceNotFoundException,
  ServerException,
  ThrottlingException,
} from "@aws-sdk/client-eks";
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  ExpiredTokenException,
  IDPCommunicationErrorException,
  IDPRejectedClaimException,
  InvalidIdentityTokenException,
  STSClient,
  STSServiceException,
} from "@aws-sdk/client-sts";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/core/errors.js";
import { runSessionName, sanitizeSessionName } from "../../src/aws/credentials.js";
import { AwsLookupError } from "../../src/aws/errors.js";
import { defaultRoleArn, lookupClusters, type LookupOptions } from "../../src/aws/lookup.js";
import { hasFailures } from "../../src/aws/preflight.js";
import { APPS, CA_NOT_AFTER, CHAIN, CLAIMS, LOOKUP, SHARED, describedCluster, fakeJwt } from "./support.js";

const sts = mockClient(STSClient);
const eks = mockClient(EKSClient);
const TOKEN = fakeJwt();
const SIGNATURE = TOKEN.split(".")[2] as string;

function stsCredentials(tag: string) {
  return {
    Credentials: {
      AccessKeyId: `ASIA${tag}AAAAAAAAAAAA`,
      SecretAccessKey: `secret-${tag}`,
      SessionToken: `session-${tag}`,
      Expiration: new Date("2030-01-01T00:15:00Z"),
    },
  };
}

let masked: string[];
let logged: string[];

beforeEach(() => {
  sts.reset();
  eks.reset();
  masked = [];
  logged = [];
  sts.on(AssumeRoleWithWebIdentityCommand).resolves(stsCredentials("LOOK"));
  sts
    .on(AssumeRoleCommand)
    .callsFake((input: { RoleArn: string }) =>
      Promise.resolve(stsCredentials(input.RoleArn === CHAIN ? "CHAI" : "SRCE")),
    );
  eks
    .on(DescribeClusterCommand)
    .callsFake((input: { name: string }) =>
      Promise.resolve({ cluster: describedCluster(input.name, input.name === "shared-eks" ? SHARED : APPS) }),
    );
});

function options(overrides: Partial<LookupOptions> = {}): LookupOptions {
  return {
    getIdToken: async () => TOKEN,
    region: "us-east-1",
    lookupRoleArn: LOOKUP,
    sessionName: "argocd-cluster-link-9876543210-1",
    target: { name: "apps-devstg-eks", region: "us-east-1" },
    source: { name: "shared-eks", region: "us-east-1" },
    method: "iam-role",
    mask: (secret) => masked.push(secret),
    log: (line) => logged.push(line),
    retry: { maxAttempts: 4, baseDelayMs: 1, maxTotalMs: 5_000 },
    ...overrides,
  };
}

async function lookupError(opts: LookupOptions): Promise<AwsLookupError> {
  const error = await lookupClusters(opts).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AwsLookupError);
  const lookup = error as AwsLookupError;
  for (const text of [lookup.message, lookup.hint, lookup.summary, ...logged]) {
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(SIGNATURE);
  }
  return lookup;
}

/** The static credentials an SDK client was built with. */
async function clientCredentials(call: { thisValue: unknown }): Promise<unknown> {
  const client = call.thisValue as EKSClient;
  const identity = await client.config.credentials();
  return identity.accessKeyId;
}

const stsError = (name: string, status: number, message: string) =>
  new STSServiceException({ name, $fault: "client", $metadata: { httpStatusCode: status }, message });

describe("lookupClusters", () => {
  it("assumes the lookup role with the OIDC token and describes both clusters", async () => {
    const audiences: string[] = [];
    const result = await lookupClusters(
      options({
        getIdToken: async (audience) => {
          audiences.push(audience);
          return TOKEN;
        },
        chainRoleArn: undefined,
      }),
    );
    expect(audiences).toEqual(["sts.amazonaws.com"]);
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)[0]?.args[0].input).toEqual({
      RoleArn: LOOKUP,
      RoleSessionName: "argocd-cluster-link-9876543210-1",
      WebIdentityToken: TOKEN,
      DurationSeconds: 900,
    });
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(0);
    expect(eks.commandCalls(DescribeClusterCommand).map((c) => c.args[0].input.name)).toEqual([
      "apps-devstg-eks",
      "shared-eks",
    ]);
    for (const call of eks.calls()) expect(await clientCredentials(call)).toBe("ASIALOOKAAAAAAAAAAAA");
    expect(result.target?.name).toBe("apps-devstg-eks");
    expect(result.source?.name).toBe("shared-eks");
    expect(result.identity).toEqual({ roleArn: LOOKUP, sessionName: "argocd-cluster-link-9876543210-1" });
    expect(hasFailures(result.checks)).toBe(false);
  });

  it("masks the token and every part of every credential, and logs none of them", async () => {
    await lookupClusters(
      options({
        chainRoleArn: CHAIN,
        source: {
          name: "shared-eks",
          region: "us-east-1",
          roleArn: `arn:aws:iam::${SHARED}:role/source-reader`,
        },
      }),
    );
    expect(masked).toEqual([
      TOKEN,
      ...["LOOK", "CHAI", "SRCE"].flatMap((tag) => [
        `ASIA${tag}AAAAAAAAAAAA`,
        `secret-${tag}`,
        `session-${tag}`,
      ]),
    ]);
    for (const secret of masked) for (const line of logged) expect(line).not.toContain(secret);
    // Credentials stay in memory: nothing is exported to the environment.
    for (const secret of masked) expect(Object.values(process.env)).not.toContain(secret);
    expect(process.env.AWS_ACCESS_KEY_ID).toBeUndefined();
    expect(logged.join("\n")).toContain("sub=repo:octo-org/infra:ref:refs/heads/main");
  });

  it("reads the target with the chained role's credentials and the source with the lookup role's", async () => {
    const result = await lookupClusters(options({ chainRoleArn: CHAIN }));
    const assume = sts.commandCalls(AssumeRoleCommand);
    expect(assume).toHaveLength(1);
    expect(assume[0]?.args[0].input).toEqual({
      RoleArn: CHAIN,
      RoleSessionName: "argocd-cluster-link-9876543210-1",
      DurationSeconds: 900,
    });
    // The chained AssumeRole is signed with the lookup role's credentials.
    expect(await clientCredentials(assume[0]!)).toBe("ASIALOOKAAAAAAAAAAAA");
    const [target, source] = eks.commandCalls(DescribeClusterCommand);
    expect(target?.args[0].input.name).toBe("apps-devstg-eks");
    expect(await clientCredentials(target!)).toBe("ASIACHAIAAAAAAAAAAAA");
    expect(await clientCredentials(source!)).toBe("ASIALOOKAAAAAAAAAAAA");
    expect(result.identity.roleArn).toBe(CHAIN);
    expect(result.target?.accountId).toBe(APPS);
  });

  it("assumes a role used for both clusters only once", async () => {
    await lookupClusters(
      options({ chainRoleArn: CHAIN, source: { name: "shared-eks", region: "us-east-1", roleArn: CHAIN } }),
    );
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(1);
    for (const call of eks.calls()) expect(await clientCredentials(call)).toBe("ASIACHAIAAAAAAAAAAAA");
  });

  it("uses the audience given and sanitizes the session name", async () => {
    const audiences: string[] = [];
    const result = await lookupClusters(
      options({
        audience: "argocd-link",
        sessionName: "run 42/attempt:1",
        getIdToken: async (audience) => {
          audiences.push(audience);
          return TOKEN;
        },
      }),
    );
    expect(audiences).toEqual(["argocd-link"]);
    expect(result.identity.sessionName).toBe("run-42-attempt-1");
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)[0]?.args[0].input.RoleSessionName).toBe(
      "run-42-attempt-1",
    );
  });

  it("works without a source cluster, warning that it was not checked", async () => {
    const result = await lookupClusters(options({ source: undefined }));
    expect(result.source).toBeUndefined();
    expect(eks.calls()).toHaveLength(1);
    expect(result.checks.find((c) => c.id === "source-oidc")).toMatchObject({
      status: "warn",
      summary: expect.stringContaining("source cluster not checked"),
    });
  });

  it("rejects invalid options before asking for a token", async () => {
    let asked = false;
    const error = await lookupClusters(
      options({
        lookupRoleArn: "arn:aws:iam::1234:user/me",
        target: { name: "-bad", region: "mars-1" },
        getIdToken: async () => {
          asked = true;
          return TOKEN;
        },
      }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).errors.map((e) => e.field)).toEqual([
      "lookupRoleArn",
      "target.name",
      "target.region",
    ]);
    expect(asked).toBe(false);
  });
});

describe("lookupClusters preflight from the described clusters", () => {
  it("returns a failing target-active check, not an error, for a cluster that is not ACTIVE", async () => {
    eks.on(DescribeClusterCommand, { name: "apps-devstg-eks" }).resolves({
      cluster: describedCluster("apps-devstg-eks", APPS, {
        status: "CREATING",
        endpoint: undefined,
        certificateAuthority: {},
      }) as never,
    });
    const result = await lookupClusters(options());
    expect(result.target).toBeUndefined();
    expect(result.checks[0]).toEqual({
      id: "target-active",
      status: "fail",
      summary:
        "target cluster apps-devstg-eks is CREATING, not ACTIVE: its endpoint and CA are not usable yet",
      action:
        "Wait until the cluster is ACTIVE (aws eks wait cluster-active --name apps-devstg-eks) and rerun.",
    });
    expect(hasFailures(result.checks)).toBe(true);
  });

  it("reports describe output the facts parser rejects as a failing target-describe check", async () => {
    eks.on(DescribeClusterCommand, { name: "apps-devstg-eks" }).resolves({
      cluster: describedCluster("apps-devstg-eks", APPS, {
        accessConfig: { authenticationMode: "SOMETHING_NEW" },
      }) as never,
    });
    const result = await lookupClusters(options());
    expect(result.target).toBeUndefined();
    const check = result.checks.find((c) => c.id === "target-describe");
    expect(check?.status).toBe("fail");
    expect(check?.summary).toContain("cluster.accessConfig.authenticationMode must be one of");
  });

  it("dates the CA check with the runtime clock: warns near expiry, fails after it", async () => {
    const near = await lookupClusters(options({ runtime: { now: () => CA_NOT_AFTER - 30 * 86_400_000 } }));
    expect(near.checks.find((c) => c.id === "target-ca")?.status).toBe("warn");
    const after = await lookupClusters(options({ runtime: { now: () => CA_NOT_AFTER + 1000 } }));
    expect(after.checks.find((c) => c.id === "target-ca")?.status).toBe("fail");
    expect(after.target).toBeUndefined();
  });

  it("warns when the source cluster is UPDATING and skips its OIDC check", async () => {
    eks.on(DescribeClusterCommand, { name: "shared-eks" }).resolves({
      cluster: describedCluster("shared-eks", SHARED, { status: "UPDATING" }) as never,
    });
    const result = await lookupClusters(options());
    expect(result.source).toBeUndefined();
    expect(result.checks.find((c) => c.id === "source-active")?.status).toBe("warn");
    expect(result.checks.find((c) => c.id === "source-oidc")).toMatchObject({
      status: "warn",
      summary: expect.stringContaining("it is UPDATING"),
    });
  });

  it("fails the OIDC check when the source has no issuer and the method is iam-role", async () => {
    eks.on(DescribeClusterCommand, { name: "shared-eks" }).resolves({
      cluster: describedCluster("shared-eks", SHARED, { identity: undefined }) as never,
    });
    const result = await lookupClusters(options());
    expect(result.checks.find((c) => c.id === "source-oidc")?.status).toBe("fail");
    const bearer = await lookupClusters(options({ method: "bearer-token" }));
    expect(bearer.checks.find((c) => c.id === "source-oidc")).toBeUndefined();
    expect(hasFailures(bearer.checks)).toBe(false);
  });
});

describe("lookupClusters errors", () => {
  it("explains a missing id-token: write permission", async () => {
    const error = await lookupError(
      options({
        getIdToken: () =>
          Promise.reject(new Error("Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable")),
      }),
    );
    expect(error.code).toBe("oidc-unavailable");
    expect(error.summary).toContain("the workflow lacks `permissions: id-token: write`");
    expect(error.hint).toContain("permissions:\n    id-token: write");
    expect(sts.calls()).toHaveLength(0);
  });

  it("reports other token request failures as such", async () => {
    const error = await lookupError(
      options({ getIdToken: () => Promise.reject(new Error("Failed to get ID Token. 503")) }),
    );
    expect(error.code).toBe("oidc-token-failed");
    expect(error.summary).toContain("Failed to get ID Token. 503");
  });

  it("explains AccessDenied on AssumeRoleWithWebIdentity with the decoded claims and the trust condition", async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(stsError("AccessDenied", 403, "Not authorized to perform sts:AssumeRoleWithWebIdentity"));
    const error = await lookupError(options());
    expect(error.code).toBe("web-identity-denied");
    expect(error.summary).toContain(`AssumeRoleWithWebIdentity into ${LOOKUP} was refused: AccessDenied`);
    for (const claim of [
      "sub: repo:octo-org/infra:ref:refs/heads/main",
      "aud: sts.amazonaws.com",
      "repository: octo-org/infra (repository_id 690001234, repository_owner_id 120004321)",
      "ref: refs/heads/main",
      "environment: (none)",
      "event_name: issues",
    ]) {
      expect(error.hint).toContain(claim);
    }
    expect(error.hint).toContain(
      '"StringEquals": { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" }',
    );
    expect(error.hint).toContain(
      '"StringLike": { "token.actions.githubusercontent.com:sub": ["repo:octo-org/infra:ref:refs/heads/main", "repo:octo-org@120004321/infra@690001234:ref:refs/heads/main"] }',
    );
    // The narrow default-branch sub, never the repository-wide pattern any branch would match.
    expect(error.hint).not.toContain("repo:octo-org/infra:*");
    expect(error.hint).toContain(`arn:aws:iam::${SHARED}:oidc-provider/token.actions.githubusercontent.com`);
    expect(error.hint).toContain("2026-07-15");
    expect(error.hint).toContain("issue-triggered runs carry the default branch's ref in sub");
    expect(sts.calls()).toHaveLength(1);
  });

  it("shows the environment form of sub for jobs with an environment", async () => {
    const token = fakeJwt({
      ...CLAIMS,
      sub: "repo:octo-org/infra:environment:production",
      environment: "production",
      event_name: "push",
    });
    sts.on(AssumeRoleWithWebIdentityCommand).rejects(stsError("AccessDenied", 403, "Not authorized"));
    const error = await lookupError(options({ getIdToken: async () => token }));
    expect(error.hint).toContain("environment: production");
    expect(error.hint).toContain("sub: repo:octo-org/infra:environment:production");
    expect(error.hint).not.toContain("This run was triggered by an issue");
    expect(error.message).not.toContain(token);
  });

  it("explains InvalidIdentityToken: provider or audience not configured", async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).rejects(
      new InvalidIdentityTokenException({
        message:
          "No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com",
        $metadata: { httpStatusCode: 400 },
      }),
    );
    const error = await lookupError(options());
    expect(error.code).toBe("web-identity-invalid-token");
    expect(error.summary).toContain("InvalidIdentityToken (No OpenIDConnect provider found");
    expect(error.hint).toContain(
      `Account ${SHARED} needs an IAM OIDC identity provider for https://token.actions.githubusercontent.com`,
    );
    expect(error.hint).toContain('client_id_list = ["sts.amazonaws.com"]');
  });

  it("explains IDPRejectedClaim the same way, plus a possibly expired claim", async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(new IDPRejectedClaimException({ message: "Claim rejected", $metadata: {} }));
    const error = await lookupError(options());
    expect(error.code).toBe("web-identity-rejected");
    expect(error.hint).toContain("client_id_list");
    expect(error.hint).toContain("expired or been revoked");
  });

  it("explains an expired OIDC token: rerun, check the clock", async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(new ExpiredTokenException({ message: "Token expired", $metadata: {} }));
    const error = await lookupError(options());
    expect(error.code).toBe("credentials-expired");
    expect(error.hint).toContain("Rerun the job");
    expect(error.hint).toContain("clock");
  });

  it("explains AccessDenied on the chained AssumeRole: which role, and the trust it needs", async () => {
    sts
      .on(AssumeRoleCommand)
      .rejects(
        stsError(
          "AccessDenied",
          403,
          `User: arn:aws:sts::${SHARED}:assumed-role/argocd-cluster-link-lookup/s is not authorized to perform: sts:AssumeRole on resource: ${CHAIN}`,
        ),
      );
    const error = await lookupError(options({ chainRoleArn: CHAIN }));
    expect(error.code).toBe("chain-role-denied");
    expect(error.summary).toContain(`AssumeRole from ${LOOKUP} into ${CHAIN} was refused: AccessDenied`);
    expect(error.hint).toContain(`The trust policy of ${CHAIN} must allow the lookup role`);
    expect(error.hint).toContain(`"Principal": { "AWS": "${LOOKUP}" }`);
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(1);
  });

  it("explains expired credentials on the chained AssumeRole", async () => {
    sts
      .on(AssumeRoleCommand)
      .rejects(stsError("ExpiredToken", 403, "The security token included in the request is expired"));
    const error = await lookupError(options({ chainRoleArn: CHAIN }));
    expect(error.code).toBe("credentials-expired");
  });

  it("explains a cluster that does not exist: name, account from the role ARN, region", async () => {
    eks.on(DescribeClusterCommand).rejects(
      new ResourceNotFoundException({
        message: "No cluster found for name: apps-devstg-eks.",
        $metadata: { httpStatusCode: 404 },
      }),
    );
    const error = await lookupError(
      options({ chainRoleArn: CHAIN, target: { name: "apps-devstg-eks", region: "eu-west-1" } }),
    );
    expect(error.code).toBe("cluster-not-found");
    expect(error.summary).toContain(
      `The target cluster "apps-devstg-eks" was not found in account ${APPS}, region eu-west-1`,
    );
    expect(error.hint).toContain(CHAIN);
    expect(eks.calls()).toHaveLength(1);
  });

  it("explains AccessDeniedException on DescribeCluster: the permission and resource ARN", async () => {
    eks
      .on(DescribeClusterCommand)
      .rejects(
        new AccessDeniedException({ message: "User is not authorized", $metadata: { httpStatusCode: 403 } }),
      );
    const error = await lookupError(options({ chainRoleArn: CHAIN }));
    expect(error.code).toBe("cluster-access-denied");
    expect(error.summary).toContain(
      `role ${CHAIN} lacks eks:DescribeCluster on arn:aws:eks:us-east-1:${APPS}:cluster/apps-devstg-eks`,
    );
    expect(eks.calls()).toHaveLength(1);
  });

  it("explains expired credentials on DescribeCluster", async () => {
    eks.on(DescribeClusterCommand).rejects(
      new EKSServiceException({
        name: "ExpiredTokenException",
        $fault: "client",
        $metadata: { httpStatusCode: 403 },
        message: "The security token included in the request is expired",
      }),
    );
    const error = await lookupError(options());
    expect(error.code).toBe("credentials-expired");
    expect(error.summary).toContain("EKS DescribeCluster for the target cluster");
  });

  it("reports unknown AWS errors with their name and message", async () => {
    eks.on(DescribeClusterCommand).rejects(
      new EKSServiceException({
        name: "InvalidParameterException",
        $fault: "client",
        $metadata: { httpStatusCode: 400 },
        message: "bad name",
      }),
    );
    const error = await lookupError(options());
    expect(error.code).toBe("aws-error");
    expect(error.summary).toContain("InvalidParameterException, HTTP 400: bad name");
  });
});

describe("lookupClusters retries", () => {
  const network = () => Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });

  it.each([
    [
      "ThrottlingException",
      () => new ThrottlingException({ message: "Rate exceeded", $metadata: { httpStatusCode: 400 } }),
    ],
    ["HTTP 500", () => new ServerException({ message: "internal", $metadata: { httpStatusCode: 500 } })],
    ["a network error", network],
  ])("retries DescribeCluster after %s and succeeds", async (_what, error) => {
    eks
      .on(DescribeClusterCommand, { name: "apps-devstg-eks" })
      .rejectsOnce(error())
      .rejectsOnce(error())
      .resolves({ cluster: describedCluster("apps-devstg-eks", APPS) as never });
    const result = await lookupClusters(options({ source: undefined }));
    expect(result.target?.name).toBe("apps-devstg-eks");
    expect(eks.calls()).toHaveLength(3);
    expect(logged.filter((line) => line.includes("retrying"))).toHaveLength(2);
  });

  it("retries STS throttling and IDP communication errors", async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejectsOnce(stsError("Throttling", 400, "Rate exceeded"))
      .rejectsOnce(
        new IDPCommunicationErrorException({
          message: "IdP unreachable",
          $metadata: { httpStatusCode: 400 },
        }),
      )
      .resolves(stsCredentials("LOOK"));
    await lookupClusters(options({ source: undefined }));
    expect(sts.calls()).toHaveLength(3);
  });

  it("stops after maxAttempts and says it gave up", async () => {
    eks.on(DescribeClusterCommand).rejects(network());
    const error = await lookupError(
      options({ retry: { maxAttempts: 3, baseDelayMs: 1, maxTotalMs: 5_000 } }),
    );
    expect(error.code).toBe("aws-unavailable");
    expect(error.summary).toContain("the network kept failing");
    expect(error.summary).toContain("gave up after 3 attempts");
    expect(eks.calls()).toHaveLength(3);
  });

  it("does not retry AccessDenied", async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).rejects(stsError("AccessDenied", 403, "Not authorized"));
    await lookupError(options());
    expect(sts.calls()).toHaveLength(1);
    expect(logged.some((line) => line.includes("retrying"))).toBe(false);
  });
});

describe("role ARNs and session names", () => {
  it("builds role ARNs and rejects invalid parts", () => {
    expect(defaultRoleArn("123456789012", "argocd-cluster-link-lookup")).toBe(
      "arn:aws:iam::123456789012:role/argocd-cluster-link-lookup",
    );
    expect(defaultRoleArn("123456789012", "reader", "aws-us-gov")).toBe(
      "arn:aws-us-gov:iam::123456789012:role/reader",
    );
    expect(() => defaultRoleArn("1234", "a b")).toThrow(InvalidInputError);
  });

  it("makes session names STS accepts", () => {
    expect(runSessionName("9876543210", "2")).toBe("argocd-cluster-link-9876543210-2");
    expect(runSessionName(undefined, undefined)).toBe("argocd-cluster-link-local-1");
    expect(sanitizeSessionName("a")).toBe("argocd-cluster-link");
    expect(sanitizeSessionName("x".repeat(80))).toHaveLength(64);
    expect(sanitizeSessionName("ok+=,.@_-Z")).toBe("ok+=,.@_-Z");
    expect(sanitizeSessionName("é ü/")).toMatch(/^[\w+=,.@-]{2,64}$/);
  });
});
