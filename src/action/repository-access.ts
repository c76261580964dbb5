// A repository the token cannot read or write, reported as something to fix (status `blocked`):
// which repository, the config key that maps it, what GitHub answered and the fix. The usual cause
// is the default GITHUB_TOKEN, which reaches only the repository that runs the workflow; GitHub
// answers 404 for a private repository the token cannot see and 403 (or 404) for a write it may not make.

import { LayoutError } from "../core/errors.js";
import { describeRequestFailure, rateLimitReset } from "../github/client.js";
import type { Destination, PublishResult } from "../github/publisher.js";
import { fullName } from "../github/repositories.js";
import type { Step } from "../plan/types.js";

/** Where a refused repository comes from: the workflow's own repository, or config file keys. */
export interface RepositoryOrigin {
  /** `owner/repo`. */
  repository: string;
  /** `owner/repo` of the repository that runs the workflow. */
  home: string;
  /** The config file and the accounts it maps to this repository (none for the home repository). */
  configPath: string;
  accounts: string[];
}

/** Blocks the run: a LayoutError, so every flow reports it as something to fix, not as a failure. */
export class RepositoryAccessError extends LayoutError {
  constructor(
    readonly headline: string,
    message: string,
  ) {
    super(message);
    this.name = "RepositoryAccessError";
  }
}

/**
 * What GitHub answered when it refused access: a 403 or 404 that is not a rate limit, or a GraphQL
 * FORBIDDEN / NOT_FOUND error. Undefined for any other failure (those stay unexpected).
 */
export function refusal(error: unknown): string | undefined {
  const e = error as { status?: unknown; errors?: { type?: unknown; message?: unknown }[] } | undefined;
  if ((e?.status === 403 || e?.status === 404) && !rateLimitReset(error)) {
    return describeRequestFailure(error).split("\n", 1)[0];
  }
  const graphql = Array.isArray(e?.errors)
    ? e.errors.find((x) => x?.type === "FORBIDDEN" || x?.type === "NOT_FOUND")
    : undefined;
  return graphql ? `GitHub GraphQL ${String(graphql.type)}: ${String(graphql.message)}` : undefined;
}

function mappedBy(origin: RepositoryOrigin): string {
  const keys = origin.accounts.map((a) => `accounts.${a}`).join(", ");
  return `${origin.repository}, which ${origin.configPath} maps with ${keys}`;
}

const APP_TOKEN_FIX =
  "Pass a GitHub App token as github-token, from an App installed on the main repository and on every " +
  "repository in accounts with Contents, Issues and Pull requests set to read and write (README: " +
  '"Accounts in other repositories need a GitHub App token"). The default GITHUB_TOKEN reaches only ' +
  "the repository that runs the workflow.";

/**
 * The error for a mapped repository that could not be read, or for its base branch when the
 * repository can be read but has no branch `missingBase`.
 */
export function readRefused(
  error: unknown,
  origin: RepositoryOrigin,
  missingBase: string | undefined,
): RepositoryAccessError | undefined {
  const answer = refusal(error);
  if (!answer) return undefined;
  if (missingBase !== undefined) {
    const base = missingBase;
    return new RepositoryAccessError(
      `The base branch ${base} of ${origin.repository} does not exist. Nothing was created.`,
      `${origin.repository} has no branch ${base}, the base that ${origin.configPath} sets with ` +
        `${origin.accounts.map((a) => `accounts.${a}.base`).join(", ")} (GitHub answered: ${answer}). ` +
        `Create the branch, or correct the key (without it, the repository's default branch is used).`,
    );
  }
  return new RepositoryAccessError(
    `The token cannot read ${origin.repository}. Nothing was created.`,
    `The token cannot read ${mappedBy(origin)} (GitHub answered: ${answer}; GitHub answers 404 for a ` +
      `private repository the token cannot reach). ${APP_TOKEN_FIX}`,
  );
}

/** The error for a repository a step could not be written to, or undefined for other failures. */
export function writeRefused(
  error: unknown,
  origin: RepositoryOrigin,
  stopped: string,
): RepositoryAccessError | undefined {
  const answer = refusal(error);
  if (!answer) return undefined;
  const home = origin.repository === origin.home;
  const where = home ? `${origin.repository}, the repository that runs the workflow` : mappedBy(origin);
  const fix = /not permitted to create or approve pull requests/i.test(answer)
    ? 'Enable Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests" ' +
      `in ${origin.repository}, or pass a GitHub App token as github-token.`
    : home
      ? "Give the job permissions contents: write, issues: write and pull-requests: write, or pass a " +
        "GitHub App token as github-token."
      : APP_TOKEN_FIX;
  return new RepositoryAccessError(
    `The token cannot write to ${origin.repository}. ${stopped}`,
    `The token cannot write to ${where} (GitHub answered: ${answer}). ${fix} Then run again: nothing is ` +
      `duplicated.`,
  );
}

/**
 * When publishing stopped because GitHub refused a write: the error naming the repository. The
 * repository is the one of the step it stopped at, else (closing stale pull requests) the call's.
 */
export function publishRefused(
  published: PublishResult,
  steps: Step[],
  where: {
    destinationFor: (account: string) => Destination;
    originOf: (repository: string) => RepositoryOrigin;
  },
): RepositoryAccessError | undefined {
  const error = published.error;
  if (!error || !refusal(error)) return undefined;
  const step = steps[published.steps.length];
  const fromCall = /\/repos\/([^/]+)\/([^/]+)\//.exec(
    (error as { request?: { url?: string } }).request?.url ?? "",
  );
  const repository = step
    ? fullName(where.destinationFor(step.account))
    : fromCall
      ? `${decodeURIComponent(fromCall[1]!)}/${decodeURIComponent(fromCall[2]!)}`
      : undefined;
  if (!repository) return undefined;
  const stopped = step
    ? `Publishing stopped at step ${published.steps.length + 1} of ${steps.length}` +
      `${published.steps.length ? "; the steps before it are published" : ""}.`
    : "Every step is published; closing stale pull requests stopped.";
  return writeRefused(error, where.originOf(repository), stopped);
}
