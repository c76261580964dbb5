// Step argocd (source account, ArgoCD layer): the cluster entry in the ArgoCD values, the template
// variables it reads (role ARNs, or the bearer token through remote state), and for a dedicated
// instance its own release.

import { LayoutError } from "../core/errors.js";
import { code } from "../core/markdown.js";
import { compareVersions, parseVersion } from "../core/versions.js";
import { upsertObjectItems } from "../edit/hcl-edit.js";
import {
  ARN_ANNOTATION,
  editValues,
  POD_ROLE_ANNOTATION,
  templateLiteral,
  type ClusterCredential,
  type ValuesEdit,
} from "../edit/values-yaml.js";
import { attr, blank, block, raw, renderFile, renderValue } from "../hcl/write.js";
import { RESPECT_RBAC_CHART, RESPECT_RBAC_MODE } from "../link/grant.js";
import { instanceHeader, markerFor, type LinkNames } from "../link/names.js";
import type { LinkRequest } from "../request/types.js";
import { RESPECT_RBAC } from "../upstream/argo-cd.js";
import {
  ARGO_CD_COMPONENTS,
  podAnnotationValuesKeys,
  podTemplateChecksums,
  type ArgoCdComponent,
} from "../upstream/argo-cd-chart.js";
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
  why: (link) => whyLines(link),
};

function whyLines(link: LinkContext): string[] {
  const { names, req, facts, layout } = link;
  return [
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
    ...cacheWhy(link),
    ...restartWhy(link),
  ];
}

const COMPONENT_PODS: Record<ArgoCdComponent, string> = {
  controller: "application controller",
  server: "server",
  applicationSet: "applicationset controller",
};

/** The respectRBAC line of the pull request: which mode and why, and that it is instance-wide. */
function cacheWhy({ grant, names, argocd }: LinkContext): string[] {
  if (grant.cache.kind === "full") return [];
  if (grant.cache.kind === "read-all") {
    return [
      `ArgoCD ${code(names.release)} runs ArgoCD ${grant.cache.argoCdVersion}, which has no ` +
        `${code(`configs.cm."${RESPECT_RBAC.key}"`)}: nothing is set in argocd-cm. The link's RBAC (target ` +
        `account) lets it read every kind its cluster cache lists instead. Once the chart is ` +
        `${RESPECT_RBAC_CHART} or later, running the request again sets ${code(RESPECT_RBAC.key)} here; once that ` +
        `is applied, running it again drops the extra read.`,
    ];
  }
  const kept =
    grant.cache.keptRead === undefined
      ? []
      : [
          `The link's RBAC keeps the extra read written for ArgoCD ${grant.cache.keptRead.argoCdVersion} until this ` +
            `is applied (so ArgoCD always has one or the other). Once it is, run the request again: that plan ` +
            `removes the extra read in the target account.`,
        ];
  const current: unknown = argocd.parsedValues?.doc.getIn(["configs", "cm", RESPECT_RBAC.key]);
  const setting = code(`configs.cm."${RESPECT_RBAC.key}"`);
  if (typeof current === "string" && current !== "" && !argocd.dedicated) {
    return [
      `ArgoCD ${code(names.release)} already sets ${setting} to ${code(current)}: it skips the resource kinds ` +
        `this link's identity may not list instead of marking the cluster Failed.`,
      ...kept,
    ];
  }
  return [
    `Sets ${setting} to ${code(RESPECT_RBAC_MODE)} (ArgoCD ${grant.cache.argoCdVersion}): below cluster-admin the ` +
      `link's identity may not list every resource kind ArgoCD's cluster cache watches, and one refused list ` +
      `would mark the whole cluster Failed; with this setting ArgoCD skips those kinds. ${code("normal")} rather ` +
      `than ${code("strict")}: it trusts the refused list itself, with no extra SelfSubjectAccessReview calls ` +
      `on every cache sync. This is an instance-wide setting: it applies to every cluster of ArgoCD ` +
      `${code(names.release)}, and unlinking this cluster never removes it.`,
    ...kept,
  ];
}

