// The stub generation behind the terraform-validate test: it must report what the pinned module
// versions do not declare (and terraform must reject it too), never paper over it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MODULE_INTERFACES } from "./module-interfaces.js";
import {
  findModuleInterface,
  nonAwsReason,
  pinnedModuleRef,
  STUB_FILE,
  stubLayer,
  stubModuleSource,
  type StubbedLayer,
} from "./layer-stubs.js";
import {
  findTooling,
  layerFolder,
  terraformValidate,
  writeWorkspace,
  type Tooling,
} from "./terraform-workspace.js";
import { parse } from "@cdktf/hcl2json";

const IRSA_SOURCE =
  "github.com/binbashar/terraform-aws-iam.git//modules/iam-assumable-role-with-oidc?ref=v5.37.1";

/** A source-role file like the generated one, with `extra` lines added to the module call. */
function roleFile(extra = "", output = "iam_role_arn"): string {
  return `module "role_x" {
  source = "${IRSA_SOURCE}"

  create_role  = true
  role_name    = "\${var.environment}-x-irsa"
  provider_url = replace(data.terraform_remote_state.cluster.outputs.cluster_oidc_issuer_url, "https://", "")
${extra}
  tags = merge(local.tags, { Purpose = "test" })
}

resource "aws_iam_role_policy_attachment" "x" {
  role       = module.role_x.iam_role_name
  policy_arn = "arn:aws:iam::\${var.accounts.shared.id}:policy/x"
}

output "x_role_arn" {
  value = module.role_x.${output}
}
`;
}

describe("pinnedModuleRef", () => {
  it("reads github git sources with and without a sub-folder, and registry sources with an exact version", () => {
    expect(pinnedModuleRef({ source: IRSA_SOURCE })).toEqual({
      repository: "binbashar/terraform-aws-iam",
      path: "modules/iam-assumable-role-with-oidc",
      ref: "v5.37.1",
    });
    expect(
      pinnedModuleRef({ source: "git::https://github.com/binbashar/terraform-aws-eks.git?ref=v20.37.2" }),
    ).toEqual({ repository: "binbashar/terraform-aws-eks", path: "", ref: "v20.37.2" });
    expect(
      pinnedModuleRef({ source: "terraform-aws-modules/eks/aws//modules/aws-auth", version: "20.37.2" }),
    ).toEqual({
      repository: "terraform-aws-modules/terraform-aws-eks",
      path: "modules/aws-auth",
      ref: "v20.37.2",
    });
  });

  it("refuses a version range and an unpinned source, saying why", () => {
    expect(pinnedModuleRef({ source: "terraform-aws-modules/vpc/aws", version: "~> 5.0" })).toMatch(
      /only an exact version/,
    );
    expect(pinnedModuleRef({ source: "github.com/binbashar/terraform-aws-iam.git" })).toMatch(/neither/);
  });
});

