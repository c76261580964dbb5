import { describe, expect, it } from "vitest";
import { InvalidInputError, type FieldError } from "../../src/core/errors.js";
import {
  FORM_FIELDS,
  MAX_BODY_CHARS,
  codeSpan,
  escapeMarkdown,
  isLinkForm,
  linkRequestFromDispatchInputs,
  linkRequestFromIssueForm,
  parseDispatchInputs,
  parseIssueForm,
  requestFromDispatchInputs,
} from "../../src/issueops/form.js";
import { validateLinkRequest } from "../../src/request/parse.js";

const FENCE = "```";

/** A body as GitHub renders the submitted form (textareas with `render: text` in a code fence). */
const GITHUB_BODY = [
  "### Source account",
  "",
  "shared",
  "",
  "### Target account",
  "",
  "apps-devstg",
  "",
  "### Target region",
  "",
  "us-east-1",
  "",
  "### Target cluster",
  "",
  "acme-apps-devstg-k8s-eks-demoapps",
  "",
  "### Method",
  "",
  "iam-role",
  "",
  "### Access",
  "",
  "edit",
  "",
  "### Namespaces",
  "",
  `${FENCE}text`,
  "demoapps",
  "monitoring",
  FENCE,
  "",
  "### Cluster resources",
  "",
  "- [ ] ArgoCD may manage cluster-scoped resources",
  "",
  "### Read beyond access",
  "",
  "- [ ] ArgoCD may read Secrets and RBAC objects its access level does not read",
  "",
  "### Dedicated instance",
  "",
  "- [ ] Create a dedicated ArgoCD instance",
  "",
  "### ArgoCD instance",
  "",
  "_No response_",
  "",
  "### ArgoCD cluster name",
  "",
  "demoapps",
  "",
  "### Labels",
  "",
  `${FENCE}text`,
  "environment=devstg",
  "acme.example.com/owner=platform",
  FENCE,
  "",
  "### ArgoCD layer",
  "",
  "_No response_",
  "",
  "### Target cluster layer",
  "",
  "_No response_",
  "",
  "### Target RBAC layer",
  "",
  "_No response_",
].join("\n");

const EXPECTED_REQUEST = {
  sourceAccount: "shared",
  targetAccount: "apps-devstg",
  targetRegion: "us-east-1",
  targetCluster: "acme-apps-devstg-k8s-eks-demoapps",
  method: "iam-role",
  namespaces: ["demoapps", "monitoring"],
  clusterResources: false,
  dedicatedInstance: false,
  readBeyondAccess: false,
  access: "edit",
  argocdClusterName: "demoapps",
  labels: { "acme.example.com/owner": "platform", environment: "devstg" },
};

const MINIMAL_FIELDS = {
  "source-account": "shared",
  "target-account": "apps-devstg",
  "target-region": "us-east-1",
  "target-cluster": "apps-devstg-eks",
};

/** A form body with the four required text answers followed by `extra` sections. */
function formBody(...extra: string[]): string {
  return [
    "### Source account\n\nshared",
    "### Target account\n\napps-devstg",
    "### Target region\n\nus-east-1",
    "### Target cluster\n\napps-devstg-eks",
    ...extra,
  ].join("\n\n");
}

/** The answer of one section, given alone after the required ones. */
function fieldOf(section: string, id: string): unknown {
  const parsed = parseIssueForm(formBody(section));
  expect(parsed.errors).toEqual([]);
  return parsed.fields[id];
}

function errorsOf(run: () => unknown): FieldError[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).errors;
  }
  throw new Error("expected an InvalidInputError");
}

describe("FORM_FIELDS", () => {
  it("maps every request key to its form label", () => {
    expect(Object.keys(FORM_FIELDS)).toHaveLength(16);
    expect(FORM_FIELDS["target-rbac-layer"]).toBe("Target RBAC layer");
  });
});

