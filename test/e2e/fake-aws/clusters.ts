// DescribeCluster `cluster` objects as EKS returns them, for the fake's clusters map.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

/** Base64 of a self-signed PEM certificate for CN=kubernetes, valid until 2036 (shared test fixture). */
export const FIXTURE_CA = readFileSync(new URL("../../fixtures/ca.b64", import.meta.url), "utf8").trim();

export interface FakeClusterOptions {
  name: string;
  accountId: string;
  region?: string;
  status?: string;
  version?: string;
  vpcId?: string;
  endpointPublicAccess?: boolean;
  endpointPrivateAccess?: boolean;
  publicAccessCidrs?: string[];
  authenticationMode?: "CONFIG_MAP" | "API_AND_CONFIG_MAP" | "API";
  /** false: no OIDC issuer. */
  oidc?: boolean;
  caData?: string;
}

export function fakeCluster(options: FakeClusterOptions): Record<string, unknown> {
  const region = options.region ?? "us-east-1";
  const status = options.status ?? "ACTIVE";
  const id = createHash("sha256")
    .update(`${options.accountId}/${region}/${options.name}`)
    .digest("hex")
    .slice(0, 32)
    .toUpperCase();
  const ready = status !== "CREATING";
  return {
    name: options.name,
    arn: `arn:aws:eks:${region}:${options.accountId}:cluster/${options.name}`,
    createdAt: 1714658591.123,
    version: options.version ?? "1.31",
    ...(ready && { endpoint: `https://${id}.gr7.${region}.eks.amazonaws.com` }),
    roleArn: `arn:aws:iam::${options.accountId}:role/${options.name}-cluster`,
    resourcesVpcConfig: {
      subnetIds: ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"],
      securityGroupIds: [],
      clusterSecurityGroupId: "sg-0a1b2c3d4e5f60003",
      vpcId: options.vpcId ?? "vpc-0a1b2c3d4e5f60004",
      endpointPublicAccess: options.endpointPublicAccess ?? true,
      endpointPrivateAccess: options.endpointPrivateAccess ?? true,
      publicAccessCidrs: options.publicAccessCidrs ?? ["0.0.0.0/0"],
    },
    kubernetesNetworkConfig: { serviceIpv4Cidr: "172.20.0.0/16", ipFamily: "ipv4" },
    logging: { clusterLogging: [{ types: ["api", "audit"], enabled: false }] },
    ...(ready &&
      options.oidc !== false && {
        identity: { oidc: { issuer: `https://oidc.eks.${region}.amazonaws.com/id/${id}` } },
      }),
    status,
    certificateAuthority: ready ? { data: options.caData ?? FIXTURE_CA } : {},
    platformVersion: "eks.12",
    tags: {},
    accessConfig: {
      bootstrapClusterCreatorAdminPermissions: true,
      authenticationMode: options.authenticationMode ?? "API_AND_CONFIG_MAP",
    },
    upgradePolicy: { supportType: "STANDARD" },
  };
}
