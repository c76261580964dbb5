// The GitHub REST client: Octokit with GitHub's documented retry and rate-limit behaviour. Transient
// 5xx answers are retried with backoff (plugin-retry); primary and secondary rate limits wait for
// `retry-after` and retry twice (plugin-throttling), but never longer than the run allows; every
// write is spaced from the one before it, as GitHub asks bots to.

import { Octokit } from "@octokit/rest";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import Bottleneck from "bottleneck/light.js";
import { proxyConfigured, proxyFor, type ProxyEnv } from "../core/proxy.js";

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL of the runner (github.com or GitHub Enterprise Server). */
  baseUrl: string;
  /** Milliseconds between the starts of any two write requests; GitHub asks for at least 1000. */
  writeIntervalMs: number;
  /**
   * The longest wait for a rate limit to reset before retrying, in seconds. A longer one fails
   * the request (see `rateLimitReset`) instead of parking the job. Default 300.
   */
  maxRateLimitWaitSeconds?: number;
  log: (line: string) => void;
  /** Where HTTPS_PROXY / HTTP_PROXY / NO_PROXY are read (default: process.env). */
  env?: ProxyEnv;
}

/**
 * A fetch that sends each request through the proxy the environment names for its URL (undici's
 * ProxyAgent: CONNECT tunnels), or the global fetch for URLs NO_PROXY exempts. undici loads only
 * when a proxy is configured.
 */
function proxiedFetch(env: ProxyEnv): typeof fetch {
  const dispatchers = new Map<string, import("undici").Dispatcher>();
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const proxy = proxyFor(url, env);
    if (!proxy) return fetch(input, init);
    const undici = await import("undici");
    let dispatcher = dispatchers.get(proxy.href);
    if (!dispatcher) dispatchers.set(proxy.href, (dispatcher = new undici.ProxyAgent(proxy.href)));
    const response = await undici.fetch(url, { ...(init as import("undici").RequestInit), dispatcher });
    return response as unknown as Response;
  };
}

const WRITE_METHODS = new Set(["POST", "PATCH", "PUT", "DELETE"]);

/**
 * Spaces every write request (each attempt, retries included) `writeIntervalMs` after the start of
 * the write before it. Registered as the first plugin, so its wrap is the innermost one: it sees the
 * requests as they go out, after the retry and throttling plugins' own waits. (The throttling
 * plugin's write groups cannot do this: they space when a write is queued, and a comment then waits
 * again for the notification group while the next write, a label, is sent right behind it.)
 */
function writeSpacing(octokit: Pick<Octokit, "hook">, options: Record<string, unknown>) {
  const interval = typeof options.writeIntervalMs === "number" ? options.writeIntervalMs : 0;
  let turn: Promise<void> = Promise.resolve();
  let lastStart = -Infinity;
  octokit.hook.wrap("request", async (request, endpoint) => {
    if (!WRITE_METHODS.has(String(endpoint.method).toUpperCase())) return request(endpoint);
    // One write at a time in order of arrival; each starts `interval` after the previous start.
    const mine = turn.then(async () => {
      const wait = lastStart + interval - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      lastStart = Date.now();
    });
    turn = mine.catch(() => {});
    await mine;
    return request(endpoint);
  });
  return {};
}

export const GitHubClient = Octokit.plugin(writeSpacing, retry, throttling);
export type GitHub = InstanceType<typeof GitHubClient>;

const RATE_LIMIT_RETRIES = 2;
export const DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS = 300;

export function createClient(options: ClientOptions): GitHub {
  const maxWait = options.maxRateLimitWaitSeconds ?? DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS;
  // Spacing is writeSpacing's: the plugin's own write and notification groups are made no-ops.
  const unspaced = () => new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 });
  const decide = (kind: string, retryAfter: number, method: string, url: string, retryCount: number) => {
    if (retryAfter > maxWait) {
      options.log(
        `GitHub ${kind} on ${method} ${url}: it resets in ${retryAfter}s, more than max-rate-limit-wait-seconds (${maxWait}); not waiting.`,
      );
      return false;
    }
    options.log(`GitHub ${kind} on ${method} ${url}: retrying in ${retryAfter}s.`);
    return retryCount < RATE_LIMIT_RETRIES;
  };
  const env = options.env ?? process.env;
  return new GitHubClient({
    auth: options.token,
    ...(proxyConfigured(env) && { request: { fetch: proxiedFetch(env) } }),
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    userAgent: "argocd-cluster-link",
    writeIntervalMs: options.writeIntervalMs,
    log: { debug: () => {}, info: () => {}, warn: options.log, error: options.log },
    throttle: {
      write: unspaced(),
      notifications: unspaced(),
      onRateLimit: (retryAfter, request, _octokit, retryCount) =>
        decide("rate limit", retryAfter, request.method, request.url, retryCount),
      onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) =>
        decide("secondary rate limit", retryAfter, request.method, request.url, retryCount),
    },
  });
}

/**
 * A failed GitHub call as people can act on it: the call (method and path), GitHub's status and
 * its message; other errors as their message.
 */
export function describeRequestFailure(error: unknown): string {
  const failure = error as { status?: unknown; request?: { method?: string; url?: string } } | undefined;
  const message = error instanceof Error ? error.message : String(error);
  const { method, url } = failure?.request ?? {};
  if (typeof failure?.status !== "number" || !method || !url) return message;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // A relative URL is already the path.
  }
  return `GitHub call ${method} ${path} failed with HTTP ${failure.status}: ${message}`;
}

/**
 * When `error` is GitHub refusing a request for a rate limit, the time it may be retried: from
 * `retry-after` (secondary limits) or `x-ratelimit-reset` (the primary limit). Otherwise undefined.
 */
export function rateLimitReset(error: unknown, now = Date.now()): Date | undefined {
  const e = error as { status?: number; message?: string; response?: { headers?: Record<string, unknown> } };
  if (e?.status !== 403 && e?.status !== 429) return undefined;
  const headers = e.response?.headers ?? {};
  const retryAfter = Number(headers["retry-after"]);
  if (Number.isFinite(retryAfter) && retryAfter > 0) return new Date(now + retryAfter * 1000);
  if (String(headers["x-ratelimit-remaining"]) === "0") {
    const reset = Number(headers["x-ratelimit-reset"]);
    if (Number.isFinite(reset) && reset > 0) return new Date(reset * 1000);
  }
  if (/\bsecondary rate\b/i.test(e.message ?? "")) return new Date(now + 60_000);
  return undefined;
}

/** "rerun after HH:MM UTC", rounded up to the next minute. */
export function rerunAfter(reset: Date): string {
  const up = new Date(Math.ceil(reset.getTime() / 60_000) * 60_000);
  return `rerun after ${up.toISOString().slice(11, 16)} UTC`;
}
