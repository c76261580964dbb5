import { LineCounter, parseAllDocuments } from "yaml";
import { InvalidInputError, show, type FieldError } from "../core/errors.js";
import { oneLine } from "../core/text.js";
import {
  AWS_REGION,
  EKS_CLUSTER_NAME,
  PARSER_MESSAGE_MAX,
  hasControlCharacter,
  isMapping,
  kindOf,
  notText,
  readText,
  type TextRule,
} from "../core/validate.js";
import { ACCESS_LEVELS, METHODS, type LinkRequest } from "./types.js";

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_LABEL_WORDS = "lowercase letters, digits and '-', starting and ending with a letter or digit";

const ACCOUNT: TextRule = {
  max: 32,
  pattern: /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/,
  words:
    "a Leverage account folder name: lowercase letters and digits, words joined by single '-', starting with a letter",
};

const NAMESPACE: TextRule = {
  max: 63,
  pattern: DNS_LABEL,
  words: `a Kubernetes namespace (DNS-1123 label): ${DNS_LABEL_WORDS}`,
};

const HELM_RELEASE: TextRule = {
  max: 53,
  pattern: DNS_LABEL,
  words: `a Helm release name (DNS-1123 label): ${DNS_LABEL_WORDS}`,
};

/** Short enough to fit in IAM role and Kubernetes object names built from it. */
const ARGOCD_CLUSTER_NAME_MAX = 40;
/**
 * No `--`: names derived from a link add their kind after `--` (`__` in Terraform names), so that no
 * link name can produce another link's, a release's or its own suffixed names (link/names.ts).
 */
const ARGOCD_CLUSTER_NAME: TextRule = {
  max: ARGOCD_CLUSTER_NAME_MAX,
  pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/,
  words: `a DNS-1123 label without '--': lowercase letters and digits, words joined by single '-'`,
};

const LAYER_PATH: TextRule = {
  max: 200,
  pattern: /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/,
  words:
    "a repository-relative layer path such as apps-devstg/us-east-1/k8s-eks: names of letters, digits, '.', '_' and '-' separated by single '/', without a leading or trailing '/'",
};

const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_NAME_WORDS = "letters, digits, '-', '_' and '.', starting and ending with a letter or digit";
const LABEL_NAME_MAX = 63;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_SUBDOMAIN_MAX = 253;
/** ArgoCD manages labels under this prefix itself (e.g. the cluster secret type). */
const RESERVED_LABEL_PREFIX = "argocd.argoproj.io";

/** Caps on list sizes and input size, so hostile input cannot make the error report or the parse huge. */
const MAX_NAMESPACES = 100;
const MAX_LABELS = 64;
const MAX_REQUEST_CHARS = 64 * 1024;

const KEYS = [
  "source-account",
  "target-account",
  "target-region",
  "target-cluster",
  "method",
  "namespaces",
  "cluster-resources",
  "argocd-instance",
  "dedicated-instance",
  "access",
  "read-beyond-access",
  "argocd-cluster-name",
  "labels",
  "target-cluster-layer",
  "argocd-layer",
  "target-rbac-layer",
] as const;
type Key = (typeof KEYS)[number];

/**
 * Parses a link request written as YAML or JSON (JSON is YAML) and validates it.
 * Throws InvalidInputError listing every problem found.
 */
