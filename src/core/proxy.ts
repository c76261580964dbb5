// The proxy a request must go through, from HTTPS_PROXY / HTTP_PROXY / NO_PROXY (lower-case first,
// as curl reads them), and an agent that tunnels Node's http(s) requests through it with CONNECT.
// Self-hosted runners behind a proxy set these; the AWS SDK and Octokit ignore them on their own.

import * as http from "node:http";
import * as https from "node:https";
import type { Duplex } from "node:stream";
import * as tls from "node:tls";

export type ProxyEnv = Record<string, string | undefined>;

function variable(env: ProxyEnv, name: string): string | undefined {
  const value = env[name.toLowerCase()] ?? env[name.toUpperCase()];
  return value?.trim() || undefined;
}

/** Whether any proxy variable is set: without one nothing changes in how requests are made. */
export function proxyConfigured(env: ProxyEnv): boolean {
  return Boolean(variable(env, "https_proxy") ?? variable(env, "http_proxy"));
}

/** Whether NO_PROXY exempts `host:port`: `*`, a host, a domain suffix (`.corp`, `*.corp`), optionally with `:port`. */
function bypassed(host: string, port: string, env: ProxyEnv): boolean {
  const list = variable(env, "no_proxy");
  if (!list) return false;
  const name = host.toLowerCase().replace(/^\[|\]$/g, "");
  return list
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((raw) => {
      const entry = raw.toLowerCase();
      if (entry === "*") return true;
      const match = /^(.*?)(?::(\d+))?$/.exec(entry.replace(/^\[|\](?=:|$)/g, ""))!;
      const [, pattern = "", entryPort] = match;
      if (entryPort && entryPort !== port) return false;
      const domain = pattern.replace(/^\*?\./, "");
      return name === domain || name.endsWith(`.${domain}`);
    });
}

/** The proxy URL for `target`, or undefined to connect directly. */
export function proxyFor(target: URL, env: ProxyEnv): URL | undefined {
  const secure = target.protocol === "https:";
  const port = target.port || (secure ? "443" : "80");
  if (bypassed(target.hostname, port, env)) return undefined;
  const raw = secure
    ? (variable(env, "https_proxy") ?? variable(env, "http_proxy"))
    : variable(env, "http_proxy");
  if (!raw) return undefined;
  try {
    return new URL(raw.includes("://") ? raw : `http://${raw}`);
  } catch {
    throw new Error(
      `The proxy variable's value ${JSON.stringify(raw)} is not a URL, e.g. http://proxy.corp:3128.`,
    );
  }
}

/** Opens a CONNECT tunnel through `proxy` to host:port. */
function tunnel(
  proxy: URL,
  host: string,
  port: number,
  callback: (error: Error | null, socket?: Duplex) => void,
): void {
  const authority = `${host.includes(":") ? `[${host}]` : host}:${port}`;
  const credentials = proxy.username
    ? `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`
    : undefined;
  const request = (proxy.protocol === "https:" ? https : http).request({
    host: proxy.hostname.replace(/^\[|\]$/g, ""),
    port: proxy.port || (proxy.protocol === "https:" ? 443 : 80),
    method: "CONNECT",
    path: authority,
    agent: false,
    headers: {
      host: authority,
      ...(credentials && { "proxy-authorization": `Basic ${Buffer.from(credentials).toString("base64")}` }),
    },
  });
  request.once("connect", (response, socket) => {
    if (response.statusCode === 200) return callback(null, socket);
    socket.destroy();
    callback(new Error(`The proxy ${proxy.host} refused CONNECT ${authority}: HTTP ${response.statusCode}.`));
  });
  request.once("error", (error) =>
    callback(new Error(`The proxy ${proxy.host} cannot be reached for ${authority}: ${error.message}`)),
  );
  request.end();
}

type ConnectOptions = http.ClientRequestArgs & tls.ConnectionOptions & { host: string; port: number };
type Created = (error: Error | null, socket?: Duplex) => void;
type CreateConnection = (options: ConnectOptions, callback: Created) => Duplex | undefined;

/** An https.Agent that tunnels through the proxy NO_PROXY does not exempt the host from. */
class ProxyHttpsAgent extends https.Agent {
  constructor(private readonly env: ProxyEnv) {
    super({ keepAlive: true });
  }
  override createConnection: CreateConnection = (options, callback) => {
    const proxy = proxyFor(new URL(`https://${options.host}:${options.port}`), this.env);
    const direct = (https.Agent.prototype as unknown as { createConnection: CreateConnection })
      .createConnection;
    if (!proxy) return direct.call(this, options, callback);
    tunnel(proxy, options.host, options.port, (error, socket) => {
      if (error || !socket) return callback(error ?? new Error("no socket"));
      callback(null, tls.connect({ ...options, socket, servername: options.servername ?? options.host }));
    });
    return undefined;
  };
}

/** The same for plain http targets (local endpoints, tests): the tunnel carries the bytes as they are. */
class ProxyHttpAgent extends http.Agent {
  constructor(private readonly env: ProxyEnv) {
    super({ keepAlive: true });
  }
  override createConnection: CreateConnection = (options, callback) => {
    const proxy = proxyFor(new URL(`http://${options.host}:${options.port}`), this.env);
    const direct = (http.Agent.prototype as unknown as { createConnection: CreateConnection })
      .createConnection;
    if (!proxy) return direct.call(this, options, callback);
    tunnel(proxy, options.host, options.port, callback);
    return undefined;
  };
}

/** Agents for Node's http/https clients (the AWS SDK's NodeHttpHandler), or none without a proxy. */
export function proxyAgents(env: ProxyEnv): { httpAgent: http.Agent; httpsAgent: https.Agent } | undefined {
  if (!proxyConfigured(env)) return undefined;
  return { httpAgent: new ProxyHttpAgent(env), httpsAgent: new ProxyHttpsAgent(env) };
}