/** Which pods the Helm upgrade restarts, and why. */
function restartWhy(link: LinkContext): string[] {
  const { argocd, layout } = link;
  if (argocd.dedicated) return [];
  const out: string[] = [];
  const rolled = podAnnotationEdits(link).filter((e) => !e.present);
  if (rolled.length > 0) {
    out.push(
      `Restarts the ${rolled.map((e) => COMPONENT_PODS[e.component]).join(", ")} pods of ArgoCD ` +
        `${code(link.names.release)} on apply: their pod template gains ${code(POD_ROLE_ANNOTATION)} (the role ARN). ` +
        `The EKS pod identity webhook only injects the role into pods created after their service account has ` +
        `${code("eks.amazonaws.com/role-arn")}, and the chart's pod templates do not change with that annotation.`,
    );
  }
  if (link.grant.cache.kind === "respect-rbac" && cacheWhy(link)[0]?.startsWith("Sets")) {
    const cm = ARGO_CD_COMPONENTS.filter((c) => {
      const sums = podTemplateChecksums(layout.argocd.chartVersion, c);
      return sums.known && sums.value.includes("cm");
    });
    if (cm.length > 0)
      out.push(
        `The argocd-cm change also restarts the ${cm.map((c) => COMPONENT_PODS[c]).join(", ")} pods ` +
          `(their pod templates carry ${code("checksum/cm")}).`,
      );
  }
  return out;
}

/**
 * The pod annotation paths of the three components for the release's chart version, and whether
 * each already carries the role ARN (then applying does not restart those pods).
 */
function podAnnotationEdits(
  link: LinkContext,
): { component: ArgoCdComponent; path: string; present: boolean }[] {
  if (link.grant.method !== "iam-role") return [];
  const chart = link.layout.argocd.chartVersion;
  return ARGO_CD_COMPONENTS.map((component) => {
    const keys = podAnnotationValuesKeys(chart, component);
    if (!keys.known) {
      throw new LayoutError(
        `Cannot tell which values key rolls the ${COMPONENT_PODS[component]} pods of argo-cd chart ${chart} ` +
          `(${keys.reason}); the iam-role method needs it so the pods pick up the IRSA role. Use a chart version ` +
          `from that range, or method bearer-token, then run again.`,
      );
    }
    // The component's own key (global.podAnnotations would roll every component).
    const path = keys.value.find((k) => k.startsWith(`${component}.`)) ?? `${component}.podAnnotations`;
    const current: unknown = link.argocd.parsedValues?.doc.getIn([...path.split("."), POD_ROLE_ANNOTATION]);
    return { component, path, present: current === `\${${link.names.irsaVar}}` };
  });
}

async function argocdFiles(link: LinkContext): Promise<Map<string, string>> {
  const { req, facts, layout, grant, names, argocd: where } = link;
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
    const taken = layout.argocdRemoteStates
      .named(names.remoteStateName)
      .find((s) => !s.file.endsWith(`/${names.files.tokenState}`));
    if (taken) {
      throw new LayoutError(
        `${taken.file} already defines data "terraform_remote_state" "${names.remoteStateName}". Choose another argocd-cluster-name.`,
      );
    }
    const regionExpr = layout.argocdRemoteStates.regionExpr() ?? "var.region";
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
  if (
    grant.cache.kind === "respect-rbac" &&
    where.parsedValues?.doc.getIn(["configs", "cm", "create"]) === false
  ) {
    throw new LayoutError(
      `${where.valuesPath}: configs.cm.create is false, so the chart does not render argocd-cm and ` +
        `${RESPECT_RBAC.key} cannot be set there. Set it in the argocd-cm you manage (${RESPECT_RBAC.key}: ` +
        `${RESPECT_RBAC_MODE}), or request access cluster-admin, then run again.`,
    );
  }
  const edit: ValuesEdit = {
    form: argocd.credentialsForm,
    credential,
    ...(iam
      ? {
          irsaComponents: [...ARGO_CD_COMPONENTS],
          irsaRoleArn: `\${${names.irsaVar}}`,
          podAnnotations: podAnnotationEdits(link).map((e) => e.path),
        }
      : {}),
    ...(grant.cache.kind === "respect-rbac"
      ? {
          cm: [
            { key: RESPECT_RBAC.key, value: RESPECT_RBAC_MODE, accepted: Object.keys(RESPECT_RBAC.values) },
          ],
        }
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
    // Quoted: Helm's YAML 1.1 reader would turn a release named e.g. "on" or "123" into a non-string.
    `    application.instanceLabelKey: ${JSON.stringify(`argocd.argoproj.io/instance-${names.release}`)}`,
    ...(installationId ? [`    installationID: ${JSON.stringify(names.release)}`] : []),
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