export function parseLinkRequestText(text: string, sourceName: string): LinkRequest {
  const what = `link request ${sourceName}`;
  if (text.length > MAX_REQUEST_CHARS) {
    throw new InvalidInputError(what, [
      {
        field: "(root)",
        value: `${text.length} characters`,
        message: `is too long; a link request may have at most ${MAX_REQUEST_CHARS} characters`,
      },
    ]);
  }
  const lineCounter = new LineCounter();
  // logLevel "error": warnings are collected in doc.warnings and reported below instead of printed.
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, logLevel: "error" });
  if (docs.length > 1) {
    throw new InvalidInputError(what, [
      {
        field: "(root)",
        value: `${docs.length} documents`,
        message: "must be a single YAML or JSON document; remove the '---' document separators",
      },
    ]);
  }
  const doc = docs[0];
  if (doc === undefined) return validateLinkRequest(null, sourceName);

  const syntaxErrors: FieldError[] = [...doc.errors, ...doc.warnings].map((problem) => {
    const { line, col } = lineCounter.linePos(problem.pos[0]);
    const lineText = text.slice(lineCounter.lineStarts[line - 1], lineCounter.lineStarts[line]);
    return {
      field: "(root)",
      value: show(lineText.replace(/\r?\n$/, "")),
      message: `is not valid YAML or JSON: ${oneLine(problem.message, PARSER_MESSAGE_MAX)} at line ${line}, column ${col}`,
    };
  });
  if (syntaxErrors.length > 0) throw new InvalidInputError(what, syntaxErrors);

  let value: unknown;
  try {
    value = doc.toJS();
  } catch (error) {
    // e.g. too many alias expansions (a "billion laughs" document).
    throw new InvalidInputError(what, [
      {
        field: "(root)",
        value: "the document",
        message: `cannot be read: ${oneLine(error instanceof Error ? error.message : String(error), PARSER_MESSAGE_MAX)}`,
      },
    ]);
  }
  return validateLinkRequest(value, sourceName);
}

/**
 * Validates a link request given as plain data (kebab-case keys, as in the request file).
 * Throws InvalidInputError listing every problem found.
 */
