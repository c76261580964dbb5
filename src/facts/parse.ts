import { X509Certificate } from "node:crypto";
import { InvalidInputError, show, type FieldError } from "../core/errors.js";
import { oneLine } from "../core/text.js";
import {
  AWS_REGION,
  EKS_CLUSTER_NAME,
  PARSER_MESSAGE_MAX,
  isMapping,
  readText,
  type TextRule,
} from "../core/validate.js";
import type { AuthenticationMode, ClusterFacts } from "./types.js";

const AUTHENTICATION_MODES: readonly AuthenticationMode[] = ["CONFIG_MAP", "API_AND_CONFIG_MAP", "API"];

/** describe-cluster output is a few kilobytes; anything far larger is not one. */
const MAX_FACTS_CHARS = 256 * 1024;
/** describe-cluster output nests about 6 levels deep; far deeper JSON would only exhaust the stack of what reads it. */
const MAX_FACTS_DEPTH = 32;

/** Built from the request's region and cluster-name patterns (anchors dropped) so both agree. */
const CLUSTER_ARN: TextRule = {
  max: 256,
  pattern: new RegExp(
    `^arn:aws[a-z-]*:eks:${AWS_REGION.pattern.source.slice(1, -1)}:[0-9]{12}:cluster/${EKS_CLUSTER_NAME.pattern.source.slice(1, -1)}$`,
  ),
  words: "an EKS cluster ARN: arn:aws:eks:<region>:<12-digit account id>:cluster/<name>",
};
const STATUS: TextRule = { max: 32, pattern: /^[A-Z_]+$/, words: "an EKS cluster status such as ACTIVE" };
const VERSION: TextRule = {
  max: 16,
  pattern: /^[0-9]+\.[0-9]+$/,
  words: "a Kubernetes version such as 1.31",
};
const VPC_ID: TextRule = { max: 32, pattern: /^vpc-[0-9a-f]+$/, words: "a VPC id such as vpc-0abc123" };
const HTTPS_URL: TextRule = { max: 2048, pattern: /^https:\/\//, words: "an https:// URL" };
const BASE64: TextRule = {
  max: 64 * 1024,
  pattern: /^[A-Za-z0-9+/]+={0,2}$/,
  words: "base64 (one line) of a PEM certificate",
};

/**
 * Parses the JSON printed by `aws eks describe-cluster`: `{"cluster": {...}}`.
 * Throws InvalidInputError listing every problem found.
 */
export function parseClusterFactsText(text: string, sourceName: string): ClusterFacts {
  const what = `cluster facts ${sourceName}`;
  const rootError = (value: string, message: string) =>
    new InvalidInputError(what, [{ field: "(root)", value, message }]);
  if (text.length > MAX_FACTS_CHARS) {
    throw rootError(
      `${text.length} characters`,
      `is too long for describe-cluster output; at most ${MAX_FACTS_CHARS}`,
    );
  }
  const depth = jsonDepth(text, MAX_FACTS_DEPTH);
  if (depth > MAX_FACTS_DEPTH) {
    throw rootError(
      `more than ${MAX_FACTS_DEPTH} levels of nesting`,
      `is nested too deeply for describe-cluster output; at most ${MAX_FACTS_DEPTH} levels of objects and arrays`,
    );
  }
  let output: unknown;
  try {
    output = JSON.parse(text);
  } catch (error) {
    throw rootError(
      show(text),
      `is not valid JSON: ${oneLine((error as SyntaxError).message, PARSER_MESSAGE_MAX)}`,
    );
  }
  // Other top-level fields are ignored like unknown cluster fields: AWS may add them.
  if (!isMapping(output) || !isMapping(output.cluster)) {
    throw rootError(
      show(output),
      'must be the output of aws eks describe-cluster: a JSON object {"cluster": {...}}',
    );
  }
  return clusterFactsFromDescribe(output.cluster, sourceName);
}

/**
 * Validates the `cluster` object of a describe-cluster response (AWS CLI JSON or EKS SDK output).
 * Unknown fields are ignored. Throws InvalidInputError listing every problem found.
 */
export function clusterFactsFromDescribe(cluster: unknown, sourceName: string): ClusterFacts {
  const what = `cluster facts ${sourceName}`;
  if (!isMapping(cluster)) {
    throw new InvalidInputError(what, [
      { field: "cluster", value: show(cluster), message: "must be the JSON object describing the cluster" },
    ]);
  }
  const errors: FieldError[] = [];
  const optional = (field: string, value: unknown, rule: TextRule) =>
    value === undefined || value === null ? undefined : readText(errors, `cluster.${field}`, value, rule);
  const required = (field: string, value: unknown, rule: TextRule) => {
    if (value !== undefined && value !== null) return readText(errors, `cluster.${field}`, value, rule);
    errors.push({ field: `cluster.${field}`, value: show(value), message: `is required: ${rule.words}` });
    return undefined;
  };
  const object = (field: string, value: unknown): Record<string, unknown> | undefined => {
    if (value === undefined || value === null || isMapping(value)) return value ?? undefined;
    errors.push({ field: `cluster.${field}`, value: show(value), message: "must be a JSON object" });
    return undefined;
  };
  const flag = (field: string, value: unknown): boolean | undefined => {
    if (value === undefined || value === null || typeof value === "boolean") return value ?? undefined;
    errors.push({ field: `cluster.${field}`, value: show(value), message: "must be true or false" });
    return undefined;
  };

  const name = required("name", cluster.name, EKS_CLUSTER_NAME);
  const arn = required("arn", cluster.arn, CLUSTER_ARN);
  // The pattern above guarantees six ':'-separated parts with the name after "cluster/".
  const [, , , region = "", accountId = "", resource = ""] = arn?.split(":") ?? [];
  const arnName = resource.slice("cluster/".length);
  if (arn !== undefined && name !== undefined && arnName !== name) {
    errors.push({
      field: "cluster.arn",
      value: show(arn),
      message: `names cluster ${show(arnName)} but cluster.name is ${show(name)}; they must be the same cluster`,
    });
  }
  const version = optional("version", cluster.version, VERSION);

  const status = required("status", cluster.status, STATUS);
  if (status !== undefined && status !== "ACTIVE") {
    errors.push({
      field: "cluster.status",
      value: show(status),
      message: `the cluster is ${status}, not ACTIVE; retry when it is ACTIVE`,
    });
  }

  const endpoint = required("endpoint", cluster.endpoint, HTTPS_URL);
  if (endpoint !== undefined) checkHttpsUrl(errors, "cluster.endpoint", endpoint, { path: false });

  const certificateAuthority = object("certificateAuthority", cluster.certificateAuthority);
  const caData = required("certificateAuthority.data", certificateAuthority?.data, BASE64);
  const ca =
    caData === undefined ? undefined : readCertificate(errors, "cluster.certificateAuthority.data", caData);

  const oidc = object("identity.oidc", object("identity", cluster.identity)?.oidc);
  const oidcIssuer = optional("identity.oidc.issuer", oidc?.issuer, HTTPS_URL);
  if (oidcIssuer !== undefined) {
    checkHttpsUrl(errors, "cluster.identity.oidc.issuer", oidcIssuer, { path: true });
  }

  // EKS clusters created before access entries existed report no accessConfig: they use the aws-auth ConfigMap.
  const mode = object("accessConfig", cluster.accessConfig)?.authenticationMode ?? "CONFIG_MAP";
  const authenticationMode = AUTHENTICATION_MODES.find((allowed) => allowed === mode);
  if (authenticationMode === undefined) {
    errors.push({
      field: "cluster.accessConfig.authenticationMode",
      value: show(mode),
      message: `must be one of: ${AUTHENTICATION_MODES.join(", ")}`,
    });
  }

  const vpcConfig = object("resourcesVpcConfig", cluster.resourcesVpcConfig);
  const vpcId = optional("resourcesVpcConfig.vpcId", vpcConfig?.vpcId, VPC_ID);
  const endpointPublicAccess = flag(
    "resourcesVpcConfig.endpointPublicAccess",
    vpcConfig?.endpointPublicAccess,
  );
  const endpointPrivateAccess = flag(
    "resourcesVpcConfig.endpointPrivateAccess",
    vpcConfig?.endpointPrivateAccess,
  );

  if (errors.length > 0) throw new InvalidInputError(what, errors);
  // No error was recorded, so every required field was read successfully.
  return {
    name,
    arn,
    accountId,
    region,
    ...(version !== undefined && { version }),
    status,
    endpoint,
    caData,
    ca,
    ...(oidcIssuer !== undefined && { oidcIssuer }),
    authenticationMode,
    ...(endpointPublicAccess !== undefined && { endpointPublicAccess }),
    ...(endpointPrivateAccess !== undefined && { endpointPrivateAccess }),
    ...(vpcId !== undefined && { vpcId }),
  } as ClusterFacts;
}

/** Problems when the facts describe another cluster than the request names. */
export function checkFactsMatchRequest(
  facts: ClusterFacts,
  req: { targetCluster: string; targetRegion: string },
): FieldError[] {
  const errors: FieldError[] = [];
  if (facts.name !== req.targetCluster) {
    errors.push({
      field: "target-cluster",
      value: show(req.targetCluster),
      message: `does not match the cluster facts, which describe cluster ${show(facts.name)}`,
    });
  }
  if (facts.region !== req.targetRegion) {
    errors.push({
      field: "target-region",
      value: show(req.targetRegion),
      message: `does not match the cluster facts, whose cluster is in ${show(facts.region)}`,
    });
  }
  return errors;
}

/**
 * How deeply JSON text nests objects and arrays (brackets inside strings do not count), read in one
 * pass without parsing; stops counting once past `limit`. Malformed text is left to JSON.parse.
 */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{" || char === "[") {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (char === "}" || char === "]") depth--;
  }
  return deepest;
}