describe("parseIssueForm on a GitHub-rendered body", () => {
  it("reads every answer and the request validates", () => {
    const parsed = parseIssueForm(GITHUB_BODY);
    expect(parsed).toEqual({
      fields: {
        "source-account": "shared",
        "target-account": "apps-devstg",
        "target-region": "us-east-1",
        "target-cluster": "acme-apps-devstg-k8s-eks-demoapps",
        method: "iam-role",
        access: "edit",
        namespaces: ["demoapps", "monitoring"],
        "cluster-resources": false,
        "read-beyond-access": false,
        "dedicated-instance": false,
        "argocd-cluster-name": "demoapps",
        labels: { environment: "devstg", "acme.example.com/owner": "platform" },
      },
      unknownHeadings: [],
      errors: [],
    });
    expect(validateLinkRequest(parsed.fields)).toEqual(EXPECTED_REQUEST);
    expect(linkRequestFromIssueForm(GITHUB_BODY)).toEqual(EXPECTED_REQUEST);
  });

  it("reads the same with CRLF line ends, a lone CR, and blank lines around the body", () => {
    expect(parseIssueForm(GITHUB_BODY.replace(/\n/g, "\r\n"))).toEqual(parseIssueForm(GITHUB_BODY));
    expect(parseIssueForm(GITHUB_BODY.replace(/\n/g, "\r"))).toEqual(parseIssueForm(GITHUB_BODY));
    expect(parseIssueForm(`\n\n\n${GITHUB_BODY}\n\n\n`)).toEqual(parseIssueForm(GITHUB_BODY));
  });

  it("reads a ticked read-beyond-access", () => {
    const body = GITHUB_BODY.replace("- [ ] ArgoCD may read Secrets", "- [x] ArgoCD may read Secrets");
    expect(linkRequestFromIssueForm(body).readBeyondAccess).toBe(true);
  });

  it("reads a ticked dedicated instance", () => {
    const body = GITHUB_BODY.replace("- [ ] Create a dedicated", "- [X] Create a dedicated");
    expect(linkRequestFromIssueForm(body).dedicatedInstance).toBe(true);
  });
});

