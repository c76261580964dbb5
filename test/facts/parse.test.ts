import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InvalidInputError, type FieldError } from "../../src/core/errors.js";
import {
  checkFactsMatchRequest,
  clusterFactsFromDescribe,
  jsonDepth,
  parseClusterFactsText,
} from "../../src/facts/parse.js";

/** Base64 of a self-signed PEM certificate for CN=kubernetes, made once with openssl. */
const CA = readFileSync(new URL("../fixtures/ca.b64", import.meta.url), "utf8").trim();
const CA_DETAILS = {
  subject: "CN=kubernetes",
  notAfter: "2036-11-27T10:41:21.000Z",
  fingerprint256:
    "F5:AC:31:CF:5E:4B:03:A5:BE:DF:B3:F2:B1:B0:A8:A0:D1:9E:3E:D2:18:49:55:B0:DE:5A:96:4A:53:A1:27:7F",
};
const ENDPOINT = "https://0123456789ABCDEF0123456789ABCDEF.gr7.us-east-1.eks.amazonaws.com";
const ISSUER = "https://oidc.eks.us-east-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF";

/** The `cluster` object of a real-looking describe-cluster response, including fields the parser ignores. */
function awsCluster(): Record<string, unknown> {
  return {
    name: "apps-devstg-eks",
    arn: "arn:aws:eks:us-east-1:123456789012:cluster/apps-devstg-eks",
    createdAt: "2024-05-02T14:03:11.123000+00:00",
    version: "1.31",
    endpoint: ENDPOINT,
    roleArn: "arn:aws:iam::123456789012:role/apps-devstg-eks-cluster",
    resourcesVpcConfig: {
      subnetIds: ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"],
      securityGroupIds: [],
      clusterSecurityGroupId: "sg-0a1b2c3d4e5f60003",
      vpcId: "vpc-0a1b2c3d4e5f60004",
      endpointPublicAccess: false,
      endpointPrivateAccess: true,
      publicAccessCidrs: ["0.0.0.0/0"],
    },
    kubernetesNetworkConfig: { serviceIpv4Cidr: "172.20.0.0/16", ipFamily: "ipv4" },
    identity: { oidc: { issuer: ISSUER } },
    status: "ACTIVE",
    certificateAuthority: { data: CA },
    platformVersion: "eks.12",
    tags: { Environment: "apps-devstg" },
    accessConfig: { bootstrapClusterCreatorAdminPermissions: true, authenticationMode: "API_AND_CONFIG_MAP" },
    upgradePolicy: { supportType: "STANDARD" },
  };
}

const FACTS = {
  name: "apps-devstg-eks",
  arn: "arn:aws:eks:us-east-1:123456789012:cluster/apps-devstg-eks",
  accountId: "123456789012",
  region: "us-east-1",
  version: "1.31",
  status: "ACTIVE",
  endpoint: ENDPOINT,
  caData: CA,
  ca: CA_DETAILS,
  oidcIssuer: ISSUER,
  authenticationMode: "API_AND_CONFIG_MAP",
  endpointPublicAccess: false,
  endpointPrivateAccess: true,
  vpcId: "vpc-0a1b2c3d4e5f60004",
};

/** The FieldErrors of the InvalidInputError that `run` must throw. */
function errorsOf(run: () => unknown): FieldError[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).errors;
  }
  throw new Error("expected an InvalidInputError");
}

/** The cluster with `path` (dot-separated) set to `value`, or removed when `value` is undefined. */
function clusterWith(path: string, value: unknown): Record<string, unknown> {
  const cluster = awsCluster();
  const keys = path.split(".");
  const last = keys.pop() as string;
  let parent = cluster;
  for (const key of keys) parent = parent[key] as Record<string, unknown>;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return cluster;
}

const base64 = (text: string) => Buffer.from(text).toString("base64");

