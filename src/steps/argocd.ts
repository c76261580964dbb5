// Step argocd (source account, ArgoCD layer): the cluster entry in the ArgoCD values, the template
// variables it reads (role ARNs, or the bearer token through remote state), and for a dedicated
// instance its own release.

import { LayoutError } from "../core/errors.js";
import { code } from "../core/markdown.js";
import { compareVersions, parseVersion } from "../core/versions.js";
import { upsertObjectItems } from "../edit/hcl-edit.js";
import { ARN_ANNOTATION, editValues, templateLiteral, type ClusterCredential } from "../edit/values-yaml.js";
import { attr, blank, block, raw, renderFile, renderValue } from "../hcl/write.js";
import { ARGO_SERVICE_ACCOUNTS } from "../layout/discover.js";
import { instanceHeader, markerFor, type LinkNames } from "../plan/names.js";
import type { LinkRequest } from "../request/types.js";
import { header, linkMarker } from "./shared.js";
import type { LinkContext, StepKind } from "./types.js";

const ID = "argocd";

export const argocdStep: StepKind<typeof ID> = {
  id: ID,
  side: "source",
  needed: () => true,
  layers: ({ layout }) => [layout.argocd.layer],
  files: argocdFiles,
  summary: ({ names, req }) =>
    `add cluster ${names.id} to ArgoCD ${names.release}${req.dedicatedInstance ? " (new instance)" : ""}`,
  why: ({ names, req, facts, layout }) => [
    `Adds ${code(names.id)} to ${code(`configs.clusterCredentials`)} of ArgoCD ${code(names.release)} ` +
      `(${layout.argocd.credentialsForm === "map" ? "a map keyed by name: chart >= 7.0.0" : "a list: chart < 7.0.0"}), ` +
      `server ${code(facts.endpoint)}, ` +
      (req.method === "iam-role"
        ? `authenticating with ${code("awsAuthConfig")} (role ${code(names.targetRoleName)}).`
        : `authenticating with the bearer token read from the target layer's state.`),
    ...(req.method === "iam-role"
      ? [
          `The ArgoCD service accounts get the ${code("eks.amazonaws.com/role-arn")} annotation of the IRSA role.`,
        ]
      : []),
    ...(req.dedicatedInstance
      ? [
          `Creates the ArgoCD release ${code(names.release)} in its own namespace, without CRDs and with its own ` +
            `${code("application.instanceLabelKey")}.`,
        ]
      : []),
    `The cluster's EKS ARN is kept in the annotation ${code("argocd-cluster-link/eks-cluster-arn")}.`,
  ],
};

async function argocdFiles({
  req,
  facts,
  layout,
  grant,
  names,
  argocd: where,
}: LinkContext): Promise<Map<string, string>> {
  const argocd = layout.argocd;
  const files = new Map<string, string>();
  const vars: [string, string][] = [];
  if (grant.method === "iam-role") {
    vars.push(
      [names.irsaVar, `"${names.sourceRoleArnExpr}"`],
      [names.roleArnVar, `"${names.targetRoleArnExpr}"`],
    );
  } else {
    const rbac = grant.rbac.layer;
    const taken = layout.argocdRemoteStates.find(
      (s) => s.name === names.remoteStateName && !s.file.endsWith(`/${names.files.tokenState}`),
    );
    if (taken) {
      throw new LayoutError(
        `${taken.file} already defines data "terraform_remote_state" "${names.remoteStateName}". Choose another argocd-cluster-name.`,
      );
    }
    const regionExpr = layout.argocdRemoteStates.find((s) => s.regionExpr)?.regionExpr ?? "var.region";
    // Leverage's state key: <account>/<layer path below the region folder>/terraform.tfstate.
    const [account, , ...below] = rbac.path.split("/");
    const key = rbac.backendKey ?? `${account}/${below.join("/")}/terraform.tfstate`;
    files.set(`${argocd.layer}/${names.files.tokenState}`, tokenRemoteStateFile(names, req, regionExpr, key));
    vars.push([
      names.tokenVar,
      `data.terraform_remote_state.${names.remoteStateName}.outputs.${names.tokenOutput}`,
    ]);
  }
  const iam = grant.method === "iam-role";

  const credential: ClusterCredential = {
    name: names.id,
    server: templateLiteral(facts.endpoint),
    ...(Object.keys(req.labels).length > 0
      ? { labels: Object.fromEntries(Object.entries(req.labels).map(([k, v]) => [k, templateLiteral(v)])) }
      : {}),
    annotations: { [ARN_ANNOTATION]: templateLiteral(facts.arn) },
    ...(req.namespaces.length > 0
      ? { namespaces: req.namespaces.join(","), clusterResources: req.clusterResources }
      : {}),
    config: {
      ...(iam
        ? { awsAuthConfig: { clusterName: templateLiteral(facts.name), roleARN: `\${${names.roleArnVar}}` } }
        : { bearerToken: `\${${names.tokenVar}}` }),
      tlsClientConfig: { insecure: false, caData: templateLiteral(facts.caData) },
    },
  };
  const edit = {
    form: argocd.credentialsForm,
    credential,
    ...(iam
      ? { irsaComponents: Object.keys(ARGO_SERVICE_ACCOUNTS), irsaRoleArn: `\${${names.irsaVar}}` }
      : {}),
  };

  if (where.newInstance) {
    const relative = where.valuesPath.slice(argocd.layer.length + 1);
    files.set(
      where.valuesPath,
      editValues(dedicatedValues(names, argocd.chartVersion), where.valuesPath, edit),
    );
    files.set(
      `${argocd.layer}/${names.files.instanceRelease}`,
      dedicatedInstanceFile(names, argocd.chartVersion, relative, vars),
    );
  } else {
    // An existing release, or a dedicated instance an earlier link created: only add this link's entry.
    files.set(
      where.valuesPath,
      editValues(where.currentValues ?? "", where.valuesPath, edit, where.parsedValues),
    );
    // Discovery parsed the release's file and found this template in it (it gave the values path).
    const helm = layout.files.get(argocd.file);
    const template = argocd.valuesTemplates.find((t) => t.path === where.valuesPath);
    if (!helm || !template)
      throw new Error(`discovery lost ${argocd.file} or its template ${where.valuesPath}`);
    files.set(
      argocd.file,
      upsertObjectItems(
        helm.text,
        helm.path,
        template.varsOpen,
        vars,
        `${markerFor(names.id)} (${req.method})`,
      ),
    );
  }
  return files;
}

