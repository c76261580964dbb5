#!/usr/bin/env node
// argocd-cluster-link source-sha256: 18ead8e9a0e31b953647547d527d67703b85f06b93351157eaa0bcb06b4eb1ce
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2957:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6563);

const code = await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6563:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: HELP

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/core/text.ts
// Text from outside (requests, AWS messages, token claims, parser messages) made safe to print:
// one function each for invisible characters, one-line flattening and truncation, shared by the
// Markdown reports, the CLI's errors and the Action's failure message.
/**
 * Characters that print nothing or change how the text around them reads: control characters
 * (C0, DEL, C1), the bidirectional marks, embeddings, overrides and isolates (Trojan Source), and the
 * zero-width space, non-joiner, word joiner, Mongolian vowel separator and byte-order mark. The
 * zero-width joiner (U+200D) is kept: emoji sequences need it and it cannot reorder text.
 */
const INVISIBLE = /[\p{Cc}\u061C\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/gu;
const INVISIBLE_EXCEPT_LAYOUT = new RegExp(`(?![\n\t])${INVISIBLE.source}`, "gu");
/** Runs of line breaks (every one Unicode and YAML know) and tabs. */
const BREAKS_AND_TABS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
/** Shown in place of an invisible character, as the status comment has always shown them. */
const REPLACEMENT = "\uFFFD";
/**
 * Replaces every invisible character (see above) with U+FFFD so it shows instead of acting.
 * With `keepNewlines`, `\n` and tabs stay (for multi-line messages and logs); `\r\n`, lone `\r`, U+2028
 * and U+2029 become `\n` first.
 */
function replaceInvisible(text, options = {}) {
    if (!options.keepNewlines)
        return text.replace(INVISIBLE, REPLACEMENT);
    return text.replace(/\r\n?|[\u2028\u2029]/g, "\n").replace(INVISIBLE_EXCEPT_LAYOUT, REPLACEMENT);
}
/**
 * Outside text as one printable line of at most `max` UTF-16 units: runs of line breaks and tabs
 * become one space, other invisible characters U+FFFD, ends are trimmed, and longer text is
 * cut at a grapheme boundary and ends with "...".
 */
function oneLine(text, max) {
    return truncate(replaceInvisible(text.replace(BREAKS_AND_TABS, " ")).trim(), max);
}
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
/**
 * `text` if it has at most `max` UTF-16 units, else its longest prefix of whole graphemes (never half
 * a surrogate pair or an emoji sequence) that fits with the `ellipsis` after it.
 */
function truncate(text, max, ellipsis = "...") {
    if (text.length <= max)
        return text;
    const room = max - ellipsis.length;
    let end = 0;
    for (const { index, segment } of graphemes.segment(text)) {
        if (index + segment.length > room)
            break;
        end = index + segment.length;
    }
    return `${text.slice(0, end)}${ellipsis}`;
}

;// CONCATENATED MODULE: ./src/core/errors.ts

/** Exit code 2: the request (or the facts given with it) is invalid. Carries every problem found. */
class InvalidInputError extends Error {
    what;
    errors;
    exitCode = 2;
    constructor(what, errors) {
        super(`${what} is invalid:\n${errors.map((e) => `  - ${e.field}: ${e.message} (got ${e.value})`).join("\n")}`);
        this.what = what;
        this.errors = errors;
        this.name = "InvalidInputError";
    }
}
/** Exit code 3: the repository layout is not understood, or a file cannot be edited safely. */
class LayoutError extends Error {
    exitCode = 3;
    constructor(message) {
        super(message);
        this.name = "LayoutError";
    }
}
/** Renders any value as a short one-line string for an error message. */
function show(value) {
    if (value === undefined)
        return "nothing";
    let text;
    try {
        text = typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
    }
    catch {
        // JSON.stringify fails on cycles, BigInt and values nested deeper than the stack; String() may too.
        try {
            text = String(value);
        }
        catch {
            text = typeof value === "object" ? "(a value too deeply nested to show)" : typeof value;
        }
    }
    return truncate(text, 80);
}

;// CONCATENATED MODULE: ./src/core/version.ts
/** The product version, kept in step with package.json by a unit test. */
const VERSION = "0.1.0";

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/core/validate.ts
// The validation kit shared by every parser of outside input (requests, issue forms, cluster facts,
// AWS answers): text rules, the plain-mapping test and the wording of "not the right kind" errors.

/** AWS region names: request fields and cluster facts check them alike. */
const AWS_REGION = {
    max: 25,
    pattern: /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$/,
    words: "an AWS region such as us-east-1, eu-central-2 or us-gov-west-1",
};
/** EKS cluster names: request fields and cluster facts check them alike. */
const EKS_CLUSTER_NAME = {
    max: 100,
    pattern: /^[0-9A-Za-z][A-Za-z0-9_-]*$/,
    words: "an EKS cluster name: letters, digits, '-' and '_', starting with a letter or digit",
};
/** Parser messages (YAML, JSON) quoted in reports are cut to this many characters. */
const PARSER_MESSAGE_MAX = 120;
/**
 * A plain mapping as JSON or untagged YAML gives it. Not a list, and not what YAML tags make of a
 * document (`!!set` a Set, `!!omap` a Map, `!!timestamp` a Date, `!!binary` bytes): reading those as
 * mappings would silently drop their content.
 */
function isMapping(value) {
    if (typeof value !== "object" || value === null || Array.isArray(value))
        return false;
    const prototype = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null;
}
/** What a value is, in words for "must be ..., not ..." messages; names the YAML tag that made it. */
function kindOf(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "a list";
    if (value instanceof Set)
        return "a YAML !!set (tagged collections are not allowed)";
    if (value instanceof Map)
        return "a YAML !!omap or !!pairs (tagged collections are not allowed)";
    if (value instanceof Date)
        return "a YAML !!timestamp (quote the value to give text)";
    if (value instanceof Uint8Array)
        return "a YAML !!binary (tagged values are not allowed)";
    if (isMapping(value))
        return "a mapping";
    if (typeof value === "object")
        return "a tagged YAML value (tags are not allowed)";
    if (typeof value === "number" || typeof value === "boolean")
        return `the ${typeof value} ${String(value)}`;
    return typeof value === "string" ? "a string" : typeof value;
}
/** Control characters and line breaks have no place in any outside value. */
function hasControlCharacter(text) {
    return /[\p{Cc}\u2028\u2029]/u.test(text);
}
/** The shape of a non-string value, for "must be a string" messages. */
function notText(value) {
    if (typeof value === "number" || typeof value === "boolean") {
        return `must be a string, not the ${typeof value} ${String(value)}; quote it ("${String(value)}")`;
    }
    if (Array.isArray(value))
        return "must be a single string, not a list";
    return `must be a string, not ${typeof value === "object" ? kindOf(value) : typeof value}`;
}
/**
 * Reads a string, checked in order: type, control characters, length, pattern.
 * Records a FieldError and returns undefined when the value is not allowed.
 */
function readText(errors, field, value, rule) {
    const fail = (message) => {
        errors.push({ field, value: show(value), message });
        return undefined;
    };
    if (typeof value !== "string")
        return fail(`${notText(value)}; expected ${rule.words}`);
    if (hasControlCharacter(value))
        return fail(`must not contain control characters or line breaks`);
    if (value.length > rule.max) {
        return fail(`is ${value.length} characters long; at most ${rule.max} are allowed for ${rule.words}`);
    }
    if (!rule.pattern.test(value))
        return fail(`must be ${rule.words} (at most ${rule.max} characters)`);
    return value;
}

;// CONCATENATED MODULE: ./src/facts/parse.ts




const AUTHENTICATION_MODES = ["CONFIG_MAP", "API_AND_CONFIG_MAP", "API"];
/** describe-cluster output is a few kilobytes; anything far larger is not one. */
const MAX_FACTS_CHARS = 256 * 1024;
/** describe-cluster output nests about 6 levels deep; far deeper JSON would only exhaust the stack of what reads it. */
const MAX_FACTS_DEPTH = 32;
/** Built from the request's region and cluster-name patterns (anchors dropped) so both agree. */
const CLUSTER_ARN = {
    max: 256,
    pattern: new RegExp(`^arn:aws[a-z-]*:eks:${AWS_REGION.pattern.source.slice(1, -1)}:[0-9]{12}:cluster/${EKS_CLUSTER_NAME.pattern.source.slice(1, -1)}$`),
    words: "an EKS cluster ARN: arn:aws:eks:<region>:<12-digit account id>:cluster/<name>",
};
const STATUS = { max: 32, pattern: /^[A-Z_]+$/, words: "an EKS cluster status such as ACTIVE" };
const parse_VERSION = {
    max: 16,
    pattern: /^[0-9]+\.[0-9]+$/,
    words: "a Kubernetes version such as 1.31",
};
const VPC_ID = { max: 32, pattern: /^vpc-[0-9a-f]+$/, words: "a VPC id such as vpc-0abc123" };
const HTTPS_URL = { max: 2048, pattern: /^https:\/\//, words: "an https:// URL" };
const BASE64 = {
    max: 64 * 1024,
    pattern: /^[A-Za-z0-9+/]+={0,2}$/,
    words: "base64 (one line) of a PEM certificate",
};
/**
 * Parses the JSON printed by `aws eks describe-cluster`: `{"cluster": {...}}`.
 * Throws InvalidInputError listing every problem found.
 */
function parseClusterFactsText(text, sourceName) {
    const what = `cluster facts ${sourceName}`;
    const rootError = (value, message) => new InvalidInputError(what, [{ field: "(root)", value, message }]);
    if (text.length > MAX_FACTS_CHARS) {
        throw rootError(`${text.length} characters`, `is too long for describe-cluster output; at most ${MAX_FACTS_CHARS}`);
    }
    const depth = jsonDepth(text, MAX_FACTS_DEPTH);
    if (depth > MAX_FACTS_DEPTH) {
        throw rootError(`more than ${MAX_FACTS_DEPTH} levels of nesting`, `is nested too deeply for describe-cluster output; at most ${MAX_FACTS_DEPTH} levels of objects and arrays`);
    }
    let output;
    try {
        output = JSON.parse(text);
    }
    catch (error) {
        throw rootError(show(text), `is not valid JSON: ${oneLine(error.message, PARSER_MESSAGE_MAX)}`);
    }
    // Other top-level fields are ignored like unknown cluster fields: AWS may add them.
    if (!isMapping(output) || !isMapping(output.cluster)) {
        throw rootError(show(output), 'must be the output of aws eks describe-cluster: a JSON object {"cluster": {...}}');
    }
    return clusterFactsFromDescribe(output.cluster, sourceName);
}
/**
 * Validates the `cluster` object of a describe-cluster response (AWS CLI JSON or EKS SDK output).
 * Unknown fields are ignored. Throws InvalidInputError listing every problem found.
 */
function clusterFactsFromDescribe(cluster, sourceName) {
    const what = `cluster facts ${sourceName}`;
    if (!isMapping(cluster)) {
        throw new InvalidInputError(what, [
            { field: "cluster", value: show(cluster), message: "must be the JSON object describing the cluster" },
        ]);
    }
    const errors = [];
    const optional = (field, value, rule) => value === undefined || value === null ? undefined : readText(errors, `cluster.${field}`, value, rule);
    const required = (field, value, rule) => {
        if (value !== undefined && value !== null)
            return readText(errors, `cluster.${field}`, value, rule);
        errors.push({ field: `cluster.${field}`, value: show(value), message: `is required: ${rule.words}` });
        return undefined;
    };
    const object = (field, value) => {
        if (value === undefined || value === null || isMapping(value))
            return value ?? undefined;
        errors.push({ field: `cluster.${field}`, value: show(value), message: "must be a JSON object" });
        return undefined;
    };
    const flag = (field, value) => {
        if (value === undefined || value === null || typeof value === "boolean")
            return value ?? undefined;
        errors.push({ field: `cluster.${field}`, value: show(value), message: "must be true or false" });
        return undefined;
    };
    const name = required("name", cluster.name, EKS_CLUSTER_NAME);
    const arn = required("arn", cluster.arn, CLUSTER_ARN);
    // The pattern above guarantees six ':'-separated parts with the name after "cluster/".
    const [, , , region = "", accountId = "", resource = ""] = arn?.split(":") ?? [];
    const arnName = resource.slice("cluster/".length);
    if (arn !== undefined && name !== undefined && arnName !== name) {
        errors.push({
            field: "cluster.arn",
            value: show(arn),
            message: `names cluster ${show(arnName)} but cluster.name is ${show(name)}; they must be the same cluster`,
        });
    }
    const version = optional("version", cluster.version, parse_VERSION);
    const status = required("status", cluster.status, STATUS);
    if (status !== undefined && status !== "ACTIVE") {
        errors.push({
            field: "cluster.status",
            value: show(status),
            message: `the cluster is ${status}, not ACTIVE; retry when it is ACTIVE`,
        });
    }
    const endpoint = required("endpoint", cluster.endpoint, HTTPS_URL);
    if (endpoint !== undefined)
        checkHttpsUrl(errors, "cluster.endpoint", endpoint, { path: false });
    const certificateAuthority = object("certificateAuthority", cluster.certificateAuthority);
    const caData = required("certificateAuthority.data", certificateAuthority?.data, BASE64);
    const ca = caData === undefined ? undefined : readCertificate(errors, "cluster.certificateAuthority.data", caData);
    const oidc = object("identity.oidc", object("identity", cluster.identity)?.oidc);
    const oidcIssuer = optional("identity.oidc.issuer", oidc?.issuer, HTTPS_URL);
    if (oidcIssuer !== undefined) {
        checkHttpsUrl(errors, "cluster.identity.oidc.issuer", oidcIssuer, { path: true });
    }
    // EKS clusters created before access entries existed report no accessConfig: they use the aws-auth ConfigMap.
    const mode = object("accessConfig", cluster.accessConfig)?.authenticationMode ?? "CONFIG_MAP";
    const authenticationMode = AUTHENTICATION_MODES.find((allowed) => allowed === mode);
    if (authenticationMode === undefined) {
        errors.push({
            field: "cluster.accessConfig.authenticationMode",
            value: show(mode),
            message: `must be one of: ${AUTHENTICATION_MODES.join(", ")}`,
        });
    }
    const vpcConfig = object("resourcesVpcConfig", cluster.resourcesVpcConfig);
    const vpcId = optional("resourcesVpcConfig.vpcId", vpcConfig?.vpcId, VPC_ID);
    const endpointPublicAccess = flag("resourcesVpcConfig.endpointPublicAccess", vpcConfig?.endpointPublicAccess);
    const endpointPrivateAccess = flag("resourcesVpcConfig.endpointPrivateAccess", vpcConfig?.endpointPrivateAccess);
    if (errors.length > 0)
        throw new InvalidInputError(what, errors);
    // No error was recorded, so every required field was read successfully.
    return {
        name,
        arn,
        accountId,
        region,
        ...(version !== undefined && { version }),
        status,
        endpoint,
        caData,
        ca,
        ...(oidcIssuer !== undefined && { oidcIssuer }),
        authenticationMode,
        ...(endpointPublicAccess !== undefined && { endpointPublicAccess }),
        ...(endpointPrivateAccess !== undefined && { endpointPrivateAccess }),
        ...(vpcId !== undefined && { vpcId }),
    };
}
/** Problems when the facts describe another cluster than the request names. */
function checkFactsMatchRequest(facts, req) {
    const errors = [];
    if (facts.name !== req.targetCluster) {
        errors.push({
            field: "target-cluster",
            value: show(req.targetCluster),
            message: `does not match the cluster facts, which describe cluster ${show(facts.name)}`,
        });
    }
    if (facts.region !== req.targetRegion) {
        errors.push({
            field: "target-region",
            value: show(req.targetRegion),
            message: `does not match the cluster facts, whose cluster is in ${show(facts.region)}`,
        });
    }
    return errors;
}
/**
 * How deeply JSON text nests objects and arrays (brackets inside strings do not count), read in one
 * pass without parsing; stops counting once past `limit`. Malformed text is left to JSON.parse.
 */
function jsonDepth(text, limit) {
    let depth = 0;
    let deepest = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (inString) {
            if (char === "\\")
                i++;
            else if (char === '"')
                inString = false;
        }
        else if (char === '"')
            inString = true;
        else if (char === "{" || char === "[") {
            depth++;
            if (depth > deepest)
                deepest = depth;
            if (deepest > limit)
                return deepest;
        }
        else if (char === "}" || char === "]")
            depth--;
    }
    return deepest;
}
/** An https URL with a plain host name and no credentials, query or fragment; a path only when allowed. */
function checkHttpsUrl(errors, field, url, allow) {
    const fail = (message) => errors.push({ field, value: show(url), message });
    const rest = url.slice("https://".length);
    const authority = rest.split(/[/?#]/, 1)[0] ?? "";
    if (!URL.canParse(url))
        fail("must be an https:// URL");
    else if (authority.includes("@"))
        fail("must not contain credentials");
    else if (!/^[A-Za-z0-9.-]+(:[0-9]{1,5})?$/.test(authority)) {
        fail("must have a host name of letters, digits, '.' and '-' (and an optional port)");
    }
    else if (/[?#]/.test(rest))
        fail("must not have a query or fragment");
    else if (!allow.path && rest !== authority)
        fail("must not have a path; expected https://<host>");
}
/** Checks that base64 text decodes to a PEM certificate that Node accepts, and describes it. */
function readCertificate(errors, field, data) {
    const fail = (message) => {
        errors.push({ field, value: show(data), message });
        return undefined;
    };
    if (data.length % 4 !== 0)
        return fail("is not valid base64: its length is not a multiple of 4");
    const pem = Buffer.from(data, "base64").toString("latin1");
    if (!/^\s*-----BEGIN CERTIFICATE-----\r?\n/.test(pem) || !pem.includes("-----END CERTIFICATE-----")) {
        return fail("must be base64 of a PEM certificate (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----)");
    }
    let certificate;
    try {
        certificate = new external_node_crypto_namespaceObject.X509Certificate(pem);
    }
    catch {
        return fail("holds a PEM block that is not a valid X.509 certificate");
    }
    const notAfter = new Date(certificate.validTo);
    if (Number.isNaN(notAfter.getTime()))
        return fail("holds a certificate whose expiry date cannot be read");
    return {
        // Node separates the subject's parts with newlines; one line reads better in reports.
        subject: certificate.subject.split("\n").join(", "),
        notAfter: notAfter.toISOString(),
        fingerprint256: certificate.fingerprint256,
    };
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/git/local-branches.ts
// Writes each step of a plan as a commit on its own local branch, with git plumbing only: the work
// tree, the index and the checked-out branch are never touched. A rerun with the same plan makes
// no new commit; a changed plan adds a commit on top of the branch (keeping commits made there).





class LocalGit {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    git(args, input, env) {
        return (0,external_node_child_process_namespaceObject.execFileSync)("git", args, {
            cwd: this.dir,
            input,
            env: { ...process.env, ...env },
            encoding: "utf8",
            stdio: ["pipe", "pipe", "pipe"],
        }).trim();
    }
    /**
     * A committer identity for machines where git has none (CI, fresh containers). `git var` fails
     * exactly when git would refuse to commit; it honours GIT_AUTHOR_* / GIT_COMMITTER_* and the config.
     */
    identity() {
        try {
            this.git(["var", "GIT_AUTHOR_IDENT"]);
            this.git(["var", "GIT_COMMITTER_IDENT"]);
            return {};
        }
        catch {
            const name = "argocd-cluster-link";
            const email = "argocd-cluster-link@users.noreply.github.com";
            return {
                GIT_AUTHOR_NAME: name,
                GIT_AUTHOR_EMAIL: email,
                GIT_COMMITTER_NAME: name,
                GIT_COMMITTER_EMAIL: email,
            };
        }
    }
    isRepository() {
        try {
            return this.git(["rev-parse", "--is-inside-work-tree"]) === "true";
        }
        catch {
            return false;
        }
    }
    isClean() {
        return this.git(["status", "--porcelain"]) === "";
    }
    resolve(ref) {
        try {
            return this.git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
        }
        catch {
            return undefined;
        }
    }
    /** Commits `step` on `branch`, starting from `base` when the branch does not exist yet. */
    writeStep(branch, base, step, message) {
        const head = this.resolve(`refs/heads/${branch}`);
        const parent = head ?? base;
        // Index paths are relative to the top of the work tree, which may be above `dir` (a monorepo).
        const prefix = this.git(["rev-parse", "--show-prefix"]);
        const scratch = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), "argocd-cluster-link-index-"));
        try {
            const env = { GIT_INDEX_FILE: (0,external_node_path_namespaceObject.join)(scratch, "index") };
            this.git(["read-tree", parent], undefined, env);
            for (const file of step.files) {
                const path = `${prefix}${file.path}`;
                const blob = this.git(["hash-object", "-w", "--stdin"], file.content);
                // Keep the mode of an existing file (an executable stays executable).
                const staged = this.git(["ls-files", "--stage", "--", `:(top,literal)${path}`], undefined, env);
                const mode = /^(\d{6}) /.exec(staged)?.[1] ?? "100644";
                // A symbolic link or submodule holds no file content: writing content there would replace it.
                if (mode !== "100644" && mode !== "100755") {
                    throw new LayoutError(`${path} is a ${mode === "120000" ? "symbolic link" : `git entry of mode ${mode}`} in ${parent.slice(0, 12)}, not a file: refusing to replace it with file content.`);
                }
                this.git(["update-index", "--add", "--cacheinfo", `${mode},${blob},${path}`], undefined, env);
            }
            const tree = this.git(["write-tree"], undefined, env);
            if (head && this.git(["rev-parse", `${head}^{tree}`]) === tree) {
                return { branch, step: step.id, commit: head, outcome: "unchanged" };
            }
            const commit = this.git(["commit-tree", tree, "-p", parent, "-F", "-"], message, this.identity());
            this.git(["update-ref", `refs/heads/${branch}`, commit, ...(head ? [head] : [])]);
            return { branch, step: step.id, commit, outcome: head ? "updated" : "created" };
        }
        finally {
            (0,external_node_fs_namespaceObject.rmSync)(scratch, { recursive: true, force: true });
        }
    }
}

;// CONCATENATED MODULE: ./src/plan/names.ts
// Every name a link creates, derived in one place so that the steps agree with each other and two
// links (different argocd-cluster-name) never share a name.

const IAM_ROLE_NAME_MAX = 64;
const snakeCase = (name) => name.replace(/-/g, "_");
function linkNames(req, layout, release) {
    const id = req.argocdClusterName;
    const snake = snakeCase(id);
    const environment = layout.environments[req.sourceAccount] ?? req.sourceAccount;
    const roleBase = release.includes("argocd") ? release : `argocd-${release}`;
    const sourceRoleName = `${environment}-${roleBase}-irsa`;
    const targetRoleName = `argocd-link-${id}`;
    for (const [what, name] of [
        ["source IAM role", sourceRoleName],
        ["target IAM role", targetRoleName],
    ]) {
        if (name.length > IAM_ROLE_NAME_MAX) {
            throw new LayoutError(`The ${what} name "${name}" would be ${name.length} characters; IAM allows ${IAM_ROLE_NAME_MAX}. ` +
                `Use a shorter argocd-cluster-name or argocd-instance.`);
        }
    }
    return {
        id,
        snake,
        release,
        releaseSnake: snakeCase(release),
        sourceRoleName,
        sourceRoleNameExpr: `\${var.environment}-${roleBase}-irsa`,
        sourceRoleArnExpr: `arn:aws:iam::\${var.accounts.${req.sourceAccount}.id}:role/${sourceRoleName}`,
        targetRoleName,
        targetRoleArnExpr: `arn:aws:iam::\${var.accounts.${req.targetAccount}.id}:role/${targetRoleName}`,
        k8sName: `argocd-link-${id}`,
        k8sGroup: `argocd-link:${id}`,
        irsaVar: `argocd_link_irsa_role_arn`,
        roleArnVar: `argocd_link_${snake}_role_arn`,
        tokenVar: `argocd_link_${snake}_bearer_token`,
        remoteStateName: `argocd-link-${id}`,
        tokenOutput: `argocd_link_${snake}_bearer_token`,
    };
}
/** Marker written next to everything a link adds, so that reruns find (and replace) their own work. */
const MARKER = "argocd-cluster-link";
const markerFor = (id) => `${MARKER}: ${id}`;
/** The branch of one step: stable across reruns, whatever steps are already merged. */
function stepBranch(linkId, stepId) {
    return `${MARKER}/${linkId}/${stepId}`;
}
/** Who a link connects, as written in the files it owns. */
function ownerLine(release, req) {
    return `link: ArgoCD ${release} in ${req.sourceAccount} -> ${req.targetAccount}/${req.targetRegion}/${req.targetCluster}`;
}
/** The owner line of a file written by the link `id`, if it is one. */
function ownerOf(text, id) {
    const lines = text.split("\n", 3);
    if (lines[0] !== `# ${markerFor(id)}`)
        return undefined;
    return lines[1]?.startsWith("# link: ") ? lines[1].slice(2) : "";
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/edit/values-yaml.ts
// Edits of the argo-cd chart values template: the cluster credential entry (a list item before chart
// 7.0.0, a map entry keyed by name from 7.0.0) and the IRSA role annotation of the service
// accounts. The file is a Terraform template: comments and `${...}` placeholders are kept, and a
// file with template directives (`%{ ... }`) is refused because it cannot be parsed as YAML.


const ARN_ANNOTATION = "argocd-cluster-link/eks-cluster-arn";
const IRSA_ANNOTATION = "eks.amazonaws.com/role-arn";
/** Escapes a literal for a Terraform template: `${` and `%{` would otherwise be interpolated. */
function templateLiteral(value) {
    // A function replacer: in a replacement string "$$" would itself mean one "$".
    return value.replace(/([$%])\{/g, (_match, sigil) => `${sigil}${sigil}{`);
}
/** Renders what an edit adds as a YAML snippet, for messages that ask a person to add it by hand. */
function snippetFor(edit) {
    const { name, ...rest } = edit.credential;
    const credentials = edit.form === "list" ? [edit.credential] : { [name]: rest };
    const values = { configs: { clusterCredentials: credentials } };
    for (const component of edit.irsaComponents ?? []) {
        values[component] = { serviceAccount: { annotations: { [IRSA_ANNOTATION]: edit.irsaRoleArn } } };
    }
    return (0,dist/* stringify */.As)(values, { lineWidth: 0 });
}
function cannotEdit(path, why, edit) {
    throw new LayoutError(`${path}: cannot be edited safely (${why}). Merge this into it by hand, then run again:\n\n${snippetFor(edit)}`);
}
/** Whether block sequences in the file sit at their parent key's indentation (`key:\n- a`). */
function sequencesFlush(text) {
    const lines = text.split("\n");
    for (let i = 0; i + 1 < lines.length; i++) {
        const key = /^(\s*)[^\s#-][^:]*:\s*(#.*)?$/.exec(lines[i]);
        if (!key)
            continue;
        const item = /^(\s*)- /.exec(lines[i + 1]);
        if (item)
            return item[1].length === key[1].length;
    }
    return false;
}
/** Empty flow collections (`[]`, `{}`: the chart's defaults) become block ones before items are added. */
function blockIfEmpty(node) {
    if (((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) && node.flow && node.items.length === 0)
        node.flow = false;
}
/** A key without a value (`key: # note`) holds a null scalar: what replaces it keeps its comment. */
function keepComment(replaced, node) {
    if ((0,dist/* isScalar */.jn)(replaced) && replaced.comment)
        node.comment = replaced.comment;
    return node;
}
function mapAt(doc, path, filePath) {
    let node = doc.contents;
    for (let i = 0; i < path.length; i++) {
        if (!(0,dist/* isMap */.jh)(node)) {
            throw new LayoutError(`${filePath}: ${path.slice(0, i).join(".") || "the document"} is not a map.`);
        }
        let next = node.get(path[i], true);
        if (next === undefined || next === null || ((0,dist/* isScalar */.jn)(next) && next.value === null)) {
            next = keepComment(next, new dist/* YAMLMap */.CA());
            node.set(path[i], next);
        }
        blockIfEmpty(next);
        node = next;
    }
    if (!(0,dist/* isMap */.jh)(node))
        throw new LayoutError(`${filePath}: ${path.join(".")} is not a map.`);
    return node;
}
/** Parses a values template once; the same document can then be read and edited. */
function parseValues(text) {
    return (0,dist/* parseDocument */.Tp)(text, { keepSourceTokens: false, logLevel: "silent" });
}
/**
 * Edits the values template `text`. `parsed` is `parseValues(text)` when the caller already has it
 * (it is changed in place).
 */
function editValues(text, path, edit, parsed) {
    if (/%\{/.test(text.replace(/%%\{/g, "")))
        cannotEdit(path, "it uses template directives %{ ... }", edit);
    const doc = parsed ?? parseValues(text);
    if (doc.errors.length > 0)
        cannotEdit(path, `it is not valid YAML: ${doc.errors[0].message.split("\n")[0]}`, edit);
    if (doc.contents !== null && !(0,dist/* isMap */.jh)(doc.contents))
        cannotEdit(path, "its top level is not a map", edit);
    if (doc.contents === null)
        doc.contents = new dist/* YAMLMap */.CA();
    const configs = mapAt(doc, ["configs"], path);
    const { credential } = edit;
    const own = (existing) => {
        const annotations = existing?.annotations;
        return annotations?.[ARN_ANNOTATION] === credential.annotations[ARN_ANNOTATION];
    };
    const foreign = () => new LayoutError(`${path}: ArgoCD already has a cluster named "${credential.name}" that argocd-cluster-link did not create ` +
        `for this target. Choose another argocd-cluster-name.`);
    const empty = configs.get("clusterCredentials", true);
    // `clusterCredentials:` with no value is a null scalar node: as good as absent.
    const existing = (0,dist/* isScalar */.jn)(empty) && empty.value === null ? undefined : empty;
    blockIfEmpty(existing);
    if (edit.form === "list") {
        if (existing !== undefined && existing !== null && !(0,dist/* isSeq */.oP)(existing)) {
            throw new LayoutError(`${path}: configs.clusterCredentials is a map, but the chart version in use (< 7.0.0) expects a list.`);
        }
        const seq = (0,dist/* isSeq */.oP)(existing) ? existing : keepComment(empty, new dist/* YAMLSeq */.Rw());
        if (!(0,dist/* isSeq */.oP)(existing))
            configs.set("clusterCredentials", seq);
        const items = seq.items;
        const index = items.findIndex((item) => (0,dist/* isMap */.jh)(item) && item.get("name") === credential.name);
        const node = doc.createNode(credential);
        if (index < 0)
            items.push(node);
        else if (own(items[index].toJSON()))
            items[index] = node;
        else
            throw foreign();
    }
    else {
        if (existing !== undefined && existing !== null && !(0,dist/* isMap */.jh)(existing)) {
            throw new LayoutError(`${path}: configs.clusterCredentials is a list, but the chart version in use (>= 7.0.0) expects a map keyed by cluster name.`);
        }
        const map = (0,dist/* isMap */.jh)(existing) ? existing : keepComment(empty, new dist/* YAMLMap */.CA());
        if (!(0,dist/* isMap */.jh)(existing))
            configs.set("clusterCredentials", map);
        const { name, ...rest } = credential;
        const current = map.get(name, true);
        if (current !== undefined && !((0,dist/* isMap */.jh)(current) && own(current.toJSON())))
            throw foreign();
        map.set(name, doc.createNode(rest));
    }
    for (const component of edit.irsaComponents ?? []) {
        const annotations = mapAt(doc, [component, "serviceAccount", "annotations"], path);
        const current = annotations.get(IRSA_ANNOTATION);
        if (current !== undefined && current !== edit.irsaRoleArn) {
            throw new LayoutError(`${path}: ${component}.serviceAccount already has ${IRSA_ANNOTATION}: ${String(current)}. The iam-role ` +
                `method needs its own role there; remove that annotation (or use method bearer-token), then run again.`);
        }
        annotations.set(IRSA_ANNOTATION, edit.irsaRoleArn);
    }
    const out = doc.toString({ lineWidth: 0, indentSeq: !sequencesFlush(text), flowCollectionPadding: false });
    // Every placeholder of the original must survive the round trip.
    const placeholders = (s) => s.match(/\$\{[^}]*\}/g) ?? [];
    const after = placeholders(out);
    for (const p of placeholders(text)) {
        const i = after.indexOf(p);
        if (i < 0)
            cannotEdit(path, `the placeholder ${p} would be lost`, edit);
        after.splice(i, 1);
    }
    const reparsed = (0,dist/* parseDocument */.Tp)(out);
    if (reparsed.errors.length > 0)
        cannotEdit(path, "the result would not parse", edit);
    return out;
}

;// CONCATENATED MODULE: ./src/hcl/scan.ts
// A structural scanner for HCL (Terraform) source. It finds blocks and attributes with their byte
// offsets so that edits can insert text without touching anything else in the file. It understands
// what can hide brackets — strings with template sequences, heredocs and comments — but does not
// evaluate expressions: it only needs to know where each one starts and ends.
class HclSyntaxError extends Error {
    file;
    offset;
    constructor(file, offset, text, what) {
        const { line, column } = lineColumn(text, offset);
        super(`${file}:${line}:${column}: ${what}`);
        this.file = file;
        this.offset = offset;
        this.name = "HclSyntaxError";
    }
}
const IDENT_START = /[A-Za-z_]/;
const IDENT_CHAR = /[A-Za-z0-9_-]/;
const CLOSERS = { "(": ")", "[": "]", "{": "}" };
function lineColumn(text, offset) {
    let line = 1;
    let lastNewline = -1;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text[i] === "\n") {
            line++;
            lastNewline = i;
        }
    }
    return { line, column: offset - lastNewline };
}
/** Scans a whole file into its top-level blocks and attributes. Throws HclSyntaxError. */
function scanHcl(text, file = "<input>") {
    const scanner = new Scanner(text, file);
    const items = scanner.body(0, undefined);
    return items;
}
/** Iterates every block at any depth. */
function* allBlocks(items) {
    for (const item of items) {
        if (item.kind === "block") {
            yield item;
            yield* allBlocks(item.body);
        }
    }
}
function findAttribute(block, name) {
    const body = Array.isArray(block) ? block : block.body;
    return body.find((i) => i.kind === "attribute" && i.name === name);
}
function findBlocks(items, type, ...labels) {
    return items.filter((i) => i.kind === "block" && i.type === type && labels.every((label, n) => i.labels[n] === label));
}
class Scanner {
    text;
    file;
    constructor(text, file) {
        this.text = text;
        this.file = file;
    }
    fail(offset, what) {
        throw new HclSyntaxError(this.file, offset, this.text, what);
    }
    /** Parses body items from `pos` until `closer` (or end of file when undefined). Returns items; `this.pos` after. */
    pos = 0;
    body(pos, closer) {
        const items = [];
        this.pos = pos;
        for (;;) {
            this.pos = skipTrivia(this.text, this.pos, true);
            const ch = this.text[this.pos];
            if (ch === undefined) {
                if (closer)
                    this.fail(this.pos, `unexpected end of file: missing "${closer}"`);
                return items;
            }
            if (ch === closer)
                return items;
            if (!IDENT_START.test(ch))
                this.fail(this.pos, `expected an attribute or block, found ${JSON.stringify(ch)}`);
            items.push(this.item());
        }
    }
    item() {
        const start = this.pos;
        const name = this.ident();
        let p = skipTrivia(this.text, this.pos, false);
        if (this.text[p] === "=" && this.text[p + 1] !== "=") {
            const exprStart = skipTrivia(this.text, p + 1, false);
            const exprEnd = scanExpressionEnd(this.text, exprStart, this.file);
            if (exprEnd === exprStart)
                this.fail(exprStart, `attribute "${name}" has no value`);
            this.pos = exprEnd;
            this.expectLineEnd(name);
            return { kind: "attribute", name, start, end: exprEnd, exprStart, exprEnd };
        }
        const labels = [];
        for (;;) {
            const ch = this.text[p];
            if (ch === '"') {
                const end = scanQuoted(this.text, p, this.file);
                labels.push(JSON.parse(this.text.slice(p, end)));
                p = skipTrivia(this.text, end, false);
            }
            else if (ch !== undefined && IDENT_START.test(ch)) {
                this.pos = p;
                labels.push(this.ident());
                p = skipTrivia(this.text, this.pos, false);
            }
            else if (ch === "{") {
                const openBrace = p;
                const body = this.body(p + 1, "}");
                const closeBrace = this.pos;
                this.pos = closeBrace + 1;
                this.expectLineEnd(name);
                return { kind: "block", type: name, labels, start, end: closeBrace + 1, openBrace, closeBrace, body };
            }
            else {
                this.fail(p, `expected "=" or a block after "${name}"`);
            }
        }
    }
    ident() {
        const start = this.pos;
        while (this.pos < this.text.length && IDENT_CHAR.test(this.text[this.pos]))
            this.pos++;
        return this.text.slice(start, this.pos);
    }
    /** After an item only a comment, a newline, a closing brace or end of file may follow. */
    expectLineEnd(name) {
        const p = skipTrivia(this.text, this.pos, false);
        const ch = this.text[p];
        if (ch !== undefined && ch !== "\n" && ch !== "\r" && ch !== "}") {
            this.fail(p, `unexpected ${JSON.stringify(ch)} after "${name}"`);
        }
    }
}
/** Skips spaces and comments; newlines too when `newlines` is true. */
function skipTrivia(text, pos, newlines) {
    let p = pos;
    while (p < text.length) {
        const ch = text[p];
        if (ch === " " || ch === "\t" || (newlines && (ch === "\n" || ch === "\r"))) {
            p++;
        }
        else if (ch === "#" || (ch === "/" && text[p + 1] === "/")) {
            while (p < text.length && text[p] !== "\n")
                p++;
        }
        else if (ch === "/" && text[p + 1] === "*") {
            const end = text.indexOf("*/", p + 2);
            p = end < 0 ? text.length : end + 2;
        }
        else {
            break;
        }
    }
    return p;
}
/**
 * Returns the offset just after the expression starting at `pos`: the first newline (or comment,
 * or closing brace of the enclosing block) outside any bracket, string or heredoc.
 */
function scanExpressionEnd(text, pos, file = "<input>") {
    const stack = [];
    let p = pos;
    let lastSignificant = pos;
    while (p < text.length) {
        const ch = text[p];
        if (stack.length === 0 && "\n\r#,)]}".includes(ch))
            break;
        if (stack.length === 0 && ch === "/" && (text[p + 1] === "/" || text[p + 1] === "*"))
            break;
        if (ch === "#" || (ch === "/" && (text[p + 1] === "/" || text[p + 1] === "*"))) {
            p = skipTrivia(text, p, false);
            continue;
        }
        if (ch === '"') {
            p = scanQuoted(text, p, file);
            lastSignificant = p;
            continue;
        }
        if (ch === "<" && text[p + 1] === "<" && /^<<-?[A-Za-z_]/.test(text.slice(p, p + 4))) {
            p = scanHeredoc(text, p, file);
            lastSignificant = p;
            continue;
        }
        if (ch === "(" || ch === "[" || ch === "{") {
            stack.push(CLOSERS[ch]);
        }
        else if (ch === ")" || ch === "]" || ch === "}") {
            if (stack.pop() !== ch)
                throw new HclSyntaxError(file, p, text, `unbalanced ${JSON.stringify(ch)}`);
        }
        p++;
        if (ch !== " " && ch !== "\t" && ch !== "\n" && ch !== "\r")
            lastSignificant = p;
    }
    if (stack.length > 0)
        throw new HclSyntaxError(file, pos, text, `unclosed bracket: missing "${stack.at(-1)}"`);
    return lastSignificant;
}
/** Returns the offset just after the closing quote of the string starting at `pos`. */
function scanQuoted(text, pos, file = "<input>") {
    let p = pos + 1;
    while (p < text.length) {
        const ch = text[p];
        if (ch === "\\") {
            p += 2;
        }
        else if (ch === '"') {
            return p + 1;
        }
        else if (ch === "\n") {
            break;
        }
        else if ((ch === "$" || ch === "%") && text[p + 1] === "{") {
            if (text[p - 1] === ch) {
                // `$${` and `%%{` are escapes for a literal `${` / `%{`. HCL reads `$` runs left to right, so
                // any run of two or more (`$$${`) is literal too: only a lone `$` / `%` opens a sequence.
                p += 2;
                continue;
            }
            p = scanTemplateSequence(text, p + 2, file);
        }
        else {
            p++;
        }
    }
    throw new HclSyntaxError(file, pos, text, "unterminated string");
}
/** Scans the inside of `${ ... }` starting after the brace; returns the offset after the closing brace. */
function scanTemplateSequence(text, pos, file) {
    let depth = 0;
    let p = pos;
    while (p < text.length) {
        const ch = text[p];
        if (ch === '"') {
            p = scanQuoted(text, p, file);
            continue;
        }
        if (ch === "{")
            depth++;
        if (ch === "}") {
            if (depth === 0)
                return p + 1;
            depth--;
        }
        p++;
    }
    throw new HclSyntaxError(file, pos, text, "unterminated template sequence");
}
/** Returns the offset just after the closing marker line of the heredoc starting at `pos`. */
function scanHeredoc(text, pos, file) {
    const match = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(text.slice(pos));
    if (!match)
        throw new HclSyntaxError(file, pos, text, "malformed heredoc");
    const marker = match[1];
    let lineStart = pos + match[0].length;
    while (lineStart < text.length) {
        let lineEnd = text.indexOf("\n", lineStart);
        if (lineEnd < 0)
            lineEnd = text.length;
        if (text.slice(lineStart, lineEnd).trim() === marker) {
            return lineStart + text.slice(lineStart, lineEnd).indexOf(marker) + marker.length;
        }
        lineStart = lineEnd + 1;
    }
    throw new HclSyntaxError(file, pos, text, `heredoc "${marker}" is not closed`);
}
/**
 * Splits the items of a list `[...]`, an argument list `(...)` or an object `{...}` whose opening
 * bracket is at `open`. Items are separated by commas or (in objects) newlines.
 */
function splitSequence(text, open, file = "<input>") {
    const closer = CLOSERS[text[open]];
    if (!closer)
        throw new HclSyntaxError(file, open, text, "expected a bracket");
    const items = [];
    let p = open + 1;
    for (;;) {
        p = skipTrivia(text, p, true);
        const ch = text[p];
        if (ch === undefined)
            throw new HclSyntaxError(file, open, text, `missing "${closer}"`);
        if (ch === closer)
            return { items, close: p };
        if (ch === ",") {
            p++;
            continue;
        }
        const start = p;
        const end = scanItemEnd(text, p, closer, file);
        // The separating comma may follow on a later line (after a comment): it still belongs here.
        const after = skipTrivia(text, end, true);
        const item = { start, end };
        if (text[after] === ",")
            item.comma = after;
        items.push(item);
        p = end;
        if (p === start)
            throw new HclSyntaxError(file, p, text, `unexpected ${JSON.stringify(text[p])}`);
    }
}
/** Like scanExpressionEnd, but stops at `closer`, and in a list or call lets an item span lines. */
function scanItemEnd(text, pos, closer, file) {
    // An item ends at a depth-0 comma or the sequence's closer, and in an object also at a newline:
    // inside `[...]` and `(...)` HCL ignores newlines, so `a\n? b\n: c` is one item there.
    let p = pos;
    let end = pos;
    for (;;) {
        const next = scanExpressionEnd(text, p, file);
        end = next > end ? next : end;
        const q = skipTrivia(text, next, false);
        const ch = text[q];
        if (ch === undefined || ch === "," || ch === closer)
            return end;
        if (ch === "\n" || ch === "\r") {
            if (closer === "}")
                return end;
            const r = skipTrivia(text, q, true);
            if (r >= text.length || text[r] === "," || text[r] === closer)
                return end;
            p = r;
            continue;
        }
        if (ch === ")" || ch === "]" || ch === "}")
            throw new HclSyntaxError(file, q, text, `unexpected "${ch}"`);
        // scanExpressionEnd stopped at a comment start inside the line; skip past the comment.
        p = q === next ? q + 1 : q;
    }
}
/** Parses the `key = value` items of an object constructor whose `{` is at `open`. */
function objectItems(text, open, file = "<input>") {
    const { items, close } = splitSequence(text, open, file);
    return {
        close,
        items: items.map((item) => {
            const raw = text.slice(item.start, item.end);
            const match = /^("(?:[^"\\]|\\.)*"|[A-Za-z_][A-Za-z0-9_-]*)\s*[=:]\s*/.exec(raw);
            if (!match)
                throw new HclSyntaxError(file, item.start, text, "expected `key = value` in object");
            const key = match[1].startsWith('"') ? JSON.parse(match[1]) : match[1];
            return {
                key,
                keyStart: item.start,
                valueStart: item.start + match[0].length,
                valueEnd: item.end,
                start: item.start,
                end: item.end,
            };
        }),
    };
}
/** The value of a plain string literal without template sequences, else undefined. */
function stringLiteral(expr) {
    const trimmed = expr.trim();
    if (!/^"(?:[^"\\$%]|\\.|\$(?!\{)|%(?!\{))*"$/.test(trimmed))
        return undefined;
    try {
        return JSON.parse(trimmed);
    }
    catch {
        return undefined;
    }
}
/** Column (0-based) of `offset` within its line: the indentation to reuse for siblings. */
function indentOf(text, offset) {
    const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
    const match = /^[ \t]*/.exec(text.slice(lineStart));
    return match ? match[0] : "";
}
function literalValue(text, start, end, file = "<input>") {
    const expr = text.slice(start, end).trim();
    const offset = start + (text.slice(start, end).length - text.slice(start, end).trimStart().length);
    if (expr.startsWith('"'))
        return stringLiteral(expr);
    if (/^-?\d+(\.\d+)?$/.test(expr))
        return Number(expr);
    if (expr === "true" || expr === "false")
        return expr === "true";
    if (expr.startsWith("[")) {
        const { items } = splitSequence(text, offset, file);
        const values = items.map((i) => literalValue(text, i.start, i.end, file));
        return values.every((v) => v !== undefined) ? values : undefined;
    }
    if (expr.startsWith("{")) {
        const { items } = objectItems(text, offset, file);
        const out = {};
        for (const item of items) {
            const value = literalValue(text, item.valueStart, item.valueEnd, file);
            if (value === undefined)
                return undefined;
            out[item.key] = value;
        }
        return out;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/versions.ts
// Version numbers and Terraform version constraints: the one comparison used for Kubernetes, chart
// and provider versions alike.
const VERSION_TEXT = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
/** Parses `1`, `1.31`, `v7.9.1`, `5.33.0-beta1` (build metadata after `+` is ignored); undefined otherwise. */
function parseVersion(text) {
    const match = VERSION_TEXT.exec(text.trim());
    if (!match)
        return undefined;
    const [major, minor, patch] = [match[1], match[2], match[3]].map((part) => Number(part ?? 0));
    if (![major, minor, patch].every((part) => Number.isSafeInteger(part)))
        return undefined;
    return {
        major: major,
        minor: minor,
        patch: patch,
        ...(match[4] !== undefined && { prerelease: match[4] }),
    };
}
function toVersion(value) {
    if (typeof value !== "string")
        return value;
    const version = parseVersion(value);
    if (!version) {
        throw new Error(`${JSON.stringify(value)} is not a version: expected numbers like 1.31 or 5.33.0`);
    }
    return version;
}
/**
 * Negative, zero or positive as `a` is older than, the same as or newer than `b`. Missing parts are 0
 * (`1.31` = `1.31.0`); a prerelease is older than its release, and prereleases compare as semver
 * does (dot-separated, numeric parts numerically, numbers before words). Throws on text that is no version.
 */
function compareVersions(a, b) {
    const x = toVersion(a);
    const y = toVersion(b);
    const byNumbers = x.major - y.major || x.minor - y.minor || x.patch - y.patch;
    if (byNumbers !== 0)
        return Math.sign(byNumbers);
    if (x.prerelease === y.prerelease)
        return 0;
    if (x.prerelease === undefined)
        return 1;
    if (y.prerelease === undefined)
        return -1;
    return comparePrerelease(x.prerelease, y.prerelease);
}
function comparePrerelease(a, b) {
    const xs = a.split(".");
    const ys = b.split(".");
    for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
        const x = xs[i];
        const y = ys[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        const xNumeric = /^\d+$/.test(x);
        const yNumeric = /^\d+$/.test(y);
        if (xNumeric && yNumeric && Number(x) !== Number(y))
            return Math.sign(Number(x) - Number(y));
        if (xNumeric !== yNumeric)
            return xNumeric ? -1 : 1;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
const CLAUSE_TEXT = /^(~>|!=|>=|<=|>|<|=)?\s*(v?\d+(?:\.\d+){0,2}(?:-[0-9A-Za-z.-]+)?)$/;
/**
 * Parses a Terraform version constraint: clauses joined by `,`, all of which must hold. Each clause is
 * an operator (`=` when none is written) and a version of one to three parts. Throws an Error naming
 * the clause and what is allowed.
 */
function parseConstraint(text) {
    const clauses = text.split(",").map((clause) => clause.trim());
    if (text.trim() === "")
        throw new Error("a version constraint must not be empty");
    return clauses.map((clause) => {
        const match = CLAUSE_TEXT.exec(clause);
        const version = match?.[2] === undefined ? undefined : parseVersion(match[2]);
        if (!match || !version) {
            throw new Error(`${JSON.stringify(clause)} is not a version constraint clause: expected an operator (=, !=, >, >=, <, <=, ~>) and a version such as 5.33.0`);
        }
        const segments = match[2].replace(/^v/, "").split("-")[0].split(".").length;
        return { operator: (match[1] ?? "="), version, segments };
    });
}
/**
 * The versions `~>` admits, as Terraform defines it: only the rightmost part written may grow.
 * `~> 5.33.0` is `>= 5.33.0, < 5.34.0`; `~> 5.33` is `>= 5.33.0, < 6.0.0`; `~> 5` is `>= 5.0.0, < 6.0.0`.
 */
function pessimisticUpperBound(clause) {
    const { major, minor } = clause.version;
    return clause.segments >= 3
        ? { major, minor: minor + 1, patch: 0 }
        : { major: major + 1, minor: 0, patch: 0 };
}
function clauseHolds(version, clause) {
    const order = compareVersions(version, clause.version);
    switch (clause.operator) {
        case "=":
            return order === 0;
        case "!=":
            return order !== 0;
        case ">":
            return order > 0;
        case ">=":
            return order >= 0;
        case "<":
            return order < 0;
        case "<=":
            return order <= 0;
        case "~>":
            return order >= 0 && compareVersions(version, pessimisticUpperBound(clause)) < 0;
    }
}
function clausesOf(constraint) {
    return typeof constraint === "string" ? parseConstraint(constraint) : constraint;
}
/**
 * Whether `version` meets every clause of `constraint`. As in Terraform, a prerelease is admitted
 * only by a constraint that names it exactly with `=` (or no operator).
 */
function satisfies(version, constraint) {
    const v = toVersion(version);
    const clauses = clausesOf(constraint);
    if (v.prerelease !== undefined) {
        const named = clauses.some((c) => c.operator === "=" && compareVersions(v, c.version) === 0);
        if (!named)
            return false;
    }
    return clauses.every((clause) => clauseHolds(v, clause));
}
const ZERO = { major: 0, minor: 0, patch: 0 };
/** The release right after `version` in version order (its next patch, or the release of a prerelease). */
function nextRelease(version) {
    const { major, minor, patch } = version;
    return version.prerelease === undefined ? { major, minor, patch: patch + 1 } : { major, minor, patch };
}
/**
 * The lowest release `constraint` admits (prereleases only when named with `=`), or undefined when it
 * admits none (e.g. `>= 2.0, < 1.0` or `= 1.2.0, != 1.2.0`).
 */
function lowestAdmitted(constraint) {
    const clauses = clausesOf(constraint);
    // Every admitted version is at or above each lower bound: start at the highest of them.
    let candidate = ZERO;
    for (const clause of clauses) {
        const { operator, version } = clause;
        const bound = operator === ">"
            ? nextRelease(version)
            : operator === "!=" || operator === "<" || operator === "<="
                ? ZERO
                : version;
        if (compareVersions(bound, candidate) > 0)
            candidate = bound;
    }
    // An exact prerelease is admitted only as itself.
    if (candidate.prerelease !== undefined) {
        if (satisfies(candidate, clauses))
            return candidate;
        candidate = nextRelease(candidate);
    }
    // Only `!=` clauses can reject a release between the bounds, so one more step than their number
    // either finds an admitted release or passes an upper bound.
    const exclusions = clauses.filter((clause) => clause.operator === "!=").length;
    for (let step = 0; step <= exclusions; step++) {
        if (satisfies(candidate, clauses))
            return candidate;
        candidate = nextRelease(candidate);
    }
    return undefined;
}
/** Whether `constraint` admits some release at or above `minimum` (e.g. a provider feature's first version). */
function admitsAtLeast(constraint, minimum) {
    const floor = { operator: ">=", version: toVersion(minimum), segments: 3 };
    return lowestAdmitted([...clausesOf(constraint), floor]) !== undefined;
}
/** A version as text: `major.minor.patch[-prerelease]`. */
function formatVersion(version) {
    const text = `${version.major}.${version.minor}.${version.patch}`;
    return version.prerelease === undefined ? text : `${text}-${version.prerelease}`;
}
/** Whether `version` is `since` or newer. */
function atLeast(version, since) {
    return compareVersions(version, since) >= 0;
}

;// CONCATENATED MODULE: ./src/layout/tree.ts
// Facts about a Leverage repository that come from paths alone: which folders are accounts,
// regions and layers. A folder whose name ends in " --" is not deployed and is skipped with
// everything below it.
const GLOBAL_REGION = "global";
/**
 * Files that only declare variables (Leverage links common-variables.tf into every layer): never
 * read during discovery.
 */
const DECLARATIONS_ONLY = new Set(["common-variables.tf"]);
function isSkipped(path) {
    return path.split("/").some((segment) => segment.endsWith(" --"));
}
function dirname(path) {
    const i = path.lastIndexOf("/");
    return i < 0 ? "" : path.slice(0, i);
}
function basename(path) {
    return path.slice(path.lastIndexOf("/") + 1);
}
/** Joins and normalises POSIX path pieces (no `..` handling beyond one level, which is all we need). */
function joinPath(...parts) {
    const out = [];
    for (const segment of parts.join("/").split("/")) {
        if (segment === "" || segment === ".")
            continue;
        if (segment === "..")
            out.pop();
        else
            out.push(segment);
    }
    return out.join("/");
}
/** Every folder holding `.tf` files below `<account>/<region>/`, grouped as layers. */
function findLayers(files) {
    const byFolder = new Map();
    for (const file of files) {
        if (!file.endsWith(".tf") || isSkipped(file) || DECLARATIONS_ONLY.has(basename(file)))
            continue;
        const folder = dirname(file);
        const parts = folder.split("/");
        if (parts.length < 3 || parts[1] === "config")
            continue;
        const list = byFolder.get(folder) ?? [];
        list.push(file);
        byFolder.set(folder, list);
    }
    return [...byFolder.entries()]
        .map(([path, tfFiles]) => {
        const [account, region, ...rest] = path.split("/");
        return { path, account: account, region: region, rest: rest.join("/"), tfFiles: tfFiles.sort() };
    })
        .sort((a, b) => a.path.localeCompare(b.path));
}

;// CONCATENATED MODULE: ./src/layout/discover.ts
// Layout discovery: finds, in a Leverage repository, every layer and file a link has to touch, and
// the conventions those layers already follow (remote-state names, chart version, aws-auth style).
// When it finds none or several candidates it stops and says what it looked for, what it found and
// which request key picks one.




const ARGO_CHART = "argo-cd";
/** The ArgoCD service accounts that talk to clusters, by chart values key, with the chart's default names. */
const ARGO_SERVICE_ACCOUNTS = {
    controller: "argocd-application-controller",
    applicationSet: "argocd-applicationset-controller",
    server: "argocd-server",
};
async function discoverLayout(repo, req, facts) {
    const files = await repo.listFiles();
    const layers = findLayers(files);
    const parsed = new Map();
    const { parse, parseLayer } = hclParser(repo, parsed);
    const project = await readProject(repo);
    const accounts = await readAccounts(repo);
    for (const [key, account] of [
        ["source-account", req.sourceAccount],
        ["target-account", req.targetAccount],
    ]) {
        if (!(account in accounts)) {
            throw new LayoutError(`${key} "${account}" is not an account of this repository: config/common.tfvars lists ` +
                `${Object.keys(accounts).join(", ") || "no accounts"}.`);
        }
        if (!files.some((f) => f.startsWith(`${account}/`))) {
            throw new LayoutError(`${key} "${account}" has no folder "${account}/" in this repository.`);
        }
    }
    if (facts && facts.accountId !== accounts[req.targetAccount]) {
        throw new LayoutError(`The target cluster ${facts.arn} is in account ${facts.accountId}, but config/common.tfvars gives ` +
            `${req.targetAccount} the id ${accounts[req.targetAccount]}: check target-account.`);
    }
    const argocd = await findArgoInstance(repo, layers, req, parse, parseLayer);
    const argocdLayer = layers.find((l) => l.path === argocd.layer);
    const argocdRemoteStates = remoteStates(await parseLayer(argocdLayer));
    const identities = await findIdentitiesLayer(layers, argocdLayer, parseLayer);
    const targetCluster = await findClusterLayer(repo, layers, req, parse, parseLayer);
    const baseIdentities = layers.find((l) => l.account === req.targetAccount && l.region === GLOBAL_REGION && l.rest === "base-identities");
    return {
        project,
        accounts,
        environments: {
            [req.sourceAccount]: await readEnvironment(repo, req.sourceAccount),
            [req.targetAccount]: await readEnvironment(repo, req.targetAccount),
        },
        argocd,
        argocdRemoteStates,
        identities,
        targetCluster,
        targetBaseIdentities: baseIdentities?.path,
        files: parsed,
    };
}
/** Parses .tf files once into `parsed` (the layout's cache, shared by later lookups). */
function hclParser(repo, parsed) {
    const parse = async (path) => {
        let file = parsed.get(path);
        if (!file) {
            // A listed file without content is a symbolic link read through the API (Leverage links
            // common-variables.tf): it declares variables only, so it counts as empty.
            const text = (await repo.readFile(path)) ?? "";
            try {
                file = { path, text, items: scanHcl(text, path) };
            }
            catch (error) {
                throw new LayoutError(`${path} could not be read as HCL: ${error.message}`);
            }
            parsed.set(path, file);
        }
        return file;
    };
    const parseLayer = async (layer) => Promise.all(layer.tfFiles.map(parse));
    return { parse, parseLayer };
}
/** Refuses an iam-role link when the target account has no base-identities layer for its role. */
function requireBaseIdentities(layout, req, files) {
    if (layout.targetBaseIdentities !== undefined)
        return layout.targetBaseIdentities;
    const layers = findLayers(files);
    throw new LayoutError(`No layer ${req.targetAccount}/global/base-identities: the iam-role method creates the target role there. ` +
        `Found in ${req.targetAccount}/global: ${listOrNone(layers.filter((l) => l.account === req.targetAccount && l.region === GLOBAL_REGION).map((l) => l.path))}.`);
}
/**
 * The layer with a kubernetes provider for the target cluster, where a link's RBAC goes. Looked up
 * only for links that need RBAC (decided by the planner), since its absence is an error then.
 */
async function discoverRbacLayer(repo, req, layout) {
    const { parseLayer } = hclParser(repo, layout.files);
    return findRbacLayer(findLayers(await repo.listFiles()), layout.targetCluster, req, parseLayer);
}
function listOrNone(items) {
    return items.length ? items.join(", ") : "none";
}
async function readProject(repo) {
    const env = await repo.readFile("build.env");
    const fromEnv = env && /^\s*PROJECT\s*=\s*"?([a-z0-9-]+)"?\s*$/m.exec(env)?.[1];
    if (fromEnv)
        return fromEnv;
    const common = await repo.readFile("config/common.tfvars");
    const project = common ? tfvarsValue(common, "config/common.tfvars", "project") : undefined;
    if (typeof project === "string" && project)
        return project;
    throw new LayoutError('Could not find the Leverage project name: looked for PROJECT=... in build.env and project = "..." in config/common.tfvars.');
}
function tfvarsValue(text, path, name) {
    const items = scanHcl(text, path);
    const attribute = findAttribute(items, name);
    return attribute ? literalValue(text, attribute.exprStart, attribute.exprEnd, path) : undefined;
}
async function readAccounts(repo) {
    const path = "config/common.tfvars";
    const text = await repo.readFile(path);
    if (text === undefined) {
        throw new LayoutError(`No ${path}: this does not look like a Leverage repository (it holds accounts = { ... }).`);
    }
    let value;
    try {
        value = tfvarsValue(text, path, "accounts");
    }
    catch (error) {
        throw new LayoutError(`${path} could not be read: ${error.message}`);
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) {
        throw new LayoutError(`${path} has no literal accounts = { <name> = { id = "<12 digits>" } } map.`);
    }
    const accounts = {};
    for (const [name, entry] of Object.entries(value)) {
        const id = entry && typeof entry === "object" ? entry.id : undefined;
        const idText = typeof id === "number" ? String(id).padStart(12, "0") : id;
        if (typeof idText === "string" && /^\d{12}$/.test(idText))
            accounts[name] = idText;
    }
    return accounts;
}
async function readEnvironment(repo, account) {
    const path = `${account}/config/account.tfvars`;
    const text = await repo.readFile(path);
    const value = text ? tfvarsValue(text, path, "environment") : undefined;
    return typeof value === "string" && value ? value : account;
}
function remoteStates(files) {
    const out = [];
    for (const file of files) {
        for (const block of findBlocks(file.items, "data", "terraform_remote_state")) {
            const config = findAttribute(block, "config");
            let key;
            let region;
            if (config && file.text[config.exprStart] === "{") {
                const { items } = objectItems(file.text, config.exprStart, file.path);
                const keyItem = items.find((i) => i.key === "key");
                const regionItem = items.find((i) => i.key === "region");
                key = keyItem && stringLiteral(file.text.slice(keyItem.valueStart, keyItem.valueEnd));
                region = regionItem && file.text.slice(regionItem.valueStart, regionItem.valueEnd).trim();
            }
            out.push({ name: block.labels[1] ?? "", key, regionExpr: region, file: file.path });
        }
    }
    return out;
}
function chartMajor(version) {
    return Number(/^v?(\d+)/.exec(version)?.[1] ?? NaN);
}
async function findArgoInstance(repo, layers, req, parse, parseLayer) {
    const inAccount = layers.filter((l) => l.account === req.sourceAccount);
    let candidatesLayers = inAccount;
    if (req.argocdLayer) {
        candidatesLayers = layers.filter((l) => l.path === req.argocdLayer);
        if (candidatesLayers.length === 0) {
            throw new LayoutError(`argocd-layer "${req.argocdLayer}" is not a layer folder with .tf files. Layers in ${req.sourceAccount}: ` +
                `${listOrNone(inAccount.map((l) => l.path))}.`);
        }
    }
    const releases = [];
    // Read the likely layers first (they keep ArgoCD values in chart-values/argo*.yaml) and the
    // others only when those hold no ArgoCD: through the API every file read is a request.
    const files = await repo.listFiles();
    const likely = (layer) => files.some((f) => f.startsWith(`${layer.path}/chart-values/`) && /argo/i.test(basename(f)));
    for (const group of [candidatesLayers.filter(likely), candidatesLayers.filter((l) => !likely(l))]) {
        for (const layer of group) {
            for (const file of await parseLayer(layer)) {
                for (const block of findBlocks(file.items, "resource", "helm_release")) {
                    const chart = attrString(file, block, "chart");
                    if (chart !== ARGO_CHART)
                        continue;
                    releases.push(await describeRelease(repo, layer, file, block, parse));
                }
            }
        }
        if (releases.length > 0)
            break;
    }
    const where = req.argocdLayer ? `layer ${req.argocdLayer}` : `account ${req.sourceAccount}`;
    if (releases.length === 0) {
        throw new LayoutError(`No ArgoCD found: looked for resource "helm_release" with chart = "${ARGO_CHART}" in every layer of ${where}. ` +
            `Set argocd-layer to the layer that deploys ArgoCD.`);
    }
    const listing = releases.map((r) => `${r.releaseName} (${r.file})`).join(", ");
    if (req.dedicatedInstance) {
        // The new instance goes into the layer of the existing one and follows its chart version.
        const layersFound = [...new Set(releases.map((r) => r.layer))];
        if (layersFound.length > 1) {
            throw new LayoutError(`dedicated-instance: ArgoCD is deployed from several layers (${listing}); set argocd-layer to the one that ` +
                `should hold the new instance.`);
        }
        const taken = releases.find((r) => r.releaseName === dedicatedReleaseName(req) && !r.managedByLink);
        if (taken) {
            throw new LayoutError(`dedicated-instance: a release named "${taken.releaseName}" already exists in ${taken.file}; choose another ` +
                `argocd-instance name for the new instance.`);
        }
        const own = releases.find((r) => r.releaseName === dedicatedReleaseName(req));
        return own ?? releases[0];
    }
    const chosen = req.argocdInstance ? releases.filter((r) => r.releaseName === req.argocdInstance) : releases;
    if (chosen.length === 1)
        return chosen[0];
    if (chosen.length === 0) {
        throw new LayoutError(`argocd-instance "${req.argocdInstance}" is not an ArgoCD release in ${where}; found: ${listing}.`);
    }
    throw new LayoutError(`Several ArgoCD releases found in ${where}: ${listing}. Set argocd-instance to the release name` +
        `${req.argocdLayer ? "" : " (or argocd-layer to its layer)"} to pick one.`);
}
function dedicatedReleaseName(req) {
    return req.argocdInstance ?? `argocd-${req.argocdClusterName}`.slice(0, 53).replace(/-+$/, "");
}
function attrString(file, block, name) {
    const attribute = findAttribute(block, name);
    return attribute ? stringLiteral(file.text.slice(attribute.exprStart, attribute.exprEnd)) : undefined;
}
async function describeRelease(repo, layer, file, block, parse) {
    const resourceName = block.labels[1];
    const where = `resource "helm_release" "${resourceName}" in ${file.path}`;
    const releaseName = attrString(file, block, "name");
    if (!releaseName)
        throw new LayoutError(`${where}: its name is not a plain string, so the release cannot be named.`);
    const version = attrString(file, block, "version");
    if (!version || Number.isNaN(chartMajor(version))) {
        throw new LayoutError(`${where}: version must be a plain chart version string (e.g. "7.9.1") to pick the values form.`);
    }
    const namespace = await resolveNamespace(file, block, layer, parse, where);
    const values = findAttribute(block, "values");
    const templates = [];
    if (values && file.text[values.exprStart] === "[") {
        for (const element of splitSequence(file.text, values.exprStart, file.path).items) {
            const text = file.text.slice(element.start, element.end);
            const call = /^templatefile\s*\(/.exec(text);
            // Before chart 7.0.0 the cluster list is replaced, not merged, by a later values element.
            if (!call && chartMajor(version) < 7 && /clusterCredentials/.test(text)) {
                throw new LayoutError(`${where}: a values element other than a templatefile(...) sets configs.clusterCredentials. With chart ` +
                    `${version} (< 7.0.0) that list is replaced, not merged, so a new cluster entry would be dropped. Move ` +
                    `those entries into the values template, then run again.`);
            }
            if (!call)
                continue;
            const args = splitSequence(file.text, element.start + call[0].length - 1, file.path).items;
            const pathArg = args[0] && stringLiteral(file.text.slice(args[0].start, args[0].end));
            const varsArg = args[1];
            if (!pathArg || !varsArg || file.text[varsArg.start] !== "{")
                continue;
            templates.push({ path: joinPath(layer.path, pathArg), relative: pathArg, varsOpen: varsArg.start });
        }
    }
    let valuesFile;
    if (templates.length > 0) {
        // Prefer the template that already lists clusters; else the first one.
        for (const t of templates) {
            const text = await repo.readFile(t.path);
            if (text === undefined)
                throw new LayoutError(`${where} uses ${t.relative}, but ${t.path} does not exist.`);
            if (valuesFile === undefined && /^\s*clusterCredentials\s*:/m.test(text))
                valuesFile = t.path;
        }
        valuesFile ??= templates[0].path;
    }
    return {
        layer: layer.path,
        file: file.path,
        resourceName,
        releaseName,
        namespace,
        chartVersion: version,
        credentialsForm: chartMajor(version) >= 7 ? "map" : "list",
        valuesFile,
        valuesTemplates: templates,
        managedByLink: /argocd-cluster-link/.test(file.text.slice(0, 200)) && basename(file.path).startsWith("argocd_link_"),
    };
}
/** The release namespace: a literal, or a reference to a kubernetes_namespace resource in the same layer. */
async function resolveNamespace(file, block, layer, parse, where) {
    const attribute = findAttribute(block, "namespace");
    if (!attribute)
        return "default";
    const expr = file.text.slice(attribute.exprStart, attribute.exprEnd).trim();
    const literal = stringLiteral(expr);
    if (literal)
        return literal;
    const ref = /^kubernetes_namespace(?:_v1)?\.([A-Za-z0-9_-]+)(?:\[\d+\])?\.(?:id|metadata\[0\]\.name)$/.exec(expr);
    if (ref) {
        for (const path of layer.tfFiles) {
            const other = await parse(path);
            for (const type of ["kubernetes_namespace", "kubernetes_namespace_v1"]) {
                for (const ns of findBlocks(other.items, "resource", type, ref[1])) {
                    const metadata = findBlocks(ns.body, "metadata")[0];
                    const name = metadata && attrString(other, metadata, "name");
                    if (name)
                        return name;
                }
            }
        }
    }
    throw new LayoutError(`${where}: cannot tell the ArgoCD namespace from namespace = ${expr}. Write it as a string or as a reference ` +
        `to a kubernetes_namespace resource whose metadata.name is a string.`);
}
async function findIdentitiesLayer(layers, argocdLayer, parseLayer) {
    // The identities layer of the cluster ArgoCD runs in is a sibling of its components layer.
    const parent = dirname(argocdLayer.path);
    const layer = layers.find((l) => l.path === `${parent}/identities`);
    if (!layer)
        return undefined;
    const files = await parseLayer(layer);
    let providerUrlExpr;
    for (const file of files) {
        for (const b of allBlocks(file.items)) {
            const attribute = findAttribute(b, "provider_url");
            if (attribute && !providerUrlExpr)
                providerUrlExpr = file.text.slice(attribute.exprStart, attribute.exprEnd);
        }
    }
    const states = remoteStates(files);
    if (!providerUrlExpr) {
        const cluster = states.find((s) => s.key && /\/cluster\/terraform\.tfstate$/.test(s.key));
        if (cluster) {
            providerUrlExpr = `replace(data.terraform_remote_state.${cluster.name}.outputs.cluster_oidc_issuer_url, "https://", "")`;
        }
    }
    const hasTags = files.some((f) => findBlocks(f.items, "locals").some((b) => findAttribute(b, "tags")));
    return { path: layer.path, providerUrlExpr, hasTagsLocal: hasTags, remoteStates: states };
}
const EKS_MODULE = /(terraform-aws-eks|terraform-aws-modules\/eks\/aws)(\.git)?(\?|$|\/\/?(?!modules))/;
const AWS_AUTH_MODULE = /\/\/modules\/aws-auth(\?|$)/;
async function findClusterLayer(repo, layers, req, parse, parseLayer) {
    const regionLayers = layers.filter((l) => l.account === req.targetAccount && l.region === req.targetRegion);
    const candidates = req.targetClusterLayer
        ? layers.filter((l) => l.path === req.targetClusterLayer)
        : regionLayers;
    if (req.targetClusterLayer && candidates.length === 0) {
        throw new LayoutError(`target-cluster-layer "${req.targetClusterLayer}" is not a layer folder with .tf files. Layers in ` +
            `${req.targetAccount}/${req.targetRegion}: ${listOrNone(regionLayers.map((l) => l.path))}.`);
    }
    const found = [];
    // Leverage names the cluster layer "cluster": read those first, the others only if none has one.
    const clusterNamed = candidates.filter((l) => basename(l.path) === "cluster");
    for (const layer of [...clusterNamed, ...candidates.filter((l) => !clusterNamed.includes(l))]) {
        if (found.length > 0 && !clusterNamed.includes(layer))
            break;
        const files = await parseLayer(layer);
        let eksModule;
        let eksMajor;
        let awsAuth = "none";
        let mentionsCluster = false;
        let awsConstraint;
        for (const file of files) {
            if (file.text.includes(`"${req.targetCluster}"`))
                mentionsCluster = true;
            for (const m of findBlocks(file.items, "module")) {
                const source = attrString(file, m, "source") ?? "";
                if (AWS_AUTH_MODULE.test(source) && findAttribute(m, "aws_auth_roles"))
                    awsAuth = "aws-auth-module";
                else if (EKS_MODULE.test(source) && !source.includes("//modules/")) {
                    eksModule = m.labels[0];
                    const version = /[?&]ref=v?(\d+)\./.exec(source)?.[1] ??
                        /(\d+)\./.exec(attrString(file, m, "version") ?? "")?.[1];
                    if (version)
                        eksMajor = Number(version);
                    if (findAttribute(m, "aws_auth_roles") && awsAuth === "none")
                        awsAuth = "eks-module";
                }
            }
            awsConstraint ??= awsProviderConstraint(file);
        }
        if (!eksModule)
            continue;
        const mapRoles = await findMapRoles(layer, parse);
        const lock = await repo.readFile(`${layer.path}/.terraform.lock.hcl`);
        const locked = lock &&
            /provider\s+"registry\.(?:terraform|opentofu)\.org\/hashicorp\/aws"\s*\{[^}]*?version\s*=\s*"([^"]+)"/.exec(lock)?.[1];
        found.push({
            path: layer.path,
            eksModule,
            ...(eksMajor !== undefined ? { eksMajor } : {}),
            awsAuth,
            mapRoles,
            mentionsCluster,
            accessEntries: accessEntriesSupport(layer.path, awsConstraint, locked),
        });
    }
    const where = req.targetClusterLayer ?? `${req.targetAccount}/${req.targetRegion}`;
    if (found.length === 0) {
        throw new LayoutError(`No EKS cluster layer found: looked for a module from terraform-aws-eks in every layer of ${where}` +
            `${req.targetClusterLayer ? "" : ` (${listOrNone(regionLayers.map((l) => l.path))})`}. ` +
            `Set target-cluster-layer to the layer that creates ${req.targetCluster}.`);
    }
    if (found.length === 1)
        return found[0];
    // Several clusters in one region: pick the one whose files name the target cluster, if exactly one does.
    const named = found.filter((c) => c.mentionsCluster);
    if (named.length === 1)
        return named[0];
    throw new LayoutError(`Several EKS cluster layers in ${where}: ${found.map((c) => c.path).join(", ")}. Set target-cluster-layer to ` +
        `the one that creates ${req.targetCluster}.`);
}
/** Finds `map_roles = [...]` in a locals block of the layer. */
async function findMapRoles(layer, parse) {
    for (const path of layer.tfFiles) {
        const file = await parse(path);
        for (const locals of findBlocks(file.items, "locals")) {
            const attribute = findAttribute(locals, "map_roles");
            if (attribute && file.text[attribute.exprStart] === "[")
                return { file: path, attribute };
        }
    }
    return undefined;
}
async function findRbacLayer(layers, cluster, req, parseLayer) {
    const parent = dirname(cluster.path);
    const candidates = req.targetRbacLayer
        ? layers.filter((l) => l.path === req.targetRbacLayer)
        : layers.filter((l) => dirname(l.path) === parent && l.path !== cluster.path);
    const withProvider = [];
    // k8s-components layers first: when exactly one of them has the provider, the others are not read.
    const components = candidates.filter((l) => basename(l.path) === "k8s-components");
    for (const group of [components, candidates.filter((l) => !components.includes(l))]) {
        for (const layer of group) {
            const files = await parseLayer(layer);
            const hasProvider = files.some((f) => findBlocks(f.items, "provider", "kubernetes").some((p) => !findAttribute(p, "alias")));
            if (hasProvider)
                withProvider.push({ layer, backendKey: backendKey(files) });
        }
        if (withProvider.length === 1 && group === components)
            break;
    }
    const why = req.method === "bearer-token"
        ? "the bearer-token method creates a ServiceAccount, its token and RBAC bindings in the target cluster"
        : "aws-auth access other than cluster-admin needs RBAC bindings for the mapped group";
    if (withProvider.length === 0) {
        throw new LayoutError(`No layer with a kubernetes provider for the target cluster: ${why}. Looked in ` +
            `${req.targetRbacLayer ?? `the sibling layers of ${cluster.path}`} ` +
            `(${listOrNone(candidates.map((l) => l.path))}). Set target-rbac-layer to a layer whose provider "kubernetes" ` +
            `points at ${req.targetCluster}.`);
    }
    const preferred = withProvider.filter((c) => basename(c.layer.path) === "k8s-components");
    const pick = withProvider.length === 1 ? withProvider[0] : preferred.length === 1 ? preferred[0] : undefined;
    if (!pick) {
        throw new LayoutError(`Several layers with a kubernetes provider next to ${cluster.path}: ` +
            `${withProvider.map((c) => c.layer.path).join(", ")}. Set target-rbac-layer to pick one (${why}).`);
    }
    return { path: pick.layer.path, backendKey: pick.backendKey };
}
function backendKey(files) {
    for (const file of files) {
        for (const terraform of findBlocks(file.items, "terraform")) {
            for (const backend of findBlocks(terraform.body, "backend", "s3")) {
                const key = attrString(file, backend, "key");
                if (key)
                    return key;
            }
        }
    }
    return undefined;
}
/** The `version` constraint of hashicorp/aws in the file's `terraform { required_providers }`, if any. */
function awsProviderConstraint(file) {
    for (const terraform of findBlocks(file.items, "terraform")) {
        for (const providers of findBlocks(terraform.body, "required_providers")) {
            const aws = findAttribute(providers, "aws");
            if (!aws)
                continue;
            // The legacy form `aws = "~> 4.10"` is the constraint itself.
            const legacy = stringLiteral(file.text.slice(aws.exprStart, aws.exprEnd));
            if (legacy !== undefined)
                return legacy;
            if (file.text[aws.exprStart] !== "{")
                continue;
            const version = objectItems(file.text, aws.exprStart, file.path).items.find((i) => i.key === "version");
            if (version)
                return stringLiteral(file.text.slice(version.valueStart, version.valueEnd));
        }
    }
    return undefined;
}
const ACCESS_ENTRY_MIN = "5.33.0";
/**
 * aws_eks_access_entry exists from hashicorp/aws 5.33.0: the layer's lock file (what is installed)
 * and its version constraint (what may be installed) must both allow it.
 */
function accessEntriesSupport(layer, constraint, locked) {
    if (locked && parseVersion(locked) && compareVersions(locked, ACCESS_ENTRY_MIN) < 0) {
        return {
            supported: false,
            why: `${layer}/.terraform.lock.hcl pins hashicorp/aws ${locked}; EKS access entries need 5.33.0 or later`,
        };
    }
    if (constraint && !admitsAtLeast(readableConstraint(constraint), ACCESS_ENTRY_MIN)) {
        return {
            supported: false,
            why: `${layer} requires hashicorp/aws "${constraint}"; EKS access entries need 5.33.0 or later`,
        };
    }
    return { supported: true };
}
/** The clauses of a constraint that can be read; others are left to Terraform to judge. */
function readableConstraint(constraint) {
    return constraint.split(",").flatMap((clause) => {
        try {
            return parseConstraint(clause);
        }
        catch {
            return [];
        }
    });
}

;// CONCATENATED MODULE: ./src/core/markdown.ts
// Safe Markdown for comments, pull request bodies and job summaries: untrusted text is only ever
// shown inside code spans or code blocks, which GitHub renders literally.

const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
/** ASCII punctuation with a meaning in GitHub Markdown; all are backslash-escapable. */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]()#+\-.!|<>{}~&$=]/g;
const ZWJ = "\u200D";
/** One line of text: line breaks and tabs become spaces, other invisible characters U+FFFD. */
function flatten(text) {
    return replaceInvisible(text.replace(LINE_BREAKS, " ").replace(/\t/g, " "));
}
/**
 * Untrusted text made safe to show inline in a GitHub comment or PR body: it renders as the literal
 * characters, with no link, image, HTML, table, heading, list, emphasis, math or mention.
 *
 * - Line breaks become spaces, so the text can never start a new Markdown block; tabs become spaces;
 *   other control characters and bidirectional overrides become U+FFFD.
 * - ASCII punctuation with a Markdown meaning (`\ ` * _ [ ] ( ) # + - . ! | < > { } ~ & $ =`) gets a
 *   backslash. `&` is escaped so `&lt;` shows as typed rather than as `<`.
 * - GitHub links mentions (`@user`, `@org/team`), issue references (`#1`) and bare URLs after
 *   rendering, so escapes do not stop them: a zero-width joiner (U+200D) is put after every `@` and
 *   `#`, after `:` in `://` and after a word-initial `www`. It is invisible, but a copied value then
 *   contains it: show values meant to be copied with `codeSpan`.
 */
function escapeMarkdown(text) {
    return flatten(text)
        .replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`)
        .replace(/[@#]/g, (char) => `${char}${ZWJ}`)
        .replace(/:(?=\/\/)/g, `:${ZWJ}`)
        .replace(/(?<![\p{L}\p{N}_])(www)(?=\\\.)/giu, `$1${ZWJ}`);
}
/**
 * Any text as one inline code span: line breaks and tabs become spaces (other control characters
 * U+FFFD), and the backtick fence is one longer than the longest backtick run inside. Text starting
 * or ending with a backtick or space is padded with one space, which Markdown removes again. Empty
 * text gives a code span of one space. Code spans render `<`, `@` and `[` literally, but a `|` still
 * splits a GitHub table cell: do not use this inside tables.
 */
function codeSpan(text) {
    const flat = flatten(text);
    if (flat === "")
        return "` `";
    let longest = 0;
    for (const run of flat.matchAll(/`+/g))
        longest = Math.max(longest, run[0].length);
    const fence = "`".repeat(longest + 1);
    const pad = /^[` ]|[` ]$/.test(flat) && !/^ +$/.test(flat) ? " " : "";
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** Short name used across the reports. */
const code = codeSpan;
/** A fenced code block that holds any text safely. */
function codeBlock(text, language = "") {
    const longest = Math.max(2, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
    const fence = "`".repeat(longest + 1);
    return `${fence}${language}\n${text.replace(/\n$/, "")}\n${fence}`;
}

;// CONCATENATED MODULE: ./src/hcl/write.ts
// Renders Terraform in the exact layout `terraform fmt` produces: two-space indentation and the `=`
// of consecutive single-line attributes aligned (a multi-line value, a blank line or a comment ends
// an alignment group). Values from users only ever reach the output through `quote()`.
const raw = (expr) => ({ raw: expr });
const attr = (name, value) => ({ kind: "attr", name, value });
const block = (type, labels, body) => ({
    kind: "block",
    type,
    labels,
    body,
});
const blank = { kind: "blank" };
const comment = (text) => ({ kind: "comment", text });
const INDENT = "  ";
/**
 * A double-quoted HCL string literal holding exactly `value`: quotes, backslashes and control
 * characters are escaped, and `${` / `%{` become `$${` / `%%{` so nothing is interpolated.
 */
function quote(value) {
    let out = '"';
    for (let i = 0; i < value.length; i++) {
        const ch = value[i];
        const code = ch.charCodeAt(0);
        if (ch === '"')
            out += '\\"';
        else if (ch === "\\")
            out += "\\\\";
        else if (ch === "\n")
            out += "\\n";
        else if (ch === "\r")
            out += "\\r";
        else if (ch === "\t")
            out += "\\t";
        else if (code < 0x20 || code === 0x7f)
            out += `\\u${code.toString(16).padStart(4, "0")}`;
        else if ((ch === "$" || ch === "%") && value[i + 1] === "{")
            out += ch + ch;
        else
            out += ch;
    }
    return out + '"';
}
/** A valid HCL identifier can be written bare as an object key; anything else is quoted. */
function objectKey(key) {
    return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : quote(key);
}
function isRaw(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value) && "raw" in value;
}
/** Renders a value; multi-line values start on the current line and end at `indent`. */
function renderValue(value, indent) {
    if (typeof value === "string")
        return quote(value);
    if (typeof value === "number" || typeof value === "boolean")
        return String(value);
    if (isRaw(value))
        return value.raw;
    if (Array.isArray(value)) {
        if (value.length === 0)
            return "[]";
        const simple = value.every((v) => typeof v !== "object" || isRaw(v));
        const inline = `[${value.map((v) => renderValue(v, indent)).join(", ")}]`;
        if (simple && inline.length + indent.length <= 100 && !inline.includes("\n"))
            return inline;
        const inner = indent + INDENT;
        return `[\n${value.map((v) => `${inner}${renderValue(v, inner)},\n`).join("")}${indent}]`;
    }
    const entries = Object.entries(value);
    if (entries.length === 0)
        return "{}";
    return `{\n${renderBody(entries.map(([k, v]) => ({ kind: "attr", name: objectKey(k), value: v })), indent + INDENT)}${indent}}`;
}
/** Display columns as terraform fmt counts them: grapheme clusters, not UTF-16 code units. */
const columns = (s) => [...new Intl.Segmenter().segment(s)].length;
/** A value that is one heredoc: terraform fmt aligns its `=` like a single-line value. */
const HEREDOC = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)\r?\n(?:[\s\S]*\n)?[ \t]*\1$/;
/** Renders body items at `indent`, aligning `=` the way terraform fmt does. */
function renderBody(items, indent) {
    const lines = [];
    let group = [];
    const flush = () => {
        const width = Math.max(0, ...group.map((g) => columns(g.name)));
        for (const g of group) {
            lines.push(`${indent}${g.name}${" ".repeat(width - columns(g.name))} = ${g.value}\n`);
        }
        group = [];
    };
    for (const item of items) {
        if (item.kind === "attr") {
            const value = renderValue(item.value, indent);
            if (value.includes("\n") && !HEREDOC.test(value)) {
                flush();
                lines.push(`${indent}${item.name} = ${value}\n`);
            }
            else {
                group.push({ name: item.name, value });
            }
            continue;
        }
        flush();
        if (item.kind === "blank")
            lines.push("\n");
        else if (item.kind === "comment")
            lines.push(...item.text.split("\n").map((l) => `${indent}# ${l}`.trimEnd() + "\n"));
        else
            lines.push(renderBlock(item, indent));
    }
    flush();
    return lines.join("");
}
function renderBlock(item, indent) {
    const head = [item.type, ...item.labels.map(quote)].join(" ");
    if (item.body.length === 0)
        return `${indent}${head} {}\n`;
    return `${indent}${head} {\n${renderBody(item.body, indent + INDENT)}${indent}}\n`;
}
/** Renders a whole file: top-level items separated as given, ending with one newline. */
function renderFile(items) {
    return renderBody(items, "").replace(/\n{3,}/g, "\n\n");
}

;// CONCATENATED MODULE: ./src/edit/hcl-edit.ts
// Surgical edits of existing Terraform files: add (or replace) one element of a list, or a few
// items of an object, and leave every other byte of the file as it was. Each edit re-scans its
// result so that a broken file is never returned.



function lineStart(text, offset) {
    return text.lastIndexOf("\n", offset - 1) + 1;
}
/** True when only spaces precede `offset` on its line. */
function startsLine(text, offset) {
    return text.slice(lineStart(text, offset), offset).trim() === "";
}
function checked(text, path, what) {
    try {
        scanHcl(text, path);
    }
    catch (error) {
        throw new LayoutError(`Editing ${path} (${what}) would break it: ${error.message}`);
    }
    return text;
}
function unsafe(path, what, snippet) {
    throw new LayoutError(`${path}: cannot ${what} safely because the file is not laid out as expected. Add this by hand, then run again:\n\n${snippet}`);
}
/**
 * Adds `body` as an object element of the list whose `[` is at `open`, or replaces the element
 * for which `isOwn` is true. The element is written `{ ... },` on its own lines.
 */
function upsertListObject(text, path, open, body, isOwn) {
    const { items, close } = splitSequence(text, open, path);
    const attrIndent = indentOf(text, open);
    const indent = items[0] ? indentOf(text, items[0].start) : `${attrIndent}  `;
    const element = `{\n${renderBody(body, `${indent}  `)}${indent}}`;
    const own = items.find((i) => isOwn(text.slice(i.start, i.end)));
    if (own) {
        if (text.slice(own.start, own.end) === element)
            return text;
        return checked(text.slice(0, own.start) + element + text.slice(own.end), path, "replace list element");
    }
    // An empty list is rewritten whole, unless comments inside it must be kept: then it is extended
    // before its closing bracket like any other list.
    if (items.length === 0 && text.slice(open + 1, close).trim() === "") {
        const replacement = `[\n${indent}${element},\n${attrIndent}]`;
        return checked(text.slice(0, open) + replacement + text.slice(close + 1), path, "add list element");
    }
    if (!startsLine(text, close))
        unsafe(path, "add a list element", `${indent}${element},`);
    const last = items.at(-1);
    let out = text;
    let shift = 0;
    if (last && last.comma === undefined) {
        out = out.slice(0, last.end) + "," + out.slice(last.end);
        shift = 1;
    }
    const at = lineStart(text, close) + shift;
    out = out.slice(0, at) + `${indent}${element},\n` + out.slice(at);
    return checked(out, path, "add list element");
}
/**
 * Sets `entries` (key → expression) in the object whose `{` is at `open`: existing keys get the new
 * value, missing ones are added together after a blank line and a comment, before the closing brace.
 */
function upsertObjectItems(text, path, open, entries, note) {
    const { items, close } = objectItems(text, open, path);
    let out = text;
    const missing = [];
    // Replace from the end so earlier offsets stay valid.
    const replacements = [];
    for (const [key, value] of entries) {
        const item = items.find((i) => i.key === key);
        if (!item)
            missing.push([key, value]);
        else if (text.slice(item.valueStart, item.valueEnd) !== value) {
            replacements.push({ start: item.valueStart, end: item.valueEnd, value });
        }
    }
    for (const r of replacements.sort((a, b) => b.start - a.start)) {
        out = out.slice(0, r.start) + r.value + out.slice(r.end);
    }
    if (missing.length === 0)
        return replacements.length ? checked(out, path, "set object items") : text;
    const indent = items[0] ? indentOf(text, items[0].start) : `${indentOf(text, open)}  `;
    const group = renderBody([
        { kind: "comment", text: note },
        ...missing.map(([k, v]) => ({ kind: "attr", name: k, value: { raw: v } })),
    ], indent);
    const shifted = close + (out.length - text.length);
    if (!startsLine(out, shifted))
        unsafe(path, "add template variables", group);
    const at = lineStart(out, shifted);
    const separator = items.length > 0 ? "\n" : "";
    out = out.slice(0, at) + separator + group + out.slice(at);
    return checked(out, path, "add object items");
}

;// CONCATENATED MODULE: ./src/steps/shared.ts
// Pieces every file a link writes shares: the owner header and the tags of new AWS resources.


function header(lines) {
    return [comment(lines.join("\n")), blank];
}
/**
 * The first lines of every file a link owns: its id, and who it links, so that a request reusing
 * the id for another link is refused instead of rewriting this one (see ownerOf).
 */
function linkMarker(names, req) {
    return [markerFor(names.id), ownerLine(names.release, req)];
}
function tags(hasTagsLocal, extra) {
    return hasTagsLocal
        ? [attr("tags", raw(`merge(local.tags, ${renderInlineMap(extra)})`))]
        : [attr("tags", extra)];
}
function renderInlineMap(map) {
    return `{ ${Object.entries(map)
        .map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
        .join(", ")} }`;
}

;// CONCATENATED MODULE: ./src/steps/argocd.ts
// Step argocd (source account, ArgoCD layer): the cluster entry in the ArgoCD values, the template
// variables it reads (role ARNs, or the bearer token through remote state), and for a dedicated
// instance its own release.









const ID = "argocd";
const argocdStep = {
    id: ID,
    side: "source",
    needed: () => true,
    layers: ({ layout }) => [layout.argocd.layer],
    files: argocdFiles,
    summary: ({ names, req }) => `add cluster ${names.id} to ArgoCD ${names.release}${req.dedicatedInstance ? " (new instance)" : ""}`,
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
async function argocdFiles({ req, facts, layout, grant, names, argocd: where, }) {
    const argocd = layout.argocd;
    const files = new Map();
    const vars = [];
    if (grant.method === "iam-role") {
        vars.push([names.irsaVar, `"${names.sourceRoleArnExpr}"`], [names.roleArnVar, `"${names.targetRoleArnExpr}"`]);
    }
    else {
        const rbac = grant.rbac.layer;
        const taken = layout.argocdRemoteStates.find((s) => s.name === names.remoteStateName && !s.file.endsWith(`/argocd_link_${names.snake}.tf`));
        if (taken) {
            throw new LayoutError(`${taken.file} already defines data "terraform_remote_state" "${names.remoteStateName}". Choose another argocd-cluster-name.`);
        }
        const regionExpr = layout.argocdRemoteStates.find((s) => s.regionExpr)?.regionExpr ?? "var.region";
        // Leverage's state key: <account>/<layer path below the region folder>/terraform.tfstate.
        const [account, , ...below] = rbac.path.split("/");
        const key = rbac.backendKey ?? `${account}/${below.join("/")}/terraform.tfstate`;
        files.set(`${argocd.layer}/argocd_link_${names.snake}.tf`, tokenRemoteStateFile(names, req, regionExpr, key));
        vars.push([
            names.tokenVar,
            `data.terraform_remote_state.${names.remoteStateName}.outputs.${names.tokenOutput}`,
        ]);
    }
    const iam = grant.method === "iam-role";
    const credential = {
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
    if (where.dedicated) {
        const relative = where.valuesPath.slice(argocd.layer.length + 1);
        files.set(where.valuesPath, editValues(dedicatedValues(names, argocd.chartVersion), where.valuesPath, edit));
        files.set(`${argocd.layer}/argocd_link_${names.releaseSnake}_release.tf`, dedicatedInstanceFile(names, argocd.chartVersion, relative, vars));
    }
    else {
        files.set(where.valuesPath, editValues(where.currentValues ?? "", where.valuesPath, edit, where.parsedValues));
        // Discovery parsed the release's file and found this template in it (it gave the values path).
        const helm = layout.files.get(argocd.file);
        const template = argocd.valuesTemplates.find((t) => t.path === where.valuesPath);
        if (!helm || !template)
            throw new Error(`discovery lost ${argocd.file} or its template ${where.valuesPath}`);
        files.set(argocd.file, upsertObjectItems(helm.text, helm.path, template.varsOpen, vars, `${markerFor(names.id)} (${req.method})`));
    }
    return files;
}
/** Values of a dedicated instance: no CRDs (the first release owns them) and its own label key. */
function dedicatedValues(names, chartVersion) {
    // installationID exists from ArgoCD 2.14, first shipped in chart 7.8.0.
    const version = parseVersion(chartVersion);
    const installationId = version !== undefined && compareVersions(version, "7.8.0") >= 0;
    return [
        `# ${markerFor(names.id)}: values of the dedicated ArgoCD instance "${names.release}".`,
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
function tokenRemoteStateFile(names, req, regionExpr, backendKey) {
    const sameAccount = req.sourceAccount === req.targetAccount;
    return renderFile([
        ...header([
            ...linkMarker(names, req),
            `State of the ${req.targetAccount} layer that holds ArgoCD's ServiceAccount token for ${req.targetCluster}.`,
            "The token stays in Terraform state: it is never written into this repository.",
        ]),
        block("data", ["terraform_remote_state", names.remoteStateName], [
            attr("backend", "s3"),
            attr("config", {
                region: raw(regionExpr),
                profile: sameAccount ? raw("var.profile") : raw(`"\${var.project}-${req.targetAccount}-devops"`),
                bucket: sameAccount
                    ? raw("var.bucket")
                    : raw(`"\${var.project}-${req.targetAccount}-terraform-backend"`),
                key: backendKey,
            }),
        ]),
    ]);
}
/** Source account, ArgoCD layer: a dedicated ArgoCD release for this target. */
function dedicatedInstanceFile(names, chartVersion, valuesRelative, templateVars) {
    const vars = Object.fromEntries(templateVars.map(([k, v]) => [k, raw(v)]));
    return renderFile([
        ...header([
            `${MARKER}: dedicated ArgoCD instance "${names.release}" for the cluster ${names.id}.`,
            "A second release in the same cluster: CRDs stay with the first one, and the values give it",
            "its own application.instanceLabelKey so the two never fight over the same Applications.",
        ]),
        block("resource", ["kubernetes_namespace_v1", `argocd_link_${names.releaseSnake}`], [block("metadata", [], [attr("name", names.release)])]),
        blank,
        block("resource", ["helm_release", `argocd_link_${names.releaseSnake}`], [
            attr("name", names.release),
            attr("namespace", raw(`kubernetes_namespace_v1.argocd_link_${names.releaseSnake}.metadata[0].name`)),
            attr("repository", "https://argoproj.github.io/argo-helm"),
            attr("chart", "argo-cd"),
            attr("version", chartVersion),
            attr("values", [
                raw(`templatefile(${JSON.stringify(valuesRelative)}, ${renderValue(vars, "    ")})`),
            ]),
        ]),
    ]);
}

;// CONCATENATED MODULE: ./src/plan/grant.ts
// What a link grants in the target cluster, decided once from the request, the cluster's
// authentication mode and the discovered layout: the planner, the steps and their descriptions all
// read this decision instead of re-deriving it.


/** Whether the grant in the target is cluster-wide (no namespaces). */
function clusterWide(req) {
    return req.namespaces.length === 0;
}
/**
 * Access entries when the cluster accepts them (mode API or API_AND_CONFIG_MAP) and the cluster
 * layer's AWS provider can manage them; otherwise the aws-auth map_roles list.
 */
function clusterAccessKind(mode, cluster) {
    if (mode === "CONFIG_MAP")
        return "aws-auth";
    if (cluster.accessEntries.supported)
        return "access-entry";
    if (mode === "API") {
        throw new LayoutError(`The target cluster only accepts EKS access entries (authentication mode API), but ${cluster.accessEntries.why}. ` +
            `Raise the provider version of ${cluster.path} (and run leverage tf init -upgrade there), then run again.`);
    }
    return "aws-auth";
}
/**
 * Whether the link needs RBAC objects in the target: a bearer token's ServiceAccount, an aws-auth
 * group without cluster-admin, or the cluster-scoped kinds of `cluster-resources`.
 */
function rbacNeeded(req, kind) {
    if (req.method === "bearer-token" || req.clusterResources)
        return true;
    return kind === "aws-auth" && req.access !== "cluster-admin";
}
/** Decides the grant; throws a LayoutError when the repository or the cluster cannot carry it. */
async function decideGrant(repo, req, facts, layout) {
    if (req.method === "bearer-token") {
        // Checked for every method, so a cluster this layout cannot serve is reported the same way.
        clusterAccessKind(facts.authenticationMode, layout.targetCluster);
        const layer = await discoverRbacLayer(repo, req, layout);
        return { method: "bearer-token", rbac: { needed: true, layer, accessBindings: true } };
    }
    const targetRoleLayer = requireBaseIdentities(layout, req, await repo.listFiles());
    const kind = clusterAccessKind(facts.authenticationMode, layout.targetCluster);
    const rbac = rbacNeeded(req, kind)
        ? // With an access entry the namespaced access is the entry's; RBAC only adds cluster-scoped kinds.
            { needed: true, layer: await discoverRbacLayer(repo, req, layout), accessBindings: kind === "aws-auth" }
        : { needed: false };
    return {
        method: "iam-role",
        targetRoleLayer,
        cluster: kind === "aws-auth" ? { kind, mapRoles: requireMapRoles(facts, layout.targetCluster) } : { kind },
        rbac,
    };
}
function requireMapRoles(facts, cluster) {
    if (!cluster.mapRoles || cluster.awsAuth === "none") {
        throw new LayoutError((facts.authenticationMode === "CONFIG_MAP"
            ? `${facts.name} authenticates with CONFIG_MAP (aws-auth) only`
            : `EKS access entries cannot be used (${cluster.accessEntries.why})`) +
            `, but ${cluster.path} has no locals map_roles = [...] passed to aws_auth_roles. Add one, or make ` +
            `access entries possible (authentication mode API_AND_CONFIG_MAP and hashicorp/aws 5.33.0 or later), ` +
            `then run again.`);
    }
    return cluster.mapRoles;
}

;// CONCATENATED MODULE: ./src/plan/describe.ts
// Titles and Markdown bodies of the steps: what a reviewer needs to accept the change without
// opening the guide. Every value shown comes from a validated request, the repository or AWS, and
// is still written inside code spans so that Markdown cannot reinterpret it.


/** `summary` is the step kind's own part of the title. */
function stepTitle(names, step, summary) {
    return `argocd-cluster-link ${names.id} ${step.number}/${step.total} (${step.account}): ${summary}`;
}
/** The access a link grants, in words, e.g. `edit` access, in the namespaces `a`, `b`. */
function accessText(req) {
    const scope = clusterWide(req)
        ? "cluster-wide"
        : `in the namespaces ${req.namespaces.map(code).join(", ")}`;
    return `${code(req.access)} access, ${scope}`;
}
/**
 * The Markdown body; `why` comes from the step kind. `previous` is the step before this one when it is part of the same plan;
 * `previousId` names it even when it is already merged.
 */
function stepBody(names, req, facts, step, why, previous, previousId) {
    const order = step.number === 1
        ? ": apply it first."
        : previous
            ? `. Apply after step ${step.number - 1}: ${code(previous.title)}.`
            : `. Step ${step.number - 1} (${code(previousId ?? "")}) is already merged: make sure it is applied first.`;
    const lines = [
        `**Link** ${code(names.id)}: ArgoCD ${code(names.release)} in ${code(req.sourceAccount)} → ${code(facts.arn)} ` +
            `(${code(req.method)}, ${accessText(req)}).`,
        "",
        `**Step ${step.number} of ${step.total}** in account ${code(step.account)}${order}`,
        "",
        "### Why",
        ...why.map((line) => `- ${line}`),
        "",
        "### Files",
        ...step.files.map((f) => `- ${f.action === "create" ? "new" : "edited"}: ${code(f.path)}`),
        "",
        "### Apply, once merged",
        "```sh",
        ...step.apply,
        "```",
    ];
    return lines.join("\n") + "\n";
}

;// CONCATENATED MODULE: ./src/steps/types.ts
// The interface every step kind implements. A step is one pull request: the files of one account's
// layers, applied before the next step of the link.
/** Thrown when the planner calls a step the link does not need: a bug, not a user error. */
function notNeeded(id) {
    return new Error(`step ${id} was planned although the link does not need it`);
}

;// CONCATENATED MODULE: ./src/steps/cluster-access.ts
// Step cluster-access (target account, cluster layer): the Kubernetes access of the role ArgoCD
// assumes, as an EKS access entry or as an element of the aws-auth map_roles list, as decided in
// plan/grant.ts.









const cluster_access_ID = "cluster-access";
/** EKS access policies for each access level. */
const EKS_ACCESS_POLICY = {
    "cluster-admin": "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy",
    admin: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSAdminPolicy",
    edit: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy",
    view: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy",
};
function clusterAccess({ grant }) {
    if (grant.method !== "iam-role")
        throw notNeeded(cluster_access_ID);
    return grant.cluster;
}
const clusterAccessStep = {
    id: cluster_access_ID,
    side: "target",
    needed: ({ grant }) => grant.method === "iam-role",
    layers: ({ layout }) => [layout.targetCluster.path],
    files: async (link) => {
        const { names, req, layout } = link;
        const access = clusterAccess(link);
        if (access.kind === "access-entry") {
            return new Map([
                [
                    `${layout.targetCluster.path}/argocd_link_${names.snake}_access.tf`,
                    accessEntryFile(names, req, layout.targetCluster),
                ],
            ]);
        }
        const { file, attribute } = access.mapRoles;
        const text = await link.read(file);
        if (text === undefined)
            throw new LayoutError(`${file} (its locals map_roles) could not be read.`);
        const roleArn = `:role/${names.targetRoleName}"`;
        return new Map([
            [
                file,
                upsertListObject(text, file, attribute.exprStart, mapRolesElement(names, req), (el) => el.includes(roleArn)),
            ],
        ]);
    },
    summary: () => "cluster access for the ArgoCD role",
    why: (link) => {
        const { names, req, facts, layout } = link;
        if (clusterAccess(link).kind === "aws-auth") {
            return [
                `${code(facts.name)} uses authentication mode ${code(facts.authenticationMode)}` +
                    (facts.authenticationMode === "CONFIG_MAP"
                        ? ""
                        : ` but access entries are not available (${layout.targetCluster.accessEntries.why})`) +
                    `: the role is added to ${code("map_roles")} (aws-auth)` +
                    `${req.access === "cluster-admin" ? ` in ${code("system:masters")}` : ` as group ${code(names.k8sGroup)}`}.`,
            ];
        }
        const policy = EKS_ACCESS_POLICY[req.access];
        return [
            `${code(facts.name)} uses authentication mode ${code(facts.authenticationMode)}, so access is an EKS access ` +
                `entry with ${code(policy.slice(policy.lastIndexOf("/") + 1))} (${accessText(req)}) instead of an aws-auth edit.`,
        ];
    },
};
/** Target account, cluster layer: an EKS access entry and its policy association. */
function accessEntryFile(names, req, cluster) {
    // terraform-aws-eks v18 names the cluster's name output cluster_id; v19 and later cluster_name.
    const nameOutput = cluster.eksMajor !== undefined && cluster.eksMajor <= 18 ? "cluster_id" : "cluster_name";
    const scope = clusterWide(req)
        ? [attr("type", "cluster")]
        : [attr("type", "namespace"), attr("namespaces", req.namespaces)];
    return renderFile([
        ...header([
            ...linkMarker(names, req),
            `Kubernetes access of ArgoCD "${names.release}" (account ${req.sourceAccount}) through its role ${names.targetRoleName}.`,
        ]),
        block("resource", ["aws_eks_access_entry", `argocd_link_${names.snake}`], [
            attr("cluster_name", raw(`module.${cluster.eksModule}.${nameOutput}`)),
            attr("principal_arn", raw(`"${names.targetRoleArnExpr}"`)),
            // The group gets the cluster-scoped kinds through RBAC (the target-rbac step).
            ...(req.clusterResources ? [attr("kubernetes_groups", [names.k8sGroup])] : []),
            attr("type", "STANDARD"),
        ]),
        blank,
        block("resource", ["aws_eks_access_policy_association", `argocd_link_${names.snake}`], [
            attr("cluster_name", raw(`aws_eks_access_entry.argocd_link_${names.snake}.cluster_name`)),
            attr("principal_arn", raw(`aws_eks_access_entry.argocd_link_${names.snake}.principal_arn`)),
            attr("policy_arn", EKS_ACCESS_POLICY[req.access]),
            blank,
            block("access_scope", [], scope),
        ]),
    ]);
}
/** Target account, cluster layer: the `map_roles` element (aws-auth) for this link. */
function mapRolesElement(names, req) {
    const groups = req.access === "cluster-admin" ? ["system:masters"] : [names.k8sGroup];
    return [
        comment(`${markerFor(names.id)} (ArgoCD ${names.release} in ${req.sourceAccount})`),
        attr("rolearn", raw(`"${names.targetRoleArnExpr}"`)),
        attr("username", names.targetRoleName),
        attr("groups", groups),
    ];
}

;// CONCATENATED MODULE: ./src/steps/rotate-token.ts
// Step rotate-token (target account, the RBAC layer of a bearer-token link): raises the token
// generation in the secret's generate_name, so the provider replaces the secret. It is planned
// per existing link by plan/rotate.ts, not as part of a link, so it has no LinkContext.
const ROTATE_TOKEN_ID = "rotate-token";
function rotateTokenTitle(linkId, generation) {
    return `argocd-cluster-link ${linkId}: rotate the ArgoCD bearer token (generation ${generation})`;
}

;// CONCATENATED MODULE: ./src/steps/source-role.ts
// Step source-role (source account, identities layer of ArgoCD's cluster): the IRSA role of the
// ArgoCD release, and a policy that lets it assume this link's role in the target account.






const IAM_OIDC_ROLE_MODULE = "github.com/binbashar/terraform-aws-iam.git//modules/iam-assumable-role-with-oidc?ref=v5.37.1";
/** The identities layer, when it can host the IRSA role (it knows the cluster's OIDC provider URL). */
function identitiesLayer({ layout }) {
    const identities = layout.identities;
    if (!identities?.providerUrlExpr) {
        throw new LayoutError(`The iam-role method needs the identities layer of the cluster ArgoCD runs in, next to ${layout.argocd.layer} ` +
            `(looked for ${joinPath(layout.argocd.layer, "../identities")} with a provider_url or a remote state of the ` +
            `cluster layer). ${identities ? "It has neither." : "There is no such layer."}`);
    }
    return { ...identities, providerUrlExpr: identities.providerUrlExpr };
}
const source_role_ID = "source-role";
const sourceRoleStep = {
    id: source_role_ID,
    side: "source",
    needed: ({ grant }) => grant.method === "iam-role",
    layers: (link) => [identitiesLayer(link).path],
    files: async (link) => {
        const { names, req, argocd } = link;
        const identities = identitiesLayer(link);
        return new Map([
            [
                `${identities.path}/ids_argocd_link_${names.releaseSnake}.tf`,
                irsaRoleFile(names, argocd.namespace, argocd.serviceAccounts, identities.providerUrlExpr, identities.hasTagsLocal),
            ],
            [
                `${identities.path}/ids_argocd_link_${names.snake}.tf`,
                assumePolicyFile(names, req, identities.hasTagsLocal),
            ],
        ]);
    },
    summary: ({ names }) => `IRSA role and assume policy for ArgoCD ${names.release}`,
    why: ({ names, req }) => [
        `ArgoCD ${code(names.release)} gets an IAM role through IRSA: its service accounts ` +
            `(controller, applicationset-controller, server) are listed one by one, because the trust policy compares ` +
            `them with ${code("StringEquals")} and a wildcard would match nothing.`,
        `A policy lets that role assume ${code(names.targetRoleName)} in ${code(req.targetAccount)}; other links of the ` +
            `same ArgoCD attach their own policies to the same role.`,
    ],
};
/** Source account, identities layer: the IRSA role of one ArgoCD release (shared by its links). */
function irsaRoleFile(names, namespace, serviceAccounts, providerUrlExpr, hasTagsLocal) {
    return renderFile([
        ...header([
            `${MARKER}: IRSA role of the ArgoCD release "${names.release}" (namespace ${namespace}).`,
            "Its service accounts assume this role, and through it the role of each linked cluster.",
            "Each link attaches its own policy to it (files ids_argocd_link_<cluster>.tf).",
        ]),
        block("module", [`role_argocd_link_${names.releaseSnake}`], [
            attr("source", IAM_OIDC_ROLE_MODULE),
            blank,
            attr("create_role", true),
            attr("role_name", raw(`"${names.sourceRoleNameExpr}"`)),
            attr("provider_url", raw(providerUrlExpr)),
            blank,
            comment("Exact service accounts: StringEquals does not expand wildcards."),
            attr("oidc_fully_qualified_subjects", serviceAccounts.map((sa) => `system:serviceaccount:${namespace}:${sa}`)),
            blank,
            ...tags(hasTagsLocal, { Purpose: "argocd-cluster-link" }),
        ]),
        blank,
        block("output", [`argocd_link_${names.releaseSnake}_role_arn`], [
            attr("description", `IRSA role of the ArgoCD release ${names.release}`),
            attr("value", raw(`module.role_argocd_link_${names.releaseSnake}.iam_role_arn`)),
        ]),
    ]);
}
/** Source account, identities layer: lets the release's IRSA role assume this link's target role. */
function assumePolicyFile(names, req, hasTagsLocal) {
    const policy = {
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "AssumeArgoCDLinkRole",
                Effect: "Allow",
                Action: "sts:AssumeRole",
                Resource: raw(`"${names.targetRoleArnExpr}"`),
            },
        ],
    };
    return renderFile([
        ...header([
            ...linkMarker(names, req),
            `ArgoCD "${names.release}" may assume the role that ${req.targetAccount}/${req.targetRegion}/${req.targetCluster} trusts.`,
        ]),
        block("resource", ["aws_iam_policy", `argocd_link_${names.snake}`], [
            attr("name", raw(`"\${var.environment}-argocd-link-${names.id}"`)),
            attr("description", `ArgoCD ${names.release}: assume the argocd-cluster-link role of ${req.targetAccount}`),
            attr("policy", raw(`jsonencode(${renderValueInline(policy)})`)),
            ...tags(hasTagsLocal, { Purpose: "argocd-cluster-link" }),
        ]),
        blank,
        block("resource", ["aws_iam_role_policy_attachment", `argocd_link_${names.snake}`], [
            attr("role", raw(`module.role_argocd_link_${names.releaseSnake}.iam_role_name`)),
            attr("policy_arn", raw(`aws_iam_policy.argocd_link_${names.snake}.arn`)),
        ]),
    ]);
}
// jsonencode's argument is an object expression; render it multi-line at top-level indentation.
function renderValueInline(value) {
    return renderValue(value, "  ");
}

;// CONCATENATED MODULE: ./src/steps/target-rbac.ts
// Step target-rbac (target account, a layer with a kubernetes provider for the cluster): RBAC for
// the link's subject, a ServiceAccount with a long-lived token (bearer-token) or the aws-auth
// group of ArgoCD's role (iam-role), plus the cluster-scoped kinds of `cluster-resources`.







const target_rbac_ID = "target-rbac";
const CLUSTER_ROLE = {
    "cluster-admin": "cluster-admin",
    admin: "admin",
    edit: "edit",
    view: "view",
};
function rbacGrant({ grant }) {
    if (!grant.rbac.needed)
        throw notNeeded(target_rbac_ID);
    return grant.rbac;
}
const targetRbacStep = {
    id: target_rbac_ID,
    side: "target",
    needed: ({ grant }) => grant.rbac.needed,
    layers: (link) => [rbacGrant(link).layer.path],
    files: async (link) => {
        const rbac = rbacGrant(link);
        const path = `${rbac.layer.path}/argocd_link_${link.names.snake}.tf`;
        // Keep the token generation a rotation may have raised: rewriting it would replace the token.
        const existing = await link.read(path);
        const generation = existing === undefined ? 0 : (tokenGeneration(existing, path)?.value ?? 0);
        return new Map([
            [
                path,
                rbacFile(link.names, link.req, { tokenGeneration: generation, accessBindings: rbac.accessBindings }),
            ],
        ]);
    },
    summary: ({ req }) => req.method === "bearer-token"
        ? "ServiceAccount, token and RBAC for ArgoCD"
        : "RBAC for the ArgoCD aws-auth group",
    why: ({ names, req, grant }) => {
        const scoped = req.clusterResources
            ? [
                `${code("cluster-resources")}: a ClusterRole that names only cluster-scoped kinds (Namespaces, CRDs, ` +
                    `ClusterRoles, StorageClasses, webhooks...) ${req.access === "view" ? "to read" : "to manage"}, so the ` +
                    `namespaced access stays in ${req.namespaces.map(code).join(", ")}.` +
                    (req.access === "view"
                        ? ""
                        : " Writing ClusterRoles and their bindings is as strong as cluster-admin."),
            ]
            : [];
        if (grant.method === "bearer-token") {
            return [
                `A ServiceAccount ${code(`kube-system/${names.k8sName}`)} with a long-lived token secret, bound to the ` +
                    `ClusterRole ${code(CLUSTER_ROLE[req.access])} (${accessText(req)}).`,
                ...scoped,
                `The token is an output of this layer marked sensitive; the ArgoCD layer reads it through remote state, so ` +
                    `it is never written into the repository.`,
            ];
        }
        if (grant.cluster.kind === "access-entry") {
            return [`The ArgoCD role's access entry puts it in the group ${code(names.k8sGroup)}.`, ...scoped];
        }
        return [
            `The cluster authenticates with aws-auth only, so the ArgoCD role is mapped to the group ${code(names.k8sGroup)}; ` +
                `this binds that group to the ClusterRole ${code(CLUSTER_ROLE[req.access])} (${accessText(req)}).`,
            ...scoped,
        ];
    },
};
/** The token generation in an RBAC file, with the offsets of its generate_name literal. */
function tokenGeneration(text, path) {
    for (const block of findBlocks(scanHcl(text, path), "resource", "kubernetes_secret_v1")) {
        const metadata = findBlocks(block.body, "metadata")[0];
        const attribute = metadata && findAttribute(metadata, "generate_name");
        const literal = attribute && stringLiteral(text.slice(attribute.exprStart, attribute.exprEnd));
        const match = literal === undefined ? null : /^(argocd-link-[a-z0-9-]+-g)(\d{1,9})-$/.exec(literal);
        if (!attribute || !match)
            continue;
        return { value: Number(match[2]), prefix: match[1], start: attribute.exprStart, end: attribute.exprEnd };
    }
    return undefined;
}
/**
 * The cluster-scoped kinds ArgoCD manages next to its namespaces when `cluster-resources` is set.
 * The built-in ClusterRoles (admin, edit, view) grant none of them, and binding those cluster-wide
 * would open every namespace: this ClusterRole names only cluster-scoped kinds.
 */
const CLUSTER_SCOPED_KINDS = [
    ["", ["namespaces", "persistentvolumes"]],
    ["apiextensions.k8s.io", ["customresourcedefinitions"]],
    ["rbac.authorization.k8s.io", ["clusterroles", "clusterrolebindings"]],
    ["storage.k8s.io", ["storageclasses"]],
    ["networking.k8s.io", ["ingressclasses"]],
    ["scheduling.k8s.io", ["priorityclasses"]],
    ["admissionregistration.k8s.io", ["mutatingwebhookconfigurations", "validatingwebhookconfigurations"]],
    ["apiregistration.k8s.io", ["apiservices"]],
];
function clusterScopedGrant(names, req, subject, labels, separated) {
    const verbs = req.access === "view" ? ["get", "list", "watch"] : ["*"];
    const name = `${names.k8sName}-cluster-scoped`;
    return [
        ...(separated ? [blank] : []),
        comment(`cluster-resources: ${req.access === "view" ? "read" : "manage"} cluster-scoped kinds (namespaced access stays in ${req.namespaces.join(", ")}).` +
            (req.access === "view"
                ? ""
                : "\nWriting ClusterRoles and their bindings is as strong as cluster-admin: grant it to a trusted ArgoCD only.")),
        block("resource", ["kubernetes_cluster_role_v1", `argocd_link_${names.snake}_cluster_scoped`], [
            block("metadata", [], [attr("name", name), attr("labels", labels)]),
            blank,
            ...CLUSTER_SCOPED_KINDS.map(([group, resources]) => block("rule", [], [attr("api_groups", [group]), attr("resources", resources), attr("verbs", verbs)])),
        ]),
        blank,
        block("resource", ["kubernetes_cluster_role_binding_v1", `argocd_link_${names.snake}_cluster_scoped`], [
            block("metadata", [], [attr("name", name), attr("labels", labels)]),
            blank,
            block("role_ref", [], [
                attr("api_group", "rbac.authorization.k8s.io"),
                attr("kind", "ClusterRole"),
                attr("name", raw(`kubernetes_cluster_role_v1.argocd_link_${names.snake}_cluster_scoped.metadata[0].name`)),
            ]),
            block("subject", [], subject),
        ]),
    ];
}
/**
 * Target account, a layer with a kubernetes provider for the cluster: RBAC bindings for the link's
 * subject (a ServiceAccount with a token for bearer-token, the aws-auth group for iam-role).
 */
function rbacFile(names, req, options) {
    const tokenGeneration = options.tokenGeneration;
    const bearer = req.method === "bearer-token";
    const saNamespace = "kube-system";
    const subject = bearer
        ? [
            attr("kind", "ServiceAccount"),
            attr("name", raw(`kubernetes_service_account_v1.argocd_link_${names.snake}.metadata[0].name`)),
            attr("namespace", saNamespace),
        ]
        : [attr("api_group", "rbac.authorization.k8s.io"), attr("kind", "Group"), attr("name", names.k8sGroup)];
    const roleRef = [
        attr("api_group", "rbac.authorization.k8s.io"),
        attr("kind", "ClusterRole"),
        attr("name", CLUSTER_ROLE[req.access]),
    ];
    const labels = { "app.kubernetes.io/managed-by": "terraform", "argocd-cluster-link/link": names.id };
    const items = [
        ...header([
            ...linkMarker(names, req),
            bearer
                ? `ServiceAccount, long-lived token and RBAC for ArgoCD "${names.release}" (account ${req.sourceAccount}).`
                : `RBAC for the group ${names.k8sGroup} of ArgoCD "${names.release}" (account ${req.sourceAccount}).`,
            options.accessBindings
                ? `Access: ClusterRole "${CLUSTER_ROLE[req.access]}" ${clusterWide(req) ? "cluster-wide" : `in ${req.namespaces.join(", ")}`}.`
                : `Access in ${req.namespaces.join(", ")} comes from the EKS access entry; this grants the cluster-scoped kinds.`,
        ]),
    ];
    if (bearer) {
        items.push(block("resource", ["kubernetes_service_account_v1", `argocd_link_${names.snake}`], [
            block("metadata", [], [attr("name", names.k8sName), attr("namespace", saNamespace), attr("labels", labels)]),
        ]), blank, comment("The token does not expire. Raising the generation in generate_name (-g<N>-) replaces the secret\n" +
            "with a new token (argocd-cluster-link's scheduled rotation opens that change); apply the ArgoCD\n" +
            "layer right after."), block("resource", ["kubernetes_secret_v1", `argocd_link_${names.snake}`], [
            block("metadata", [], [
                attr("generate_name", tokenSecretPrefix(names, tokenGeneration)),
                attr("namespace", saNamespace),
                attr("labels", labels),
                attr("annotations", {
                    "kubernetes.io/service-account.name": raw(`kubernetes_service_account_v1.argocd_link_${names.snake}.metadata[0].name`),
                }),
            ]),
            blank,
            attr("type", "kubernetes.io/service-account-token"),
            attr("wait_for_service_account_token", true),
            blank,
            comment("A new token exists before the old one is deleted."),
            block("lifecycle", [], [attr("create_before_destroy", true)]),
        ]), blank);
    }
    if (!options.accessBindings) {
        // Nothing namespaced to bind here.
    }
    else if (clusterWide(req)) {
        items.push(block("resource", ["kubernetes_cluster_role_binding_v1", `argocd_link_${names.snake}`], [
            block("metadata", [], [attr("name", names.k8sName), attr("labels", labels)]),
            blank,
            block("role_ref", [], roleRef),
            block("subject", [], subject),
        ]));
    }
    else {
        items.push(comment("The namespaces must exist: ArgoCD gets no right to create them."), block("resource", ["kubernetes_role_binding_v1", `argocd_link_${names.snake}`], [
            attr("for_each", raw(`toset(${renderValue(req.namespaces, "  ")})`)),
            blank,
            block("metadata", [], [attr("name", names.k8sName), attr("namespace", raw("each.key")), attr("labels", labels)]),
            blank,
            block("role_ref", [], roleRef),
            block("subject", [], subject),
        ]));
    }
    if (req.clusterResources)
        items.push(...clusterScopedGrant(names, req, subject, labels, options.accessBindings));
    if (bearer) {
        items.push(blank, block("output", [names.tokenOutput], [
            attr("description", `Bearer token of ArgoCD ${names.release} for this cluster (read by its layer through remote state)`),
            attr("value", raw(`kubernetes_secret_v1.argocd_link_${names.snake}.data.token`)),
            attr("sensitive", true),
        ]));
    }
    return renderFile(items);
}
/**
 * generate_name of the token secret: changing it (the provider replaces the secret for a new
 * generate_name) is how a token is rotated, with any Terraform version and no extra provider.
 */
function tokenSecretPrefix(names, generation) {
    return `${names.k8sName}-g${generation}-`;
}

;// CONCATENATED MODULE: ./src/steps/target-role.ts
// Step target-role (target account, base-identities layer): the role ArgoCD's IRSA role assumes,
// trusted by that role only and with no IAM permissions of its own.




const IAM_ROLE_MODULE = "github.com/binbashar/terraform-aws-iam.git//modules/iam-assumable-role?ref=v4.1.0";
const target_role_ID = "target-role";
function roleLayer({ grant }) {
    if (grant.method !== "iam-role")
        throw notNeeded(target_role_ID);
    return grant.targetRoleLayer;
}
const targetRoleStep = {
    id: target_role_ID,
    side: "target",
    needed: ({ grant }) => grant.method === "iam-role",
    layers: (link) => [roleLayer(link)],
    files: async (link) => {
        const base = roleLayer(link);
        return new Map([
            [
                `${base}/argocd_link_${link.names.snake}.tf`,
                targetRoleFile(link.names, link.req, await link.hasTagsLocal(base)),
            ],
        ]);
    },
    summary: ({ names }) => `role ${names.targetRoleName} trusted by ArgoCD`,
    why: ({ names, req }) => [
        `The role ${code(names.targetRoleName)} trusts exactly ${code(names.sourceRoleName)} of ${code(req.sourceAccount)}: ` +
            `no account root, no wildcard. It has no IAM permissions; the cluster grants it Kubernetes access in the next steps.`,
        `Apply it after the previous step: IAM refuses a trust policy whose principal does not exist yet.`,
    ],
};
/** Target account, base-identities layer: the role ArgoCD's IRSA role assumes. */
function targetRoleFile(names, req, hasTagsLocal) {
    return renderFile([
        ...header([
            ...linkMarker(names, req),
            `Role assumed by ArgoCD "${names.release}" (account ${req.sourceAccount}) to reach ${req.targetCluster}.`,
            "It has no IAM policies: its only use is the Kubernetes access the cluster grants it.",
        ]),
        block("module", [`iam_assumable_role_argocd_link_${names.snake}`], [
            attr("source", IAM_ROLE_MODULE),
            blank,
            attr("trusted_role_arns", [raw(`"${names.sourceRoleArnExpr}"`)]),
            blank,
            attr("create_role", true),
            attr("role_name", names.targetRoleName),
            attr("role_path", "/"),
            blank,
            comment("Programmatic access from another role: no MFA."),
            attr("role_requires_mfa", false),
            attr("custom_role_policy_arns", []),
            blank,
            ...tags(hasTagsLocal, { Purpose: "argocd-cluster-link" }),
        ]),
        blank,
        block("output", [`argocd_link_${names.snake}_role_arn`], [
            attr("description", `Role ArgoCD ${names.release} assumes to manage ${req.targetCluster}`),
            attr("value", raw(`module.iam_assumable_role_argocd_link_${names.snake}.iam_role_arn`)),
        ]),
    ]);
}

;// CONCATENATED MODULE: ./src/steps/registry.ts
// The only list of step kinds, in apply order: the planner loops over it, and everything else that
// names a step (publisher, rotation, tests) takes the id from here.






/** The steps of a link, in apply order (each one's resources exist before the next needs them). */
const LINK_STEPS = [
    sourceRoleStep,
    targetRoleStep,
    targetRbacStep,
    clusterAccessStep,
    argocdStep,
];
/** The link steps' ids in apply order; typed as strings so ids read back from branches can be tested. */
const LINK_STEP_IDS = LINK_STEPS.map((step) => step.id);
/** Every step id by name, for code and tests that refer to one step. */
const STEP_ID = {
    sourceRole: sourceRoleStep.id,
    targetRole: targetRoleStep.id,
    targetRbac: targetRbacStep.id,
    clusterAccess: clusterAccessStep.id,
    argocd: argocdStep.id,
    rotateToken: ROTATE_TOKEN_ID,
};

;// CONCATENATED MODULE: ./src/plan/plan.ts
// The link planner: from a validated request, the target cluster's facts and a repository, the
// ordered steps (one pull request each) with the full content of every file they create or edit.
// It reads only through RepoReader and writes nothing.










async function planLink(repo, req, facts) {
    const layout = await discoverLayout(repo, req, facts);
    const grant = await decideGrant(repo, req, facts, layout);
    return buildPlan(repo, req, facts, layout, grant);
}
async function buildPlan(repo, req, facts, layout, grant) {
    const release = req.dedicatedInstance ? dedicatedReleaseName(req) : layout.argocd.releaseName;
    const names = linkNames(req, layout, release);
    const files = await repo.listFiles();
    const layers = findLayers(files);
    const hasTagsLocal = async (layerPath) => {
        for (const path of layers.find((l) => l.path === layerPath)?.tfFiles ?? []) {
            const text = (await repo.readFile(path)) ?? "";
            if (findBlocks(scanHcl(text, path), "locals").some((b) => findAttribute(b, "tags")))
                return true;
        }
        return false;
    };
    const read = async (path) => repo.readFile(path);
    await checkMethod(files, read, names, req);
    const link = {
        req,
        facts,
        layout,
        grant,
        names,
        argocd: await argoPlacement(layout, release, req, read),
        read,
        hasTagsLocal,
    };
    const drafts = [];
    for (const kind of LINK_STEPS) {
        if (!kind.needed(link))
            continue;
        drafts.push({
            kind,
            account: kind.side === "source" ? req.sourceAccount : req.targetAccount,
            layers: kind.layers(link),
            files: await kind.files(link),
        });
    }
    await checkOwnership(drafts, read, names, req);
    const steps = [];
    const upToDate = [];
    const stepDrafts = new Map();
    for (const [index, draft] of drafts.entries()) {
        const changes = [];
        for (const [path, content] of draft.files) {
            const previous = await read(path);
            if (previous === content)
                continue;
            changes.push(previous === undefined
                ? { path, action: "create", content }
                : { path, action: "update", content, previous });
        }
        if (changes.length === 0)
            upToDate.push(draft.kind.id);
        else {
            const step = {
                id: draft.kind.id,
                number: index + 1,
                total: drafts.length,
                account: draft.account,
                layers: draft.layers,
                files: changes,
                title: "",
                body: "",
                apply: [],
            };
            steps.push(step);
            stepDrafts.set(step, draft);
        }
    }
    for (const [step, draft] of stepDrafts) {
        step.apply = step.layers.map((layer) => `cd ${shellPath(layer)} && leverage tf apply`);
        step.title = stepTitle(names, step, draft.kind.summary(link));
    }
    for (const [step, draft] of stepDrafts) {
        const previous = drafts[step.number - 2];
        step.body = stepBody(names, req, facts, step, draft.kind.why(link), previous && steps.find((s) => s.id === previous.kind.id), previous?.kind.id);
    }
    return { linkId: names.id, steps, upToDate, notes: notes(req, facts) };
}
/** Where the ArgoCD that gets the cluster lives, and its current values (the values file must exist). */
async function argoPlacement(layout, release, req, read) {
    const dedicated = req.dedicatedInstance;
    const valuesPath = dedicated
        ? joinPath(layout.argocd.layer, `chart-values/${release}.yaml`)
        : requireValuesFile(layout);
    const currentValues = dedicated ? undefined : await read(valuesPath);
    const parsedValues = currentValues === undefined ? undefined : parseValues(currentValues);
    return {
        dedicated,
        namespace: dedicated ? release : layout.argocd.namespace,
        valuesPath,
        currentValues,
        parsedValues,
        serviceAccounts: serviceAccountNames(parsedValues),
    };
}
/** A link id names files in several accounts: refuse a request that would rewrite another link's files. */
async function checkOwnership(drafts, read, names, req) {
    const mine = ownerLine(names.release, req);
    for (const draft of drafts) {
        for (const path of draft.files.keys()) {
            const previous = await read(path);
            const theirs = previous === undefined ? undefined : ownerOf(previous, names.id);
            if (theirs && theirs !== mine) {
                throw new LayoutError(`argocd-cluster-name "${names.id}" is already used by another link (${theirs}; ${path}). ` +
                    `Choose another argocd-cluster-name, or remove that link first.`);
            }
        }
    }
}
/**
 * Refuse to switch an existing link to the other method: the old method's roles or token and
 * grants would stay behind. Checked before anything is edited.
 */
async function checkMethod(files, read, names, req) {
    // Files only the other method writes: bearer-token's remote state and ServiceAccount, iam-role's roles.
    const otherMethod = req.method === "iam-role"
        ? (path, text) => path.endsWith(`/argocd_link_${names.snake}.tf`) &&
            /"kubernetes_secret_v1"|"terraform_remote_state"/.test(text)
        : (path, text) => path.endsWith(`/ids_argocd_link_${names.snake}.tf`) ||
            (path.endsWith(`/argocd_link_${names.snake}.tf`) && text.includes("iam-assumable-role?"));
    const candidates = files.filter((f) => f.endsWith(`argocd_link_${names.snake}.tf`));
    for (const path of candidates) {
        const text = (await read(path)) ?? "";
        if (ownerOf(text, names.id) !== undefined && otherMethod(path, text)) {
            throw new LayoutError(`Link "${names.id}" exists with the other method (${path}). Changing the method of an existing link is not ` +
                `supported: its roles or token and grants would stay. Remove that link's files first (every ` +
                `*argocd_link_${names.snake}*.tf and its entries in map_roles and the ArgoCD values), or choose another ` +
                `argocd-cluster-name.`);
        }
    }
}
function requireValuesFile(layout) {
    if (!layout.argocd.valuesFile) {
        throw new LayoutError(`resource "helm_release" "${layout.argocd.resourceName}" in ${layout.argocd.file} has no ` +
            `templatefile("chart-values/<file>.yaml", { ... }) element in values: the cluster entry and its template ` +
            `variables go there. Move the chart values into such a template, then run again.`);
    }
    return layout.argocd.valuesFile;
}
/** Service account names from the values (a chart user may rename them), else the chart defaults. */
function serviceAccountNames(values) {
    // Unparsable values are reported by the values edit itself, with a snippet to add by hand.
    const usable = values && values.errors.length === 0 && (0,dist/* isMap */.jh)(values.contents);
    return Object.entries(ARGO_SERVICE_ACCOUNTS).map(([component, fallback]) => {
        const name = usable ? values.getIn([component, "serviceAccount", "name"]) : undefined;
        return typeof name === "string" && /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(name) ? name : fallback;
    });
}
function notes(req, facts) {
    const out = [];
    if (facts.endpointPublicAccess === false) {
        out.push(`${facts.name} has a private-only API endpoint: ArgoCD needs a network path to it (e.g. VPC peering and DNS resolution).`);
    }
    if (req.namespaces.length > 0 && !clusterWide(req)) {
        out.push(`The namespaces ${req.namespaces.join(", ")} must exist in ${facts.name}: ArgoCD may not create them.`);
    }
    if (req.method === "bearer-token") {
        out.push("The ServiceAccount token does not expire: rotate it by raising the generation in its secret's generate_name " +
            "(the Action's scheduled rotation opens that pull request), then apply the ArgoCD layer.");
    }
    return out;
}
function shellPath(path) {
    return /^[A-Za-z0-9._/-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./src/request/types.ts
const METHODS = ["iam-role", "bearer-token"];
const ACCESS_LEVELS = ["cluster-admin", "admin", "edit", "view"];

;// CONCATENATED MODULE: ./src/request/parse.ts





const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_LABEL_WORDS = "lowercase letters, digits and '-', starting and ending with a letter or digit";
const ACCOUNT = {
    max: 32,
    pattern: /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/,
    words: "a Leverage account folder name: lowercase letters and digits, words joined by single '-', starting with a letter",
};
const NAMESPACE = {
    max: 63,
    pattern: DNS_LABEL,
    words: `a Kubernetes namespace (DNS-1123 label): ${DNS_LABEL_WORDS}`,
};
const HELM_RELEASE = {
    max: 53,
    pattern: DNS_LABEL,
    words: `a Helm release name (DNS-1123 label): ${DNS_LABEL_WORDS}`,
};
/** Short enough to fit in IAM role and Kubernetes object names built from it. */
const ARGOCD_CLUSTER_NAME_MAX = 40;
const ARGOCD_CLUSTER_NAME = {
    max: ARGOCD_CLUSTER_NAME_MAX,
    pattern: DNS_LABEL,
    words: `a DNS-1123 label: ${DNS_LABEL_WORDS}`,
};
const LAYER_PATH = {
    max: 200,
    pattern: /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/,
    words: "a repository-relative layer path such as apps-devstg/us-east-1/k8s-eks: names of letters, digits, '.', '_' and '-' separated by single '/', without a leading or trailing '/'",
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
    "argocd-cluster-name",
    "labels",
    "target-cluster-layer",
    "argocd-layer",
    "target-rbac-layer",
];
/**
 * Parses a link request written as YAML or JSON (JSON is YAML) and validates it.
 * Throws InvalidInputError listing every problem found.
 */
function parseLinkRequestText(text, sourceName) {
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
    const lineCounter = new dist/* LineCounter */.HN();
    // logLevel "error": warnings are collected in doc.warnings and reported below instead of printed.
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, prettyErrors: false, logLevel: "error" });
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
    if (doc === undefined)
        return validateLinkRequest(null, sourceName);
    const syntaxErrors = [...doc.errors, ...doc.warnings].map((problem) => {
        const { line, col } = lineCounter.linePos(problem.pos[0]);
        const lineText = text.slice(lineCounter.lineStarts[line - 1], lineCounter.lineStarts[line]);
        return {
            field: "(root)",
            value: show(lineText.replace(/\r?\n$/, "")),
            message: `is not valid YAML or JSON: ${oneLine(problem.message, PARSER_MESSAGE_MAX)} at line ${line}, column ${col}`,
        };
    });
    if (syntaxErrors.length > 0)
        throw new InvalidInputError(what, syntaxErrors);
    let value;
    try {
        value = doc.toJS();
    }
    catch (error) {
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
function validateLinkRequest(input, sourceName) {
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
    const errors = [];
    for (const key of Object.keys(input)) {
        if (KEYS.includes(key))
            continue;
        const suggestion = closest(key, KEYS);
        errors.push({
            field: keyField(key),
            value: show(input[key]),
            message: (suggestion ? `unknown key; did you mean ${suggestion}? ` : "unknown key; ") +
                `allowed keys are: ${KEYS.join(", ")}`,
        });
    }
    // `key:` with nothing after it is YAML null: treat it as not given.
    const get = (key) => (Object.hasOwn(input, key) ? (input[key] ?? undefined) : undefined);
    const required = (key, allowed, read) => {
        const value = get(key);
        if (value !== undefined)
            return read(value);
        errors.push({ field: key, value: show(undefined), message: `is required: ${allowed}` });
        return undefined;
    };
    const optional = (key, read) => {
        const value = get(key);
        return value === undefined ? undefined : read(value);
    };
    const account = (key) => (value) => {
        const name = readText(errors, key, value, ACCOUNT);
        if (name !== "config")
            return name;
        errors.push({
            field: key,
            value: show(value),
            message: "is the Leverage configuration folder, not an account; use an account folder name",
        });
        return undefined;
    };
    const sourceAccount = required("source-account", ACCOUNT.words, account("source-account"));
    const targetAccount = required("target-account", ACCOUNT.words, account("target-account"));
    const targetRegion = required("target-region", AWS_REGION.words, (v) => readText(errors, "target-region", v, AWS_REGION));
    const targetCluster = required("target-cluster", EKS_CLUSTER_NAME.words, (v) => readText(errors, "target-cluster", v, EKS_CLUSTER_NAME));
    const method = required("method", `one of: ${METHODS.join(", ")}`, (v) => readChoice(errors, "method", v, METHODS));
    // undefined when invalid, so the contradiction checks below only see valid namespaces.
    const namespaces = get("namespaces") === undefined ? [] : readNamespaces(errors, get("namespaces"));
    const clusterResources = optional("cluster-resources", (v) => readFlag(errors, "cluster-resources", v));
    const argocdInstance = optional("argocd-instance", (v) => readText(errors, "argocd-instance", v, HELM_RELEASE));
    const dedicatedInstance = optional("dedicated-instance", (v) => readFlag(errors, "dedicated-instance", v));
    const access = required("access", `one of: ${ACCESS_LEVELS.join(", ")}`, (v) => readChoice(errors, "access", v, ACCESS_LEVELS));
    const argocdClusterName = optional("argocd-cluster-name", (v) => readText(errors, "argocd-cluster-name", v, ARGOCD_CLUSTER_NAME)) ??
        (targetCluster === undefined ? undefined : defaultClusterName(targetCluster));
    const labels = optional("labels", (v) => readLabels(errors, v)) ?? {};
    const targetClusterLayer = optional("target-cluster-layer", (v) => readLayerPath(errors, "target-cluster-layer", v));
    const argocdLayer = optional("argocd-layer", (v) => readLayerPath(errors, "argocd-layer", v));
    const targetRbacLayer = optional("target-rbac-layer", (v) => readLayerPath(errors, "target-rbac-layer", v));
    if (access === "cluster-admin" && namespaces !== undefined && namespaces.length > 0) {
        errors.push({
            field: "access",
            value: show(access),
            message: "cluster-admin is cluster-wide and cannot be limited to namespaces; use admin, edit or view with namespaces, or remove namespaces",
        });
    }
    if (clusterResources === true && namespaces?.length === 0) {
        errors.push({
            field: "cluster-resources",
            value: show(get("cluster-resources")),
            message: "only applies together with namespaces; without namespaces access is cluster-wide and already covers cluster resources",
        });
    }
    // Overrides stay in the account (and region) their step belongs to: a step's account decides
    // where it is reviewed and applied, so a layer from elsewhere would mislead both.
    const within = [
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
    if (errors.length > 0)
        throw new InvalidInputError(what, errors);
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
        argocdClusterName,
        labels,
        ...(targetClusterLayer !== undefined && { targetClusterLayer }),
        ...(argocdLayer !== undefined && { argocdLayer }),
        ...(targetRbacLayer !== undefined && { targetRbacLayer }),
    };
}
/**
 * The ArgoCD cluster name used when the request gives none: `target-cluster` turned into a
 * DNS-1123 label of at most 40 characters that starts with a letter.
 */
function defaultClusterName(targetCluster) {
    let name = trimDashes(targetCluster.toLowerCase().replace(/[^a-z0-9]+/g, "-"));
    if (!/^[a-z]/.test(name))
        name = `c-${name}`;
    return trimDashes(name.slice(0, ARGOCD_CLUSTER_NAME_MAX));
}
function trimDashes(text) {
    return text.replace(/^-+|-+$/g, "");
}
/** A key as written by the user, quoted when it is not plain so it cannot garble the report. */
function keyField(key) {
    return /^[A-Za-z0-9_.-]{1,64}$/.test(key) ? key : show(key);
}
function readChoice(errors, field, value, choices) {
    if (typeof value === "string" && choices.includes(value))
        return value;
    const suggestion = typeof value === "string" ? closest(value, choices) : undefined;
    errors.push({
        field,
        value: show(value),
        message: (suggestion ? `did you mean ${suggestion}? ` : "") + `must be one of: ${choices.join(", ")}`,
    });
    return undefined;
}
/** YAML booleans, plus "true"/"false" because workflow_dispatch inputs arrive as strings. */
function readFlag(errors, field, value) {
    if (typeof value === "boolean")
        return value;
    if (value === "true" || value === "false")
        return value === "true";
    errors.push({ field, value: show(value), message: "must be true or false" });
    return undefined;
}
/** A list of namespaces, or one comma-separated string (as a workflow_dispatch input sends it). */
function readNamespaces(errors, value) {
    const field = "namespaces";
    let items;
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
    }
    else if (Array.isArray(value)) {
        items = value;
    }
    else {
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
    const firstIndex = new Map();
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
function readLabels(errors, value) {
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
    const labels = [];
    for (const [key, labelValue] of entries) {
        const field = `labels.${show(key)}`;
        const keyOk = checkLabelKey(errors, field, key);
        const text = readLabelValue(errors, field, labelValue);
        if (keyOk && text !== undefined)
            labels.push([key, text]);
    }
    if (labels.length < entries.length)
        return undefined;
    return Object.fromEntries(labels.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** Kubernetes label key rules: `[prefix/]name`, prefix a DNS-1123 subdomain. */
function checkLabelKey(errors, field, key) {
    const fail = (message) => {
        errors.push({ field, value: show(key), message: `label key ${message}` });
        return false;
    };
    if (hasControlCharacter(key))
        return fail("must not contain control characters or line breaks");
    if (key.length > DNS_SUBDOMAIN_MAX + 1 + LABEL_NAME_MAX) {
        return fail(`is ${key.length} characters long; at most ${DNS_SUBDOMAIN_MAX + 1 + LABEL_NAME_MAX}`);
    }
    const parts = key.split("/");
    if (parts.length > 2)
        return fail("may contain at most one '/' (between prefix and name)");
    const name = parts.pop() ?? "";
    const prefix = parts.pop();
    if (prefix !== undefined) {
        if (prefix.length > DNS_SUBDOMAIN_MAX) {
            return fail(`prefix is ${prefix.length} characters long; at most ${DNS_SUBDOMAIN_MAX} are allowed`);
        }
        if (!DNS_SUBDOMAIN.test(prefix)) {
            return fail(`prefix must be a DNS-1123 subdomain: dot-separated parts of ${DNS_LABEL_WORDS} (at most ${DNS_SUBDOMAIN_MAX} characters)`);
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
function readLabelValue(errors, field, value) {
    const fail = (message) => {
        errors.push({ field, value: show(value), message: `label value ${message}` });
        return undefined;
    };
    if (value === null)
        return fail('must be a string; write "" for an empty value');
    if (typeof value !== "string")
        return fail(notText(value));
    if (hasControlCharacter(value))
        return fail("must not contain control characters or line breaks");
    if (value.length > LABEL_NAME_MAX) {
        return fail(`is ${value.length} characters long; at most ${LABEL_NAME_MAX} are allowed`);
    }
    if (value !== "" && !LABEL_NAME.test(value)) {
        return fail(`must be empty or ${LABEL_NAME_WORDS} (at most ${LABEL_NAME_MAX} characters)`);
    }
    return value;
}
function readLayerPath(errors, field, value) {
    const path = readText(errors, field, value, LAYER_PATH);
    if (path === undefined)
        return undefined;
    // The pattern allows "." and ".." as names; they would escape or alias layer folders.
    if (path.split("/").some((segment) => segment === "." || segment === "..")) {
        errors.push({ field, value: show(value), message: "must not contain '.' or '..' path segments" });
        return undefined;
    }
    return path;
}
/** The allowed word closest to `word` (also matching camelCase or snake_case spellings), if close enough. */
function closest(word, choices) {
    if (word.length > 64)
        return undefined;
    const normalized = word
        .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
        .replace(/[_\s]+/g, "-")
        .toLowerCase();
    let best;
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
function editDistance(a, b) {
    // rows[i][j]: distance between the first i characters of a and the first j of b.
    const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    const at = (i, j) => rows[i]?.[j] ?? 0;
    for (let i = 1; i <= a.length; i++) {
        const row = rows[i] ?? [];
        for (let j = 1; j <= b.length; j++) {
            row[j] = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                row[j] = Math.min(at(i, j), at(i - 2, j - 2) + 1);
            }
        }
    }
    return at(a.length, b.length);
}

;// CONCATENATED MODULE: ./src/repo/reader.ts



/** Serves files from a map; used by tests and to layer pending changes over another reader. */
class MemoryRepo {
    files;
    constructor(files) {
        this.files = files;
    }
    async listFiles() {
        return [...this.files.keys()].sort();
    }
    async readFile(path) {
        return this.files.get(path);
    }
}
/**
 * Serves a local folder, skipping `.git` and `.terraform` folders. Reads are cached. Symbolic links
 * read as the Action reads them from GitHub: a link holds a path, not content, so it reads as no file;
 * a path that resolves outside the folder (through a linked file or folder) is refused, so no outside
 * file's content can end up in a commit.
 */
class FolderRepo {
    root;
    list;
    rootReal;
    cache = new Map();
    constructor(root) {
        this.root = root;
    }
    async listFiles() {
        if (!this.list) {
            const entries = await (0,promises_namespaceObject.readdir)(this.root, { recursive: true, withFileTypes: true });
            this.list = entries
                .filter((e) => e.isFile() || e.isSymbolicLink())
                .map((e) => (0,external_node_path_namespaceObject.relative)(this.root, (0,external_node_path_namespaceObject.join)(e.parentPath, e.name)).split(external_node_path_namespaceObject.sep).join("/"))
                .filter((p) => !/(^|\/)(\.git|\.terraform|node_modules)\//.test(p))
                .sort();
        }
        return this.list;
    }
    async readFile(path) {
        if (!this.cache.has(path))
            this.cache.set(path, await this.readInside(path));
        return this.cache.get(path);
    }
    async readInside(path) {
        const full = (0,external_node_path_namespaceObject.join)(this.root, path);
        let target;
        try {
            target = await (0,promises_namespaceObject.realpath)(full);
        }
        catch {
            return undefined;
        }
        this.rootReal ??= await (0,promises_namespaceObject.realpath)(this.root);
        const inside = (0,external_node_path_namespaceObject.relative)(this.rootReal, target);
        if (inside === ".." || inside.startsWith(`..${external_node_path_namespaceObject.sep}`) || (0,external_node_path_namespaceObject.isAbsolute)(inside)) {
            throw new LayoutError(`${path} is a symbolic link (or lies under one) that leads outside the repository, to ${target}: ` +
                "refusing to read it. Replace the link with the file itself, then run again.");
        }
        if ((await (0,promises_namespaceObject.lstat)(full)).isSymbolicLink())
            return undefined;
        return (0,promises_namespaceObject.readFile)(full, "utf8").catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/base.js
class Diff {
    diff(oldStr, newStr, 
    // Type below is not accurate/complete - see above for full possibilities - but it compiles
    options = {}) {
        let callback;
        if (typeof options === 'function') {
            callback = options;
            options = {};
        }
        else if ('callback' in options) {
            callback = options.callback;
        }
        // Allow subclasses to massage the input prior to running
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
    }
    diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
            value = this.postProcess(value, options);
            if (callback) {
                setTimeout(function () { callback(value); }, 0);
                return undefined;
            }
            else {
                return value;
            }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
            maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: undefined }];
        // Seed editLength = 0, i.e. the content starts with the same values
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
            // Identity per the equality and tokenizer
            return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        // Once we hit the right edge of the edit graph on some diagonal k, we can
        // definitely reach the end of the edit graph in no more than k edits, so
        // there's no point in considering any moves to diagonal k+1 any more (from
        // which we're guaranteed to need at least k+1 more edits).
        // Similarly, once we've reached the bottom of the edit graph, there's no
        // point considering moves to lower diagonals.
        // We record this fact by setting minDiagonalToConsider and
        // maxDiagonalToConsider to some finite value once we've hit the edge of
        // the edit graph.
        // This optimization is not faithful to the original algorithm presented in
        // Myers's paper, which instead pointlessly extends D-paths off the end of
        // the edit graph - see page 7 of Myers's paper which notes this point
        // explicitly and illustrates it with a diagram. This has major performance
        // implications for some common scenarios. For instance, to compute a diff
        // where the new text simply appends d characters on the end of the
        // original text of length n, the true Myers algorithm will take O(n+d^2)
        // time while this optimization needs only O(n+d) time.
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        // Main worker method. checks all permutations of a given edit length for acceptance.
        const execEditLength = () => {
            for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
                let basePath;
                const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
                if (removePath) {
                    // No one else is going to attempt to use this value, clear it
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath - 1] = undefined;
                }
                let canAdd = false;
                if (addPath) {
                    // what newPos will be after we do an insertion:
                    const addPathNewPos = addPath.oldPos - diagonalPath;
                    canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
                }
                const canRemove = removePath && removePath.oldPos + 1 < oldLen;
                if (!canAdd && !canRemove) {
                    // If this path is a terminal then prune
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath] = undefined;
                    continue;
                }
                // Select the diagonal that we want to branch from. We select the prior
                // path whose position in the old string is the farthest from the origin
                // and does not pass the bounds of the diff graph
                if (!canRemove || (canAdd && removePath.oldPos < addPath.oldPos)) {
                    basePath = this.addToPath(addPath, true, false, 0, options);
                }
                else {
                    basePath = this.addToPath(removePath, false, true, 1, options);
                }
                newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
                if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
                    // If we have hit the end of both strings, then we are done
                    return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
                }
                else {
                    bestPath[diagonalPath] = basePath;
                    if (basePath.oldPos + 1 >= oldLen) {
                        maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
                    }
                    if (newPos + 1 >= newLen) {
                        minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
                    }
                }
            }
            editLength++;
        };
        // Performs the length of edit iteration. Is a bit fugly as this has to support the
        // sync and async mode which is never fun. Loops over execEditLength until a value
        // is produced, or until the edit length exceeds options.maxEditLength (if given),
        // in which case it will return undefined.
        if (callback) {
            (function exec() {
                setTimeout(function () {
                    if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                        return callback(undefined);
                    }
                    if (!execEditLength()) {
                        exec();
                    }
                }, 0);
            }());
        }
        else {
            while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
                const ret = execEditLength();
                if (ret) {
                    return ret;
                }
            }
        }
    }
    addToPath(path, added, removed, oldPosInc, options) {
        const last = path.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: last.count + 1, added: added, removed: removed, previousComponent: last.previousComponent }
            };
        }
        else {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: 1, added: added, removed: removed, previousComponent: last }
            };
        }
    }
    extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
            newPos++;
            oldPos++;
            commonCount++;
            if (options.oneChangePerToken) {
                basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
            }
        }
        if (commonCount && !options.oneChangePerToken) {
            basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
    }
    equals(left, right, options) {
        if (options.comparator) {
            return options.comparator(left, right);
        }
        else {
            return left === right
                || (!!options.ignoreCase && left.toLowerCase() === right.toLowerCase());
        }
    }
    removeEmpty(array) {
        const ret = [];
        for (let i = 0; i < array.length; i++) {
            if (array[i]) {
                ret.push(array[i]);
            }
        }
        return ret;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    castInput(value, options) {
        return value;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    tokenize(value, options) {
        return Array.from(value);
    }
    join(chars) {
        // Assumes ValueT is string, which is the case for most subclasses.
        // When it's false, e.g. in diffArrays, this method needs to be overridden (e.g. with a no-op)
        // Yes, the casts are verbose and ugly, because this pattern - of having the base class SORT OF
        // assume tokens and values are strings, but not completely - is weird and janky.
        return chars.join('');
    }
    postProcess(changeObjects, 
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    options) {
        return changeObjects;
    }
    get useLongestToken() {
        return false;
    }
    buildValues(lastComponent, newTokens, oldTokens) {
        // First we convert our linked list of components in reverse order to an
        // array in the right order:
        const components = [];
        let nextComponent;
        while (lastComponent) {
            components.push(lastComponent);
            nextComponent = lastComponent.previousComponent;
            delete lastComponent.previousComponent;
            lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
            const component = components[componentPos];
            if (!component.removed) {
                if (!component.added && this.useLongestToken) {
                    let value = newTokens.slice(newPos, newPos + component.count);
                    value = value.map(function (value, i) {
                        const oldValue = oldTokens[oldPos + i];
                        return oldValue.length > value.length ? oldValue : value;
                    });
                    component.value = this.join(value);
                }
                else {
                    component.value = this.join(newTokens.slice(newPos, newPos + component.count));
                }
                newPos += component.count;
                // Common case
                if (!component.added) {
                    oldPos += component.count;
                }
            }
            else {
                component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
                oldPos += component.count;
            }
        }
        return components;
    }
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/line.js


class LineDiff extends Diff {
    constructor() {
        super(...arguments);
        this.tokenize = tokenize;
    }
    equals(left, right, options) {
        // If we're ignoring whitespace, we need to normalise lines by stripping
        // whitespace before checking equality. (This has an annoying interaction
        // with newlineIsToken that requires special handling: if newlines get their
        // own token, then we DON'T want to trim the *newline* tokens down to empty
        // strings, since this would cause us to treat whitespace-only line content
        // as equal to a separator between lines, which would be weird and
        // inconsistent with the documented behavior of the options.)
        if (options.ignoreWhitespace) {
            if (!options.newlineIsToken || !left.includes('\n')) {
                left = left.trim();
            }
            if (!options.newlineIsToken || !right.includes('\n')) {
                right = right.trim();
            }
        }
        else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
            if (left.endsWith('\n')) {
                left = left.slice(0, -1);
            }
            if (right.endsWith('\n')) {
                right = right.slice(0, -1);
            }
        }
        return super.equals(left, right, options);
    }
}
const lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
    return lineDiff.diff(oldStr, newStr, options);
}
function diffTrimmedLines(oldStr, newStr, options) {
    options = generateOptions(options, { ignoreWhitespace: true });
    return lineDiff.diff(oldStr, newStr, options);
}
// Exported standalone so it can be used from jsonDiff too.
function tokenize(value, options) {
    if (options.stripTrailingCr) {
        // remove one \r before \n to match GNU diff's --strip-trailing-cr behavior
        value = value.replace(/\r\n/g, '\n');
    }
    const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
    // Ignore the final empty token that occurs if the string ends with a new line
    if (!linesAndNewlines[linesAndNewlines.length - 1]) {
        linesAndNewlines.pop();
    }
    // Merge the content and line separators into single tokens
    for (let i = 0; i < linesAndNewlines.length; i++) {
        const line = linesAndNewlines[i];
        if (i % 2 && !options.newlineIsToken) {
            retLines[retLines.length - 1] += line;
        }
        else {
            retLines.push(line);
        }
    }
    return retLines;
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/patch/create.js

/**
 * Returns true if the filename contains characters that require C-style
 * quoting (as used by Git and GNU diffutils in diff output).
 */
function needsQuoting(s) {
    for (let i = 0; i < s.length; i++) {
        if (s[i] < '\x20' || s[i] > '\x7e' || s[i] === '"' || s[i] === '\\') {
            return true;
        }
    }
    return false;
}
/**
 * C-style quotes a filename, encoding special characters as escape sequences
 * and non-ASCII bytes as octal escapes. This is the inverse of
 * `parseQuotedFileName` in parse.ts.
 *
 * Non-ASCII bytes are encoded as UTF-8 before being emitted as octal escapes.
 * This matches the behaviour of both Git and GNU diffutils, which always emit
 * UTF-8 octal escapes regardless of the underlying filesystem encoding (e.g.
 * Git for Windows converts from NTFS's UTF-16 to UTF-8 internally).
 *
 * If the filename doesn't need quoting, returns it as-is.
 */
function quoteFileNameIfNeeded(s) {
    if (!needsQuoting(s)) {
        return s;
    }
    let result = '"';
    const bytes = new TextEncoder().encode(s);
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        // See https://en.wikipedia.org/wiki/Escape_sequences_in_C#Escape_sequences
        if (b === 0x07) {
            result += '\\a';
        }
        else if (b === 0x08) {
            result += '\\b';
        }
        else if (b === 0x09) {
            result += '\\t';
        }
        else if (b === 0x0a) {
            result += '\\n';
        }
        else if (b === 0x0b) {
            result += '\\v';
        }
        else if (b === 0x0c) {
            result += '\\f';
        }
        else if (b === 0x0d) {
            result += '\\r';
        }
        else if (b === 0x22) {
            result += '\\"';
        }
        else if (b === 0x5c) {
            result += '\\\\';
        }
        else if (b >= 0x20 && b <= 0x7e) {
            // Just a printable ASCII character that is neither a double quote nor a
            // backslash; no need to escape it.
            result += String.fromCharCode(b);
        }
        else {
            // Either part of a non-ASCII character or a control character without a
            // special escape sequence; needs escaping as a 3-digit octal escape
            result += '\\' + b.toString(8).padStart(3, '0');
        }
        i++;
    }
    result += '"';
    return result;
}
const INCLUDE_HEADERS = {
    includeIndex: true,
    includeUnderline: true,
    includeFileHeaders: true
};
const FILE_HEADERS_ONLY = {
    includeIndex: false,
    includeUnderline: false,
    includeFileHeaders: true
};
const OMIT_HEADERS = {
    includeIndex: false,
    includeUnderline: false,
    includeFileHeaders: false
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    let optionsObj;
    if (!options) {
        optionsObj = {};
    }
    else if (typeof options === 'function') {
        optionsObj = { callback: options };
    }
    else {
        optionsObj = options;
    }
    if (typeof optionsObj.context === 'undefined') {
        optionsObj.context = 4;
    }
    // We copy this into its own variable to placate TypeScript, which thinks
    // optionsObj.context might be undefined in the callbacks below.
    const context = optionsObj.context;
    // @ts-expect-error (runtime check for something that is correctly a static type error)
    if (optionsObj.newlineIsToken) {
        throw new Error('newlineIsToken may not be used with patch-generation functions, only with diffing functions');
    }
    if (!optionsObj.callback) {
        return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
    }
    else {
        const { callback } = optionsObj;
        diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
                const patch = diffLinesResultToPatch(diff);
                // TypeScript is unhappy without the cast because it does not understand that `patch` may
                // be undefined here only if `callback` is StructuredPatchCallbackAbortable:
                callback(patch);
            } }));
    }
    function diffLinesResultToPatch(diff) {
        // STEP 1: Build up the patch with no "\ No newline at end of file" lines and with the arrays
        //         of lines containing trailing newline characters. We'll tidy up later...
        if (!diff) {
            return;
        }
        diff.push({ value: '', lines: [] }); // Append an empty value to make cleanup easier
        function contextLines(lines) {
            return lines.map(function (entry) { return ' ' + entry; });
        }
        const hunks = [];
        let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
        for (let i = 0; i < diff.length; i++) {
            const current = diff[i], lines = current.lines || splitLines(current.value);
            current.lines = lines;
            if (current.added || current.removed) {
                // If we have previous context, start with that
                if (!oldRangeStart) {
                    const prev = diff[i - 1];
                    oldRangeStart = oldLine;
                    newRangeStart = newLine;
                    if (prev) {
                        curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
                        oldRangeStart -= curRange.length;
                        newRangeStart -= curRange.length;
                    }
                }
                // Output our changes
                for (const line of lines) {
                    curRange.push((current.added ? '+' : '-') + line);
                }
                // Track the updated file position
                if (current.added) {
                    newLine += lines.length;
                }
                else {
                    oldLine += lines.length;
                }
            }
            else {
                // Identical context lines. Track line changes
                if (oldRangeStart) {
                    // Close out any changes that have been output (or join overlapping)
                    if (lines.length <= context * 2 && i < diff.length - 2) {
                        // Overlapping
                        for (const line of contextLines(lines)) {
                            curRange.push(line);
                        }
                    }
                    else {
                        // end the range and output
                        const contextSize = Math.min(lines.length, context);
                        for (const line of contextLines(lines.slice(0, contextSize))) {
                            curRange.push(line);
                        }
                        const hunk = {
                            oldStart: oldRangeStart,
                            oldLines: (oldLine - oldRangeStart + contextSize),
                            newStart: newRangeStart,
                            newLines: (newLine - newRangeStart + contextSize),
                            lines: curRange
                        };
                        hunks.push(hunk);
                        oldRangeStart = 0;
                        newRangeStart = 0;
                        curRange = [];
                    }
                }
                oldLine += lines.length;
                newLine += lines.length;
            }
        }
        // Step 2: eliminate the trailing `\n` from each line of each hunk, and, where needed, add
        //         "\ No newline at end of file".
        for (const hunk of hunks) {
            for (let i = 0; i < hunk.lines.length; i++) {
                if (hunk.lines[i].endsWith('\n')) {
                    hunk.lines[i] = hunk.lines[i].slice(0, -1);
                }
                else {
                    hunk.lines.splice(i + 1, 0, '\\ No newline at end of file');
                    i++; // Skip the line we just added, then continue iterating
                }
            }
        }
        return {
            oldFileName: oldFileName, newFileName: newFileName,
            oldHeader: oldHeader, newHeader: newHeader,
            hunks: hunks
        };
    }
}
/**
 * creates a unified diff patch.
 *
 * @param patch either a single structured patch object (as returned by `structuredPatch`) or an
 *   array of them (as returned by `parsePatch`).
 * @param headerOptions behaves the same as the `headerOptions` option of `createTwoFilesPatch`.
 *   Ignored for patches where `isGit` is `true`.
 *
 * When a patch has `isGit: true`, `formatPatch` output is changed to more closely match Git's
 * output: it emits a `diff --git` header, emits Git extended headers as appropriate based on
 * properties like `isRename`, `isCreate`, `newMode`, etc, and will omit `---`/`+++` file
 * headers for patches with no hunks (e.g. renames without content changes).
 */
function formatPatch(patch, headerOptions) {
    var _a, _b, _c, _d, _e, _f;
    if (!headerOptions) {
        headerOptions = INCLUDE_HEADERS;
    }
    if (Array.isArray(patch)) {
        if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every(p => p.isGit)) {
            throw new Error('Cannot omit file headers on a multi-file patch. '
                + '(The result would be unparseable; how would a tool trying to apply '
                + 'the patch know which changes are to which file?)');
        }
        return patch.map(p => formatPatch(p, headerOptions)).join('\n');
    }
    const ret = [];
    // Git patches have a fixed header format (diff --git, extended headers,
    // and ---/+++ when hunks are present), so headerOptions is ignored.
    if (patch.isGit) {
        headerOptions = INCLUDE_HEADERS;
        // Emit Git-style diff --git header and extended headers.
        // Git never puts /dev/null in the "diff --git" line; for file
        // creations/deletions it uses the real filename on both sides.
        if (!patch.oldFileName) {
            throw new Error('oldFileName must be specified for Git patches');
        }
        if (!patch.newFileName) {
            throw new Error('newFileName must be specified for Git patches');
        }
        let gitOldName = patch.oldFileName;
        let gitNewName = patch.newFileName;
        if (patch.isCreate && gitOldName === '/dev/null') {
            gitOldName = gitNewName.replace(/^b\//, 'a/');
        }
        else if (patch.isDelete && gitNewName === '/dev/null') {
            gitNewName = gitOldName.replace(/^a\//, 'b/');
        }
        ret.push('diff --git ' + quoteFileNameIfNeeded(gitOldName) + ' ' + quoteFileNameIfNeeded(gitNewName));
        if (patch.isDelete) {
            ret.push('deleted file mode ' + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : '100644'));
        }
        if (patch.isCreate) {
            ret.push('new file mode ' + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : '100644'));
        }
        if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
            ret.push('old mode ' + patch.oldMode);
            ret.push('new mode ' + patch.newMode);
        }
        if (patch.isRename) {
            ret.push('rename from ' + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : '').replace(/^a\//, '')));
            ret.push('rename to ' + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : '').replace(/^b\//, '')));
        }
        if (patch.isCopy) {
            ret.push('copy from ' + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : '').replace(/^a\//, '')));
            ret.push('copy to ' + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : '').replace(/^b\//, '')));
        }
    }
    else {
        if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== undefined) {
            ret.push('Index: ' + patch.oldFileName);
        }
        if (headerOptions.includeUnderline) {
            ret.push('===================================================================');
        }
    }
    // Emit --- / +++ file headers. For Git patches with no hunks (e.g.
    // pure renames, mode-only changes), Git omits these, so we do too.
    const hasHunks = patch.hunks.length > 0;
    if (headerOptions.includeFileHeaders && patch.oldFileName !== undefined && patch.newFileName !== undefined
        && (!patch.isGit || hasHunks)) {
        ret.push('--- ' + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? '\t' + patch.oldHeader : ''));
        ret.push('+++ ' + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? '\t' + patch.newHeader : ''));
    }
    for (let i = 0; i < patch.hunks.length; i++) {
        const hunk = patch.hunks[i];
        // Unified Diff Format quirk: If the chunk size is 0,
        // the first number is one lower than one would expect.
        // https://www.artima.com/weblogs/viewpost.jsp?thread=164293
        const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
        const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
        ret.push('@@ -' + oldStart + ',' + hunk.oldLines
            + ' +' + newStart + ',' + hunk.newLines
            + ' @@');
        for (const line of hunk.lines) {
            ret.push(line);
        }
    }
    return ret.join('\n') + '\n';
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    if (typeof options === 'function') {
        options = { callback: options };
    }
    if (!(options === null || options === void 0 ? void 0 : options.callback)) {
        const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
        if (!patchObj) {
            return;
        }
        return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
    }
    else {
        const { callback } = options;
        structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: patchObj => {
                if (!patchObj) {
                    callback(undefined);
                }
                else {
                    callback(formatPatch(patchObj, options.headerOptions));
                }
            } }));
    }
}
function createPatch(fileName, oldStr, newStr, oldHeader, newHeader, options) {
    return createTwoFilesPatch(fileName, fileName, oldStr, newStr, oldHeader, newHeader, options);
}
/**
 * Split `text` into an array of lines, including the trailing newline character (where present)
 */
