// Facts about the argo-helm `argo-cd` chart, read from github.com/argoproj/argo-helm at the tags
// `argo-cd-<version>` (charts/argo-cd/Chart.yaml, values.yaml, templates/_common.tpl,
// templates/_helpers.tpl and the controller / server / applicationset pod templates). Every tag
// from argo-cd-3.0.0 to argo-cd-10.1.1 (commit af0a9310bacbaa4636018dfe22c801a6d33a5c43,
// 2026-07-02) was read. Facts and lookups only: what to do with them is decided elsewhere.
import { atLeast, compareVersions, parseVersion } from "../core/versions.js";

export const ARGO_HELM_REPOSITORY = "argoproj/argo-helm";
export const ARGO_CD_CHART_PATH = "charts/argo-cd";
/** The newest chart version read; a newer one is unknown here, not assumed to behave like it. */
export const NEWEST_CHART_VERSION_READ = "10.1.1";
/** Behaviours below were compared on every chart version from this one to the newest read. */
export const BEHAVIOURS_READ_FROM = "4.0.0";

/**
 * ArgoCD version (Chart.yaml `appVersion`, verbatim: the oldest lack the `v`) -> every chart
 * version that ships it. Source: charts/argo-cd/Chart.yaml at tag argo-cd-<chart version>.
 */
