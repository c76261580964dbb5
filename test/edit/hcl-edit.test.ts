import { parse } from "@cdktf/hcl2json";
import { format } from "@cdktf/hcl-tools";
import { describe, expect, it } from "vitest";
import { LayoutError } from "../../src/core/errors.js";
import { upsertListObject, upsertObjectItems } from "../../src/edit/hcl-edit.js";
import {
  allBlocks,
  findAttribute,
  findBlocks,
  scanHcl,
  splitSequence,
  type HclAttribute,
} from "../../src/hcl/scan.js";
import { attr, comment, raw, type BodyItem } from "../../src/hcl/write.js";

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const FILE = "cluster/locals.tf";
const ROLE_ARN = '"arn:aws:iam::${var.accounts.apps-devstg.id}:role/argocd-link-apps"';

/** What the planner adds to map_roles for one link (see mapRolesElement). */
const ELEMENT: BodyItem[] = [
  comment("argocd-cluster-link: apps (ArgoCD argocd in shared)"),
  attr("rolearn", raw(ROLE_ARN)),
  attr("username", "argocd-link-apps"),
  attr("groups", ["argocd-link-apps-view"]),
];
const isOwn = (element: string) => element.includes(':role/argocd-link-apps"');

/** ELEMENT as written at `indent`, without the comma. */
const elementAt = (indent: string) =>
  [
    "{",
    `${indent}  # argocd-cluster-link: apps (ArgoCD argocd in shared)`,
    `${indent}  rolearn  = ${ROLE_ARN}`,
    `${indent}  username = "argocd-link-apps"`,
    `${indent}  groups   = ["argocd-link-apps-view"]`,
    `${indent}}`,
  ].join("\n");

/** The same element as hcl2json reads it. */
const ELEMENT_JSON = {
  rolearn: "arn:aws:iam::${var.accounts.apps-devstg.id}:role/argocd-link-apps",
  username: "argocd-link-apps",
  groups: ["argocd-link-apps-view"],
};

/** The attribute `name` anywhere in the file (top level or in any block). */
function attribute(text: string, name: string): HclAttribute {
  const items = scanHcl(text, FILE);
  const found = [findAttribute(items, name), ...[...allBlocks(items)].map((b) => findAttribute(b, name))];
  const attributes = found.filter((a): a is HclAttribute => a !== undefined);
  expect(attributes).toHaveLength(1);
  return attributes[0]!;
}

const addRole = (text: string, list = "map_roles", body = ELEMENT) =>
  upsertListObject(text, FILE, attribute(text, list).exprStart, body, isOwn);

async function expectFmtClean(text: string): Promise<void> {
  expect(await format(text)).toBe(text);
}

/** `after` is `before` with `inserted` put at `at`, every other byte untouched. */
function expectInsertion(before: string, after: string, at: number, inserted: string): void {
  expect(after.slice(0, at)).toBe(before.slice(0, at));
  expect(after.slice(at + inserted.length)).toBe(before.slice(at));
  expect(after.slice(at, at + inserted.length)).toBe(inserted);
  expect(after.length).toBe(before.length + inserted.length);
}

/** The list `name` of the first `locals` block, as hcl2json reads it. */
async function localsList(text: string, name: string): Promise<unknown[]> {
  const json = await parse(FILE, text);
  return (json.locals as Record<string, unknown[]>[])[0]![name]!;
}

function layoutError(run: () => unknown): LayoutError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(LayoutError);
    return error as LayoutError;
  }
  throw new Error("expected a LayoutError");
}

// ---------------------------------------------------------------------------------------------
// upsertListObject
// ---------------------------------------------------------------------------------------------

