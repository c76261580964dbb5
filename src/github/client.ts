// The GitHub REST client: Octokit with GitHub's documented retry and rate-limit behaviour. Transient
// 5xx answers are retried with backoff (plugin-retry); primary and secondary rate limits wait for
// `retry-after` and retry twice (plugin-throttling); writes are spaced as GitHub asks bots to.

import { Octokit } from "@octokit/rest";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import Bottleneck from "bottleneck/light.js";
import { proxyConfigured, proxyFor, type ProxyEnv } from "../core/proxy.js";

export const GitHubClient = Octokit.plugin(retry, throttling);
export type GitHub = InstanceType<typeof GitHubClient>;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL of the runner (github.com or GitHub Enterprise Server). */
  baseUrl: string;
  /** Milliseconds between write requests; GitHub asks for at least 1000 when creating content. */
  writeIntervalMs: number;
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

const RATE_LIMIT_RETRIES = 2;

export function createClient(options: ClientOptions): GitHub {
  const write = new Bottleneck.Group({ maxConcurrent: 1, minTime: options.writeIntervalMs });
  // Requests that notify people (pull requests, comments) are spaced three times as far, as the plugin does.
  const notifications = new Bottleneck.Group({ maxConcurrent: 1, minTime: 3 * options.writeIntervalMs });
  const env = options.env ?? process.env;
  return new GitHubClient({
    auth: options.token,
    ...(proxyConfigured(env) && { request: { fetch: proxiedFetch(env) } }),
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    userAgent: "argocd-cluster-link",
    log: { debug: () => {}, info: () => {}, warn: options.log, error: options.log },
    throttle: {
      write,
      notifications,
      onRateLimit: (retryAfter, request, _octokit, retryCount) => {
        options.log(`GitHub rate limit on ${request.method} ${request.url}: retrying in ${retryAfter}s.`);
        return retryCount < RATE_LIMIT_RETRIES;
      },
      onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
        options.log(
          `GitHub secondary rate limit on ${request.method} ${request.url}: retrying in ${retryAfter}s.`,
        );
        return retryCount < RATE_LIMIT_RETRIES;
      },
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
