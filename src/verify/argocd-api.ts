// ArgoCD's API: GET /api/v1/clusters/{server} with a Bearer token. The token is sent to this URL
// only and never logged. A private CA is trusted through NODE_EXTRA_CA_CERTS (as every Node tool
// on a runner) or given as PEM; the call gives up after `timeoutSeconds`.

import { request as httpsRequest } from "node:https";
import type { ArgocdAnswer } from "./types.js";

export interface ArgocdApi {
  server: URL;
  token: string;
  caCert?: string;
  timeoutSeconds: number;
}

/** The largest answer read: a cluster object is a few KB. */
const MAX_BODY = 1_000_000;

export async function getArgocdCluster(api: ArgocdApi, clusterServer: string): Promise<ArgocdAnswer> {
  const url = new URL(`api/v1/clusters/${encodeURIComponent(clusterServer)}`, withSlash(api.server));
  const signal = AbortSignal.timeout(api.timeoutSeconds * 1000);
  const headers = { authorization: `Bearer ${api.token}`, accept: "application/json" };
  try {
    const { status, text } =
      api.caCert && url.protocol === "https:"
        ? await getWithCa(url, headers, api.caCert, signal)
        : await fetch(url, { headers, redirect: "error", signal }).then(async (response) => ({
            status: response.status,
            text: (await response.text()).slice(0, MAX_BODY),
          }));
    let body: unknown = undefined;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status, body };
  } catch (error) {
    if (signal.aborted) return { timeout: api.timeoutSeconds };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { unreachable: `${cause?.code ?? ""} ${cause?.message ?? (error as Error).message}`.trim() };
  }
}

/**
 * GET trusting `ca`: node:https takes a CA per request, Node's fetch does not (undici's Agent would,
 * but it weighs 0.9 MB in the CLI package). Redirects are not followed: a 3xx is ArgoCD's answer.
 */
function getWithCa(
  url: URL,
  headers: Record<string, string>,
  ca: string,
  signal: AbortSignal,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(url, { method: "GET", headers, ca, signal }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        if (text.length < MAX_BODY) text += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: text.slice(0, MAX_BODY) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

const withSlash = (u: URL) => (u.href.endsWith("/") ? u.href : `${u.href}/`);
