// The upstream facts (src/upstream) and their lookups, checked against the versions the examples
// and golden cases pin.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { argoCdReadsSetting, RESPECT_RBAC } from "../../src/upstream/argo-cd.js";
import {
  ARGO_CD_APP_VERSIONS,
  ARGO_CD_COMPONENTS,
  ARGOCD_CM_VALUES_KEYS,
  argoCdAppVersion,
  argocdCmValuesKeys,
  APPLICATIONSET_ENABLED_KEY,
  applicationSetEnabledKey,
  chartServiceAccountName,
  chartServiceAccountNameDefault,
  firstChartWithAppVersion,
  isKnownChartVersion,
  POD_ANNOTATION_KEYS,
  POD_TEMPLATE_CHECKSUMS,
  podAnnotationValuesKeys,
  podTemplateChecksums,
  SERVICE_ACCOUNT_NAME_DEFAULTS,
  serviceAccountAnnotationsValuesKey,
} from "../../src/upstream/argo-cd-chart.js";
import {
  PROVIDER_FEATURES,
  providerHasFeature,
  REFERENCE_LAYOUT_PROVIDERS,
} from "../../src/upstream/providers.js";
import { compareVersions } from "../../src/core/versions.js";

const ROOT = join(import.meta.dirname, "..", "..");

