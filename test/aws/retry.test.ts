import { describe, expect, it } from "vitest";
import { RetriesExhaustedError, retryReason, withRetry, type RetryRuntime } from "../../src/aws/retry.js";

/** A clock that only moves when the code under test sleeps. */
function fakeRuntime(random = 0.5): RetryRuntime & { slept: number[]; time: number } {
  const runtime = {
    slept: [] as number[],
    time: 0,
    now: () => runtime.time,
    random: () => random,
    sleep: async (ms: number) => {
      runtime.slept.push(ms);
      runtime.time += ms;
    },
  };
  return runtime;
}

const throttling = () =>
  Object.assign(new Error("Rate exceeded"), {
    name: "ThrottlingException",
    $metadata: { httpStatusCode: 400 },
  });

describe("retryReason", () => {
  it.each([
    [{ name: "ThrottlingException", $metadata: { httpStatusCode: 400 } }, "throttling"],
    [{ name: "Throttling", $metadata: { httpStatusCode: 400 } }, "throttling"],
    [{ name: "Whatever", $metadata: { httpStatusCode: 429 } }, "throttling"],
    [{ name: "Whatever", $retryable: { throttling: true } }, "throttling"],
    [{ name: "ServerException", $metadata: { httpStatusCode: 500 } }, "server"],
    [{ name: "ServiceUnavailable", $metadata: { httpStatusCode: 503 }, $fault: "server" }, "server"],
    [{ name: "IDPCommunicationErrorException", $metadata: { httpStatusCode: 400 } }, "server"],
    [
      { name: "InvalidSignatureException", $metadata: { httpStatusCode: 403, clockSkewCorrected: true } },
      "server",
    ],
    [{ name: "Error", code: "ECONNRESET" }, "network"],
    [{ name: "Error", code: "ENOTFOUND" }, "network"],
    [{ name: "TimeoutError" }, "network"],
    [{ name: "Error", cause: { code: "ECONNREFUSED" } }, "network"],
    [{ name: "AccessDenied", $metadata: { httpStatusCode: 403 } }, undefined],
    [{ name: "AccessDeniedException", $metadata: { httpStatusCode: 403 } }, undefined],
    [{ name: "ResourceNotFoundException", $metadata: { httpStatusCode: 404 } }, undefined],
    [{ name: "ExpiredTokenException", $metadata: { httpStatusCode: 400 } }, undefined],
    [{ name: "AbortError" }, undefined],
    ["a string", undefined],
  ])("%j is %s", (error, reason) => {
    expect(retryReason(error)).toBe(reason);
  });
});

describe("withRetry", () => {
  const policy = { maxAttempts: 4, baseDelayMs: 100, maxTotalMs: 20_000 };

  it("backs off exponentially with jitter and logs each retry", async () => {
    const runtime = fakeRuntime(0.5);
    const lines: string[] = [];
    let calls = 0;
    const result = await withRetry(
      "EKS DescribeCluster",
      async () => {
        calls++;
        if (calls < 4) throw throttling();
        return "done";
      },
      policy,
      (line) => lines.push(line),
      runtime,
    );
    expect(result).toBe("done");
    // Half of 100, 200, 400 fixed plus half of it times the random 0.5.
    expect(runtime.slept).toEqual([75, 150, 300]);
    expect(lines).toEqual([
      "EKS DescribeCluster failed (ThrottlingException, HTTP 400); retrying in 75 ms (attempt 2 of 4)",
      "EKS DescribeCluster failed (ThrottlingException, HTTP 400); retrying in 150 ms (attempt 3 of 4)",
      "EKS DescribeCluster failed (ThrottlingException, HTTP 400); retrying in 300 ms (attempt 4 of 4)",
    ]);
  });

  it("caps a single delay at 5 s", async () => {
    const runtime = fakeRuntime(1);
    let calls = 0;
    await withRetry(
      "x",
      async () => {
        if (++calls < 3) throw throttling();
        return 1;
      },
      { maxAttempts: 5, baseDelayMs: 8_000, maxTotalMs: 60_000 },
      () => {},
      runtime,
    );
    expect(runtime.slept).toEqual([5_000, 5_000]);
  });

  it("gives up after maxAttempts with the last error", async () => {
    const runtime = fakeRuntime();
    let calls = 0;
    const error = await withRetry(
      "x",
      async () => {
        calls++;
        throw throttling();
      },
      policy,
      () => {},
      runtime,
    ).catch((e: unknown) => e);
    expect(calls).toBe(4);
    expect(error).toBeInstanceOf(RetriesExhaustedError);
    expect((error as RetriesExhaustedError).attempts).toBe(4);
    expect((error as RetriesExhaustedError).reason).toBe("throttling");
    expect((error as RetriesExhaustedError).last).toMatchObject({ name: "ThrottlingException" });
  });

  it("gives up when the next wait would pass the time limit", async () => {
    const runtime = fakeRuntime();
    let calls = 0;
    const error = await withRetry(
      "x",
      async () => {
        calls++;
        runtime.time += 4_000; // each attempt is slow
        throw Object.assign(new Error("down"), { $metadata: { httpStatusCode: 503 } });
      },
      { maxAttempts: 10, baseDelayMs: 100, maxTotalMs: 10_000 },
      () => {},
      runtime,
    ).catch((e: unknown) => e);
    expect(calls).toBe(3);
    expect((error as RetriesExhaustedError).reason).toBe("server");
    expect((error as RetriesExhaustedError).elapsedMs).toBe(12_225);
  });

  it("fails at once on a permanent error", async () => {
    const runtime = fakeRuntime();
    const denied = Object.assign(new Error("no"), {
      name: "AccessDenied",
      $metadata: { httpStatusCode: 403 },
    });
    let calls = 0;
    await expect(
      withRetry(
        "x",
        async () => {
          calls++;
          throw denied;
        },
        policy,
        () => {},
        runtime,
      ),
    ).rejects.toBe(denied);
    expect(calls).toBe(1);
    expect(runtime.slept).toEqual([]);
  });

  it("aborts a hanging call at the time limit", async () => {
    const error = await withRetry(
      "x",
      (signal) =>
        new Promise((_, reject) =>
          signal.addEventListener("abort", () =>
            reject(Object.assign(new Error("aborted"), { name: "AbortError" })),
          ),
        ),
      { maxAttempts: 4, baseDelayMs: 1, maxTotalMs: 30 },
      () => {},
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetriesExhaustedError);
    expect((error as RetriesExhaustedError).attempts).toBe(1);
  });
});
