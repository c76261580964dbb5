// The GitHub REST client: Octokit with GitHub's documented retry and rate-limit behaviour. Transient
// 5xx answers are retried with backoff (plugin-retry); primary and secondary rate limits wait for
// `retry-after` and retry twice (plugin-throttling); writes are spaced as GitHub asks bots to.

import { Octokit } from "@octokit/rest";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import Bottleneck from "bottleneck/light.js";

export const GitHubClient = Octokit.plugin(retry, throttling);
export type GitHub = InstanceType<typeof GitHubClient>;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL of the runner (github.com or GitHub Enterprise Server). */
  baseUrl: string;
  /** Milliseconds between write requests; GitHub asks for at least 1000 when creating content. */
  writeIntervalMs: number;
  log: (line: string) => void;
}

const RATE_LIMIT_RETRIES = 2;

export function createClient(options: ClientOptions): GitHub {
  const write = new Bottleneck.Group({ maxConcurrent: 1, minTime: options.writeIntervalMs });
  // Requests that notify people (pull requests, comments) are spaced three times as far, as the plugin does.
  const notifications = new Bottleneck.Group({ maxConcurrent: 1, minTime: 3 * options.writeIntervalMs });
  return new GitHubClient({
    auth: options.token,
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