describe("valid facts", () => {
  it("reads describe-cluster output and ignores unknown fields", () => {
    const text = JSON.stringify({ cluster: awsCluster(), addedByAwsLater: true }, null, 4);
    expect(parseClusterFactsText(text, "facts.json")).toStrictEqual(FACTS);
  });

  it("keeps certificateAuthority.data exactly as given", () => {
    expect(clusterFactsFromDescribe(awsCluster(), "sdk").caData).toBe(CA);
  });

  it("parses account id and region from a GovCloud ARN", () => {
    const cluster = clusterWith(
      "arn",
      "arn:aws-us-gov:eks:us-gov-west-1:210987654321:cluster/apps-devstg-eks",
    );
    expect(clusterFactsFromDescribe(cluster, "sdk")).toMatchObject({
      accountId: "210987654321",
      region: "us-gov-west-1",
    });
  });

  it("defaults a missing accessConfig to CONFIG_MAP", () => {
    expect(clusterFactsFromDescribe(clusterWith("accessConfig", undefined), "x").authenticationMode).toBe(
      "CONFIG_MAP",
    );
    expect(
      clusterFactsFromDescribe(clusterWith("accessConfig.authenticationMode", undefined), "x")
        .authenticationMode,
    ).toBe("CONFIG_MAP");
  });

  it("leaves out optional facts that are absent", () => {
    const cluster = awsCluster();
    delete cluster.version;
    delete cluster.identity;
    delete cluster.resourcesVpcConfig;
    const facts = clusterFactsFromDescribe(cluster, "x");
    for (const key of ["version", "oidcIssuer", "vpcId", "endpointPublicAccess", "endpointPrivateAccess"]) {
      expect(facts).not.toHaveProperty(key);
    }
  });

  it("accepts an endpoint with a port", () => {
    const endpoint = "https://api.example.internal:6443";
    expect(clusterFactsFromDescribe(clusterWith("endpoint", endpoint), "x").endpoint).toBe(endpoint);
  });
});

