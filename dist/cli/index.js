#!/usr/bin/env node
// argocd-cluster-link source-sha256: e89697d08f51c8da2fb918007ca0374dfeccad7d4abc8dd39d60d1e17773736c
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _p: () => (/* binding */ whyUnreadable),
/* harmony export */   _x: () => (/* binding */ CliUsageError),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   jH: () => (/* binding */ readInputFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
// What every CLI command shares: its context, the usage error, reading an input file with a
// readable reason, and "did you mean" suggestions.

/** A mistake in how the CLI was called: one line, then the short usage; exit code 2. */
class CliUsageError extends Error {
    exitCode = 2;
}
const ERRNO_REASONS = {
    ENOENT: "no such file or directory",
    EACCES: "permission denied",
    EPERM: "permission denied",
    EISDIR: "it is a directory, not a file",
    ENOTDIR: "a part of the path is a file, not a directory",
    ELOOP: "too many symbolic links",
    ENAMETOOLONG: "the path is too long",
};
/** Why a path cannot be read, in words rather than an errno code. */
function whyUnreadable(error) {
    const code = error?.code;
    if (code && ERRNO_REASONS[code])
        return ERRNO_REASONS[code];
    return code ?? (error instanceof Error ? error.message : String(error));
}
/** The text of a file given as `flag`; a file that cannot be read is one clear line. */
async function readInputFile(path, flag) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, "utf8");
    }
    catch (error) {
        throw new CliUsageError(`${flag} ${JSON.stringify(path)} cannot be read: ${whyUnreadable(error)}.`);
    }
}
/** Edit distance counting a swap of two neighbours as one edit ("plna" → "plan"); inputs are short. */
function distance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}
/** The closest known word to a mistyped one, if it is close enough to be what was meant. */
function didYouMean(word, known) {
    let best;
    for (const candidate of known) {
        const d = candidate.startsWith(word) && word.length >= 2 ? 0 : distance(word, candidate);
        if (!best || d < best.distance)
            best = { word: candidate, distance: d };
    }
    return best && best.distance <= Math.max(1, Math.floor(best.word.length / 3)) ? best.word : undefined;
}


/***/ }),

/***/ 2957:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4435);