export const ARGO_CD_APP_VERSIONS: Readonly<Record<string, readonly string[]>> = {
  "2.0.0": ["3.0.0", "3.1.0", "3.1.1", "3.1.2", "3.2.0", "3.2.1", "3.2.2", "3.2.3", "3.2.4"],
  "2.0.1": [
    "3.2.5",
    "3.3.0",
    "3.3.1",
    "3.3.2",
    "3.3.3",
    "3.3.4",
    "3.3.5",
    "3.4.0",
    "3.4.1",
    "3.5.0",
    "3.6.0",
    "3.6.1",
    "3.6.2",
  ],
  "2.0.3": ["3.6.3", "3.6.4", "3.6.5", "3.6.6", "3.6.7", "3.6.8", "3.6.9", "3.6.10"],
  "2.0.4": ["3.6.11", "3.7.0", "3.7.1", "3.7.2", "3.8.0", "3.8.1", "3.8.2", "3.9.0", "3.10.0"],
  "2.0.5": [
    "3.10.1",
    "3.10.2",
    "3.11.0",
    "3.11.1",
    "3.11.2",
    "3.11.3",
    "3.11.4",
    "3.11.5",
    "3.12.0",
    "3.12.1",
  ],
  "2.1.0": ["3.13.0", "3.13.1", "3.13.2", "3.14.0", "3.15.0", "3.16.0", "3.17.0", "3.17.1"],
  "2.1.1": ["3.17.2", "3.17.3", "3.17.4", "3.17.5"],
  "2.1.2": [
    "3.17.6",
    "3.17.7",
    "3.18.0",
    "3.19.0",
    "3.20.0",
    "3.21.0",
    "3.21.1",
    "3.22.0",
    "3.22.1",
    "3.23.0",
  ],
  "2.1.3": ["3.23.1", "3.24.0", "3.25.0", "3.25.1", "3.25.2", "3.25.3", "3.26.0"],
  "2.1.4": ["3.26.1", "3.26.2"],
  "v2.1.5": ["3.26.3"],
  "v2.1.6": ["3.26.4", "3.26.5", "3.26.6", "3.26.7", "3.26.8", "3.26.9"],
  "v2.1.7": ["3.26.10", "3.26.11", "3.26.12", "3.27.0", "3.27.1", "3.28.0", "3.28.1"],
  "v2.2.0": ["3.29.0"],
  "v2.2.1": ["3.29.1", "3.29.2", "3.29.3", "3.29.4"],
  "v2.2.2": ["3.29.5", "3.30.0", "3.30.1", "3.31.0", "3.31.1"],
  "v2.2.3": ["3.32.0", "3.32.1", "3.33.0", "3.33.1", "3.33.2"],
  "v2.2.4": ["3.33.3"],
  "v2.2.5": [
    "3.33.4",
    "3.33.5",
    "3.33.6",
    "3.33.7",
    "3.33.8",
    "3.34.0",
    "3.35.0",
    "3.35.1",
    "3.35.2",
    "3.35.3",
    "3.35.4",
  ],
  "v2.3.1": ["4.0.0", "4.0.1", "4.1.0", "4.2.0", "4.2.1"],
  "v2.3.2": ["4.2.2", "4.2.3", "4.2.4", "4.3.0"],
  "v2.3.3": [
    "4.3.1",
    "4.3.2",
    "4.4.0",
    "4.4.1",
    "4.5.0",
    "4.5.1",
    "4.5.2",
    "4.5.3",
    "4.5.4",
    "4.5.5",
    "4.5.6",
    "4.5.7",
    "4.5.8",
    "4.5.9",
    "4.5.10",
    "4.5.11",
    "4.5.12",
    "4.6.0",
    "4.6.1",
  ],
  "v2.3.4": ["4.6.2", "4.6.3", "4.6.4", "4.6.5", "4.7.0", "4.8.0", "4.8.1", "4.8.2", "4.8.3"],
  "v2.4.0": ["4.9.0", "4.9.1", "4.9.2", "4.9.3", "4.9.4"],
  "v2.4.2": ["4.9.5", "4.9.6", "4.9.7", "4.9.8"],
  "v2.4.3": ["4.9.9", "4.9.10", "4.9.11"],
  "v2.4.4": ["4.9.12"],
  "v2.4.6": ["4.9.13", "4.9.14"],
  "v2.4.7": ["4.9.15", "4.9.16", "4.10.0", "4.10.1", "4.10.2", "4.10.3"],
  "v2.4.8": ["4.10.4", "4.10.5"],
  "v2.4.9": ["4.10.6"],
  "v2.4.10": ["4.10.7", "4.10.8"],
  "v2.4.11": [
    "4.10.9",
    "5.0.0",
    "5.1.0",
    "5.2.0",
    "5.2.1",
    "5.2.2",
    "5.3.0",
    "5.3.1",
    "5.3.2",
    "5.3.3",
    "5.3.4",
    "5.3.5",
    "5.3.6",
    "5.4.0",
    "5.4.1",
    "5.4.2",
    "5.4.3",
  ],
  "v2.4.12": [
    "5.4.4",
    "5.4.5",
    "5.4.6",
    "5.4.7",
    "5.4.8",
    "5.5.0",
    "5.5.1",
    "5.5.2",
    "5.5.3",
    "5.5.4",
    "5.5.5",
    "5.5.6",
    "5.5.7",
  ],
  "v2.4.13": ["5.5.8", "5.5.9"],
  "v2.4.14": [
    "5.5.10",
    "5.5.11",
    "5.5.12",
    "5.5.13",
    "5.5.14",
    "5.5.15",
    "5.5.16",
    "5.5.17",
    "5.5.18",
    "5.5.19",
    "5.5.20",
    "5.5.21",
    "5.5.22",
    "5.5.23",
    "5.5.24",
    "5.5.25",
    "5.6.0",
  ],
  "v2.4.15": ["5.6.1", "5.6.2", "5.6.3", "5.6.4", "5.6.5", "5.6.6", "5.6.7", "5.6.8", "5.7.0"],
  "v2.5.0": [
    "5.8.0",
    "5.8.1",
    "5.8.2",
    "5.8.3",
    "5.8.4",
    "5.8.5",
    "5.8.6",
    "5.8.7",
    "5.9.0",
    "5.9.1",
    "5.10.0",
    "5.11.0",
    "5.12.0",
    "5.12.1",
    "5.12.2",
    "5.12.3",
    "5.13.0",
  ],
  "v2.5.1": ["5.13.1", "5.13.2", "5.13.3", "5.13.4", "5.13.5"],
  "v2.5.2": ["5.13.6", "5.13.7", "5.13.8", "5.13.9", "5.14.0", "5.14.1", "5.14.2"],
  "v2.5.3": ["5.14.3", "5.15.0", "5.15.1", "5.15.2", "5.16.0", "5.16.1"],
  "v2.5.4": ["5.16.2", "5.16.3", "5.16.4", "5.16.5", "5.16.6"],
  "v2.5.5": [
    "5.16.7",
    "5.16.8",
    "5.16.9",
    "5.16.10",
    "5.16.11",
    "5.16.12",
    "5.16.13",
    "5.16.14",
    "5.16.15",
    "5.17.0",
  ],
  "v2.5.6": ["5.17.1"],
  "v2.5.7": [
    "5.17.2",
    "5.17.4",
    "5.18.0",
    "5.18.1",
    "5.19.0",
    "5.19.1",
    "5.19.2",
    "5.19.3",
    "5.19.4",
    "5.19.5",
    "5.19.6",
  ],
  "v2.5.8": ["5.19.7", "5.19.8", "5.19.9", "5.19.10"],
  "v2.5.9": ["5.19.11", "5.19.12", "5.19.13"],
  "v2.5.10": ["5.19.14", "5.19.15"],
  "v2.6.0": ["5.20.0", "5.20.1", "5.20.2"],
  "v2.6.1": ["5.20.3", "5.20.4", "5.20.5", "5.21.0"],
  "v2.6.2": ["5.21.1", "5.22.0", "5.22.1", "5.23.0", "5.23.1", "5.23.2"],
  "v2.6.3": ["5.23.3", "5.23.4", "5.23.5", "5.24.0", "5.24.1"],
  "v2.6.4": ["5.24.2", "5.24.3", "5.24.4", "5.25.0", "5.26.0"],
  "v2.6.5": ["5.26.1", "5.26.2", "5.26.3", "5.27.0"],
  "v2.6.6": ["5.27.1"],
  "v2.6.7": ["5.27.2", "5.27.3", "5.27.4", "5.27.5", "5.28.0", "5.28.1", "5.28.2", "5.29.0", "5.29.1"],
  "v2.7.0": ["5.30.0", "5.30.1", "5.31.0"],
  "v2.7.1": ["5.31.1", "5.32.0", "5.32.1", "5.32.2", "5.33.0", "5.33.1"],
  "v2.7.2": ["5.33.2", "5.33.3", "5.33.4", "5.34.0", "5.34.1", "5.34.2", "5.34.3", "5.34.4"],
  "v2.7.3": ["5.34.5", "5.34.6", "5.35.0"],
  "v2.7.4": ["5.35.1", "5.36.0", "5.36.1"],
  "v2.7.5": ["5.36.2", "5.36.3", "5.36.4"],
  "v2.7.6": [
    "5.36.5",
    "5.36.6",
    "5.36.7",
    "5.36.9",
    "5.36.10",
    "5.36.11",
    "5.36.12",
    "5.36.13",
    "5.36.14",
    "5.36.15",
    "5.37.0",
  ],
  "v2.7.7": ["5.37.1", "5.38.0", "5.38.1", "5.39.0", "5.39.1", "5.40.0", "5.41.0"],
  "v2.7.8": ["5.41.1"],
  "v2.7.9": ["5.41.2", "5.42.0"],
  "v2.7.10": ["5.42.1", "5.42.2"],
  "v2.7.11": ["5.42.3"],
  "v2.8.0": ["5.43.0", "5.43.1", "5.43.2", "5.43.3", "5.43.4"],
  "v2.8.1": ["5.43.5"],
  "v2.8.2": ["5.43.6", "5.43.7", "5.43.8", "5.44.0", "5.45.0", "5.45.1", "5.45.2"],
  "v2.8.3": ["5.45.3", "5.45.4", "5.45.5", "5.46.0", "5.46.1", "5.46.2"],
  "v2.8.4": ["5.46.3", "5.46.4", "5.46.5", "5.46.6", "5.46.7", "5.46.8", "5.47.0"],
  "v2.8.5": ["5.48.0", "5.48.1", "5.49.0"],
  "v2.8.6": ["5.50.0", "5.50.1"],
  "v2.9.0": ["5.51.0", "5.51.1"],
  "v2.9.1": ["5.51.2", "5.51.3"],
  "v2.9.2": ["5.51.4", "5.51.5"],
  "v2.9.3": ["5.51.6", "5.52.0", "5.52.1", "5.52.2", "5.53.0"],
  "v2.9.4": ["5.53.1"],
  "v2.9.5": [
    "5.53.2",
    "5.53.3",
    "5.53.4",
    "5.53.5",
    "5.53.6",
    "5.53.7",
    "5.53.8",
    "5.53.9",
    "5.53.10",
    "5.53.11",
    "5.53.12",
  ],
  "v2.9.6": ["5.53.13", "5.53.14", "5.54.0"],
  "v2.10.0": [
    "5.55.0",
    "6.0.0",
    "6.0.1",
    "6.0.2",
    "6.0.3",
    "6.0.4",
    "6.0.5",
    "6.0.6",
    "6.0.7",
    "6.0.8",
    "6.0.9",
    "6.0.10",
    "6.0.11",
    "6.0.12",
    "6.0.13",
  ],
  "v2.10.1": [
    "6.0.14",
    "6.1.0",
    "6.2.0",
    "6.2.1",
    "6.2.2",
    "6.2.3",
    "6.2.4",
    "6.2.5",
    "6.3.0",
    "6.3.1",
    "6.4.0",
    "6.4.1",
    "6.5.0",
  ],
  "v2.10.2": ["6.5.1", "6.6.0", "6.7.0", "6.7.1"],
  "v2.10.3": ["6.7.2"],
  "v2.10.4": ["6.7.3"],
  "v2.10.5": ["6.7.4", "6.7.5", "6.7.6", "6.7.7", "6.7.8", "6.7.9"],
  "v2.10.6": ["6.7.10", "6.7.11"],
  "v2.10.7": ["6.7.12", "6.7.13", "6.7.14", "6.7.15"],
  "v2.10.8": ["6.7.16", "6.7.17"],
  "v2.10.9": ["6.7.18"],
  "v2.11.0": ["6.8.0", "6.8.1", "6.9.0", "6.9.1", "6.9.2", "6.9.3"],
  "v2.11.1": ["6.10.0", "6.10.1", "6.10.2", "6.11.0"],
  "v2.11.2": ["6.11.1", "7.0.0", "7.1.0", "7.1.1"],
  "v2.11.3": ["7.1.2", "7.1.3", "7.1.4", "7.1.5", "7.2.0", "7.2.1", "7.3.0", "7.3.1", "7.3.2", "7.3.3"],
  "v2.11.4": ["7.3.4", "7.3.5", "7.3.6"],
  "v2.11.5": ["7.3.7", "7.3.8", "7.3.9"],
  "v2.11.6": ["7.3.10"],
  "v2.11.7": ["7.3.11"],
  "v2.12.0": ["7.4.0", "7.4.1", "7.4.2", "7.4.3"],
  "v2.12.1": ["7.4.4"],
  "v2.12.2": ["7.4.5", "7.4.6"],
  "v2.12.3": ["7.4.7", "7.5.0", "7.5.1", "7.5.2", "7.6.0", "7.6.1", "7.6.2", "7.6.3", "7.6.4"],
  "v2.12.4": ["7.6.5", "7.6.6", "7.6.7", "7.6.8", "7.6.9", "7.6.10"],
  "v2.12.5": ["7.6.11"],
  "v2.12.6": ["7.6.12"],
  "v2.13.0": ["7.7.0", "7.7.1", "7.7.2", "7.7.3"],
  "v2.13.1": ["7.7.4", "7.7.5", "7.7.6", "7.7.7", "7.7.8", "7.7.9"],
  "v2.13.2": ["7.7.10", "7.7.11", "7.7.12"],
  "v2.13.3": ["7.7.13", "7.7.14", "7.7.15", "7.7.16", "7.7.17", "7.7.18", "7.7.19", "7.7.20", "7.7.21"],
  "v2.13.4": ["7.7.22", "7.7.23"],
  "v2.14.1": ["7.8.0"],
  "v2.14.2": ["7.8.1", "7.8.2", "7.8.3", "7.8.4", "7.8.5"],
  "v2.14.3": ["7.8.6", "7.8.7"],
  "v2.14.4": ["7.8.8", "7.8.9"],
  "v2.14.5": ["7.8.10", "7.8.11"],
  "v2.14.6": ["7.8.12"],
  "v2.14.7": ["7.8.13"],
  "v2.14.8": ["7.8.14", "7.8.15", "7.8.16", "7.8.17", "7.8.18", "7.8.19", "7.8.20", "7.8.21"],
  "v2.14.9": ["7.8.22", "7.8.23", "7.8.24"],
  "v2.14.10": ["7.8.25", "7.8.26", "7.8.27"],
  "v2.14.11": ["7.8.28", "7.9.0", "7.9.1"],
  "v3.0.0": ["8.0.0", "8.0.1"],
  "v3.0.1": ["8.0.2", "8.0.3", "8.0.4"],
  "v3.0.2": ["8.0.5", "8.0.6"],
  "v3.0.3": ["8.0.7", "8.0.8", "8.0.9", "8.0.10"],
  "v3.0.4": ["8.0.11", "8.0.12"],
  "v3.0.5": ["8.0.13", "8.0.14", "8.0.15", "8.0.16"],
  "v3.0.6": ["8.0.17", "8.1.0", "8.1.1", "8.1.2"],
  "v3.0.11": ["8.1.3", "8.1.4", "8.2.0", "8.2.1"],
  "v3.0.12": ["8.2.2", "8.2.3", "8.2.4", "8.2.5", "8.2.6", "8.2.7"],
  "v3.1.0": ["8.3.0"],
  "v3.1.1": ["8.3.1", "8.3.2", "8.3.3"],
  "v3.1.3": ["8.3.4"],
  "v3.1.4": ["8.3.5"],
  "v3.1.5": ["8.3.6", "8.3.7", "8.3.8", "8.3.9", "8.4.0", "8.4.1", "8.5.0", "8.5.1"],
  "v3.1.6": ["8.5.2", "8.5.3", "8.5.4"],
  "v3.1.7": ["8.5.5", "8.5.6", "8.5.7"],
  "v3.1.8": ["8.5.8", "8.5.9", "8.5.10", "8.6.0", "8.6.1", "8.6.2", "8.6.3", "8.6.4", "9.0.0"],
  "v3.1.9": ["9.0.1", "9.0.2", "9.0.3", "9.0.4", "9.0.5", "9.0.6"],
  "v3.2.0": ["9.1.0", "9.1.1", "9.1.2", "9.1.3", "9.1.4"],
  "v3.2.1": ["9.1.5", "9.1.6", "9.1.7", "9.1.8"],
  "v3.2.2": ["9.1.9", "9.1.10", "9.2.0"],
  "v3.2.3": ["9.2.1", "9.2.2", "9.2.3", "9.2.4", "9.3.0"],
  "v3.2.4": ["9.3.1", "9.3.2", "9.3.3"],
  "v3.2.5": ["9.3.4"],
  "v3.2.6": ["9.3.5", "9.3.6", "9.3.7"],
  "v3.3.0": ["9.4.0", "9.4.1", "9.4.2"],
  "v3.3.1": ["9.4.3"],
  "v3.3.2": ["9.4.4", "9.4.5", "9.4.6", "9.4.7", "9.4.8", "9.4.9"],
  "v3.3.3": ["9.4.10"],
  "v3.3.4": ["9.4.11", "9.4.12", "9.4.13", "9.4.14", "9.4.15"],
  "v3.3.5": ["9.4.16"],
  "v3.3.6": ["9.4.17", "9.4.18", "9.5.0", "9.5.1"],
  "v3.3.7": ["9.5.2"],
  "v3.3.8": ["9.5.3", "9.5.4", "9.5.5", "9.5.6", "9.5.7", "9.5.8", "9.5.9", "9.5.10"],
  "v3.3.9": ["9.5.11"],
  "v3.4.1": ["9.5.12", "9.5.13"],
  "v3.4.2": ["9.5.14", "9.5.15"],
  "v3.4.3": ["9.5.16", "9.5.17", "9.5.18", "9.5.19", "9.5.20", "9.5.21"],
  "v3.4.4": ["9.5.22", "9.6.0", "9.7.0", "9.7.1", "10.0.0", "10.0.1", "10.1.0", "10.1.1"],
};

