export type AuthenticationMode = "CONFIG_MAP" | "API_AND_CONFIG_MAP" | "API";

/** What the engine needs to know about an EKS cluster (from `aws eks describe-cluster` or the EKS API). */
export interface ClusterFacts {
  name: string;
  arn: string;
  /** Account id and region parsed from the ARN. */
  accountId: string;
  region: string;
  version?: string;
  status: string;
  /** API server URL, https. */
  endpoint: string;
  /** `certificateAuthority.data`: base64 of a PEM certificate, used unchanged as ArgoCD `caData`. */
  caData: string;
  /** Parsed certificate details, for reports and checks. */
  ca: { subject: string; notAfter: string; fingerprint256: string };
  oidcIssuer?: string;
  authenticationMode: AuthenticationMode;
  endpointPublicAccess?: boolean;
  endpointPrivateAccess?: boolean;
  vpcId?: string;
}