const code = await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .ak)(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4435:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: HELP, USAGE

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __nccwpck_require__(2020);
;// CONCATENATED MODULE: ./src/core/version.ts
/** The product version, kept in step with package.json by a unit test. */
const VERSION = "0.1.0";

// EXTERNAL MODULE: ./src/cli/command.ts
var cli_command = __nccwpck_require__(3567);
;// CONCATENATED MODULE: ./src/cli/run.ts
// The local CLI: `plan` prints what a link changes, `apply` writes it as one local git branch per
// step, `list` and `verify` show the links a repository holds and whether AWS and ArgoCD have them.
// Exit codes: 0 done, 1 unexpected failure (verify: not linked), 2 invalid request, facts or
// arguments, 3 layout not understood. Each command's code loads only when it runs (see COMMANDS).






const PROGRAM = "argocd-cluster-link";
/** Every command, in the order --help lists them. A new command is one entry here. */
const COMMANDS = {
    plan: {
        usage: "plan  [--repo DIR] --request FILE --facts FILE [--json]",
        options: ["repo", "request", "facts", "json"],
        run: async (context) => (await Promise.all(/* import() */[__nccwpck_require__.e(241), __nccwpck_require__.e(73), __nccwpck_require__.e(839)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5839))).runLinkCommand("plan", context),
    },
    apply: {
        usage: "apply [--repo DIR] --request FILE --facts FILE [--json]",
        options: ["repo", "request", "facts", "json"],
        run: async (context) => (await Promise.all(/* import() */[__nccwpck_require__.e(241), __nccwpck_require__.e(73), __nccwpck_require__.e(839)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5839))).runLinkCommand("apply", context),
    },
    rotate: {
        usage: "rotate [--repo DIR] [--link NAME...] [--force] [--json]",
        options: ["repo", "link", "force", "json"],
        run: async ({ values, io, stderr }) => (await Promise.all(/* import() */[__nccwpck_require__.e(73), __nccwpck_require__.e(447)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9447))).rotateCommand({
            repoDir: (0,external_node_path_.resolve)(values.repo ?? "."),
            links: values.link ?? [],
            force: values.force ?? false,
            json: values.json ?? false,
            now: (io.now ?? (() => new Date()))(),
        }, io.stdout, stderr),
    },
    unlink: {
        usage: "unlink [--repo DIR] --link NAME [--dry-run] [--json]",
        options: ["repo", "link", "dry-run", "json"],
        run: async (context) => (await Promise.all(/* import() */[__nccwpck_require__.e(241), __nccwpck_require__.e(73), __nccwpck_require__.e(839), __nccwpck_require__.e(907)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1907))).runUnlinkCommand(context),
    },
    list: {
        usage: "list  [--repo DIR] [--json]",
        options: ["repo", "json"],
        run: async (context) => (await Promise.all(/* import() */[__nccwpck_require__.e(241), __nccwpck_require__.e(73), __nccwpck_require__.e(839), __nccwpck_require__.e(916)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7916))).runListCommand(context),
    },
    verify: {
        usage: "verify --link NAME [--repo DIR] [--argocd-server URL] [--json]",
        options: ["repo", "link", "argocd-server", "argocd-ca-cert", "argocd-timeout", "json"],
        run: async (context) => (await Promise.all(/* import() */[__nccwpck_require__.e(241), __nccwpck_require__.e(73), __nccwpck_require__.e(839), __nccwpck_require__.e(88)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6088))).runVerifyCommand(context),
    },
};
const OPTIONS = {
    repo: { type: "string" },
    request: { type: "string" },
    facts: { type: "string" },
    json: { type: "boolean", default: false },
    link: { type: "string", multiple: true },
    force: { type: "boolean", default: false },
    "dry-run": { type: "boolean", default: false },
    "argocd-server": { type: "string" },
    "argocd-ca-cert": { type: "string" },
    "argocd-timeout": { type: "string" },
    help: { type: "boolean", short: "h", default: false },
    version: { type: "boolean", default: false },
};
/** The usage lines, also shown (alone) after a mistake in the arguments. */
const USAGE = `Usage:
${Object.values(COMMANDS)
    .map((c) => `  ${PROGRAM} ${c.usage}\n`)
    .join("")}  ${PROGRAM} --help | --version
`;
const HELP = `${PROGRAM}: link an EKS cluster to an ArgoCD in another account of a binbash Leverage repository.

${USAGE}
Commands:
  plan    Print the ordered steps (one pull request each), their files and unified diffs.
          Nothing is written.
  apply   Write each step as a commit on its own local branch in DIR,
          argocd-cluster-link/<argocd-cluster-name>/<step>, starting from HEAD. The work tree,
          the index and the checked-out branch are not touched; DIR must have no uncommitted
          changes. Running it again with the same inputs makes no new commit.
  rotate  Rotate the bearer tokens that are due (token-created at least 30 days ago, or never
          recorded), like the Action's scheduled run: one local branch per target layer,
          argocd-cluster-link/rotation.<layer>/rotate-token, starting from HEAD. --link NAME
          (repeatable) and --force rotate regardless of age. --json prints
          {"links": [{"link", "state", "age-days", "layer", "argocd-layer"}], "batches": [...]}.
  unlink  Take the link NAME (its argocd-cluster-name) out again, in reverse order: one local
          branch per step, argocd-cluster-link/<NAME>/unlink-<step>, like apply. Everything is
          read from the files the link owns; no request or facts are needed. With --dry-run it
          only prints the plan (in --json: files it removes have "action": "delete").
  list    Every link in the repository, read from the files links own: name, method, access,
          namespaces, ArgoCD release and the layer of its values, target account/region/cluster,
          bearer-token age, and each link's files. --json prints [{"name", "method", "access",
          "namespaces", "cluster-resources", "source": {"account", "release", "layer",
          "values-file"}, "target": {"account", "region", "cluster", "server"}, "files",
          "token": {"created", "age-days"} | null}].
  verify  Check that the link NAME is really there, with your own AWS credentials (the SDK's
          default chain: AWS_PROFILE, SSO, AWS_ACCESS_KEY_ID...): its IAM role and trust, its EKS
          access entry, the IRSA role (when .github/argocd-cluster-link.yml names
          aws.source-cluster), ArgoCD's cluster entry and, with --argocd-server and the
          ARGOCD_AUTH_TOKEN environment variable, whether ArgoCD reaches the cluster. One line per
          check: pass, fail (and what to do) or not checkable (and why). Exit 0 when linked, 1 when
          not. --json prints {"link", "linked", "checks": [{"check", "result", "detail"}]}.

Options:
  --repo DIR       The Leverage repository (optional; default: the current directory).
  --request FILE   The link request, YAML or JSON. Keys:
                     source-account       account folder where ArgoCD runs (e.g. shared)
                     target-account       account folder of the cluster (e.g. apps-devstg)
                     target-region        region of the cluster (e.g. us-east-1)
                     target-cluster       EKS cluster name
                     method               iam-role | bearer-token
                     access               cluster-admin | admin | edit | view
                     namespaces           list; empty or absent = cluster-wide
                     cluster-resources    true | false (default false; needs namespaces)
                     read-beyond-access   true: on ArgoCD before 2.9, accept reading Secrets and RBAC
                                          objects the access level does not read (default false)
                     argocd-instance      Helm release of the ArgoCD to use (or to create)
                     dedicated-instance   true: create a new ArgoCD release for this cluster
                     argocd-cluster-name  name in ArgoCD, a DNS-1123 label (default: from target-cluster)
                     labels               map of labels for the ArgoCD cluster secret
                     argocd-layer, target-cluster-layer, target-rbac-layer
                                          layer paths that override discovery
  --facts FILE     The target cluster as printed by
                     aws eks describe-cluster --name <target-cluster> --region <target-region>
  --link NAME      rotate: a link to rotate regardless of age (repeatable); unlink: the
                   argocd-cluster-name of the link to remove; verify: of the link to check.
  --force          rotate: rotate every bearer-token link regardless of age.
  --dry-run        unlink: print the plan, write nothing.
  --argocd-server URL
                   verify: ArgoCD's API, https:// (http only on 127.0.0.1 or localhost). The token
                   is read from ARGOCD_AUTH_TOKEN and never printed; a private CA is trusted
                   through NODE_EXTRA_CA_CERTS or --argocd-ca-cert.
  --argocd-ca-cert FILE
                   verify: PEM certificates that sign ArgoCD's server certificate.
  --argocd-timeout SECONDS
                   verify: how long ArgoCD may take to answer (1 to 300; default 30).
  --json           Print JSON instead of text (rotate, list and verify: shapes above). plan and
                   apply print {"linkId", "steps": [{"id", "account", "layers", "title", "body",
                   "apply", "files": [{"path", "action", "content"}]}], "upToDate", "notes"}
                   (apply adds "branches"). Logs go to stderr.

Exit codes:
  0  done (also when there is nothing to change); verify: linked
  1  unexpected failure (git, file system); verify: not linked (a check failed, or ArgoCD
     did not confirm that it reaches the cluster)
  2  the request, the facts or the arguments are invalid: every problem is listed
  3  the repository layout is not understood, or a file cannot be edited safely
`;
/** A parseArgs error in words, with a suggestion for a mistyped option. */
function argumentProblem(error) {
    const unknown = /^Unknown option '([^']+)'/.exec(error.message)?.[1];
    if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown) {
        const known = Object.entries(OPTIONS).flatMap(([name, o]) => [
            `--${name}`,
            ...("short" in o ? [`-${o.short}`] : []),
        ]);
        const guess = (0,cli_command/* didYouMean */.au)(unknown.split("=")[0], known);
        return `Unknown option ${unknown}.${guess ? ` Did you mean ${guess}?` : ""}`;
    }
    const missingValue = /^Option '(--[\w-]+)[^']*' argument missing/.exec(error.message)?.[1];
    if (missingValue)
        return `Option ${missingValue} needs a value.`;
    return error.message;
}
async function runCli(argv, io, version = VERSION) {
    // Paths, values and messages come from outside: show bidi and invisible characters instead of echoing them.
    const stderr = (text) => io.stderr((0,core_text/* replaceInvisible */.k6)(text, { keepNewlines: true }));
    const usageError = (problem) => {
        stderr(`${problem}\n\n${USAGE}Run '${PROGRAM} --help' for every option.\n`);
        return 2;
    };
    let args;
    try {
        args = (0,external_node_util_.parseArgs)({ args: argv, allowPositionals: true, options: OPTIONS, tokens: true });
    }
    catch (error) {
        return usageError(argumentProblem(error));
    }
    const { values, positionals, tokens } = args;
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    if (values.version) {
        io.stdout(`${version}\n`);
        return 0;
    }
    const names = Object.keys(COMMANDS);
    const name = positionals[0];
    const command = name === undefined ? undefined : COMMANDS[name];
    if (!command || positionals.length !== 1) {
        const expected = `Expected one command, ${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
        if (name === undefined)
            return usageError(`${expected}; got none.`);
        if (!command) {
            const guess = (0,cli_command/* didYouMean */.au)(name, names);
            return usageError(`${expected}; got ${name}.${guess ? ` Did you mean ${guess}?` : ""}`);
        }
        return usageError(`${expected}; got ${positionals.join(" ")}.`);
    }
    const foreign = [
        ...new Set(tokens.flatMap((t) => t.kind === "option" && !command.options.includes(t.name)
            ? [`--${t.name}`]
            : [])),
    ];
    if (foreign.length > 0)
        return usageError(`${foreign.join(", ")} ${foreign.length === 1 ? "is not an option" : "are not options"} of ${name}; it takes ${command.options.map((o) => `--${o}`).join(", ")}.`);
    try {
        return await command.run({ values, io, stderr });
    }
    catch (error) {
        if (error instanceof cli_command/* CliUsageError */._x)
            return usageError(error.message);
        if (error instanceof errors/* InvalidInputError */.oC || error instanceof errors/* LayoutError */.Rd) {
            stderr(`${error.message}\n`);
            return error.exitCode;
        }
        stderr(`Unexpected failure: ${error.stack ?? error}\n`);
        return 1;
    }
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rd: () => (/* binding */ LayoutError),
/* harmony export */   WU: () => (/* binding */ show),
/* harmony export */   oC: () => (/* binding */ InvalidInputError)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2020);

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
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(text, 80);
}


/***/ }),

/***/ 2020:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   k6: () => (/* binding */ replaceInvisible),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony export REPLACEMENT */
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


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
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
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
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