describe("module interfaces data", () => {
  it("names each module once, with its repository, path, ref and the files read", () => {
    const keys = MODULE_INTERFACES.map((m) => `${m.repository}//${m.path}?ref=${m.ref}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const m of MODULE_INTERFACES) {
      expect(m.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(m.files.some((f) => f.endsWith("variables.tf"))).toBe(true);
      expect(m.files.some((f) => f.endsWith("outputs.tf"))).toBe(true);
      expect(m.outputs.length).toBeGreaterThan(0);
    }
  });

  it("the stub module declares exactly the pinned inputs and outputs", async () => {
    const m = findModuleInterface(pinnedModuleRef({ source: IRSA_SOURCE }) as never)!;
    const parsed = (await parse("main.tf", stubModuleSource(m))) as Record<string, Record<string, unknown>>;
    expect(Object.keys(parsed.variable!).sort()).toEqual([...m.requiredInputs, ...m.optionalInputs].sort());
    expect(Object.keys(parsed.output!).sort()).toEqual([...m.outputs].sort());
    expect(Object.keys(parsed).sort()).toEqual(["output", "variable"]);
  });
});

describe("nonAwsReason", () => {
  it("keeps aws resources, aws data and remote state; names kubernetes and helm", async () => {
    expect(nonAwsReason(await parse("a.tf", roleFile()))).toBeUndefined();
    const mixed = `resource "kubernetes_service_account_v1" "a" {
  metadata {
    name = "a"
  }
}
resource "helm_release" "b" {
  name  = "b"
  chart = "c"
}
`;
    expect(nonAwsReason(await parse("b.tf", mixed))).toBe("uses helm_release, kubernetes_service_account_v1");
  });
});

describe("stubLayer", () => {
  it("stubs the variables, locals and remote states a file references, and points the module at its stub", async () => {
    const layer = await stubLayer([{ name: "ids_x.tf", content: roleFile() }], new Map());
    expect(layer.problems).toEqual([]);
    const stubs = (await parse(STUB_FILE, layer.files.get(STUB_FILE)!)) as Record<
      string,
      Record<string, unknown>
    >;
    expect(Object.keys(stubs.variable!)).toEqual(expect.arrayContaining(["accounts", "environment"]));
    expect(Object.keys((stubs.locals as unknown as Record<string, unknown>[])[0]!)).toEqual(["tags"]);
    expect(Object.keys(stubs.data!.terraform_remote_state as object)).toEqual(["cluster"]);
    expect(layer.files.get("ids_x.tf")).toContain(
      'source = "../../modules/binbashar_terraform-aws-iam__modules_iam-assumable-role-with-oidc__v5.37.1"',
    );
    expect([...layer.modules.keys()]).toEqual([
      "binbashar_terraform-aws-iam__modules_iam-assumable-role-with-oidc__v5.37.1",
    ]);
  });

  it("reports an argument the pinned version does not declare", async () => {
    const layer = await stubLayer(
      [{ name: "ids_x.tf", content: roleFile('  oidc_audience = "sts.amazonaws.com"\n') }],
      new Map(),
    );
    expect(layer.problems).toEqual([
      `ids_x.tf: module "role_x" sets "oidc_audience", which binbashar/terraform-aws-iam//modules/iam-assumable-role-with-oidc?ref=v5.37.1 does not declare`,
    ]);
  });

  it("reports an output the pinned version does not declare", async () => {
    const layer = await stubLayer([{ name: "ids_x.tf", content: roleFile("", "arn") }], new Map());
    expect(layer.problems).toEqual([
      `ids_x.tf: module.role_x.arn: binbashar/terraform-aws-iam//modules/iam-assumable-role-with-oidc?ref=v5.37.1 has no output "arn"`,
    ]);
  });

  it("checks names against the pinned version, not another one", async () => {
    const call = (ref: string) => `module "role_y" {
  source = "github.com/binbashar/terraform-aws-iam.git//modules/iam-assumable-role?ref=${ref}"
}

output "y_profile" {
  value = module.role_y.iam_instance_profile_id
}
`;
    // iam_instance_profile_id is an output of v5.37.1 but not of v4.1.0.
    expect((await stubLayer([{ name: "y.tf", content: call("v5.37.1") }], new Map())).problems).toEqual([]);
    expect((await stubLayer([{ name: "y.tf", content: call("v4.1.0") }], new Map())).problems).toEqual([
      'y.tf: module.role_y.iam_instance_profile_id: binbashar/terraform-aws-iam//modules/iam-assumable-role?ref=v4.1.0 has no output "iam_instance_profile_id"',
    ]);
  });

  it("reports a module version it has no interface for", async () => {
    const content = roleFile().replace("?ref=v5.37.1", "?ref=v9.9.9");
    const layer = await stubLayer([{ name: "ids_x.tf", content }], new Map());
    expect(layer.problems).toHaveLength(1);
    expect(layer.problems[0]).toMatch(
      /module "role_x": no pinned interface for binbashar\/terraform-aws-iam\/\/modules\/iam-assumable-role-with-oidc\?ref=v9\.9\.9/,
    );
  });

  it("stubs a module declared in the layer's other files, and reports one declared nowhere", async () => {
    const access = `resource "aws_eks_access_entry" "x" {
  cluster_name  = module.cluster.cluster_name
  principal_arn = "arn:aws:iam::123456789012:role/x"
}
`;
    const outside = new Map([
      ["cluster", { source: "github.com/binbashar/terraform-aws-eks.git?ref=v20.37.2" }],
    ]);
    const found = await stubLayer([{ name: "access.tf", content: access }], outside);
    expect(found.problems).toEqual([]);
    expect(found.files.get(STUB_FILE)).toContain(
      'module "cluster" {\n  source = "../../modules/binbashar_terraform-aws-eks__v20.37.2"\n}',
    );
    const missing = await stubLayer([{ name: "access.tf", content: access }], new Map());
    expect(missing.problems).toEqual(["access.tf: module.cluster is declared in no file of the layer"]);
  });

  it("reports a resource or data source declared outside the files, which it cannot stub", async () => {
    const content = `resource "aws_iam_role_policy_attachment" "x" {
  role       = aws_iam_role.elsewhere.name
  policy_arn = data.aws_iam_policy.elsewhere.arn
}
`;
    const layer = await stubLayer([{ name: "x.tf", content }], new Map());
    expect(layer.problems.sort()).toEqual([
      "x.tf: aws_iam_role.elsewhere is declared outside the validated files: no stub for it",
      "x.tf: data.aws_iam_policy.elsewhere is declared outside the generated files: no stub for it",
    ]);
  });
});

