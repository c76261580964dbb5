import { describe, expect, it } from "vitest";
import type { ClusterFacts } from "../../src/facts/types.js";
import {
  CA_EXPIRY_WARN_DAYS,
  OLDEST_STANDARD_SUPPORT_VERSION,
  caCheck,
  factsChecks,
  hasFailures,
  sourceStateCheck,
  targetStateChecks,
  type FactsCheckInput,
  type PreflightCheck,
} from "../../src/aws/preflight.js";
import { CA, CA_NOT_AFTER, describedCluster } from "./support.js";

const NOW = new Date("2026-11-30T00:00:00Z");
const DAY = 86_400_000;

function facts(overrides: Partial<ClusterFacts> = {}): ClusterFacts {
  return {
    name: "apps-devstg-eks",
    arn: "arn:aws:eks:us-east-1:222222222222:cluster/apps-devstg-eks",
    accountId: "222222222222",
    region: "us-east-1",
    version: "1.31",
    status: "ACTIVE",
    endpoint: "https://0123456789ABCDEF0123456789ABCDEF.gr7.us-east-1.eks.amazonaws.com",
    caData: CA,
    ca: { subject: "CN=kubernetes", notAfter: "2036-11-27T10:41:21.000Z", fingerprint256: "F5" },
    oidcIssuer: "https://oidc.eks.us-east-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF",
    authenticationMode: "API_AND_CONFIG_MAP",
    endpointPublicAccess: true,
    endpointPrivateAccess: true,
    vpcId: "vpc-0000000000000bbbb",
    ...overrides,
  };
}

const SOURCE = facts({
  name: "shared-eks",
  arn: "arn:aws:eks:us-east-1:111111111111:cluster/shared-eks",
  accountId: "111111111111",
  vpcId: "vpc-0000000000000aaaa",
});

