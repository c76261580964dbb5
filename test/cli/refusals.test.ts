// The CLI, run in-process, on inputs it must refuse cleanly: the right exit code and a message that
// shows, rather than acts on, what it was given (issue 9, "Inputs the parsers must refuse cleanly").
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";

const EXAMPLES = join(import.meta.dirname, "..", "..", "examples");
const REQUEST = join(EXAMPLES, "requests", "guide-iam-role.yaml");
const FACTS = join(EXAMPLES, "facts", "guide-apps-devstg.json");
const REPO = join(EXAMPLES, "repos", "guide");
const TEMPLATE = "shared/us-east-1/k8s-eks/k8s-components/chart-values/argocd.yaml";

let tmp = "";
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "argocd-cluster-link-refusals-"));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmp, "input-")), name);
  writeFileSync(path, text);
  return path;
}

describe("facts nested far too deeply", () => {
  it.each([
    [
      "arrays in a field",
      (open: string, close: string) => `{"cluster": {"name": ${open}${close}}}`,
      "[",
      "]",
    ],
    ["objects", (open: string, close: string) => `{"cluster": ${open}1${close}}`, '{"a": ', "}"],
    ["arrays at the top", (open: string, close: string) => `${open}${close}`, "[", "]"],
  ])("5,000 levels of %s end with exit 2 and a clear message", async (_name, wrap, open, close) => {
    const facts = tempFile("deep.json", wrap(open.repeat(5000), close.repeat(5000)));
    const run = await cli(["plan", "--repo", REPO, "--request", REQUEST, "--facts", facts]);
    expect(run.stderr).not.toMatch(/Unexpected failure|call stack/);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /\(root\): is nested too deeply for describe-cluster output; at most 32 levels/,
    );
  });
});

describe("bidi and invisible characters in errors", () => {
  it("are shown as U+FFFD, never echoed raw, in a request's errors", async () => {
    const request = tempFile(
      "request.yaml",
      readFileSync(REQUEST, "utf8")
        .replace(/^target-cluster: .*$/m, 'target-cluster: "evil\u202Egnp.exe\u200B"')
        .replace(/^argocd-cluster-name: .*$/m, 'argocd-cluster-name: "x\u2066y\uFEFF"'),
    );
    const run = await cli(["plan", "--repo", REPO, "--request", request, "--facts", FACTS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("target-cluster");
    expect(run.stderr).toContain("evil\uFFFDgnp.exe\uFFFD");
    expect(run.stderr).toContain("argocd-cluster-name");
    expect(run.stderr).not.toMatch(/[\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/);
  });

  it("are shown as U+FFFD in a path the CLI cannot read", async () => {
    const run = await cli([
      "plan",
      "--repo",
      REPO,
      "--request",
      join(tmp, "no\u202Esuch.yaml"),
      "--facts",
      FACTS,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("no\uFFFDsuch.yaml");
    expect(run.stderr).not.toContain("\u202E");
  });
});

describe("symbolic links that leave the repository", () => {
  it("a values template linked to a file outside the repository is refused, its content never read", async () => {
    const repo = join(mkdtempSync(join(tmp, "repo-")), "guide");
    cpSync(REPO, repo, { recursive: true });
    const outside = tempFile("outside.yaml", "configs:\n  secret: from-outside-the-repository\n");
    unlinkSync(join(repo, TEMPLATE));
    symlinkSync(outside, join(repo, TEMPLATE));
    const run = await cli(["plan", "--json", "--repo", repo, "--request", REQUEST, "--facts", FACTS]);
    expect(run.stdout).not.toContain("from-outside-the-repository");
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(
      `${TEMPLATE} is a symbolic link (or lies under one) that leads outside the repository`,
    );
  });

  it("a folder linked to outside the repository is refused too", async () => {
    const repo = join(mkdtempSync(join(tmp, "repo-")), "guide");
    cpSync(REPO, repo, { recursive: true });
    const chartValues = join(repo, TEMPLATE, "..");
    const outside = mkdtempSync(join(tmp, "outside-"));
    cpSync(chartValues, outside, { recursive: true });
    writeFileSync(join(outside, "argocd.yaml"), "configs:\n  secret: from-outside-the-repository\n");
    rmSync(chartValues, { recursive: true });
    symlinkSync(outside, chartValues);
    const run = await cli(["plan", "--json", "--repo", repo, "--request", REQUEST, "--facts", FACTS]);
    expect(run.stdout).not.toContain("from-outside-the-repository");
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/leads outside the repository/);
  });
});
