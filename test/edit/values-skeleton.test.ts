// The values skeleton (src/edit/values-skeleton.ts) must never change what an edit writes: every
// case here is edited twice, once through the skeleton and once parsing the whole file, and the
// results (text or error message) must be the same. The fast path must also really be taken on the
// files links write, or the plan cost grows with the file again (issue 12).

import { describe, expect, it } from "vitest";
import { LayoutError } from "../../src/core/errors.js";
import { canLeaveOut, restoreSkeleton, skeletonOf, STAND_IN_PREFIX } from "../../src/edit/values-skeleton.js";
import {
  ARN_ANNOTATION,
  editValues,
  parseValues,
  POD_ROLE_ANNOTATION,
  type ClusterCredential,
  type ValuesEdit,
} from "../../src/edit/values-yaml.js";

const PATH = "k8s-components/chart-values/argocd.yaml";
const ARN = (name: string) => `arn:aws:eks:us-east-1:123456789012:cluster/${name}`;

function credential(name: string, extra: Partial<ClusterCredential> = {}): ClusterCredential {
  return {
    name,
    server: `https://${name.toUpperCase()}.gr7.us-east-1.eks.amazonaws.com`,
    annotations: { [ARN_ANNOTATION]: ARN(name) },
    config: {
      bearerToken: `\${argocd_link_${name.replace(/-/g, "_")}_bearer_token}`,
      tlsClientConfig: { insecure: false, caData: "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==" },
    },
    ...extra,
  };
}

/** An entry as a link writes it: map form under `pad`, or a list item (`- name:`) at `pad`. */
function entry(form: "map" | "list", pad: string, name: string): string {
  const body = `${pad}  `;
  const head = form === "list" ? `${pad}- name: "${name}"` : `${pad}${name}:`;
  return [
    head,
    `${body}server: "https://${name.toUpperCase()}.gr7.us-east-1.eks.amazonaws.com"`,
    `${body}annotations:`,
    `${body}  ${ARN_ANNOTATION}: "${ARN(name)}"`,
    `${body}config:`,
    `${body}  bearerToken: "\${argocd_link_${name.replace(/-/g, "_")}_bearer_token}"`,
    `${body}  tlsClientConfig:`,
    `${body}    insecure: false`,
    `${body}    caData: "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg=="`,
  ].join("\n");
}

function values(form: "map" | "list", entries: string[], options: { flush?: boolean; tail?: string } = {}) {
  const pad = "    ";
  return [
    "global:",
    "  domain: ${argoHost}",
    "",
    "configs:",
    "  cm:",
    "    admin.enabled: true",
    "  # Clusters besides the local one",
    "  clusterCredentials:",
    ...entries.map((name) => entry(form, form === "list" && options.flush ? "  " : pad, name)),
    options.tail ?? "\ncontroller:\n  replicas: 1\n",
  ].join("\n");
}

const edit = (form: "map" | "list", name: string, extra: Partial<ValuesEdit> = {}): ValuesEdit => ({
  form,
  credential: credential(name),
  ...extra,
});

/** What an edit returns or the message it throws. */
function outcome(run: () => string): string {
  try {
    return run();
  } catch (error) {
    if (error instanceof LayoutError) return `LayoutError: ${error.message}`;
    throw error;
  }
}

/** The edit through the skeleton and through a parse of the whole file: both must agree. */
function bothWays(text: string, change: ValuesEdit): string {
  const whole = outcome(() => editValues(text, PATH, change, parseValues(text)));
  const cut = outcome(() => editValues(text, PATH, change, parseValues(text, change.credential.name)));
  expect(cut).toBe(whole);
  // And the default (what the planner does) is the same as well.
  expect(outcome(() => editValues(text, PATH, change))).toBe(whole);
  return whole;
}

const MANY = Array.from({ length: 12 }, (_, i) => `link-${i + 1}`);

