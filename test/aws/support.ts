// Shared inputs for the AWS lookup unit tests.

import { readFileSync } from "node:fs";

/** Base64 of a self-signed PEM certificate for CN=kubernetes, valid until 2036-11-27T10:41:21Z. */
export const CA = readFileSync(new URL("../fixtures/ca.b64", import.meta.url), "utf8").trim();
export const CA_NOT_AFTER = Date.parse("2036-11-27T10:41:21Z");

export const SHARED = "111111111111";
export const APPS = "222222222222";
export const LOOKUP = `arn:aws:iam::${SHARED}:role/argocd-cluster-link-lookup`;
export const CHAIN = `arn:aws:iam::${APPS}:role/argocd-cluster-link-reader`;

export const CLAIMS = {
  iss: "https://token.actions.githubusercontent.com",
  sub: "repo:octo-org/infra:ref:refs/heads/main",
  aud: "sts.amazonaws.com",
  repository: "octo-org/infra",
  repository_id: "690001234",
  repository_owner: "octo-org",
  repository_owner_id: "120004321",
  ref: "refs/heads/main",
  event_name: "issues",
  run_id: "9876543210",
  iat: 1_800_000_000,
  nbf: 1_800_000_000,
  exp: 1_800_000_300,
  jti: "5f2b4a9e-0000-4000-8000-000000000000",
};

/** A JWT-shaped token (the signature is made up: nothing here verifies it). */
export function fakeJwt(claims: Record<string, unknown> = CLAIMS): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${encode({ typ: "JWT", alg: "RS256", kid: "TESTKEY" })}.${encode(claims)}.U0lHTkFUVVJFLXNob3VsZC1uZXZlci1iZS1wcmludGVk`;
}

/** A DescribeCluster `cluster` object as the SDK returns it. */
export function describedCluster(
  name: string,
  accountId: string,
  overrides: Record<string, unknown> = {},
  vpc: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    name,
    arn: `arn:aws:eks:us-east-1:${accountId}:cluster/${name}`,
    createdAt: new Date("2024-05-02T14:03:11.123Z"),
    version: "1.31",
    endpoint: "https://0123456789ABCDEF0123456789ABCDEF.gr7.us-east-1.eks.amazonaws.com",
    resourcesVpcConfig: {
      vpcId: "vpc-0a1b2c3d4e5f60004",
      endpointPublicAccess: true,
      endpointPrivateAccess: true,
      publicAccessCidrs: ["0.0.0.0/0"],
      ...vpc,
    },
    identity: {
      oidc: { issuer: "https://oidc.eks.us-east-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF" },
    },
    status: "ACTIVE",
    certificateAuthority: { data: CA },
    accessConfig: { authenticationMode: "API_AND_CONFIG_MAP" },
    ...overrides,
  };
}
