// The repository's config file (default .github/argocd-cluster-link.yml): which repository and base
// branch holds each account, and how to reach AWS. Every key is optional; unknown keys and wrong
// types are reported all at once, like a bad link request.

import { isMap, parseDocument } from "yaml";
import { InvalidInputError, show, type FieldError } from "../core/errors.js";
import type { RepoReader } from "../repo/reader.js";

export interface AccountLocation {
  owner: string;
  repo: string;
  /** Base branch; undefined means the repository's default branch. */
  base?: string;
}

export interface LinkConfig {
  accounts: Record<string, AccountLocation>;
  /** Account ids (`accounts.<name>.id`), for repositories that do not commit config/common.tfvars. */
  accountIds: Record<string, string>;
  /** The Leverage project name, for the same repositories (when build.env does not name it either). */
  project?: string;
  aws: {
    region?: string;
    audience?: string;
    lookupRoleName?: string;
    lookupRoleArn?: string;
    chainRoleName?: string;
    sourceCluster?: { name: string; region?: string };
  };
}

export const EMPTY_CONFIG: LinkConfig = { accounts: {}, accountIds: {}, aws: {} };

const ACCOUNT = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const REPOSITORY = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/;
const BRANCH = /^(?!\/|.*\/\/|.*\.\.|.*@\{|.*\.lock$|.*\/$)[A-Za-z0-9._/-]{1,200}$/;
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$/;
const CLUSTER = /^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/;
const AUDIENCE = /^[\x21-\x7e]{1,256}$/;
const ACCOUNT_ID = /^\d{12}$/;
/** As Leverage's project short names: lowercase letters, digits and '-'. */
const PROJECT = /^[a-z0-9][a-z0-9-]{0,31}$/;

const AWS_KEYS: Record<string, [RegExp, string]> = {
  region: [REGION, "an AWS region such as us-east-1"],
  audience: [AUDIENCE, "the OIDC audience, e.g. sts.amazonaws.com"],
  "lookup-role-name": [ROLE_NAME, "an IAM role name"],
  "lookup-role-arn": [ROLE_ARN, "an IAM role ARN"],
  "chain-role-name": [ROLE_NAME, "an IAM role name"],
};

export function parseConfig(text: string, source: string): LinkConfig {
  const errors: FieldError[] = [];
  const doc = parseDocument(text, { logLevel: "silent", uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new InvalidInputError(`config file ${source}`, [
      { field: "(root)", value: "", message: `is not valid YAML: ${doc.errors[0]!.message.split("\n")[0]}` },
    ]);
  }
  const root: unknown = doc.contents === null ? {} : doc.toJS();
  if (
    !root ||
    typeof root !== "object" ||
    Array.isArray(root) ||
    (doc.contents !== null && !isMap(doc.contents))
  ) {
    throw new InvalidInputError(`config file ${source}`, [
      { field: "(root)", value: show(root), message: "must be a map" },
    ]);
  }
  const config: LinkConfig = { accounts: {}, accountIds: {}, aws: {} };
  for (const [key, value] of Object.entries(root as Record<string, unknown>)) {
    if (key === "accounts") readAccounts(value, config, errors);
    else if (key === "aws") readAws(value, config, errors);
    else if (key === "project") {
      if (typeof value === "string" && PROJECT.test(value)) config.project = value;
      else
        errors.push({
          field: key,
          value: show(value),
          message: "must be the Leverage project short name (lowercase letters, digits and '-'), e.g. acme",
        });
    } else
      errors.push({
        field: key,
        value: show(value),
        message: "unknown key; allowed keys are: project, accounts, aws",
      });
  }
  if (errors.length > 0) throw new InvalidInputError(`config file ${source}`, errors);
  return config;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === "object" && !Array.isArray(value);
}

function readAccounts(value: unknown, config: LinkConfig, errors: FieldError[]): void {
  if (value === null || value === undefined) return;
  if (!isRecord(value)) {
    errors.push({
      field: "accounts",
      value: show(value),
      message: "must be a map of account name to { repository, base, id }",
    });
    return;
  }
  for (const [account, entry] of Object.entries(value)) {
    const field = `accounts.${account}`;
    if (!ACCOUNT.test(account)) {
      errors.push({
        field,
        value: show(account),
        message: "is not a Leverage account folder name (lowercase words joined by '-')",
      });
      continue;
    }
    const spec = typeof entry === "string" ? { repository: entry } : entry;
    if (!isRecord(spec)) {
      errors.push({
        field,
        value: show(entry),
        message: 'must be "owner/repo" or { repository: owner/repo, base: <branch>, id: "<12 digits>" }',
      });
      continue;
    }
    for (const key of Object.keys(spec)) {
      if (key !== "repository" && key !== "base" && key !== "id") {
        errors.push({
          field: `${field}.${key}`,
          value: show(spec[key]),
          message: "unknown key; allowed keys are: repository, base, id",
        });
      }
    }
    if (spec.id !== undefined) {
      // A quoted string: YAML reads an unquoted id as a number and drops its leading zeros.
      if (typeof spec.id === "string" && ACCOUNT_ID.test(spec.id)) config.accountIds[account] = spec.id;
      else
        errors.push({
          field: `${field}.id`,
          value: show(spec.id),
          message: 'must be the 12-digit AWS account id in quotes, e.g. "123456789012"',
        });
    }
    // An entry with only an id keeps the account in this repository.
    if (spec.repository === undefined && spec.base === undefined && spec.id !== undefined) continue;
    const match = typeof spec.repository === "string" ? REPOSITORY.exec(spec.repository) : null;
    if (!match) {
      errors.push({
        field: `${field}.repository`,
        value: show(spec.repository),
        message: 'must be "owner/repo"',
      });
      continue;
    }
    if (spec.base !== undefined && (typeof spec.base !== "string" || !BRANCH.test(spec.base))) {
      errors.push({ field: `${field}.base`, value: show(spec.base), message: "must be a branch name" });
      continue;
    }
    config.accounts[account] = {
      owner: match[1]!,
      repo: match[2]!,
      ...(spec.base ? { base: spec.base as string } : {}),
    };
  }
}

function readAws(value: unknown, config: LinkConfig, errors: FieldError[]): void {
  if (value === null || value === undefined) return;
  if (!isRecord(value)) {
    errors.push({ field: "aws", value: show(value), message: "must be a map" });
    return;
  }
  for (const [key, entry] of Object.entries(value)) {
    const field = `aws.${key}`;
    if (key === "source-cluster") {
      const spec = typeof entry === "string" ? { name: entry } : entry;
      if (!isRecord(spec) || typeof spec.name !== "string" || !CLUSTER.test(spec.name)) {
        errors.push({
          field,
          value: show(entry),
          message: "must be an EKS cluster name or { name, region }",
        });
      } else if (
        spec.region !== undefined &&
        (typeof spec.region !== "string" || !REGION.test(spec.region))
      ) {
        errors.push({
          field: `${field}.region`,
          value: show(spec.region),
          message: "must be an AWS region such as us-east-1",
        });
      } else {
        config.aws.sourceCluster = {
          name: spec.name,
          ...(spec.region ? { region: spec.region as string } : {}),
        };
      }
      continue;
    }
    const rule = AWS_KEYS[key];
    if (!rule) {
      errors.push({
        field,
        value: show(entry),
        message: `unknown key; allowed keys are: ${[...Object.keys(AWS_KEYS), "source-cluster"].join(", ")}`,
      });
    } else if (typeof entry !== "string" || !rule[0].test(entry)) {
      errors.push({ field, value: show(entry), message: `must be ${rule[1]}` });
    } else {
      const camel = key.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase()) as keyof LinkConfig["aws"];
      (config.aws as Record<string, unknown>)[camel] = entry;
    }
  }
}

/**
 * The repository as planning reads it, with config/common.tfvars built from the config file's
 * `project` and `accounts.<name>.id` when the repository does not commit it (the reference
 * architecture's .gitignore lists it). A committed file always wins.
 */
export function withCommonVariables(reader: RepoReader, config: LinkConfig): RepoReader {
  const ids = Object.entries(config.accountIds);
  if (ids.length === 0 && config.project === undefined) return reader;
  const path = "config/common.tfvars";
  const generated = [
    "# Not in the repository: built by argocd-cluster-link from .github/argocd-cluster-link.yml.",
    ...(config.project ? [`project = "${config.project}"`] : []),
    "accounts = {",
    ...ids.map(([name, id]) => `  ${name} = {\n    id = "${id}"\n  }`),
    "}",
    "",
  ].join("\n");
  return {
    listFiles: () => reader.listFiles(),
    readFile: async (file) => {
      const text = await reader.readFile(file);
      return text === undefined && file === path ? generated : text;
    },
  };
}
