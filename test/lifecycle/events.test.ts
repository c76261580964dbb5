// Which comments are commands and which closed pull requests are the link's own.
import { describe, expect, it } from "vitest";
import { parseCommand, requesterIssue, stepOfBranch, whyNotOurPull } from "../../src/lifecycle/events.js";

describe("parseCommand", () => {
  it.each([
    ["/cluster-link status", { command: "status" }],
    ["  /cluster-link VERIFY  \nplease", { command: "verify" }],
    ["/cluster-link retry now", { command: "retry" }],
    ["\uFEFF/cluster-link help", { command: "help" }],
    ["/cluster-link", { unknown: "" }],
    ["/cluster-link frobnicate", { unknown: "frobnicate" }],
  ])("%j is %j", (body, expected) => {
    expect(parseCommand(body)).toEqual(expected);
  });

  it.each(["thanks!", "/cluster-linkstatus", "see /cluster-link status", "\n/cluster-link status"])(
    "%j is not a command",
    (body) => {
      expect(parseCommand(body)).toBeUndefined();
    },
  );
});

describe("the link's own closed pull requests", () => {
  const ours = {
    headRef: "argocd-cluster-link/demoapps/target-role",
    headRepo: "octo-org/infra",
    authorType: "Bot",
  };

  it("a step branch of this repository opened by a bot names its link and step", () => {
    expect(whyNotOurPull(ours, "Octo-Org/Infra")).toEqual({ link: "demoapps", step: "target-role" });
    expect(stepOfBranch("argocd-cluster-link/demoapps/unlink-argocd")).toEqual({
      link: "demoapps",
      step: "unlink-argocd",
    });
  });

  it.each([
    ["another branch", { ...ours, headRef: "feature/x" }],
    ["an unknown step", { ...ours, headRef: "argocd-cluster-link/demoapps/evil" }],
    ["a rotation branch", { ...ours, headRef: "argocd-cluster-link/demoapps/rotate-token" }],
    ["a fork", { ...ours, headRepo: "mallory/infra" }],
    ["a person's pull request", { ...ours, authorType: "User" }],
  ])("ignores %s", (_, pull) => {
    expect(whyNotOurPull(pull, "octo-org/infra")).toHaveProperty("ignored");
  });

  it("reads the requesting issue from the trailer, and nothing else", () => {
    expect(requesterIssue("octo-org/infra#12")).toEqual({ owner: "octo-org", repo: "infra", number: 12 });
    expect(requesterIssue("dispatch:octo-dev")).toBeUndefined();
    expect(requesterIssue("rotation")).toBeUndefined();
    expect(requesterIssue("octo-org/infra#0")).toBeUndefined();
  });
});