describe("skeletonOf", () => {
  it("leaves out every other link's entry of a file links wrote, and gives the file back unchanged", () => {
    const text = values("map", MANY);
    const skeleton = skeletonOf(text, "link-5")!;
    expect(skeleton).toBeDefined();
    expect(skeleton.form).toBe("map");
    expect(skeleton.holes.map((h) => h.value)).toEqual([`${STAND_IN_PREFIX}0`, `${STAND_IN_PREFIX}1`]);
    expect(skeleton.text).toContain("    link-5:\n");
    expect(skeleton.text).not.toContain("link-4:");
    expect(skeleton.text).not.toContain("link-12:");
    expect(skeleton.text.length).toBeLessThan(text.length / 4);
    expect(restoreSkeleton(skeleton, skeleton.text)).toBe(text);
  });

  it("is what the planner parses: the document holds only the link's entry and stand-ins", () => {
    const text = values("map", MANY);
    const parsed = parseValues(text, "link-13");
    expect(parsed.skeleton).toBeDefined();
    const credentials = parsed.doc.getIn(["configs", "clusterCredentials"]) as unknown;
    expect(JSON.stringify(credentials)).toBe(JSON.stringify({ [`${STAND_IN_PREFIX}0`]: 0 }));
    expect(parsed.doc.getIn(["configs", "cm", "admin.enabled"])).toBe(true);
  });

  it("reads list entries, indented and flush", () => {
    for (const flush of [false, true]) {
      const text = values("list", MANY, { flush });
      const skeleton = skeletonOf(text, "link-12")!;
      expect(skeleton.form).toBe("list");
      expect(skeleton.holes).toHaveLength(1);
      expect(skeleton.holes[0]!.standIn).toBe(`${flush ? "  " : "    "}- ${STAND_IN_PREFIX}0\n`);
      expect(restoreSkeleton(skeleton, skeleton.text)).toBe(text);
    }
  });

  it.each([
    ["no configs key", "controller:\n  replicas: 1\n"],
    ["a flow collection", "configs:\n  clusterCredentials: {a: {server: x}}\n"],
    ["no entries", "configs:\n  clusterCredentials:\n\ncontroller: {}\n"],
    ["CRLF line ends", values("map", MANY).replace(/\n/g, "\r\n")],
    ["a stand-in key already in the file", values("map", [...MANY, `${STAND_IN_PREFIX}0`])],
    ["a complex key", values("map", MANY).replace("    link-3:", "    ? link-3\n    :")],
    [
      "a line between the key and entry indentation",
      values("map", MANY).replace("    link-3:", "   x: 1\n    link-3:"),
    ],
    ["only the link's own entry", values("map", ["link-1"])],
  ])("leaves nothing out with %s", (_why, text) => {
    expect(skeletonOf(text, "link-1")).toBeUndefined();
  });

  it.each([
    ["a tab in the indentation", "    \tserver: x\n", false],
    ["a quote left open", '      note: "goes on\n        here"\n', false],
    ["an apostrophe in a plain scalar", "      note: it's\n", false],
    ["a block scalar", "      note: |\n        text\n", false],
    ["a folded block scalar with indicators", "      note: >-2\n", false],
    ["an anchor", "      server: &url https://x\n", false],
    [
      "closed quotes, placeholders, an ampersand in a URL",
      "      a: \"x\" # \"y\"\n      b: 'it''s'\n      c: ${v}\n      d: https://x?a=1&b=2\n",
      true,
    ],
  ])("checks left-out lines: %s", (_why, lines, expected) => {
    expect(canLeaveOut(lines)).toBe(expected);
  });
});

