// ArgoCD's API: GET /api/v1/clusters/{server} with a Bearer token. The token is sent to this URL
// only and never logged. A private CA is trusted through NODE_EXTRA_CA_CERTS (as every Node tool
// on a runner) or given as PEM; the call gives up after `timeoutSeconds`.

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
  const init: RequestInit & { dispatcher?: unknown } = {
    headers: { authorization: `Bearer ${api.token}`, accept: "application/json" },
    redirect: "error",
    signal,
  };
  let close: (() => Promise<void>) | undefined;
  if (api.caCert) {
    const { Agent } = await import("undici");
    const agent = new Agent({ connect: { ca: api.caCert } });
    init.dispatcher = agent;
    close = () => agent.close();
  }
  try {
    const fetcher = api.caCert ? ((await import("undici")).fetch as unknown as typeof fetch) : fetch;
    const response = await fetcher(url, init);
    const text = (await response.text()).slice(0, MAX_BODY);
    let body: unknown = undefined;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: response.status, body };
  } catch (error) {
    if (signal.aborted) return { timeout: api.timeoutSeconds };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { unreachable: `${cause?.code ?? ""} ${cause?.message ?? (error as Error).message}`.trim() };
  } finally {
    await close?.();
  }
}

const withSlash = (u: URL) => (u.href.endsWith("/") ? u.href : `${u.href}/`);