/** A Leverage cluster layer's locals.tf (terraform fmt clean, odd `groups = [` wrapping included). */
const LEVERAGE_LOCALS = `locals {
  tags = {
    Terraform   = "true"
    Environment = var.environment
  }

  # Extra IAM users to add to the aws-auth ConfigMap
  #
  map_users = [
    # {
    #   userarn  = "arn:aws:iam::\${var.accounts.security.id}:user/jane.doe"
    #   username = "jane.doe"
    # },
  ]

  # Extra IAM roles to add to the aws-auth ConfigMap
  #
  map_roles = [
    #
    # CI pipelines assume this role
    #
    {
      rolearn  = "arn:aws:iam::\${var.accounts.apps-devstg.id}:role/DeployMaster"
      username = "DeployMaster"
      groups = [
      "system:masters"]
    },
    #
    # DevOps role: cluster admins
    #
    {
      rolearn  = "arn:aws:iam::\${var.accounts.apps-devstg.id}:role/DevOps"
      username = "DevOps"
      groups = [
      "system:masters"]
    },
  ]
}
`;

const NO_TRAILING_COMMA = `locals {
  map_roles = [
    {
      rolearn  = "arn:aws:iam::111111111111:role/DevOps"
      username = "DevOps"
      groups   = ["system:masters"]
    },
    {
      rolearn  = "arn:aws:iam::111111111111:role/Auditor"
      username = "Auditor"
      groups   = ["view"]
    }
  ]
}
`;

const COMMENTED = `locals {
  map_roles = [
    # first
    {
      rolearn  = "arn:aws:iam::111111111111:role/DevOps"
      username = "DevOps"
      groups   = ["system:masters"]
    }, # after the first, with a "]" in it
    /* between, with } and ] */
    {
      rolearn  = "arn:aws:iam::111111111111:role/Auditor"
      username = "Auditor"
      groups   = ["view"]
    } # last, no comma
    # after the last entry
    // and another
  ]
  other = 1
}
`;

const EMPTY = `locals {
  other = 1

  map_roles = []
}
`;

const IN_MODULE = `module "eks" {
  source = "terraform-aws-modules/eks/aws"

  aws_auth_roles = [
    {
      rolearn  = "arn:aws:iam::111111111111:role/DevOps"
      username = "DevOps"
      groups   = ["system:masters"]
    },
  ]
}
`;