const APP_VERSION_BY_CHART = new Map<string, string>(
  Object.entries(ARGO_CD_APP_VERSIONS).flatMap(([app, charts]) =>
    charts.map((c) => [c, app] as [string, string]),
  ),
);

export type ChartLookup<T> = { known: true; value: T } | { known: false; reason: string };

function unknownChart(chartVersion: string): { known: false; reason: string } {
  return {
    known: false,
    reason:
      `unknown argo-cd chart version ${JSON.stringify(chartVersion)}: the facts cover the released versions ` +
      `${Object.values(ARGO_CD_APP_VERSIONS)[0]![0]} to ${NEWEST_CHART_VERSION_READ} of ${ARGO_HELM_REPOSITORY}`,
  };
}

/** The ArgoCD version (`appVersion`, with a leading `v`) a chart version ships. */
export function argoCdAppVersion(chartVersion: string): ChartLookup<string> {
  const app = APP_VERSION_BY_CHART.get(chartVersion.trim());
  if (app === undefined) return unknownChart(chartVersion);
  return { known: true, value: app.startsWith("v") ? app : `v${app}` };
}

/** The first released chart version whose ArgoCD is at least `appVersion` (e.g. "v2.9.0" -> "5.51.0"). */
export function firstChartWithAppVersion(appVersion: string): string | undefined {
  const charts = [...APP_VERSION_BY_CHART]
    .filter(([, app]) => atLeast(app, appVersion))
    .map(([chart]) => chart);
  return charts.sort(compareVersions)[0];
}