export function validateLinkRequest(input: unknown, sourceName?: string): LinkRequest {
  const what = sourceName === undefined ? "link request" : `link request ${sourceName}`;
  if (!isMapping(input)) {
    throw new InvalidInputError(what, [
      {
        field: "(root)",
        value: show(input),
        message: `must be a mapping of request keys to values, not ${kindOf(input)}; allowed keys are: ${KEYS.join(", ")}`,
      },
    ]);
  }

  const errors: FieldError[] = [];
  for (const key of Object.keys(input)) {
    if ((KEYS as readonly string[]).includes(key)) continue;
    const suggestion = closest(key, KEYS);
    errors.push({
      field: keyField(key),
      value: show(input[key]),
      message:
        (suggestion ? `unknown key; did you mean ${suggestion}? ` : "unknown key; ") +
        `allowed keys are: ${KEYS.join(", ")}`,
    });
  }

  // `key:` with nothing after it is YAML null: treat it as not given.
  const get = (key: Key): unknown => (Object.hasOwn(input, key) ? (input[key] ?? undefined) : undefined);
  const required = <T>(key: Key, allowed: string, read: (value: unknown) => T): T | undefined => {
    const value = get(key);
    if (value !== undefined) return read(value);
    errors.push({ field: key, value: show(undefined), message: `is required: ${allowed}` });
    return undefined;
  };
  const optional = <T>(key: Key, read: (value: unknown) => T): T | undefined => {
    const value = get(key);
    return value === undefined ? undefined : read(value);
  };
  const account = (key: Key) => (value: unknown) => {
    const name = readText(errors, key, value, ACCOUNT);
    if (name !== "config") return name;
    errors.push({
      field: key,
      value: show(value),
      message: "is the Leverage configuration folder, not an account; use an account folder name",
    });
    return undefined;
  };

  const sourceAccount = required("source-account", ACCOUNT.words, account("source-account"));
  const targetAccount = required("target-account", ACCOUNT.words, account("target-account"));
  const targetRegion = required("target-region", AWS_REGION.words, (v) =>
    readText(errors, "target-region", v, AWS_REGION),
  );
  const targetCluster = required("target-cluster", EKS_CLUSTER_NAME.words, (v) =>
    readText(errors, "target-cluster", v, EKS_CLUSTER_NAME),
  );
  const method = required("method", `one of: ${METHODS.join(", ")}`, (v) =>
    readChoice(errors, "method", v, METHODS),
  );
  // undefined when invalid, so the contradiction checks below only see valid namespaces.
  const namespaces = get("namespaces") === undefined ? [] : readNamespaces(errors, get("namespaces"));
  const clusterResources = optional("cluster-resources", (v) => readFlag(errors, "cluster-resources", v));
  const argocdInstance = optional("argocd-instance", (v) =>
    readText(errors, "argocd-instance", v, HELM_RELEASE),
  );
  const dedicatedInstance = optional("dedicated-instance", (v) => readFlag(errors, "dedicated-instance", v));
  const access = required("access", `one of: ${ACCESS_LEVELS.join(", ")}`, (v) =>
    readChoice(errors, "access", v, ACCESS_LEVELS),
  );
  const readBeyondAccess = optional("read-beyond-access", (v) => readFlag(errors, "read-beyond-access", v));
  const argocdClusterName =
    optional("argocd-cluster-name", (v) => readText(errors, "argocd-cluster-name", v, ARGOCD_CLUSTER_NAME)) ??
    (targetCluster === undefined ? undefined : defaultClusterName(targetCluster));
  const labels = optional("labels", (v) => readLabels(errors, v)) ?? {};
  const targetClusterLayer = optional("target-cluster-layer", (v) =>
    readLayerPath(errors, "target-cluster-layer", v),
  );
  const argocdLayer = optional("argocd-layer", (v) => readLayerPath(errors, "argocd-layer", v));
  const targetRbacLayer = optional("target-rbac-layer", (v) => readLayerPath(errors, "target-rbac-layer", v));

  // Judged on what was asked, not on the namespaces that are valid: an invalid namespace must not hide it.
  if (access === "cluster-admin" && (namespaces?.length ?? namesSomeNamespace(get("namespaces"))) > 0) {
    errors.push({
      field: "access",
      value: show(access),
      message:
        "cluster-admin is cluster-wide and cannot be limited to namespaces; use admin, edit or view with namespaces, or remove namespaces",
    });
  }
  if (readBeyondAccess === true && access === "cluster-admin") {
    errors.push({
      field: "read-beyond-access",
      value: show(get("read-beyond-access")),
      message: "only applies to admin, edit or view; cluster-admin already reads everything",
    });
  }
  if (clusterResources === true && namespaces?.length === 0) {
    errors.push({
      field: "cluster-resources",
      value: show(get("cluster-resources")),
      message:
        "only applies together with namespaces; without namespaces access is cluster-wide and already covers cluster resources",
    });
  }

  // Overrides stay in the account (and region) their step belongs to: a step's account decides
  // where it is reviewed and applied, so a layer from elsewhere would mislead both.
  const within: [string, string | undefined, string | undefined][] = [
    ["argocd-layer", argocdLayer, sourceAccount && `${sourceAccount}/`],
    [
      "target-cluster-layer",
      targetClusterLayer,
      targetAccount && targetRegion && `${targetAccount}/${targetRegion}/`,
    ],
    [
      "target-rbac-layer",
      targetRbacLayer,
      targetAccount && targetRegion && `${targetAccount}/${targetRegion}/`,
    ],
  ];
  for (const [field, path, prefix] of within) {
    if (path !== undefined && prefix !== undefined && !path.startsWith(prefix)) {
      errors.push({ field, value: show(path), message: `must be a layer under ${prefix}` });
    }
  }

  if (errors.length > 0) throw new InvalidInputError(what, errors);
  // No error was recorded, so every required field was read successfully.
  return {
    sourceAccount,
    targetAccount,
    targetRegion,
    targetCluster,
    method,
    namespaces,
    clusterResources: clusterResources ?? false,
    ...(argocdInstance !== undefined && { argocdInstance }),
    dedicatedInstance: dedicatedInstance ?? false,
    access,
    readBeyondAccess: readBeyondAccess ?? false,
    argocdClusterName,
    labels,
    ...(targetClusterLayer !== undefined && { targetClusterLayer }),
    ...(argocdLayer !== undefined && { argocdLayer }),
    ...(targetRbacLayer !== undefined && { targetRbacLayer }),
  } as LinkRequest;
}

/**
 * The ArgoCD cluster name used when the request gives none: `target-cluster` turned into a
 * DNS-1123 label of at most 40 characters that starts with a letter.
 */
export function defaultClusterName(targetCluster: string): string {
  let name = trimDashes(targetCluster.toLowerCase().replace(/[^a-z0-9]+/g, "-"));
  if (!/^[a-z]/.test(name)) name = `c-${name}`;
  return trimDashes(name.slice(0, ARGOCD_CLUSTER_NAME_MAX));
}