describe("upsertListObject", () => {
  it("inputs are terraform fmt clean and valid", async () => {
    for (const text of [LEVERAGE_LOCALS, NO_TRAILING_COMMA, COMMENTED, EMPTY, IN_MODULE]) {
      await expectFmtClean(text);
      await parse(FILE, text);
    }
  });

  it("adds an element after a last element that has a trailing comma", async () => {
    const out = addRole(LEVERAGE_LOCALS);
    const at = LEVERAGE_LOCALS.indexOf("  ]\n}\n");
    expectInsertion(LEVERAGE_LOCALS, out, at, `    ${elementAt("    ")},\n`);
    await expectFmtClean(out);
    expect(await localsList(out, "map_roles")).toEqual([
      ...(await localsList(LEVERAGE_LOCALS, "map_roles")),
      ELEMENT_JSON,
    ]);
    expect(await localsList(out, "map_users")).toEqual([]);
  });

  it("adds a comma to a last element without one, and the element after it", async () => {
    const out = addRole(NO_TRAILING_COMMA);
    const comma = NO_TRAILING_COMMA.indexOf('["view"]\n    }') + '["view"]\n    }'.length;
    const at = NO_TRAILING_COMMA.indexOf("  ]\n}\n");
    expect(out).toBe(
      NO_TRAILING_COMMA.slice(0, comma) +
        "," +
        NO_TRAILING_COMMA.slice(comma, at) +
        `    ${elementAt("    ")},\n` +
        NO_TRAILING_COMMA.slice(at),
    );
    await expectFmtClean(out);
    expect(await localsList(out, "map_roles")).toEqual([
      ...(await localsList(NO_TRAILING_COMMA, "map_roles")),
      ELEMENT_JSON,
    ]);
  });

  it("keeps comments between and after entries, putting the comma before a trailing comment", async () => {
    const out = addRole(COMMENTED);
    const comma = COMMENTED.indexOf("} # last, no comma") + 1;
    const at = COMMENTED.indexOf("  ]\n  other");
    expect(out).toBe(
      COMMENTED.slice(0, comma) +
        "," +
        COMMENTED.slice(comma, at) +
        `    ${elementAt("    ")},\n` +
        COMMENTED.slice(at),
    );
    expect(out).toContain("    }, # last, no comma\n    # after the last entry\n    // and another\n");
    await expectFmtClean(out);
    expect(await localsList(out, "map_roles")).toEqual([
      ...(await localsList(COMMENTED, "map_roles")),
      ELEMENT_JSON,
    ]);
  });

  it("fills an empty list", async () => {
    const out = addRole(EMPTY);
    expect(out).toBe(`locals {\n  other = 1\n\n  map_roles = [\n    ${elementAt("    ")},\n  ]\n}\n`);
    await expectFmtClean(out);
    expect(await localsList(out, "map_roles")).toEqual([ELEMENT_JSON]);
  });

  it("fills an empty list whose `=` was aligned with its neighbours (still valid; see the note)", async () => {
    // Known limitation: `map_roles = []` was in an alignment group; once it spans lines terraform fmt
    // re-aligns the neighbours (`other = 1`), which this byte-preserving edit does not do. So only
    // validity is asserted here, not fmt-cleanliness nor the neighbours' exact bytes.
    const text = "locals {\n  map_roles = []\n  other     = 1\n}\n";
    await expectFmtClean(text);
    const out = addRole(text);
    expect(out).toContain(`  map_roles = [\n    ${elementAt("    ")},\n  ]\n`);
    expect(await localsList(out, "map_roles")).toEqual([ELEMENT_JSON]);
    expect(addRole(out)).toBe(out);
  });

  it("fills an empty list spread over lines", async () => {
    const text = "locals {\n  map_roles = [\n  ]\n}\n";
    const out = addRole(text);
    expect(out).toBe(`locals {\n  map_roles = [\n    ${elementAt("    ")},\n  ]\n}\n`);
    await expectFmtClean(out);
  });

  it("keeps the comments of a list that holds only comments", async () => {
    const out = addRole(LEVERAGE_LOCALS, "map_users");
    const at = LEVERAGE_LOCALS.indexOf("  ]\n\n  # Extra IAM roles");
    expectInsertion(LEVERAGE_LOCALS, out, at, `    ${elementAt("    ")},\n`);
    expect(out).toContain('    #   username = "jane.doe"\n    # },\n    {\n');
    await expectFmtClean(out);
    expect(await localsList(out, "map_users")).toEqual([ELEMENT_JSON]);
  });

  it("indents like the other elements of a list deeper in the file", async () => {
    const out = addRole(IN_MODULE, "aws_auth_roles");
    const at = IN_MODULE.indexOf("  ]\n}\n");
    expectInsertion(IN_MODULE, out, at, `    ${elementAt("    ")},\n`);
    await expectFmtClean(out);

    const nested = IN_MODULE.replace(/^/gm, "  ").replace(/^ +$/gm, "");
    const wrapped = `locals {\n${nested}}\n`.replace(
      'locals {\n  module "eks"',
      'module "outer" {\n  module "eks"',
    );
    await expectFmtClean(wrapped);
    const deeper = upsertListObject(
      wrapped,
      FILE,
      attribute(wrapped, "aws_auth_roles").exprStart,
      ELEMENT,
      isOwn,
    );
    expect(deeper).toContain(`\n      ${elementAt("      ")},\n    ]\n`);
    await expectFmtClean(deeper);
  });

  it("finds a comma that stands on its own line and adds none", async () => {
    const text = "locals {\n  map_roles = [\n    {\n      a = 1\n    }\n    ,\n  ]\n}\n";
    const out = addRole(text);
    expectInsertion(text, out, text.indexOf("  ]\n}"), `    ${elementAt("    ")},\n`);
    expect(await localsList(out, "map_roles")).toEqual([{ a: 1 }, ELEMENT_JSON]);
  });

  it("replaces its own element in place and leaves the others alone", async () => {
    const previous = [
      "{",
      "      # argocd-cluster-link: apps (an older run)",
      `      rolearn  = ${ROLE_ARN}`,
      '      username = "argocd-link-apps"',
      '      groups   = ["system:masters"]',
      "    }",
    ].join("\n");
    const text = NO_TRAILING_COMMA.replace(
      '    {\n      rolearn  = "arn:aws:iam::111111111111:role/Auditor"',
      `    ${previous},\n    {\n      rolearn  = "arn:aws:iam::111111111111:role/Auditor"`,
    );
    await expectFmtClean(text);
    const out = addRole(text);
    const start = text.indexOf(previous);
    expect(out).toBe(text.slice(0, start) + elementAt("    ") + text.slice(start + previous.length));
    await expectFmtClean(out);
    const [devops, mine, auditor] = await localsList(out, "map_roles");
    expect(mine).toEqual(ELEMENT_JSON);
    expect([devops, auditor]).toEqual([
      (await localsList(text, "map_roles"))[0],
      (await localsList(text, "map_roles"))[2],
    ]);
  });

  it.each([
    ["a trailing comma", LEVERAGE_LOCALS],
    ["no trailing comma", NO_TRAILING_COMMA],
    ["comments", COMMENTED],
    ["an empty list", EMPTY],
    ["a module argument", IN_MODULE],
  ])("is idempotent on a list with %s", (_name, text) => {
    const list = text === IN_MODULE ? "aws_auth_roles" : "map_roles";
    const once = addRole(text, list);
    expect(once).not.toBe(text);
    expect(addRole(once, list)).toBe(once);
    // A changed element is replaced, then stable again.
    const changed = [...ELEMENT.slice(0, 3), attr("groups", ["system:masters"])];
    const twice = addRole(once, list, changed);
    expect(twice).not.toBe(once);
    expect(twice.length).toBe(once.length - "argocd-link-apps-view".length + "system:masters".length);
    expect(addRole(twice, list, changed)).toBe(twice);
    expect(addRole(twice, list)).toBe(once);
  });

  it.each([
    [
      "the closing bracket on the last element's line",
      'locals {\n  map_roles = [\n    {\n      rolearn = "x"\n    }]\n}\n',
    ],
    ["a one-line list", 'locals {\n  map_roles = [{ rolearn = "x" }]\n}\n'],
    [
      "a list closed after a comment on the same line",
      'locals {\n  map_roles = [\n    { rolearn = "x" }, /* c */ ]\n}\n',
    ],
  ])("refuses %s, with the element to add by hand", (_name, text) => {
    const error = layoutError(() => addRole(text));
    expect(error.message).toContain(FILE);
    expect(error.message).toContain("Add this by hand");
    // The snippet is the whole element (indented like the list's first element, if any).
    const snippet = error.message.slice(error.message.indexOf("then run again:\n\n") + 17);
    expect(snippet.split("\n").map((l) => l.trim())).toEqual(
      `${elementAt("")},`.split("\n").map((l) => l.trim()),
    );
  });

  it("never returns a broken file", () => {
    // A list element that is not an object is kept as it is; the result is still scanned.
    const text = 'locals {\n  map_roles = [\n    local.other_role,\n    "literal"\n  ]\n}\n';
    const out = addRole(text);
    expect(out).toContain('    "literal",\n    {\n');
    expect(() => scanHcl(out)).not.toThrow();
  });
});