/** The three components whose service accounts a link annotates. */
export type ArgoCdComponent = "controller" | "server" | "applicationSet";
export const ARGO_CD_COMPONENTS: readonly ArgoCdComponent[] = ["controller", "server", "applicationSet"];

/**
 * One behaviour of the chart and the first chart version that has it (it holds for every read
 * version from then on). `source` names the file at tag argo-cd-<since> that shows it.
 */
export interface ChartBehaviour {
  since: string;
  source: string;
  fact: string;
}

/** `values.yaml` defaults of `<component>.name` (the suffix of the component's resource names). */
export const COMPONENT_NAME_DEFAULTS: Readonly<Record<ArgoCdComponent, string>> = {
  controller: "application-controller",
  server: "server",
  applicationSet: "applicationset-controller",
};

/**
 * `values.yaml` default of `<component>.serviceAccount.name`, by first chart version. An empty
 * name makes the chart derive it (see chartServiceAccountName). `serviceAccount.create` defaults
 * to true and `serviceAccount.annotations` exists for all three from 4.0.0.
 */
export const SERVICE_ACCOUNT_NAME_DEFAULTS: Readonly<Record<ArgoCdComponent, readonly ChartBehaviour[]>> = {
  controller: [
    {
      since: "4.0.0",
      source: "charts/argo-cd/values.yaml",
      fact: "argocd-application-controller",
    },
  ],
  server: [{ since: "4.0.0", source: "charts/argo-cd/values.yaml", fact: "argocd-server" }],
  applicationSet: [
    { since: "4.0.0", source: "charts/argo-cd/values.yaml", fact: "" },
    { since: "5.19.2", source: "charts/argo-cd/values.yaml", fact: "argocd-applicationset-controller" },
  ],
};

