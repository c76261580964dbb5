import { parse } from "@cdktf/hcl2json";
import { describe, expect, it } from "vitest";
import {
  allBlocks,
  findAttribute,
  findBlocks,
  HclSyntaxError,
  indentOf,
  lineColumn,
  literalValue,
  objectItems,
  scanExpressionEnd,
  scanHcl,
  splitSequence,
  stringLiteral,
  type HclAttribute,
  type HclBlock,
  type HclBodyItem,
} from "../../src/hcl/scan.js";

// ---------------------------------------------------------------------------------------------
// Real-world snippets. Every one is valid HCL (checked against hcl2json below).
// ---------------------------------------------------------------------------------------------

const HELM_RELEASE = `resource "helm_release" "argocd" {
  count      = var.enable_argocd ? 1 : 0
  name       = "argocd"
  namespace  = kubernetes_namespace.argocd[0].id
  repository = "https://argoproj.github.io/argo-helm"
  chart      = "argo-cd"
  version    = "5.53.0" # pinned: 6.x changes the values
  values = [
    templatefile("chart-values/argocd.yaml", {
      host         = "argocd.\${local.environment}.\${local.private_base_domain}"
      ingressClass = local.private_ingress_class
      nested       = "\${join(",", ["a", "b}"])}-\${var.x}"
      escaped      = "$\${not_a_var} and %%{ not_a_directive }"
    }),
    yamlencode({
      configs = {
        a = 1
      }
    }),
  ]
  depends_on = [helm_release.alb_ingress]
}
`;

const MAP_ROLES = `locals {
  # Roles mapped into aws-auth
  map_roles = [
    {
      rolearn  = "arn:aws:iam::\${var.accounts.security.id}:role/DevOps"
      username = "DevOps"
      groups   = ["system:masters"]
    },
    # ArgoCD from the shared account }
    {
      rolearn  = "arn:aws:iam::123456789012:role/argocd" # trailing ]
      username = "argocd"
      groups   = ["argocd-view"]
    }, // after the comma
    /* a block
       comment ] } ) */
    {
      rolearn  = "x"
      username = "y"
      groups   = []
    }
    # after the last entry
  ]
  tags = {
    Terraform = "true"
  }
}
`;

const HEREDOCS = `resource "aws_iam_policy" "p" {
  name   = "p"
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Resource": "arn:aws:s3:::\${var.bucket}/*",
    "Condition": { "StringEquals": { "aws:x": "}" } }
  }]
}
EOF
  description = "after the heredoc"
}

locals {
  script = <<-EOT
    #!/bin/bash
    echo "\${var.x}" } ] )
    // not a comment
    EOT
  after = 1
}
`;

const JSONENCODE = `resource "aws_iam_policy" "argocd" {
  name = "argocd-\${var.environment}"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["sts:AssumeRole"]
        Resource = "arn:aws:iam::\${local.account}:role/\${var.name}"
      },
    ]
  })
}
`;

const EXPRESSIONS = `locals {
  names   = [for x in var.items : upper(x) if x != ""]
  by_name = { for k, v in var.map : k => v.name }
  role = (
    var.enabled
    ? "a"
    : "b"
  )
  list = [
    var.enabled ? "yes" : "no",
    var.x == null
    ? "n"
    : var.x,
    "last"
  ]
  math = 10 / 2 # division, not a comment
}
`;

const BLOCKS = `terraform {
  required_version = ">= 1.5"
  backend "s3" {}
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

variable "x" { type = string }

resource "a" "b" {
  lifecycle { ignore_changes = [tags] }
  dynamic "ingress" {
    for_each = var.rules
    content {
      from_port = ingress.value.port # the port }
    }
  }
  # }
  // }
  /* } */
  tag = "#not-a-comment // nor this /* or this */"
}

module "eks" {
  source = "terraform-aws-modules/eks/aws"

  aws_auth_roles = local.map_roles
}
`;

