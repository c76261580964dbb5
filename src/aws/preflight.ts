// Checks on the described clusters that tell, before any pull request, whether the link can work and
// what the plan will do. A failed check must be reported by the caller before anything else happens.

import { X509Certificate } from "node:crypto";
import { compareVersions } from "../core/versions.js";
import type { ClusterFacts } from "../facts/types.js";

export type CheckStatus = "pass" | "warn" | "fail";

export interface PreflightCheck {
  id: string;
  status: CheckStatus;
  /** One line: what was checked and why it passed, warns or fails. */
  summary: string;
  /** What to do, when there is something to do. */
  action?: string;
}

/** Warn when the cluster CA expires within this many days. */
export const CA_EXPIRY_WARN_DAYS = 90;
/**
 * Warn for Kubernetes versions older than this: an example threshold for the end of EKS standard
 * support (older versions run on paid extended support, then are upgraded by AWS). Update it over time.
 */
export const OLDEST_STANDARD_SUPPORT_VERSION = "1.29";

export function hasFailures(checks: readonly PreflightCheck[]): boolean {
  return checks.some((check) => check.status === "fail");
}

const DAY_MS = 24 * 60 * 60 * 1000;

function check(id: string, status: CheckStatus, summary: string, action?: string): PreflightCheck {
  return action === undefined ? { id, status, summary } : { id, status, summary, action };
}

/** Status, endpoint and CA from the raw describe output: they decide whether facts can be built at all. */
export function targetStateChecks(
  cluster: Record<string, unknown>,
  name: string,
  now: Date,
): PreflightCheck[] {
  const status = typeof cluster.status === "string" ? cluster.status : "in an unknown state";
  const endpoint = typeof cluster.endpoint === "string" ? cluster.endpoint : "";
  const ca = cluster.certificateAuthority as { data?: unknown } | undefined;
  const caData = typeof ca?.data === "string" ? ca.data : "";
  if (status !== "ACTIVE" || endpoint === "" || caData === "") {
    const missing = [endpoint === "" && "API endpoint", caData === "" && "CA certificate"].filter(Boolean);
    return [
      check(
        "target-active",
        "fail",
        status !== "ACTIVE"
          ? `target cluster ${name} is ${status}, not ACTIVE: its endpoint and CA are not usable yet`
          : `target cluster ${name} is ACTIVE but reports no ${missing.join(" and ")}`,
        `Wait until the cluster is ACTIVE (aws eks wait cluster-active --name ${name}) and rerun.`,
      ),
    ];
  }
  return [
    check(
      "target-active",
      "pass",
      `target cluster ${name} is ACTIVE with an API endpoint and a CA certificate`,
    ),
    caCheck(caData, now),
  ];
}

/** The CA must be a PEM certificate that has not expired; warn when it expires soon. */
export function caCheck(caData: string, now: Date): PreflightCheck {
  const invalid = (why: string) =>
    check(
      "target-ca",
      "fail",
      `the cluster CA (certificateAuthority.data) ${why}`,
      "Check the cluster in the EKS console; ArgoCD cannot verify the API server without its CA.",
    );
  const pem = Buffer.from(caData, "base64").toString("latin1");
  if (!pem.includes("-----BEGIN CERTIFICATE-----")) return invalid("is not base64 of a PEM certificate");
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(pem);
  } catch {
    return invalid("holds a PEM block that is not a valid X.509 certificate");
  }
  const subject = certificate.subject.split("\n").join(", ");
  const notAfter = new Date(certificate.validTo);
  if (Number.isNaN(notAfter.getTime())) return invalid("has an expiry date that cannot be read");
  const days = Math.floor((notAfter.getTime() - now.getTime()) / DAY_MS);
  const until = notAfter.toISOString().slice(0, 10);
  if (notAfter.getTime() <= now.getTime()) {
    return check(
      "target-ca",
      "fail",
      `the cluster CA ${subject} expired on ${until}: TLS connections to the API server fail`,
      "The cluster CA must be renewed before ArgoCD can connect; for EKS, contact AWS support.",
    );
  }
  if (days < CA_EXPIRY_WARN_DAYS) {
    return check(
      "target-ca",
      "warn",
      `the cluster CA ${subject} expires on ${until}, in ${days} days (under ${CA_EXPIRY_WARN_DAYS})`,
      "Plan the CA renewal; ArgoCD's cluster secret (caData) must be updated with the new CA.",
    );
  }
  return check("target-ca", "pass", `the cluster CA ${subject} is valid until ${until} (${days} days)`);
}

/** The source cluster's state: UPDATING still works; anything else but ACTIVE cannot run ArgoCD. */
export function sourceStateCheck(cluster: Record<string, unknown>, name: string): PreflightCheck {
  const status = typeof cluster.status === "string" ? cluster.status : "in an unknown state";
  if (status === "ACTIVE") return check("source-active", "pass", `source cluster ${name} is ACTIVE`);
  if (status === "UPDATING") {
    return check(
      "source-active",
      "warn",
      `source cluster ${name} is UPDATING: its OIDC issuer and VPC were not checked`,
      "Rerun when the update is done to check them.",
    );
  }
  return check(
    "source-active",
    "fail",
    `source cluster ${name} is ${status}, not ACTIVE: ArgoCD cannot run there`,
    "Check the source cluster name and region, and its state in the EKS console.",
  );
}

