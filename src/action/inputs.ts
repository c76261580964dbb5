// The Action's inputs, read and checked once. Bad values stop the run with a message that names
// the input and what it accepts.

import { InvalidInputError, show, type FieldError } from "../core/errors.js";

export type Command = "link" | "unlink" | "rotate" | "verify" | "auto";
const PERMISSIONS = ["admin", "maintain", "write", "triage", "read"] as const;

export interface ActionInputs {
  token: string;
  command: Command;
  configPath: string;
  dryRun: boolean;
  allowedPermissions: string[];
  label: string;
  /** Label of unlink issues (the unlink issue form sets it) and of their pull requests. */
  unlinkLabel: string;
  /** Path of a describe-cluster JSON in the workspace: when set, AWS is not called. */
  factsPath?: string;
  awsRegion?: string;
  audience?: string;
  lookupRoleName?: string;
  lookupRoleArn?: string;
  chainRoleName?: string;
  writeIntervalMs: number;
  /** Rotation: a link's token is due once it is at least this many days old. */
  rotateAfterDays: number;
  /** Rotation: every bearer-token link is due, whatever its age. */
  force: boolean;
  /** Rotation: links due whatever their age. */
  rotateLinks: string[];
  /** Rotation: due links of one target layer per pull request, at most. */
  maxLinksPerPullRequest: number;
  /** Rotation: label of the one tracking issue that lists every bearer-token link. */
  trackingLabel: string;
  /** The longest wait for a GitHub rate limit to reset, in seconds; a longer one fails the run. */
  maxRateLimitWaitSeconds: number;
  /** Verification: the HTTPS URL of ArgoCD's API server, and a token that may `get` clusters. */
  argocdServer?: URL;
  argocdAuthToken?: string;
  /** Verification: a PEM CA bundle that signs ArgoCD's certificate (besides NODE_EXTRA_CA_CERTS). */
  argocdCaCert?: string;
  /** Verification: how long ArgoCD may take to answer. */
  argocdTimeoutSeconds: number;
  /** Verification: close the issue as completed once the link is verified. */
  closeWhenLinked: boolean;
}

/**
 * ArgoCD's API URL: HTTPS (the token travels with every request), or plain HTTP on this machine's
 * loopback only; no credentials, query or fragment.
 */
export function readArgocdServer(value: string): URL | FieldError {
  const error = (message: string): FieldError => ({ field: "argocd-server", value: show(value), message });
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return error("must be the URL of ArgoCD's API server, e.g. https://argocd.example.com");
  }
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback))
    return error("must be an https:// URL (plain http only for 127.0.0.1 or localhost)");
  if (url.username || url.password || url.search || url.hash)
    return error("must not hold credentials, a query or a fragment (the token goes in argocd-auth-token)");
  return url;
}

