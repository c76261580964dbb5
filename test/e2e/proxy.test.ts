// GitHub and AWS calls through an HTTP proxy, as on a self-hosted runner behind one: a small CONNECT
// proxy on loopback records every tunnel it opens; NO_PROXY exempts the hosts it names.
import { createServer, connect, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { runAction, startWorld, type World } from "./harness.js";
import { expectIamLinkPublished } from "./scenarios.js";

interface Proxy {
  url: string;
  /** The host:port of each CONNECT, in order. */
  tunnels: string[];
  close(): Promise<void>;
}

/** A CONNECT-only proxy that tunnels to loopback addresses and refuses anything else. */
async function startConnectProxy(): Promise<Proxy> {
  const tunnels: string[] = [];
  const server: Server = createServer((client) => {
    let head = "";
    const onData = (chunk: Buffer) => {
      head += chunk.toString("latin1");
      const end = head.indexOf("\r\n\r\n");
      if (end < 0) return;
      client.off("data", onData);
      const match = /^CONNECT (127\.0\.0\.1):(\d+) HTTP\/1\.1\r\n/.exec(head);
      if (!match) {
        client.end("HTTP/1.1 403 Forbidden\r\n\r\n");
        return;
      }
      tunnels.push(`${match[1]}:${match[2]}`);
      const upstream = connect(Number(match[2]), match[1], () => {
        client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
        const rest = Buffer.from(head.slice(end + 4), "latin1");
        if (rest.length) upstream.write(rest);
        client.pipe(upstream).pipe(client);
      });
      upstream.on("error", () => client.destroy());
      client.on("error", () => upstream.destroy());
    };
    client.on("data", onData);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    tunnels,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Keep-alive tunnels would hold the server open.
        server.unref();
      }),
  };
}

const hostOf = (url: string) => new URL(url).host;

let world: World | undefined;
let proxy: Proxy | undefined;
afterEach(async () => {
  await world?.close();
  await proxy?.close();
  world = proxy = undefined;
});

describe("behind an HTTP proxy", () => {
  it("sends the GitHub and AWS calls through HTTPS_PROXY", async () => {
    world = await startWorld();
    proxy = await startConnectProxy();
    const viaProxy = { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url };
    await expectIamLinkPublished(world, (w, event, inputs = {}, env = {}) =>
      runAction(w, event, inputs, { ...viaProxy, ...env }),
    );
    const tunnelled = new Set(proxy.tunnels);
    expect(tunnelled).toContain(hostOf(world.github.url));
    expect(tunnelled).toContain(hostOf(world.aws.stsUrl));
    expect(tunnelled).toContain(hostOf(world.aws.eksUrl));
  });

  it("connects directly to the hosts NO_PROXY names (lower-case variables too)", async () => {
    world = await startWorld();
    proxy = await startConnectProxy();
    const eks = hostOf(world.aws.eksUrl);
    await expectIamLinkPublished(world, (w, event, inputs = {}, env = {}) =>
      runAction(w, event, inputs, {
        https_proxy: proxy!.url,
        http_proxy: proxy!.url,
        no_proxy: `example.org, ${eks}`,
        ...env,
      }),
    );
    const tunnelled = new Set(proxy.tunnels);
    expect(tunnelled).toContain(hostOf(world.github.url));
    expect(tunnelled).toContain(hostOf(world.aws.stsUrl));
    expect(tunnelled).not.toContain(eks);
  });
});
