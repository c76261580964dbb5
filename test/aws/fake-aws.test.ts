// lookupClusters in process against the fake OIDC endpoint, STS and EKS (test/e2e/fake-aws): the real
// SDK clients, pointed at the fakes by AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL_EKS, and the real
// core.getIDToken reading ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN.

import * as core from "@actions/core";
import { DescribeClusterCommand, EKSClient } from "@aws-sdk/client-eks";
import { AssumeRoleWithWebIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AwsLookupError } from "../../src/aws/errors.js";
import { lookupClusters, type LookupOptions } from "../../src/aws/lookup.js";
import { hasFailures } from "../../src/aws/preflight.js";
import { fakeCluster, startFakeAws, type FakeAws, type FakeAwsOptions } from "../e2e/fake-aws/index.js";

const SHARED = "111111111111";
const APPS = "222222222222";
const LOOKUP = `arn:aws:iam::${SHARED}:role/argocd-cluster-link-lookup`;
const CHAIN = `arn:aws:iam::${APPS}:role/argocd-cluster-link-reader`;
const TARGET = { name: "apps-devstg-eks", region: "us-east-1" };
const SOURCE = { name: "shared-eks", region: "us-east-1" };

const ENV_KEYS = [
  "ACTIONS_ID_TOKEN_REQUEST_URL",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "AWS_ENDPOINT_URL_STS",
  "AWS_ENDPOINT_URL_EKS",
  "AWS_ENDPOINT_URL",
] as const;

function baseOptions(overrides: Partial<FakeAwsOptions> = {}): FakeAwsOptions {
  return {
    trust: [
      { roleArn: LOOKUP, audience: "sts.amazonaws.com", subjectPatterns: ["repo:octo-org/infra:*"] },
      { roleArn: CHAIN, allowedRoleArns: [LOOKUP] },
    ],
    clusters: {
      [SHARED]: [
        fakeCluster({ name: SOURCE.name, accountId: SHARED, vpcId: "vpc-0000000000000aaaa" }),
        fakeCluster({ name: TARGET.name, accountId: SHARED, vpcId: "vpc-0000000000000bbbb" }),
      ],
      [APPS]: [fakeCluster({ name: TARGET.name, accountId: APPS, vpcId: "vpc-0000000000000cccc" })],
    },
    ...overrides,
  };
}

let aws: FakeAws | undefined;
let savedEnv: Record<string, string | undefined>;
let masked: string[];
let logged: string[];
let tokens: string[];

beforeEach(() => {
  savedEnv = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));
  masked = [];
  logged = [];
  tokens = [];
  // core.getIDToken prints ::add-mask:: and ::debug:: workflow commands: keep them out of the test output.
  const write = process.stdout.write.bind(process.stdout);
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) =>
    String(chunk).startsWith("::") ? true : write(chunk, ...(rest as [])),
  );
});

afterEach(async () => {
  vi.restoreAllMocks();
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
  await aws?.close();
  aws = undefined;
});

async function start(options: FakeAwsOptions = baseOptions()): Promise<FakeAws> {
  aws = await startFakeAws(options);
  delete process.env.AWS_ENDPOINT_URL;
  Object.assign(process.env, aws.env());
  return aws;
}

function options(overrides: Partial<LookupOptions> = {}): LookupOptions {
  return {
    getIdToken: async (audience) => {
      const token = await core.getIDToken(audience);
      tokens.push(token);
      return token;
    },
    region: "us-east-1",
    lookupRoleArn: LOOKUP,
    sessionName: "argocd-cluster-link-9876543210-1",
    target: TARGET,
    source: SOURCE,
    method: "iam-role",
    mask: (secret) => masked.push(secret),
    log: (line) => logged.push(line),
    retry: { maxAttempts: 4, baseDelayMs: 1, maxTotalMs: 10_000 },
    ...overrides,
  };
}

async function lookupError(opts: LookupOptions): Promise<AwsLookupError> {
  const error = await lookupClusters(opts).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AwsLookupError);
  return error as AwsLookupError;
}

/** The OIDC token never shows: not in messages, hints or log lines. */
function expectNoToken(...texts: string[]): void {
  expect(tokens.length).toBeGreaterThan(0);
  for (const token of tokens) {
    const signature = token.split(".")[2] ?? token;
    for (const text of [...texts, ...logged]) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(signature);
    }
  }
}