const SNIPPETS: Record<string, string> = {
  HELM_RELEASE,
  MAP_ROLES,
  HEREDOCS,
  JSONENCODE,
  EXPRESSIONS,
  BLOCKS,
};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const slice = (text: string, start: number, end: number) => text.slice(start, end);
const exprOf = (text: string, attr: HclAttribute | undefined) => {
  expect(attr).toBeDefined();
  return text.slice(attr!.exprStart, attr!.exprEnd);
};
const only = (items: HclBodyItem[], type: string, ...labels: string[]): HclBlock => {
  const found = findBlocks(items, type, ...labels);
  expect(found).toHaveLength(1);
  return found[0]!;
};

/** The error thrown by `run`, which must be an HclSyntaxError. */
function syntaxError(run: () => unknown): HclSyntaxError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(HclSyntaxError);
    return error as HclSyntaxError;
  }
  throw new Error("expected an HclSyntaxError");
}

type Json = Record<string, unknown>;

/**
 * Checks a scanned body against hcl2json's reading of the same file: the same attribute and block
 * names, and every attribute's expression text, parsed on its own, gives the value parsed in place.
 */
async function expectMatchesParser(text: string, items: HclBodyItem[], json: Json): Promise<void> {
  const names = new Set(items.map((i) => (i.kind === "attribute" ? i.name : i.type)));
  expect(new Set(Object.keys(json))).toEqual(names);
  const seen = new Map<string, number>();
  for (const item of items) {
    if (item.kind === "attribute") {
      const alone = await parse("alone.tf", `v = ${text.slice(item.exprStart, item.exprEnd)}\n`);
      expect(alone.v, `attribute ${item.name}`).toEqual(json[item.name]);
      continue;
    }
    let node: unknown = json[item.type];
    for (const label of item.labels) node = (node as Json)[label];
    const key = [item.type, ...item.labels].join("\0");
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    await expectMatchesParser(text, item.body, (node as Json[])[index]!);
  }
}

// ---------------------------------------------------------------------------------------------
// Properties that hold for every snippet
// ---------------------------------------------------------------------------------------------

