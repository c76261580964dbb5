import { describe, expect, it } from "vitest";
import { proxyConfigured, proxyFor } from "../../src/core/proxy.js";

const at = (url: string, env: Record<string, string>) => proxyFor(new URL(url), env)?.href;

describe("proxyFor", () => {
  it("takes HTTPS_PROXY for https and HTTP_PROXY for http, lower-case first", () => {
    const env = { HTTPS_PROXY: "http://upper:1", https_proxy: "http://lower:2", HTTP_PROXY: "plain:3" };
    expect(at("https://api.github.com/repos", env)).toBe("http://lower:2/");
    expect(at("http://example.org/", env)).toBe("http://plain:3/");
    // https falls back to HTTP_PROXY, as undici's EnvHttpProxyAgent does.
    expect(at("https://sts.amazonaws.com/", { HTTP_PROXY: "http://p:8" })).toBe("http://p:8/");
    expect(at("https://sts.amazonaws.com/", {})).toBeUndefined();
    expect(proxyConfigured({})).toBe(false);
    expect(proxyConfigured({ http_proxy: " " })).toBe(false);
  });

  it("leaves out the hosts, domains and ports NO_PROXY names", () => {
    const env = { HTTPS_PROXY: "http://p:8", NO_PROXY: "internal.corp, .amazonaws.com ghe.local:8443" };
    expect(at("https://internal.corp/", env)).toBeUndefined();
    expect(at("https://git.internal.corp/", env)).toBeUndefined();
    expect(at("https://sts.us-east-1.amazonaws.com/", env)).toBeUndefined();
    expect(at("https://ghe.local:8443/api", env)).toBeUndefined();
    expect(at("https://ghe.local/api", env)).toBe("http://p:8/");
    expect(at("https://notinternal.corp/", env)).toBe("http://p:8/");
    expect(at("https://api.github.com/", { ...env, no_proxy: "*" })).toBeUndefined();
  });

  it("names the variable's value when it is not a URL", () => {
    expect(() => at("https://api.github.com/", { HTTPS_PROXY: "http://[bad" })).toThrow(
      /"http:\/\/\[bad" is not a URL/,
    );
  });
});