/** The entry of a "since" list that applies to a chart version (lists are oldest first). */
function applicable<T extends { since: string }>(list: readonly T[], chartVersion: string): T | undefined {
  return [...list].reverse().find((b) => atLeast(chartVersion, b.since));
}

function readBehaviour<T>(chartVersion: string, pick: () => T | undefined): ChartLookup<T> {
  if (!APP_VERSION_BY_CHART.has(chartVersion.trim())) return unknownChart(chartVersion);
  if (!atLeast(chartVersion, BEHAVIOURS_READ_FROM)) {
    return {
      known: false,
      reason: `argo-cd chart ${chartVersion} is older than ${BEHAVIOURS_READ_FROM}: its templates were not read`,
    };
  }
  const value = pick();
  return value === undefined ? unknownChart(chartVersion) : { known: true, value };
}

/** The default of `<component>.serviceAccount.name` in a chart version's values.yaml ("" = derived). */
export function chartServiceAccountNameDefault(
  chartVersion: string,
  component: ArgoCdComponent,
): ChartLookup<string> {
  return readBehaviour(
    chartVersion,
    () => applicable(SERVICE_ACCOUNT_NAME_DEFAULTS[component], chartVersion)?.fact,
  );
}

/**
 * The service account name the chart renders for a component, as templates/_helpers.tpl computes
 * it with `serviceAccount.create: true` and no nameOverride / fullnameOverride / `<component>.name`
 * changes: the configured (or default) `serviceAccount.name` when not empty; otherwise
 * `<fullname>-<component.name>`, where `fullname` (templates/_common.tpl `argo-cd.fullname`) is the
 * release name when it contains "argocd" (values.yaml `nameOverride: argocd`) and
 * `<release>-argocd` when it does not, each cut to 63 characters without a trailing "-".
 */
