// The GitHub RepoReader: one archive per repository, whatever the number of files read; the tree
// listing and blobs only when .gitattributes could make the archive differ from the commit.

import { afterEach, describe, expect, it } from "vitest";
import { createClient } from "../../src/github/client.js";
import { GitHubRepoReader } from "../../src/github/reader.js";
import { branchTip } from "../../src/github/repositories.js";
import { startFakeGitHub, type FakeGitHub } from "../e2e/fake-github/index.js";

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function open(files: Record<string, string>) {
  fake = await startFakeGitHub({ repos: [{ owner: "acme", name: "infra", files }] });
  const github = createClient({ token: "ghs_test", baseUrl: fake.url, writeIntervalMs: 0, log: () => {} });
  const ref = { owner: "acme", repo: "infra" };
  const tip = await branchTip(github, ref, "main");
  fake.resetLog();
  return new GitHubRepoReader(github, ref, tip.commit);
}

const apiCalls = () => fake!.requests.filter((r) => r.operationId).map((r) => r.operationId);

describe("GitHubRepoReader", () => {
  it("lists and reads every file of the commit from one archive", async () => {
    const files: Record<string, string> = { "config/common.tfvars": 'project = "acme"\n' };
    for (let i = 0; i < 300; i++) files[`account-${i % 7}/layer-${i}/main.tf`] = `# layer ${i}\n`;
    const reader = await open(files);
    expect(await reader.listFiles()).toEqual(Object.keys(files).sort());
    for (const [path, text] of Object.entries(files)) expect(await reader.readFile(path)).toBe(text);
    expect(await reader.readFile("missing.tf")).toBeUndefined();
    expect(apiCalls()).toEqual(["repos/download-tarball-archive"]);
  });

  it("reads the tree and the blobs it needs when .gitattributes leaves files out of archives", async () => {
    const files = {
      ".gitattributes": "# keep docs out of releases\ndocs/ export-ignore\n",
      "docs/guide.md": "# Guide\n",
      "main.tf": "# main\n",
    };
    const reader = await open(files);
    expect(await reader.listFiles()).toEqual(Object.keys(files).sort());
    expect(await reader.readFile("docs/guide.md")).toBe("# Guide\n");
    expect(await reader.readFile("docs/guide.md")).toBe("# Guide\n");
    expect(apiCalls()).toEqual(["repos/download-tarball-archive", "git/get-tree", "git/get-blob"]);
  });

  it("ignores export attributes that are commented out", async () => {
    const reader = await open({
      ".gitattributes": "# docs/ export-ignore\n*.tf text\n",
      "main.tf": "# main\n",
    });
    expect(await reader.readFile("main.tf")).toBe("# main\n");
    expect(apiCalls()).toEqual(["repos/download-tarball-archive"]);
  });
});
