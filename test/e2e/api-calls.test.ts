// How many GitHub API calls a link costs on a repository the size of the Leverage reference tree:
// reading a repository is a fixed number of calls whatever the plan reads, and a rerun with nothing
// to change does not read each step's commit again.

import { afterEach, describe, expect, it } from "vitest";
import { referenceSizeRepo } from "../support/reference-repo.js";
import { renderIssueBody } from "../support/issue-form.js";
import {
  IAM_REQUEST,
  OWNER,
  REPO,
  exampleFiles,
  issueEvent,
  openLinkIssue,
  runAction,
  startWorld,
  type World,
} from "./harness.js";
import { expectCleanApiUse } from "./scenarios.js";

let world: World | undefined;
afterEach(async () => {
  if (world) {
    expectCleanApiUse(world);
    await world.close();
    world = undefined;
  }
});

/** Reading a repository: its default branch, a branch tip or ref, its tree, blobs or archive. */
const REPO_READS = new Set([
  "repos/get",
  "repos/get-branch",
  "git/get-ref",
  "git/get-tree",
  "git/get-blob",
  "repos/download-tarball-archive",
]);

/** The API calls of the last run (the archive host a tarball redirects to is not the API). */
function calls(w: World) {
  const api = w.github.requests.filter((r) => r.operationId !== undefined);
  const repoReads = api.filter((r) => REPO_READS.has(r.operationId!));
  return {
    repoReads: repoReads.length,
    /** Repositories read, by path: /repos/<owner>/<repo>/... */
    repositories: new Set(repoReads.map((r) => r.path.split("/").slice(2, 4).join("/"))).size,
    writes: api.filter((r) => r.method !== "GET").length,
    beyondRepoReads: api.length - repoReads.length,
  };
}

describe("GitHub API calls on a reference-size repository", () => {
  it("first run: at most 3 reads per repository; no-op rerun: at most 1 call per step + 2", async () => {
    const files = referenceSizeRepo(await exampleFiles("leverage-2026"));
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(1500);
    world = await startWorld({ files });
    const issue = openLinkIssue(world, IAM_REQUEST);
    const first = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "opened") });
    expect(first.outputs.status).toBe("published");
    const steps = (JSON.parse(first.outputs["pull-requests"]!) as unknown[]).length;
    expect(steps).toBe(4);
    const firstCalls = calls(world);
    expect(firstCalls.repositories).toBe(1);
    expect(firstCalls.repoReads).toBeLessThanOrEqual(3);
    // Branch, its one commit (GraphQL), pull request and its label per step, plus the status
    // comment and the issue's label.
    expect(firstCalls.writes).toBeLessThanOrEqual(4 * steps + 2);

    world.github.resetLog();
    const rerun = await runAction(world, {
      name: "issues",
      payload: issueEvent(world, issue, "labeled", "octo-dev", "cluster-link"),
    });
    expect(rerun.outputs.status).toBe("published");
    const rerunCalls = calls(world);
    expect(rerunCalls.repoReads).toBeLessThanOrEqual(3);
    expect(rerunCalls.beyondRepoReads).toBeLessThanOrEqual(steps + 2);
    expect(rerunCalls.writes).toBeLessThanOrEqual(1); // the status comment, when its text changed

    // An edit still reads each changed step's commit and moves only those branches.
    world.github.editIssue(OWNER, REPO, issue, {
      body: renderIssueBody({ ...IAM_REQUEST, namespaces: ["demoapps", "extra"] }),
    });
    world.github.resetLog();
    const edited = await runAction(world, { name: "issues", payload: issueEvent(world, issue, "edited") });
    expect(edited.outputs.status).toBe("published");
    expect(calls(world).repoReads).toBeLessThanOrEqual(3);
  });
});
