// Unlinking edits the values file by removing the link's own lines only: after link then unlink the
// file is byte for byte what it was, whatever its indentation, blank lines, comments and sequence
// style (issue 18). The link side only adds lines; these cases pair it with removeClusterEntry.
import { describe, expect, it } from "vitest";
import { ARN_ANNOTATION, editValues, type ValuesEdit } from "../../src/edit/values-yaml.js";
import { KEPT_SETTINGS, removeClusterEntry } from "../../src/unlink/edits.js";

const edit = (form: "list" | "map", name: string, iam = true): ValuesEdit => ({
  form,
  credential: {
    name,
    server: "https://ABC.gr7.us-east-1.eks.amazonaws.com",
    annotations: { [ARN_ANNOTATION]: `arn:aws:eks:us-east-1:123456789012:cluster/${name}` },
    namespaces: "team-a",
    clusterResources: false,
    config: iam
      ? { awsAuthConfig: { clusterName: name, roleARN: `\${argocd_link_${name}_role_arn}` } }
      : { bearerToken: `\${argocd_link_${name}_bearer_token}` },
  },
  ...(iam
    ? {
        irsaComponents: ["controller", "server", "applicationSet"],
        irsaRoleArn: "${argocd_release_irsa_role_arn}",
        podAnnotations: [
          "controller.podAnnotations",
          "server.podAnnotations",
          "applicationSet.podAnnotations",
        ],
      }
    : {}),
});

const STYLES: Record<string, string> = {
  "four-space indent, indented sequences, no clusterCredentials yet": `configs:
    cm:
        exec.enabled: "false"

controller:
    replicas: 1

server:
    ingress:
        hosts:
            - argocd.example.com
`,
  "flush sequences, comments and blank lines around an existing list": `configs:
  # Other clusters
  clusterCredentials:
  # A hand-written entry first
  - name: legacy
    server: https://legacy.example.com

    config:
      bearerToken: abc
  # More to come

notifications:
  subscriptions:
    - recipients:
      - slack:deploys
      triggers:
      - on-sync-failed
`,
  "existing annotations and pod annotations on the components": `controller:
  serviceAccount:
    annotations:
      # Regional STS
      eks.amazonaws.com/sts-regional-endpoints: "true"
  podAnnotations:
    team: platform

server:

  ingress:
    enabled: true

applicationSet:
  enabled: true
configs:
  cm:
    exec.enabled: "true"
  templates: |
    message: {{.app.metadata.name}}
`,
};

describe("link then unlink of a values file gives back its bytes", () => {
  for (const [style, original] of Object.entries(STYLES))
    for (const iam of [true, false])
      it(`${style} (${iam ? "iam-role" : "bearer-token"})`, () => {
        const linked = editValues(original, "values.yaml", edit("list", "alpha", iam));
        expect(linked).not.toBe(original);
        // The link only added lines.
        const kept = original.split("\n").filter((line) => !linked.includes(line));
        expect(kept).toEqual([]);
        const removed = removeClusterEntry(linked, "alpha");
        expect(removed?.handEdit).toBeUndefined();
        expect(removed?.text).toBe(original);
      });

  it("the map form (chart 7), next to another link's entry: only this link's lines go", () => {
    const original = `configs:
  clusterCredentials:
      other:
          server: https://other.example.com
`;
    const withBeta = editValues(original, "values.yaml", edit("map", "beta", false));
    const withBoth = editValues(withBeta, "values.yaml", edit("map", "alpha", true));
    expect(removeClusterEntry(withBoth, "alpha")?.text).toBe(withBeta);
    expect(removeClusterEntry(withBeta, "beta")?.text).toBe(original);
  });

  it("keeps resource.respectRBAC, the instance-wide setting, and only that", () => {
    const original = STYLES["four-space indent, indented sequences, no clusterCredentials yet"]!;
    const linked = editValues(original, "values.yaml", {
      ...edit("list", "alpha", false),
      cm: [{ key: KEPT_SETTINGS[0]!, value: "normal", accepted: ["normal", "strict"] }],
    });
    const after = removeClusterEntry(linked, "alpha")!;
    expect(after.keptSettings).toEqual(KEPT_SETTINGS);
    const extra = after.text.split("\n").filter((line) => !original.split("\n").includes(line));
    expect(extra).toEqual([`        resource.respectRBAC: "normal"`]);
  });
});