export function chartServiceAccountName(
  chartVersion: string,
  component: ArgoCdComponent,
  releaseName: string,
  configuredName?: string,
): ChartLookup<string> {
  const fallback = chartServiceAccountNameDefault(chartVersion, component);
  if (!fallback.known) return fallback;
  const name = configuredName || fallback.value;
  if (name) return { known: true, value: name };
  const cut = (s: string) => s.slice(0, 63).replace(/-+$/, "");
  const fullname = cut(releaseName.includes("argocd") ? releaseName : `${releaseName}-argocd`);
  return { known: true, value: cut(`${fullname}-${COMPONENT_NAME_DEFAULTS[component]}`) };
}

/**
 * Values keys whose annotations the component's pod template renders, by first chart version:
 * `global.podAnnotations` merged (mergeOverwrite) with the component's own `podAnnotations`.
 */
export const POD_ANNOTATION_KEYS: Readonly<Record<ArgoCdComponent, readonly ChartBehaviour[]>> = {
  controller: [
    {
      since: "4.0.0",
      source: "charts/argo-cd/templates/argocd-application-controller/deployment.yaml",
      fact: "global.podAnnotations controller.podAnnotations",
    },
  ],
  server: [
    {
      since: "4.0.0",
      source: "charts/argo-cd/templates/argocd-server/deployment.yaml",
      fact: "global.podAnnotations server.podAnnotations",
    },
  ],
  applicationSet: [
    {
      since: "4.0.0",
      source: "charts/argo-cd/templates/argocd-applicationset/deployment.yaml",
      fact: "applicationSet.podAnnotations",
    },
    {
      since: "4.8.1",
      source: "charts/argo-cd/templates/argocd-applicationset/deployment.yaml",
      fact: "global.podAnnotations applicationSet.podAnnotations",
    },
  ],
};