describe("edits through the skeleton write what a whole-file edit writes", () => {
  for (const form of ["map", "list"] as const) {
    it(`${form} form: a new link appended after many`, () => {
      const text = values(form, MANY);
      const out = bothWays(text, edit(form, "new-link"));
      expect(out.startsWith(text.slice(0, text.indexOf("\ncontroller:")))).toBe(true);
      expect(out).toContain("new-link");
    });

    it(`${form} form: the link's own entry in the middle, unchanged and changed`, () => {
      const text = values(form, MANY);
      expect(bothWays(text, edit(form, "link-6"))).toBe(text);
      const changed = edit(form, "link-6");
      changed.credential.server = "https://MOVED.gr7.us-east-1.eks.amazonaws.com";
      expect(bothWays(text, changed)).toContain("MOVED");
    });

    it(`${form} form: a foreign entry of the same name is refused the same way`, () => {
      const text = values(form, MANY).replace(ARN("link-7"), ARN("someone-else"));
      expect(bothWays(text, edit(form, "link-7"))).toMatch(/^LayoutError: .*cluster named "link-7"/);
    });
  }

  it("settings outside the entries (argocd-cm, IRSA, pod annotations) land in the same places", () => {
    const text = values("map", MANY);
    const out = bothWays(
      text,
      edit("map", "new-link", {
        cm: [{ key: "resource.respectRBAC", value: "normal", accepted: ["normal", "strict"] }],
        irsaComponents: ["controller", "server"],
        irsaRoleArn: "${argocd_release_irsa_role_arn}",
        podAnnotations: ["controller.podAnnotations"],
      }),
    );
    expect(out).toContain("resource.respectRBAC");
    expect(out).toContain(POD_ROLE_ANNOTATION);
  });

  it("a last entry at the end of a file without a final newline", () => {
    const text = values("map", MANY, { tail: "" }).replace(/\n$/, "");
    expect(text.endsWith('caData: "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg=="')).toBe(true);
    bothWays(text, edit("map", "new-link"));
    expect(
      bothWays(text, edit("map", "link-3", { cm: [{ key: "a", value: "b", accepted: ["b"] }] })),
    ).toContain("a: ");
  });

  it("comments between and after entries stay where they were", () => {
    const text = values("map", MANY, {
      tail: "\n    # after the last entry\n  # configs' comment\n\ncontroller: {}\n",
    })
      .replace("    link-4:", "    # before link-4\n\n    link-4:")
      .replace("    link-9:", "      # deep comment\n    link-9:");
    bothWays(text, edit("map", "new-link"));
    bothWays(text, edit("map", "link-4"));
  });

  it("an anchor in a left-out entry used elsewhere: the whole file is parsed", () => {
    const text = values("map", MANY)
      .replace('      server: "https://LINK-2', '      server: &srv "https://LINK-2')
      .replace("  replicas: 1", "  replicas: 1\n  note: *srv");
    expect(parseValues(text, "new-link").skeleton).toBeUndefined();
    bothWays(text, edit("map", "new-link"));
  });

  it("a broken left-out entry is still reported as invalid YAML", () => {
    const text = values("map", MANY).replace('server: "https://LINK-3', 'server: "https://LINK-3\n');
    expect(bothWays(text, edit("map", "new-link"))).toMatch(/^LayoutError: .*not valid YAML/);
  });

  it("hand-written entries with block scalars, apostrophes and quoted keys", () => {
    const text = values("map", MANY)
      .replace("    link-2:", "    link-2:\n      notes: |\n        # looks like a comment\n\n")
      .replace("    link-5:", '    "quoted-5":\n      x: it\'s\n    link-5:')
      .replace(
        /\ncontroller:/,
        "    last:\n      text: |\n        # trailing comment-like line\n\ncontroller:",
      );
    bothWays(text, edit("map", "new-link"));
    bothWays(text, edit("map", "link-5"));
  });

  // Found by review: the parser extends the last entry over comments as deep as its innermost map,
  // and text added after the entry goes after them.
  it.each(["        # under annotations", "          # deeper still", "      # at the body's depth"])(
    "a comment after the last entry (%s) keeps that entry in the parse",
    (comment) => {
      for (const form of ["map", "list"] as const) {
        const text = values(form, MANY, { tail: `${comment}\n\ncontroller:\n  replicas: 1\n` });
        expect(skeletonOf(text, "new-link")!.text).toContain(
          form === "map" ? "    link-12:" : '    - name: "link-12"',
        );
        bothWays(text, edit(form, "new-link"));
        bothWays(text.slice(0, text.lastIndexOf("\n\ncontroller:")), edit(form, "new-link"));
        bothWays(
          text,
          edit(form, "new-link", {
            cm: [{ key: "resource.respectRBAC", value: "normal", accepted: ["normal"] }],
          }),
        );
      }
    },
  );

  it("a list whose first item starts on the line after its dash: new items go at the dashes' column", () => {
    const text = values("list", MANY).replace('    - name: "link-1"', '    -\n      name: "link-1"');
    const out = bothWays(text, edit("list", "new-link"));
    expect(out).toContain('\n    - name: "new-link"\n');
    expect(parseValues(out).doc.errors).toEqual([]);
  });

  it("only link ids (DNS labels) are looked for in the skeleton", () => {
    const text = values("map", MANY);
    expect(skeletonOf(text, "link-1")).toBeDefined();
    expect(skeletonOf(text, "Link_1")).toBeUndefined();
    expect(skeletonOf(text, "ne'w")).toBeUndefined();
  });

  // The documented limit: other links' entries are checked for the mistakes that could mislead the
  // cut, not parsed. A duplicate key inside one is not seen by this link's plan (the lines stay as
  // they were; the chart's parser rejects them when the layer is applied), whereas a whole-file parse
  // refuses the file.
  it("a duplicate key inside another link's entry is left as it was", () => {
    const text = values("map", MANY).replace(
      '      server: "https://LINK-3.gr7.us-east-1.eks.amazonaws.com"',
      '      server: "https://LINK-3.gr7.us-east-1.eks.amazonaws.com"\n      server: "https://again"',
    );
    expect(outcome(() => editValues(text, PATH, edit("map", "new-link"), parseValues(text)))).toMatch(
      /^LayoutError: .*not valid YAML/,
    );
    const out = editValues(text, PATH, edit("map", "new-link"));
    expect(out.startsWith(text.slice(0, text.indexOf("\ncontroller:")))).toBe(true);
    expect(out).toContain('server: "https://again"');
  });

  // Random files: entries in random order and style, with comments, blank lines and hand-written
  // oddities, each edited as a new link, as an existing one, and with settings (seeded: repeatable).
  it("agrees on 300 random files", () => {
    let seed = 12;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const oddities = [
      (pad: string) => `${pad}# a comment between entries\n`,
      () => "\n",
      (pad: string) => `${pad}plain-${random(99)}:\n${pad}  server: https://x\n`,
      (pad: string) => `${pad}"quoted-${random(99)}":\n${pad}  server: 'https://y'\n`,
      (pad: string) => `${pad}scalar-${random(99)}: |\n${pad}  # text\n${pad}  more\n`,
      (pad: string) => `${pad}flow-${random(99)}: {server: "z", config: [1, 2]}\n`,
    ];
    for (let i = 0; i < 300; i++) {
      const form = random(2) ? "map" : "list";
      const names = Array.from({ length: 1 + random(8) }, (_, k) => `r${i}-${k}`);
      let text = values(form, names, { flush: random(2) === 1 });
      if (form === "map") {
        for (let k = random(3); k > 0; k--) {
          const at = text.indexOf(`    ${names[random(names.length)]}:`);
          text = text.slice(0, at) + oddities[random(oddities.length)]!("    ") + text.slice(at);
        }
      }
      if (random(4) === 0) text = text.replace(/\n$/, "");
      const own = random(3) === 0 ? "fresh" : names[random(names.length)]!;
      bothWays(text, edit(form, own));
      bothWays(
        text,
        edit(form, own, {
          cm: [{ key: "resource.respectRBAC", value: "normal", accepted: ["normal"] }],
          irsaComponents: ["controller"],
          irsaRoleArn: "${argocd_release_irsa_role_arn}",
          podAnnotations: ["controller.podAnnotations"],
        }),
      );
    }
  });
});