export function readInputs(getInput: (name: string) => string): ActionInputs {
  const errors: FieldError[] = [];
  const get = (name: string) => getInput(name).trim();
  const bool = (name: string, fallback: boolean) => {
    const value = get(name).toLowerCase();
    if (value === "") return fallback;
    if (value === "true" || value === "false") return value === "true";
    errors.push({ field: name, value: show(value), message: "must be true or false" });
    return fallback;
  };

  const token = get("github-token");
  if (!token)
    errors.push({
      field: "github-token",
      value: "nothing",
      message: "is required (usually ${{ github.token }})",
    });
  const command = (get("command") || "auto") as Command;
  if (!["link", "unlink", "rotate", "verify", "auto"].includes(command)) {
    errors.push({
      field: "command",
      value: show(command),
      message: "must be link, unlink, rotate, verify or auto",
    });
  }
  const allowedPermissions = (get("allowed-permissions") || "write,maintain,admin")
    .split(",")
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  for (const permission of allowedPermissions) {
    if (!(PERMISSIONS as readonly string[]).includes(permission)) {
      errors.push({
        field: "allowed-permissions",
        value: show(permission),
        message: `must list some of ${PERMISSIONS.join(", ")}`,
      });
    }
  }
  const label = get("label") || "cluster-link";
  if (!/^[^,\s][^,]{0,48}$/.test(label)) {
    errors.push({
      field: "label",
      value: show(label),
      message: "must be a label name of at most 49 characters, without commas",
    });
  }
  const unlinkLabel = get("unlink-label") || "cluster-unlink";
  if (!/^[^,\s][^,]{0,48}$/.test(unlinkLabel) || unlinkLabel === label) {
    errors.push({
      field: "unlink-label",
      value: show(unlinkLabel),
      message: "must be a label name of at most 49 characters, without commas, other than the link label",
    });
  }
  const interval = get("api-write-interval-ms") || "1000";
  const writeIntervalMs = Number(interval);
  if (!/^\d{1,5}$/.test(interval)) {
    errors.push({
      field: "api-write-interval-ms",
      value: show(interval),
      message: "must be a whole number of milliseconds",
    });
  }
  const wholeNumber = (name: string, fallback: number, min: number, max: number) => {
    const value = get(name);
    if (value === "") return fallback;
    if (!/^\d{1,6}$/.test(value) || Number(value) < min || Number(value) > max) {
      errors.push({
        field: name,
        value: show(value),
        message: `must be a whole number from ${min} to ${max}`,
      });
      return fallback;
    }
    return Number(value);
  };
  const rotateLinks = get("links")
    .split(/[\s,]+/)
    .filter(Boolean);
  for (const name of rotateLinks) {
    if (!/^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$/.test(name)) {
      errors.push({
        field: "links",
        value: show(name),
        message: "must list argocd-cluster-names (DNS-1123 labels)",
      });
    }
  }
  const trackingLabel = get("tracking-issue-label") || "token-rotation";
  if (!/^[^,\s][^,]{0,48}$/.test(trackingLabel)) {
    errors.push({
      field: "tracking-issue-label",
      value: show(trackingLabel),
      message: "must be a label name of at most 49 characters, without commas",
    });
  }
  const maxWait = get("max-rate-limit-wait-seconds") || "300";
  if (!/^\d{1,5}$/.test(maxWait)) {
    errors.push({
      field: "max-rate-limit-wait-seconds",
      value: show(maxWait),
      message: "must be a whole number of seconds (0 to 99999)",
    });
  }
  const optional = (name: string) => get(name) || undefined;
  let argocdServer: URL | undefined;
  if (get("argocd-server")) {
    const read = readArgocdServer(get("argocd-server"));
    if (read instanceof URL) argocdServer = read;
    else errors.push(read);
  }
  const argocdCaCert = optional("argocd-ca-cert");
  if (argocdCaCert && !argocdCaCert.includes("-----BEGIN CERTIFICATE-----")) {
    errors.push({
      field: "argocd-ca-cert",
      value: "text without a PEM certificate",
      message: "must be PEM certificates (-----BEGIN CERTIFICATE----- ...)",
    });
  }
  const inputs: ActionInputs = {
    token,
    command,
    configPath: get("config") || ".github/argocd-cluster-link.yml",
    dryRun: bool("dry-run", false),
    allowedPermissions,
    label,
    unlinkLabel,
    factsPath: optional("facts"),
    awsRegion: optional("aws-region"),
    audience: optional("audience"),
    lookupRoleName: optional("lookup-role-name"),
    lookupRoleArn: optional("lookup-role-arn"),
    chainRoleName: optional("chain-role-name"),
    writeIntervalMs,
    rotateAfterDays: wholeNumber("rotate-after-days", 30, 0, 3650),
    force: bool("force", false),
    rotateLinks,
    maxLinksPerPullRequest: wholeNumber("max-links-per-pull-request", 50, 1, 1000),
    trackingLabel,
    maxRateLimitWaitSeconds: Number(maxWait),
    ...(argocdServer ? { argocdServer } : {}),
    ...(optional("argocd-auth-token") ? { argocdAuthToken: get("argocd-auth-token") } : {}),
    ...(argocdCaCert ? { argocdCaCert } : {}),
    argocdTimeoutSeconds: wholeNumber("argocd-timeout-seconds", 30, 1, 300),
    closeWhenLinked: bool("close-when-linked", true),
  };
  if (errors.length > 0) throw new InvalidInputError("Action inputs", errors);
  return inputs;
}
