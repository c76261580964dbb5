import { describe, expect, it } from "vitest";
import { decodeClaims, subjectPatterns, trustPolicyHint } from "../../src/aws/jwt.js";
import { CLAIMS, fakeJwt } from "./support.js";

describe("decodeClaims", () => {
  it("reads the claims shown in reports and nothing else", () => {
    expect(decodeClaims(fakeJwt())).toEqual({
      iss: "https://token.actions.githubusercontent.com",
      sub: "repo:octo-org/infra:ref:refs/heads/main",
      aud: "sts.amazonaws.com",
      repository: "octo-org/infra",
      repository_id: "690001234",
      repository_owner: "octo-org",
      repository_owner_id: "120004321",
      ref: "refs/heads/main",
      event_name: "issues",
      exp: 1_800_000_300,
    });
  });

  it("joins audience lists, stringifies numeric ids and strips control characters", () => {
    const claims = decodeClaims(
      fakeJwt({ aud: ["a", "b", 3], repository_id: 42, sub: "repo:x/y:ref:refs/heads/m\n::set-output" }),
    );
    expect(claims).toEqual({
      aud: "a, b",
      repository_id: "42",
      sub: "repo:x/y:ref:refs/heads/m ::set-output",
    });
  });

  it.each([
    "",
    "abc",
    "a.b",
    "a.!!!.c",
    `a.${Buffer.from("[1]").toString("base64url")}.c`,
    "a.bm90IGpzb24.c",
  ])("returns undefined for %j", (token) => {
    expect(decodeClaims(token)).toBeUndefined();
  });
});

describe("subjectPatterns", () => {
  it("offers the default branch's sub by name and in the immutable form, never the repository-wide *", () => {
    expect(subjectPatterns(CLAIMS, "main")).toEqual({
      patterns: [
        "repo:octo-org/infra:ref:refs/heads/main",
        "repo:octo-org@120004321/infra@690001234:ref:refs/heads/main",
      ],
      immutable: false,
    });
    // Without the default branch, the branch of the token's ref (issue runs carry the default one).
    expect(subjectPatterns({ ...CLAIMS, ref: "refs/heads/trunk" }).patterns[0]).toBe(
      "repo:octo-org/infra:ref:refs/heads/trunk",
    );
  });

  it("offers only the immutable pattern when the token already uses it", () => {
    expect(
      subjectPatterns({ ...CLAIMS, sub: "repo:octo-org@120004321/infra@690001234:environment:prod" }),
    ).toEqual({ patterns: ["repo:octo-org@120004321/infra@690001234:environment:prod"], immutable: true });
  });

  it("offers the exact sub when it is a custom template", () => {
    expect(subjectPatterns({ sub: "repository_owner:octo-org:job_workflow_ref:x" })).toEqual({
      patterns: ["repository_owner:octo-org:job_workflow_ref:x"],
      immutable: false,
    });
  });
});

describe("trustPolicyHint", () => {
  it("notes an audience that differs from the one requested", () => {
    const hint = trustPolicyHint({ ...CLAIMS, aud: "other" }, "sts.amazonaws.com", "111111111111");
    expect(hint).toContain("the token's aud (other) is not the audience requested (sts.amazonaws.com)");
  });

  it("still gives the condition when the token could not be decoded", () => {
    const hint = trustPolicyHint(undefined, "sts.amazonaws.com", "111111111111");
    expect(hint).toContain("could not be read");
    expect(hint).toContain(
      '"token.actions.githubusercontent.com:sub": "repo:<org>/<repo>:ref:refs/heads/<default branch>"',
    );
    expect(hint).not.toContain(":*");
  });
});