describe("lookupClusters against fake AWS", () => {
  it("reads both clusters with the lookup role and passes every check", async () => {
    const fake = await start();
    const result = await lookupClusters(options());

    expect(result.target).toMatchObject({
      name: TARGET.name,
      accountId: SHARED,
      region: "us-east-1",
      status: "ACTIVE",
      authenticationMode: "API_AND_CONFIG_MAP",
      vpcId: "vpc-0000000000000bbbb",
      ca: { subject: "CN=kubernetes" },
    });
    expect(result.source?.oidcIssuer).toMatch(/^https:\/\/oidc\.eks\.us-east-1\.amazonaws\.com\/id\//);
    expect(result.identity).toEqual({ roleArn: LOOKUP, sessionName: "argocd-cluster-link-9876543210-1" });
    expect(result.checks.map((c) => [c.id, c.status])).toEqual([
      ["target-active", "pass"],
      ["target-ca", "pass"],
      ["source-active", "pass"],
      ["source-oidc", "pass"],
      ["auth-mode", "pass"],
      ["endpoint-access", "pass"],
      ["k8s-version", "pass"],
    ]);
    expect(fake.calls.map((c) => `${c.service} ${c.action} ${c.status}`)).toEqual([
      "oidc GetIdToken 200",
      "sts AssumeRoleWithWebIdentity 200",
      "eks DescribeCluster 200",
      "eks DescribeCluster 200",
    ]);
    expect(fake.calls[1]?.target).toBe(LOOKUP);
    expect(fake.calls.filter((c) => c.service === "eks").map((c) => c.callerRoleArn)).toEqual([
      LOOKUP,
      LOOKUP,
    ]);
    // The token and the three credential parts are masked.
    expect(masked).toHaveLength(4);
    expect(masked[0]).toBe(tokens[0]);
    expect(masked[1]).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expectNoToken();
  });

  it("reads the target through the chained role of its account", async () => {
    const fake = await start();
    const result = await lookupClusters(options({ chainRoleArn: CHAIN }));

    expect(result.target).toMatchObject({ accountId: APPS, vpcId: "vpc-0000000000000cccc" });
    expect(result.source).toMatchObject({ accountId: SHARED, name: SOURCE.name });
    expect(result.identity.roleArn).toBe(CHAIN);
    const sts = fake.calls.filter((c) => c.service === "sts");
    expect(sts.map((c) => [c.action, c.target, c.callerRoleArn])).toEqual([
      ["AssumeRoleWithWebIdentity", LOOKUP, undefined],
      ["AssumeRole", CHAIN, LOOKUP],
    ]);
    const eks = fake.calls.filter((c) => c.service === "eks");
    expect(eks.map((c) => [c.target, c.callerRoleArn])).toEqual([
      [TARGET.name, CHAIN],
      [SOURCE.name, LOOKUP],
    ]);
    expect(masked).toHaveLength(7);
  });

  it("explains a chained role whose trust policy does not allow the lookup role", async () => {
    await start(baseOptions({ trust: [baseOptions().trust[0]!, { roleArn: CHAIN, allowedRoleArns: [] }] }));
    const error = await lookupError(options({ chainRoleArn: CHAIN }));
    expect(error.code).toBe("chain-role-denied");
    expect(error.message).toContain(`"Principal": { "AWS": "${LOOKUP}" }`);
    expect(error.message).toContain(`is not authorized to perform: sts:AssumeRole on resource: ${CHAIN}`);
  });

  it("explains a token with an audience the IAM OIDC provider does not accept", async () => {
    const fake = await start();
    const error = await lookupError(options({ audience: "https://github.com/octo-org" }));
    expect(error.code).toBe("web-identity-invalid-token");
    expect(error.summary).toContain("InvalidIdentityToken (Incorrect token audience)");
    expect(error.hint).toContain('client_id_list = ["https://github.com/octo-org"]');
    expect(error.hint).toContain("aud https://github.com/octo-org");
    expect(fake.calls.filter((c) => c.service === "sts")).toHaveLength(1);
    expectNoToken(error.message);
  });

  it("explains a trust policy whose audience condition differs from the token's", async () => {
    await start(baseOptions({ providerAudiences: ["sts.amazonaws.com", "argocd-link"] }));
    const error = await lookupError(options({ audience: "argocd-link" }));
    expect(error.code).toBe("web-identity-denied");
    expect(error.hint).toContain("aud: argocd-link");
    expect(error.hint).toContain('"token.actions.githubusercontent.com:aud": "argocd-link"');
  });

  it("explains a subject the trust policy does not match, with the claims and the condition", async () => {
    const fake = await start(baseOptions({ run: { repository: "octo-org/other", eventName: "issues" } }));
    const error = await lookupError(options());
    expect(error.code).toBe("web-identity-denied");
    expect(error.summary).toContain("Not authorized to perform sts:AssumeRoleWithWebIdentity");
    expect(error.hint).toContain("sub: repo:octo-org/other:ref:refs/heads/main");
    expect(error.hint).toContain("aud: sts.amazonaws.com");
    expect(error.hint).toContain("event_name: issues");
    expect(error.hint).toContain(
      '"token.actions.githubusercontent.com:sub": ["repo:octo-org/other:ref:refs/heads/main"',
    );
    expect(error.hint).toContain("repo:octo-org@120004321/other@690001234:ref:refs/heads/main");
    expect(error.hint).not.toMatch(/repo:[^"]*:\*/);
    expect(error.hint).toContain("This run was triggered by an issue");
    // A refused AssumeRoleWithWebIdentity is permanent: one attempt.
    expect(fake.calls.filter((c) => c.service === "sts")).toHaveLength(1);
    expectNoToken(error.message);
  });

  it("explains an immutable sub that a name-only pattern does not match", async () => {
    await start(baseOptions({ run: { sub: "repo:octo-org@120004321/infra@690001234:ref:refs/heads/main" } }));
    const error = await lookupError(options());
    expect(error.code).toBe("web-identity-denied");
    expect(error.hint).toContain(
      '"token.actions.githubusercontent.com:sub": "repo:octo-org@120004321/infra@690001234:ref:refs/heads/main"',
    );
    expect(error.hint).toContain("patterns naming only repo:<org>/<repo>:... no longer match it");
  });

  it("accepts an immutable sub when the trust policy lists it", async () => {
    const trust = [
      {
        roleArn: LOOKUP,
        audience: "sts.amazonaws.com",
        subjectPatterns: ["repo:octo-org@120004321/infra@690001234:*"],
      },
    ];
    await start(
      baseOptions({ trust, run: { sub: "repo:octo-org@120004321/infra@690001234:ref:refs/heads/main" } }),
    );
    const result = await lookupClusters(options());
    expect(result.target?.name).toBe(TARGET.name);
  });

  it("explains a workflow without id-token: write", async () => {
    await start();
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    const error = await lookupError(options());
    expect(error.code).toBe("oidc-unavailable");
    expect(error.message).toContain("permissions: id-token: write");
    expect(error.hint).toContain("    id-token: write");
  });

  it("explains a cluster that is not in the account and region", async () => {
    const fake = await start();
    const error = await lookupError(options({ target: { name: "apps-prd-eks", region: "us-east-1" } }));
    expect(error.code).toBe("cluster-not-found");
    expect(error.summary).toContain(`"apps-prd-eks" was not found in account ${SHARED}, region us-east-1`);
    expect(error.summary).toContain("No cluster found for name: apps-prd-eks.");
    expect(error.hint).toContain(LOOKUP);
    expect(fake.calls.filter((c) => c.service === "eks")).toHaveLength(1);
  });

  it("looks in the region asked for: a cluster in another region is not found", async () => {
    await start();
    const error = await lookupError(options({ target: { name: TARGET.name, region: "eu-west-1" } }));
    expect(error.code).toBe("cluster-not-found");
    expect(error.summary).toContain("region eu-west-1");
  });

  it("explains a role without eks:DescribeCluster", async () => {
    await start(baseOptions({ denyDescribe: [CHAIN] }));
    const error = await lookupError(options({ chainRoleArn: CHAIN }));
    expect(error.code).toBe("cluster-access-denied");
    expect(error.hint).toContain(
      `{ "Effect": "Allow", "Action": "eks:DescribeCluster", "Resource": "arn:aws:eks:us-east-1:${APPS}:cluster/${TARGET.name}" }`,
    );
  });

  it("returns a failing target-active check for a CREATING cluster instead of throwing", async () => {
    const clusters = baseOptions().clusters;
    clusters[SHARED] = [
      fakeCluster({ name: SOURCE.name, accountId: SHARED }),
      fakeCluster({ name: TARGET.name, accountId: SHARED, status: "CREATING" }),
    ];
    await start(baseOptions({ clusters }));
    const result = await lookupClusters(options());
    expect(result.target).toBeUndefined();
    expect(result.source?.name).toBe(SOURCE.name);
    expect(result.checks[0]).toMatchObject({ id: "target-active", status: "fail" });
    expect(result.checks[0]?.summary).toContain("is CREATING, not ACTIVE");
    expect(hasFailures(result.checks)).toBe(true);
  });

  it("retries throttling, server errors and dropped connections, then succeeds", async () => {
    const fake = await start(
      baseOptions({ faults: { sts: ["throttle-400"], eks: ["throttle-429", "server-503", "reset"] } }),
    );
    const result = await lookupClusters(options({ source: undefined }));
    expect(result.target?.name).toBe(TARGET.name);
    expect(fake.calls.map((c) => `${c.service} ${c.status}${c.code ? ` ${c.code}` : ""}`)).toEqual([
      "oidc 200",
      "sts 400 Throttling",
      "sts 200",
      "eks 429 ThrottlingException",
      "eks 503 ServiceUnavailableException",
      "eks 0 reset",
      "eks 200",
    ]);
    expect(logged.filter((line) => line.includes("retrying"))).toHaveLength(4);
  });

  it("gives up on throttling after the attempts allowed", async () => {
    const fake = await start(baseOptions({ faults: { eks: Array(10).fill("throttle-400") } }));
    const error = await lookupError(options({ source: undefined }));
    expect(error.code).toBe("aws-throttled");
    expect(error.summary).toContain("gave up after 4 attempts");
    expect(fake.calls.filter((c) => c.service === "eks")).toHaveLength(4);
  });

  it("warns that a private-only endpoint in another VPC needs a network path", async () => {
    const clusters = baseOptions().clusters;
    clusters[APPS] = [
      fakeCluster({
        name: TARGET.name,
        accountId: APPS,
        vpcId: "vpc-0000000000000cccc",
        endpointPublicAccess: false,
      }),
    ];
    await start(baseOptions({ clusters }));
    const result = await lookupClusters(options({ chainRoleArn: CHAIN }));
    const endpoint = result.checks.find((c) => c.id === "endpoint-access");
    expect(endpoint?.status).toBe("warn");
    expect(endpoint?.summary).toContain("private-only");
    expect(endpoint?.summary).toContain("vpc-0000000000000cccc");
    expect(endpoint?.summary).toContain("vpc-0000000000000aaaa");
    expect(endpoint?.action).toContain("VPC peering");
    expect(hasFailures(result.checks)).toBe(false);
  });
  it("explains an expired OIDC token", async () => {
    await start(baseOptions({ run: { ttlSeconds: -60 } }));
    const error = await lookupError(options());
    expect(error.code).toBe("credentials-expired");
    expect(error.summary).toContain("Token expired");
  });
});

describe("the fake AWS itself", () => {
  it("EKS accepts only requests SigV4-signed with credentials its STS issued", async () => {
    const fake = await start();
    const sts = new STSClient({ region: "us-east-1", maxAttempts: 1 });
    const { Credentials } = await sts.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: LOOKUP,
        RoleSessionName: "self-test",
        WebIdentityToken: fake.issueToken("sts.amazonaws.com"),
      }),
    );
    const good = {
      accessKeyId: Credentials?.AccessKeyId ?? "",
      secretAccessKey: Credentials?.SecretAccessKey ?? "",
      sessionToken: Credentials?.SessionToken ?? "",
    };
    const describe = (credentials: typeof good) =>
      new EKSClient({ region: "us-east-1", maxAttempts: 1, credentials }).send(
        new DescribeClusterCommand({ name: TARGET.name }),
      );
    await expect(describe(good)).resolves.toMatchObject({ cluster: { name: TARGET.name } });
    await expect(describe({ ...good, secretAccessKey: "wrong" })).rejects.toMatchObject({
      name: "InvalidSignatureException",
    });
    await expect(describe({ ...good, accessKeyId: "ASIAAAAAAAAAAAAAAAAA" })).rejects.toMatchObject({
      name: "UnrecognizedClientException",
    });
    await expect(describe({ ...good, sessionToken: "other" })).rejects.toMatchObject({
      name: "UnrecognizedClientException",
    });
  });

  it("STS refuses a token signed by another key and an unsigned AssumeRole", async () => {
    const other = await startFakeAws(baseOptions());
    const foreignToken = other.issueToken("sts.amazonaws.com");
    await other.close();
    await start();
    const sts = new STSClient({ region: "us-east-1", maxAttempts: 1 });
    await expect(
      sts.send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: LOOKUP,
          RoleSessionName: "self-test",
          WebIdentityToken: foreignToken,
        }),
      ),
    ).rejects.toMatchObject({ name: "InvalidIdentityTokenException" });
    const response = await fetch(process.env.AWS_ENDPOINT_URL_STS ?? "", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `Action=AssumeRole&Version=2011-06-15&RoleArn=${encodeURIComponent(CHAIN)}&RoleSessionName=x1`,
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("<Code>MissingAuthenticationToken</Code>");
  });
});
