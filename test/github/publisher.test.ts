// The publisher's pure decisions, one table row per outcome: what happens to a step given its
// branch's last commit (and trailers) and its open pull request, and which open pull requests of a
// link the closing pass closes.
import { LINK_STEP_IDS, STEP_ID, UNLINK_STEP_IDS } from "../../src/steps/registry.js";
import { describe, expect, it } from "vitest";
import {
  commitMessage,
  decideOpenPull,
  decideStep,
  dispatchRequester,
  pullBody,
  stepDigest,
  type PublishRequest,
  type StaleSituation,
  type StepDecision,
  type StepSituation,
} from "../../src/github/publisher.js";
import { pullRef } from "../../src/github/repositories.js";
import type { Step } from "../../src/plan/types.js";

const LINK = "demoapps";
const ME = "octo-org/infra#1";
const BASE = "b".repeat(40);
const OLD_BASE = "a".repeat(40);
const HEAD = "c".repeat(40);

const step: Step = {
  id: STEP_ID.targetRole,
  number: 2,
  total: 4,
  account: "apps-devstg",
  layers: ["apps-devstg/global/base-identities"],
  title: "argocd-cluster-link demoapps 2/4 (apps-devstg): role",
  body: "Adds the role.\n",
  apply: ["cd apps-devstg/global/base-identities && leverage tf apply"],
  files: [
    { path: "apps-devstg/global/base-identities/argocd_link_demoapps.tf", action: "create", content: "x\n" },
  ],
};
const edited: Step = { ...step, files: [{ ...step.files[0]!, content: "y\n" }] };

/** A commit argocd-cluster-link made for `made` (another step version, requester or base). */
const ours = (made: { step?: Step; requester?: string; base?: string; parents?: string[] } = {}) => ({
  sha: HEAD,
  message: commitMessage(LINK, made.step ?? step, made.requester ?? ME, made.base ?? BASE),
  parents: made.parents ?? [BASE],
});

const situation = (over: Partial<StepSituation>): StepSituation => ({
  linkId: LINK,
  stepId: step.id,
  requester: ME,
  digest: stepDigest(step),
  baseSha: BASE,
  title: step.title,
  body: "body\n",
  ...over,
});
const samePull = { title: step.title, body: "body\n" };

describe("decideStep", () => {
  const rows: [string, Partial<StepSituation>, StepDecision][] = [
    [
      "no branch: create it from the base and open a pull request",
      {},
      { outcome: "created", parents: [BASE], pull: "open" },
    ],
    [
      "a branch still at the base commit (a run stopped after creating it): commit on it as new",
      { head: { sha: BASE, message: "Merge pull request #7\n", parents: [OLD_BASE] } },
      { outcome: "created", parents: [BASE], pull: "open" },
    ],
    [
      "our branch with this very step and its pull request as wanted: nothing to do",
      { head: ours(), pull: samePull },
      { outcome: "unchanged", pull: "keep" },
    ],
    [
      "unchanged branch whose pull request has another body: edit the pull request only",
      { head: ours(), pull: { ...samePull, body: "old body\n" } },
      { outcome: "unchanged", pull: "edit" },
    ],
    [
      "unchanged branch whose pull request has another title: edit it",
      { head: ours(), pull: { ...samePull, title: "old title" } },
      { outcome: "unchanged", pull: "edit" },
    ],
    [
      "unchanged branch without an open pull request (a reviewer closed it): open a new one",
      { head: ours() },
      { outcome: "unchanged", pull: "open" },
    ],
    [
      "the step changed, base recorded in the trailer: a plain commit on the head",
      { head: ours({ step: edited }), pull: samePull },
      { outcome: "updated", parents: [HEAD], pull: "keep" },
    ],
    [
      "the step changed, base already merged in (a parent): a plain commit on the head",
      { head: ours({ step: edited, base: OLD_BASE, parents: [OLD_BASE, BASE] }), pull: samePull },
      { outcome: "updated", parents: [HEAD], pull: "keep" },
    ],
    [
      "the step changed and the base moved: a merge commit, head first",
      { head: ours({ step: edited, base: OLD_BASE, parents: [OLD_BASE] }), pull: samePull },
      { outcome: "updated", parents: [HEAD, BASE], pull: "keep" },
    ],
    [
      "a commit without our trailer (a human pushed): leave the branch alone",
      { head: { sha: HEAD, message: "Reviewer tweak\n", parents: [BASE] }, pull: samePull },
      { outcome: "human-commit", head: HEAD },
    ],
    [
      "our trailer for another step of the link: not ours to change",
      { head: ours({ step: { ...step, id: STEP_ID.argocd } }), pull: samePull },
      { outcome: "human-commit", head: HEAD },
    ],
    [
      "published for another request with the same argocd-cluster-name: leave it alone",
      { head: ours({ requester: "octo-org/infra#9" }), pull: samePull },
      { outcome: "other-request", owner: "octo-org/infra#9" },
    ],
    [
      "a commit from before requesters were recorded counts as ours",
      {
        head: {
          sha: HEAD,
          message: `Old\n\nArgocd-Cluster-Link: ${LINK}/${step.id}\nArgocd-Cluster-Link-Digest: 0\n`,
          parents: [OLD_BASE],
        },
        pull: samePull,
      },
      { outcome: "updated", parents: [HEAD, BASE], pull: "keep" },
    ],
    [
      "a manual run by someone else: another request",
      {
        requester: dispatchRequester("octo-admin"),
        head: ours({ requester: dispatchRequester("octo-dev") }),
        pull: samePull,
      },
      { outcome: "other-request", owner: "dispatch:octo-dev" },
    ],
    [
      "a manual run's commit from before actors were recorded counts as any manual run's",
      { requester: dispatchRequester("octo-admin"), head: ours({ requester: "dispatch" }), pull: samePull },
      { outcome: "unchanged", pull: "keep" },
    ],
    [
      "... but not as an issue's",
      { head: ours({ requester: "dispatch" }), pull: samePull },
      { outcome: "other-request", owner: "dispatch" },
    ],
  ];
  it.each(rows)("%s", (_name, over, expected) => {
    expect(decideStep(situation(over))).toEqual(expected);
  });
});