// ---------------------------------------------------------------------------------------------
// upsertObjectItems
// ---------------------------------------------------------------------------------------------

const HELM_FILE = "k8s-components/cicd-argo.tf";

const HELM_RELEASE = `resource "helm_release" "argocd" {
  count      = var.argocd.enabled ? 1 : 0
  name       = "argocd"
  repository = "https://argoproj.github.io/argo-helm"
  chart      = "argo-cd"
  version    = "7.9.1"
  values = [
    templatefile("chart-values/argocd.yaml", {
      argoHost          = local.argocd_host
      ingressClass      = local.private_ingress_class # internal only
      enableWebTerminal = var.argocd.enableWebTerminal
    }),
    # Secrets are merged on top of the values file.
    yamlencode({
      configs = {
        secret = {
          argocdServerAdminPassword = "x"
        }
      }
    }),
  ]
}
`;

/** The `{` of the variables object of the first templatefile(...) in `values`. */
function varsOpen(text: string): number {
  const values = attribute(text, "values");
  const [call] = splitSequence(text, values.exprStart).items;
  const args = splitSequence(text, text.indexOf("(", call!.start)).items;
  expect(text[args[1]!.start]).toBe("{");
  return args[1]!.start;
}

const VARS: [string, string][] = [
  ["argocd_link_apps_irsa_role_arn", '"arn:aws:iam::${var.accounts.shared.id}:role/argocd-link-apps-irsa"'],
  ["argocd_link_apps_role_arn", '"arn:aws:iam::${var.accounts.apps-devstg.id}:role/argocd-link-apps"'],
];
const NOTE = "argocd-cluster-link: apps (iam-role)";