function trimDashes(text: string): string {
  return text.replace(/^-+|-+$/g, "");
}

/** A key as written by the user, quoted when it is not plain so it cannot garble the report. */
function keyField(key: string): string {
  return /^[A-Za-z0-9_.-]{1,64}$/.test(key) ? key : show(key);
}

function readChoice<T extends string>(
  errors: FieldError[],
  field: string,
  value: unknown,
  choices: readonly T[],
): T | undefined {
  if (typeof value === "string" && (choices as readonly string[]).includes(value)) return value as T;
  const suggestion = typeof value === "string" ? closest(value, choices) : undefined;
  errors.push({
    field,
    value: show(value),
    message: (suggestion ? `did you mean ${suggestion}? ` : "") + `must be one of: ${choices.join(", ")}`,
  });
  return undefined;
}

/** YAML booleans, plus "true"/"false" because workflow_dispatch inputs arrive as strings. */
function readFlag(errors: FieldError[], field: string, value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "false") return value === "true";
  errors.push({ field, value: show(value), message: "must be true or false" });
  return undefined;
}

/** How many namespaces a raw value names (0 for none or for a value of the wrong kind). */
function namesSomeNamespace(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (typeof value === "string") return value.split(",").filter((item) => item.trim() !== "").length;
  return 0;
}

/** A list of namespaces, or one comma-separated string (as a workflow_dispatch input sends it). */
function readNamespaces(errors: FieldError[], value: unknown): string[] | undefined {
  const field = "namespaces";
  let items: unknown[];
  if (typeof value === "string") {
    if (hasControlCharacter(value)) {
      errors.push({
        field,
        value: show(value),
        message: "must not contain control characters or line breaks",
      });
      return undefined;
    }
    if (value.length > MAX_NAMESPACES * (NAMESPACE.max + 1)) {
      errors.push({
        field,
        value: show(value),
        message: `is too long; at most ${MAX_NAMESPACES} namespaces`,
      });
      return undefined;
    }
    // An unset workflow_dispatch input is an empty string: no namespaces.
    items = value.trim() === "" ? [] : value.split(",").map((item) => item.trim());
  } else if (Array.isArray(value)) {
    items = value;
  } else {
    errors.push({
      field,
      value: show(value),
      message: `must be a list of namespaces or one comma-separated string of namespaces, not ${kindOf(value)}`,
    });
    return undefined;
  }
  if (items.length > MAX_NAMESPACES) {
    errors.push({
      field,
      value: `${items.length} namespaces`,
      message: `has too many namespaces; at most ${MAX_NAMESPACES} are allowed`,
    });
    return undefined;
  }

  const firstIndex = new Map<string, number>();
  let valid = true;
  items.forEach((item, index) => {
    const itemField = `${field}[${index}]`;
    const namespace = readText(errors, itemField, item, NAMESPACE);
    if (namespace === undefined) {
      valid = false;
      return;
    }
    const first = firstIndex.get(namespace);
    if (first === undefined) {
      firstIndex.set(namespace, index);
      return;
    }
    valid = false;
    errors.push({ field: itemField, value: show(item), message: `is a duplicate of ${field}[${first}]` });
  });
  return valid ? [...firstIndex.keys()].sort() : undefined;
}

