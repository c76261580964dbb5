// `list` and `verify`, run in process on a copy of the 2026 reference tree with an iam-role and a
// bearer-token link merged. verify talks to the fake IAM, EKS and ArgoCD with credentials the fake
// STS issued, given to the SDK's default chain through the environment as a user's shell would.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_DATE } from "../support/cases.js";
import { startFakeArgocd, type FakeArgocd } from "../e2e/fake-argocd.js";
import type { FakeAws } from "../e2e/fake-aws/index.js";
import {
  API_SERVER,
  DEVSTG_ID,
  READER,
  SHARED_ID,
  TARGET,
  linkedFolder,
  startVerifyWorld,
  type VerifyWorld,
} from "./linked-world.js";
import { runCliInProcess as cli, tmp, useCliSandbox, type Run } from "./support.js";

useCliSandbox();

const COMPONENTS = "shared/us-east-1/k8s-eks/k8s-components";
/** Twelve days after the plans' date: the bearer token's age. */
const NOW = new Date(CASE_DATE.getTime() + 12 * 24 * 3600 * 1000);

let repo = "";
beforeAll(async () => {
  repo = await linkedFolder(tmp);
});

interface ListedJson {
  name: string;
  method: string;
  access: string;
  namespaces: string[];
  "cluster-resources": boolean;
  source: { account: string; release: string; layer: string | null; "values-file": string | null };
  target: { account: string; region: string; cluster: string; server: string | null };
  files: string[];
  token: { created: string | null; "age-days": number | null } | null;
}

function parseList(run: Run): ListedJson[] {
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as ListedJson[];
}