/** The values keys (e.g. ["global.podAnnotations", "server.podAnnotations"]) a component's pods carry. */
export function podAnnotationValuesKeys(
  chartVersion: string,
  component: ArgoCdComponent,
): ChartLookup<string[]> {
  return readBehaviour(chartVersion, () =>
    applicable(POD_ANNOTATION_KEYS[component], chartVersion)?.fact.split(" "),
  );
}

/**
 * `checksum/<name>` annotations on each component's pod template, by first chart version: a change
 * to that ConfigMap's rendering restarts the pods; nothing else in the values does (annotating a
 * service account does not). `cm` is argocd-cm (rendered only while `configs.cm.create` is true),
 * `cmd-params` argocd-cmd-params-cm. The applicationset pods never carry `checksum/cm` (to 10.1.1).
 * The controller is a Deployment before 5.0.0 and a StatefulSet from 5.0.0
 * (templates/argocd-application-controller/statefulset.yaml).
 */
export const POD_TEMPLATE_CHECKSUMS: Readonly<Record<ArgoCdComponent, readonly ChartBehaviour[]>> = {
  controller: [
    {
      since: "4.0.0",
      source: "charts/argo-cd/templates/argocd-application-controller/deployment.yaml",
      fact: "",
    },
    {
      since: "5.5.0",
      source: "charts/argo-cd/templates/argocd-application-controller/statefulset.yaml",
      fact: "cmd-params",
    },
    {
      since: "5.45.4",
      source: "charts/argo-cd/templates/argocd-application-controller/statefulset.yaml",
      fact: "cm cmd-params",
    },
  ],
  server: [
    { since: "4.0.0", source: "charts/argo-cd/templates/argocd-server/deployment.yaml", fact: "" },
    { since: "5.5.0", source: "charts/argo-cd/templates/argocd-server/deployment.yaml", fact: "cmd-params" },
    {
      since: "5.53.10",
      source: "charts/argo-cd/templates/argocd-server/deployment.yaml",
      fact: "cm cmd-params",
    },
  ],
  applicationSet: [
    { since: "4.0.0", source: "charts/argo-cd/templates/argocd-applicationset/deployment.yaml", fact: "" },
    {
      since: "5.37.0",
      source: "charts/argo-cd/templates/argocd-applicationset/deployment.yaml",
      fact: "cmd-params",
    },
  ],
};

