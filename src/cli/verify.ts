// The `verify` command: the Action's verification of one link, run with the caller's own AWS
// credentials (the SDK's default chain: AWS_PROFILE, SSO, environment variables) instead of the
// OIDC lookup role, and ArgoCD's API token from ARGOCD_AUTH_TOKEN. Exit 0 when linked, 1 when not.

import { access } from "node:fs/promises";
import { join } from "node:path";
import { parseConfig, withCommonVariables, EMPTY_CONFIG, type LinkConfig } from "../action/config.js";
import { readArgocdServer } from "../action/inputs.js";
import { readLinks, resolverFor, type RepoLink } from "../inventory/links.js";
import { readAccounts } from "../layout/discover.js";
import { replaceInvisible } from "../core/text.js";
import { FolderRepo, type RepoReader } from "../repo/reader.js";
import { isLinked, verifyLink } from "../verify/checks.js";
import type { ArgocdApi } from "../verify/argocd-api.js";
import type { VerificationCheck } from "../verify/types.js";
import { CliUsageError, didYouMean, readInputFile, type CommandContext } from "./command.js";
import { repoFolder } from "./link.js";

/** Where the Action reads its config file by default; the CLI reads the same one. */
const CONFIG_PATH = ".github/argocd-cluster-link.yml";
const TIMEOUT = { default: 30, min: 1, max: 300 };

const ICON: Record<VerificationCheck["result"], string> = { pass: "✅", fail: "❌", skip: "➖" };

/** The single --link NAME verify takes. */
function linkName(links: string[] | undefined): string {
  if (!links?.length) throw new CliUsageError("Missing --link NAME (the argocd-cluster-name of the link).");
  if (links.length > 1) throw new CliUsageError(`verify takes one --link NAME; got ${links.length}.`);
  return links[0]!;
}

/** ArgoCD's API from the flags and ARGOCD_AUTH_TOKEN; undefined when --argocd-server is not given. */
async function argocdApi(values: CommandContext["values"]): Promise<ArgocdApi | undefined> {
  const given = values["argocd-server"];
  if (given === undefined) {
    for (const flag of ["argocd-ca-cert", "argocd-timeout"] as const)
      if (values[flag] !== undefined) throw new CliUsageError(`--${flag} needs --argocd-server.`);
    return undefined;
  }
  const server = readArgocdServer(given);
  if (!(server instanceof URL)) throw new CliUsageError(`--argocd-server ${server.value} ${server.message}.`);
  const token = process.env.ARGOCD_AUTH_TOKEN;
  if (!token)
    throw new CliUsageError(
      "--argocd-server needs ArgoCD's API token in the ARGOCD_AUTH_TOKEN environment variable (never a flag, so it stays out of the shell history).",
    );
  let timeoutSeconds = TIMEOUT.default;
  const timeout = values["argocd-timeout"];
  if (timeout !== undefined) {
    timeoutSeconds = /^\d{1,3}$/.test(timeout) ? Number(timeout) : NaN;
    if (!(timeoutSeconds >= TIMEOUT.min && timeoutSeconds <= TIMEOUT.max))
      throw new CliUsageError(
        `--argocd-timeout ${JSON.stringify(timeout)} must be a whole number of seconds from ${TIMEOUT.min} to ${TIMEOUT.max}.`,
      );
  }
  const caFile = values["argocd-ca-cert"];
  let caCert: string | undefined;
  if (caFile !== undefined) {
    caCert = await readInputFile(caFile, "--argocd-ca-cert");
    if (!caCert.includes("-----BEGIN CERTIFICATE-----"))
      throw new CliUsageError(
        `--argocd-ca-cert ${JSON.stringify(caFile)} holds no PEM certificate (-----BEGIN CERTIFICATE----- ...).`,
      );
  }
  return { server, token, timeoutSeconds, ...(caCert ? { caCert } : {}) };
}

/** The repository's config file, when it has one: account ids and aws.source-cluster. */
async function readConfig(repoDir: string): Promise<LinkConfig> {
  const path = join(repoDir, CONFIG_PATH);
  try {
    await access(path);
  } catch {
    return EMPTY_CONFIG;
  }
  return parseConfig(await readInputFile(path, "the config file"), CONFIG_PATH);
}

function findLink(links: RepoLink[], name: string, repoDir: string): RepoLink {
  const link = links.find((l) => l.name === name);
  if (link) return link;
  const names = links.map((l) => l.name);
  if (names.length === 0)
    throw new CliUsageError(
      `No link in ${repoDir}: no file carries an \`# argocd-cluster-link: <name>\` header, so there is no ${JSON.stringify(name)} to verify.`,
    );
  const guess = didYouMean(name, names);
  throw new CliUsageError(
    `No link named ${JSON.stringify(name)} in ${repoDir}.${guess ? ` Did you mean ${guess}?` : ""} Links found: ${names.join(", ")}.`,
  );
}

function summary(checks: VerificationCheck[], linked: boolean): string {
  if (linked) return "Linked: every piece of the link is in place and ArgoCD reaches the cluster.";
  const failed = checks.filter((c) => c.result === "fail").map((c) => c.check);
  if (failed.length > 0)
    return `Not linked yet: ${failed.join(", ")} ${failed.length === 1 ? "needs" : "need"} attention (each ❌ says what to do).`;
  return "Nothing failed, but ArgoCD has not confirmed that it reaches the cluster (see the ➖ lines).";
}

export async function runVerifyCommand({ values, io, stderr }: CommandContext): Promise<number> {
  const name = linkName(values.link);
  const repoDir = await repoFolder(values.repo);
  const argocd = await argocdApi(values);
  // Nothing the command prints comes from the token, but a server could echo it back: cut it out anyway.
  // Details can quote AWS and ArgoCD messages: show invisible characters, never echo them.
  const hide = (text: string) =>
    replaceInvisible(argocd ? text.replaceAll(argocd.token, "***") : text, { keepNewlines: true });
  const config = await readConfig(repoDir);
  const reader: RepoReader = withCommonVariables(new FolderRepo(repoDir), config);
  const link = findLink(await readLinks(reader), name, repoDir);
  const accounts = await readAccounts(reader);
  const resolver = await resolverFor(reader, accounts);
  const { awsProbes } = await import("../verify/aws-probes.js");
  const { DEFAULT_RETRY } = await import("../aws/retry.js");
  // The default chain's identity is not looked up (one call less); messages name the account instead.
  const roleArn = (side: "target" | "source") =>
    `arn:aws:iam::${accounts[side === "target" ? link.target.account : link.source.account] ?? ""}:role/<your AWS credentials>`;
  const source = config.aws.sourceCluster;
  stderr(`Verifying link ${name} (${link.method}) in ${repoDir} with your AWS credentials\n`);
  const probes = awsProbes({
    ctx: { retry: DEFAULT_RETRY, log: (line) => stderr(hide(`${line}\n`)), mask: () => {} },
    credentials: async () => undefined,
    roleArn,
    targetRegion: link.target.region,
    ...(source ? { sourceCluster: { name: source.name, region: source.region ?? link.target.region } } : {}),
    ...(argocd ? { argocd } : {}),
  });
  const checks = await verifyLink({ link, resolver, probes });
  const linked = isLinked(checks);
  const text = values.json
    ? JSON.stringify({ link: name, linked, checks }, null, 2) + "\n"
    : [
        ...checks.map((c) => `${ICON[c.result]} ${c.check}: ${c.detail}`),
        "",
        summary(checks, linked),
        "",
      ].join("\n");
  io.stdout(hide(text));
  return linked ? 0 : 1;
}
