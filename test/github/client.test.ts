// The client's rate-limit reading and write spacing, without a server.
import { describe, expect, it } from "vitest";
import { createClient, rateLimitReset, rerunAfter } from "../../src/github/client.js";

const NOW = Date.parse("2026-12-01T10:00:00Z");
const refused = (status: number, headers: Record<string, string>, message = "Forbidden") => ({
  status,
  message,
  response: { headers },
});

describe("rateLimitReset", () => {
  it("reads retry-after (secondary limits) before x-ratelimit-reset (the primary limit)", () => {
    expect(rateLimitReset(refused(403, { "retry-after": "90" }), NOW)?.toISOString()).toBe(
      "2026-12-01T10:01:30.000Z",
    );
    const reset = String(NOW / 1000 + 3600);
    expect(
      rateLimitReset(
        refused(429, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset }),
        NOW,
      )?.getTime(),
    ).toBe(NOW + 3_600_000);
    expect(rateLimitReset(refused(403, {}, "You have exceeded a secondary rate limit"), NOW)?.getTime()).toBe(
      NOW + 60_000,
    );
  });

  it("is undefined for anything that is not a rate limit", () => {
    expect(rateLimitReset(refused(403, { "x-ratelimit-remaining": "12" }), NOW)).toBeUndefined();
    expect(rateLimitReset(refused(502, { "retry-after": "5" }), NOW)).toBeUndefined();
    expect(rateLimitReset(new Error("socket hang up"), NOW)).toBeUndefined();
  });
});

describe("rerunAfter", () => {
  it("rounds up to the next minute, in UTC", () => {
    expect(rerunAfter(new Date("2026-12-01T10:41:01Z"))).toBe("rerun after 10:42 UTC");
    expect(rerunAfter(new Date("2026-12-01T23:59:00Z"))).toBe("rerun after 23:59 UTC");
  });
});

describe("write spacing", () => {
  it("starts each write at least the interval after the previous one; reads are not held", async () => {
    const github = createClient({
      token: "t",
      baseUrl: "http://127.0.0.1:9",
      writeIntervalMs: 40,
      log: () => {},
    });
    const sent: { method: string; at: number }[] = [];
    // The request's own fetch: when each request actually goes out.
    const fetch = async (_url: string, init: { method: string }) => {
      sent.push({ method: init.method, at: Date.now() });
      return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
    };
    const send = (method: string) =>
      github.request(`${method} /repos/{owner}/{repo}/issues`, { owner: "o", repo: "r", request: { fetch } });
    await Promise.all([send("POST"), send("GET"), send("PATCH"), send("DELETE")]);
    const writes = sent.filter((s) => s.method !== "GET");
    expect(writes.map((w) => w.method)).toEqual(["POST", "PATCH", "DELETE"]);
    for (const [i, w] of writes.slice(1).entries()) expect(w.at - writes[i]!.at).toBeGreaterThanOrEqual(39);
    // The read went out before the second write.
    expect(sent.findIndex((s) => s.method === "GET")).toBeLessThan(
      sent.findIndex((s) => s.method === "PATCH"),
    );
  });
  it("spaces a label added right after a comment as far as any other pair of writes", async () => {
    // The sequence that came out 26 ms apart with the throttling plugin's own groups: a pull request
    // and a comment (both "notification" writes, spaced 3x), then a label, each awaited in turn. The
    // label only queued behind the write group, whose last slot was long past when the comment left.
    const interval = 60;
    const github = createClient({
      token: "t",
      baseUrl: "http://127.0.0.1:9",
      writeIntervalMs: interval,
      log: () => {},
    });
    const sent: { route: string; at: number }[] = [];
    const fetch = async (url: string, init: { method: string }) => {
      sent.push({ route: `${init.method} ${new URL(url).pathname}`, at: Date.now() });
      return new Response("{}", { status: 201, headers: { "content-type": "application/json" } });
    };
    const request = { fetch };
    await github.request("POST /repos/{owner}/{repo}/pulls", {
      owner: "o",
      repo: "r",
      head: "h",
      base: "main",
      request,
    });
    await github.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      owner: "o",
      repo: "r",
      issue_number: 1,
      body: "status",
      request,
    });
    await github.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
      owner: "o",
      repo: "r",
      issue_number: 1,
      labels: ["cluster-link:done"],
      request,
    });
    expect(sent.map((s) => s.route)).toEqual([
      "POST /repos/o/r/pulls",
      "POST /repos/o/r/issues/1/comments",
      "POST /repos/o/r/issues/1/labels",
    ]);
    for (const [i, w] of sent.slice(1).entries())
      expect(w.at - sent[i]!.at).toBeGreaterThanOrEqual(interval - 1);
  });
});
