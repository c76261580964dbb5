// publishSteps in process, through the REST helpers, against the local fake GitHub: the closing
// pass visits every repository it is given, also one where no step is left, and names what it
// closed with its repository.
import { STEP_ID } from "../../src/steps/registry.js";
import { afterEach, describe, expect, it } from "vitest";
import { openRepositories } from "../../src/action/sources.js";
import { createClient } from "../../src/github/client.js";
import { publishSteps, type PublishRequest } from "../../src/github/publisher.js";
import type { Step } from "../../src/plan/types.js";
import { startFakeGitHub, type FakeGitHub } from "../e2e/fake-github/index.js";

const OWNER = "octo-org";
const ME = `${OWNER}/infra#1`;

let fake: FakeGitHub | undefined;
afterEach(async () => {
  if (fake) {
    expect(fake.violations).toEqual([]);
    expect(fake.unimplemented).toEqual([]);
    expect(fake.internalErrors).toEqual([]);
    await fake.close();
    fake = undefined;
  }
});

const step = (id: string, number: number, account: string): Step => ({
  id,
  number,
  total: 2,
  account,
  layers: [`${account}/global/base-identities`],
  title: `argocd-cluster-link demo ${number}/2 (${account})`,
  body: `Step ${id}.\n`,
  apply: [`cd ${account}/global/base-identities && leverage tf apply`],
  files: [
    { path: `${account}/global/base-identities/argocd_link_demo.tf`, action: "create", content: `# ${id}\n` },
  ],
});
const SOURCE = step(STEP_ID.sourceRole, 1, "shared");
const TARGET = step(STEP_ID.targetRole, 2, "apps-prd");

async function world() {
  fake = await startFakeGitHub({
    repos: [
      {
        owner: OWNER,
        name: "infra",
        files: {
          "shared/config/account.tfvars": 'environment = "shared"\n',
          ".github/argocd-cluster-link.yml": `accounts:\n  apps-prd:\n    repository: ${OWNER}/infra-prd\n    base: prd\n`,
        },
      },
      {
        owner: OWNER,
        name: "infra-prd",
        files: { "apps-prd/config/account.tfvars": 'environment = "prd"\n' },
      },
    ],
    token: "ghs_test",
  });
  // A base that is not the default branch.
  fake.humanCommit(OWNER, "infra-prd", "prd", { "README.md": "prd\n" }, "Start prd");
  const github = createClient({ token: "ghs_test", baseUrl: fake.url, writeIntervalMs: 0, log: () => {} });
  const publish = async (over: Partial<PublishRequest>) => {
    const sources = await openRepositories(
      github,
      { owner: OWNER, repo: "infra" },
      undefined,
      ".github/argocd-cluster-link.yml",
    );
    return publishSteps(github, {
      linkId: "demo",
      requester: ME,
      steps: [SOURCE, TARGET],
      upToDate: [],
      destinationFor: sources.destinationFor,
      home: `${OWNER}/infra`,
      label: "cluster-link",
      origin: () => "Requested in octo-org/infra#1.",
      closeStaleIn: sources.destinations,
      dryRun: false,
      log: () => {},
      ...over,
    });
  };
  return { fake, publish };
}

describe("publishSteps", () => {
  it("opens each step in its repository and base, and closes a repository's pull requests once it has no step left", async () => {
    const { fake, publish } = await world();
    const first = await publish({});
    expect(first.error).toBeUndefined();
    expect(first.steps.map((s) => [s.step, s.repository, s.outcome])).toEqual([
      [STEP_ID.sourceRole, `${OWNER}/infra`, "created"],
      [STEP_ID.targetRole, `${OWNER}/infra-prd`, "created"],
    ]);
    const prd = () => fake.repo(OWNER, "infra-prd");
    expect(prd().pulls.map((p) => [p.head, p.base, p.state])).toEqual([
      ["argocd-cluster-link/demo/target-role", "prd", "open"],
    ]);
    expect(prd().pulls[0]!.body).toContain(
      `Merge and apply after ${OWNER}/infra#${first.steps[0]!.pull!.number} (step 1).`,
    );

    // A dry run reports what it would close and writes nothing.
    fake.resetLog();
    const dry = await publish({ steps: [SOURCE], upToDate: [STEP_ID.targetRole], dryRun: true });
    expect(dry.closed.map((c) => [c.repository, c.number])).toEqual([[`${OWNER}/infra-prd`, 1]]);
    expect(fake.requests.filter((r) => r.method !== "GET")).toEqual([]);

    const second = await publish({ steps: [SOURCE], upToDate: [STEP_ID.targetRole] });
    expect(second.error).toBeUndefined();
    expect(second.steps.map((s) => s.outcome)).toEqual(["unchanged"]);
    expect(second.closed).toEqual([
      {
        repository: `${OWNER}/infra-prd`,
        number: 1,
        url: expect.stringContaining("/infra-prd/pull/1"),
        reason: "its change is already in the base branch",
      },
    ]);
    expect(prd().pulls[0]!.state).toBe("closed");
    expect(
      prd()
        .comments(1)
        .map((c) => c.body),
    ).toEqual(["Closed by argocd-cluster-link: its change is already in the base branch."]);
    expect(fake.repo(OWNER, "infra").pulls.map((p) => p.state)).toEqual(["open"]);
  });

  it("without repositories to close in (a rotation), leaves every pull request open", async () => {
    const { fake, publish } = await world();
    await publish({});
    const result = await publish({
      steps: [],
      upToDate: [STEP_ID.sourceRole, STEP_ID.targetRole],
      closeStaleIn: [],
    });
    expect(result.closed).toEqual([]);
    expect(
      [...fake.repo(OWNER, "infra").pulls, ...fake.repo(OWNER, "infra-prd").pulls].map((p) => p.state),
    ).toEqual(["open", "open"]);
  });
});