/** The `checksum/*` names (e.g. ["cm", "cmd-params"]) on a component's pod template. */
export function podTemplateChecksums(
  chartVersion: string,
  component: ArgoCdComponent,
): ChartLookup<string[]> {
  return readBehaviour(chartVersion, () => {
    const fact = applicable(POD_TEMPLATE_CHECKSUMS[component], chartVersion)?.fact;
    return fact === undefined ? undefined : fact.split(" ").filter(Boolean);
  });
}

/**
 * Values keys rendered into argocd-cm (templates/argocd-configs/argocd-cm.yaml), by first chart
 * version: `server.config` before 5.7.0; from 5.7.0 `configs.cm` (with `server.config` still
 * merged in, until 6.0.0 drops it).
 */
export const ARGOCD_CM_VALUES_KEYS: readonly ChartBehaviour[] = [
  { since: "4.0.0", source: "charts/argo-cd/templates/argocd-configs/argocd-cm.yaml", fact: "server.config" },
  {
    since: "5.7.0",
    source: "charts/argo-cd/templates/argocd-configs/argocd-cm.yaml",
    fact: "configs.cm server.config",
  },
  { since: "6.0.0", source: "charts/argo-cd/templates/argocd-configs/argocd-cm.yaml", fact: "configs.cm" },
];

/** The values keys whose entries a chart version renders into argocd-cm. */
export function argocdCmValuesKeys(chartVersion: string): ChartLookup<string[]> {
  return readBehaviour(chartVersion, () => applicable(ARGOCD_CM_VALUES_KEYS, chartVersion)?.fact.split(" "));
}

/**
 * The values key whose entries the chart writes as annotations on a component's service account
 * (`eks.amazonaws.com/role-arn` goes there). values.yaml has `<component>.serviceAccount.annotations`
 * and `serviceAccount.create: true` for all three components in every version from 4.0.0 to 10.1.1.
 */
export function serviceAccountAnnotationsValuesKey(
  chartVersion: string,
  component: ArgoCdComponent,
): ChartLookup<string> {
  return readBehaviour(chartVersion, () => `${component}.serviceAccount.annotations`);
}

/**
 * Whether the applicationset controller can be switched off with `applicationSet.enabled`, by first
 * chart version: templates/argocd-applicationset/deployment.yaml is wrapped in
 * `if .Values.applicationSet.enabled` (values.yaml default true) from 4.2.0 to 6.8.x; before and
 * from 6.9.0 the template has no such condition and the key is gone from values.yaml.
 */
export const APPLICATIONSET_ENABLED_KEY: readonly ChartBehaviour[] = [
  { since: "4.0.0", source: "charts/argo-cd/templates/argocd-applicationset/deployment.yaml", fact: "" },
  {
    since: "4.2.0",
    source: "charts/argo-cd/templates/argocd-applicationset/deployment.yaml",
    fact: "applicationSet.enabled",
  },
  { since: "6.9.0", source: "charts/argo-cd/templates/argocd-applicationset/deployment.yaml", fact: "" },
];

/** The values key that switches the applicationset controller off ("" when the chart has none). */
export function applicationSetEnabledKey(chartVersion: string): ChartLookup<string> {
  return readBehaviour(chartVersion, () => applicable(APPLICATIONSET_ENABLED_KEY, chartVersion)?.fact);
}

/** True when `version` is a released argo-cd chart version these facts cover. */
export function isKnownChartVersion(version: string): boolean {
  return parseVersion(version) !== undefined && APP_VERSION_BY_CHART.has(version.trim());
}
