// Smoke tests of the built Action, dist/index.js, run as a child process like a GitHub runner runs
// it: the wiring in src/action/main.ts and what ncc bundles. The other scenarios run in process
// (action.test.ts, aws.test.ts). A dist/ built from other sources than src/ fails here at once.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { assertFreshBundle } from "../support/bundle.js";
import { ACTION, runBuiltAction, startWorld, type World } from "./harness.js";
import { expectRotationWalk, linkedFiles } from "./rotation-scenario.js";
import { expectWholeLife } from "./lifecycle-scenario.js";
import { startFakeArgocd } from "./fake-argocd.js";
import type { FakeAccessEntry, FakeRole } from "./fake-aws/index.js";
import {
  expectCleanApiUse,
  expectIamLinkPublished,
  expectLabelFailureAfterPublishingReported,
  expectMissingIdTokenExplained,
} from "./scenarios.js";

let world: World | undefined;
beforeAll(() => assertFreshBundle(ACTION));
afterEach(async () => {
  if (world) {
    expectCleanApiUse(world);
    await world.close();
    world = undefined;
  }
});

describe("the built Action", () => {
  it("links an iam-role request from an issue: pull requests in apply order, one status comment", async () => {
    world = await startWorld();
    await expectIamLinkPublished(world, runBuiltAction);
  });

  it("without `id-token: write` it says which permission to add (the runner's own messages)", async () => {
    world = await startWorld();
    await expectMissingIdTokenExplained(world, runBuiltAction);
  });

  it("a label call failing after publishing ends `failed` with the pull requests, not a stack trace", async () => {
    world = await startWorld();
    await expectLabelFailureAfterPublishingReported(world, runBuiltAction);
  });

  it("follows a link's whole life: four merges tick off, then verify finds it linked and closes the issue", async () => {
    const aws = { roles: {} as Record<string, FakeRole[]>, entries: {} as Record<string, FakeAccessEntry[]> };
    world = await startWorld({ aws: { roles: aws.roles, accessEntries: aws.entries } });
    const argocd = await startFakeArgocd();
    try {
      await expectWholeLife(world, runBuiltAction, argocd, aws);
    } finally {
      await argocd.close();
    }
  });

  it("rotates a due token, finds it current once merged, and rotates again when forced", async () => {
    world = await startWorld({ files: await linkedFiles(new Date("2026-01-01T00:00:00Z")) });
    await expectRotationWalk(world, runBuiltAction);
  });
});

describe("the built Action's start", () => {
  it("keeps the AWS SDK and Octokit out of the entry chunk: they load as separate chunks of dist/", () => {
    const entry = readFileSync(ACTION, "utf8");
    // A run that stops at input validation parses only the entry chunk.
    expect(entry).not.toContain("AssumeRoleWithWebIdentity");
    expect(entry).not.toContain("DescribeClusterCommand");
    expect(entry).not.toContain("class Octokit");
    expect(entry).not.toContain("GetRoleCommand");
    const chunks = readdirSync(dirname(ACTION)).filter((f) => /^\d+\.index\.js$/.test(f));
    const all = chunks.map((f) => readFileSync(join(dirname(ACTION), f), "utf8")).join("\n");
    expect(all).toContain("AssumeRoleWithWebIdentity");
    expect(all).toContain("class Octokit");
    // Verification's IAM client loads only with the verify flow.
    expect(all).toContain("GetRoleCommand");
  });
});