describe("dispatchRequester", () => {
  it("records the login, and only a login GitHub would issue", () => {
    expect(dispatchRequester("octo-dev")).toBe("dispatch:octo-dev");
    expect(dispatchRequester("renovate[bot]")).toBe("dispatch:renovate[bot]");
    expect(dispatchRequester("")).toBe("dispatch:unknown");
    expect(dispatchRequester("a b -->")).toBe("dispatch:unknown");
  });
});

describe("decideOpenPull", () => {
  const PREFIX = `argocd-cluster-link/${LINK}/`;
  const marker = (id: string, requester = ME) =>
    `text\n<!-- Argocd-Cluster-Link: ${LINK}/${id} request=${requester} -->\n`;
  const open = (over: Partial<StaleSituation>): StaleSituation => ({
    headRef: `${PREFIX}target-role`,
    body: marker(STEP_ID.targetRole),
    prefix: PREFIX,
    requester: ME,
    planned: [STEP_ID.sourceRole, STEP_ID.argocd],
    upToDate: [STEP_ID.targetRole],
    stepIds: LINK_STEP_IDS,
    ...over,
  });
  const rows: [string, Partial<StaleSituation>, ReturnType<typeof decideOpenPull>][] = [
    [
      "our step already in the base branch: close",
      {},
      { action: "close", reason: "its change is already in the base branch" },
    ],
    [
      "our step neither planned nor merged (the request changed): close",
      { upToDate: [] },
      { action: "close", reason: "the link request no longer needs this step" },
    ],
    [
      "a step the plan still publishes: keep",
      { planned: [STEP_ID.targetRole] },
      { action: "keep", because: "planned" },
    ],
    [
      "a token rotation: keep (it has its own schedule)",
      { headRef: `${PREFIX}rotate-token`, body: marker("rotate-token", "rotation") },
      { action: "keep", because: "other-kind" },
    ],
    [
      "an unlink run: its step already in the base branch: close",
      {
        headRef: `${PREFIX}unlink-target-role`,
        body: marker("unlink-target-role"),
        planned: ["unlink-source-role"],
        upToDate: ["unlink-argocd", "unlink-target-role"],
        stepIds: UNLINK_STEP_IDS,
      },
      { action: "close", reason: "its change is already in the base branch" },
    ],
    [
      "an unlink run: a link step's pull request is the link's business: keep",
      { planned: [], upToDate: [...UNLINK_STEP_IDS], stepIds: UNLINK_STEP_IDS },
      { action: "keep", because: "other-kind" },
    ],
    [
      "a link run: an unlink step's pull request: keep",
      { headRef: `${PREFIX}unlink-target-role`, body: marker("unlink-target-role") },
      { action: "keep", because: "other-kind" },
    ],
    [
      "another request with the same argocd-cluster-name: keep",
      { body: marker(STEP_ID.targetRole, "octo-org/infra#9") },
      { action: "keep", because: "other-requester" },
    ],
    [
      "a body without a requester marker: keep",
      { body: "written by hand" },
      { action: "keep", because: "other-requester" },
    ],
    [
      "another link's branch (a longer name with the same start): keep",
      { headRef: `argocd-cluster-link/${LINK}-readonly/target-role` },
      { action: "keep", because: "other-link" },
    ],
  ];
  it.each(rows)("%s", (_name, over, expected) => {
    expect(decideOpenPull(open(over))).toEqual(expected);
  });
});

describe("references to pull requests", () => {
  it("are #N in their own repository and owner/repo#N anywhere else", () => {
    expect(pullRef("octo-org/infra", 3, "octo-org/infra")).toBe("#3");
    expect(pullRef("octo-org/infra-apps-prd", 3, "octo-org/infra")).toBe("octo-org/infra-apps-prd#3");
  });

  it("a pull request body names the previous step's pull request relative to its own repository", () => {
    const req: PublishRequest = {
      linkId: LINK,
      requester: ME,
      steps: [step],
      upToDate: [],
      destinationFor: () => ({
        owner: "octo-org",
        repo: "infra",
        base: "main",
        baseSha: BASE,
        baseTree: BASE,
      }),
      home: "octo-org/infra",
      label: "cluster-link",
      origin: () => "Requested in octo-org/infra#1.",
      closeStaleIn: [],
      dryRun: false,
      log: () => {},
    };
    const previous = {
      step: STEP_ID.sourceRole,
      number: 1,
      title: "t",
      branch: "b",
      base: "main",
      outcome: "created" as const,
      pull: { number: 2, url: "u" },
    };
    expect(
      pullBody(req, step, { ...previous, repository: "octo-org/infra" }, "octo-org/infra-apps-prd"),
    ).toContain("Merge and apply after octo-org/infra#2 (step 1).");
    expect(pullBody(req, step, { ...previous, repository: "octo-org/infra" }, "octo-org/infra")).toContain(
      "Merge and apply after #2 (step 1).",
    );
  });
});