describe("parseIssueForm answers", () => {
  it("leaves _No response_ and empty sections out", () => {
    const parsed = parseIssueForm(
      formBody(
        "### ArgoCD instance\n\n_No response_",
        "### Labels\n\n",
        "### Namespaces\n\n  _No response_  ",
      ),
    );
    expect(parsed.fields).toEqual(MINIMAL_FIELDS);
    expect(parsed.errors).toEqual([]);
  });

  it("trims blank lines and spaces around an answer", () => {
    expect(fieldOf("### ArgoCD instance\n\n\n\n   argocd  \n\n\n", "argocd-instance")).toBe("argocd");
    expect(fieldOf("### ArgoCD instance\nargocd", "argocd-instance")).toBe("argocd");
  });

  it("unwraps an answer written as a code span", () => {
    expect(fieldOf("### ArgoCD instance\n\n`argocd`", "argocd-instance")).toBe("argocd");
    expect(fieldOf("### ArgoCD instance\n\n`` arg`ocd ``", "argocd-instance")).toBe("arg`ocd");
    // Not one code span: kept as written (and rejected by validation).
    expect(fieldOf("### ArgoCD instance\n\n`a` and `b`", "argocd-instance")).toBe("`a` and `b`");
  });

  it("unwraps an answer in a code fence, as GitHub renders `render:` textareas", () => {
    expect(
      fieldOf(`### ArgoCD layer\n\n${FENCE}yaml\nshared/us-east-1/k8s-eks\n${FENCE}`, "argocd-layer"),
    ).toBe("shared/us-east-1/k8s-eks");
    expect(fieldOf("### ArgoCD layer\n\n~~~~\nshared/k8s\n~~~~", "argocd-layer")).toBe("shared/k8s");
    expect(
      fieldOf(`### ArgoCD layer\n\n${FENCE}text\n_No response_\n${FENCE}`, "argocd-layer"),
    ).toBeUndefined();
    expect(fieldOf(`### Namespaces\n\n${FENCE}\n\n${FENCE}`, "namespaces")).toBeUndefined();
  });

  it("keeps a multi-line answer to a text field whole, so validation rejects it", () => {
    const body = formBody("### ArgoCD instance\n\nargocd\nother");
    expect(parseIssueForm(body).fields["argocd-instance"]).toBe("argocd\nother");
    expect(
      errorsOf(() => linkRequestFromIssueForm(body)).filter((e) => e.field === "argocd-instance"),
    ).toEqual([expect.objectContaining({ message: expect.stringContaining("line breaks") })]);
  });

  it("does not split sections at headings inside a code fence", () => {
    const parsed = parseIssueForm(
      formBody(
        `### Namespaces\n\n${FENCE}text\ndemoapps\n### Source account\n\nevil\n${FENCE}`,
        "### Method\n\nview",
      ),
    );
    expect(parsed.fields["source-account"]).toBe("shared");
    expect(parsed.fields.namespaces).toEqual(["demoapps", "### Source account", "evil"]);
    expect(parsed.fields.method).toBe("view");
    expect(parsed.unknownHeadings).toEqual([]);
    expect(parsed.errors).toEqual([]);
  });

  it("reports ### headings that are not form fields and does not read them", () => {
    const parsed = parseIssueForm(
      formBody("### Additional context\n\nmethod: bearer-token", "### Method\n\nview"),
    );
    expect(parsed.unknownHeadings).toEqual(["### Additional context"]);
    expect(parsed.fields).toEqual({ ...MINIMAL_FIELDS, method: "view" });
  });

  it("matches headings regardless of case, spacing and closing hashes", () => {
    const body = formBody("###   argocd   INSTANCE  ###\n\nargocd", "   ### Method\n\nview");
    expect(parseIssueForm(body).fields).toMatchObject({ "argocd-instance": "argocd", method: "view" });
  });

  it("treats deeper headings as answer text and # / ## headings as the end of the form section", () => {
    const deeper = parseIssueForm(formBody("### Method\n\nview\n#### Source account\n\nevil"));
    expect(deeper.fields["source-account"]).toBe("shared");
    expect(deeper.fields.method).toBe("view\n#### Source account\n\nevil");
    expect(deeper.errors).toEqual([]);

    const notes = parseIssueForm(formBody("### Method\n\nview", "## Notes\n\nplease hurry", "# Title"));
    expect(notes.fields.method).toBe("view");
    expect(notes.unknownHeadings).toEqual(["## Notes", "# Title"]);
    // Not headings at all: no space after the hashes, or indented four spaces.
    const plain = parseIssueForm(formBody("### Method\n\nview\n###Source account\n    ### Source account"));
    expect(plain.fields.method).toBe("view\n###Source account\n    ### Source account");
  });

  it("ignores HTML comments, also ones hiding headings", () => {
    expect(
      fieldOf("### ArgoCD instance\n\n<!-- the release name -->argocd<!-- end -->", "argocd-instance"),
    ).toBe("argocd");
    const parsed = parseIssueForm(
      formBody("<!--\n### Source account\n\nevil\n-->", "### Method\n\n<!-- pick one -->\nview\n<!-->"),
    );
    expect(parsed.fields["source-account"]).toBe("shared");
    expect(parsed.fields.method).toBe("view");
    expect(parsed.errors).toEqual([]);
    expect(fieldOf("### ArgoCD instance\n\n<!-- only a comment -->", "argocd-instance")).toBeUndefined();
    expect(fieldOf("### ArgoCD instance\n\nargocd <!-- unclosed", "argocd-instance")).toBe("argocd");
  });

  it("reads checkboxes as booleans", () => {
    const flag = (line: string) => fieldOf(`### Cluster resources\n\n${line}`, "cluster-resources");
    expect(flag("- [x] ArgoCD may manage cluster-scoped resources")).toBe(true);
    expect(flag("- [X] ArgoCD may manage cluster-scoped resources")).toBe(true);
    expect(flag("* [x] yes")).toBe(true);
    expect(flag("- [ ] ArgoCD may manage cluster-scoped resources")).toBe(false);
    expect(flag("- [x]")).toBe(true);
    // Not a checkbox: passed on as written, for validation to accept "true"/"false" or reject.
    expect(flag("true")).toBe("true");
    expect(flag("yes")).toBe("yes");
  });

  it("reports a checkboxes answer with more than one box", () => {
    const parsed = parseIssueForm(formBody("### Dedicated instance\n\n- [x] one\n- [ ] two"));
    expect(parsed.fields["dedicated-instance"]).toBeUndefined();
    expect(parsed.errors).toEqual([expect.objectContaining({ field: "dedicated-instance" })]);
  });

  it("reads namespaces one per line, with commas and bullets", () => {
    const namespaces = (answer: string) => fieldOf(`### Namespaces\n\n${answer}`, "namespaces");
    expect(namespaces("demoapps\nmonitoring")).toEqual(["demoapps", "monitoring"]);
    expect(namespaces("demoapps, monitoring,\n\nbackend")).toEqual(["demoapps", "monitoring", "backend"]);
    expect(namespaces("- demoapps\n* monitoring\n+ backend\n1. jobs")).toEqual([
      "demoapps",
      "monitoring",
      "backend",
      "jobs",
    ]);
    expect(namespaces(`${FENCE}text\n- demoapps\n${FENCE}`)).toEqual(["demoapps"]);
    expect(namespaces(" , ,")).toBeUndefined();
  });

  it("reads labels as key=value or key: value lines, with bullets and quotes", () => {
    const labels = (answer: string) => fieldOf(`### Labels\n\n${answer}`, "labels");
    expect(labels('team=platform\nenvironment: devstg\n- tier = backend\n* empty=\nquoted: "x"')).toEqual({
      team: "platform",
      environment: "devstg",
      tier: "backend",
      empty: "",
      quoted: "x",
    });
  });

  it("reports a label line without separator and a key given twice, naming the field", () => {
    const parsed = parseIssueForm(formBody("### Labels\n\nteam=platform\njust-a-word\nteam=other"));
    expect(parsed.fields.labels).toEqual({ team: "platform" });
    expect(parsed.errors).toEqual([
      { field: "labels", value: '"just-a-word"', message: expect.stringContaining("key=value") },
      { field: 'labels."team"', value: '"other"', message: "is given more than once" },
    ]);
  });

  it("reports a duplicated section as an error on that field, not as last-wins", () => {
    const parsed = parseIssueForm(formBody("### Method\n\nview", "### Method\n\nbearer-token"));
    expect(parsed.fields.method).toBeUndefined();
    expect(parsed.errors).toEqual([
      expect.objectContaining({ field: "method", message: expect.stringContaining("more than once") }),
    ]);
  });

  it("gives empty fields for a body that is not a form", () => {
    const body = "Hi! Please link my cluster.\n\n### Steps\n\n1. do it";
    expect(isLinkForm(body)).toBe(false);
    expect(parseIssueForm(body)).toEqual({ fields: {}, unknownHeadings: ["### Steps"], errors: [] });
    expect(parseIssueForm("")).toEqual({ fields: {}, unknownHeadings: [], errors: [] });
  });
});

