export const id = 495;
export const ids = [495];
export const modules = {

/***/ 2495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_RETRY: () => (/* binding */ DEFAULT_RETRY),
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   i5: () => (/* binding */ RetriesExhaustedError)
/* harmony export */ });
/* unused harmony exports REAL_RUNTIME, retryReason */
// Bounded retries for AWS calls. The SDK clients are built with maxAttempts 1 and this wrapper is the
// only retry layer: it retries just throttling, 5xx and network errors, bounds both the number of
// attempts and the time spent, logs every retry, and takes its clock and sleep from the caller so tests
// run without real waits.
const DEFAULT_RETRY = { maxAttempts: 4, baseDelayMs: 500, maxTotalMs: 20_000 };
/** One retry's delay is capped, whatever the attempt count. */
const MAX_DELAY_MS = 5_000;
const REAL_RUNTIME = {
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
/** Why an error is worth retrying, or undefined when it is permanent. */
function retryReason(error, depth = 0) {
    if (typeof error !== "object" || error === null || depth > 5)
        return undefined;
    const e = error;
    const name = typeof e.name === "string" ? e.name : "";
    if (name === "AbortError")
        return undefined;
    const status = e.$metadata?.httpStatusCode;
    if (status === 429 || THROTTLING_CODES.has(name) || e.$retryable?.throttling === true)
        return "throttling";
    if ((status !== undefined && status >= 500 && status <= 599) || e.$fault === "server")
        return "server";
    if (TRANSIENT_CODES.has(name) || e.$metadata?.clockSkewCorrected === true)
        return "server";
    if (TRANSIENT_NAMES.has(name) || (typeof e.code === "string" && NETWORK_ERROR_CODES.has(e.code))) {
        return "network";
    }
    return retryReason(e.cause, depth + 1);
}
/** Thrown when retryable failures did not stop within the policy's attempts or time. */
class RetriesExhaustedError extends Error {
    last;
    attempts;
    elapsedMs;
    reason;
    constructor(last, attempts, elapsedMs, reason) {
        super(`gave up after ${attempts} attempts in ${(elapsedMs / 1000).toFixed(1)} s`);
        this.last = last;
        this.attempts = attempts;
        this.elapsedMs = elapsedMs;
        this.reason = reason;
        this.name = "RetriesExhaustedError";
    }
}
/**
 * Runs `call` until it succeeds, fails permanently, or the policy's attempts or time run out.
 * `call` gets an AbortSignal that fires at the time limit, for the SDK's `send(command, { abortSignal })`.
 */
async function withRetry(what, call, policy, log, runtime = REAL_RUNTIME) {
    const start = runtime.now();
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), policy.maxTotalMs);
    // The timer must not keep the process alive once the work is done.
    timer.unref();
    try {
        for (let attempt = 1;; attempt++) {
            try {
                return await call(deadline.signal);
            }
            catch (error) {
                const elapsed = runtime.now() - start;
                const reason = retryReason(error);
                if (reason === undefined) {
                    if (deadline.signal.aborted)
                        throw new RetriesExhaustedError(error, attempt, elapsed, "network");
                    throw error;
                }
                const delay = backoff(policy, attempt, runtime.random());
                if (attempt >= policy.maxAttempts || elapsed + delay >= policy.maxTotalMs) {
                    throw new RetriesExhaustedError(error, attempt, elapsed, reason);
                }
                log(`${what} failed (${describeFailure(error)}); retrying in ${delay} ms (attempt ${attempt + 1} of ${policy.maxAttempts})`);
                await runtime.sleep(delay);
            }
        }
    }
    finally {
        clearTimeout(timer);
    }
}
/** Exponential backoff with "equal jitter": half fixed, half random, so delays never collapse to zero. */
function backoff(policy, attempt, random) {
    const ceiling = Math.min(MAX_DELAY_MS, policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (random * ceiling) / 2);
}
/** A short description of a failure for log lines: error name and HTTP status, never request data. */
function describeFailure(error) {
    const e = (typeof error === "object" && error !== null ? error : {});
    const name = typeof e.name === "string" && e.name !== "Error" ? e.name : undefined;
    const code = typeof e.code === "string" ? e.code : undefined;
    const status = e.$metadata?.httpStatusCode;
    return ([name, code, status === undefined ? undefined : `HTTP ${status}`].filter(Boolean).join(", ") || "error");
}


/***/ })

};
