// The fake GitHub used by the end-to-end tests, exercised with a real Octokit (retry and
// throttling plugins included) so that its behaviour, shapes and OpenAPI checks are trustworthy.

import { createHash } from "node:crypto";
import { Octokit } from "@octokit/rest";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { startFakeGitHub, type FakeGitHub } from "./e2e/fake-github/index.js";
import { loadOpenApi } from "./e2e/fake-github/openapi.js";

const OWNER = "acme";
const REPO = "infra";
const SEED = {
  owner: OWNER,
  name: REPO,
  files: {
    "README.md": "hello\n",
    "envs/dev/main.tf": 'module "eks" {}\n',
  },
};

function gitHashObject(content: string | Buffer, type = "blob"): string {
  const body = Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8");
  return createHash("sha1").update(`${type} ${body.length}\0`).update(body).digest("hex");
}

const ThrottledOctokit = Octokit.plugin(retry, throttling);
const quietLog = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

function client(
  fake: FakeGitHub,
  auth: string | undefined = "ghs_test",
): InstanceType<typeof ThrottledOctokit> {
  return new ThrottledOctokit({
    auth,
    baseUrl: fake.url,
    log: quietLog,
    retry: { retryAfterBaseValue: 10 },
    throttle: {
      onRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) =>
        retryCount < 2,
      onSecondaryRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) =>
        retryCount < 2,
    },
  });
}

/** The status of a rejected Octokit call. */
async function statusOf(
  promise: Promise<unknown>,
): Promise<{ status: number; data: unknown; headers: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { status: number; response?: { data: unknown; headers: Record<string, unknown> } };
    return { status: e.status, data: e.response?.data, headers: e.response?.headers ?? {} };
  }
  throw new Error("expected the request to fail");
}

let fake: FakeGitHub;
// Plain Octokit for the behaviour tests: plugin-throttling spaces writes 1-3 s apart.
let octokit: Octokit;
const repo = { owner: OWNER, repo: REPO };

beforeAll(async () => {
  fake = await startFakeGitHub({
    repos: [SEED],
    permissions: { alice: "admin", bob: "triage", carol: "maintain" },
  });
  octokit = new Octokit({ auth: "ghs_test", baseUrl: fake.url, log: quietLog });
});

afterAll(async () => {
  await fake.close();
});

describe("startup", () => {
  it("seeds further instances deterministically", async () => {
    const other = await startFakeGitHub({ repos: [SEED] });
    try {
      expect(other.repo(OWNER, REPO).branches().main).toBe(fake.repo(OWNER, REPO).log("main").at(-1)!.sha);
    } finally {
      await other.close();
    }
  });
});

describe("OpenAPI routing and schema conversion", () => {
  it("routes every operation of the description to itself, and accepts the examples of the implemented ones", async () => {
    const api = await loadOpenApi();
    const file = createRequire(import.meta.url).resolve("@octokit/openapi/generated/api.github.com.json");
    type Op = {
      operationId?: string;
      requestBody?: { content?: Record<string, { examples?: Record<string, { value: unknown }> }> };
    };
    const spec = JSON.parse(await readFile(file, "utf8")) as { paths: Record<string, Record<string, Op>> };
    const implemented = new Set([
      "repos/get",
      "repos/get-collaborator-permission-level",
      "git/create-blob",
      "git/create-commit",
      "git/create-ref",
      "git/update-ref",
      "git/create-tree",
      "pulls/create",
      "pulls/update",
      "issues/update",
      "issues/create-comment",
      "issues/update-comment",
      "issues/add-labels",
      "issues/set-labels",
      "issues/create-label",
      "issues/update-label",
    ]);
    let routed = 0;
    let examples = 0;
    for (const [template, item] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (!op.operationId) continue;
        const match = api.match(method, template.replace(/\{[^}]+\}/g, "1"));
        expect(match?.op.template, `${method} ${template}`).toBe(template);
        routed++;
        if (!implemented.has(op.operationId)) continue;
        for (const example of Object.values(op.requestBody?.content?.["application/json"]?.examples ?? {})) {
          const problems = api.validate(match!, new URLSearchParams(), {
            present: true,
            value: example.value,
          });
          expect(problems, op.operationId).toEqual([]);
          examples++;
        }
      }
    }
    expect(routed).toBe(api.operationCount);
    expect(examples).toBeGreaterThanOrEqual(14);
  });

  it("accepts refs with literal slashes as well as percent-encoded ones", async () => {
    const raw = await fetch(`${fake.url}/repos/acme/infra/git/ref/heads/main`, {
      headers: { authorization: "token ghs_test" },
    });
    expect(raw.status).toBe(200);
    expect(((await raw.json()) as { ref: string }).ref).toBe("refs/heads/main");
  });
});