function only(id: string, input: Partial<FactsCheckInput>): PreflightCheck {
  const checks = factsChecks({ target: facts(), source: SOURCE, method: "iam-role", ...input });
  const found = checks.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} check in ${JSON.stringify(checks)}`);
  return found;
}

describe("target state", () => {
  it.each(["CREATING", "DELETING", "FAILED", "UPDATING", "PENDING"])("fails for a %s cluster", (status) => {
    const checks = targetStateChecks(describedCluster("c", "222222222222", { status }), "c", NOW);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ id: "target-active", status: "fail" });
    expect(checks[0]?.summary).toContain(`is ${status}, not ACTIVE`);
  });

  it("fails for an ACTIVE cluster without endpoint or CA", () => {
    const [check] = targetStateChecks(
      describedCluster("c", "222222222222", { endpoint: undefined, certificateAuthority: {} }),
      "c",
      NOW,
    );
    expect(check?.summary).toBe("target cluster c is ACTIVE but reports no API endpoint and CA certificate");
  });

  it("passes an ACTIVE cluster and checks its CA", () => {
    const checks = targetStateChecks(describedCluster("c", "222222222222"), "c", NOW);
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ["target-active", "pass"],
      ["target-ca", "pass"],
    ]);
  });
});

describe("CA certificate", () => {
  it("passes a CA valid for long, with its subject and expiry", () => {
    expect(caCheck(CA, NOW)).toEqual({
      id: "target-ca",
      status: "pass",
      summary: "the cluster CA CN=kubernetes is valid until 2036-11-27 (3650 days)",
    });
  });

  it(`warns when it expires within ${CA_EXPIRY_WARN_DAYS} days`, () => {
    const check = caCheck(CA, new Date(CA_NOT_AFTER - 30 * DAY));
    expect(check.status).toBe("warn");
    expect(check.summary).toContain("expires on 2036-11-27, in 30 days");
    expect(caCheck(CA, new Date(CA_NOT_AFTER - (CA_EXPIRY_WARN_DAYS + 1) * DAY)).status).toBe("pass");
  });

  it("fails when it has expired", () => {
    const check = caCheck(CA, new Date(CA_NOT_AFTER + DAY));
    expect(check.status).toBe("fail");
    expect(check.summary).toContain("expired on 2036-11-27");
  });

  it.each([
    ["not PEM", Buffer.from("hello").toString("base64"), "is not base64 of a PEM certificate"],
    [
      "a broken PEM",
      Buffer.from("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n").toString("base64"),
      "not a valid X.509 certificate",
    ],
  ])("fails for %s", (_what, data, message) => {
    const check = caCheck(data, NOW);
    expect(check.status).toBe("fail");
    expect(check.summary).toContain(message);
  });
});

describe("source state", () => {
  it.each([
    ["ACTIVE", "pass"],
    ["UPDATING", "warn"],
    ["CREATING", "fail"],
    ["DELETING", "fail"],
  ])("%s is %s", (status, expected) => {
    expect(sourceStateCheck(describedCluster("s", "111111111111", { status }), "s").status).toBe(expected);
  });
});

describe("source OIDC issuer", () => {
  it("passes when the source has an issuer", () => {
    const check = only("source-oidc", {});
    expect(check.status).toBe("pass");
    expect(check.summary).toContain("ArgoCD can use IRSA");
  });

  it("fails when the source has none: IRSA impossible", () => {
    const check = only("source-oidc", { source: { ...SOURCE, oidcIssuer: undefined } });
    expect(check.status).toBe("fail");
    expect(check.summary).toContain("IRSA is impossible");
    expect(check.action).toContain("bearer-token");
  });

  it("warns when no source was given", () => {
    const check = only("source-oidc", { source: undefined });
    expect(check.status).toBe("warn");
    expect(check.summary).toContain("source cluster not checked");
  });

  it("is not checked for method bearer-token", () => {
    const checks = factsChecks({ target: facts(), method: "bearer-token" });
    expect(checks.map((c) => c.id)).toEqual(["auth-mode", "endpoint-access", "k8s-version"]);
  });
});

describe("authentication mode", () => {
  it.each([
    ["API", "iam-role", "pass", "access entry (aws-auth is ignored)"],
    ["API_AND_CONFIG_MAP", "iam-role", "pass", "access entry"],
    ["CONFIG_MAP", "iam-role", "warn", "aws-auth ConfigMap (map_roles)"],
    ["CONFIG_MAP", "bearer-token", "pass", "ServiceAccount token"],
  ] as const)("%s with %s is %s", (mode, method, status, text) => {
    const check = only("auth-mode", { target: facts({ authenticationMode: mode }), method });
    expect(check.status).toBe(status);
    expect(check.summary).toContain(text);
  });
});

describe("endpoint access", () => {
  it("passes a public endpoint, showing both VPCs", () => {
    const check = only("endpoint-access", {});
    expect(check.status).toBe("pass");
    expect(check.summary).toContain("target VPC vpc-0000000000000bbbb, source VPC vpc-0000000000000aaaa");
  });

  it("warns when the public endpoint is limited to some CIDRs", () => {
    const check = only("endpoint-access", { publicAccessCidrs: ["203.0.113.0/24"] });
    expect(check.status).toBe("warn");
    expect(check.summary).toContain("203.0.113.0/24");
  });

  it("warns for a private-only endpoint in another VPC, with both VPC ids", () => {
    const check = only("endpoint-access", { target: facts({ endpointPublicAccess: false }) });
    expect(check.status).toBe("warn");
    expect(check.summary).toContain("private-only");
    expect(check.summary).toContain("vpc-0000000000000bbbb");
    expect(check.summary).toContain("vpc-0000000000000aaaa");
    expect(check.action).toContain("VPC peering");
  });

  it("warns for a private-only endpoint when the source VPC is unknown", () => {
    const check = only("endpoint-access", {
      target: facts({ endpointPublicAccess: false }),
      source: undefined,
    });
    expect(check.status).toBe("warn");
    expect(check.summary).toContain("source VPC unknown");
  });

  it("passes a private-only endpoint in the source's VPC", () => {
    const check = only("endpoint-access", {
      target: facts({ endpointPublicAccess: false }),
      source: { ...SOURCE, vpcId: "vpc-0000000000000bbbb" },
    });
    expect(check.status).toBe("pass");
    expect(check.summary).toContain("same VPC vpc-0000000000000bbbb");
  });

  it("fails when neither public nor private access is on", () => {
    const target = facts({ endpointPublicAccess: false, endpointPrivateAccess: false });
    expect(only("endpoint-access", { target }).status).toBe("fail");
  });

  it("warns when access is not reported", () => {
    const target = facts({ endpointPublicAccess: undefined, endpointPrivateAccess: undefined });
    expect(only("endpoint-access", { target }).status).toBe("warn");
  });
});

describe("Kubernetes version", () => {
  it.each([
    ["1.31", "pass"],
    [OLDEST_STANDARD_SUPPORT_VERSION, "pass"],
    ["1.28", "warn"],
    ["1.9", "warn"],
    ["2.0", "pass"],
  ])("%s is %s", (version, status) => {
    expect(only("k8s-version", { target: facts({ version }) }).status).toBe(status);
  });

  it("warns when the version is not reported", () => {
    expect(only("k8s-version", { target: facts({ version: undefined }) }).status).toBe("warn");
  });
});

describe("hasFailures", () => {
  it("is true only with a failed check", () => {
    const pass: PreflightCheck = { id: "a", status: "pass", summary: "" };
    const warn: PreflightCheck = { id: "b", status: "warn", summary: "" };
    expect(hasFailures([])).toBe(false);
    expect(hasFailures([pass, warn])).toBe(false);
    expect(hasFailures([pass, { id: "c", status: "fail", summary: "" }])).toBe(true);
  });
});