describe("isLinkForm", () => {
  it("needs the four required text field headings", () => {
    expect(isLinkForm(GITHUB_BODY)).toBe(true);
    expect(isLinkForm(formBody())).toBe(true);
    expect(isLinkForm(formBody().replace("### Target region", "### Region"))).toBe(false);
    expect(isLinkForm(`${FENCE}\n${formBody()}\n${FENCE}`)).toBe(false);
    expect(isLinkForm("")).toBe(false);
  });
});

describe("linkRequestFromIssueForm", () => {
  it("lists reading and validation problems together, each with its field", () => {
    const body = formBody(
      "### Method\n\nbearer",
      "### Access\n\nview",
      "### Labels\n\nnot a label",
      "### Namespaces\n\nBad_NS",
      "### Access\n\nadmin",
      "### Notes\n\nhello",
    );
    const errors = errorsOf(() => linkRequestFromIssueForm(body, "in issue #7"));
    expect(errors.map((e) => e.field)).toEqual([
      "access",
      "labels",
      "(issue body)",
      "method",
      "namespaces[0]",
    ]);
    // The duplicated field is reported once, not also as missing.
    expect(errors.filter((e) => e.field === "access")).toHaveLength(1);
  });

  it("says what to do with a body that is not the form", () => {
    const [error] = errorsOf(() => linkRequestFromIssueForm("please link apps-devstg"));
    expect(error?.field).toBe("(issue body)");
    expect(error?.message).toContain('"### Source account"');
  });

  it("names the request in the error", () => {
    try {
      linkRequestFromIssueForm(formBody(), "in issue #7");
    } catch (error) {
      expect((error as InvalidInputError).message).toMatch(/^link request in issue #7 is invalid/);
      expect((error as InvalidInputError).errors.map((e) => e.field)).toEqual(["method", "access"]);
      return;
    }
    expect.unreachable();
  });
});

describe("hostile issue bodies", () => {
  it("cannot override a field by injecting its heading into another answer", () => {
    // A labels answer that closes the code fence GitHub puts around it and injects a section.
    const injected = GITHUB_BODY.replace(
      "acme.example.com/owner=platform",
      `acme.example.com/owner=platform\n${FENCE}\n\n### Target RBAC layer\n\nevil/layer\n\n${FENCE}text`,
    );
    const parsed = parseIssueForm(injected);
    expect(parsed.fields["target-rbac-layer"]).toBeUndefined();
    expect(parsed.errors).toContainEqual(expect.objectContaining({ field: "target-rbac-layer" }));
    expect(() => linkRequestFromIssueForm(injected)).toThrow(InvalidInputError);
  });

  it("cannot override a field from inside HTML", () => {
    const body = formBody("<details><summary>x</summary>\n\n### Source account\n\nevil\n\n</details>");
    const parsed = parseIssueForm(body);
    expect(parsed.fields["source-account"]).toBeUndefined();
    expect(parsed.errors).toEqual([expect.objectContaining({ field: "source-account" })]);
  });

  it("keeps a heading inside a fenced answer out of the fields", () => {
    const body = GITHUB_BODY.replace("monitoring\n", "monitoring\n### Source account\n\nattacker\n");
    const parsed = parseIssueForm(body);
    expect(parsed.fields["source-account"]).toBe("shared");
    // What the fence holds is the Namespaces answer: "### Source account" is no namespace.
    expect(parsed.fields.namespaces).toEqual(["demoapps", "monitoring", "### Source account", "attacker"]);
    expect(errorsOf(() => linkRequestFromIssueForm(body)).map((e) => e.field)).toEqual(["namespaces[2]"]);
  });

  it("an unclosed fence swallows the rest of the body instead of reading it", () => {
    const parsed = parseIssueForm(formBody(`### Method\n\n${FENCE}\nview`, "### Access\n\nview"));
    expect(parsed.fields.access).toBeUndefined();
    expect(parsed.fields.method).toBe("view\n\n### Access\n\nview");
  });

  it("refuses a 1 MB body quickly, without reading it", () => {
    const body = `${formBody()}\n\n${"### Source account\n\nevil\n".repeat(40_000)}`.padEnd(1024 * 1024, "x");
    const started = Date.now();
    const parsed = parseIssueForm(body);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(parsed.fields).toEqual({});
    expect(parsed.errors).toEqual([
      expect.objectContaining({
        field: "(issue body)",
        message: expect.stringContaining(String(MAX_BODY_CHARS)),
      }),
    ]);
    expect(isLinkForm(body)).toBe(true);
    expect(() => linkRequestFromIssueForm(body)).toThrow(InvalidInputError);
  });

  it("reads pathological bodies up to the limit in linear time", () => {
    const size = MAX_BODY_CHARS - 200;
    const bodies = [
      formBody(`### Labels\n\n${"a".repeat(size)}`),
      formBody(`### Labels\n\n${"x=y\n".repeat(size / 4)}`),
      formBody(`### Method\n\n${"`".repeat(size)}x`),
      formBody(`### Method\n\n\`${"` ".repeat(size / 2)}`),
      formBody(`### Method\n\n${"<!--".repeat(size / 4)}`),
      formBody(`### Method\n\n${"-->\n<!--\n".repeat(size / 9)}`),
      formBody(`### Method ${"# ".repeat(size / 2)}x`),
      formBody("### Unknown\n\n".repeat(size / 13)),
      formBody(`${FENCE}\n`.repeat(size / 4)),
      formBody("### Namespaces\n\n" + ",".repeat(size)),
    ];
    for (const body of bodies) {
      expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
      const started = Date.now();
      const parsed = parseIssueForm(body);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(parsed.unknownHeadings.length).toBeLessThanOrEqual(20);
      expect(() => linkRequestFromIssueForm(body)).toThrow(InvalidInputError);
    }
  });

  it("shortens unknown headings", () => {
    const [heading] = parseIssueForm(`### ${"h".repeat(500)}\u0007`).unknownHeadings;
    expect(heading?.length).toBeLessThanOrEqual(100);
    expect(heading).not.toMatch(/\p{Cc}/u);
  });
});

describe("workflow_dispatch inputs", () => {
  const common = {
    "source-account": "shared",
    "target-account": "apps-devstg",
    "target-region": "us-east-1",
    "target-cluster": "acme-apps-devstg-k8s-eks-demoapps",
    method: "iam-role",
    access: "edit",
  };

  it("maps inputs named by the request keys; empty strings are absent", () => {
    expect(
      requestFromDispatchInputs({
        ...common,
        namespaces: " demoapps, monitoring ",
        "cluster-resources": "false",
        "dedicated-instance": "true",
        "argocd-instance": "",
        "argocd-cluster-name": "  ",
        labels: "environment=devstg,acme.example.com/owner: platform",
        "argocd-layer": undefined,
        overrides: "",
        "dry-run": "true",
      }),
    ).toEqual({
      ...common,
      namespaces: ["demoapps", "monitoring"],
      "cluster-resources": "false",
      "dedicated-instance": "true",
      labels: { environment: "devstg", "acme.example.com/owner": "platform" },
    });
  });

  it("gives a request equal to the issue form's", () => {
    const request = linkRequestFromDispatchInputs({
      ...common,
      namespaces: "monitoring\ndemoapps",
      "cluster-resources": "false",
      "argocd-cluster-name": "demoapps",
      overrides: "labels:\n  environment: devstg\n  acme.example.com/owner: platform\n",
    });
    expect(request).toEqual(EXPECTED_REQUEST);
  });

  it("returns reading problems next to the fields read", () => {
    expect(
      parseDispatchInputs({ ...common, labels: "team=a,oops", overrides: "argocd-instance: argocd" }),
    ).toEqual({
      fields: { ...common, labels: { team: "a" }, "argocd-instance": "argocd" },
      errors: [{ field: "labels", value: '"oops"', message: expect.stringContaining("key=value") }],
    });
  });

  it("reads labels separated by newlines", () => {
    expect(requestFromDispatchInputs({ labels: "a=1\r\nb=2\n\n- c=3" }).labels).toEqual({
      a: "1",
      b: "2",
      c: "3",
    });
  });

  it("reads overrides as YAML or JSON", () => {
    const fields = requestFromDispatchInputs({
      ...common,
      overrides:
        '{"argocd-layer": "shared/us-east-1/k8s-eks", "dedicated-instance": true, "labels": {"team": "x"}}',
    });
    expect(fields).toMatchObject({ "argocd-layer": "shared/us-east-1/k8s-eks", "dedicated-instance": true });
    expect(
      linkRequestFromDispatchInputs({
        ...common,
        overrides: "target-rbac-layer: apps-devstg/us-east-1/k8s\n",
      }),
    ).toMatchObject({ targetRbacLayer: "apps-devstg/us-east-1/k8s" });
    expect(requestFromDispatchInputs({ ...common, overrides: "# nothing\n" })).toEqual(common);
  });

  it("accepts booleans given as booleans (a workflow passing toJSON(inputs))", () => {
    const inputs = { ...common, "cluster-resources": true } as unknown as Record<string, string>;
    expect(requestFromDispatchInputs(inputs)["cluster-resources"]).toBe("true");
  });

  it("reports overrides that are not a mapping, not YAML, or repeat an input", () => {
    const fieldsOf = (overrides: string, extra: Record<string, string> = {}) =>
      errorsOf(() => requestFromDispatchInputs({ ...common, ...extra, overrides }));
    expect(fieldsOf("- a\n- b")).toEqual([
      expect.objectContaining({ field: "overrides", message: expect.stringContaining("mapping") }),
    ]);
    expect(fieldsOf("a: [")).toEqual([
      expect.objectContaining({ field: "overrides", message: expect.stringContaining("not valid YAML") }),
    ]);
    expect(fieldsOf("a: 1\n---\nb: 2")).toEqual([expect.objectContaining({ field: "overrides" })]);
    expect(fieldsOf("a: 1\na: 2")).toEqual([expect.objectContaining({ field: "overrides" })]);
    expect(fieldsOf("method: bearer-token")).toEqual([
      expect.objectContaining({
        field: 'overrides."method"',
        message: expect.stringContaining("method input"),
      }),
    ]);
    expect(fieldsOf("x".repeat(20_000))).toEqual([
      expect.objectContaining({ field: "overrides", message: expect.stringContaining("too long") }),
    ]);
    const laughs = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 0; i < 8; i++)
      laughs.push(`${"bcdefghij"[i]}: &${"bcdefghij"[i]} [${`*${"abcdefghij"[i]}, `.repeat(10)}]`);
    expect(fieldsOf(laughs.join("\n"))).toEqual([expect.objectContaining({ field: "overrides" })]);
  });

  it.each([
    ["!!set", "labels: !!set {team, env}", /not a YAML !!set/],
    ["!!omap", "labels: !!omap [team: platform]", /not a YAML !!omap/],
    ["!!timestamp", "labels: !!timestamp 2026-01-01", /not a YAML !!timestamp/],
  ])("refuses labels given in the overrides as %s, naming the field", (_name, overrides, message) => {
    expect(errorsOf(() => linkRequestFromDispatchInputs({ ...common, overrides }))).toEqual([
      expect.objectContaining({ field: "labels", message: expect.stringMatching(message) }),
    ]);
  });

  it("refuses overrides given as a tagged collection", () => {
    expect(
      errorsOf(() => requestFromDispatchInputs({ ...common, overrides: "!!omap [argocd-instance: a]" })),
    ).toEqual([
      expect.objectContaining({ field: "overrides", message: expect.stringMatching(/not a YAML !!omap/) }),
    ]);
  });

  it("reports a malformed label entry with the field name", () => {
    expect(errorsOf(() => requestFromDispatchInputs({ labels: "a=1,oops" }))).toEqual([
      { field: "labels", value: '"oops"', message: expect.stringContaining("key=value") },
    ]);
  });

  it("lists reading and validation problems together", () => {
    const errors = errorsOf(() =>
      linkRequestFromDispatchInputs({
        ...common,
        method: "token",
        labels: "oops",
        overrides: "argocd-layr: x",
      }),
    );
    expect(errors.map((e) => e.field)).toEqual(["labels", "argocd-layr", "method"]);
    expect(errors[1]?.message).toContain("did you mean argocd-layer?");
  });

  it("does not let overrides pollute prototypes", () => {
    const errors = errorsOf(() =>
      linkRequestFromDispatchInputs({ ...common, overrides: '{"__proto__": {"polluted": true}}' }),
    );
    expect(errors.map((e) => e.message)).toEqual([expect.stringContaining("unknown key")]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

const ZWJ = "\u200D";
/** Characters that must never reach Markdown unescaped. */
const SPECIAL = new Set("\\`*_[]()#+-.!|<>{}~&$=");

/** The escaped text's special characters that are not backslash-escaped, and `@`/`#` without a ZWJ. */
function unescapedIn(escaped: string): string[] {
  const bad: string[] = [];
  for (let i = 0; i < escaped.length; i++) {
    const char = escaped[i] ?? "";
    if (char === "\\") {
      i++;
      continue;
    }
    if (SPECIAL.has(char)) bad.push(char);
    if (char === "@" && escaped[i + 1] !== ZWJ) bad.push(char);
  }
  return bad;
}

/** What a reader sees: backslash escapes resolved, zero-width joiners invisible. */
function shown(escaped: string): string {
  return escaped.replace(/\\([!-/:-@[-`{-~])/g, "$1").replaceAll(ZWJ, "");
}

describe("escapeMarkdown", () => {
  const hostile = [
    "@org/team",
    "cc @someone and @org/team-name",
    "[x](javascript:alert(1))",
    "![img](https://evil.example/x.png)",
    "<img src=x onerror=1>",
    "<script>alert(1)</script>",
    "| a | b |",
    "# heading",
    "```js\ncode\n```",
    "`code`",
    "**bold** _em_ ~~strike~~ $x^2$",
    "1. list",
    "- item",
    "> quote",
    "&lt;b&gt; &#x40;",
    "back\\slash \\[",
    "{{ template }}",
    "see #1 and org/repo#2",
    "https://evil.example/path and www.evil.example",
    "user@example.com",
    "---",
    "===",
  ];

  it.each(hostile)("shows %j literally", (text) => {
    const escaped = escapeMarkdown(text);
    expect(unescapedIn(escaped)).toEqual([]);
    expect(escaped).not.toMatch(/[\r\n]/);
    expect(shown(escaped)).toBe(text.replace(/\n/g, " "));
  });

  it("escapes the examples as expected", () => {
    expect(escapeMarkdown("@org/team")).toBe(`@${ZWJ}org/team`);
    expect(escapeMarkdown("[x](javascript:alert(1))")).toBe("\\[x\\]\\(javascript:alert\\(1\\)\\)");
    expect(escapeMarkdown("<img src=x onerror=1>")).toBe("\\<img src\\=x onerror\\=1\\>");
    expect(escapeMarkdown("| a | b |")).toBe("\\| a \\| b \\|");
    expect(escapeMarkdown("# heading")).toBe(`\\#${ZWJ} heading`);
    expect(escapeMarkdown("a `b` c")).toBe("a \\`b\\` c");
    expect(escapeMarkdown("https://x.example")).toBe(`https:${ZWJ}//x\\.example`);
    expect(escapeMarkdown("www.x.example")).toBe(`www${ZWJ}\\.x\\.example`);
    expect(escapeMarkdown("plain words 123")).toBe("plain words 123");
  });

  it("never lets a line break start a new block", () => {
    expect(escapeMarkdown("a\n# b\r\n- c\r> d\u2028e")).toBe(`a \\#${ZWJ} b \\- c \\> d e`);
  });

  it("replaces control characters and direction overrides", () => {
    expect(escapeMarkdown("a\u0000b\u202Ec\td\u0007")).toBe("a\uFFFDb\uFFFDc d\uFFFD");
  });
});

describe("codeSpan", () => {
  /** The text a Markdown renderer shows for a code span (CommonMark rules). */
  function codeContent(span: string): string {
    const fence = /^`+/.exec(span)?.[0] ?? "";
    expect(span.endsWith(fence)).toBe(true);
    let inner = span.slice(fence.length, span.length - fence.length);
    // No backtick run of the fence's length inside, or the span would end early.
    expect(inner.match(/`+/g)?.some((run) => run.length === fence.length) ?? false).toBe(false);
    expect(inner.startsWith("`") || inner.endsWith("`")).toBe(false);
    if (/^ .*[^ ].* $/.test(inner)) inner = inner.slice(1, -1);
    return inner;
  }

  it.each([
    ["plain", "`plain`"],
    ["a`b", "``a`b``"],
    ["``", "``` `` ```"],
    ["`x", "`` `x ``"],
    ["x`", "`` x` ``"],
    [" padded ", "`  padded  `"],
    ["", "` `"],
    ["a\nb\r\nc", "`a b c`"],
    ["<b>@team</b> | [x](y)", "`<b>@team</b> | [x](y)`"],
  ])("%j → %j", (text, expected) => {
    expect(codeSpan(text)).toBe(expected);
  });

  it.each(["a``b```c", "```", " ` ", "``x``", "   ", "tab\there", "`a` ``b`` ```c```"])(
    "shows %j literally",
    (text) => {
      const span = codeSpan(text);
      expect(span).not.toMatch(/[\r\n]/);
      expect(codeContent(span)).toBe(text.replace(/\t/g, " "));
    },
  );
});