/** Values of a dedicated instance: no CRDs (the first release owns them) and its own label key. */
function dedicatedValues(names: LinkNames, chartVersion: string): string {
  // installationID exists from ArgoCD 2.14, first shipped in chart 7.8.0.
  const version = parseVersion(chartVersion);
  const installationId = version !== undefined && compareVersions(version, "7.8.0") >= 0;
  return [
    `${instanceHeader(names.release)}: values (created by the link ${names.id}).`,
    "crds:",
    "  # The CRDs belong to the first ArgoCD release in this cluster.",
    "  install: false",
    "configs:",
    "  cm:",
    "    # Distinct from every other instance, so each only manages its own Applications.",
    `    application.instanceLabelKey: argocd.argoproj.io/instance-${names.release}`,
    ...(installationId ? [`    installationID: ${names.release}`] : []),
    "",
  ].join("\n");
}

/** Source account, ArgoCD layer: reads the bearer token from the target RBAC layer's state. */
export function tokenRemoteStateFile(
  names: LinkNames,
  req: LinkRequest,
  regionExpr: string,
  backendKey: string,
): string {
  const sameAccount = req.sourceAccount === req.targetAccount;
  return renderFile([
    ...header([
      ...linkMarker(names, req),
      `State of the ${req.targetAccount} layer that holds ArgoCD's ServiceAccount token for ${req.targetCluster}.`,
      "The token stays in Terraform state: it is never written into this repository.",
    ]),
    block(
      "data",
      ["terraform_remote_state", names.remoteStateName],
      [
        attr("backend", "s3"),
        attr("config", {
          region: raw(regionExpr),
          profile: sameAccount ? raw("var.profile") : raw(`"\${var.project}-${req.targetAccount}-devops"`),
          bucket: sameAccount
            ? raw("var.bucket")
            : raw(`"\${var.project}-${req.targetAccount}-terraform-backend"`),
          key: backendKey,
        }),
      ],
    ),
  ]);
}

/** Source account, ArgoCD layer: a dedicated ArgoCD release for this target. */
export function dedicatedInstanceFile(
  names: LinkNames,
  chartVersion: string,
  valuesRelative: string,
  templateVars: [string, string][],
): string {
  const vars = Object.fromEntries(templateVars.map(([k, v]) => [k, raw(v)]));
  return renderFile([
    ...header([
      `${instanceHeader(names.release).slice(2)}, created for the cluster ${names.id}.`,
      "A second release in the same cluster: CRDs stay with the first one, and the values give it",
      "its own application.instanceLabelKey so the two never fight over the same Applications.",
    ]),
    block(
      "resource",
      ["kubernetes_namespace_v1", `argocd_link_${names.releaseSnake}`],
      [block("metadata", [], [attr("name", names.release)])],
    ),
    blank,
    block(
      "resource",
      ["helm_release", `argocd_link_${names.releaseSnake}`],
      [
        attr("name", names.release),
        attr("namespace", raw(`kubernetes_namespace_v1.argocd_link_${names.releaseSnake}.metadata[0].name`)),
        attr("repository", "https://argoproj.github.io/argo-helm"),
        attr("chart", "argo-cd"),
        attr("version", chartVersion),
        attr("values", [
          raw(`templatefile(${JSON.stringify(valuesRelative)}, ${renderValue(vars, "    ")})`),
        ]),
      ],
    ),
  ]);
}
