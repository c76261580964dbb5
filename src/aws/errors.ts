import { oneLine } from "../core/text.js";
import { RetriesExhaustedError, describeFailure } from "./retry.js";

/**
 * A failure of the AWS lookup that a person can act on: `code` names the case (for outputs and tests),
 * `summary` says what failed and why in one line, `hint` says what to do (several lines, may hold
 * YAML or JSON to copy). `message` is both, so printing the message alone loses nothing.
 * Never holds a token or a credential.
 */
export class AwsLookupError extends Error {
  constructor(
    readonly code: string,
    readonly summary: string,
    readonly hint: string,
    options?: { cause?: unknown },
  ) {
    super(`${summary}\n${hint}`, options);
    this.name = "AwsLookupError";
  }
}

/**
 * The AWS error code of an SDK error without the "Exception" suffix, so the wire code (`IDPRejectedClaim`,
 * `AccessDenied`) and the SDK's class name (`IDPRejectedClaimException`) compare equal.
 */
export function awsErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const name = (error as { name?: unknown }).name;
  if (typeof name !== "string" || name === "Error") return undefined;
  return name.endsWith("Exception") ? name.slice(0, -"Exception".length) : name;
}

/** AWS's own message for an error, as one short line (AWS messages hold no secrets). */
export function awsMessage(error: unknown): string {
  const message = typeof error === "object" && error !== null ? (error as Error).message : undefined;
  return oneLine(typeof message === "string" && message !== "" ? message : describeFailure(error), 300);
}

/** Codes meaning the credentials used for a call have expired (STS and service spellings). */
export function isExpiredCredentials(code: string | undefined): boolean {
  return code === "ExpiredToken" || code === "RequestExpired";
}

export function expiredError(what: string, error: unknown): AwsLookupError {
  return new AwsLookupError(
    "credentials-expired",
    `${what} failed: the token or credentials have expired (${awsMessage(error)}).`,
    [
      "Rerun the job: the GitHub OIDC token and the role sessions live only minutes and are made fresh on each run.",
      "If it happens again, check the runner's clock (a clock far off makes fresh tokens look expired) and",
      "that the job does not wait long between starting and this step.",
    ].join("\n"),
    { cause: error },
  );
}

/** The error for retryable failures that did not stop in time. */
export function unavailableError(what: string, region: string, error: RetriesExhaustedError): AwsLookupError {
  const why =
    error.reason === "throttling"
      ? "AWS kept throttling the requests"
      : error.reason === "server"
        ? "AWS kept answering with server errors"
        : "the network kept failing";
  return new AwsLookupError(
    error.reason === "throttling" ? "aws-throttled" : "aws-unavailable",
    `${what} failed: ${why} (last: ${awsMessage(error.last)}); ${error.message}.`,
    [
      `Rerun the job in a few minutes. If it persists, check the AWS Health Dashboard for ${region}`,
      "and, for throttling, other automation calling the same API in this account.",
    ].join("\n"),
    { cause: error.last },
  );
}

/** Any AWS failure no specific rule explains. */
export function unexpectedError(what: string, error: unknown): AwsLookupError {
  return new AwsLookupError(
    "aws-error",
    `${what} failed: ${describeFailure(error)}: ${awsMessage(error)}`,
    "The error name and message above come from AWS; if it looks transient, rerun the job.",
    { cause: error },
  );
}