function readLabels(errors: FieldError[], value: unknown): Record<string, string> | undefined {
  if (!isMapping(value)) {
    errors.push({
      field: "labels",
      value: show(value),
      message: `must be a mapping of label keys to string values, not ${kindOf(value)}`,
    });
    return undefined;
  }
  const entries = Object.entries(value);
  if (entries.length > MAX_LABELS) {
    errors.push({
      field: "labels",
      value: `${entries.length} labels`,
      message: `has too many labels; at most ${MAX_LABELS} are allowed`,
    });
    return undefined;
  }
  const labels: [string, string][] = [];
  for (const [key, labelValue] of entries) {
    const field = `labels.${show(key)}`;
    const keyOk = checkLabelKey(errors, field, key);
    const text = readLabelValue(errors, field, labelValue);
    if (keyOk && text !== undefined) labels.push([key, text]);
  }
  if (labels.length < entries.length) return undefined;
  return Object.fromEntries(labels.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Kubernetes label key rules: `[prefix/]name`, prefix a DNS-1123 subdomain. */
function checkLabelKey(errors: FieldError[], field: string, key: string): boolean {
  const fail = (message: string) => {
    errors.push({ field, value: show(key), message: `label key ${message}` });
    return false;
  };
  if (hasControlCharacter(key)) return fail("must not contain control characters or line breaks");
  if (key.length > DNS_SUBDOMAIN_MAX + 1 + LABEL_NAME_MAX) {
    return fail(`is ${key.length} characters long; at most ${DNS_SUBDOMAIN_MAX + 1 + LABEL_NAME_MAX}`);
  }
  const parts = key.split("/");
  if (parts.length > 2) return fail("may contain at most one '/' (between prefix and name)");
  const name = parts.pop() ?? "";
  const prefix = parts.pop();
  if (prefix !== undefined) {
    if (prefix.length > DNS_SUBDOMAIN_MAX) {
      return fail(`prefix is ${prefix.length} characters long; at most ${DNS_SUBDOMAIN_MAX} are allowed`);
    }
    if (!DNS_SUBDOMAIN.test(prefix)) {
      return fail(
        `prefix must be a DNS-1123 subdomain: dot-separated parts of ${DNS_LABEL_WORDS} (at most ${DNS_SUBDOMAIN_MAX} characters)`,
      );
    }
    if (prefix === RESERVED_LABEL_PREFIX) {
      return fail(`prefix ${RESERVED_LABEL_PREFIX}/ is reserved by ArgoCD; use another prefix`);
    }
  }
  if (name.length > LABEL_NAME_MAX) {
    return fail(`name is ${name.length} characters long; at most ${LABEL_NAME_MAX} are allowed`);
  }
  if (!LABEL_NAME.test(name)) {
    return fail(`name must be ${LABEL_NAME_WORDS} (at most ${LABEL_NAME_MAX} characters)`);
  }
  return true;
}

function readLabelValue(errors: FieldError[], field: string, value: unknown): string | undefined {
  const fail = (message: string) => {
    errors.push({ field, value: show(value), message: `label value ${message}` });
    return undefined;
  };
  if (value === null) return fail('must be a string; write "" for an empty value');
  if (typeof value !== "string") return fail(notText(value));
  if (hasControlCharacter(value)) return fail("must not contain control characters or line breaks");
  if (value.length > LABEL_NAME_MAX) {
    return fail(`is ${value.length} characters long; at most ${LABEL_NAME_MAX} are allowed`);
  }
  if (value !== "" && !LABEL_NAME.test(value)) {
    return fail(`must be empty or ${LABEL_NAME_WORDS} (at most ${LABEL_NAME_MAX} characters)`);
  }
  return value;
}

function readLayerPath(errors: FieldError[], field: string, value: unknown): string | undefined {
  const path = readText(errors, field, value, LAYER_PATH);
  if (path === undefined) return undefined;
  // The pattern allows "." and ".." as names; they would escape or alias layer folders.
  if (path.split("/").some((segment) => segment === "." || segment === "..")) {
    errors.push({ field, value: show(value), message: "must not contain '.' or '..' path segments" });
    return undefined;
  }
  return path;
}

/** The allowed word closest to `word` (also matching camelCase or snake_case spellings), if close enough. */
function closest(word: string, choices: readonly string[]): string | undefined {
  if (word.length > 64) return undefined;
  const normalized = word
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/[_\s]+/g, "-")
    .toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const choice of choices) {
    const distance = editDistance(normalized, choice);
    if (distance < bestDistance && distance <= Math.min(3, Math.floor(choice.length / 3))) {
      best = choice;
      bestDistance = distance;
    }
  }
  return best;
}

/** Edit distance counting an insertion, deletion, substitution or swap of neighbours as one edit. */
function editDistance(a: string, b: string): number {
  // rows[i][j]: distance between the first i characters of a and the first j of b.
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] ?? [];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
        at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(at(i, j), at(i - 2, j - 2) + 1);
      }
    }
  }
  return at(a.length, b.length);
}
