// A fake ArgoCD API server on 127.0.0.1: GET /api/v1/clusters/{server} with a Bearer token, as
// ArgoCD answers it (a missing cluster is 403 "permission denied", like ArgoCD's RBAC answers it).
// `hang` makes it accept requests and never answer, for the timeout. With `tls` (a key and a
// certificate for 127.0.0.1) it serves HTTPS, for a private CA.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";

export interface FakeArgoCluster {
  name: string;
  namespaces?: string[];
  status?: "Successful" | "Failed" | "Unknown";
  message?: string;
  /** Older ArgoCD: the connection state only at the top level. */
  legacyState?: boolean;
}

export interface FakeArgocd {
  url: string;
  token: string;
  clusters: Map<string, FakeArgoCluster>;
  hang: boolean;
  /** Every request: path and whether its token was right (never the token itself). */
  requests: { path: string; authorized: boolean }[];
  close(): Promise<void>;
}

export async function startFakeArgocd(
  token = "argocd-token-do-not-log",
  tls?: { key: string; cert: string },
): Promise<FakeArgocd> {
  const pending = new Set<ServerResponse>();
  const fake: FakeArgocd = {
    url: "",
    token,
    clusters: new Map(),
    hang: false,
    requests: [],
    close: async () => {
      for (const res of pending) res.destroy();
      // Idle keep-alive connections would hold close() for the keep-alive timeout.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://fake");
    const authorized = req.headers.authorization === `Bearer ${fake.token}`;
    fake.requests.push({ path: url.pathname, authorized });
    if (fake.hang) {
      pending.add(res);
      return;
    }
    const match = /^\/api\/v1\/clusters\/([^/]+)$/.exec(url.pathname);
    if (req.method !== "GET" || !match) return json(res, 404, { error: "Not Found", code: 5 });
    if (!authorized) return json(res, 401, { error: "invalid session: token is malformed", code: 16 });
    const server = decodeURIComponent(match[1]!);
    const cluster = fake.clusters.get(server);
    if (!cluster)
      return json(res, 403, { error: "permission denied", code: 7, message: "permission denied" });
    const state = {
      status: cluster.status ?? "Successful",
      message: cluster.message ?? "",
      attemptedAt: "2026-12-07T10:00:00Z",
    };
    json(res, 200, {
      server,
      name: cluster.name,
      namespaces: cluster.namespaces ?? [],
      config: { tlsClientConfig: { insecure: false } },
      ...(cluster.legacyState
        ? { connectionState: state }
        : {
            connectionState: state,
            info: {
              connectionState: state,
              serverVersion: "1.31",
              cacheInfo: { resourcesCount: 120, apisCount: 60 },
              applicationsCount: 1,
            },
          }),
    });
  };
  const server = tls ? createHttpsServer(tls, handler) : createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  fake.url = `${tls ? "https" : "http"}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
