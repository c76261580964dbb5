// Bounded retries for AWS calls. The SDK clients are built with maxAttempts 1 and this wrapper is the
// only retry layer: it retries just throttling, 5xx and network errors, bounds both the number of
// attempts and the time spent, logs every retry, and takes its clock and sleep from the caller so tests
// run without real waits.

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Delay before the first retry; it doubles for each further retry (with jitter). */
  baseDelayMs: number;
  /** No retry starts once this much time has passed since the first attempt; also the abort deadline. */
  maxTotalMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 500, maxTotalMs: 20_000 };

/** One retry's delay is capped, whatever the attempt count. */
const MAX_DELAY_MS = 5_000;

export interface RetryRuntime {
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  /** In [0, 1): jitter spreads retries of parallel jobs apart. */
  random: () => number;
}

export const REAL_RUNTIME: RetryRuntime = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
  random: () => Math.random(),
};

/** Node error codes of failed or dropped connections (the SDK's own list). */
const NETWORK_ERROR_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
const TRANSIENT_NAMES = new Set(["TimeoutError", "RequestTimeout", "RequestTimeoutException"]);
/** Throttling codes AWS services use (the SDK's list, minus quota errors that do not go away by waiting). */
const THROTTLING_CODES = new Set([
  "Throttling",
  "ThrottlingException",
  "ThrottledException",
  "RequestThrottled",
  "RequestThrottledException",
  "RequestLimitExceeded",
  "TooManyRequestsException",
  "SlowDown",
  "PriorRequestNotComplete",
]);
/** STS: "the identity provider could not be reached ... often transient"; AWS says to retry a few times. */
const TRANSIENT_CODES = new Set(["IDPCommunicationError", "IDPCommunicationErrorException"]);

interface SdkErrorShape {
  name?: unknown;
  code?: unknown;
  cause?: unknown;
  $fault?: unknown;
  $retryable?: { throttling?: boolean };
  $metadata?: { httpStatusCode?: number; clockSkewCorrected?: boolean };
}

/** Why an error is worth retrying, or undefined when it is permanent. */
export function retryReason(error: unknown, depth = 0): "throttling" | "server" | "network" | undefined {
  if (typeof error !== "object" || error === null || depth > 5) return undefined;
  const e = error as SdkErrorShape;
  const name = typeof e.name === "string" ? e.name : "";
  if (name === "AbortError") return undefined;
  const status = e.$metadata?.httpStatusCode;
  if (status === 429 || THROTTLING_CODES.has(name) || e.$retryable?.throttling === true) return "throttling";
  if ((status !== undefined && status >= 500 && status <= 599) || e.$fault === "server") return "server";
  if (TRANSIENT_CODES.has(name) || e.$metadata?.clockSkewCorrected === true) return "server";
  if (TRANSIENT_NAMES.has(name) || (typeof e.code === "string" && NETWORK_ERROR_CODES.has(e.code))) {
    return "network";
  }
  return retryReason(e.cause, depth + 1);
}

/** Thrown when retryable failures did not stop within the policy's attempts or time. */
export class RetriesExhaustedError extends Error {
  constructor(
    readonly last: unknown,
    readonly attempts: number,
    readonly elapsedMs: number,
    readonly reason: "throttling" | "server" | "network",
  ) {
    super(`gave up after ${attempts} attempts in ${(elapsedMs / 1000).toFixed(1)} s`);
    this.name = "RetriesExhaustedError";
  }
}

/**
 * Runs `call` until it succeeds, fails permanently, or the policy's attempts or time run out.
 * `call` gets an AbortSignal that fires at the time limit, for the SDK's `send(command, { abortSignal })`.
 */
export async function withRetry<T>(
  what: string,
  call: (signal: AbortSignal) => Promise<T>,
  policy: RetryPolicy,
  log: (line: string) => void,
  runtime: RetryRuntime = REAL_RUNTIME,
): Promise<T> {
  const start = runtime.now();
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), policy.maxTotalMs);
  // The timer must not keep the process alive once the work is done.
  timer.unref();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call(deadline.signal);
      } catch (error) {
        const elapsed = runtime.now() - start;
        const reason = retryReason(error);
        if (reason === undefined) {
          if (deadline.signal.aborted) throw new RetriesExhaustedError(error, attempt, elapsed, "network");
          throw error;
        }
        const delay = backoff(policy, attempt, runtime.random());
        if (attempt >= policy.maxAttempts || elapsed + delay >= policy.maxTotalMs) {
          throw new RetriesExhaustedError(error, attempt, elapsed, reason);
        }
        log(
          `${what} failed (${describeFailure(error)}); retrying in ${delay} ms (attempt ${attempt + 1} of ${policy.maxAttempts})`,
        );
        await runtime.sleep(delay);
      }
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Exponential backoff with "equal jitter": half fixed, half random, so delays never collapse to zero. */
function backoff(policy: RetryPolicy, attempt: number, random: number): number {
  const ceiling = Math.min(MAX_DELAY_MS, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random * ceiling) / 2);
}

/** A short description of a failure for log lines: error name and HTTP status, never request data. */
export function describeFailure(error: unknown): string {
  const e = (typeof error === "object" && error !== null ? error : {}) as SdkErrorShape;
  const name = typeof e.name === "string" && e.name !== "Error" ? e.name : undefined;
  const code = typeof e.code === "string" ? e.code : undefined;
  const status = e.$metadata?.httpStatusCode;
  return (
    [name, code, status === undefined ? undefined : `HTTP ${status}`].filter(Boolean).join(", ") || "error"
  );
}