describe("findTooling", () => {
  it("says why validation cannot run when the provider mirror is missing", async () => {
    const tooling = await findTooling({ ...process.env, TF_VALIDATE_PLUGIN_DIR: "/nonexistent/tf-plugins" });
    expect(tooling).toEqual({
      available: false,
      reason: expect.stringMatching(/^no hashicorp\/aws provider for \w+ under \/nonexistent\/tf-plugins\//),
    });
  });
});

// The same stubs through the real terraform: the exact interface makes terraform reject what the
// pinned version lacks, so the golden test's "valid" means something.
describe("terraform validate on stubbed layers", () => {
  let tooling: Tooling;
  const dirs: string[] = [];
  beforeAll(async () => {
    tooling = await findTooling();
    if (!tooling.available) console.log(`terraform validate unit tests skipped: ${tooling.reason}`);
  });
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  async function validate(layers: StubbedLayer[]) {
    if (!tooling.available) throw new Error("unreachable");
    const dir = mkdtempSync(join(tmpdir(), "argocd-link-validate-unit-"));
    dirs.push(dir);
    writeWorkspace(dir, layers);
    return terraformValidate(dir, tooling);
  }

  it("accepts the well-formed call and rejects an extra argument and an unknown output", async (ctx) => {
    if (!tooling.available) return ctx.skip(tooling.reason);
    const stub = (content: string) => stubLayer([{ name: "ids_x.tf", content }], new Map());
    // An argument error stops terraform before it looks at references: it gets a workspace of its own.
    const [both, extra] = await Promise.all([
      validate([await stub(roleFile()), await stub(roleFile("", "arn"))]),
      validate([await stub(roleFile('  oidc_audience = "sts.amazonaws.com"\n'))]),
    ]);
    const messages = (layer: string) =>
      both.diagnostics
        .filter((d) => d.filename?.startsWith(`${layer}/`))
        .map((d) => `${d.summary}: ${d.detail}`);
    expect(messages(layerFolder(0)), "the well-formed call").toEqual([]);
    expect(messages(layerFolder(1))).toEqual([
      'Unsupported attribute: This object does not have an attribute named "arn".',
    ]);
    expect(extra.valid).toBe(false);
    expect(extra.diagnostics.map((d) => `${d.summary}: ${d.detail}`)).toEqual([
      'Unsupported argument: An argument named "oidc_audience" is not expected here.',
    ]);
  }, 120_000);
});