/** [case, dot-separated path in the cluster, value set there (undefined removes it), field, message]. */
// prettier-ignore
const FIELD_CASES: [string, string, unknown, string, RegExp][] = [
  ["name missing", "name", undefined, "cluster.name", /^is required: an EKS cluster name/],
  ["name invalid", "name", "-apps", "cluster.name", /must be an EKS cluster name/],
  ["ARN malformed", "arn", "arn:aws:eks:us-east-1:1234:cluster/apps-devstg-eks", "cluster.arn", /must be an EKS cluster ARN: arn:aws:eks:<region>:<12-digit account id>:cluster\/<name>/],
  ["ARN of another service", "arn", "arn:aws:ec2:us-east-1:123456789012:cluster/apps-devstg-eks", "cluster.arn", /must be an EKS cluster ARN/],
  ["ARN naming another cluster", "arn", "arn:aws:eks:us-east-1:123456789012:cluster/other", "cluster.arn", /^names cluster "other" but cluster.name is "apps-devstg-eks"/],
  ["version not a version", "version", "latest", "cluster.version", /must be a Kubernetes version such as 1.31/],
  ["status CREATING", "status", "CREATING", "cluster.status", /^the cluster is CREATING, not ACTIVE; retry when it is ACTIVE$/],
  ["status missing", "status", undefined, "cluster.status", /^is required/],
  ["endpoint over http", "endpoint", "http://apps.eks.amazonaws.com", "cluster.endpoint", /must be an https:\/\/ URL/],
  ["endpoint with a path", "endpoint", `${ENDPOINT}/api`, "cluster.endpoint", /^must not have a path; expected https:\/\/<host>$/],
  ["endpoint with a trailing '/'", "endpoint", `${ENDPOINT}/`, "cluster.endpoint", /must not have a path/],
  ["endpoint with a query", "endpoint", `${ENDPOINT}?x=1`, "cluster.endpoint", /^must not have a query or fragment$/],
  ["endpoint with credentials", "endpoint", "https://user:secret@apps.eks.amazonaws.com", "cluster.endpoint", /^must not contain credentials$/],
  ["endpoint without a host", "endpoint", "https://", "cluster.endpoint", /^must be an https:\/\/ URL$/],
  ["endpoint with an odd host", "endpoint", 'https://evil.com";x', "cluster.endpoint", /must have a host name of letters, digits/],
  ["endpoint with a newline", "endpoint", `${ENDPOINT}\n`, "cluster.endpoint", /control characters/],
  ["endpoint a number", "endpoint", 443, "cluster.endpoint", /must be a string/],
  ["CA not base64", "certificateAuthority.data", "not base64!", "cluster.certificateAuthority.data", /must be base64 \(one line\) of a PEM certificate/],
  ["CA base64 of the wrong length", "certificateAuthority.data", "abc", "cluster.certificateAuthority.data", /length is not a multiple of 4/],
  ["CA base64 but not PEM", "certificateAuthority.data", base64("hello world!"), "cluster.certificateAuthority.data", /must be base64 of a PEM certificate/],
  ["CA PEM but not a certificate", "certificateAuthority.data", base64("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"), "cluster.certificateAuthority.data", /not a valid X.509 certificate/],
  ["CA private key", "certificateAuthority.data", base64("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"), "cluster.certificateAuthority.data", /must be base64 of a PEM certificate/],
  ["OIDC issuer over http", "identity.oidc.issuer", "http://oidc.eks.us-east-1.amazonaws.com/id/X", "cluster.identity.oidc.issuer", /must be an https:\/\/ URL/],
  ["OIDC issuer with a query", "identity.oidc.issuer", `${ISSUER}?a=b`, "cluster.identity.oidc.issuer", /must not have a query/],
  ["identity not an object", "identity", "oidc", "cluster.identity", /^must be a JSON object$/],
  ["unknown authentication mode", "accessConfig.authenticationMode", "IAM", "cluster.accessConfig.authenticationMode", /^must be one of: CONFIG_MAP, API_AND_CONFIG_MAP, API$/],
  ["endpoint access as a string", "resourcesVpcConfig.endpointPublicAccess", "true", "cluster.resourcesVpcConfig.endpointPublicAccess", /^must be true or false$/],
  ["VPC id of a subnet", "resourcesVpcConfig.vpcId", "subnet-0a1b2c3d", "cluster.resourcesVpcConfig.vpcId", /must be a VPC id/],
];

describe("invalid fields", () => {
  it.each(FIELD_CASES)("%s", (_name, path, value, field, message) => {
    const errors = errorsOf(() => clusterFactsFromDescribe(clusterWith(path, value), "facts.json"));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.field).toBe(field);
    expect(errors[0]?.message).toMatch(message);
  });

  it("reports a non-object certificateAuthority and its missing data", () => {
    const errors = errorsOf(() => clusterFactsFromDescribe(clusterWith("certificateAuthority", "x"), "x"));
    expect(errors.map((e) => e.field)).toEqual([
      "cluster.certificateAuthority",
      "cluster.certificateAuthority.data",
    ]);
  });

  it("lists every problem of a cluster still being created", () => {
    const cluster = { ...awsCluster(), status: "CREATING", endpoint: "", certificateAuthority: {} };
    const errors = errorsOf(() => clusterFactsFromDescribe(cluster, "facts.json"));
    expect(errors.map((e) => e.field)).toEqual([
      "cluster.status",
      "cluster.endpoint",
      "cluster.certificateAuthority.data",
    ]);
    expect(errors[0]?.message).toBe("the cluster is CREATING, not ACTIVE; retry when it is ACTIVE");
    expect(errors[2]?.message).toMatch(/^is required/);
  });

  it("reports a cluster being created without endpoint or certificate fields", () => {
    const cluster = clusterWith("status", "CREATING");
    delete cluster.endpoint;
    delete cluster.certificateAuthority;
    const errors = errorsOf(() => clusterFactsFromDescribe(cluster, "facts.json"));
    expect(errors.map((e) => [e.field, e.value])).toEqual([
      ["cluster.status", '"CREATING"'],
      ["cluster.endpoint", "nothing"],
      ["cluster.certificateAuthority.data", "nothing"],
    ]);
  });

  it("names the source of the facts", () => {
    expect(() => clusterFactsFromDescribe(clusterWith("status", "FAILED"), "describe.json")).toThrow(
      /^cluster facts describe.json is invalid:\n {2}- cluster.status: the cluster is FAILED/,
    );
  });
});