describe("repository and git objects", () => {
  it("describes the repository", async () => {
    const { data } = await octokit.rest.repos.get(repo);
    expect(data).toMatchObject({
      full_name: "acme/infra",
      default_branch: "main",
      id: 100000,
      name: "infra",
    });
    expect(data.owner.login).toBe("acme");
    expect(data.permissions?.push).toBe(true);
    const missing = await statusOf(octokit.rest.repos.get({ owner: OWNER, repo: "nope" }));
    expect(missing.status).toBe(404);
  });

  it("names a branch's tip commit and tree, and serves the commit's archive through a redirect like GitHub", async () => {
    const { data: branch } = await octokit.rest.repos.getBranch({ ...repo, branch: "main" });
    const { data: ref } = await octokit.rest.git.getRef({ ...repo, ref: "heads/main" });
    const { data: commit } = await octokit.rest.git.getCommit({ ...repo, commit_sha: ref.object.sha });
    expect(branch.commit.sha).toBe(ref.object.sha);
    expect(branch.commit.commit.tree.sha).toBe(commit.tree.sha);
    expect((await statusOf(octokit.rest.repos.getBranch({ ...repo, branch: "nope" }))).status).toBe(404);

    fake.resetLog();
    const { data } = await octokit.rest.repos.downloadTarballArchive({ ...repo, ref: ref.object.sha });
    const [api, archive] = fake.requests;
    expect(api).toMatchObject({ operationId: "repos/download-tarball-archive", status: 302 });
    expect(archive).toMatchObject({ operationId: undefined, status: 200 });
    expect(archive!.path).toBe(`/_codeload/${OWNER}/${REPO}/legacy.tar.gz/${ref.object.sha}`);
    // The system's tar reads it, with GitHub's top folder <owner>-<repo>-<short sha>.
    const dir = mkdtempSync(join(tmpdir(), "fake-tarball-"));
    try {
      writeFileSync(join(dir, "a.tar.gz"), Buffer.from(data as ArrayBuffer));
      execFileSync("tar", ["-xzf", "a.tar.gz"], { cwd: dir });
      const top = join(dir, `${OWNER}-${REPO}-${ref.object.sha.slice(0, 7)}`);
      for (const [path, text] of Object.entries(SEED.files)) {
        expect(readFileSync(join(top, path), "utf8")).toBe(text);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // The link is good for one download; a ref that names nothing is a 404.
    const again = await fetch(`${fake.url}${archive!.path}?token=${archive!.query.token}`);
    expect(again.status).toBe(404);
    const missing = await statusOf(octokit.rest.repos.downloadTarballArchive({ ...repo, ref: "nope" }));
    expect(missing.status).toBe(404);
  });

  it("uses real git object ids (git hash-object) for blobs, trees and commits", async () => {
    const { data: blob } = await octokit.rest.git.createBlob({ ...repo, content: "hello\n" });
    expect(blob.sha).toBe(gitHashObject("hello\n"));
    expect(blob.sha).toBe("ce013625030ba8dba906f756967f9e9ca394464a");
    const binary = Buffer.from([0, 1, 2, 255]);
    const { data: b64 } = await octokit.rest.git.createBlob({
      ...repo,
      content: binary.toString("base64"),
      encoding: "base64",
    });
    expect(b64.sha).toBe(gitHashObject(binary));

    const { data: ref } = await octokit.rest.git.getRef({ ...repo, ref: "heads/main" });
    const { data: commit } = await octokit.rest.git.getCommit({ ...repo, commit_sha: ref.object.sha });
    // Recompute the commit id from the API fields the way git serialises a commit.
    const stamp = (d: string): string => `${Math.floor(Date.parse(d) / 1000)} +0000`;
    const text =
      `tree ${commit.tree.sha}\n` +
      commit.parents.map((p) => `parent ${p.sha}\n`).join("") +
      `author ${commit.author.name} <${commit.author.email}> ${stamp(commit.author.date)}\n` +
      `committer ${commit.committer.name} <${commit.committer.email}> ${stamp(commit.committer.date)}\n` +
      `\n${commit.message}`;
    expect(commit.sha).toBe(gitHashObject(text, "commit"));

    // A tree of one file, hashed by hand: "<mode> <name>\0<20-byte id>".
    const { data: tree } = await octokit.rest.git.createTree({
      ...repo,
      tree: [{ path: "a.txt", mode: "100644", type: "blob", content: "hello\n" }],
    });
    const treeBody = Buffer.concat([Buffer.from("100644 a.txt\0"), Buffer.from(blob.sha, "hex")]);
    expect(tree.sha).toBe(gitHashObject(treeBody, "tree"));
  });

  it("creates tree, commit and branch, and reads them back through the recursive tree and blobs", async () => {
    const { data: main } = await octokit.rest.git.getRef({ ...repo, ref: "heads/main" });
    const { data: base } = await octokit.rest.git.getCommit({ ...repo, commit_sha: main.object.sha });
    const { data: extra } = await octokit.rest.git.createBlob({ ...repo, content: "extra\n" });
    const { data: tree } = await octokit.rest.git.createTree({
      ...repo,
      base_tree: base.tree.sha,
      tree: [
        { path: "envs/prod/main.tf", mode: "100644", type: "blob", content: 'module "prod" {}\n' },
        { path: "envs/dev/extra.txt", mode: "100644", type: "blob", sha: extra.sha },
        { path: "README.md", mode: "100644", type: "blob", sha: null },
      ],
    });
    const { data: commit } = await octokit.rest.git.createCommit({
      ...repo,
      message: "Add prod",
      tree: tree.sha,
      parents: [base.sha],
    });
    expect(commit.verification).toMatchObject({ verified: true, reason: "valid" });
    expect(commit.author.name).toBe("github-actions[bot]");
    const { data: created } = await octokit.rest.git.createRef({
      ...repo,
      ref: "refs/heads/feature",
      sha: commit.sha,
    });
    expect(created).toMatchObject({ ref: "refs/heads/feature", object: { sha: commit.sha, type: "commit" } });

    const { data: listing } = await octokit.rest.git.getTree({
      ...repo,
      tree_sha: commit.sha,
      recursive: "1",
    });
    expect(listing.truncated).toBe(false);
    expect(listing.tree.map((e) => `${e.type} ${e.path}`)).toEqual([
      "tree envs",
      "tree envs/dev",
      "blob envs/dev/extra.txt",
      "blob envs/dev/main.tf",
      "tree envs/prod",
      "blob envs/prod/main.tf",
    ]);
    const files: Record<string, string> = {};
    for (const entry of listing.tree.filter((e) => e.type === "blob")) {
      const { data: blob } = await octokit.rest.git.getBlob({ ...repo, file_sha: entry.sha! });
      expect(blob.encoding).toBe("base64");
      files[entry.path!] = Buffer.from(blob.content, "base64").toString("utf8");
      expect(blob.size).toBe(Buffer.byteLength(files[entry.path!]!));
    }
    expect(files).toEqual({
      "envs/dev/extra.txt": "extra\n",
      "envs/dev/main.tf": 'module "eks" {}\n',
      "envs/prod/main.tf": 'module "prod" {}\n',
    });
    const { data: top } = await octokit.rest.git.getTree({ ...repo, tree_sha: "feature" });
    expect(top.tree.map((e) => e.path)).toEqual(["envs"]);

    const state = fake.repo(OWNER, REPO);
    expect(state.branches()).toEqual({ main: base.sha, feature: commit.sha });
    expect(state.readFile("feature", "envs/prod/main.tf")).toBe('module "prod" {}\n');
    expect(state.readFile("feature", "README.md")).toBeUndefined();
    expect(state.readFile("main", "README.md")).toBe("hello\n");
    expect(state.commit(commit.sha)).toMatchObject({
      message: "Add prod",
      parents: [base.sha],
      verified: true,
    });
  });

  it("refuses an existing ref, finds refs by prefix and 404s a missing one", async () => {
    const main = fake.repo(OWNER, REPO).branches().main!;
    const dup = await statusOf(octokit.rest.git.createRef({ ...repo, ref: "refs/heads/feature", sha: main }));
    expect(dup.status).toBe(422);
    expect(dup.data).toMatchObject({ message: "Reference already exists" });
    const bad = await statusOf(
      octokit.rest.git.createRef({ ...repo, ref: "refs/heads/x", sha: "0".repeat(40) }),
    );
    expect(bad.data).toMatchObject({ message: "Object does not exist" });
    expect((await statusOf(octokit.rest.git.getRef({ ...repo, ref: "heads/nope" }))).status).toBe(404);
    const { data: matching } = await octokit.rest.git.listMatchingRefs({ ...repo, ref: "heads/feat" });
    expect(matching.map((r) => r.ref)).toEqual(["refs/heads/feature"]);
    const { data: none } = await octokit.rest.git.listMatchingRefs({ ...repo, ref: "heads/zzz" });
    expect(none).toEqual([]);
  });

  it("refuses a non-fast-forward ref update unless forced, and deletes refs", async () => {
    const state = fake.repo(OWNER, REPO);
    const feature = state.branches().feature!;
    const human = fake.humanCommit(OWNER, REPO, "main", { "README.md": "hello again\n" }, "Edit README");
    expect(fake.repo(OWNER, REPO).commit(human)?.author.name).toBe("octo-human");
    expect(fake.repo(OWNER, REPO).commit(human)?.verified).toBe(false);

    const refused = await statusOf(octokit.rest.git.updateRef({ ...repo, ref: "heads/feature", sha: human }));
    expect(refused.status).toBe(422);
    expect(refused.data).toMatchObject({ message: "Update is not a fast forward" });
    expect(fake.repo(OWNER, REPO).branches().feature).toBe(feature);

    const { data: forced } = await octokit.rest.git.updateRef({
      ...repo,
      ref: "heads/feature",
      sha: human,
      force: true,
    });
    expect(forced.object.sha).toBe(human);
    // Back to the feature commit on top of an older main: not a fast-forward either.
    expect(
      (await statusOf(octokit.rest.git.updateRef({ ...repo, ref: "heads/feature", sha: feature }))).status,
    ).toBe(422);
    await octokit.rest.git.updateRef({ ...repo, ref: "heads/feature", sha: feature, force: true });

    // A fast-forward is accepted without force.
    const { data: tip } = await octokit.rest.git.getCommit({ ...repo, commit_sha: feature });
    const { data: next } = await octokit.rest.git.createCommit({
      ...repo,
      message: "next",
      tree: tip.tree.sha,
      parents: [feature],
    });
    const { data: moved } = await octokit.rest.git.updateRef({
      ...repo,
      ref: "heads/feature",
      sha: next.sha,
    });
    expect(moved.object.sha).toBe(next.sha);

    await octokit.rest.git.createRef({ ...repo, ref: "refs/heads/tmp", sha: next.sha });
    const deleted = await octokit.rest.git.deleteRef({ ...repo, ref: "heads/tmp" });
    expect(deleted.status).toBe(204);
    expect((await statusOf(octokit.rest.git.getRef({ ...repo, ref: "heads/tmp" }))).status).toBe(404);
    expect((await statusOf(octokit.rest.git.deleteRef({ ...repo, ref: "heads/tmp" }))).status).toBe(422);
  });

  it("rejects commits on unknown trees or parents", async () => {
    const missingTree = await statusOf(
      octokit.rest.git.createCommit({ ...repo, message: "x", tree: "1".repeat(40), parents: [] }),
    );
    expect(missingTree.data).toMatchObject({ message: "Tree SHA does not exist" });
    const { data: tree } = await octokit.rest.git.createTree({ ...repo, tree: [] });
    expect(tree.sha).toBe("4b825dc642cb6eb9a060e54bf8d69288fbee4904");
    const missingParent = await statusOf(
      octokit.rest.git.createCommit({ ...repo, message: "x", tree: tree.sha, parents: ["2".repeat(40)] }),
    );
    expect(missingParent.status).toBe(422);
  });

  it("marks commits with a custom committer as unsigned", async () => {
    const { data: tree } = await octokit.rest.git.createTree({ ...repo, tree: [] });
    const { data } = await octokit.rest.git.createCommit({
      ...repo,
      message: "custom",
      tree: tree.sha,
      committer: { name: "Someone", email: "someone@example.com", date: "2024-05-01T10:00:00+02:00" },
    });
    expect(data.verification).toMatchObject({ verified: false, reason: "unsigned" });
    expect(data.committer.name).toBe("Someone");
  });
});

describe("GraphQL createCommitOnBranch", () => {
  const MUTATION = `mutation ($input: CreateCommitOnBranchInput!) {
    createCommitOnBranch(input: $input) { commit { oid } }
  }`;
  const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
  const input = (branchName: string, expectedHeadOid: string, fileChanges: Record<string, unknown>) => ({
    branch: { repositoryNameWithOwner: `${OWNER}/${REPO}`, branchName },
    expectedHeadOid,
    message: { headline: "Add a file", body: "Why.\n\nTrailer-Key: value\n" },
    fileChanges,
  });

  it("commits additions and deletions on the branch head, signed, and moves the branch", async () => {
    const { data: main } = await octokit.rest.git.getRef({ ...repo, ref: "heads/main" });
    await octokit.rest.git.createRef({ ...repo, ref: "refs/heads/gql", sha: main.object.sha });
    const result = await octokit.graphql<{ createCommitOnBranch: { commit: { oid: string } } }>(MUTATION, {
      input: input("gql", main.object.sha, {
        additions: [{ path: "new/dir/file.txt", contents: b64("new\n") }],
        deletions: [{ path: "envs/dev/main.tf" }],
      }),
    });
    const oid = result.createCommitOnBranch.commit.oid;
    const { data: ref } = await octokit.rest.git.getRef({ ...repo, ref: "heads/gql" });
    expect(ref.object.sha).toBe(oid);
    const { data: commit } = await octokit.rest.git.getCommit({ ...repo, commit_sha: oid });
    expect(commit.message).toBe("Add a file\n\nWhy.\n\nTrailer-Key: value\n");
    expect(commit.parents.map((p) => p.sha)).toEqual([main.object.sha]);
    expect(commit.verification?.verified).toBe(true);
    const { data: tree } = await octokit.rest.git.getTree({
      ...repo,
      tree_sha: commit.tree.sha,
      recursive: "1",
    });
    const paths = tree.tree.filter((e) => e.type === "blob").map((e) => e.path);
    expect(paths).toContain("new/dir/file.txt");
    expect(paths).not.toContain("envs/dev/main.tf");
    expect(paths).toContain("README.md");
    expect(fake.violations).toEqual([]);
  });

  it("refuses a moved head (STALE_DATA), a missing deletion and a missing branch, like GitHub", async () => {
    const { data: main } = await octokit.rest.git.getRef({ ...repo, ref: "heads/main" });
    await octokit.rest.git.createRef({ ...repo, ref: "refs/heads/gql-stale", sha: main.object.sha });
    const errorOf = (promise: Promise<unknown>) =>
      promise.then(
        () => undefined,
        (e: { errors?: { type?: string; message: string }[] }) => e.errors?.[0],
      );
    expect(
      await errorOf(octokit.graphql(MUTATION, { input: input("gql-stale", "0".repeat(40), {}) })),
    ).toMatchObject({
      type: "STALE_DATA",
      message: expect.stringContaining("Expected branch to point to") as string,
    });
    expect(
      await errorOf(
        octokit.graphql(MUTATION, {
          input: input("gql-stale", main.object.sha, { deletions: [{ path: "no/such/file" }] }),
        }),
      ),
    ).toMatchObject({ message: expect.stringContaining("does not exist") as string });
    expect(
      await errorOf(octokit.graphql(MUTATION, { input: input("no-such-branch", main.object.sha, {}) })),
    ).toMatchObject({ type: "NOT_FOUND" });
    // The branch did not move, and none of these is a malformed request.
    const { data: after } = await octokit.rest.git.getRef({ ...repo, ref: "heads/gql-stale" });
    expect(after.object.sha).toBe(main.object.sha);
    expect(fake.violations).toEqual([]);
  });

  it("rejects any other document and invalid variables as violations", async () => {
    const strict = await startFakeGitHub({ repos: [SEED] });
    const client = new Octokit({ auth: "ghs_test", baseUrl: strict.url, log: quietLog });
    try {
      await expect(client.graphql("query { viewer { login } }")).rejects.toThrow(/viewer/);
      const { data: main } = await client.rest.git.getRef({ ...repo, ref: "heads/main" });
      await expect(
        client.graphql(MUTATION, {
          input: input("main", main.object.sha, { additions: [{ path: "a.txt", contents: "not base64!" }] }),
        }),
      ).rejects.toThrow(/Base64String/);
      await expect(
        client.graphql(MUTATION, {
          input: { ...input("main", main.object.sha, {}), expectedHeadOid: undefined },
        }),
      ).rejects.toThrow(/expectedHeadOid/);
      expect(strict.violations).toHaveLength(3);
      expect(strict.requests.every((r) => r.path !== "/graphql" || r.operationId === "graphql")).toBe(true);
    } finally {
      await strict.close();
    }
  });
});

describe("pull requests", () => {
  it("creates, refuses duplicates, lists by head and updates", async () => {
    const { data: pr } = await octokit.rest.pulls.create({
      ...repo,
      title: "Link cluster",
      head: "feature",
      base: "main",
      body: "Step 1/3",
      draft: false,
      maintainer_can_modify: false,
    });
    expect(pr).toMatchObject({
      state: "open",
      title: "Link cluster",
      body: "Step 1/3",
      html_url: `https://github.com/acme/infra/pull/${pr.number}`,
      head: { ref: "feature", sha: fake.repo(OWNER, REPO).branches().feature, label: "acme:feature" },
      base: { ref: "main", sha: fake.repo(OWNER, REPO).branches().main },
      merged: false,
      user: { login: "github-actions[bot]", type: "Bot" },
    });

    const dup = await statusOf(
      octokit.rest.pulls.create({ ...repo, title: "again", head: "acme:feature", base: "main" }),
    );
    expect(dup.status).toBe(422);
    expect(dup.data).toMatchObject({
      message: "Validation Failed",
      errors: [
        {
          resource: "PullRequest",
          code: "custom",
          message: "A pull request already exists for acme:feature.",
        },
      ],
    });

    const { data: byHead } = await octokit.rest.pulls.list({ ...repo, head: "acme:feature" });
    expect(byHead.map((p) => p.number)).toEqual([pr.number]);
    const { data: otherHead } = await octokit.rest.pulls.list({ ...repo, head: "acme:other" });
    expect(otherHead).toEqual([]);

    const { data: updated } = await octokit.rest.pulls.update({
      ...repo,
      pull_number: pr.number,
      title: "Link cluster (updated)",
      body: "new body",
    });
    expect(updated).toMatchObject({ title: "Link cluster (updated)", body: "new body" });
    const { data: got } = await octokit.rest.pulls.get({ ...repo, pull_number: pr.number });
    expect(got.title).toBe("Link cluster (updated)");

    // The head sha follows the branch.
    const pushed = fake.humanCommit(OWNER, REPO, "feature", { "notes.txt": "n\n" }, "human push");
    expect((await octokit.rest.pulls.get({ ...repo, pull_number: pr.number })).data.head.sha).toBe(pushed);

    await octokit.rest.pulls.update({ ...repo, pull_number: pr.number, state: "closed" });
    expect((await octokit.rest.pulls.list({ ...repo, head: "acme:feature" })).data).toEqual([]);
    const { data: closed } = await octokit.rest.pulls.list({ ...repo, state: "closed" });
    expect(closed.map((p) => p.number)).toContain(pr.number);
    await octokit.rest.pulls.update({ ...repo, pull_number: pr.number, state: "open" });
    expect(fake.repo(OWNER, REPO).pulls.find((p) => p.number === pr.number)?.state).toBe("open");
  });

  it("refuses pull requests without commits or without a head branch", async () => {
    const main = fake.repo(OWNER, REPO).branches().main!;
    await octokit.rest.git.createRef({ ...repo, ref: "refs/heads/same", sha: main });
    const empty = await statusOf(
      octokit.rest.pulls.create({ ...repo, title: "t", head: "same", base: "main" }),
    );
    expect(empty.status).toBe(422);
    expect(JSON.stringify(empty.data)).toContain("No commits between main and same");
    const missing = await statusOf(
      octokit.rest.pulls.create({ ...repo, title: "t", head: "gone", base: "main" }),
    );
    expect(missing.data).toMatchObject({ errors: [{ field: "head", code: "invalid" }] });
  });

  it("shares numbers with issues and ignores a head filter without owner, like GitHub", async () => {
    const issue = fake.openIssue(OWNER, REPO, { title: "Please link", body: "cluster prod", user: "alice" });
    fake.humanCommit(OWNER, REPO, "second", { "x.txt": "x\n" }, "second branch");
    const { data: pr } = await octokit.rest.pulls.create({
      ...repo,
      title: "Second",
      head: "second",
      base: "main",
    });
    expect(pr.number).toBe(issue + 1);
    const { data: all } = await octokit.rest.pulls.list({ ...repo, head: "second" });
    expect(all.length).toBeGreaterThan(1);
    const { data: issueData } = await octokit.rest.issues.get({ ...repo, issue_number: issue });
    expect(issueData).toMatchObject({ title: "Please link", user: { login: "alice" }, state: "open" });
    expect(issueData.pull_request).toBeUndefined();
    const { data: prAsIssue } = await octokit.rest.issues.get({ ...repo, issue_number: pr.number });
    expect(prAsIssue.pull_request?.html_url).toBe(pr.html_url);
  });

  it("keeps a fork's pull request apart from the repository's own branch of the same name", async () => {
    fake.humanCommit(OWNER, REPO, "shared-name", { "own.txt": "own\n" }, "own branch");
    const number = fake.openForkPull(OWNER, REPO, {
      forkOwner: "mallory",
      head: "shared-name",
      title: "From a fork",
      body: "hi",
      files: { "fork.txt": "fork\n" },
    });
    const { data: pull } = await octokit.rest.pulls.get({ ...repo, pull_number: number });
    expect(pull.head).toMatchObject({ ref: "shared-name", label: "mallory:shared-name" });
    expect(pull.head.repo).toMatchObject({ full_name: `mallory/${REPO}`, fork: true });
    expect(pull.head.sha).not.toBe(fake.repo(OWNER, REPO).branches()["shared-name"]);
    expect(fake.repo(OWNER, REPO).readFile(pull.head.sha, "fork.txt")).toBe("fork\n");
    // head=owner:branch matches the head's owner: the fork's, not the base repository's.
    const byOwner = async (owner: string) =>
      (await octokit.rest.pulls.list({ ...repo, head: `${owner}:shared-name` })).data.map((p) => p.number);
    expect(await byOwner("mallory")).toEqual([number]);
    expect(await byOwner(OWNER)).toEqual([]);
    // The repository's own branch may still get its pull request.
    const { data: own } = await octokit.rest.pulls.create({
      ...repo,
      title: "Own",
      head: "shared-name",
      base: "main",
    });
    expect(own.head.repo?.full_name).toBe(`${OWNER}/${REPO}`);
  });

  it("paginates with Link headers", async () => {
    const first = await octokit.rest.pulls.list({ ...repo, state: "all", per_page: 1 });
    expect(first.data).toHaveLength(1);
    expect(first.headers.link).toMatch(/rel="next"/);
    const all = await octokit.paginate(octokit.rest.pulls.list, { ...repo, state: "all", per_page: 1 });
    expect(all.length).toBe(fake.repo(OWNER, REPO).pulls.length);
  });
});

describe("comments, labels and permissions", () => {
  it("creates, lists (paginated) and updates comments", async () => {
    const number = fake.repo(OWNER, REPO).pulls[0]!.number;
    const { data: c1 } = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: number,
      body: "plan: 3 steps",
    });
    expect(c1).toMatchObject({ body: "plan: 3 steps", user: { login: "github-actions[bot]", type: "Bot" } });
    expect(c1.html_url).toBe(`https://github.com/acme/infra/pull/${number}#issuecomment-${c1.id}`);
    fake.addComment(OWNER, REPO, number, "/approve", "alice");
    await octokit.rest.issues.createComment({ ...repo, issue_number: number, body: "third" });

    const page = await octokit.rest.issues.listComments({ ...repo, issue_number: number, per_page: 2 });
    expect(page.data).toHaveLength(2);
    expect(page.headers.link).toMatch(/rel="last"/);
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: number,
      per_page: 2,
    });
    expect(all.map((c) => [c.user?.login, c.body])).toEqual([
      ["github-actions[bot]", "plan: 3 steps"],
      ["alice", "/approve"],
      ["github-actions[bot]", "third"],
    ]);

    const { data: edited } = await octokit.rest.issues.updateComment({
      ...repo,
      comment_id: c1.id,
      body: "plan: 2 steps",
    });
    expect(edited.body).toBe("plan: 2 steps");
    expect(fake.repo(OWNER, REPO).comments(number)[0]?.body).toBe("plan: 2 steps");
    expect(
      (await statusOf(octokit.rest.issues.updateComment({ ...repo, comment_id: 1, body: "x" }))).status,
    ).toBe(404);
  });

  it("adds labels (creating missing repository labels), lists and removes them", async () => {
    const number = fake.repo(OWNER, REPO).pulls[0]!.number;
    const { data: created } = await octokit.rest.issues.createLabel({
      ...repo,
      name: "argocd",
      color: "0e8a16",
    });
    expect(created).toMatchObject({ name: "argocd", color: "0e8a16" });
    const dup = await statusOf(octokit.rest.issues.createLabel({ ...repo, name: "ArgoCD" }));
    expect(dup.data).toMatchObject({ errors: [{ resource: "Label", code: "already_exists" }] });

    const { data: labels } = await octokit.rest.issues.addLabels({
      ...repo,
      issue_number: number,
      labels: ["argocd", "step-1"],
    });
    expect(labels.map((l) => l.name)).toEqual(["argocd", "step-1"]);
    const { data: auto } = await octokit.rest.issues.getLabel({ ...repo, name: "step-1" });
    expect(auto.color).toBe("ededed");
    expect((await statusOf(octokit.rest.issues.getLabel({ ...repo, name: "nope" }))).status).toBe(404);

    const { data: listed } = await octokit.rest.issues.listLabelsOnIssue({ ...repo, issue_number: number });
    expect(listed.map((l) => l.name)).toEqual(["argocd", "step-1"]);
    const { data: remaining } = await octokit.rest.issues.removeLabel({
      ...repo,
      issue_number: number,
      name: "step-1",
    });
    expect(remaining.map((l) => l.name)).toEqual(["argocd"]);
    const absent = await statusOf(
      octokit.rest.issues.removeLabel({ ...repo, issue_number: number, name: "step-1" }),
    );
    expect(absent.status).toBe(404);
    expect(absent.data).toMatchObject({ message: "Label does not exist" });
    expect(fake.repo(OWNER, REPO).pulls[0]?.labels).toEqual(["argocd"]);
    expect(
      fake
        .repo(OWNER, REPO)
        .labels.map((l) => l.name)
        .sort(),
    ).toEqual(["argocd", "step-1"]);
  });

  it("answers collaborator permissions from the options", async () => {
    const perm = async (username: string): Promise<unknown> =>
      (await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username })).data;
    expect(await perm("alice")).toMatchObject({
      permission: "admin",
      role_name: "admin",
      user: { login: "alice" },
    });
    expect(await perm("bob")).toMatchObject({ permission: "read", role_name: "triage" });
    expect(await perm("carol")).toMatchObject({ permission: "write", role_name: "maintain" });
    expect(await perm("mallory")).toMatchObject({ permission: "none" });
    fake.setPermission("mallory", "write");
    expect(await perm("mallory")).toMatchObject({ permission: "write" });
  });

  it("saw no OpenAPI violations or unimplemented operations from Octokit so far", () => {
    expect(fake.violations).toEqual([]);
    expect(fake.unimplemented).toEqual([]);
    expect(fake.internalErrors).toEqual([]);
  });
});