function listTree(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listTree(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const TF_FILES = [...listTree(join(ROOT, "examples")), ...listTree(join(ROOT, "test", "golden"))]
  .filter((p) => p.endsWith(".tf"))
  .map((p) => ({ path: p, text: readFileSync(p, "utf8") }));

/** Chart versions of every argo-cd helm_release in the examples and golden files. */
const PINNED_CHART_VERSIONS = [
  ...new Set(
    TF_FILES.flatMap(({ text }) =>
      [...text.matchAll(/chart\s*=\s*"argo-cd"\s*\n\s*version\s*=\s*"([^"]+)"/g)].map((m) => m[1]!),
    ),
  ),
].sort(compareVersions);

describe("argo-cd chart: appVersion", () => {
  it("finds the chart versions the examples and golden cases pin", () => {
    expect(PINNED_CHART_VERSIONS).toEqual(["4.6.5", "5.8.3", "6.7.3", "7.9.1"]);
  });

  it.each([
    ["4.6.5", "v2.3.4"],
    ["5.8.3", "v2.5.0"],
    ["6.7.3", "v2.10.4"],
    ["7.9.1", "v2.14.11"],
    ["5.51.0", "v2.9.0"],
    ["3.0.0", "v2.0.0"],
  ])("chart %s ships ArgoCD %s", (chart, app) => {
    expect(argoCdAppVersion(chart)).toEqual({ known: true, value: app });
  });

  it("says a chart version it has no facts for is unknown, naming the range it knows", () => {
    const result = argoCdAppVersion("5.8.99");
    expect(result.known).toBe(false);
    expect(!result.known && result.reason).toMatch(
      /unknown argo-cd chart version "5\.8\.99".*3\.0\.0 to 10\.1\.1/,
    );
    expect(argoCdAppVersion("latest").known).toBe(false);
    expect(isKnownChartVersion("7.9.1")).toBe(true);
    expect(isKnownChartVersion("7.9.99")).toBe(false);
  });

  it("lists each chart version once", () => {
    const all = Object.values(ARGO_CD_APP_VERSIONS).flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(756);
  });

  it("names the first chart whose ArgoCD reads resource.respectRBAC", () => {
    expect(firstChartWithAppVersion(RESPECT_RBAC.since)).toBe("5.51.0");
    expect(firstChartWithAppVersion("v99.0.0")).toBeUndefined();
  });
});

describe("argo-cd chart: behaviours by version", () => {
  const lists = {
    ...Object.fromEntries(ARGO_CD_COMPONENTS.map((c) => [`sa ${c}`, SERVICE_ACCOUNT_NAME_DEFAULTS[c]])),
    ...Object.fromEntries(ARGO_CD_COMPONENTS.map((c) => [`annotations ${c}`, POD_ANNOTATION_KEYS[c]])),
    ...Object.fromEntries(ARGO_CD_COMPONENTS.map((c) => [`checksums ${c}`, POD_TEMPLATE_CHECKSUMS[c]])),
    argocdCm: ARGOCD_CM_VALUES_KEYS,
    applicationSetEnabled: APPLICATIONSET_ENABLED_KEY,
  };
  it.each(Object.entries(lists))(
    "%s: released versions, oldest first, each with its source",
    (_name, list) => {
      const since = list.map((b) => b.since);
      for (const v of since) expect(isKnownChartVersion(v), v).toBe(true);
      expect([...since].sort(compareVersions)).toEqual(since);
      for (const b of list) expect(b.source).toMatch(/^charts\/argo-cd\//);
    },
  );

  it("service-account names: 5.x derives the applicationset one from the release, 5.19.2 on fixes it", () => {
    const appset = (chart: string, release: string, configured?: string) =>
      chartServiceAccountName(chart, "applicationSet", release, configured);
    expect(chartServiceAccountNameDefault("5.8.3", "applicationSet")).toEqual({ known: true, value: "" });
    expect(appset("5.8.3", "argocd")).toEqual({ known: true, value: "argocd-applicationset-controller" });
    expect(appset("5.8.3", "argocd-devstg")).toEqual({
      known: true,
      value: "argocd-devstg-applicationset-controller",
    });
    // nameOverride "argocd": a release without it gets "-argocd" first.
    expect(appset("5.8.3", "cd")).toEqual({ known: true, value: "cd-argocd-applicationset-controller" });
    expect(appset("5.19.1", "cd")).toEqual({ known: true, value: "cd-argocd-applicationset-controller" });
    expect(appset("5.19.2", "cd")).toEqual({ known: true, value: "argocd-applicationset-controller" });
    expect(appset("7.9.1", "argocd-devstg")).toEqual({
      known: true,
      value: "argocd-applicationset-controller",
    });
    expect(appset("5.8.3", "cd", "my-appset")).toEqual({ known: true, value: "my-appset" });
    for (const chart of PINNED_CHART_VERSIONS) {
      expect(chartServiceAccountName(chart, "controller", "x")).toEqual({
        known: true,
        value: "argocd-application-controller",
      });
      expect(chartServiceAccountName(chart, "server", "x")).toEqual({ known: true, value: "argocd-server" });
    }
    // 63-character cut, no trailing dash.
    const long = appset("5.8.3", `${"a".repeat(40)}-argocd`);
    expect(long.known && long.value.length).toBeLessThanOrEqual(63);
    expect(long.known && long.value.endsWith("-")).toBe(false);
  });

  it("pod annotations: global + component, except applicationset before 4.8.1", () => {
    expect(podAnnotationValuesKeys("4.6.5", "applicationSet")).toEqual({
      known: true,
      value: ["applicationSet.podAnnotations"],
    });
    for (const chart of ["5.8.3", "6.7.3", "7.9.1"]) {
      expect(podAnnotationValuesKeys(chart, "applicationSet")).toEqual({
        known: true,
        value: ["global.podAnnotations", "applicationSet.podAnnotations"],
      });
    }
    expect(podAnnotationValuesKeys("6.7.3", "server")).toEqual({
      known: true,
      value: ["global.podAnnotations", "server.podAnnotations"],
    });
    expect(podAnnotationValuesKeys("5.8.3", "controller")).toEqual({
      known: true,
      value: ["global.podAnnotations", "controller.podAnnotations"],
    });
  });

  it("pod-template checksums: argocd-cm restarts controller and server only from 5.45.4 / 5.53.10, never applicationset", () => {
    expect(podTemplateChecksums("4.6.5", "server")).toEqual({ known: true, value: [] });
    expect(podTemplateChecksums("5.8.3", "controller")).toEqual({ known: true, value: ["cmd-params"] });
    expect(podTemplateChecksums("5.8.3", "server")).toEqual({ known: true, value: ["cmd-params"] });
    expect(podTemplateChecksums("5.8.3", "applicationSet")).toEqual({ known: true, value: [] });
    expect(podTemplateChecksums("5.45.4", "controller")).toEqual({
      known: true,
      value: ["cm", "cmd-params"],
    });
    expect(podTemplateChecksums("5.45.4", "server")).toEqual({ known: true, value: ["cmd-params"] });
    for (const chart of ["6.7.3", "7.9.1"]) {
      expect(podTemplateChecksums(chart, "controller")).toEqual({ known: true, value: ["cm", "cmd-params"] });
      expect(podTemplateChecksums(chart, "server")).toEqual({ known: true, value: ["cm", "cmd-params"] });
      expect(podTemplateChecksums(chart, "applicationSet")).toEqual({ known: true, value: ["cmd-params"] });
    }
  });

  it("argocd-cm values: server.config, then configs.cm from 5.7.0, server.config gone in 6.0.0", () => {
    expect(argocdCmValuesKeys("4.6.5")).toEqual({ known: true, value: ["server.config"] });
    expect(argocdCmValuesKeys("5.6.0")).toEqual({ known: true, value: ["server.config"] });
    expect(argocdCmValuesKeys("5.8.3")).toEqual({ known: true, value: ["configs.cm", "server.config"] });
    expect(argocdCmValuesKeys("6.7.3")).toEqual({ known: true, value: ["configs.cm"] });
  });

  it("service-account annotations key, and the applicationset switch 4.2.0 to 6.8.x", () => {
    expect(serviceAccountAnnotationsValuesKey("5.8.3", "applicationSet")).toEqual({
      known: true,
      value: "applicationSet.serviceAccount.annotations",
    });
    expect(serviceAccountAnnotationsValuesKey("3.6.10", "server").known).toBe(false);
    expect(applicationSetEnabledKey("4.1.0")).toEqual({ known: true, value: "" });
    expect(applicationSetEnabledKey("5.8.3")).toEqual({ known: true, value: "applicationSet.enabled" });
    expect(applicationSetEnabledKey("6.7.3")).toEqual({ known: true, value: "applicationSet.enabled" });
    expect(applicationSetEnabledKey("7.9.1")).toEqual({ known: true, value: "" });
  });

  it("says behaviours of charts older than 4.0.0 or unknown versions are not known", () => {
    const old = podTemplateChecksums("3.6.10", "server");
    expect(old.known).toBe(false);
    expect(!old.known && old.reason).toMatch(/older than 4\.0\.0/);
    expect(argocdCmValuesKeys("8.99.0").known).toBe(false);
  });
});

describe("ArgoCD settings", () => {
  it("resource.respectRBAC exists from v2.9.0, with the modes normal and strict", () => {
    expect(Object.keys(RESPECT_RBAC.values).sort()).toEqual(["normal", "strict"]);
    expect(argoCdReadsSetting("v2.8.3", "resource.respectRBAC")).toEqual({ known: true, supported: false });
    expect(argoCdReadsSetting("v2.9.0", "resource.respectRBAC")).toEqual({ known: true, supported: true });
    const byChart = (chart: string) => {
      const app = argoCdAppVersion(chart);
      return app.known ? argoCdReadsSetting(app.value, RESPECT_RBAC.key) : app;
    };
    expect(byChart("5.8.3")).toEqual({ known: true, supported: false });
    expect(byChart("6.7.3")).toEqual({ known: true, supported: true });
    expect(byChart("7.9.1")).toEqual({ known: true, supported: true });
  });

  it("says what it does not know", () => {
    const key = argoCdReadsSetting("v2.9.0", "resource.nothing");
    expect(!key.known && key.reason).toMatch(/no facts about argocd-cm key "resource.nothing"/);
    expect(argoCdReadsSetting("latest", RESPECT_RBAC.key).known).toBe(false);
  });
});

describe("providers", () => {
  it("wait_for_service_account_token from kubernetes 2.14.0: the 2024 layer's 2.12.1 lacks it", () => {
    const wait = "kubernetes_secret_v1.wait_for_service_account_token";
    expect(providerHasFeature("kubernetes", "2.12.1", wait)).toEqual({
      known: true,
      supported: false,
      since: "2.14.0",
    });
    expect(providerHasFeature("kubernetes", "2.14.0", wait)).toEqual({
      known: true,
      supported: true,
      since: "2.14.0",
    });
    expect(
      providerHasFeature("kubernetes", "2.13.1", "kubernetes_secret.wait_for_service_account_token"),
    ).toMatchObject({ supported: false });
  });

  it("_v1 kubernetes resources from 2.7.0; EKS access entries from aws 5.33.0", () => {
    expect(providerHasFeature("kubernetes", "2.6.1", "kubernetes_cluster_role_v1")).toMatchObject({
      supported: false,
    });
    expect(providerHasFeature("kubernetes", "2.7.0", "kubernetes_cluster_role_v1")).toMatchObject({
      supported: true,
    });
    expect(providerHasFeature("aws", "4.67.0", "aws_eks_access_entry")).toMatchObject({ supported: false });
    expect(providerHasFeature("aws", "5.32.1", "aws_eks_access_policy_association")).toMatchObject({
      supported: false,
    });
    expect(providerHasFeature("aws", "5.95.0", "aws_eks_access_policy_association")).toMatchObject({
      supported: true,
    });
  });

  it("says what it does not know", () => {
    const feature = providerHasFeature("kubernetes", "2.36.0", "kubernetes_manifest");
    expect(!feature.known && feature.reason).toMatch(
      /no facts about kubernetes feature "kubernetes_manifest"/,
    );
    const version = providerHasFeature("kubernetes", "~> 2.10", "kubernetes_secret_v1");
    expect(!version.known && version.reason).toMatch(/not an exact provider version: "~> 2.10"/);
  });

  it("has a fact for every kubernetes_*, helm_* and aws_eks_access_* resource the examples and golden files use", () => {
    const used = new Set(
      TF_FILES.flatMap(({ text }) =>
        [...text.matchAll(/^resource "((?:kubernetes|helm)_\w+|aws_eks_access_\w+)"/gm)].map((m) => m[1]!),
      ),
    );
    const known = new Set(PROVIDER_FEATURES.map((f) => f.feature));
    expect([...used].filter((r) => !known.has(r))).toEqual([]);
    expect(used.size).toBeGreaterThan(5);
  });

  it("the locks copied into examples/repos match the recorded versions", () => {
    const copied = REFERENCE_LAYOUT_PROVIDERS.filter((e) => e.locked && e.source.startsWith("examples/"));
    expect(copied.length).toBeGreaterThanOrEqual(4);
    for (const entry of copied) {
      const repo = /examples\/repos\/([\w-]+)/.exec(entry.source)![1]!;
      const lock = readFileSync(
        join(ROOT, "examples", "repos", repo, entry.layer, ".terraform.lock.hcl"),
        "utf8",
      );
      const version = new RegExp(
        `provider "registry\\.terraform\\.io/hashicorp/${entry.provider}" \\{\\s*version\\s*=\\s*"([^"]+)"`,
      ).exec(lock);
      expect(version?.[1], `${repo}/${entry.layer} ${entry.provider}`).toBe(entry.locked);
    }
  });
});