const setVars = (text: string, entries = VARS, note = NOTE) =>
  upsertObjectItems(text, HELM_FILE, varsOpen(text), entries, note);

/** The variables of the first templatefile call, as hcl2json prints the call. */
async function templateCall(text: string): Promise<string> {
  const json = await parse(HELM_FILE, text);
  const release = (json.resource as Record<string, Record<string, Record<string, unknown>[]>>).helm_release!
    .argocd![0]!;
  return (release.values as string[])[0]!;
}

describe("upsertObjectItems", () => {
  it("input is terraform fmt clean", async () => {
    await expectFmtClean(HELM_RELEASE);
  });

  it("adds missing keys as one aligned group after a blank line and the note", async () => {
    const out = setVars(HELM_RELEASE);
    const at = HELM_RELEASE.indexOf("    }),\n    # Secrets");
    expectInsertion(
      HELM_RELEASE,
      out,
      at,
      [
        "",
        `      # ${NOTE}`,
        `      argocd_link_apps_irsa_role_arn = ${VARS[0]![1]}`,
        `      argocd_link_apps_role_arn      = ${VARS[1]![1]}`,
        "",
      ].join("\n"),
    );
    await expectFmtClean(out);
    const call = await templateCall(out);
    expect(call).toContain("argocd_link_apps_role_arn");
    expect(call).toContain("argoHost");
  });

  it("is idempotent", () => {
    const once = setVars(HELM_RELEASE);
    expect(setVars(once)).toBe(once);
  });

  it("replaces the value of an existing key and keeps every other byte", async () => {
    const entries: [string, string][] = [["ingressClass", '"nginx-internal"']];
    const out = setVars(HELM_RELEASE, entries);
    const start = HELM_RELEASE.indexOf("local.private_ingress_class");
    expect(out).toBe(
      HELM_RELEASE.slice(0, start) +
        '"nginx-internal"' +
        HELM_RELEASE.slice(start + "local.private_ingress_class".length),
    );
    expect(out).toContain('ingressClass      = "nginx-internal" # internal only\n');
    await expectFmtClean(out);
    expect(setVars(out, entries)).toBe(out);
  });

  it("replaces and adds in one edit", async () => {
    const first = setVars(HELM_RELEASE);
    const changed: [string, string][] = [
      [VARS[1]![0], '"arn:aws:iam::${var.accounts.apps-prd.id}:role/argocd-link-apps"'],
      ["argocd_link_apps_extra", "local.extra"],
    ];
    const out = setVars(first, changed);
    expect(out).toContain(`      argocd_link_apps_role_arn      = ${changed[0]![1]}\n`);
    expect(out).toContain(`      # ${NOTE}\n      argocd_link_apps_extra = local.extra\n    }),\n`);
    expect(out.replace(changed[0]![1], VARS[1]![1])).toBe(
      first.replace(
        "    }),\n    # Secrets",
        `\n      # ${NOTE}\n      argocd_link_apps_extra = local.extra\n    }),\n    # Secrets`,
      ),
    );
    await expectFmtClean(out);
    expect(setVars(out, changed)).toBe(out);
  });

  it("adds a second link's variables as their own group", async () => {
    const first = setVars(HELM_RELEASE);
    const second: [string, string][] = [
      ["argocd_link_ops_token", "data.terraform_remote_state.ops.outputs.token"],
    ];
    const out = setVars(first, second, "argocd-cluster-link: ops (bearer-token)");
    expect(out).toContain(
      `role/argocd-link-apps"\n\n      # argocd-cluster-link: ops (bearer-token)\n      argocd_link_ops_token = data.terraform_remote_state.ops.outputs.token\n    }),`,
    );
    await expectFmtClean(out);
    expect(setVars(out, second, "argocd-cluster-link: ops (bearer-token)")).toBe(out);
  });

  it("fills an object that holds only a comment, without a blank line", async () => {
    const text = HELM_RELEASE.replace(
      /\{\n {6}argoHost[^]*?\n {4}\}\)/,
      "{\n      # no variables yet\n    })",
    );
    await expectFmtClean(text);
    const out = setVars(text);
    expect(out).toContain(
      `{\n      # no variables yet\n      # ${NOTE}\n      argocd_link_apps_irsa_role_arn = `,
    );
    await expectFmtClean(out);
  });

  it("works at any depth of indentation", async () => {
    const text = `locals {\n  values = [\n    templatefile("a.yaml", {\n      a = 1\n    }),\n  ]\n}\n`;
    const out = upsertObjectItems(text, HELM_FILE, text.indexOf("{\n      a"), [["bb", "2"]], "note");
    expect(out).toBe(
      `locals {\n  values = [\n    templatefile("a.yaml", {\n      a = 1\n\n      # note\n      bb = 2\n    }),\n  ]\n}\n`,
    );
    await expectFmtClean(out);
  });

  it.each([
    ["an empty object", HELM_RELEASE.replace(/\{\n {6}argoHost[^]*?\n {4}\}\)/, "{})")],
    [
      "the closing brace on the last item's line",
      HELM_RELEASE.replace("enableWebTerminal\n    })", "enableWebTerminal })"),
    ],
    [
      "a one-line object",
      HELM_RELEASE.replace(/\{\n {6}argoHost[^]*?\n {4}\}\)/, "{ argoHost = local.argocd_host })"),
    ],
  ])("refuses %s, with the variables to add by hand", async (_name, text) => {
    await parse(HELM_FILE, text);
    const error = layoutError(() => setVars(text));
    expect(error.message).toContain(HELM_FILE);
    expect(error.message).toContain("Add this by hand");
    expect(error.message).toContain(`# ${NOTE}`);
    for (const [key, value] of VARS)
      expect(error.message).toMatch(new RegExp(`${key} += ${value.replace(/[$.{}[\]()]/g, "\\$&")}`));
  });

  it("changes an existing key even when the layout refuses additions", () => {
    const text = HELM_RELEASE.replace("enableWebTerminal\n    })", "enableWebTerminal })");
    const out = setVars(text, [["argoHost", '"argocd.example.com"']]);
    expect(out).toBe(text.replace("= local.argocd_host", '= "argocd.example.com"'));
  });

  it("leaves the text as it is (the same string) when nothing changes", () => {
    const entries: [string, string][] = [["argoHost", "local.argocd_host"]];
    expect(setVars(HELM_RELEASE, entries)).toBe(HELM_RELEASE);
    expect(setVars(HELM_RELEASE, [])).toBe(HELM_RELEASE);
  });

  it("finds keys written as quoted strings", () => {
    const text = 'x = merge({\n  "quoted-key" = 1\n  plain        = 2\n})\n';
    const out = upsertObjectItems(text, HELM_FILE, text.indexOf("{"), [["quoted-key", "3"]], "n");
    expect(out).toBe(text.replace("= 1", "= 3"));
  });
});

describe("sanity of the fixtures", () => {
  it("finds exactly one list to edit in each", () => {
    for (const text of [LEVERAGE_LOCALS, NO_TRAILING_COMMA, COMMENTED, EMPTY]) {
      expect(findBlocks(scanHcl(text), "locals")).toHaveLength(1);
      expect(text[attribute(text, "map_roles").exprStart]).toBe("[");
    }
  });
});
