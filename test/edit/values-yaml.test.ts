import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { LayoutError } from "../../src/core/errors.js";
import {
  ARN_ANNOTATION,
  editValues,
  IRSA_ANNOTATION,
  POD_ROLE_ANNOTATION,
  snippetFor,
  templateLiteral,
  type ClusterCredential,
  type ValuesEdit,
} from "../../src/edit/values-yaml.js";

// ---------------------------------------------------------------------------------------------
// Fixtures and helpers
// ---------------------------------------------------------------------------------------------

const PATH = "k8s-components/chart-values/argocd.yaml";
const CLUSTER_ARN = "arn:aws:eks:us-east-1:123456789012:cluster/apps-devstg-eks";

const CREDENTIAL: ClusterCredential = {
  name: "apps-devstg",
  server: "https://62640C0D0E0260761A6EB8726D7E7251.gr7.us-east-1.eks.amazonaws.com",
  labels: { environment: "devstg" },
  annotations: { [ARN_ANNOTATION]: CLUSTER_ARN },
  config: {
    awsAuthConfig: { clusterName: "apps-devstg-eks", roleARN: "${argocd_link_apps_devstg_role_arn}" },
    tlsClientConfig: { insecure: false, caData: "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==" },
  },
};

/** The entry as YAML under `indent` (list form: starting with "- name:"); values double-quoted (YAML 1.1). */
function entryLines(form: "list" | "map", indent: string, credential = CREDENTIAL): string {
  const head = form === "list" ? [`${indent}- name: "${credential.name}"`] : [`${indent}${credential.name}:`];
  const body = `${indent}  `;
  return [
    ...head,
    `${body}server: "${credential.server}"`,
    `${body}labels:`,
    `${body}  environment: "devstg"`,
    `${body}annotations:`,
    `${body}  ${ARN_ANNOTATION}: "${credential.annotations[ARN_ANNOTATION]}"`,
    `${body}config:`,
    `${body}  awsAuthConfig:`,
    `${body}    clusterName: "apps-devstg-eks"`,
    `${body}    roleARN: "\${argocd_link_apps_devstg_role_arn}"`,
    `${body}  tlsClientConfig:`,
    `${body}    insecure: false`,
    `${body}    caData: "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg=="`,
    "",
  ].join("\n");
}

const IRSA = "${argocd_link_apps_devstg_irsa_role_arn}";
const listEdit = (extra: Partial<ValuesEdit> = {}): ValuesEdit => ({
  form: "list",
  credential: CREDENTIAL,
  ...extra,
});
const mapEdit = (extra: Partial<ValuesEdit> = {}): ValuesEdit => ({
  form: "map",
  credential: CREDENTIAL,
  ...extra,
});
const withIrsa = { irsaComponents: ["controller", "server"], irsaRoleArn: IRSA };

/** `after` is `before` with `inserted` put at `at`, every other byte untouched. */
function expectInsertion(before: string, after: string, at: number, inserted: string): void {
  expect(after.slice(0, at)).toBe(before.slice(0, at));
  expect(after.slice(at, at + inserted.length)).toBe(inserted);
  expect(after.slice(at + inserted.length)).toBe(before.slice(at));
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

const placeholders = (text: string): string[] => [...(text.match(/\$\{[^}]*\}/g) ?? [])].sort();

/** Chart < 7: list form, sequences indented under their key, comments and placeholders. */
const LIST_VALUES = `## ArgoCD for the shared cluster (argo-cd chart 5.x).
## Rendered by templatefile() in cicd-argo.tf.

global:
  domain: \${argoHost} # from cicd-argo.tf
  tolerations:
    - key: stack
      operator: Equal
      value: tools

configs:
  # argocd-cm
  cm:
    exec.enabled: \${enableWebTerminal}
    url: "https://\${argoHost}"
  rbac:
    policy.csv: |
      g, DevOps, role:admin
      p, role:ci, applications, sync, */*, allow

  # Clusters managed by this instance besides the local one
  clusterCredentials:
    # Data platform cluster
    - name: data-platform
      server: https://C4E1A7B39F2D4068B5A1E6C3D9F07B24.gr7.us-east-1.eks.amazonaws.com
      config:
        bearerToken: \${data_platform_token} # from Secrets Manager
        tlsClientConfig:
          insecure: false

controller:
  replicas: 1
  serviceAccount:
    # IRSA for the controller
    annotations:
      example.com/owner: platform
    name: argocd-application-controller

server:
  ingress:
    enabled: true
    hosts:
      - \${argoHost}
`;

