// The record a status comment carries is read back as untrusted: anything that does not check out
// is no record at all, so an edited comment can never inject text or links into the next report.
import { describe, expect, it } from "vitest";
import { decodeRecord, encodeRecord, type LinkRecord } from "../../src/lifecycle/record.js";

const record: LinkRecord = {
  v: 1,
  kind: "link",
  link: "demoapps",
  steps: [
    {
      id: "source-role",
      number: 1,
      total: 2,
      summary: "IRSA role",
      account: "shared",
      repository: "octo-org/infra",
      pull: { number: 3, url: "https://github.com/octo-org/infra/pull/3" },
      apply: ["cd shared/us-east-1/k8s-eks/identities && leverage tf apply"],
    },
    {
      id: "argocd",
      number: 2,
      total: 2,
      summary: "entry",
      account: "shared",
      repository: "octo-org/infra",
      inBase: true,
      apply: [],
    },
  ],
  verification: {
    at: "2026-12-07T10:00:00Z",
    checks: [{ check: "argocd-connection", result: "pass", detail: "ok" }],
  },
};

const tampered = (change: (r: Record<string, unknown>) => void) => {
  const copy = structuredClone(record) as unknown as Record<string, unknown>;
  change(copy);
  return `<!-- argocd-cluster-link:record ${Buffer.from(JSON.stringify(copy)).toString("base64")} -->`;
};
const stepOf = (r: Record<string, unknown>) => (r.steps as Record<string, unknown>[])[0]!;

describe("the status comment's record", () => {
  it("round-trips inside a comment, and its encoding cannot close the HTML comment", () => {
    const text = `<!-- argocd-cluster-link:status -->\n${encodeRecord(record)}\n## title\n`;
    expect(decodeRecord(text)).toEqual(record);
    expect(encodeRecord(record).slice(4, -4)).not.toContain("--");
  });

  it.each([
    ["an unknown version", (r: Record<string, unknown>) => (r.v = 2)],
    ["a link id that is not a DNS label", (r: Record<string, unknown>) => (r.link = "Demo apps")],
    ["an unknown step id", (r: Record<string, unknown>) => (stepOf(r).id = "evil")],
    ["a repository that is not owner/name", (r: Record<string, unknown>) => (stepOf(r).repository = "a/b/c")],
    [
      "a pull request URL that is not https",
      (r: Record<string, unknown>) =>
        ((stepOf(r).pull as Record<string, unknown>).url = "javascript:alert(1)"),
    ],
    [
      "a line break in an apply command",
      (r: Record<string, unknown>) => (stepOf(r).apply = ["ls\n## injected"]),
    ],
    ["a number past the total", (r: Record<string, unknown>) => (stepOf(r).number = 5)],
  ])("rejects %s", (_, change) => {
    expect(decodeRecord(tampered(change))).toBeUndefined();
  });

  it("keeps the steps when only the verification does not check out: it is dropped", () => {
    const text = tampered((r) => {
      ((r.verification as Record<string, unknown>).checks as Record<string, unknown>[])[0]!.result = "ok";
    });
    expect(decodeRecord(text)).toEqual({ ...record, verification: undefined });
    expect(decodeRecord(text)).not.toHaveProperty("verification");
  });

  it("rejects a pull request URL that is not the repository's own pull request page", () => {
    const url = "https://github.com/acme/infra/pull/3)@octocat[x](https://evil.example/";
    expect(
      decodeRecord(tampered((r) => ((stepOf(r).pull as Record<string, unknown>).url = url))),
    ).toBeUndefined();
    const other = "https://github.com/other/repo/pull/3";
    expect(
      decodeRecord(tampered((r) => ((stepOf(r).pull as Record<string, unknown>).url = other))),
    ).toBeUndefined();
  });

  it("is absent from a comment without one, or with one that is not base64 JSON", () => {
    expect(decodeRecord("## a comment")).toBeUndefined();
    expect(decodeRecord("<!-- argocd-cluster-link:record bm90IGpzb24= -->")).toBeUndefined();
  });
});