function splitLines(text) {
    const hasTrailingNl = text.endsWith('\n');
    const result = text.split('\n').map(line => line + '\n');
    if (hasTrailingNl) {
        result.pop();
    }
    else {
        result.push(result.pop().slice(0, -1));
    }
    return result;
}

;// CONCATENATED MODULE: ./src/cli/render.ts
// Text and JSON forms of a plan for the CLI.

/** The JSON form: file contents in full, without the previous contents. */
function planJson(plan) {
    return {
        linkId: plan.linkId,
        steps: plan.steps.map((s) => ({
            id: s.id,
            number: s.number,
            total: s.total,
            account: s.account,
            layers: s.layers,
            title: s.title,
            body: s.body,
            apply: s.apply,
            files: s.files.map((f) => ({ path: f.path, action: f.action, content: f.content })),
        })),
        upToDate: plan.upToDate,
        notes: plan.notes,
    };
}
function renderPlan(plan, withDiffs = true) {
    const out = [];
    if (plan.steps.length === 0) {
        out.push(`Link ${plan.linkId}: nothing to change, the repository already has every step.`);
    }
    else {
        out.push(`Link ${plan.linkId}: ${plan.steps.length} step(s), one pull request each, applied in this order.`);
    }
    if (plan.upToDate.length > 0)
        out.push(`Already in place: ${plan.upToDate.join(", ")}.`);
    plan.steps.forEach((step, i) => {
        out.push("", `== ${i + 1}. ${step.title}`, `   account ${step.account}; layers: ${step.layers.join(", ")}`);
        for (const f of step.files)
            out.push(`   ${f.action === "create" ? "create" : "update"} ${f.path}`);
        out.push("   then run:", ...step.apply.map((c) => `     ${c}`));
        if (withDiffs) {
            for (const f of step.files) {
                const before = f.action === "create" ? "/dev/null" : `a/${f.path}`;
                out.push("", createTwoFilesPatch(before, `b/${f.path}`, f.previous ?? "", f.content, "", "").trimEnd());
            }
        }
    });
    if (plan.notes.length > 0)
        out.push("", "Notes:", ...plan.notes.map((n) => `  - ${n}`));
    return out.join("\n") + "\n";
}