describe("contract checks, faults and auth", () => {
  let strict: FakeGitHub;
  let plain: Octokit;

  beforeAll(async () => {
    strict = await startFakeGitHub({ repos: [SEED], token: "ghs_other" });
    plain = new Octokit({ auth: "ghs_other", baseUrl: strict.url, log: quietLog });
  });

  afterAll(async () => {
    await strict.close();
  });

  /** Octokit's request without its route types, to send what the types would refuse. */
  const untyped = (route: string, params: Record<string, unknown>): Promise<unknown> =>
    plain.request(route, params);

  it("rejects a body the OpenAPI description does not allow", async () => {
    const res = await statusOf(untyped("POST /repos/{owner}/{repo}/git/trees", { ...repo, tree: "x" }));
    expect(res.status).toBe(422);
    expect(res.headers["x-fake-openapi"]).toBe("invalid");
    expect((res.data as { message: string }).message).toMatch(
      /^Invalid request \(OpenAPI\): body\/tree must be array/,
    );
    expect(strict.violations).toHaveLength(1);
    expect(strict.violations[0]).toContain("git/create-tree");

    const badEnum = await statusOf(
      untyped("POST /repos/{owner}/{repo}/git/trees", {
        ...repo,
        tree: [{ path: "a", mode: "644", type: "blob", content: "x" }],
      }),
    );
    expect(badEnum.status).toBe(422);
    const noBody = await statusOf(
      untyped("PATCH /repos/{owner}/{repo}/git/refs/{ref}", { ...repo, ref: "heads/main" }),
    );
    expect((noBody.data as { message: string }).message).toContain("request body is required");
    const noSha = await statusOf(
      untyped("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
        ...repo,
        ref: "heads/main",
        force: true,
      }),
    );
    expect((noSha.data as { message: string }).message).toContain("body must have required property 'sha'");
    expect(strict.violations).toHaveLength(4);
  });

  it("rejects unknown operations, unknown query parameters and bad parameter types", async () => {
    const unknown = await statusOf(untyped("GET /repos/{owner}/{repo}/not-an-endpoint", repo));
    expect(unknown.status).toBe(404);
    expect(unknown.headers["x-fake-openapi"]).toBe("no-operation");
    const wrongMethod = await statusOf(untyped("PUT /repos/{owner}/{repo}/git/refs", repo));
    expect(wrongMethod.headers["x-fake-openapi"]).toBe("no-operation");

    const query = await statusOf(untyped("GET /repos/{owner}/{repo}/pulls", { ...repo, status: "open" }));
    expect(query.status).toBe(422);
    expect((query.data as { message: string }).message).toContain('unknown query parameter "status"');
    const enumValue = await statusOf(
      untyped("GET /repos/{owner}/{repo}/pulls", { ...repo, state: "merged" }),
    );
    expect((enumValue.data as { message: string }).message).toContain(
      "query.state must be equal to one of the allowed values",
    );
    const integer = await statusOf(untyped("GET /repos/{owner}/{repo}/pulls", { ...repo, per_page: "many" }));
    expect(integer.status).toBe(422);
    const body = await statusOf(
      untyped("DELETE /repos/{owner}/{repo}/git/refs/{ref}", {
        ...repo,
        ref: "heads/main",
        force: true,
      }),
    );
    expect((body.data as { message: string }).message).toContain("operation takes no request body");
    expect(strict.violations).toHaveLength(10);
  });

  it("answers an operation it does not implement with 501", async () => {
    const res = await statusOf(plain.rest.repos.listBranches(repo));
    expect(res.status).toBe(501);
    expect(strict.unimplemented).toEqual(["GET /repos/{owner}/{repo}/branches (repos/list-branches)"]);
  });

  it("injects faults: a 502 is retried by plugin-retry, a secondary rate limit by plugin-throttling", async () => {
    const retrying = client(strict, "ghs_other");
    strict.resetLog();
    strict.failNext({
      method: "GET",
      path: /\/git\/ref\/heads/,
      status: 502,
      body: { message: "Server Error" },
    });
    const { data } = await retrying.rest.git.getRef({ ...repo, ref: "heads/main" });
    expect(data.ref).toBe("refs/heads/main");
    expect(strict.requests.map((r) => [r.status, r.injected])).toEqual([
      [502, true],
      [200, false],
    ]);

    strict.failNext({
      method: "POST",
      path: /\/git\/blobs$/,
      status: 403,
      headers: { "retry-after": "1" },
      body: { message: "You have exceeded a secondary rate limit" },
    });
    // plugin-retry never retries a 403: the second request shows plugin-throttling read it as a
    // secondary rate limit and waited for retry-after.
    const { data: blob } = await retrying.rest.git.createBlob({ ...repo, content: "after the limit\n" });
    expect(blob.sha).toBe(gitHashObject("after the limit\n"));
    expect(strict.requests.slice(-2).map((r) => r.status)).toEqual([403, 201]);

    strict.failNext({ path: /\/pulls$/, status: 500, times: 2 });
    expect((await statusOf(plain.rest.pulls.list(repo))).status).toBe(500);
    expect((await statusOf(plain.rest.pulls.list(repo))).status).toBe(500);
    expect((await plain.rest.pulls.list(repo)).status).toBe(200);
  });

  it("can carry a request out and still answer with a failure (a lost answer)", async () => {
    const issue = fake.openIssue(OWNER, REPO, { title: "lost", body: "", user: "alice" });
    fake.failNext({
      method: "POST",
      path: new RegExp(`/issues/${issue}/comments$`),
      status: 502,
      afterHandling: true,
    });
    const failed = await statusOf(
      octokit.rest.issues.createComment({ ...repo, issue_number: issue, body: "once" }),
    );
    expect(failed.status).toBe(502);
    expect(
      fake
        .repo(OWNER, REPO)
        .comments(issue)
        .map((c) => c.body),
    ).toEqual(["once"]);
  });

  it("requires the token and sends GitHub's headers", async () => {
    const wrong = await statusOf(
      new Octokit({ auth: "ghs_test", baseUrl: strict.url, log: quietLog }).rest.repos.get(repo),
    );
    expect(wrong.status).toBe(401);
    expect(wrong.data).toMatchObject({ message: "Bad credentials" });
    const anonymous = await statusOf(
      new Octokit({ baseUrl: strict.url, log: quietLog }).rest.repos.get(repo),
    );
    expect(anonymous.status).toBe(401);

    const res = await fetch(`${strict.url}/repos/acme/infra`, {
      headers: { authorization: "Bearer ghs_other" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    for (const h of [
      "x-ratelimit-limit",
      "x-ratelimit-remaining",
      "x-ratelimit-reset",
      "x-ratelimit-used",
      "x-ratelimit-resource",
      "x-github-request-id",
    ]) {
      expect(res.headers.get(h), h).toBeTruthy();
    }
    const text = await res.text();
    expect(strict.requests.at(-1)).toMatchObject({
      method: "GET",
      path: "/repos/acme/infra",
      operationId: "repos/get",
      status: 200,
      bytesIn: 0,
      bytesOut: Buffer.byteLength(text),
    });
  });

  it("counts request bytes", async () => {
    strict.resetLog();
    const content = "x".repeat(1000);
    await plain.rest.git.createBlob({ ...repo, content });
    const [entry] = strict.requests;
    expect(entry!.bytesIn).toBe(Buffer.byteLength(JSON.stringify({ content })));
    expect(entry!.bytesOut).toBeGreaterThan(40);
    expect(entry!.query).toEqual({});
  });
});