/** An https URL with a plain host name and no credentials, query or fragment; a path only when allowed. */
function checkHttpsUrl(errors: FieldError[], field: string, url: string, allow: { path: boolean }): void {
  const fail = (message: string) => errors.push({ field, value: show(url), message });
  const rest = url.slice("https://".length);
  const authority = rest.split(/[/?#]/, 1)[0] ?? "";
  if (!URL.canParse(url)) fail("must be an https:// URL");
  else if (authority.includes("@")) fail("must not contain credentials");
  else if (!/^[A-Za-z0-9.-]+(:[0-9]{1,5})?$/.test(authority)) {
    fail("must have a host name of letters, digits, '.' and '-' (and an optional port)");
  } else if (/[?#]/.test(rest)) fail("must not have a query or fragment");
  else if (!allow.path && rest !== authority) fail("must not have a path; expected https://<host>");
}

/** Checks that base64 text decodes to a PEM certificate that Node accepts, and describes it. */
function readCertificate(errors: FieldError[], field: string, data: string): ClusterFacts["ca"] | undefined {
  const fail = (message: string) => {
    errors.push({ field, value: show(data), message });
    return undefined;
  };
  if (data.length % 4 !== 0) return fail("is not valid base64: its length is not a multiple of 4");
  const pem = Buffer.from(data, "base64").toString("latin1");
  if (!/^\s*-----BEGIN CERTIFICATE-----\r?\n/.test(pem) || !pem.includes("-----END CERTIFICATE-----")) {
    return fail(
      "must be base64 of a PEM certificate (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----)",
    );
  }
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(pem);
  } catch {
    return fail("holds a PEM block that is not a valid X.509 certificate");
  }
  const notAfter = new Date(certificate.validTo);
  if (Number.isNaN(notAfter.getTime())) return fail("holds a certificate whose expiry date cannot be read");
  return {
    // Node separates the subject's parts with newlines; one line reads better in reports.
    subject: certificate.subject.split("\n").join(", "),
    notAfter: notAfter.toISOString(),
    fingerprint256: certificate.fingerprint256,
  };
}