describe("document shape", () => {
  it.each([
    ["not JSON", "cluster: {}", /^is not valid JSON: /],
    [
      "the cluster object without its wrapper",
      JSON.stringify(awsCluster()),
      /must be the output of aws eks describe-cluster/,
    ],
    ["a list", "[]", /must be the output of aws eks describe-cluster/],
    ["a non-object cluster", '{"cluster": "apps"}', /must be the output of aws eks describe-cluster/],
    ["too much text", `{"cluster": {}, "x": "${"x".repeat(300_000)}"}`, /is too long/],
  ])("rejects %s on (root)", (_name, text, message) => {
    const errors = errorsOf(() => parseClusterFactsText(text, "facts.json"));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.field).toBe("(root)");
    expect(errors[0]?.message).toMatch(message);
  });

  it("rejects a cluster that is not an object", () => {
    expect(errorsOf(() => clusterFactsFromDescribe(null, "sdk"))).toEqual([
      { field: "cluster", value: "null", message: "must be the JSON object describing the cluster" },
    ]);
  });
});

describe("nesting depth", () => {
  it("counts objects and arrays, not brackets inside strings or escaped quotes", () => {
    expect(jsonDepth('{"a": [1, {"b": "[[[{{{"}]}', 10)).toBe(3);
    expect(jsonDepth('{"a": "\\"[[[", "b": []}', 10)).toBe(2);
    expect(jsonDepth("1", 10)).toBe(0);
    expect(jsonDepth("[".repeat(100), 10)).toBe(11);
  });

  it("refuses facts nested 5,000 levels deep on (root), without a stack overflow", () => {
    const text = `{"cluster": {"name": ${"[".repeat(5000)}${"]".repeat(5000)}}}`;
    let error: unknown;
    try {
      parseClusterFactsText(text, "deep.json");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).exitCode).toBe(2);
    expect((error as InvalidInputError).errors).toEqual([
      {
        field: "(root)",
        value: "more than 32 levels of nesting",
        message: expect.stringContaining("is nested too deeply for describe-cluster output"),
      },
    ]);
  });

  it("reads real describe-cluster output, which nests about 6 levels", () => {
    const text = readFileSync(
      new URL("../../examples/facts/guide-apps-devstg.json", import.meta.url),
      "utf8",
    );
    expect(jsonDepth(text, 32)).toBeLessThanOrEqual(8);
    expect(parseClusterFactsText(text, "guide").name).toBeTruthy();
  });
});

describe("checkFactsMatchRequest", () => {
  const facts = clusterFactsFromDescribe(awsCluster(), "x");

  it("finds nothing when name and region match", () => {
    expect(
      checkFactsMatchRequest(facts, { targetCluster: "apps-devstg-eks", targetRegion: "us-east-1" }),
    ).toEqual([]);
  });

  it("reports a different cluster name and region", () => {
    expect(
      checkFactsMatchRequest(facts, { targetCluster: "apps-prd-eks", targetRegion: "eu-west-1" }),
    ).toEqual([
      {
        field: "target-cluster",
        value: '"apps-prd-eks"',
        message: 'does not match the cluster facts, which describe cluster "apps-devstg-eks"',
      },
      {
        field: "target-region",
        value: '"eu-west-1"',
        message: 'does not match the cluster facts, whose cluster is in "us-east-1"',
      },
    ]);
  });
});
