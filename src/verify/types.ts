// What verification asks AWS and ArgoCD, as small interfaces: the Action and the CLI each give an
// implementation (OIDC-assumed roles, or the caller's own credentials), tests give fakes.

/** A role as IAM returns it: its trust policy, decoded. */
export type RoleAnswer = { trust: unknown } | { missing: true } | { error: string };

export interface AccessEntryAnswer {
  groups: string[];
  policies: { policyArn: string; type: string; namespaces: string[] }[];
}

/** ArgoCD's answer to GET /api/v1/clusters/{server}. */
export type ArgocdAnswer = { status: number; body: unknown } | { unreachable: string } | { timeout: number };

export interface VerifyProbes {
  /** IAM GetRole in the target account (where the link's role is) or the source account (the IRSA role). */
  getRole(side: "target" | "source", name: string): Promise<RoleAnswer>;
  /** EKS DescribeAccessEntry and ListAssociatedAccessPolicies of `principal` on the target cluster. */
  accessEntry(
    cluster: string,
    principal: string,
  ): Promise<AccessEntryAnswer | { missing: true } | { error: string }>;
  /** The source cluster's OIDC issuer URL, when the config names the source cluster. */
  sourceIssuer?(): Promise<string | { error: string }>;
  /** ArgoCD's view of the cluster, when its API server and a token are given. */
  argocdCluster?(server: string): Promise<ArgocdAnswer>;
}

export type CheckResult = "pass" | "fail" | "skip";

export interface VerificationCheck {
  /** A stable id: target-role, access-entry, source-role, argocd-entry, argocd-connection. */
  check: string;
  result: CheckResult;
  /** What was found, and on failure what to do. */
  detail: string;
}