describe("list", () => {
  it("prints every link as a table, then each link's files", async () => {
    const run = await cli(["list", "--repo", repo], { now: NOW });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toMatch(
      /^NAME +METHOD +ACCESS +NAMESPACES +ARGOCD \(RELEASE @ LAYER\) +TARGET +TOKEN AGE$/,
    );
    const row = (name: string) => lines.find((l) => l.startsWith(`${name} `)) ?? "";
    expect(row("demoapps").split(/ {2,}/)).toEqual([
      "demoapps",
      "iam-role",
      "EKS access policy Edit",
      "demoapps",
      `argocd @ ${COMPONENTS}`,
      `apps-devstg/us-east-1/${TARGET}`,
      "-",
    ]);
    const token = row("demoapps-readonly").split(/ {2,}/);
    expect(token.slice(0, 2)).toEqual(["demoapps-readonly", "bearer-token"]);
    expect(token[2]).toMatch(/ClusterRole/);
    expect(token.slice(3)).toEqual([
      "(all)",
      `argocd @ ${COMPONENTS}`,
      `apps-devstg/us-east-1/${TARGET}`,
      "12d",
    ]);
    // Each link's files follow the table.
    expect(run.stdout).toMatch(
      /\ndemoapps: \d+ file\(s\)\n(?: {2}\S+\n)*? {2}apps-devstg\/global\/base-identities\/argocd_link_demoapps\.tf\n/,
    );
    expect(run.stdout).toMatch(/\ndemoapps-readonly: \d+ file\(s\)\n/);
  });

  it("--json prints a stable array: one object per link, the same keys for both methods", async () => {
    const links = parseList(await cli(["list", "--repo", repo, "--json"], { now: NOW }));
    expect(links.map((l) => l.name)).toEqual(["demoapps", "demoapps-readonly"]);
    const [iam, bearer] = links as [ListedJson, ListedJson];
    expect(Object.keys(iam)).toEqual([
      "name",
      "method",
      "access",
      "namespaces",
      "cluster-resources",
      "source",
      "target",
      "files",
      "token",
    ]);
    expect(Object.keys(bearer)).toEqual(Object.keys(iam));
    expect(iam).toMatchObject({
      method: "iam-role",
      access: "EKS access policy Edit",
      namespaces: ["demoapps"],
      "cluster-resources": false,
      source: {
        account: "shared",
        release: "argocd",
        layer: COMPONENTS,
        "values-file": `${COMPONENTS}/chart-values/argocd.yaml`,
      },
      target: {
        account: "apps-devstg",
        region: "us-east-1",
        cluster: TARGET,
        server: API_SERVER,
      },
      token: null,
    });
    expect(iam.files).toContain("apps-devstg/global/base-identities/argocd_link_demoapps.tf");
    expect(iam.files).toEqual([...iam.files].sort());
    expect(bearer).toMatchObject({
      method: "bearer-token",
      namespaces: [],
      token: { created: "2026-12-01T00:00:00Z", "age-days": 12 },
    });
    expect(bearer.files.some((f) => /k8s-components\/argocd_link_/.test(f))).toBe(true);
  });

  it("reads the current directory without --repo", async () => {
    const run = await cli(["list", "--json"], { cwd: repo, now: NOW });
    expect(parseList(run).map((l) => l.name)).toEqual(["demoapps", "demoapps-readonly"]);
  });

  it("says so in one line when the repository has no link, and exits 0", async () => {
    const empty = mkdtempSync(join(tmp, "empty-"));
    const run = await cli(["list", "--repo", empty]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      `No link in ${empty}: no file carries an \`# argocd-cluster-link: <name>\` header.\n`,
    );
    expect(parseList(await cli(["list", "--repo", empty, "--json"]))).toEqual([]);
  });

  it("refuses options that belong to other commands, for every command", async () => {
    const run = await cli(["list", "--repo", repo, "--force"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--force is not an option of list; it takes --repo, --json.");
    // Every command, not only the new ones: a flag another command reads is never silently ignored.
    const plan = await cli(["plan", "--repo", repo, "--link", "demoapps", "--dry-run"]);
    expect(plan.status).toBe(2);
    expect(plan.stderr).toContain(
      "--link, --dry-run are not options of plan; it takes --repo, --request, --facts, --json.",
    );
  });
});

describe("verify", () => {
  let world: VerifyWorld;
  let aws: FakeAws;
  let argocd: FakeArgocd;
  let env: NodeJS.ProcessEnv;
  const server = API_SERVER;

  beforeAll(async () => {
    world = await startVerifyWorld(tmp);
    ({ aws, argocd, env } = world);
  });

  afterAll(async () => {
    await world?.close();
  });

  const verify = (args: string[], extraEnv: NodeJS.ProcessEnv = {}) =>
    cli(["verify", "--repo", repo, ...args], { env: { ...env, ...extraEnv } });

  const expectTokenHidden = (run: Run) => {
    expect(run.stdout).not.toContain(argocd.token);
    expect(run.stderr).not.toContain(argocd.token);
  };

  it("a linked iam-role link: every check passes or is not checkable, exit 0", async () => {
    const run = await verify(["--link", "demoapps", "--argocd-server", argocd.url]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.slice(0, 5).map((l) => l.split(":")[0])).toEqual([
      "➖ source-role",
      "✅ target-role",
      "✅ cluster-access",
      "✅ argocd-entry",
      "✅ argocd-connection",
    ]);
    expect(lines[0]).toContain("aws.source-cluster");
    expect(lines[1]).toContain(
      `role \`argocd-link-demoapps\` exists and trusts exactly \`arn:aws:iam::${SHARED_ID}:role/shared-us-east-1-k8s-eks-argocd-irsa\``,
    );
    expect(lines.at(-1)).toMatch(/^Linked: /);
    expectTokenHidden(run);
    // ArgoCD was asked once, with the token, for the link's API server.
    expect(argocd.requests.at(-1)).toEqual({
      path: `/api/v1/clusters/${encodeURIComponent(server)}`,
      authorized: true,
    });
    // The SDK signed with the environment's credentials (the fakes accept nothing else).
    const iam = aws.calls.filter((c) => c.service === "iam");
    expect(iam.at(-1)).toMatchObject({ action: "GetRole", status: 200, callerRoleArn: READER });
  });

  it("--json prints the link, whether it is linked, and every check", async () => {
    const run = await verify(["--link", "demoapps", "--argocd-server", argocd.url, "--json"]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as {
      link: string;
      linked: boolean;
      checks: { check: string; result: string; detail: string }[];
    };
    expect(out.link).toBe("demoapps");
    expect(out.linked).toBe(true);
    expect(out.checks.map((c) => [c.check, c.result])).toEqual([
      ["source-role", "skip"],
      ["target-role", "pass"],
      ["cluster-access", "pass"],
      ["argocd-entry", "pass"],
      ["argocd-connection", "pass"],
    ]);
    for (const c of out.checks) expect(Object.keys(c)).toEqual(["check", "result", "detail"]);
  });

  it("a missing role: exit 1, the ❌ names the step that is not applied and how to apply it", async () => {
    const roles = world.roles[DEVSTG_ID]!.splice(0);
    try {
      const run = await verify(["--link", "demoapps", "--argocd-server", argocd.url]);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain(
        "❌ target-role: role `argocd-link-demoapps` does not exist in account `apps-devstg`: step target-role is not applied yet (`cd apps-devstg/global/base-identities && leverage tf apply`).",
      );
      expect(run.stdout).toMatch(/\nNot linked yet: target-role needs attention/);
      expectTokenHidden(run);
    } finally {
      world.roles[DEVSTG_ID]!.push(...roles);
    }
  });

  it("without --argocd-server the connection is not checkable, so the link is not confirmed: exit 1", async () => {
    const run = await verify(["--link", "demoapps"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^➖ argocd-connection: .*--argocd-server and ARGOCD_AUTH_TOKEN/m);
    expect(run.stdout).not.toContain("❌");
    expect(run.stdout).toMatch(/\nNothing failed, but ArgoCD has not confirmed/);
  });

  it("a token ArgoCD refuses is a ❌ line, never printed", async () => {
    const wrong = "not-the-argocd-token-123";
    const run = await verify(["--link", "demoapps", "--argocd-server", argocd.url], {
      ARGOCD_AUTH_TOKEN: wrong,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^❌ argocd-connection: ArgoCD answered 401/m);
    expect(run.stdout + run.stderr).not.toContain(wrong);
  });

  it("gives up on an ArgoCD that does not answer after --argocd-timeout seconds", async () => {
    argocd.hang = true;
    try {
      const started = Date.now();
      const run = await verify([
        "--link",
        "demoapps",
        "--argocd-server",
        argocd.url,
        "--argocd-timeout",
        "1",
      ]);
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/^❌ argocd-connection: ArgoCD did not answer within 1 seconds/m);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      argocd.hang = false;
    }
  });

  it("a bearer-token link: no AWS role to check, ArgoCD's word decides", async () => {
    const readonly = parseList(await cli(["list", "--repo", repo, "--json"])).find(
      (l) => l.name === "demoapps-readonly",
    )!;
    expect(readonly.target.server).toBe(server);
    // Both links name the same API server: ArgoCD answers with the cluster entry it holds for it.
    argocd.clusters.set(server, { name: "demoapps-readonly", status: "Successful" });
    try {
      const run = await verify(["--link", "demoapps-readonly", "--argocd-server", argocd.url]);
      expect(
        run.stdout
          .split("\n")
          .slice(0, 5)
          .map((l) => l.split(":")[0]),
      ).toEqual([
        "➖ source-role",
        "➖ target-role",
        "➖ cluster-access",
        "✅ argocd-entry",
        "✅ argocd-connection",
      ]);
      expect(run.status).toBe(0);
    } finally {
      argocd.clusters.set(server, { name: "demoapps", namespaces: ["demoapps"], status: "Successful" });
    }
  });

  it("trusts a private CA given with --argocd-ca-cert, and only then", async () => {
    // A self-signed certificate for 127.0.0.1: its own CA.
    const dir = mkdtempSync(join(tmp, "ca-"));
    const [key, cert] = [join(dir, "key.pem"), join(dir, "cert.pem")];
    execFileSync(
      "openssl",
      ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        .concat(["-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1"])
        .concat(["-addext", "subjectAltName=IP:127.0.0.1"]),
      { stdio: "ignore" },
    );
    const https = await startFakeArgocd(argocd.token, {
      key: readFileSync(key, "utf8"),
      cert: readFileSync(cert, "utf8"),
    });
    try {
      https.clusters.set(server, { name: "demoapps", namespaces: ["demoapps"], status: "Successful" });
      expect(https.url).toMatch(/^https:/);
      const trusted = await verify([
        "--link",
        "demoapps",
        "--argocd-server",
        https.url,
        "--argocd-ca-cert",
        cert,
      ]);
      expect(trusted.stdout).toMatch(/^✅ argocd-connection: ArgoCD reaches the cluster/m);
      expect(trusted.status).toBe(0);
      const untrusted = await verify(["--link", "demoapps", "--argocd-server", https.url]);
      expect(untrusted.status).toBe(1);
      expect(untrusted.stdout).toMatch(/^❌ argocd-connection: ArgoCD could not be reached: .*certificate/im);
      const notPem = await verify([
        "--link",
        "demoapps",
        "--argocd-server",
        https.url,
        "--argocd-ca-cert",
        key,
      ]);
      expect(notPem.status).toBe(2);
      expect(notPem.stderr).toContain(`--argocd-ca-cert ${JSON.stringify(key)} holds no PEM certificate`);
      for (const run of [trusted, untrusted, notPem]) expectTokenHidden(run);
      // The token went only to the server asked, and only over TLS.
      expect(https.requests.filter((r) => r.authorized)).toHaveLength(1);
    } finally {
      await https.close();
    }
  });

  it("reads aws.source-cluster from the repository's config file to check the IRSA role", async () => {
    const withConfig = join(mkdtempSync(join(tmp, "config-")), "leverage");
    const { cpSync } = await import("node:fs");
    cpSync(repo, withConfig, { recursive: true });
    mkdirSync(join(withConfig, ".github"));
    writeFileSync(
      join(withConfig, ".github", "argocd-cluster-link.yml"),
      "aws:\n  source-cluster:\n    name: shared-k8s-eks\n",
    );
    const run = await cli(["verify", "--repo", withConfig, "--link", "demoapps"], { env });
    expect(run.status).toBe(1);
    // The fake has no such cluster: the check ran and says the cluster could not be read.
    expect(run.stdout).toMatch(/^❌ source-role: the source cluster could not be read: .*shared-k8s-eks/m);
  });

  it("an unknown link name is a usage error that lists the links found, with a suggestion", async () => {
    const run = await verify(["--link", "demoaps"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(
      `No link named "demoaps" in ${repo}. Did you mean demoapps? Links found: demoapps, demoapps-readonly.`,
    );
    expect(aws.calls.filter((c) => c.target === "demoaps")).toEqual([]);
  });

  it("refuses bad arguments before asking AWS anything", async () => {
    const before = aws.calls.length;
    const cases: [string[], NodeJS.ProcessEnv, string][] = [
      [[], {}, "Missing --link NAME"],
      [["--link", "a", "--link", "b"], {}, "verify takes one --link NAME; got 2."],
      [
        ["--link", "demoapps", "--argocd-server", "http://argocd.example.com"],
        {},
        '--argocd-server "http://argocd.example.com" must be an https:// URL',
      ],
      [["--link", "demoapps", "--argocd-server", argocd.url], { ARGOCD_AUTH_TOKEN: "" }, "ARGOCD_AUTH_TOKEN"],
      [
        ["--link", "demoapps", "--argocd-server", argocd.url, "--argocd-timeout", "0"],
        {},
        '--argocd-timeout "0" must be a whole number of seconds from 1 to 300.',
      ],
      [["--link", "demoapps", "--argocd-timeout", "5"], {}, "--argocd-timeout needs --argocd-server."],
      [
        ["--link", "demoapps", "--argocd-server", argocd.url, "--argocd-ca-cert", join(tmp, "missing.pem")],
        {},
        "--argocd-ca-cert",
      ],
      [["--link", "demoapps", "--dry-run"], {}, "--dry-run is not an option of verify"],
    ];
    for (const [args, extra, message] of cases) {
      const run = await verify(args, extra);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toContain(message);
      expectTokenHidden(run);
    }
    expect(aws.calls.length).toBe(before);
  });
});