/** Chart >= 7: map form, flush sequences (`key:\\n- item`). */
const MAP_VALUES = `global:
  domain: \${argoHost}
  tolerations:
  - key: stack
    value: tools

configs:
  # Since chart 7.0.0 this is a MAP keyed by cluster name.
  clusterCredentials:
    # Data platform cluster
    data-platform:
      server: https://C4E1A7B39F2D4068B5A1E6C3D9F07B24.gr7.us-east-1.eks.amazonaws.com
      config:
        bearerToken: \${data_platform_token}
`;

// ---------------------------------------------------------------------------------------------
// List form (chart < 7.0.0)
// ---------------------------------------------------------------------------------------------

describe("list form", () => {
  it("appends to an existing list and keeps every other byte", () => {
    const out = editValues(LIST_VALUES, PATH, listEdit());
    const at = LIST_VALUES.indexOf("\ncontroller:");
    expectInsertion(LIST_VALUES, out, at, entryLines("list", "    "));
    // The two blank lines... one blank line before controller stays where it was.
    expect(out).toContain('          insecure: false\n    - name: "apps-devstg"\n');
  });

  it("keeps comments and every ${placeholder}", () => {
    const out = editValues(LIST_VALUES, PATH, listEdit(withIrsa));
    for (const line of LIST_VALUES.split("\n").filter((l) => l.trim().startsWith("#"))) {
      expect(out).toContain(`${line}\n`);
    }
    expect(out).toContain("bearerToken: ${data_platform_token} # from Secrets Manager\n");
    expect(out).toContain('url: "https://${argoHost}"\n');
    expect(out).toContain(
      "policy.csv: |\n      g, DevOps, role:admin\n      p, role:ci, applications, sync, */*, allow\n",
    );
    expect(placeholders(out)).toEqual(
      placeholders(LIST_VALUES).concat(["${argocd_link_apps_devstg_role_arn}", IRSA, IRSA]).sort(),
    );
  });

  it("reads back as the same values plus the new entry", () => {
    const before = parseYaml(LIST_VALUES) as Record<string, Record<string, unknown>>;
    const after = parseYaml(editValues(LIST_VALUES, PATH, listEdit())) as typeof before;
    expect(after.configs!.clusterCredentials).toEqual([
      ...(before.configs!.clusterCredentials as unknown[]),
      CREDENTIAL,
    ]);
    expect({ ...after, configs: { ...after.configs, clusterCredentials: null } }).toEqual({
      ...before,
      configs: { ...before.configs, clusterCredentials: null },
    });
  });

  it("creates configs.clusterCredentials when it is absent", () => {
    const text = "configs:\n  cm:\n    admin.enabled: true\n";
    const out = editValues(text, PATH, listEdit());
    expect(out).toBe(`${text}  clusterCredentials:\n${entryLines("list", "    ")}`);
  });

  it("creates configs too, in an empty file and in one with only comments", () => {
    expect(editValues("", PATH, listEdit())).toBe(
      `configs:\n  clusterCredentials:\n${entryLines("list", "    ")}`,
    );
    const out = editValues("# values\n", PATH, listEdit());
    expect(out.startsWith("# values\n")).toBe(true);
    expect(parseYaml(out)).toEqual({ configs: { clusterCredentials: [CREDENTIAL] } });
  });

  it("writes into the chart default `clusterCredentials: []` as a block list", () => {
    const text = "configs:\n  clusterCredentials: []\n";
    const out = editValues(text, PATH, listEdit());
    expect(out).toBe(`configs:\n  clusterCredentials:\n${entryLines("list", "    ")}`);
  });

  it("fills an empty `clusterCredentials:` (null)", () => {
    const out = editValues("configs:\n  clusterCredentials:\n", PATH, listEdit());
    expect(out).toBe(`configs:\n  clusterCredentials:\n${entryLines("list", "    ")}`);
  });

  it("keeps the comments around an empty `clusterCredentials:`", () => {
    const text = "configs:\n  # before\n  clusterCredentials: # none yet\n  # after\n  cm:\n    a: 1\n";
    for (const edit of [listEdit(), mapEdit()]) {
      const out = editValues(text, PATH, edit);
      for (const comment of ["# before", "# none yet", "# after"]) expect(out).toContain(comment);
      expect(parseYaml(out)).toMatchObject({ configs: { cm: { a: 1 } } });
      expect(editValues(out, PATH, edit)).toBe(out);
    }
  });

  it("follows the file's flush sequence style", () => {
    const text =
      "global:\n  hosts:\n  - a\nconfigs:\n  clusterCredentials:\n  - name: other\n    server: https://x\n";
    const out = editValues(text, PATH, listEdit());
    expect(out).toBe(text + entryLines("list", "  "));
  });

  it("replaces its own entry (same name and cluster ARN) in place", () => {
    const once = editValues(LIST_VALUES, PATH, listEdit());
    const moved = { ...CREDENTIAL, server: "https://NEW.gr7.us-east-1.eks.amazonaws.com" };
    const out = editValues(once, PATH, { form: "list", credential: moved });
    expect(out).toBe(once.replace(CREDENTIAL.server, moved.server));
    const entries = (parseYaml(out) as { configs: { clusterCredentials: { name: string }[] } }).configs
      .clusterCredentials;
    expect(entries.map((e) => e.name)).toEqual(["data-platform", "apps-devstg"]);
  });

  it("refuses a foreign entry with the same name", () => {
    const text = LIST_VALUES.replace("name: data-platform", "name: apps-devstg");
    const error = layoutError(() => editValues(text, PATH, listEdit()));
    expect(error.message).toContain(PATH);
    expect(error.message).toContain('cluster named "apps-devstg"');
    // Same name, but created for another cluster (another ARN).
    const other = editValues(LIST_VALUES, PATH, listEdit()).replace(CLUSTER_ARN, `${CLUSTER_ARN}-old`);
    expect(() => editValues(other, PATH, listEdit())).toThrow(/cluster named "apps-devstg"/);
  });

  it("refuses a map where the chart version expects a list", () => {
    const error = layoutError(() => editValues(MAP_VALUES, PATH, listEdit()));
    expect(error.message).toMatch(/clusterCredentials is a map.*expects a list/);
  });

  it("is idempotent", () => {
    for (const text of [LIST_VALUES, "", "configs:\n  clusterCredentials: []\n"]) {
      const once = editValues(text, PATH, listEdit(withIrsa));
      expect(editValues(once, PATH, listEdit(withIrsa))).toBe(once);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Map form (chart >= 7.0.0)
// ---------------------------------------------------------------------------------------------

describe("map form", () => {
  it("adds an entry keyed by name and keeps every other byte", () => {
    const out = editValues(MAP_VALUES, PATH, mapEdit());
    expect(out).toBe(MAP_VALUES + entryLines("map", "    "));
    const parsed = parseYaml(out) as { configs: { clusterCredentials: Record<string, unknown> } };
    const { name, ...rest } = CREDENTIAL;
    expect(parsed.configs.clusterCredentials[name]).toEqual(rest);
    expect(Object.keys(parsed.configs.clusterCredentials)).toEqual(["data-platform", "apps-devstg"]);
  });

  it("writes into the chart default `clusterCredentials: {}` as a block map", () => {
    const out = editValues("configs:\n  clusterCredentials: {}\n", PATH, mapEdit());
    expect(out).toBe(`configs:\n  clusterCredentials:\n${entryLines("map", "    ")}`);
  });

  it("creates the map when it is absent", () => {
    expect(editValues("", PATH, mapEdit())).toBe(
      `configs:\n  clusterCredentials:\n${entryLines("map", "    ")}`,
    );
  });

  it("replaces its own entry and keeps its place", () => {
    const text = `${MAP_VALUES.replace(/\n$/, "")}\n${entryLines("map", "    ")}    later:\n      server: https://z\n`;
    const moved = { ...CREDENTIAL, labels: { environment: "devstg", tier: "2" } };
    const out = editValues(text, PATH, { form: "map", credential: moved });
    expect(out).toBe(
      text.replace('        environment: "devstg"\n', '        environment: "devstg"\n        tier: "2"\n'),
    );
    expect(editValues(out, PATH, { form: "map", credential: moved })).toBe(out);
  });

  it("refuses a foreign entry with the same name", () => {
    const text = MAP_VALUES.replace("data-platform:", "apps-devstg:");
    expect(() => editValues(text, PATH, mapEdit())).toThrow(/cluster named "apps-devstg"/);
    // An entry with that name but no value at all is not ours either.
    expect(() => editValues("configs:\n  clusterCredentials:\n    apps-devstg:\n", PATH, mapEdit())).toThrow(
      LayoutError,
    );
  });

  it("refuses a list where the chart version expects a map", () => {
    const error = layoutError(() => editValues(LIST_VALUES, PATH, mapEdit()));
    expect(error.message).toMatch(/clusterCredentials is a list.*expects a map keyed by cluster name/);
  });

  it("is idempotent", () => {
    for (const text of [MAP_VALUES, "", "configs:\n  clusterCredentials: {}\n"]) {
      const once = editValues(text, PATH, mapEdit(withIrsa));
      expect(editValues(once, PATH, mapEdit(withIrsa))).toBe(once);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// IRSA annotations
// ---------------------------------------------------------------------------------------------

describe("IRSA annotations", () => {
  it("adds the annotation next to existing annotations, and creates the path where absent", () => {
    const out = editValues(LIST_VALUES, PATH, listEdit(withIrsa));
    expect(out).toContain(
      [
        "  serviceAccount:",
        "    # IRSA for the controller",
        "    annotations:",
        "      example.com/owner: platform",
        `      ${IRSA_ANNOTATION}: "${IRSA}"`,
        "    name: argocd-application-controller",
        "",
      ].join("\n"),
    );
    expect(
      out.endsWith(
        `      - \${argoHost}\n  serviceAccount:\n    annotations:\n      ${IRSA_ANNOTATION}: "${IRSA}"\n`,
      ),
    ).toBe(true);
    const parsed = parseYaml(out) as Record<
      string,
      { serviceAccount: { annotations: Record<string, string> } }
    >;
    expect(parsed.controller!.serviceAccount.annotations).toEqual({
      "example.com/owner": "platform",
      [IRSA_ANNOTATION]: IRSA,
    });
    expect(parsed.server!.serviceAccount.annotations).toEqual({ [IRSA_ANNOTATION]: IRSA });
  });

  it("creates whole components that are absent", () => {
    const out = editValues("", PATH, mapEdit({ irsaComponents: ["repoServer"], irsaRoleArn: IRSA }));
    expect(parseYaml(out)).toMatchObject({
      repoServer: { serviceAccount: { annotations: { [IRSA_ANNOTATION]: IRSA } } },
    });
  });

  it("writes into the chart default `annotations: {}` as a block map", () => {
    const text = "controller:\n  serviceAccount:\n    create: true\n    annotations: {}\n";
    const out = editValues(text, PATH, mapEdit({ irsaComponents: ["controller"], irsaRoleArn: IRSA }));
    expect(out).toContain(`    create: true\n    annotations:\n      ${IRSA_ANNOTATION}: "${IRSA}"\n`);
  });

  it("fills an empty `annotations:` and keeps its comment", () => {
    const text = "controller:\n  serviceAccount:\n    annotations: # IRSA goes here\n    name: x\n";
    const out = editValues(text, PATH, mapEdit({ irsaComponents: ["controller"], irsaRoleArn: IRSA }));
    expect(out).toContain("# IRSA goes here");
    expect(parseYaml(out)).toEqual({
      configs: { clusterCredentials: { [CREDENTIAL.name]: expect.any(Object) } },
      controller: { serviceAccount: { annotations: { [IRSA_ANNOTATION]: IRSA }, name: "x" } },
    });
  });

  it("accepts the annotation when it already holds the same role", () => {
    const once = editValues(LIST_VALUES, PATH, listEdit(withIrsa));
    expect(editValues(once, PATH, listEdit(withIrsa))).toBe(once);
  });

  it("refuses a conflicting annotation", () => {
    const text = LIST_VALUES.replace(
      "      example.com/owner: platform\n",
      `      example.com/owner: platform\n      ${IRSA_ANNOTATION}: arn:aws:iam::1:role/someone-else\n`,
    );
    const error = layoutError(() => editValues(text, PATH, listEdit(withIrsa)));
    expect(error.message).toContain(`controller.serviceAccount already has ${IRSA_ANNOTATION}`);
    expect(error.message).toContain("arn:aws:iam::1:role/someone-else");
  });

  it("refuses a serviceAccount that is not a map", () => {
    const text = "controller:\n  serviceAccount: argocd\n";
    expect(() => editValues(text, PATH, listEdit(withIrsa))).toThrow(
      /controller\.serviceAccount is not a map/,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Refusals and safety
// ---------------------------------------------------------------------------------------------

describe("files that cannot be edited", () => {
  it("refuses template directives, with the snippet to merge by hand", () => {
    const text = `${LIST_VALUES}%{ if enable_extra }\nextra: true\n%{ endif }\n`;
    const error = layoutError(() => editValues(text, PATH, listEdit(withIrsa)));
    expect(error.message).toContain(PATH);
    expect(error.message).toContain("template directives");
    const snippet = error.message.slice(error.message.indexOf("\n\n") + 2);
    expect(snippet).toBe(snippetFor(listEdit(withIrsa)));
    expect(parseYaml(snippet)).toEqual({
      configs: { clusterCredentials: [CREDENTIAL] },
      controller: { serviceAccount: { annotations: { [IRSA_ANNOTATION]: IRSA } } },
      server: { serviceAccount: { annotations: { [IRSA_ANNOTATION]: IRSA } } },
    });
  });

  it("accepts escaped directives (%%{) and keeps them", () => {
    const text = 'configs:\n  cm:\n    note: "100%%{x}"\n';
    const out = editValues(text, PATH, listEdit());
    expect(out.startsWith(text)).toBe(true);
  });

  it("refuses YAML that does not parse, and a top level that is not a map", () => {
    expect(() => editValues("configs: [\n", PATH, listEdit())).toThrow(/not valid YAML/);
    expect(() => editValues("- a\n- b\n", PATH, listEdit())).toThrow(/top level is not a map/);
    expect(() => editValues("configs: 3\n", PATH, listEdit())).toThrow(/configs is not a map/);
  });

  it("writes hostile values as data, never as YAML structure", () => {
    const hostile = {
      ...CREDENTIAL,
      labels: {
        "key: injected": "value\nother: injected",
        quote: "\"'",
        hash: "a # not a comment",
        bool: "true",
        number: "0x1F",
        empty: "",
        anchor: "*alias &anchor !tag",
        escaped: templateLiteral("${not_a_placeholder}"),
      },
    };
    for (const form of ["list", "map"] as const) {
      const out = editValues("configs:\n  cm: {}\n", PATH, {
        form,
        credential: hostile,
      });
      const credentials = (parseYaml(out) as { configs: { clusterCredentials: unknown } }).configs
        .clusterCredentials;
      const entry =
        form === "list"
          ? (credentials as unknown[])[0]
          : (credentials as Record<string, unknown>)[hostile.name];
      expect(entry).toMatchObject({ labels: hostile.labels });
    }
  });
});

describe("templateLiteral and snippetFor", () => {
  it("escapes template sequences for templatefile", () => {
    expect(templateLiteral("${x} %{ if y } $${z} $ % {}")).toBe("$${x} %%{ if y } $$${z} $ % {}");
    expect(templateLiteral("plain")).toBe("plain");
  });

  it("renders the map form keyed by name, without the name inside", () => {
    const snippet = parseYaml(snippetFor(mapEdit())) as {
      configs: { clusterCredentials: Record<string, unknown> };
    };
    const { name, ...rest } = CREDENTIAL;
    expect(snippet.configs.clusterCredentials).toEqual({ [name]: rest });
  });

  it("writes a credential without labels without a labels key", () => {
    const { labels: _labels, ...bare } = CREDENTIAL;
    const out = editValues("", PATH, { form: "list", credential: bare });
    expect(out).not.toContain("labels");
    expect(parseYaml(out)).toEqual({ configs: { clusterCredentials: [bare] } });
  });
});

// ---------------------------------------------------------------------------------------------
// Diffs that only add lines, whatever the file's style (issue 8), and YAML 1.1 readings (issue 9)
// ---------------------------------------------------------------------------------------------

/** True when every line of `before` is in `after`, in order: the diff only adds lines. */
function onlyAdds(before: string, after: string): boolean {
  const added = after.split("\n");
  let i = 0;
  for (const line of before.split("\n")) {
    while (i < added.length && added[i] !== line) i++;
    if (i === added.length) return false;
    i++;
  }
  return true;
}

/**
 * Written in the style of binbashar/le-tf-infra-aws k8s-components chart-values/argo-cd.yaml (2024
 * layout): a document marker, sequences flush with their key, blank lines between sections,
 * commented-out blocks, quoted and unquoted scalars, template placeholders.
 */
const REFERENCE_VALUES = `---
# -- Global settings
global:
  image:
    tag: "\${argocdImageTag}"
  nodeSelector: \${nodeSelector}
  tolerations:
  - key: stack
    operator: Equal
    value: tools
    effect: NoSchedule

# -- Server
server:
  extraArgs:
  - --insecure

  # -- Ingress
  ingress:
    enabled: true
    ingressClassName: \${ingressClass}
    annotations:
      nginx.ingress.kubernetes.io/backend-protocol: "HTTP"
      # alb.ingress.kubernetes.io/scheme: internal
    hosts:
    - \${argoHost}

  config:
    url: 'https://\${argoHost}'
    admin.enabled: "false"

# -- Repo server
repoServer:
  replicas: 1

#controller:
#  replicas: 2

configs:
  params:
    server.insecure: true
  secret:
    argocdServerAdminPassword: "\${adminPassword}"
`;

/** The same content with sequences indented under their key and no document marker. */
const INDENTED_VALUES = REFERENCE_VALUES.replace(/^---\n/, "")
  .replace(
    "  - key: stack\n    operator: Equal\n    value: tools\n    effect: NoSchedule\n",
    "    - key: stack\n      operator: Equal\n      value: tools\n      effect: NoSchedule\n",
  )
  .replace("  - --insecure\n", "    - --insecure\n")
  .replace("    - ${argoHost}\n", "      - ${argoHost}\n");

describe("values edits add lines and rewrite none", () => {
  const full = (form: "list" | "map"): ValuesEdit => ({
    form,
    credential: CREDENTIAL,
    ...withIrsa,
    irsaComponents: ["controller", "server", "applicationSet"],
    podAnnotations: ["controller.podAnnotations", "server.podAnnotations", "applicationSet.podAnnotations"],
    cm: [{ key: "resource.respectRBAC", value: "normal", accepted: ["normal", "strict"] }],
  });

  for (const [name, text] of [
    ["flush sequences, --- marker, blank lines and comments", REFERENCE_VALUES],
    ["indented sequences", INDENTED_VALUES],
    ["the list-form fixture", LIST_VALUES],
    ["the map-form fixture", MAP_VALUES],
  ] as const) {
    for (const form of ["list", "map"] as const) {
      it(`${name} (${form} form): only added lines, same values plus the link's`, () => {
        if ((form === "list" && text === MAP_VALUES) || (form === "map" && text === LIST_VALUES)) return;
        const out = editValues(text, PATH, full(form));
        expect(onlyAdds(text, out)).toBe(true);
        expect(out.split("\n").length).toBeGreaterThan(text.split("\n").length);
        const before = parseYaml(text) as Record<string, Record<string, unknown>>;
        const after = parseYaml(out) as Record<string, Record<string, unknown>>;
        const credentials = (v: Record<string, Record<string, unknown>>): unknown =>
          v.configs?.clusterCredentials;
        const without = (v: unknown): Record<string, unknown> =>
          JSON.parse(
            JSON.stringify(v, (k, x: unknown) => (k === "clusterCredentials" ? undefined : x)),
          ) as Record<string, unknown>;
        expect(without(after)).toMatchObject(without(before));
        const old = credentials(before);
        if (Array.isArray(old)) expect((credentials(after) as unknown[]).slice(0, old.length)).toEqual(old);
        else if (old) expect(credentials(after)).toMatchObject(old);
        expect(after.configs!.cm).toMatchObject({ "resource.respectRBAC": "normal" });
        expect(after.controller).toMatchObject({
          serviceAccount: { annotations: { [IRSA_ANNOTATION]: IRSA } },
          podAnnotations: { [POD_ROLE_ANNOTATION]: IRSA },
        });
        expect(editValues(out, PATH, full(form))).toBe(out);
      });
    }
  }

  it("adds new sequences in the file's style", () => {
    const flush = editValues("configs:\n  clusterCredentials:\n", PATH, listEdit());
    expect(flush).toContain('  clusterCredentials:\n    - name: "apps-devstg"\n');
    const flushFile = "global:\n  tolerations:\n  - key: a\nconfigs:\n  clusterCredentials:\n";
    expect(editValues(flushFile, PATH, listEdit())).toContain(
      '  clusterCredentials:\n  - name: "apps-devstg"\n',
    );
  });

  it("adds to existing block sequences in both styles without moving their items", () => {
    for (const indent of ["  ", "    "]) {
      const text = `configs:\n  clusterCredentials:\n${indent}- name: other\n${indent}  server: https://x\n\n# end\n`;
      const out = editValues(text, PATH, listEdit());
      expect(onlyAdds(text, out)).toBe(true);
      expect(out).toContain(`${indent}  server: https://x\n${indent}- name: "apps-devstg"\n`);
    }
  });

  it("keeps an accepted respectRBAC and refuses one the link cannot live with", () => {
    const strict = "configs:\n  cm:\n    resource.respectRBAC: strict\n";
    const out = editValues(strict, PATH, full("map"));
    expect(out).toContain("    resource.respectRBAC: strict\n");
    expect(out).not.toContain("normal");
    const off = "configs:\n  cm:\n    resource.respectRBAC: disabled\n";
    expect(layoutError(() => editValues(off, PATH, full("map"))).message).toMatch(
      /configs\.cm\."resource\.respectRBAC" is "disabled"; the link needs one of "normal", "strict"/,
    );
  });

  it("refuses a non-empty flow collection on the way, with the snippet", () => {
    const text = "configs: {cm: {a: b}}\n";
    expect(layoutError(() => editValues(text, PATH, listEdit())).message).toMatch(/flow collection/);
  });

  it("refuses a file of several YAML documents", () => {
    const text = "---\nconfigs: {}\n---\nother: 1\n";
    expect(layoutError(() => editValues(text, PATH, listEdit())).message).toMatch(
      /more than one YAML document/,
    );
  });
});

describe("YAML 1.1 readings (Helm) of request and AWS values", () => {
  const AMBIGUOUS = [
    "on",
    "off",
    "yes",
    "no",
    "y",
    "n",
    "true",
    "null",
    "~",
    "123",
    "0b101",
    "1_000",
    "0x1F",
    "1e3",
    "012",
    ".inf",
    "2001-12-14",
  ];

  it("every written value reads back as the same string under YAML 1.1 and 1.2", () => {
    const labels = Object.fromEntries(AMBIGUOUS.map((v) => [v, v]));
    const credential: ClusterCredential = {
      ...CREDENTIAL,
      name: "on",
      labels,
      namespaces: "yes,no",
      config: { awsAuthConfig: { clusterName: "off", roleARN: "${x}" } },
    };
    for (const form of ["list", "map"] as const) {
      const out = editValues("configs:\n  cm: {}\n", PATH, { form, credential });
      for (const version of ["1.1", "1.2"] as const) {
        const read = parseYaml(out, { version }) as { configs: { clusterCredentials: unknown } };
        const creds = read.configs.clusterCredentials;
        const entry =
          form === "list" ? (creds as Record<string, unknown>[])[0]! : (creds as Record<string, unknown>).on;
        expect(entry, `${form} ${version}`).toBeDefined();
        expect((entry as { labels: unknown }).labels).toEqual(labels);
        expect(entry).toMatchObject({
          namespaces: "yes,no",
          config: { awsAuthConfig: { clusterName: "off" } },
        });
        if (form === "list") expect(entry).toMatchObject({ name: "on" });
      }
    }
  });

  it("does not re-quote lines the link does not own", () => {
    const text = "global:\n  flag: on\n  count: 1_000\nconfigs:\n  cm:\n    a: yes\n";
    const out = editValues(text, PATH, listEdit());
    expect(out.startsWith(text)).toBe(true);
  });
});