export interface FactsCheckInput {
  target: ClusterFacts;
  /** Facts of the cluster where ArgoCD runs, when it was given and could be read. */
  source?: ClusterFacts;
  /** Why the source was not checked, for the warnings; default: it was not given. */
  sourceNotChecked?: string;
  method: "iam-role" | "bearer-token";
  /** The target's resourcesVpcConfig.publicAccessCidrs, when known. */
  publicAccessCidrs?: readonly string[];
}

/** Checks on valid facts: IRSA on the source, authentication mode, network path, Kubernetes version. */
export function factsChecks(input: FactsCheckInput): PreflightCheck[] {
  const checks: PreflightCheck[] = [];
  if (input.method === "iam-role") checks.push(oidcCheck(input));
  checks.push(authModeCheck(input), endpointCheck(input), versionCheck(input.target));
  return checks;
}

function oidcCheck({ source, sourceNotChecked }: FactsCheckInput): PreflightCheck {
  if (source === undefined) {
    return check(
      "source-oidc",
      "warn",
      `source cluster not checked (${sourceNotChecked ?? "none was given"}): IRSA for ArgoCD needs its OIDC issuer`,
      "Give the source cluster (where ArgoCD runs) to check it.",
    );
  }
  if (source.oidcIssuer === undefined) {
    return check(
      "source-oidc",
      "fail",
      `source cluster ${source.name} has no OIDC issuer: IRSA is impossible, so ArgoCD cannot assume an IAM role`,
      "Enable the cluster's OIDC issuer and create its IAM OIDC provider, or use method bearer-token.",
    );
  }
  return check(
    "source-oidc",
    "pass",
    `source cluster ${source.name} has OIDC issuer ${source.oidcIssuer}: ArgoCD can use IRSA (its IAM OIDC provider must exist in account ${source.accountId})`,
  );
}

function authModeCheck({ target, method }: FactsCheckInput): PreflightCheck {
  const mode = target.authenticationMode;
  if (method === "bearer-token") {
    return check(
      "auth-mode",
      "pass",
      `authentication mode ${mode}: not used, method bearer-token authenticates with a ServiceAccount token`,
    );
  }
  if (mode === "CONFIG_MAP") {
    return check(
      "auth-mode",
      "warn",
      "authentication mode CONFIG_MAP: the plan maps ArgoCD's role in the aws-auth ConfigMap (map_roles); access entries are unavailable",
      "Consider switching the cluster to API_AND_CONFIG_MAP (a one-way change) to use access entries, which replace the deprecated aws-auth.",
    );
  }
  return check(
    "auth-mode",
    "pass",
    `authentication mode ${mode}: the plan grants ArgoCD's role access with an EKS access entry${mode === "API" ? " (aws-auth is ignored)" : ""}`,
  );
}

function endpointCheck({ target, source, publicAccessCidrs }: FactsCheckInput): PreflightCheck {
  const vpcs = `target VPC ${target.vpcId ?? "unknown"}, source VPC ${source?.vpcId ?? "unknown"}`;
  if (target.endpointPublicAccess === undefined && target.endpointPrivateAccess === undefined) {
    return check(
      "endpoint-access",
      "warn",
      `the target's endpoint access (public/private) is not reported (${vpcs})`,
      "Check that ArgoCD can reach the API endpoint.",
    );
  }
  if (target.endpointPublicAccess === true) {
    const open = publicAccessCidrs === undefined || publicAccessCidrs.includes("0.0.0.0/0");
    if (!open) {
      return check(
        "endpoint-access",
        "warn",
        `the target's public endpoint only admits ${publicAccessCidrs.join(", ")}`,
        "Make sure ArgoCD's outbound (NAT) addresses are in publicAccessCidrs, or give it a private network path.",
      );
    }
    return check(
      "endpoint-access",
      "pass",
      `the target's API endpoint is public${target.endpointPrivateAccess ? " and private" : ""}: reachable by ArgoCD (${vpcs})`,
    );
  }
  if (target.endpointPrivateAccess !== true) {
    return check(
      "endpoint-access",
      "fail",
      "the target's API endpoint has neither public nor private access",
      "Enable public or private endpoint access on the target cluster.",
    );
  }
  if (source?.vpcId !== undefined && source.vpcId === target.vpcId) {
    return check(
      "endpoint-access",
      "pass",
      `the target's API endpoint is private-only and ArgoCD's cluster is in the same VPC ${target.vpcId}`,
    );
  }
  return check(
    "endpoint-access",
    "warn",
    `the target's API endpoint is private-only: ArgoCD needs a network path to it (${vpcs})`,
    "Connect the VPCs (VPC peering or Transit Gateway, with routes and security group rules for port 443) and let the source resolve the private endpoint's DNS name.",
  );
}

function versionCheck(target: ClusterFacts): PreflightCheck {
  if (target.version === undefined) {
    return check("k8s-version", "warn", "the target's Kubernetes version is not reported");
  }
  if (compareVersions(target.version, OLDEST_STANDARD_SUPPORT_VERSION) < 0) {
    return check(
      "k8s-version",
      "warn",
      `Kubernetes ${target.version} is older than ${OLDEST_STANDARD_SUPPORT_VERSION}: past EKS standard support (extended support costs more)`,
      "Plan a cluster upgrade; linking works meanwhile.",
    );
  }
  return check(
    "k8s-version",
    "pass",
    `Kubernetes ${target.version} is not older than ${OLDEST_STANDARD_SUPPORT_VERSION} (the standard-support threshold)`,
  );
}