;// CONCATENATED MODULE: ./src/cli/run.ts
// The local CLI: `plan` prints what a link changes, `apply` writes it as one local git branch per
// step. Exit codes: 0 done, 1 unexpected failure, 2 invalid request or facts, 3 layout not understood.













const HELP = `argocd-cluster-link: link an EKS cluster to an ArgoCD in another account of a binbash Leverage repository.

Usage:
  argocd-cluster-link plan  --repo DIR --request FILE --facts FILE [--json]
  argocd-cluster-link apply --repo DIR --request FILE --facts FILE [--json]
  argocd-cluster-link --help | --version

Commands:
  plan    Print the ordered steps (one pull request each), their files and unified diffs.
          Nothing is written.
  apply   Write each step as a commit on its own local branch in DIR,
          argocd-cluster-link/<argocd-cluster-name>/<step>, starting from HEAD. The work tree,
          the index and the checked-out branch are not touched; DIR must have no uncommitted
          changes. Running it again with the same inputs makes no new commit.

Options:
  --repo DIR       The Leverage repository (default: the current directory).
  --request FILE   The link request, YAML or JSON. Keys:
                     source-account       account folder where ArgoCD runs (e.g. shared)
                     target-account       account folder of the cluster (e.g. apps-devstg)
                     target-region        region of the cluster (e.g. us-east-1)
                     target-cluster       EKS cluster name
                     method               iam-role | bearer-token
                     access               cluster-admin | admin | edit | view
                     namespaces           list; empty or absent = cluster-wide
                     cluster-resources    true | false (default false; needs namespaces)
                     argocd-instance      Helm release of the ArgoCD to use (or to create)
                     dedicated-instance   true: create a new ArgoCD release for this cluster
                     argocd-cluster-name  name in ArgoCD, a DNS-1123 label (default: from target-cluster)
                     labels               map of labels for the ArgoCD cluster secret
                     argocd-layer, target-cluster-layer, target-rbac-layer
                                          layer paths that override discovery
  --facts FILE     The target cluster as printed by
                     aws eks describe-cluster --name <target-cluster> --region <target-region>
  --json           Print a JSON object instead of text: {"linkId", "steps": [{"id", "account",
                   "layers", "title", "body", "apply", "files": [{"path", "action", "content"}]}],
                   "upToDate", "notes"} (apply adds "branches"). Logs go to stderr.

Exit codes:
  0  done (also when there is nothing to change)
  1  unexpected failure (git, file system)
  2  the request or the facts are invalid: every problem is listed
  3  the repository layout is not understood, or a file cannot be edited safely
`;
async function readInput(path, what) {
    try {
        return await (0,promises_namespaceObject.readFile)(path, "utf8");
    }
    catch (error) {
        throw new InvalidInputError(what, [
            {
                field: what,
                value: JSON.stringify(path),
                message: `cannot be read: ${error.code ?? error}`,
            },
        ]);
    }
}
async function runCli(argv, io, version = VERSION) {
    // Paths, values and messages come from outside: show bidi and invisible characters instead of echoing them.
    const stderr = (text) => io.stderr(replaceInvisible(text, { keepNewlines: true }));
    let args;
    try {
        args = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                repo: { type: "string" },
                request: { type: "string" },
                facts: { type: "string" },
                json: { type: "boolean", default: false },
                help: { type: "boolean", short: "h", default: false },
                version: { type: "boolean", default: false },
            },
        });
    }
    catch (error) {
        stderr(`${error.message}\n\n${HELP}`);
        return 2;
    }
    const { values, positionals } = args;
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    if (values.version) {
        io.stdout(`${version}\n`);
        return 0;
    }
    const command = positionals[0];
    if (positionals.length !== 1 || (command !== "plan" && command !== "apply")) {
        stderr(`Expected one command, plan or apply; got ${positionals.length ? positionals.join(" ") : "none"}.\n\n${HELP}`);
        return 2;
    }
    const missing = ["request", "facts"].filter((k) => !values[k]);
    if (missing.length > 0) {
        stderr(`Missing ${missing.map((m) => `--${m}`).join(" and ")}. See --help.\n`);
        return 2;
    }
    try {
        const repoDir = (0,external_node_path_namespaceObject.resolve)(values.repo ?? ".");
        const request = parseLinkRequestText(await readInput(values.request, "--request"), values.request);
        const facts = parseClusterFactsText(await readInput(values.facts, "--facts"), values.facts);
        const mismatch = checkFactsMatchRequest(facts, request);
        if (mismatch.length > 0)
            throw new InvalidInputError(`link request ${values.request} with facts ${values.facts}`, mismatch);
        const git = command === "apply" ? new LocalGit(repoDir) : undefined;
        if (git && !git.isRepository()) {
            stderr(`${repoDir} is not inside a git work tree: apply writes branches, so run it in a clone.\n`);
            return 1;
        }
        if (git && !git.isClean()) {
            stderr(`${repoDir} has uncommitted changes: commit or stash them first, so the branches start from HEAD.\n`);
            return 1;
        }
        stderr(`Planning link ${request.argocdClusterName} in ${repoDir}\n`);
        const plan = await planLink(new FolderRepo(repoDir), request, facts);
        if (!git) {
            io.stdout(values.json ? JSON.stringify(planJson(plan), null, 2) + "\n" : renderPlan(plan));
            return 0;
        }
        const branches = applyPlan(git, plan);
        for (const b of branches)
            stderr(`${b.outcome.padEnd(9)} ${b.branch} ${b.commit.slice(0, 12)}\n`);
        io.stdout(values.json
            ? JSON.stringify({ ...planJson(plan), branches }, null, 2) + "\n"
            : `${renderPlan(plan, false)}${branches.length
                ? `\nBranches (apply in this order):\n${branches.map((b) => `  ${b.branch} (${b.outcome})\n`).join("")}`
                : ""}`);
        return 0;
    }
    catch (error) {
        if (error instanceof InvalidInputError || error instanceof LayoutError) {
            stderr(`${error.message}\n`);
            return error.exitCode;
        }
        stderr(`Unexpected failure: ${error.stack ?? error}\n`);
        return 1;
    }
}
function applyPlan(git, plan) {
    const base = git.resolve("HEAD");
    if (!base)
        throw new LayoutError(`The repository has no commit yet: commit the Leverage code first.`);
    return plan.steps.map((step) => git.writeStep(stepBranch(plan.linkId, step.id), base, step, `${step.title}\n\n${step.body}`));
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
exports.CA = YAMLMap.YAMLMap;
exports.Rw = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
exports.As = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2957);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