describe.each(Object.entries(SNIPPETS))("snippet %s", (_name, text) => {
  it("is valid HCL and the scanner agrees with hcl2json on every attribute and block", async () => {
    const json = await parse("snippet.tf", text);
    await expectMatchesParser(text, scanHcl(text, "snippet.tf"), json);
  });

  it("gives every block a span from its type to its closing brace", () => {
    const items = scanHcl(text, "snippet.tf");
    const blocks = [...allBlocks(items)];
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const span = slice(text, block.start, block.end);
      expect(span.startsWith(block.type)).toBe(true);
      expect(span.endsWith("}")).toBe(true);
      expect(text[block.openBrace]).toBe("{");
      expect(text[block.closeBrace]).toBe("}");
      expect(block.closeBrace).toBe(block.end - 1);
      expect(block.openBrace).toBeLessThan(block.closeBrace);
      for (const child of block.body) {
        expect(child.start).toBeGreaterThan(block.openBrace);
        expect(child.end).toBeLessThanOrEqual(block.closeBrace);
      }
    }
  });

  it("gives every attribute a span from its name to the end of its value", () => {
    const attributes: HclAttribute[] = [];
    const collect = (items: HclBodyItem[]) => {
      for (const item of items) {
        if (item.kind === "attribute") attributes.push(item);
        else collect(item.body);
      }
    };
    collect(scanHcl(text, "snippet.tf"));
    for (const attribute of attributes) {
      const span = slice(text, attribute.start, attribute.end);
      expect(span.startsWith(attribute.name)).toBe(true);
      expect(attribute.end).toBe(attribute.exprEnd);
      const expr = slice(text, attribute.exprStart, attribute.exprEnd);
      expect(expr).toBe(expr.trim());
      expect(expr).not.toBe("");
      // What follows the value on its line is only a comment, if anything.
      const rest = text.slice(attribute.end, text.indexOf("\n", attribute.end));
      expect(rest).toMatch(/^\s*((#|\/\/|\/\*).*)?\}?$/);
    }
  });

  it("is stable: scanning an item's own text alone gives the same item, shifted", () => {
    for (const item of scanHcl(text, "snippet.tf")) {
      const [alone] = scanHcl(text.slice(item.start, item.end), "alone.tf");
      expect(alone).toBeDefined();
      expect(alone!.end).toBe(item.end - item.start);
      expect(alone!.kind).toBe(item.kind);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Snippet by snippet
// ---------------------------------------------------------------------------------------------

describe("helm_release with templatefile and yamlencode values", () => {
  const items = scanHcl(HELM_RELEASE, "argocd.tf");
  const release = only(items, "resource", "helm_release", "argocd");

  it("finds the block with its labels and attributes in order", () => {
    expect(items).toHaveLength(1);
    expect(release.type).toBe("resource");
    expect(release.labels).toEqual(["helm_release", "argocd"]);
    expect(release.start).toBe(0);
    expect(release.end).toBe(HELM_RELEASE.length - 1);
    expect(release.body.map((i) => (i.kind === "attribute" ? i.name : i.type))).toEqual([
      "count",
      "name",
      "namespace",
      "repository",
      "chart",
      "version",
      "values",
      "depends_on",
    ]);
  });

  it("ends an attribute before its trailing comment", () => {
    const version = findAttribute(release, "version")!;
    expect(slice(HELM_RELEASE, version.start, version.end)).toBe('version    = "5.53.0"');
    expect(exprOf(HELM_RELEASE, findAttribute(release, "count"))).toBe("var.enable_argocd ? 1 : 0");
    expect(exprOf(HELM_RELEASE, findAttribute(release, "depends_on"))).toBe("[helm_release.alb_ingress]");
  });

  it("splits the values list into the templatefile call and the yamlencode call", () => {
    const values = findAttribute(release, "values")!;
    expect(HELM_RELEASE[values.exprStart]).toBe("[");
    expect(HELM_RELEASE[values.exprEnd - 1]).toBe("]");
    const { items: elements, close } = splitSequence(HELM_RELEASE, values.exprStart, "argocd.tf");
    expect(close).toBe(values.exprEnd - 1);
    expect(elements).toHaveLength(2);
    const [template, yaml] = elements.map((e) => slice(HELM_RELEASE, e.start, e.end));
    expect(template).toMatch(/^templatefile\("chart-values\/argocd\.yaml", \{\n[^]*\n {4}\}\)$/);
    expect(yaml).toMatch(/^yamlencode\(\{\n[^]*\n {4}\}\)$/);
    expect(elements.every((e) => e.comma !== undefined && HELM_RELEASE[e.comma] === ",")).toBe(true);
  });

  it("reads the variables object of templatefile, strings with nested quotes and braces included", () => {
    const values = findAttribute(release, "values")!;
    const [template] = splitSequence(HELM_RELEASE, values.exprStart).items;
    const paren = HELM_RELEASE.indexOf("(", template!.start);
    const args = splitSequence(HELM_RELEASE, paren).items;
    expect(args.map((a) => slice(HELM_RELEASE, a.start, a.start + 1))).toEqual(['"', "{"]);
    const vars = objectItems(HELM_RELEASE, args[1]!.start);
    expect(HELM_RELEASE[vars.close]).toBe("}");
    expect(vars.items.map((i) => i.key)).toEqual(["host", "ingressClass", "nested", "escaped"]);
    expect(vars.items.map((i) => slice(HELM_RELEASE, i.valueStart, i.valueEnd))).toEqual([
      '"argocd.${local.environment}.${local.private_base_domain}"',
      "local.private_ingress_class",
      '"${join(",", ["a", "b}"])}-${var.x}"',
      '"$${not_a_var} and %%{ not_a_directive }"',
    ]);
    for (const item of vars.items) {
      expect(slice(HELM_RELEASE, item.keyStart, item.keyStart + item.key.length)).toBe(item.key);
      expect(item.start).toBe(item.keyStart);
      expect(item.end).toBe(item.valueEnd);
      expect(indentOf(HELM_RELEASE, item.start)).toBe("      ");
    }
  });

  it("reads the object inside yamlencode", () => {
    const values = findAttribute(release, "values")!;
    const yaml = splitSequence(HELM_RELEASE, values.exprStart).items[1]!;
    const open = HELM_RELEASE.indexOf("{", yaml.start);
    expect(literalValue(HELM_RELEASE, open, yaml.end - 1)).toEqual({ configs: { a: 1 } });
  });
});

describe("locals with a map_roles list and comments between entries", () => {
  const items = scanHcl(MAP_ROLES, "locals.tf");
  const locals = only(items, "locals");
  const mapRoles = findAttribute(locals, "map_roles")!;

  it("finds the attributes of locals, not the keys inside the list", () => {
    expect(locals.labels).toEqual([]);
    expect(locals.body.map((i) => i.kind === "attribute" && i.name)).toEqual(["map_roles", "tags"]);
    expect(MAP_ROLES.slice(mapRoles.exprStart, mapRoles.exprStart + 1)).toBe("[");
    expect(MAP_ROLES.slice(mapRoles.exprEnd - 3, mapRoles.exprEnd)).toBe("  ]");
  });

  it("splits the list into its three objects, skipping comments (even ones holding brackets)", () => {
    const { items: elements, close } = splitSequence(MAP_ROLES, mapRoles.exprStart, "locals.tf");
    expect(MAP_ROLES[close]).toBe("]");
    expect(elements).toHaveLength(3);
    for (const element of elements) {
      const text = slice(MAP_ROLES, element.start, element.end);
      expect(text.startsWith("{\n")).toBe(true);
      expect(text.endsWith("    }")).toBe(true);
      expect(indentOf(MAP_ROLES, element.start)).toBe("    ");
    }
    expect(slice(MAP_ROLES, elements[1]!.start, elements[1]!.end)).toContain("role/argocd");
    expect(elements[0]!.comma).toBe(elements[0]!.end);
    expect(elements[1]!.comma).toBe(elements[1]!.end);
    expect(elements[2]!.comma).toBeUndefined();
  });

  it("reads each entry as a literal where it is one", () => {
    const { items: elements } = splitSequence(MAP_ROLES, mapRoles.exprStart);
    const values = elements.map((e) => literalValue(MAP_ROLES, e.start, e.end));
    // The first entry interpolates a variable: not a literal.
    expect(values[0]).toBeUndefined();
    expect(values[1]).toEqual({
      rolearn: "arn:aws:iam::123456789012:role/argocd",
      username: "argocd",
      groups: ["argocd-view"],
    });
    expect(values[2]).toEqual({ rolearn: "x", username: "y", groups: [] });
  });

  it("ends an entry's attribute before its trailing comment", () => {
    const { items: elements } = splitSequence(MAP_ROLES, mapRoles.exprStart);
    const second = objectItems(MAP_ROLES, elements[1]!.start).items;
    expect(second.map((i) => slice(MAP_ROLES, i.start, i.end))).toEqual([
      'rolearn  = "arn:aws:iam::123456789012:role/argocd"',
      'username = "argocd"',
      'groups   = ["argocd-view"]',
    ]);
  });

  it("finds a comma that stands on a later line than its item", () => {
    const text = 'x = [\n  {\n    a = 1\n  } # first\n  ,\n  "b"\n]\n';
    const attr = findAttribute(scanHcl(text), "x")!;
    const { items: elements } = splitSequence(text, attr.exprStart);
    expect(elements).toHaveLength(2);
    expect(elements[0]!.comma).toBe(text.indexOf("\n  ,") + 3);
    expect(elements[1]!.comma).toBeUndefined();
  });
});

describe("heredocs", () => {
  const items = scanHcl(HEREDOCS, "policy.tf");

  it("skips braces, brackets, quotes and comment markers inside a heredoc", () => {
    const policy = only(items, "resource", "aws_iam_policy", "p");
    expect(policy.body.map((i) => i.kind === "attribute" && i.name)).toEqual([
      "name",
      "policy",
      "description",
    ]);
    const attr = findAttribute(policy, "policy")!;
    const expr = exprOf(HEREDOCS, attr);
    expect(expr.startsWith("<<EOF\n{\n")).toBe(true);
    expect(expr.endsWith("\n}\nEOF")).toBe(true);
    expect(exprOf(HEREDOCS, findAttribute(policy, "description"))).toBe('"after the heredoc"');
  });

  it("handles an indented heredoc (<<-) whose marker is indented", () => {
    const locals = only(items, "locals");
    const script = exprOf(HEREDOCS, findAttribute(locals, "script"));
    expect(script.startsWith("<<-EOT\n")).toBe(true);
    expect(script.endsWith("\n    EOT")).toBe(true);
    expect(exprOf(HEREDOCS, findAttribute(locals, "after"))).toBe("1");
  });

  it("does not end a heredoc at a line that only contains the marker as a prefix", () => {
    const text = "a = <<EOT\nEOTX\n  EOT  trailing\nEOT\nb = 2\n";
    const [a, b] = scanHcl(text);
    expect(slice(text, a!.start, a!.end)).toBe("a = <<EOT\nEOTX\n  EOT  trailing\nEOT");
    expect(b).toMatchObject({ kind: "attribute", name: "b" });
  });

  it("scans a heredoc as a list element and as a function argument", () => {
    const text = 'x = [\n  <<EOT\n  ]\nEOT\n  , "b",\n]\ny = jsonencode(<<EOT\n)\nEOT\n)\n';
    const [x, y] = scanHcl(text) as HclAttribute[];
    const elements = splitSequence(text, x!.exprStart).items;
    expect(elements.map((e) => slice(text, e.start, e.end))).toEqual(["<<EOT\n  ]\nEOT", '"b"']);
    expect(exprOf(text, y)).toBe("jsonencode(<<EOT\n)\nEOT\n)");
  });
});

describe("jsonencode", () => {
  it("spans the whole call over many lines", () => {
    const items = scanHcl(JSONENCODE, "policy.tf");
    const policy = only(items, "resource", "aws_iam_policy", "argocd");
    const expr = exprOf(JSONENCODE, findAttribute(policy, "policy"));
    expect(expr.startsWith("jsonencode({\n    Version")).toBe(true);
    expect(expr.endsWith("    ]\n  })")).toBe(true);
    const open = JSONENCODE.indexOf("{", findAttribute(policy, "policy")!.exprStart);
    const { items: keys } = objectItems(JSONENCODE, open);
    expect(keys.map((k) => k.key)).toEqual(["Version", "Statement"]);
    expect(literalValue(JSONENCODE, keys[0]!.valueStart, keys[0]!.valueEnd)).toBe("2012-10-17");
    // The statement interpolates: not a literal.
    expect(literalValue(JSONENCODE, keys[1]!.valueStart, keys[1]!.valueEnd)).toBeUndefined();
  });
});

describe("for expressions and conditionals", () => {
  const items = scanHcl(EXPRESSIONS, "locals.tf");
  const locals = only(items, "locals");

  it("keeps for expressions and multi-line conditionals whole", () => {
    expect(exprOf(EXPRESSIONS, findAttribute(locals, "names"))).toBe(
      '[for x in var.items : upper(x) if x != ""]',
    );
    expect(exprOf(EXPRESSIONS, findAttribute(locals, "by_name"))).toBe(
      "{ for k, v in var.map : k => v.name }",
    );
    expect(exprOf(EXPRESSIONS, findAttribute(locals, "role"))).toBe(
      '(\n    var.enabled\n    ? "a"\n    : "b"\n  )',
    );
    expect(exprOf(EXPRESSIONS, findAttribute(locals, "math"))).toBe("10 / 2");
  });

  it("keeps a conditional that spans lines as one list element", () => {
    const list = findAttribute(locals, "list")!;
    const elements = splitSequence(EXPRESSIONS, list.exprStart).items;
    expect(elements.map((e) => slice(EXPRESSIONS, e.start, e.end))).toEqual([
      'var.enabled ? "yes" : "no"',
      'var.x == null\n    ? "n"\n    : var.x',
      '"last"',
    ]);
    expect(elements.map((e) => e.comma !== undefined)).toEqual([true, true, false]);
  });

  it("keeps a multi-line argument whole in a function call", () => {
    const text = "x = merge(\n  local.a,\n  var.b\n  ? { c = 1 }\n  : {},\n)\n";
    const [x] = scanHcl(text) as HclAttribute[];
    const args = splitSequence(text, text.indexOf("(")).items;
    expect(args.map((a) => slice(text, a.start, a.end))).toEqual(["local.a", "var.b\n  ? { c = 1 }\n  : {}"]);
    expect(exprOf(text, x)).toBe(text.slice(4, -1));
  });
});

describe("blocks", () => {
  const items = scanHcl(BLOCKS, "main.tf");

  it("reads top-level blocks with their labels", () => {
    expect(items.map((i) => (i.kind === "block" ? [i.type, ...i.labels] : i.name))).toEqual([
      ["terraform"],
      ["variable", "x"],
      ["resource", "a", "b"],
      ["module", "eks"],
    ]);
  });

  it("reads empty and one-line blocks", () => {
    const terraform = only(items, "terraform");
    const backend = only(terraform.body, "backend", "s3");
    expect(slice(BLOCKS, backend.start, backend.end)).toBe('backend "s3" {}');
    expect(backend.body).toEqual([]);
    const variable = only(items, "variable", "x");
    expect(slice(BLOCKS, variable.start, variable.end)).toBe('variable "x" { type = string }');
    expect(variable.body).toHaveLength(1);
    expect(exprOf(BLOCKS, findAttribute(variable, "type"))).toBe("string");
    const providers = only(terraform.body, "required_providers");
    expect(exprOf(BLOCKS, findAttribute(providers, "aws"))).toBe(
      '{ source = "hashicorp/aws", version = "~> 5.0" }',
    );
    const aws = findAttribute(providers, "aws")!;
    expect(literalValue(BLOCKS, aws.exprStart, aws.exprEnd)).toEqual({
      source: "hashicorp/aws",
      version: "~> 5.0",
    });
  });

  it("nests blocks and is not fooled by `}` in comments and strings", () => {
    const resource = only(items, "resource", "a", "b");
    expect(resource.body.map((i) => (i.kind === "block" ? `${i.type} {}` : i.name))).toEqual([
      "lifecycle {}",
      "dynamic {}",
      "tag",
    ]);
    const lifecycle = only(resource.body, "lifecycle");
    expect(slice(BLOCKS, lifecycle.start, lifecycle.end)).toBe("lifecycle { ignore_changes = [tags] }");
    const dynamic = only(resource.body, "dynamic", "ingress");
    const content = only(dynamic.body, "content");
    const fromPort = findAttribute(content, "from_port")!;
    expect(slice(BLOCKS, fromPort.start, fromPort.end)).toBe("from_port = ingress.value.port");
    expect(exprOf(BLOCKS, findAttribute(resource, "tag"))).toBe('"#not-a-comment // nor this /* or this */"');
    // The resource ends at its own brace, after the comments holding "}".
    expect(BLOCKS.slice(resource.end - 3, resource.end + 1)).toBe('"\n}\n');
    expect([...allBlocks(items)].map((b) => b.type)).toEqual([
      "terraform",
      "backend",
      "required_providers",
      "variable",
      "resource",
      "lifecycle",
      "dynamic",
      "content",
      "module",
    ]);
  });

  it("reads a `# }` comment inside a block without closing it", () => {
    const text = 'locals {\n  # }\n  a = 1 # }\n  // }\n  b = "}"\n}\n';
    const [locals] = scanHcl(text) as HclBlock[];
    expect(locals!.body.map((i) => i.kind === "attribute" && i.name)).toEqual(["a", "b"]);
    expect(locals!.end).toBe(text.length - 1);
  });

  it("accepts files with CRLF line ends, tabs and no final newline", () => {
    const text = "locals {\r\n\ta = 1\r\n\tb = [\r\n\t\t1,\r\n\t]\r\n}";
    const [locals] = scanHcl(text) as HclBlock[];
    expect(locals!.body.map((i) => slice(text, i.start, i.end))).toEqual(["a = 1", "b = [\r\n\t\t1,\r\n\t]"]);
    expect(locals!.end).toBe(text.length);
  });
});

describe("strings and template escapes", () => {
  const value = (text: string) => exprOf(text, findAttribute(scanHcl(text), "x"));

  it.each([
    ['x = "plain"\n', '"plain"'],
    ['x = "a \\"quoted\\" \\\\ b"\n', '"a \\"quoted\\" \\\\ b"'],
    ['x = "${"}"}"\n', '"${"}"}"'],
    ['x = "${{ a = "}" }["a"]}"\n', '"${{ a = "}" }["a"]}"'],
    ['x = "$${"\n', '"$${"'],
    ['x = "$$${"\n', '"$$${"'],
    ['x = "$$$${"\n', '"$$$${"'],
    ['x = "%%{"\n', '"%%{"'],
    ['x = "%%%{"\n', '"%%%{"'],
    ['x = "$%{ if true }y%{ endif }"\n', '"$%{ if true }y%{ endif }"'],
    ['x = "%{ for s in ["}"] }${s}%{ endfor }"\n', '"%{ for s in ["}"] }${s}%{ endfor }"'],
  ])("scans %j", async (text, expected) => {
    // Each is valid HCL for hcl2json too.
    await parse("x.tf", text);
    expect(value(text)).toBe(expected);
  });

  it("reads plain string literals and refuses templates", () => {
    expect(stringLiteral('"a\\nb\\u00e9"')).toBe("a\nbé");
    expect(stringLiteral(' "x" ')).toBe("x");
    expect(stringLiteral('"${var.x}"')).toBeUndefined();
    expect(stringLiteral('"%{ if a }b%{ endif }"')).toBeUndefined();
    // An escaped `$${` is not a plain literal for this reader: it stays undefined rather than wrong.
    expect(stringLiteral('"$${x}"')).toBeUndefined();
    expect(stringLiteral('"$ and % alone"')).toBe("$ and % alone");
    expect(stringLiteral("var.x")).toBeUndefined();
  });

  it("reads literal values", () => {
    const text = 'x = { a = [1, -2.5, true, "s"], "b c" = { d = false } }\ny = [var.a]\n';
    const [x, y] = scanHcl(text) as HclAttribute[];
    expect(literalValue(text, x!.exprStart, x!.exprEnd)).toEqual({
      a: [1, -2.5, true, "s"],
      "b c": { d: false },
    });
    expect(literalValue(text, y!.exprStart, y!.exprEnd)).toBeUndefined();
  });
});

describe("scanExpressionEnd", () => {
  it.each([
    ["a + b # c", "a + b"],
    ["a + b // c", "a + b"],
    ["a + b /* c */", "a + b"],
    ["f(a, [b]) \n next", "f(a, [b])"],
    ["{ a = 1 } }", "{ a = 1 }"],
    ['"x, y" , z', '"x, y"'],
    ["(a\n  # ) comment\n  + b)\nc", "(a\n  # ) comment\n  + b)"],
  ])("ends %j at %j", (text, expected) => {
    expect(text.slice(0, scanExpressionEnd(text, 0))).toBe(expected);
  });
});

describe("syntax errors", () => {
  it.each([
    ["unclosed list before the block ends", "locals {\n  a = [\n    1,\n}\n", 4, 1, /unbalanced "}"/],
    ["unclosed list at end of file", "a = 1\nb = [1,\n  2\n", 2, 5, /unclosed bracket: missing "]"/],
    ["unclosed call", "a = 1\n\nb = merge(local.a, {\n  c = 1\n}\n", 3, 5, /missing "\)"/],
    ["unterminated string", 'a = 1\nb = "abc\nc = 2\n', 2, 5, /unterminated string/],
    ["unterminated string in a list", 'x = [\n  "a",\n  "b\n]\n', 3, 3, /unterminated string/],
    ["unclosed heredoc", "a = 1\nb = <<EOT\nabc\nEOD\n", 2, 5, /heredoc "EOT" is not closed/],
    ["unclosed block", 'resource "a" "b" {\n  x = 1\n', 3, 1, /missing "}"/],
    ["unclosed nested block", "a {\n  b {\n    c = 1\n  }\n", 5, 1, /missing "}"/],
    ["stray closing brace", "a = 1\n}\n", 2, 1, /expected an attribute or block, found "}"/],
    ["two attributes on a line", "a = 1\nb = 2, c = 3\n", 2, 6, /unexpected "," after "b"/],
    ["text after a block", "a {\n} b\n", 2, 3, /unexpected "b" after "a"/],
    ["missing value", "a = 1\nb =\n", 2, 4, /attribute "b" has no value/],
    ["block brace on the next line", 'a = 1\nresource "x" "y"\n{\n}\n', 2, 17, /expected "=" or a block/],
    ["mismatched bracket", "a = [1, 2)\n", 1, 10, /unbalanced "\)"/],
  ])("%s", (_what, text, line, column, message) => {
    const error = syntaxError(() => scanHcl(text, "bad.tf"));
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(`bad.tf:${line}:${column}: `)).toBe(true);
    expect(error.file).toBe("bad.tf");
    expect(lineColumn(text, error.offset)).toEqual({ line, column });
  });

  it("counts lines through heredocs and comments", () => {
    const text = `${HEREDOCS}\n/* a\n   b */\n# c\nx = "never closed\n`;
    const error = syntaxError(() => scanHcl(text, "bad.tf"));
    const line = text.slice(0, text.indexOf('x = "never')).split("\n").length;
    expect(error.message).toBe(`bad.tf:${line}:5: unterminated string`);
  });

  it("reports a mismatched bracket inside a sequence", () => {
    const text = "[a, b), c]";
    expect(syntaxError(() => splitSequence(text, 0)).message).toMatch(/unexpected "\)"|unbalanced/);
    expect(syntaxError(() => splitSequence("[a, b", 0, "x.tf")).message).toMatch(/^x\.tf:1:1: .*missing/);
    expect(syntaxError(() => splitSequence("a", 0)).message).toMatch(/expected a bracket/);
    expect(syntaxError(() => objectItems("{ 1 }", 0)).message).toMatch(/expected `key = value`/);
  });

  it("rejects what hcl2json rejects in these cases", async () => {
    for (const text of ['a = "x\n', "a = [1\n", "a {\n", "a = <<EOT\nx\n"]) {
      await expect(parse("bad.tf", text)).rejects.toThrow();
      expect(() => scanHcl(text)).toThrow(HclSyntaxError);
    }
  });
});

describe("lineColumn", () => {
  it("is 1-based", () => {
    expect(lineColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn("ab\ncd", 2)).toEqual({ line: 1, column: 3 });
    expect(lineColumn("ab\ncd", 3)).toEqual({ line: 2, column: 1 });
    expect(lineColumn("ab\ncd", 5)).toEqual({ line: 2, column: 3 });
  });
});
