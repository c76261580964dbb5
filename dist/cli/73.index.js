export const id = 73;
export const ids = [73];
export const modules = {

/***/ 6706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   aY: () => (/* binding */ code)
/* harmony export */ });
/* unused harmony exports escapeMarkdown, codeSpan */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2020);
// Safe Markdown for comments, pull request bodies and job summaries: untrusted text is only ever
// shown inside code spans or code blocks, which GitHub renders literally.

const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
/** ASCII punctuation with a meaning in GitHub Markdown; all are backslash-escapable. */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]()#+\-.!|<>{}~&$=]/g;
const ZWJ = "\u200D";
/** One line of text: line breaks and tabs become spaces, other invisible characters U+FFFD. */
function flatten(text) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .replaceInvisible */ .k6)(text.replace(LINE_BREAKS, " ").replace(/\t/g, " "));
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


/***/ }),

/***/ 4506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FJ: () => (/* binding */ parseConstraint),
/* harmony export */   Fr: () => (/* binding */ admitsAtLeast),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   ot: () => (/* binding */ parseVersion)
/* harmony export */ });
/* unused harmony exports satisfies, lowestAdmitted, formatVersion */
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


/***/ }),

/***/ 9884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ LocalGit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
// Writes each step of a plan as a commit on its own local branch, with git plumbing only: the work
// tree, the index and the checked-out branch are never touched. A rerun with the same plan makes
// no new commit; a changed plan adds a commit on top of the branch (keeping commits made there).





class LocalGit {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    git(args, input, env) {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)("git", args, {
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
        const scratch = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), "argocd-cluster-link-index-"));
        try {
            const env = { GIT_INDEX_FILE: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, "index") };
            this.git(["read-tree", parent], undefined, env);
            for (const file of step.files) {
                const path = `${prefix}${file.path}`;
                if (file.action === "delete") {
                    // --force-remove: the work tree is not looked at, only the scratch index.
                    this.git(["update-index", "--force-remove", "--", path], undefined, env);
                    continue;
                }
                const blob = this.git(["hash-object", "-w", "--stdin"], file.content);
                // Keep the mode of an existing file (an executable stays executable).
                const staged = this.git(["ls-files", "--stage", "--", `:(top,literal)${path}`], undefined, env);
                const mode = /^(\d{6}) /.exec(staged)?.[1] ?? "100644";
                // A symbolic link or submodule holds no file content: writing content there would replace it.
                if (mode !== "100644" && mode !== "100755") {
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LayoutError */ .Rd(`${path} is a ${mode === "120000" ? "symbolic link" : `git entry of mode ${mode}`} in ${parent.slice(0, 12)}, not a file: refusing to replace it with file content.`);
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
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(scratch, { recursive: true, force: true });
        }
    }
}


/***/ }),

/***/ 1974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ scanExpressionEnd),
/* harmony export */   Hg: () => (/* binding */ stringLiteral),
/* harmony export */   II: () => (/* binding */ allBlocks),
/* harmony export */   J$: () => (/* binding */ scanHcl),
/* harmony export */   Oh: () => (/* binding */ findAttribute),
/* harmony export */   Tq: () => (/* binding */ itemStarts),
/* harmony export */   XP: () => (/* binding */ literalValue),
/* harmony export */   _j: () => (/* binding */ indentOf),
/* harmony export */   _v: () => (/* binding */ objectItems),
/* harmony export */   ou: () => (/* binding */ splitSequence),
/* harmony export */   yM: () => (/* binding */ findBlocks)
/* harmony export */ });
/* unused harmony exports HclSyntaxError, lineColumn, skipTrivia, scanQuoted */
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
/**
 * The last large texts scanned, with their items: a plan scans the ArgoCD release file (which gains
 * a template variable per link) in discovery, again to check its edit and again to compare the
 * provider features before and after. Items are shared: callers never modify them.
 */
const recentScans = new Map();
const RECENT_SCANS = 8;
const RECENT_MIN_LENGTH = 4096;
/** Scans a whole file into its top-level blocks and attributes. Throws HclSyntaxError. */
function scanHcl(text, file = "<input>") {
    const recent = recentScans.get(text);
    if (recent)
        return recent;
    const items = new Scanner(text, file).body(0, undefined);
    if (text.length >= RECENT_MIN_LENGTH) {
        recentScans.set(text, items);
        if (recentScans.size > RECENT_SCANS)
            recentScans.delete(recentScans.keys().next().value);
    }
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
// Character codes of the scanners' hot loops (charCodeAt: a plan scans every file it reads).
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const DQUOTE = 34;
const HASH = 35;
const DOLLAR = 36;
const PERCENT = 37;
const LPAREN = 40;
const RPAREN = 41;
const STAR = 42;
const COMMA = 44;
const SLASH = 47;
const LT = 60;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;
/** Skips spaces and comments; newlines too when `newlines` is true. */
function skipTrivia(text, pos, newlines) {
    let p = pos;
    const n = text.length;
    while (p < n) {
        const c = text.charCodeAt(p);
        if (c === SPACE || c === TAB || (newlines && (c === LF || c === CR))) {
            p++;
        }
        else if (c === HASH || (c === SLASH && text.charCodeAt(p + 1) === SLASH)) {
            const end = text.indexOf("\n", p);
            p = end < 0 ? n : end;
        }
        else if (c === SLASH && text.charCodeAt(p + 1) === STAR) {
            const end = text.indexOf("*/", p + 2);
            p = end < 0 ? n : end + 2;
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
    /** The closing bracket each open one expects, innermost last. */
    const stack = [];
    let p = pos;
    let lastSignificant = pos;
    const n = text.length;
    while (p < n) {
        const c = text.charCodeAt(p);
        const comment = c === HASH || (c === SLASH && (text.charCodeAt(p + 1) === SLASH || text.charCodeAt(p + 1) === STAR));
        if (stack.length === 0 &&
            (comment || c === LF || c === CR || c === COMMA || c === RPAREN || c === RBRACKET || c === RBRACE))
            break;
        if (comment) {
            p = skipTrivia(text, p, false);
            continue;
        }
        if (c === DQUOTE) {
            p = scanQuoted(text, p, file);
            lastSignificant = p;
            continue;
        }
        if (c === LT && text.charCodeAt(p + 1) === LT && /^<<-?[A-Za-z_]/.test(text.slice(p, p + 4))) {
            p = scanHeredoc(text, p, file);
            lastSignificant = p;
            continue;
        }
        if (c === LPAREN)
            stack.push(RPAREN);
        else if (c === LBRACKET)
            stack.push(RBRACKET);
        else if (c === LBRACE)
            stack.push(RBRACE);
        else if (c === RPAREN || c === RBRACKET || c === RBRACE) {
            if (stack.pop() !== c)
                throw new HclSyntaxError(file, p, text, `unbalanced ${JSON.stringify(text[p])}`);
        }
        p++;
        if (c !== SPACE && c !== TAB && c !== LF && c !== CR)
            lastSignificant = p;
    }
    if (stack.length > 0)
        throw new HclSyntaxError(file, pos, text, `unclosed bracket: missing "${String.fromCharCode(stack[stack.length - 1])}"`);
    return lastSignificant;
}
/** Returns the offset just after the closing quote of the string starting at `pos`. */
function scanQuoted(text, pos, file = "<input>") {
    let p = pos + 1;
    const n = text.length;
    while (p < n) {
        const c = text.charCodeAt(p);
        if (c === BACKSLASH) {
            p += 2;
        }
        else if (c === DQUOTE) {
            return p + 1;
        }
        else if (c === LF) {
            break;
        }
        else if ((c === DOLLAR || c === PERCENT) && text.charCodeAt(p + 1) === LBRACE) {
            if (text.charCodeAt(p - 1) === c) {
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
    return walkSequence(text, open, file, Infinity);
}
/**
 * The start offsets of the first `count` items of the sequence opened at `open`, without scanning
 * past the start of the last one (a call's last argument may be a large object).
 */
function itemStarts(text, open, count, file = "<input>") {
    return walkSequence(text, open, file, count).items.map((item) => item.start);
}
/** splitSequence, stopping at the start of item number `count` (its end is not scanned; close is -1). */
function walkSequence(text, open, file, count) {
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
        if (items.length + 1 === count) {
            items.push({ start, end: start });
            return { items, close: -1 };
        }
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


/***/ }),

/***/ 8796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ renderValue),
/* harmony export */   CF: () => (/* binding */ attr),
/* harmony export */   Im: () => (/* binding */ comment),
/* harmony export */   VB: () => (/* binding */ renderFile),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   hQ: () => (/* binding */ blank),
/* harmony export */   lS: () => (/* binding */ raw),
/* harmony export */   lc: () => (/* binding */ renderBody),
/* harmony export */   om: () => (/* binding */ block)
/* harmony export */ });
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
const segmenter = new Intl.Segmenter();
// Printable ASCII is one column per character: the common case, without segmenting (hot in planning).
const columns = (s) => /^[\x20-\x7e]*$/.test(s) ? s.length : [...segmenter.segment(s)].length;
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


/***/ }),

/***/ 5801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zw: () => (/* binding */ declaresProvider),
  GH: () => (/* binding */ minimumFor),
  bm: () => (/* binding */ providerSupport),
  Co: () => (/* binding */ readLayerProviders),
  wu: () => (/* binding */ readableConstraint),
  S1: () => (/* binding */ requireProviderFeatures),
  aP: () => (/* binding */ requiredProviderConstraint)
});

// UNUSED EXPORTS: addedProviderFeatures, lockedVersions

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/versions.ts
var versions = __webpack_require__(4506);
// EXTERNAL MODULE: ./src/hcl/scan.ts
var scan = __webpack_require__(1974);
;// CONCATENATED MODULE: ./src/upstream/providers.ts
// Which provider versions have the resources and arguments the generated files use, read from the
// providers' sources and changelogs, and the provider versions the reference layouts lock. Facts
// and lookups only.

const PROVIDER_REPOSITORIES = {
    aws: "hashicorp/terraform-provider-aws",
    kubernetes: "hashicorp/terraform-provider-kubernetes",
    helm: "hashicorp/terraform-provider-helm",
};
const K8S_RESOURCES_SOURCE = "hashicorp/terraform-provider-kubernetes kubernetes/provider.go ResourcesMap: absent at v2.6.1, present at v2.7.0 (commit 9ef82cc93b97a80fc7c04503e423bc55ecb95a91)";
const K8S_WAIT_SOURCE = "hashicorp/terraform-provider-kubernetes kubernetes/resource_kubernetes_secret.go: absent at v2.13.1, present (Optional, Default true) at v2.14.0 (commit 676727f707dce6fe99c18974bfbd176f32b2a3a9); kubernetes_secret and kubernetes_secret_v1 share that schema";
const K8S_SA_1_24_SOURCE = 'hashicorp/terraform-provider-kubernetes kubernetes/resource_kubernetes_service_account.go: at v2.12.1 (commit d2de577480d91d678dda84eee0475612dfc0fa1b) create retries "Waiting for default secret of ... to appear" until its 30s timeout, and Kubernetes 1.24+ creates no default secret; v2.13.0 (commit 82a1035c4949f3993dd9850ccd3964738c36c152) skips that wait on 1.24+ (CHANGELOG 2.13.0, #1792)';
const K8S_V2_SOURCE = "hashicorp/terraform-provider-kubernetes kubernetes/provider.go ResourcesMap at v2.0.0";
const HELM_RELEASE_SOURCE = "hashicorp/terraform-provider-helm helm/resource_release.go at v2.0.0 (commit b01dc82c12b65808b7d58c91f60f7ec87df51efb): helm_release with a `values` list";
const AWS_ACCESS_ENTRY_SOURCE = "hashicorp/terraform-provider-aws CHANGELOG.md, 5.33.0 (January 18, 2024): New Resource aws_eks_access_entry, aws_eks_access_policy_association (#35037)";
const PROVIDER_FEATURES = [
    { provider: "aws", feature: "aws_eks_access_entry", since: "5.33.0", source: AWS_ACCESS_ENTRY_SOURCE },
    {
        provider: "aws",
        feature: "aws_eks_access_policy_association",
        since: "5.33.0",
        source: AWS_ACCESS_ENTRY_SOURCE,
    },
    ...[
        "kubernetes_secret_v1",
        "kubernetes_service_account_v1",
        "kubernetes_namespace_v1",
        "kubernetes_role_v1",
        "kubernetes_role_binding_v1",
        "kubernetes_cluster_role_v1",
        "kubernetes_cluster_role_binding_v1",
    ].map((feature) => ({
        provider: "kubernetes",
        feature,
        since: "2.7.0",
        source: K8S_RESOURCES_SOURCE,
    })),
    ...[
        "kubernetes_secret",
        "kubernetes_service_account",
        "kubernetes_namespace",
        "kubernetes_cluster_role_binding",
    ].map((feature) => ({
        provider: "kubernetes",
        feature,
        since: "2.0.0",
        source: K8S_V2_SOURCE,
    })),
    { provider: "helm", feature: "helm_release", since: "2.0.0", source: HELM_RELEASE_SOURCE },
    { provider: "helm", feature: "helm_release.values", since: "2.0.0", source: HELM_RELEASE_SOURCE },
    // Not an argument: creating a ServiceAccount at all on the Kubernetes versions EKS runs.
    ...["kubernetes_service_account", "kubernetes_service_account_v1"].map((resource) => ({
        provider: "kubernetes",
        feature: `${resource} on Kubernetes 1.24+`,
        since: "2.13.0",
        source: K8S_SA_1_24_SOURCE,
    })),
    ...["kubernetes_secret", "kubernetes_secret_v1"].map((resource) => ({
        provider: "kubernetes",
        feature: `${resource}.wait_for_service_account_token`,
        since: "2.14.0",
        source: K8S_WAIT_SOURCE,
    })),
];
/**
 * Syntax changes that break existing configuration, by first provider version: the generated files
 * must be written in the syntax of the version a layer locks.
 */
const PROVIDER_SYNTAX_CHANGES = [
    {
        provider: "helm",
        since: "3.0.0",
        change: "helm_release `set`, `set_list`, `set_sensitive` become lists of objects (`set = [{...}]`) instead of blocks, " +
            "and the provider's `kubernetes`, `registry`, `experiments` blocks become nested objects (`kubernetes = {...}`)",
        source: "hashicorp/terraform-provider-helm CHANGELOG.md 3.0.0 (Jun 18, 2025), commit 71b0a33707c7fc87926290a7181681172bffe284",
    },
];
/** Whether a provider version (an exact x.y.z, e.g. from .terraform.lock.hcl) has a resource or argument. */
function providerHasFeature(provider, version, feature) {
    const fact = PROVIDER_FEATURES.find((f) => f.provider === provider && f.feature === feature);
    if (!fact) {
        const known = PROVIDER_FEATURES.filter((f) => f.provider === provider).map((f) => f.feature);
        return {
            known: false,
            reason: `no facts about ${provider} feature ${JSON.stringify(feature)}; known: ${known.join(", ")}`,
        };
    }
    if (!parseVersion(version)) {
        return {
            known: false,
            reason: `not an exact provider version: ${JSON.stringify(version)} (expected x.y.z)`,
        };
    }
    return { known: true, supported: atLeast(version, fact.since), since: fact.since };
}
/**
 * The kubernetes / helm / aws versions of the reference layouts. `examples/repos/*` copies these
 * layers, including the real 2024 tree's 2.12.1 lock (FACTS.md §8).
 */
const REFERENCE_LAYOUT_PROVIDERS = [
    {
        layout: "binbashar/le-tf-infra-aws (2024)",
        layer: "apps-devstg/us-east-1/k8s-eks/k8s-components",
        provider: "kubernetes",
        locked: "2.12.1",
        constraint: "~> 2.10",
        source: "examples/repos/leverage-2024 .terraform.lock.hcl (the real tree's lock, FACTS.md §8), config.tf (as binbashar/le-tf-infra-aws at 172f79f9b0c153f8d0f7d9279fb8e52f0812d0dc)",
    },
    {
        layout: "binbashar/le-tf-infra-aws (2024)",
        layer: "apps-devstg/us-east-1/k8s-eks/k8s-components",
        provider: "helm",
        locked: "2.6.0",
        constraint: "~> 2.5",
        source: "examples/repos/leverage-2024 .terraform.lock.hcl, config.tf (the locked version is the example's: only the kubernetes lock is verified)",
    },
    {
        layout: "binbashar/le-tf-infra-aws (2024)",
        layer: "apps-devstg/us-east-1/k8s-eks/k8s-components",
        provider: "aws",
        locked: "4.67.0",
        constraint: "~> 4.10",
        source: "examples/repos/leverage-2024 .terraform.lock.hcl, config.tf (the locked version is the example's: only the kubernetes lock is verified)",
    },
    {
        layout: "binbashar/le-tf-infra-aws (2024)",
        layer: "apps-devstg/us-east-1/k8s-eks/cluster",
        provider: "kubernetes",
        locked: "2.23.0",
        constraint: "~> 2.10",
        source: "examples/repos/leverage-2024 .terraform.lock.hcl, config.tf",
    },
    {
        layout: "binbashar/le-tf-infra-aws (2024)",
        layer: "apps-devstg/us-east-1/k8s-eks/cluster",
        provider: "aws",
        locked: "4.67.0",
        constraint: "~> 4.10",
        source: "examples/repos/leverage-2024 .terraform.lock.hcl, config.tf",
    },
    {
        layout: "binbashar/le-tf-infra-aws (2026)",
        layer: "apps-devstg/us-east-1/k8s-eks-demoapps/cluster",
        provider: "kubernetes",
        locked: "2.36.0",
        constraint: "~> 2.36",
        source: "examples/repos/leverage-2026 .terraform.lock.hcl, config.tf",
    },
    {
        layout: "binbashar/le-tf-infra-aws (2026)",
        layer: "apps-devstg/us-east-1/k8s-eks-demoapps/cluster",
        provider: "aws",
        locked: "5.95.0",
        constraint: "~> 5.95",
        source: "examples/repos/leverage-2026 .terraform.lock.hcl, config.tf",
    },
    {
        layout: "binbashar/le-tf-infra-aws (2026)",
        layer: "apps-devstg/us-east-1/k8s-eks-demoapps/k8s-components",
        provider: "helm",
        constraint: "~> 2.17",
        source: "examples/repos/leverage-2026 config.tf",
    },
    {
        layout: "binbashar/le-tf-infra-aws (2026)",
        layer: "apps-devstg/us-east-1/k8s-eks-demoapps/k8s-components",
        provider: "kubernetes",
        constraint: "~> 2.36",
        source: "examples/repos/leverage-2026 config.tf",
    },
];

;// CONCATENATED MODULE: ./src/layout/providers.ts
// The provider versions a layer may run: its `required_providers` constraints and what its
// `.terraform.lock.hcl` locks, and whether those versions have the resources and arguments a link
// writes there (facts in upstream/providers.ts). Generated files use only what the layer's version
// has; otherwise the run stops and says which upgrade is needed.




const PROVIDERS = ["aws", "kubernetes", "helm"];
/** Whether a provider address (required_providers `source` or lock file label) is hashicorp/<name>. */
function isHashicorp(address, name) {
    return new RegExp(`^(?:registry\\.(?:terraform\\.io|opentofu\\.org)/)?hashicorp/${name}$`, "i").test(address);
}
/** The `version` constraint of hashicorp/<name> in one file's `terraform { required_providers }`. */
function requiredProviderConstraint(file, name) {
    const found = [];
    if (!file.text.includes("required_providers"))
        return undefined;
    for (const terraform of (0,scan/* findBlocks */.yM)(file.items, "terraform")) {
        for (const providers of (0,scan/* findBlocks */.yM)(terraform.body, "required_providers")) {
            const entry = (0,scan/* findAttribute */.Oh)(providers, name);
            if (!entry)
                continue;
            // The legacy form `aws = "~> 4.10"` is the constraint itself.
            const legacy = (0,scan/* stringLiteral */.Hg)(file.text.slice(entry.exprStart, entry.exprEnd));
            if (legacy !== undefined) {
                found.push(legacy);
                continue;
            }
            if (file.text[entry.exprStart] !== "{")
                continue;
            const items = (0,scan/* objectItems */._v)(file.text, entry.exprStart, file.path).items;
            const source = items.find((i) => i.key === "source");
            const sourceText = source && (0,scan/* stringLiteral */.Hg)(file.text.slice(source.valueStart, source.valueEnd));
            if (sourceText !== undefined && !isHashicorp(sourceText, name))
                continue;
            const version = items.find((i) => i.key === "version");
            const constraint = version && (0,scan/* stringLiteral */.Hg)(file.text.slice(version.valueStart, version.valueEnd));
            if (constraint)
                found.push(constraint);
        }
    }
    return found.length ? found.join(", ") : undefined;
}
/** Whether the layer declares hashicorp/<name> in a `required_providers` block (with or without a version). */
function declaresProvider(files, name) {
    return files.some((file) => file.text.includes("required_providers") &&
        (0,scan/* findBlocks */.yM)(file.items, "terraform").some((t) => (0,scan/* findBlocks */.yM)(t.body, "required_providers").some((p) => (0,scan/* findAttribute */.Oh)(p, name) !== undefined)));
}
/** The exact versions a lock file locks, by provider. */
function lockedVersions(lockText, path) {
    const out = {};
    for (const block of (0,scan/* findBlocks */.yM)((0,scan/* scanHcl */.J$)(lockText, path), "provider")) {
        const name = PROVIDERS.find((p) => isHashicorp(block.labels[0] ?? "", p));
        const version = (0,scan/* findAttribute */.Oh)(block, "version");
        const text = version && (0,scan/* stringLiteral */.Hg)(lockText.slice(version.exprStart, version.exprEnd));
        if (name && text && (0,versions/* parseVersion */.ot)(text))
            out[name] = text;
    }
    return out;
}
/** Reads a layer's constraints (from its parsed .tf files) and lock file (its text, when committed). */
function readLayerProviders(layer, files, lockText) {
    const locked = lockText === undefined ? {} : lockedVersions(lockText, `${layer}/.terraform.lock.hcl`);
    const versions = {};
    for (const name of PROVIDERS) {
        const constraints = files.flatMap((f) => requiredProviderConstraint(f, name) ?? []);
        const entry = {
            ...(constraints.length ? { constraint: constraints.join(", ") } : {}),
            ...(locked[name] ? { locked: locked[name] } : {}),
        };
        if (entry.constraint || entry.locked)
            versions[name] = entry;
    }
    return { layer, lockFile: lockText !== undefined, versions };
}
/** The clauses of a constraint that can be read; others are left to Terraform to judge. */
function readableConstraint(constraint) {
    return constraint.split(",").flatMap((clause) => {
        try {
            return (0,versions/* parseConstraint */.FJ)(clause);
        }
        catch {
            return [];
        }
    });
}
/** The first version of `provider` with every feature, and the features that need exactly it. */
function minimumFor(provider, features) {
    let since = "0.0.0";
    let needing = [];
    for (const feature of features) {
        const fact = PROVIDER_FEATURES.find((f) => f.provider === provider && f.feature === feature);
        if (!fact)
            throw new Error(`no facts about ${provider} feature ${feature} in upstream/providers.ts`);
        const order = (0,versions/* compareVersions */.Zy)(fact.since, since);
        if (order > 0)
            [since, needing] = [fact.since, [feature]];
        else if (order === 0)
            needing.push(feature);
    }
    return { since, needing };
}
/**
 * Whether the layer's hashicorp/<provider> has every feature: the locked version when the lock file
 * has one (what `terraform plan` will run), else the versions the constraint admits (what `init`
 * may install, assumed to be the newest admitted).
 */
function providerSupport(layer, provider, features) {
    const { since } = minimumFor(provider, features);
    const { constraint, locked } = layer.versions[provider] ?? {};
    const clauses = constraint === undefined ? [] : readableConstraint(constraint);
    // The features a version lacks, named with the first version that has each.
    const lacking = (has) => features
        .map((feature) => ({ feature, since: minimumFor(provider, [feature]).since }))
        .filter((f) => !has(f.since))
        .map((f) => `${f.feature} (${f.since})`)
        .join(", ");
    const raise = `raise the hashicorp/${provider} constraint in ${layer.layer} to admit ${since} (e.g. ">= ${since}")`;
    const init = `run "leverage tf init -upgrade" in ${layer.layer} and commit its .terraform.lock.hcl`;
    const admits = (0,versions/* admitsAtLeast */.Fr)(clauses, since);
    if (locked !== undefined && !(0,versions/* atLeast */.jZ)(locked, since)) {
        return {
            supported: false,
            why: `${layer.layer}/.terraform.lock.hcl locks hashicorp/${provider} ${locked}` +
                `${constraint ? ` (constraint "${constraint}")` : ""}, which lacks ${lacking((v) => (0,versions/* atLeast */.jZ)(locked, v))}`,
            upgrade: admits ? init : `${raise}, then ${init}`,
        };
    }
    if (!admits) {
        return {
            supported: false,
            why: `${layer.layer} requires hashicorp/${provider} "${constraint}", which admits no version with ` +
                lacking((v) => (0,versions/* admitsAtLeast */.Fr)(clauses, v)),
            upgrade: `${raise}, then ${init}`,
        };
    }
    if (locked !== undefined)
        return { supported: true };
    const installs = constraint
        ? `the newest hashicorp/${provider} that "${constraint}" admits`
        : `the newest hashicorp/${provider}`;
    const where = layer.lockFile
        ? `${layer.layer}/.terraform.lock.hcl has no entry for hashicorp/${provider}`
        : `${layer.layer} commits no .terraform.lock.hcl`;
    return {
        supported: true,
        assumed: `${where}: assumed "leverage tf init" installs ${installs}, which has what this step writes (${since} or later).`,
    };
}
/** The resource types and their top-level arguments in an HCL text, by the provider named in the type. */
function writtenFeatures(text, path) {
    const out = [];
    for (const block of (0,scan/* findBlocks */.yM)((0,scan/* scanHcl */.J$)(text, path), "resource")) {
        const type = block.labels[0] ?? "";
        const provider = PROVIDERS.find((p) => type.startsWith(`${p}_`));
        if (!provider)
            continue;
        out.push({ provider, feature: type });
        for (const item of block.body)
            if (item.kind === "attribute")
                out.push({ provider, feature: `${type}.${item.name}` });
    }
    return out;
}
/**
 * What a change adds to a file (all of it for a new file): resources and arguments with a known
 * first provider version (upstream/providers.ts). Edits that only extend existing values add none.
 */
function addedProviderFeatures(path, text, previous) {
    const before = new Set(previous === undefined ? [] : writtenFeatures(previous, path).map((f) => f.feature));
    const known = new Set(PROVIDER_FEATURES.map((f) => `${f.provider} ${f.feature}`));
    const seen = new Set();
    return writtenFeatures(text, path).filter((f) => {
        const key = `${f.provider} ${f.feature}`;
        if (before.has(f.feature) || !known.has(key) || seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * Stops when a file adds a resource or argument its layer's provider version lacks: the last check
 * before anything is published, whatever step wrote it. `layerFiles` are the layer's .tf files as
 * they will stand once the step is merged (a step may add a provider requirement itself).
 */
function requireProviderFeatures(layer, layerFiles, lockText, changes) {
    const providers = readLayerProviders(layer, layerFiles, lockText);
    for (const change of changes) {
        const added = addedProviderFeatures(change.path, change.text, change.previous);
        for (const provider of PROVIDERS) {
            const features = added.filter((f) => f.provider === provider).map((f) => f.feature);
            if (features.length === 0)
                continue;
            const support = providerSupport(providers, provider, features);
            if (!support.supported) {
                throw new errors/* LayoutError */.Rd(`${change.path} would use what the layer's provider lacks: ${support.why}. To fix it, ${support.upgrade}, ` +
                    `then run again.`);
            }
        }
    }
}


/***/ }),

/***/ 232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P8: () => (/* binding */ basename),
/* harmony export */   Yt: () => (/* binding */ findLayers),
/* harmony export */   ju: () => (/* binding */ GLOBAL_REGION),
/* harmony export */   pD: () => (/* binding */ dirname),
/* harmony export */   uJ: () => (/* binding */ joinPath)
/* harmony export */ });
/* unused harmony export isSkipped */
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
const layersOf = new WeakMap();
/**
 * Every folder holding `.tf` files below `<account>/<region>/`, grouped as layers. Readers return
 * the same listing each time, so the grouping is done once per listing (callers do not modify it).
 */
function findLayers(files) {
    let layers = layersOf.get(files);
    if (!layers) {
        layers = groupLayers(files);
        layersOf.set(files, layers);
    }
    return layers;
}
function groupLayers(files) {
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


/***/ }),

/***/ 1067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ accessText)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6706);
/* harmony import */ var _grant_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9358);
// How a link's grant is said to a reviewer, in the words every step's pull request shares.


/** The access a link grants, in words, e.g. `edit` access, in the namespaces `a`, `b`. */
function accessText(req) {
    const scope = (0,_grant_js__WEBPACK_IMPORTED_MODULE_1__/* .clusterWide */ .MO)(req)
        ? "cluster-wide"
        : `in the namespaces ${req.namespaces.map(_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY).join(", ")}`;
    return `${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(req.access)} access, ${scope}`;
}


/***/ }),

/***/ 9358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MO: () => (/* binding */ clusterWide),
/* harmony export */   du: () => (/* binding */ decideGrant),
/* harmony export */   em: () => (/* binding */ RESPECT_RBAC_MODE),
/* harmony export */   f6: () => (/* binding */ CLUSTER_RESOURCES_KINDS),
/* harmony export */   tI: () => (/* binding */ RESPECT_RBAC_CHART),
/* harmony export */   zJ: () => (/* binding */ extraRead)
/* harmony export */ });
/* unused harmony exports cacheReadKinds, READ_BEYOND_ACCESS_KEY, decideCacheAccess, rbacProviderFeatures */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_versions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4506);
/* harmony import */ var _layout_providers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5801);
/* harmony import */ var _upstream_argo_cd_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1010);
/* harmony import */ var _upstream_argo_cd_chart_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7583);
/* harmony import */ var _upstream_kubernetes_kinds_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(399);
// What a link grants in the target cluster, decided once from the request, the cluster's
// authentication mode and the discovered layout: the planner, the steps and their descriptions all
// read this decision instead of re-deriving it.






/** Whether the grant in the target is cluster-wide (no namespaces). */
function clusterWide(req) {
    return req.namespaces.length === 0;
}
/**
 * `normal`, not `strict`: normal trusts the Forbidden/Unauthorized answer of the list itself, with no
 * extra API calls; strict also sends a SelfSubjectAccessReview per refused kind (more calls on every
 * cache sync) and gains nothing here, where a refused list already means "not granted".
 */
const RESPECT_RBAC_MODE = "normal";
/**
 * The cluster-scoped kinds ArgoCD manages next to its namespaces when `cluster-resources` is set.
 * The built-in ClusterRoles (admin, edit, view) grant none of them, and binding those cluster-wide
 * would open every namespace: the link's ClusterRole names only cluster-scoped kinds.
 */
const CLUSTER_RESOURCES_KINDS = [
    ["", ["namespaces", "persistentvolumes"]],
    ["apiextensions.k8s.io", ["customresourcedefinitions"]],
    ["rbac.authorization.k8s.io", ["clusterroles", "clusterrolebindings"]],
    ["storage.k8s.io", ["storageclasses"]],
    ["networking.k8s.io", ["ingressclasses"]],
    ["scheduling.k8s.io", ["priorityclasses"]],
    ["admissionregistration.k8s.io", ["mutatingwebhookconfigurations", "validatingwebhookconfigurations"]],
    ["apiregistration.k8s.io", ["apiservices"]],
];
const inClusterResources = (kind) => CLUSTER_RESOURCES_KINDS.some(([group, resources]) => group === kind.group && resources.includes(kind.resource));
/**
 * What ArgoCD before 2.9 must also read for this request: every kind its cache lists in the link's
 * scope that the access level (or the cluster-resources ClusterRole) does not already read.
 */
function cacheReadKinds(req) {
    if (req.access === "cluster-admin")
        return { namespaced: [], clusterScoped: [] };
    const level = req.access;
    const namespaced = _upstream_kubernetes_kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .CACHED_KINDS */ .Ty.filter((k) => k.namespaced && !(0,_upstream_kubernetes_kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .levelReads */ .IY)(level, k));
    const clusterScoped = clusterWide(req)
        ? _upstream_kubernetes_kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .CACHED_KINDS */ .Ty.filter((k) => !k.namespaced && !(0,_upstream_kubernetes_kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .levelReads */ .IY)(level, k))
        : req.clusterResources
            ? _upstream_kubernetes_kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .CACHED_KINDS */ .Ty.filter((k) => !k.namespaced && !inClusterResources(k))
            : [];
    return { namespaced, clusterScoped };
}
/** The extra read the link's RBAC carries: for ArgoCD before 2.9, or kept until respectRBAC is applied. */
function extraRead(cache) {
    if (cache.kind === "read-all")
        return cache;
    if (cache.kind === "respect-rbac" && cache.keptRead)
        return cache.keptRead;
    return undefined;
}
/** The first argo-cd chart whose ArgoCD reads respectRBAC (5.51.0). */
const RESPECT_RBAC_CHART = (0,_upstream_argo_cd_chart_js__WEBPACK_IMPORTED_MODULE_4__/* .firstChartWithAppVersion */ .O$)(_upstream_argo_cd_js__WEBPACK_IMPORTED_MODULE_3__/* .RESPECT_RBAC */ .Sz.since) ?? _upstream_argo_cd_js__WEBPACK_IMPORTED_MODULE_3__/* .RESPECT_RBAC */ .Sz.since;
/** The request key that accepts reading Secrets or RBAC objects beyond the access level. */
const READ_BEYOND_ACCESS_KEY = "read-beyond-access";
/** Decides CacheAccess from the access level and the release's chart version; refuses what cannot work. */
function decideCacheAccess(req, layout) {
    if (req.access === "cluster-admin")
        return { kind: "full" };
    const { chartVersion, releaseName, file } = layout.argocd;
    const needed = RESPECT_RBAC_CHART;
    const app = (0,_upstream_argo_cd_chart_js__WEBPACK_IMPORTED_MODULE_4__/* .argoCdAppVersion */ .cO)(chartVersion);
    if (!app.known) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`ArgoCD ${releaseName} (${file}) uses argo-cd chart ${chartVersion}, whose ArgoCD version is not known here ` +
            `(${app.reason}), and access ${req.access} does not let ArgoCD list every resource kind its cluster cache ` +
            `watches (e.g. podtemplates${req.access === "view" ? ", secrets" : ""}): one refused list marks the whole ` +
            `cluster Failed unless argocd-cm ${_upstream_argo_cd_js__WEBPACK_IMPORTED_MODULE_3__/* .RESPECT_RBAC */ .Sz.key} is set (ArgoCD ${_upstream_argo_cd_js__WEBPACK_IMPORTED_MODULE_3__/* .RESPECT_RBAC */ .Sz.since} and later, ` +
            `argo-cd chart ${needed} and later). Use a released chart version from ${needed} on, or request access cluster-admin, ` +
            `then run again.`);
    }
    const reads = (0,_upstream_argo_cd_js__WEBPACK_IMPORTED_MODULE_3__/* .argoCdReadsSetting */ .Wo)(app.value, _upstream_argo_cd_js__WEBPACK_IMPORTED_MODULE_3__/* .RESPECT_RBAC */ .Sz.key);
    if (reads.known && reads.supported) {
        return { kind: "respect-rbac", mode: RESPECT_RBAC_MODE, argoCdVersion: app.value };
    }
    // No respectRBAC: every list must succeed, so the link reads every kind in its scope.
    const extra = cacheReadKinds(req);
    const sensitive = [...extra.namespaced, ...extra.clusterScoped].filter((k) => k.sensitive).map(_upstream_kubernetes_kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .kindId */ .cu);
    if (sensitive.length > 0 && !req.readBeyondAccess) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`ArgoCD ${releaseName} (${file}) runs ArgoCD ${app.value} (argo-cd chart ${chartVersion}), which has no ` +
            `argocd-cm ${_upstream_argo_cd_js__WEBPACK_IMPORTED_MODULE_3__/* .RESPECT_RBAC */ .Sz.key} (ArgoCD ${_upstream_argo_cd_js__WEBPACK_IMPORTED_MODULE_3__/* .RESPECT_RBAC */ .Sz.since} and later): one refused list marks the whole ` +
            `cluster Failed, so the link must let ArgoCD read every kind in its scope, and for access ${req.access} ` +
            `that includes ${sensitive.join(", ")}, which ${req.access} does not read. Either set ` +
            `${READ_BEYOND_ACCESS_KEY}: true to accept that read (writes stay ${req.access}), or raise the chart ` +
            `version of that helm_release to ${needed} or later (and apply it), then run again.`);
    }
    return { kind: "read-all", argoCdVersion: app.value, ...extra };
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`The target cluster only accepts EKS access entries (authentication mode API), but ${cluster.accessEntries.why}. ` +
            `Raise the provider version of ${cluster.path} (and run leverage tf init -upgrade there), then run again.`);
    }
    return "aws-auth";
}
/**
 * Whether the link needs RBAC objects in the target: a bearer token's ServiceAccount, an aws-auth
 * group without cluster-admin, or the cluster-scoped kinds of `cluster-resources`.
 */
function rbacNeeded(req, kind, cache) {
    if (req.method === "bearer-token" || req.clusterResources || extraRead(cache))
        return true;
    return kind === "aws-auth" && req.access !== "cluster-admin";
}
/** `found`, or the reason it could not be found, thrown now that the link needs it. */
function required(found) {
    if (found instanceof Error)
        throw found;
    return found;
}
/**
 * Decides the grant in one pass from what discovery found (the layout and discoverGrantInputs);
 * throws a LayoutError when the repository or the cluster cannot carry it.
 */
function decideGrant(req, facts, layout, inputs) {
    const cache = withEarlierRead(decideCacheAccess(req, layout), inputs, req);
    if (req.method === "bearer-token") {
        // Checked for every method, so a cluster this layout cannot serve is reported the same way.
        clusterAccessKind(facts.authenticationMode, layout.targetCluster);
        const layer = decideRbacLayer(required(inputs.rbacCandidates), req, facts, true, cache);
        return { method: "bearer-token", rbac: { needed: true, layer, accessBindings: true }, cache };
    }
    const targetRoleLayer = required(inputs.baseIdentities);
    const kind = clusterAccessKind(facts.authenticationMode, layout.targetCluster);
    const rbac = rbacNeeded(req, kind, cache)
        ? // With an access entry the namespaced access is the entry's; RBAC only adds cluster-scoped kinds.
            {
                needed: true,
                layer: decideRbacLayer(required(inputs.rbacCandidates), req, facts, kind === "aws-auth", cache),
                accessBindings: kind === "aws-auth",
            }
        : inputs.earlierCacheRead !== undefined
            ? { needed: false, stale: inputs.earlierCacheRead.path }
            : { needed: false };
    return {
        method: "iam-role",
        targetRoleLayer,
        cluster: kind === "aws-auth" ? { kind, mapRoles: requireMapRoles(facts, layout.targetCluster) } : { kind },
        rbac,
        cache,
    };
}
/**
 * After a chart upgrade: keeps an earlier extra read while the values do not set respectRBAC yet,
 * and says it is dropped once they do (see CacheAccess).
 */
function withEarlierRead(cache, inputs, req) {
    const earlier = inputs.earlierCacheRead;
    if (cache.kind !== "respect-rbac" || earlier === undefined)
        return cache;
    return inputs.valuesSetRespectRbac
        ? { ...cache, dropsRead: true }
        : { ...cache, keptRead: { argoCdVersion: earlier.argoCdVersion, ...cacheReadKinds(req) } };
}
function requireMapRoles(facts, cluster) {
    if (!cluster.mapRoles || cluster.awsAuth === "none") {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd((facts.authenticationMode === "CONFIG_MAP"
            ? `${facts.name} authenticates with CONFIG_MAP (aws-auth) only`
            : `EKS access entries cannot be used (${cluster.accessEntries.why})`) +
            `, but ${cluster.path} has no locals map_roles = [...] passed to aws_auth_roles. Add one, or make ` +
            `access entries possible (authentication mode API_AND_CONFIG_MAP and hashicorp/aws 5.33.0 or later), ` +
            `then run again.`);
    }
    return cluster.mapRoles;
}
/**
 * The hashicorp/kubernetes resources and arguments the target-rbac step writes for this grant: the
 * layer that holds them must run a provider version that has every one.
 */
function rbacProviderFeatures(req, facts, accessBindings, cache = { kind: "full" }) {
    const features = [];
    if (req.method === "bearer-token") {
        // The token is read from the secret right after it is created: without the wait the token
        // controller has not filled it yet and the output fails, so the argument cannot be dropped for
        // older providers. Those also cannot create a ServiceAccount on Kubernetes 1.24+ (they wait for a
        // default secret that never comes), so only an upgrade keeps a bearer-token link working.
        features.push("kubernetes_service_account_v1", "kubernetes_secret_v1", "kubernetes_secret_v1.wait_for_service_account_token");
        const version = facts.version === undefined ? undefined : (0,_core_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(facts.version);
        // Every EKS version still offered is 1.24 or later: assume it when the facts do not say.
        if (version === undefined || (0,_core_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .compareVersions */ .Zy)(version, "1.24") >= 0) {
            features.push("kubernetes_service_account_v1 on Kubernetes 1.24+");
        }
    }
    if (accessBindings) {
        features.push(clusterWide(req) ? "kubernetes_cluster_role_binding_v1" : "kubernetes_role_binding_v1");
    }
    if (req.clusterResources)
        features.push("kubernetes_cluster_role_v1", "kubernetes_cluster_role_binding_v1");
    const read = extraRead(cache);
    if (read) {
        features.push("kubernetes_cluster_role_v1");
        features.push(clusterWide(req) ? "kubernetes_cluster_role_binding_v1" : "kubernetes_role_binding_v1");
        if (read.clusterScoped.length > 0 && !clusterWide(req))
            features.push("kubernetes_cluster_role_binding_v1");
    }
    return [...new Set(features)];
}
/**
 * Where the link's RBAC goes: the first layer that configures a kubernetes provider for the target
 * cluster (a sibling of the cluster layer, then the cluster layer) whose provider version has what
 * the step writes; when no layer configures one, the target's identities layer, which gets the
 * provider in the same step (the cookbook's way). A layer with a provider that is too old is passed
 * over for the next one; when every one is too old the run stops with the upgrade needed.
 */
function decideRbacLayer(found, req, facts, accessBindings, cache) {
    const features = rbacProviderFeatures(req, facts, accessBindings, cache);
    const passedOver = [];
    for (const candidate of found.withProvider) {
        const support = (0,_layout_providers_js__WEBPACK_IMPORTED_MODULE_2__/* .providerSupport */ .bm)(candidate.providers, "kubernetes", features);
        if (!support.supported) {
            passedOver.push({ path: candidate.path, why: support.why, upgrade: support.upgrade });
            continue;
        }
        return {
            path: candidate.path,
            ...(candidate.backendKey !== undefined ? { backendKey: candidate.backendKey } : {}),
            notes: [
                ...passedOver.map((p) => `Not in ${p.path}: ${p.why}. To put it there instead, ${p.upgrade}, then set target-rbac-layer to it.`),
                ...(support.assumed ? [support.assumed] : []),
            ],
        };
    }
    if (passedOver.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`No layer with a kubernetes provider for ${req.targetCluster} can hold the link's RBAC (${found.why}): ` +
            passedOver.map((p) => `${p.why}. To fix it, ${p.upgrade}`).join("; ") +
            `. Then run again${req.targetRbacLayer ? "" : ", or set target-rbac-layer to another layer"}.`);
    }
    const identities = found.identities;
    if (!identities)
        throw new Error("discovery found neither a kubernetes provider nor an identities layer");
    // A kubernetes entry already in required_providers is kept: its versions must do.
    if (identities.declaresKubernetes) {
        const support = (0,_layout_providers_js__WEBPACK_IMPORTED_MODULE_2__/* .providerSupport */ .bm)(identities.providers, "kubernetes", features);
        if (!support.supported) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`${identities.path} gets a kubernetes provider for the link's RBAC (${found.why}), but ${support.why}. ` +
                `To fix it, ${support.upgrade}. Then run again.`);
        }
    }
    return {
        path: identities.path,
        ...(identities.backendKey !== undefined ? { backendKey: identities.backendKey } : {}),
        addProvider: { ...identities, constraint: `>= ${(0,_layout_providers_js__WEBPACK_IMPORTED_MODULE_2__/* .minimumFor */ .GH)("kubernetes", features).since}` },
        notes: [],
    };
}


/***/ }),

/***/ 8356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JP: () => (/* binding */ linkNames),
/* harmony export */   LO: () => (/* binding */ releaseRoleHeader),
/* harmony export */   LW: () => (/* binding */ snakeCase),
/* harmony export */   Rr: () => (/* binding */ instanceHeader),
/* harmony export */   Xr: () => (/* binding */ linkFileNames),
/* harmony export */   _Z: () => (/* binding */ markerFor),
/* harmony export */   bf: () => (/* binding */ ownerOf),
/* harmony export */   oC: () => (/* binding */ LEGACY_IRSA_VAR),
/* harmony export */   oE: () => (/* binding */ ownerLine),
/* harmony export */   tl: () => (/* binding */ MARKER)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
// Every name a link, a release or a dedicated instance creates, derived in one place so that the
// steps agree with each other and no request can make two of them equal.
//
// The namespaces (s = a link id with `-` as `_`, r = a release name with `-` as `_`):
// - a link's files, Terraform names and template variables start with `argocd_link_<s>` and, when
//   they need a kind suffix, add it after `__` (`argocd_link_<s>__access.tf`); Kubernetes names are
//   `argocd-link-<id>` and `argocd-link-<id>--<kind>`. A link id is a DNS label without `--`
//   (request/parse.ts), so `<s>` never holds `__` and never starts or ends with `_`: no link id can
//   produce another link's suffixed name, nor a kind suffix of its own.
// - a release's files and names start with `argocd_release_<r>` / `argocd-release-<r>` and its IRSA
//   template variable is `argocd_release_irsa_role_arn`: `argocd_release` is not `argocd_link`.
// - a dedicated instance's files start with `argocd_instance_<r>` (Terraform) and
//   `chart-values/argocd-instance-<release>.yaml` (values): neither is a link's nor a release's prefix.
//   Its `helm_release` and `kubernetes_namespace_v1` keep the names `argocd_link_<r>`: no link
//   declares resources of those types, and renaming them would replace a live ArgoCD.
// - a file shared by the links of one layer starts with `argocd_layer__` (the kubernetes provider a
//   bearer-token link adds to an identities layer: `argocd_layer__kubernetes_provider.tf`).
//
// Links applied before this scheme keep their names (renaming a Terraform address replaces the
// resource): plan.ts finds them with legacyNames() and passes them in; see LegacyNames for how each
// old name is recognised.

const LEGACY_IRSA_VAR = "argocd_link_irsa_role_arn";
const IAM_ROLE_NAME_MAX = 64;
const snakeCase = (name) => name.replace(/-/g, "_");
/** First line of a release's IRSA role file (also how a legacy file is recognised). */
const releaseRoleHeader = (release) => `# ${MARKER}: IRSA role of the ArgoCD release "${release}"`;
/** First line of a dedicated instance's files (how a second link recognises the instance). */
const instanceHeader = (release) => `# ${MARKER}: dedicated ArgoCD instance "${release}"`;
/** The folders that name the cluster an ArgoCD layer belongs to: `<account>/<region>/<cluster>/<layer>`. */
function clusterOf(argocdLayer) {
    const parts = argocdLayer.split("/");
    return { region: parts[1] ?? "", cluster: parts.length >= 3 ? parts[parts.length - 2] : "" };
}
/** The file and resource names discovery looks for before the grant is decided (see discoverGrantInputs). */
function linkFileNames(id) {
    const snake = snakeCase(id);
    return { rbacFile: `argocd_link_${snake}.tf`, cacheReadResource: `argocd_link_${snake}__cache_read` };
}
function linkNames(req, layout, release, legacy = {}) {
    const id = req.argocdClusterName;
    const snake = snakeCase(id);
    const releaseSnake = snakeCase(release);
    const environment = layout.environments[req.sourceAccount] ?? req.sourceAccount;
    const roleBase = release.includes("argocd") ? release : `argocd-${release}`;
    // One role per account and cluster: IAM names are account-wide, and one account may run several
    // clusters (and regions) with a release of the same name.
    const { region, cluster } = clusterOf(layout.argocd.layer);
    const roleSuffix = `${[region, cluster].filter(Boolean).join("-")}-${roleBase}-irsa`;
    const sourceRoleNameExpr = legacy.sourceRoleNameExpr ?? `\${var.environment}-${roleSuffix}`;
    const sourceRoleName = sourceRoleNameExpr.replace("${var.environment}", environment);
    const targetRoleName = `argocd-link-${id}`;
    for (const [what, name] of [
        ["source IAM role", sourceRoleName],
        ["target IAM role", targetRoleName],
    ]) {
        if (name.length > IAM_ROLE_NAME_MAX) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`The ${what} name "${name}" would be ${name.length} characters; IAM allows ${IAM_ROLE_NAME_MAX}. ` +
                `Use a shorter argocd-cluster-name or argocd-instance.`);
        }
    }
    const roleArnVar = `argocd_link_${snake}_role_arn`;
    const irsaVar = legacy.irsaVar ? LEGACY_IRSA_VAR : "argocd_release_irsa_role_arn";
    if (roleArnVar === irsaVar) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`argocd-cluster-name "${id}": its template variable ${roleArnVar} is the IRSA variable the ArgoCD release ` +
            `"${release}" already uses (written before link and release names were kept apart). Choose another ` +
            `argocd-cluster-name.`);
    }
    const linkPolicy = `ids_argocd_link_${snake}.tf`;
    if (legacy.releaseRoleFile === linkPolicy) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`argocd-cluster-name "${id}": its policy file would be ${linkPolicy}, the IRSA role file of the ArgoCD ` +
            `release "${release}" (named before link and release names were kept apart). Choose another ` +
            `argocd-cluster-name.`);
    }
    return {
        id,
        snake,
        release,
        releaseSnake,
        sourceRoleName,
        sourceRoleNameExpr,
        // Resolved: the target account reads it, and its var.environment is not the source account's.
        sourceRoleArnExpr: `arn:aws:iam::\${var.accounts.${req.sourceAccount}.id}:role/${sourceRoleName}`,
        targetRoleName,
        targetRoleArnExpr: `arn:aws:iam::\${var.accounts.${req.targetAccount}.id}:role/${targetRoleName}`,
        k8sName: `argocd-link-${id}`,
        k8sGroup: `argocd-link:${id}`,
        clusterScopedTf: legacy.clusterScoped
            ? `argocd_link_${snake}_cluster_scoped`
            : `argocd_link_${snake}__cluster_scoped`,
        clusterScopedK8s: legacy.clusterScoped
            ? `argocd-link-${id}-cluster-scoped`
            : `argocd-link-${id}--cluster-scoped`,
        cacheReadTf: linkFileNames(id).cacheReadResource,
        cacheReadK8s: `argocd-link-${id}--cache-read`,
        cacheReadClusterTf: `argocd_link_${snake}__cache_read_cluster`,
        cacheReadClusterK8s: `argocd-link-${id}--cache-read-cluster`,
        irsaVar,
        roleArnVar,
        tokenVar: `argocd_link_${snake}_bearer_token`,
        remoteStateName: `argocd-link-${id}`,
        tokenOutput: `argocd_link_${snake}_bearer_token`,
        files: {
            releaseRole: legacy.releaseRoleFile ?? `ids_argocd_release_${releaseSnake}.tf`,
            linkPolicy,
            targetRole: `argocd_link_${snake}.tf`,
            rbac: linkFileNames(id).rbacFile,
            accessEntry: legacy.accessEntryFile ?? `argocd_link_${snake}__access.tf`,
            tokenState: `argocd_link_${snake}.tf`,
            instanceRelease: `argocd_instance_${releaseSnake}.tf`,
            instanceValues: `chart-values/argocd-instance-${release}.yaml`,
        },
    };
}
/** Marker written next to everything a link adds, so that reruns find (and replace) their own work. */
const MARKER = "argocd-cluster-link";
const markerFor = (id) => `${MARKER}: ${id}`;
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


/***/ }),

/***/ 2471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ stepBranch)
/* harmony export */ });
/* harmony import */ var _link_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8356);
// Branch names of the pull requests a plan opens: how publishing finds a step again on a rerun.

/** The branch of one step: stable across reruns, whatever steps are already merged. */
function stepBranch(linkId, stepId) {
    return `${_link_names_js__WEBPACK_IMPORTED_MODULE_0__/* .MARKER */ .tl}/${linkId}/${stepId}`;
}


/***/ }),

/***/ 9736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XG: () => (/* binding */ ageText),
/* harmony export */   pI: () => (/* binding */ planRotations),
/* harmony export */   rb: () => (/* binding */ DEFAULT_ROTATION),
/* harmony export */   ze: () => (/* binding */ dateMarker)
/* harmony export */ });
/* unused harmony exports DATE_MARKER, recordedDateIn */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6706);
/* harmony import */ var _layout_tree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(232);
/* harmony import */ var _steps_rotate_token_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8104);
/* harmony import */ var _steps_target_rbac_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(259);
/* harmony import */ var _steps_token_slots_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2210);
/* harmony import */ var _link_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8356);
// Token rotation for bearer-token links. Each link's RBAC file keeps two token slots (see
// steps/token-slots.ts); a rotation gives the older slot the next generation and points the token
// output at it, so the token ArgoCD holds stays valid until the ArgoCD layer is applied.
//
// The plan reads every bearer-token link, decides which are due (age from the header's
// `token-created:` line against `rotateAfterDays`, or forced), and groups the due links of one
// target layer into ONE step (one pull request), split every `maxLinksPerPullRequest` links in
// link-name order. Links whose file cannot be read as a link's token slots are reported, never edited.







/** Kept here for callers of the rotation; it lives with the RBAC file that holds the generation. */

/** A hidden line of a rotation pull request's body: the token-created date its files record. */
const DATE_MARKER = "<!-- argocd-cluster-link:token-created";
/** The hidden body line that records `date` (to the second, as the files do). */
function dateMarker(date) {
    return `${DATE_MARKER} ${(0,_steps_token_slots_js__WEBPACK_IMPORTED_MODULE_4__/* .createdLine */ .Xt)(date).split(" ")[1]} -->`;
}
function recordedDateIn(body) {
    const match = /<!-- argocd-cluster-link:token-created (\S+) -->/.exec(body ?? "");
    const date = match ? new Date(match[1]) : undefined;
    return date && !Number.isNaN(date.getTime()) ? date : undefined;
}
const DEFAULT_ROTATION = { rotateAfterDays: 30, maxLinksPerPullRequest: 50 };
const LINK_FILE = /^argocd_link_[a-z0-9_]+\.tf$/;
const DAY_MS = 24 * 60 * 60 * 1000;
function ageText(link) {
    return link.ageDays === undefined ? "unknown (no token-created date yet)" : `${link.ageDays} days`;
}
/** The bearer-token links of a repository, which are due, and one step per target layer batch. */
async function planRotations(repo, options) {
    const files = (await repo.listFiles()).filter((f) => LINK_FILE.test((0,_layout_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .basename */ .P8)(f)) && f.split("/").length > 3);
    const texts = new Map();
    for (const path of files)
        texts.set(path, (await repo.readFile(path)) ?? "");
    // ArgoCD layers read a token through a remote-state block named after the link.
    const argocdLayerOf = new Map();
    for (const [path, text] of texts) {
        for (const match of text.matchAll(/data "terraform_remote_state" "argocd-link-([a-z0-9-]+)"/g)) {
            argocdLayerOf.set(`${match[1]}\0${(0,_layout_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .basename */ .P8)(path)}`, (0,_layout_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .dirname */ .pD)(path));
        }
    }
    const links = [];
    const rotatable = new Map();
    for (const [path, text] of texts) {
        if (!text.includes(_link_names_js__WEBPACK_IMPORTED_MODULE_5__/* .MARKER */ .tl))
            continue;
        const linkId = /^# argocd-cluster-link: ([a-z0-9-]+)$/m.exec(text)?.[1];
        if (!linkId || !/"kubernetes_secret_v1"/.test(text))
            continue;
        const layer = (0,_layout_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .dirname */ .pD)(path);
        const argocdLayer = argocdLayerOf.get(`${linkId}\0${(0,_layout_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .basename */ .P8)(path)}`);
        const base = {
            linkId,
            path,
            layer,
            account: path.split("/", 1)[0],
            ...(argocdLayer ? { argocdLayer } : {}),
        };
        let slots;
        try {
            slots = (0,_steps_token_slots_js__WEBPACK_IMPORTED_MODULE_4__/* .readTokenSlots */ .hX)(text, path, (0,_link_names_js__WEBPACK_IMPORTED_MODULE_5__/* .snakeCase */ .LW)(linkId));
        }
        catch (error) {
            slots = { problem: `the file does not parse as HCL (${error.message})` };
        }
        if (!slots)
            continue;
        if ("problem" in slots) {
            links.push({
                ...base,
                state: "cannot-rotate",
                reason: `${slots.problem}; edit it back or rotate by hand`,
            });
            continue;
        }
        const ageDays = slots.createdAt
            ? Math.max(0, Math.floor((options.now.getTime() - slots.createdAt.getTime()) / DAY_MS))
            : undefined;
        const due = options.force ||
            options.links.includes(linkId) ||
            ageDays === undefined ||
            ageDays >= options.rotateAfterDays;
        links.push({
            ...base,
            generation: slots.current.generation,
            ...(slots.createdAt ? { createdAt: slots.createdAt } : {}),
            ...(ageDays === undefined ? {} : { ageDays }),
            state: due ? "due" : "current",
        });
        if (due)
            rotatable.set(path, { text, slots });
    }
    links.sort((a, b) => a.linkId.localeCompare(b.linkId) || a.path.localeCompare(b.path));
    const unknown = options.links.filter((name) => !links.some((l) => l.linkId === name));
    if (unknown.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidInputError */ .oC("rotation", unknown.map((name) => ({
            field: "links",
            value: JSON.stringify(name),
            message: `is not a bearer-token link of this repository (links: ${links.map((l) => l.linkId).join(", ") || "none"})`,
        })));
    }
    const byLayer = new Map();
    for (const link of links.filter((l) => l.state === "due")) {
        byLayer.set(link.layer, [...(byLayer.get(link.layer) ?? []), link]);
    }
    const batches = [];
    const max = Math.max(1, options.maxLinksPerPullRequest);
    for (const layer of [...byLayer.keys()].sort()) {
        const due = byLayer.get(layer);
        const parts = Math.ceil(due.length / max);
        for (let part = 0; part < parts; part++) {
            const members = due.slice(part * max, (part + 1) * max);
            const batchId = `rotation.${layer.toLowerCase().replace(/[^a-z0-9]+/g, "-")}${part === 0 ? "" : `.${part + 1}`}`;
            const date = options.recordedDate?.(batchId) ?? options.now;
            const contents = new Map();
            for (const link of members) {
                link.batchId = batchId;
                const { text, slots } = rotatable.get(link.path);
                const rotated = (0,_steps_token_slots_js__WEBPACK_IMPORTED_MODULE_4__/* .rotateTokenFile */ .F_)(text, link.path, (0,_link_names_js__WEBPACK_IMPORTED_MODULE_5__/* .snakeCase */ .LW)(link.linkId), slots, date);
                contents.set(link.path, { ...rotated, previous: text });
            }
            batches.push({
                batchId,
                layer,
                account: members[0].account,
                links: members,
                step: batchStep(layer, members, contents, date, parts > 1 ? `${part + 1}/${parts}` : undefined),
            });
        }
    }
    return { links, batches };
}
function batchStep(layer, links, contents, date, part) {
    const argocdLayers = [...new Set(links.flatMap((l) => (l.argocdLayer ? [l.argocdLayer] : [])))].sort();
    const apply = [layer, ...argocdLayers].map((l) => `cd ${l} && leverage tf apply`);
    const manual = links.filter((l) => !l.argocdLayer);
    const count = `${links.length} bearer token${links.length === 1 ? "" : "s"}`;
    const title = `argocd-cluster-link: rotate ${count} in ${layer}${part ? ` (part ${part})` : ""}`;
    const body = [
        `Rotates the ArgoCD bearer token of ${links.length === 1 ? "one link" : `${links.length} links`} whose RBAC files are in ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(layer)}.`,
        "",
        "| link | token age | generation | ArgoCD layer |",
        "|------|-----------|------------|--------------|",
        ...links.map((l) => `| ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(l.linkId)} | ${ageText(l)} | ${l.generation} → ${contents.get(l.path).generation} | ` +
            `${l.argocdLayer ? (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(l.argocdLayer) : "none found: update ArgoCD's cluster secret by hand"} |`),
        "",
        "### Why",
        "- Each link keeps two token Secrets. This gives the older one the next generation and points the token output at it;",
        "  the token ArgoCD uses now is kept, so ArgoCD keeps working between the two applies.",
        "- Applying the target layer creates the new tokens and deletes the ones before the current ones; applying each",
        "  ArgoCD layer afterwards makes ArgoCD read the new tokens through remote state.",
        "- Apply the ArgoCD layers before merging the next rotation of these links: the next one deletes the tokens ArgoCD holds now.",
        ...(manual.length
            ? [`- No ArgoCD layer reading the token was found for ${manual.map((l) => (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(l.linkId)).join(", ")}.`]
            : []),
        "",
        "### Files",
        ...links.map((l) => `- edited: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(l.path)}`),
        "",
        "### Apply, once merged, in this order",
        "```sh",
        ...apply,
        "```",
        "",
        dateMarker(date),
    ].join("\n");
    return {
        id: _steps_rotate_token_js__WEBPACK_IMPORTED_MODULE_6__/* .ROTATE_TOKEN_ID */ .U,
        number: 1,
        total: 1,
        account: links[0].account,
        layers: [layer, ...argocdLayers],
        title,
        body: body + "\n",
        apply,
        files: links.map((l) => ({
            path: l.path,
            action: "update",
            content: contents.get(l.path).content,
            previous: contents.get(l.path).previous,
        })),
    };
}


/***/ }),

/***/ 6549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ FolderRepo)
/* harmony export */ });
/* unused harmony export MemoryRepo */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);




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
    /** Listed regular files: reached through real folders only, so inside the root without a check. */
    regular;
    /** The resolved root the listing was made from. */
    base;
    rootReal;
    cache = new Map();
    constructor(root) {
        this.root = root;
    }
    async listFiles() {
        if (!this.list) {
            // Entries carry their folder's path, joined (so normalised) below the resolved root: cut the
            // root off it (path.relative per entry was a tenth of a plan's time in a large repository).
            const base = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(this.root);
            this.base = base;
            const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(base, { recursive: true, withFileTypes: true });
            const prefix = base.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? base.length : base.length + 1;
            const path = (e) => {
                const folder = e.parentPath.slice(prefix);
                const full = folder === "" ? e.name : `${folder}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}${e.name}`;
                return node_path__WEBPACK_IMPORTED_MODULE_2__.sep === "/" ? full : full.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join("/");
            };
            const kept = (p) => !/(^|\/)(\.git|\.terraform|node_modules)\//.test(p);
            const listed = entries
                .filter((e) => e.isFile() || e.isSymbolicLink())
                .map((e) => ({ path: path(e), file: e.isFile() }))
                .filter((e) => kept(e.path));
            // A recursive readdir does not enter linked folders, so a listed regular file lies inside.
            this.regular = new Set(listed.filter((e) => e.file).map((e) => e.path));
            this.list = listed.map((e) => e.path).sort();
        }
        return this.list;
    }
    async readFile(path) {
        if (!this.cache.has(path))
            this.cache.set(path, await this.readInside(path));
        return this.cache.get(path);
    }
    async readInside(path) {
        if (this.regular?.has(path)) {
            // Synchronous: a plan reads hundreds of small files, and each asynchronous read costs several
            // thread-pool round trips (open, stat, read, close) that grew the 200th link's plan time.
            try {
                // A listed path is already normal: no path.join (a tenth of the reads' time).
                return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`${this.base}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}${path}`, "utf8");
            }
            catch {
                return undefined;
            }
        }
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, path);
        let target;
        try {
            target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(full);
        }
        catch {
            return undefined;
        }
        this.rootReal ??= await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(this.root);
        const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(this.rootReal, target);
        if (inside === ".." || inside.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(inside)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LayoutError */ .Rd(`${path} is a symbolic link (or lies under one) that leads outside the repository, to ${target}: ` +
                "refusing to read it. Replace the link with the file itself, then run again.");
        }
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(full)).isSymbolicLink())
            return undefined;
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(full, "utf8").catch(() => undefined);
    }
}


/***/ }),

/***/ 8104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ ROTATE_TOKEN_ID)
/* harmony export */ });
/* unused harmony export rotateTokenTitle */
// Step rotate-token (target account, the RBAC layer of a bearer-token link): raises the token
// generation in the secret's generate_name, so the provider replaces the secret. It is planned
// per existing link by plan/rotate.ts, not as part of a link, so it has no LinkContext.
const ROTATE_TOKEN_ID = "rotate-token";
function rotateTokenTitle(linkId, generation) {
    return `argocd-cluster-link ${linkId}: rotate the ArgoCD bearer token (generation ${generation})`;
}


/***/ }),

/***/ 5486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TE: () => (/* binding */ linkMarker),
/* harmony export */   _A: () => (/* binding */ tags),
/* harmony export */   wx: () => (/* binding */ header)
/* harmony export */ });
/* harmony import */ var _hcl_write_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8796);
/* harmony import */ var _link_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8356);
// Pieces every file a link writes shares: the owner header and the tags of new AWS resources.


function header(lines) {
    return [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_0__/* .comment */ .Im)(lines.join("\n")), _hcl_write_js__WEBPACK_IMPORTED_MODULE_0__/* .blank */ .hQ];
}
/**
 * The first lines of every file a link owns: its id, and who it links, so that a request reusing
 * the id for another link is refused instead of rewriting this one (see ownerOf).
 */
function linkMarker(names, req) {
    return [(0,_link_names_js__WEBPACK_IMPORTED_MODULE_1__/* .markerFor */ ._Z)(names.id), (0,_link_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ownerLine */ .oE)(names.release, req)];
}
function tags(hasTagsLocal, extra) {
    return hasTagsLocal
        ? [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_0__/* .attr */ .CF)("tags", (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_0__/* .raw */ .lS)(`merge(local.tags, ${renderInlineMap(extra)})`))]
        : [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_0__/* .attr */ .CF)("tags", extra)];
}
function renderInlineMap(map) {
    return `{ ${Object.entries(map)
        .map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
        .join(", ")} }`;
}


/***/ }),

/***/ 259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eT: () => (/* binding */ targetRbacStep)
/* harmony export */ });
/* unused harmony exports CLUSTER_ROLE, tokenGeneration, rbacFile, tokenSecretPrefix, kubernetesProviderPath, kubernetesProviderFile */
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6706);
/* harmony import */ var _hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1974);
/* harmony import */ var _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8796);
/* harmony import */ var _link_describe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1067);
/* harmony import */ var _link_grant_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9358);
/* harmony import */ var _upstream_kubernetes_kinds_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(399);
/* harmony import */ var _link_names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8356);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5486);
/* harmony import */ var _token_slots_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2210);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9194);
// Step target-rbac (target account, a layer with a kubernetes provider for the cluster): RBAC for
// the link's subject, a ServiceAccount with a long-lived token (bearer-token) or the aws-auth
// group of ArgoCD's role (iam-role), plus the cluster-scoped kinds of `cluster-resources`.










const ID = "target-rbac";
const CLUSTER_ROLE = {
    "cluster-admin": "cluster-admin",
    admin: "admin",
    edit: "edit",
    view: "view",
};
function rbacGrant({ grant }) {
    if (!grant.rbac.needed)
        throw (0,_types_js__WEBPACK_IMPORTED_MODULE_9__/* .notNeeded */ .t)(ID);
    return grant.rbac;
}
/** The link's RBAC file that only held the extra read of ArgoCD before 2.9, now not needed. */
const staleFile = ({ grant }) => (grant.rbac.needed ? undefined : grant.rbac.stale);
const targetRbacStep = {
    id: ID,
    side: "target",
    needed: (link) => link.grant.rbac.needed || staleFile(link) !== undefined,
    layers: (link) => {
        const stale = staleFile(link);
        return [stale === undefined ? rbacGrant(link).layer.path : stale.slice(0, stale.lastIndexOf("/"))];
    },
    removes: (link) => {
        const stale = staleFile(link);
        return stale === undefined ? [] : [stale];
    },
    files: async (link) => {
        if (staleFile(link) !== undefined)
            return new Map();
        const rbac = rbacGrant(link);
        const path = `${rbac.layer.path}/${link.names.files.rbac}`;
        // Keep the token slots a rotation may have written: rewriting them would replace a token.
        const existing = await link.read(path);
        // A new token records the plan's date, so the first scheduled rotation finds it current.
        const tokens = existing === undefined
            ? { ...FIRST_TOKEN, ...(link.date ? { createdAt: link.date } : {}) }
            : keptTokens(existing, path, link.names.snake);
        const cacheRead = (0,_link_grant_js__WEBPACK_IMPORTED_MODULE_4__/* .extraRead */ .zJ)(link.grant.cache);
        const files = new Map([
            [
                path,
                rbacFile(link.names, link.req, {
                    tokens,
                    accessBindings: rbac.accessBindings,
                    ...(cacheRead ? { cacheRead } : {}),
                }),
            ],
        ]);
        const provider = rbac.layer.addProvider;
        if (provider)
            files.set(kubernetesProviderPath(rbac.layer.path), kubernetesProviderFile(provider, link.req));
        return files;
    },
    summary: (link) => staleFile(link) !== undefined
        ? "remove the extra read of ArgoCD before 2.9"
        : link.req.method === "bearer-token"
            ? "ServiceAccount, token and RBAC for ArgoCD"
            : "RBAC for the ArgoCD aws-auth group",
    why: ({ names, req, grant }) => grant.rbac.needed || grant.rbac.stale === undefined
        ? [...whyGrant(names, req, grant), ...whyCacheRead(names, req, grant.cache), ...whyLayer(grant)]
        : [
            `ArgoCD ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(names.release)} now sets ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("resource.respectRBAC")}, so the extra read this file ` +
                `granted for ArgoCD before 2.9 (the ClusterRole ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(names.cacheReadK8s)} and its bindings) is no ` +
                `longer needed, and nothing else of this link needs RBAC (its access comes from the EKS access ` +
                `entry): the file is removed.`,
        ],
};
/** The extra read of ArgoCD before 2.9, with exactly the kinds that become readable. */
function whyCacheRead(names, req, cache) {
    if (cache.kind === "respect-rbac" && cache.keptRead) {
        return [
            `ArgoCD ${cache.argoCdVersion} reads ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("resource.respectRBAC")}, but its values do not set it yet: the ` +
                `extra read ArgoCD before 2.9 needed (the ClusterRole ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(names.cacheReadK8s)}) stays until the ArgoCD ` +
                `step of this plan, which sets it, is applied. Removing it first would leave ArgoCD with neither, and one ` +
                `refused list would mark the cluster Failed. Run the request again once that step is applied: that plan ` +
                `removes the extra read.`,
        ];
    }
    if (cache.kind === "respect-rbac" && cache.dropsRead) {
        return [
            `ArgoCD ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(names.release)} now sets ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("resource.respectRBAC")} (ArgoCD ${cache.argoCdVersion}): the ` +
                `extra read ArgoCD before 2.9 needed (the ClusterRole ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(names.cacheReadK8s)} and its bindings) is ` +
                `removed; the kinds ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(req.access)} does not read are skipped by ArgoCD from now on.`,
        ];
    }
    if (cache.kind !== "read-all")
        return [];
    const list = (kinds) => kinds.map((k) => (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)((0,_upstream_kubernetes_kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .kindId */ .cu)(k))).join(", ");
    const sensitive = [...cache.namespaced, ...cache.clusterScoped].filter((k) => k.sensitive);
    const where = (0,_link_grant_js__WEBPACK_IMPORTED_MODULE_4__/* .clusterWide */ .MO)(req) ? "in every namespace" : `in ${req.namespaces.map(_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY).join(", ")}`;
    return [
        `ArgoCD ${cache.argoCdVersion} has no ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("resource.respectRBAC")} (ArgoCD 2.9 and later): one list its ` +
            `cluster cache may not make marks the whole cluster Failed. So the ClusterRole ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(names.cacheReadK8s)} ` +
            `also lets it read (${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("get")}, ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("list")}, ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("watch")}), ${where}, the kinds ` +
            `${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(req.access)} does not read: ${list(cache.namespaced)}` +
            (cache.clusterScoped.length > 0
                ? `; and cluster-wide the cluster-scoped kinds ${list(cache.clusterScoped)}` +
                    ((0,_link_grant_js__WEBPACK_IMPORTED_MODULE_4__/* .clusterWide */ .MO)(req) ? "" : ` (ClusterRole ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(names.cacheReadClusterK8s)})`)
                : "") +
            `. Nothing more is writable than ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(req.access)} allows.` +
            (sensitive.length > 0
                ? ` This includes ${list(sensitive)}, accepted by ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("read-beyond-access: true")}.`
                : ""),
        `Kinds from CRDs that add-ons install later are not named here: ArgoCD reads them only if their chart ` +
            `aggregates them into the ClusterRole ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(req.access)}; otherwise that cluster fails until the role ` +
            `names them or the argo-cd chart is ${_link_grant_js__WEBPACK_IMPORTED_MODULE_4__/* .RESPECT_RBAC_CHART */ .tI} or later.`,
        `Once the argo-cd chart is ${_link_grant_js__WEBPACK_IMPORTED_MODULE_4__/* .RESPECT_RBAC_CHART */ .tI} or later, run the request again: the ArgoCD step sets ` +
            `${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("resource.respectRBAC")}; once that is applied, the next run removes this extra read.`,
    ];
}
/** Why the RBAC goes to its layer: layers passed over, versions assumed, a provider added. */
function whyLayer(grant) {
    if (!grant.rbac.needed)
        return [];
    const layer = grant.rbac.layer;
    const added = layer.addProvider;
    return [
        ...(added
            ? [
                `No layer configures a ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("kubernetes")} provider for this cluster, so, as in the original cookbook, ` +
                    `${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(kubernetesProviderPath(layer.path))} adds one to ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(layer.path)}, authenticated with the ` +
                    `${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("aws_eks_cluster")} / ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("aws_eks_cluster_auth")} data sources of the cluster named in ` +
                    `${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(`data.terraform_remote_state.${added.clusterState.name}`)}` +
                    ` (hashicorp/kubernetes ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(added.constraint)}). It is shared by every link in this layer: keep it ` +
                    `while any ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("argocd_link_*.tf")} there remains. Run ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("leverage tf init")} in the layer ` +
                    `before the first apply (new provider).`,
            ]
            : []),
        ...layer.notes,
    ];
}
function whyGrant(names, req, grant) {
    const scoped = req.clusterResources
        ? [
            `${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("cluster-resources")}: a ClusterRole that names only cluster-scoped kinds (Namespaces, CRDs, ` +
                `ClusterRoles, StorageClasses, webhooks...) ${req.access === "view" ? "to read" : "to manage"}, so the ` +
                `namespaced access stays in ${req.namespaces.map(_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY).join(", ")}.` +
                (req.access === "view"
                    ? ""
                    : " Writing ClusterRoles and their bindings is as strong as cluster-admin."),
        ]
        : [];
    if (grant.method === "bearer-token") {
        return [
            `A ServiceAccount ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(`kube-system/${names.k8sName}`)} with a long-lived token secret, bound to the ` +
                `ClusterRole ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(CLUSTER_ROLE[req.access])} (${(0,_link_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .accessText */ .c)(req)}).`,
            ...scoped,
            `The token is an output of this layer marked sensitive; the ArgoCD layer reads it through remote state, so ` +
                `it is never written into the repository.`,
        ];
    }
    if (grant.cluster.kind === "access-entry") {
        return [`The ArgoCD role's access entry puts it in the group ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(names.k8sGroup)}.`, ...scoped];
    }
    return [
        `The cluster authenticates with aws-auth only, so the ArgoCD role is mapped to the group ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(names.k8sGroup)}; ` +
            `this binds that group to the ClusterRole ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(CLUSTER_ROLE[req.access])} (${(0,_link_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .accessText */ .c)(req)}).`,
        ...scoped,
    ];
}
const FIRST_TOKEN = { a: 0, current: "a" };
/** The slots of an existing file; for a file edited beyond recognition, its first generation in slot a. */
function keptTokens(text, path, snake) {
    const slots = (0,_token_slots_js__WEBPACK_IMPORTED_MODULE_8__/* .readTokenSlots */ .hX)(text, path, snake);
    if (!slots || "problem" in slots)
        return { a: tokenGeneration(text, path)?.value ?? 0, current: "a" };
    const bySlot = (name) => [slots.current, slots.previous].find((s) => s?.slot === name)?.generation;
    return {
        a: bySlot("a"),
        ...(bySlot("b") === undefined ? {} : { b: bySlot("b") }),
        current: slots.current.slot,
        ...(slots.createdAt ? { createdAt: slots.createdAt } : {}),
    };
}
/** The token generation in an RBAC file, with the offsets of its generate_name literal. */
function tokenGeneration(text, path) {
    for (const block of (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .findBlocks */ .yM)((0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .scanHcl */ .J$)(text, path), "resource", "kubernetes_secret_v1")) {
        const metadata = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .findBlocks */ .yM)(block.body, "metadata")[0];
        const attribute = metadata && (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .findAttribute */ .Oh)(metadata, "generate_name");
        const literal = attribute && (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .stringLiteral */ .Hg)(text.slice(attribute.exprStart, attribute.exprEnd));
        const match = literal === undefined ? null : /^(argocd-link-[a-z0-9-]+-g)(\d{1,9})-$/.exec(literal);
        if (!attribute || !match)
            continue;
        return { value: Number(match[2]), prefix: match[1], start: attribute.exprStart, end: attribute.exprEnd };
    }
    return undefined;
}
function clusterScopedGrant(names, req, subject, labels, separated) {
    const read = ["get", "list", "watch"];
    const verbs = req.access === "view" ? read : ["*"];
    // ClusterRoles and their bindings stay read-only: writing them lets the link bind itself
    // cluster-admin (RBAC escalation), far beyond the admin/edit it asked for.
    const verbsFor = (group) => (group === "rbac.authorization.k8s.io" ? read : verbs);
    const name = names.clusterScopedK8s;
    return [
        ...(separated ? [_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ] : []),
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .comment */ .Im)(`cluster-resources: ${req.access === "view" ? "read" : "manage"} cluster-scoped kinds (namespaced access stays in ${req.namespaces.join(", ")}).` +
            (req.access === "view"
                ? ""
                : "\nClusterRoles and ClusterRoleBindings stay read-only: writing them would be as strong as cluster-admin.")),
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("resource", ["kubernetes_cluster_role_v1", names.clusterScopedTf], [
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("metadata", [], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", name), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("labels", labels)]),
            _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
            ..._link_grant_js__WEBPACK_IMPORTED_MODULE_4__/* .CLUSTER_RESOURCES_KINDS */ .f6.map(([group, resources]) => (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("rule", [], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("api_groups", [group]), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("resources", resources), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("verbs", verbsFor(group))])),
        ]),
        _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("resource", ["kubernetes_cluster_role_binding_v1", names.clusterScopedTf], [
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("metadata", [], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", name), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("labels", labels)]),
            _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("role_ref", [], [
                (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("api_group", "rbac.authorization.k8s.io"),
                (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("kind", "ClusterRole"),
                (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`kubernetes_cluster_role_v1.${names.clusterScopedTf}.metadata[0].name`)),
            ]),
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("subject", [], subject),
        ]),
    ];
}
/** Read rules for `kinds`, one per API group in the order the kinds come. */
function readRules(kinds) {
    const byGroup = new Map();
    for (const k of kinds)
        byGroup.set(k.group, [...(byGroup.get(k.group) ?? []), k.resource]);
    return [...byGroup].map(([group, resources]) => (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("rule", [], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("api_groups", [group]), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("resources", resources), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("verbs", ["get", "list", "watch"])]));
}
/**
 * ArgoCD before 2.9 fails the cluster on any refused list: a ClusterRole that reads the kinds its
 * cache lists and the access level does not, bound where the link reaches (per namespace, or
 * cluster-wide); with cluster-resources, a second ClusterRole for the cluster-scoped kinds, bound
 * cluster-wide (a RoleBinding never reaches them, and one ClusterRole bound cluster-wide would open
 * the namespaced kinds of every namespace).
 */
function cacheReadGrant(names, req, subject, labels, cache) {
    const wide = (0,_link_grant_js__WEBPACK_IMPORTED_MODULE_4__/* .clusterWide */ .MO)(req);
    const roleRef = (name) => [
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("api_group", "rbac.authorization.k8s.io"),
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("kind", "ClusterRole"),
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`kubernetes_cluster_role_v1.${name}.metadata[0].name`)),
    ];
    const role = (tf, k8s, kinds) => (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("resource", ["kubernetes_cluster_role_v1", tf], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("metadata", [], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", k8s), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("labels", labels)]), _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ, ...readRules(kinds)]);
    const clusterBinding = (tf, k8s) => (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("resource", ["kubernetes_cluster_role_binding_v1", tf], [
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("metadata", [], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", k8s), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("labels", labels)]),
        _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("role_ref", [], roleRef(tf)),
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("subject", [], subject),
    ]);
    const items = [
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .comment */ .Im)(`ArgoCD ${cache.argoCdVersion} has no resource.respectRBAC: one list its cache may not make fails the
` +
            `whole cluster. Read-only: the kinds it lists ${wide ? "cluster-wide" : "in these namespaces"} that "${req.access}" does not read.`),
        role(names.cacheReadTf, names.cacheReadK8s, wide ? [...cache.namespaced, ...cache.clusterScoped] : cache.namespaced),
        _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
    ];
    if (wide) {
        items.push(clusterBinding(names.cacheReadTf, names.cacheReadK8s));
        return items;
    }
    items.push((0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("resource", ["kubernetes_role_binding_v1", names.cacheReadTf], [
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("for_each", (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`toset(${(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .renderValue */ .AI)(req.namespaces, "  ")})`)),
        _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("metadata", [], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", names.cacheReadK8s), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("namespace", (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)("each.key")), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("labels", labels)]),
        _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("role_ref", [], roleRef(names.cacheReadTf)),
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("subject", [], subject),
    ]));
    if (cache.clusterScoped.length > 0) {
        items.push(_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ, (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .comment */ .Im)("The cluster-scoped kinds the cache lists with cluster-resources, read-only."), role(names.cacheReadClusterTf, names.cacheReadClusterK8s, cache.clusterScoped), _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ, clusterBinding(names.cacheReadClusterTf, names.cacheReadClusterK8s));
    }
    return items;
}
/**
 * Target account, a layer with a kubernetes provider for the cluster: RBAC bindings for the link's
 * subject (a ServiceAccount with a token for bearer-token, the aws-auth group for iam-role).
 */
function rbacFile(names, req, options) {
    const tokens = options.tokens;
    const bearer = req.method === "bearer-token";
    const saNamespace = "kube-system";
    const subject = bearer
        ? [
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("kind", "ServiceAccount"),
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`kubernetes_service_account_v1.argocd_link_${names.snake}.metadata[0].name`)),
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("namespace", saNamespace),
        ]
        : [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("api_group", "rbac.authorization.k8s.io"), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("kind", "Group"), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", names.k8sGroup)];
    const roleRef = [
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("api_group", "rbac.authorization.k8s.io"),
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("kind", "ClusterRole"),
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", CLUSTER_ROLE[req.access]),
    ];
    const labels = { "app.kubernetes.io/managed-by": "terraform", "argocd-cluster-link/link": names.id };
    const items = [
        ...(0,_shared_js__WEBPACK_IMPORTED_MODULE_7__/* .header */ .wx)([
            ...(0,_shared_js__WEBPACK_IMPORTED_MODULE_7__/* .linkMarker */ .TE)(names, req),
            bearer
                ? `ServiceAccount, long-lived token and RBAC for ArgoCD "${names.release}" (account ${req.sourceAccount}).`
                : `RBAC for the group ${names.k8sGroup} of ArgoCD "${names.release}" (account ${req.sourceAccount}).`,
            options.accessBindings
                ? `Access: ClusterRole "${CLUSTER_ROLE[req.access]}" ${(0,_link_grant_js__WEBPACK_IMPORTED_MODULE_4__/* .clusterWide */ .MO)(req) ? "cluster-wide" : `in ${req.namespaces.join(", ")}`}.`
                : `Access in ${req.namespaces.join(", ")} comes from the EKS access entry; this grants the cluster-scoped kinds.`,
            ...(options.cacheRead
                ? [
                    `ArgoCD ${options.cacheRead.argoCdVersion} (no resource.respectRBAC): also reads every kind its cache lists in scope.`,
                ]
                : []),
            ...(bearer && tokens.createdAt ? [(0,_token_slots_js__WEBPACK_IMPORTED_MODULE_8__/* .createdLine */ .Xt)(tokens.createdAt)] : []),
        ]),
    ];
    if (bearer) {
        items.push((0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("resource", ["kubernetes_service_account_v1", `argocd_link_${names.snake}`], [
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("metadata", [], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", names.k8sName), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("namespace", saNamespace), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("labels", labels)]),
        ]), _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ, (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .comment */ .Im)("The token does not expire. Two slots (a, and b after the first rotation) keep two generations\n" +
            "(-g<N>-); the output reads the newest. A rotation (argocd-cluster-link's scheduled run) gives the\n" +
            "other slot generation N+1: applying this layer creates it and deletes N-1 but keeps N, which ArgoCD\n" +
            "uses until its layer is applied and reads N+1."), tokenSecret(names, "a", tokens.a, labels, saNamespace), ...(tokens.b === undefined ? [] : [_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ, tokenSecret(names, "b", tokens.b, labels, saNamespace)]), _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ);
    }
    if (!options.accessBindings) {
        // Nothing namespaced to bind here.
    }
    else if ((0,_link_grant_js__WEBPACK_IMPORTED_MODULE_4__/* .clusterWide */ .MO)(req)) {
        items.push((0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("resource", ["kubernetes_cluster_role_binding_v1", `argocd_link_${names.snake}`], [
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("metadata", [], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", names.k8sName), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("labels", labels)]),
            _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("role_ref", [], roleRef),
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("subject", [], subject),
        ]));
    }
    else {
        items.push((0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .comment */ .Im)("The namespaces must exist: ArgoCD gets no right to create them."), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("resource", ["kubernetes_role_binding_v1", `argocd_link_${names.snake}`], [
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("for_each", (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`toset(${(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .renderValue */ .AI)(req.namespaces, "  ")})`)),
            _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("metadata", [], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", names.k8sName), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("namespace", (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)("each.key")), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("labels", labels)]),
            _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("role_ref", [], roleRef),
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("subject", [], subject),
        ]));
    }
    if (req.clusterResources)
        items.push(...clusterScopedGrant(names, req, subject, labels, options.accessBindings));
    if (options.cacheRead) {
        if (items[items.length - 1] !== _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ)
            items.push(_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ);
        items.push(...cacheReadGrant(names, req, subject, labels, options.cacheRead));
    }
    if (bearer) {
        items.push(_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ, (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("output", [names.tokenOutput], [
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("description", `Bearer token of ArgoCD ${names.release} for this cluster (read by its layer through remote state)`),
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("value", (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`kubernetes_secret_v1.${(0,_token_slots_js__WEBPACK_IMPORTED_MODULE_8__/* .slotResource */ .DX)(names.snake, tokens.current)}.data.token`)),
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("sensitive", true),
        ]));
    }
    return (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .renderFile */ .VB)(items);
}
/**
 * generate_name of the token secret: changing it (the provider replaces the secret for a new
 * generate_name) is how a token is rotated, with any Terraform version and no extra provider.
 */
function tokenSecretPrefix(names, generation) {
    return `${names.k8sName}-g${generation}-`;
}
/** The file holding a kubernetes provider the link adds to a layer (shared by the layer's links). */
function kubernetesProviderPath(layer) {
    return `${layer}/argocd_layer__kubernetes_provider.tf`;
}
/**
 * Target account, the identities layer: a kubernetes provider for the cluster, authenticated with
 * the cluster's endpoint, CA and a token from the AWS provider, as the original cookbook does.
 */
function kubernetesProviderFile(provider, req) {
    const state = provider.clusterState;
    const clusterName = (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`data.terraform_remote_state.${state.name}.outputs.${provider.clusterNameOutput}`);
    const eksCluster = provider.eksClusterData ?? "cluster";
    const eksAuth = provider.eksAuthData ?? "cluster";
    return (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .renderFile */ .VB)([
        ...(0,_shared_js__WEBPACK_IMPORTED_MODULE_7__/* .header */ .wx)([
            `${_link_names_js__WEBPACK_IMPORTED_MODULE_6__/* .MARKER */ .tl}: kubernetes provider for ${req.targetCluster}, for the RBAC of the ArgoCD links in this layer.`,
            "Shared by every argocd_link_*.tf here: keep it while any of them remains.",
            'A new provider: run "leverage tf init" in this layer before the first apply.',
        ]),
        ...(provider.declaresKubernetes
            ? []
            : [
                (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("terraform", [], [
                    (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("required_providers", [], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("kubernetes", { source: "hashicorp/kubernetes", version: provider.constraint })]),
                ]),
                _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
            ]),
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("provider", ["kubernetes"], [
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("host", (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`data.aws_eks_cluster.${eksCluster}.endpoint`)),
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("cluster_ca_certificate", (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`base64decode(data.aws_eks_cluster.${eksCluster}.certificate_authority[0].data)`)),
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("token", (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`data.aws_eks_cluster_auth.${eksAuth}.token`)),
        ]),
        ...(provider.eksClusterData
            ? []
            : [_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ, (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("data", ["aws_eks_cluster", eksCluster], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", clusterName)])]),
        ...(provider.eksAuthData
            ? []
            : [_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ, (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("data", ["aws_eks_cluster_auth", eksAuth], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", clusterName)])]),
        ...(state.create
            ? [
                _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
                (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("data", ["terraform_remote_state", state.name], [
                    (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("backend", "s3"),
                    (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("config", {
                        region: (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(state.create.regionExpr),
                        profile: (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)("var.profile"),
                        bucket: (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)("var.bucket"),
                        key: state.create.key,
                    }),
                ]),
            ]
            : []),
    ]);
}
/** One token slot's Secret (see token-slots.ts). */
function tokenSecret(names, slot, generation, labels, saNamespace) {
    return (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("resource", ["kubernetes_secret_v1", (0,_token_slots_js__WEBPACK_IMPORTED_MODULE_8__/* .slotResource */ .DX)(names.snake, slot)], [
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("metadata", [], [
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("generate_name", tokenSecretPrefix(names, generation)),
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("namespace", saNamespace),
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("labels", labels),
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("annotations", {
                "kubernetes.io/service-account.name": (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`kubernetes_service_account_v1.argocd_link_${names.snake}.metadata[0].name`),
            }),
        ]),
        _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("type", "kubernetes.io/service-account-token"),
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("wait_for_service_account_token", true),
        _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .comment */ .Im)("A new token exists before the old one is deleted."),
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("lifecycle", [], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("create_before_destroy", true)]),
    ]);
}


/***/ }),

/***/ 2210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DX: () => (/* binding */ slotResource),
/* harmony export */   F_: () => (/* binding */ rotateTokenFile),
/* harmony export */   Xt: () => (/* binding */ createdLine),
/* harmony export */   hX: () => (/* binding */ readTokenSlots)
/* harmony export */ });
/* unused harmony export CREATED_LINE */
/* harmony import */ var _hcl_scan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1974);
/* harmony import */ var _hcl_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8796);
// The token Secrets of a bearer-token link, in the target's RBAC file. A link keeps up to two
// slots: `kubernetes_secret_v1.argocd_link_<snake>` (slot a, the only one of a link made or
// last edited before two slots) and `..._b` (slot b). Each slot's generate_name carries a
// generation (`argocd-link-<name>-g<N>-`); the token output reads the slot with the highest one.
// A rotation gives the OTHER slot generation N+1 and points the output at it: applying the target
// layer creates N+1 and deletes N-1, and keeps N (the token ArgoCD holds) until the next rotation,
// so ArgoCD's token stays valid until its layer is applied and reads N+1.
//
// Reading and rotating are byte-preserving: only the generate_name of the rotated slot, the
// output's value and the header's `token-created:` line change (a single-slot file also gets slot
// b, a copy of slot a). The result equals what `rbacFile` renders for the same slots, so replanning
// the link afterwards changes nothing.


/** The resource name of a slot's Secret. */
function slotResource(snake, slot) {
    return slot === "a" ? `argocd_link_${snake}` : `argocd_link_${snake}_b`;
}
const CREATED_LINE = /^# token-created: (\S+)$/m;
/** The header line that records when the current token was created (UTC, to the second). */
function createdLine(at) {
    return `token-created: ${at.toISOString().replace(/\.\d{3}Z$/, "Z")}`;
}
/**
 * The token slots of a link's RBAC file: `undefined` when the file has no token Secret (not a
 * bearer-token link), `{ problem }` when it has but its shape was edited beyond what a rotation
 * can change safely (the problem says what is off).
 */
function readTokenSlots(text, path, snake) {
    const items = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .scanHcl */ .J$)(text, path);
    const secrets = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .findBlocks */ .yM)(items, "resource", "kubernetes_secret_v1");
    if (secrets.length === 0)
        return undefined;
    const slots = [];
    for (const block of secrets) {
        const name = block.labels[1];
        const slot = name === slotResource(snake, "a") ? "a" : name === slotResource(snake, "b") ? "b" : undefined;
        if (!slot)
            return { problem: `the token Secret ${name} is not one of this link's two slots` };
        const metadata = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .findBlocks */ .yM)(block.body, "metadata")[0];
        const attribute = metadata && (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .findAttribute */ .Oh)(metadata, "generate_name");
        const literal = attribute && (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .stringLiteral */ .Hg)(text.slice(attribute.exprStart, attribute.exprEnd));
        const match = literal === undefined ? null : /^(argocd-link-[a-z0-9-]+-g)(\d{1,9})-$/.exec(literal);
        if (!attribute || !match) {
            return { problem: `the token Secret ${name} has no generate_name "argocd-link-<name>-g<N>-"` };
        }
        slots.push({
            slot,
            generation: Number(match[2]),
            prefix: match[1],
            block,
            start: attribute.exprStart,
            end: attribute.exprEnd,
        });
    }
    if (!slots.some((s) => s.slot === "a"))
        return { problem: `slot a (${slotResource(snake, "a")}) is missing` };
    const [first, second] = slots;
    if (second && second.slot === first.slot)
        return { problem: `the token Secret ${first.block.labels[1]} is defined twice` };
    if (second && (second.generation === first.generation || second.prefix !== first.prefix)) {
        return { problem: "the two token Secrets do not hold two generations of the same name" };
    }
    const newest = second && second.generation > first.generation ? second : first;
    const outputRef = tokenOutputSlot(text, items, snake);
    if (outputRef === undefined) {
        return { problem: "no output reads a token Secret's data.token" };
    }
    if (outputRef !== newest.slot) {
        return {
            problem: `the token output reads slot ${outputRef}, not the newest generation (${newest.generation})`,
        };
    }
    const created = CREATED_LINE.exec(text)?.[1];
    const createdAt = created === undefined ? undefined : new Date(created);
    if (createdAt && Number.isNaN(createdAt.getTime())) {
        return { problem: `the header's token-created date ${JSON.stringify(created)} is not a date` };
    }
    const previous = slots.find((s) => s !== newest);
    return { current: newest, ...(previous ? { previous } : {}), ...(createdAt ? { createdAt } : {}) };
}
/** Which slot the token output reads, from `value = kubernetes_secret_v1.<slot>.data.token`. */
function tokenOutputSlot(text, items, snake) {
    const output = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .findBlocks */ .yM)(items, "output", `argocd_link_${snake}_bearer_token`)[0];
    const value = output && (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .findAttribute */ .Oh)(output, "value");
    if (!value)
        return undefined;
    const expr = text.slice(value.exprStart, value.exprEnd).trim();
    if (expr === `kubernetes_secret_v1.${slotResource(snake, "a")}.data.token`)
        return "a";
    if (expr === `kubernetes_secret_v1.${slotResource(snake, "b")}.data.token`)
        return "b";
    return undefined;
}
/**
 * The file with the next token generation in the other slot, the output reading it and the
 * header's `token-created:` set to `now`. `slots` must come from readTokenSlots on `text`.
 */
function rotateTokenFile(text, path, snake, slots, now) {
    const generation = slots.current.generation + 1;
    const literal = (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${slots.current.prefix}${generation}-`);
    const edits = [];
    if (slots.previous) {
        edits.push({ start: slots.previous.start, end: slots.previous.end, text: literal });
    }
    else {
        // Slot b does not exist yet: a copy of slot a, right after it, with the new generation.
        const a = slots.current.block;
        const copy = text
            .slice(a.start, slots.current.start)
            .replace(`"${slotResource(snake, "a")}"`, `"${slotResource(snake, "b")}"`) +
            literal +
            text.slice(slots.current.end, a.end);
        edits.push({ start: a.end, end: a.end, text: `\n\n${copy}` });
    }
    const target = slots.previous ? slots.previous.slot : "b";
    const items = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .scanHcl */ .J$)(text, path);
    const value = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .findAttribute */ .Oh)((0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .findBlocks */ .yM)(items, "output", `argocd_link_${snake}_bearer_token`)[0], "value");
    edits.push({
        start: value.exprStart,
        end: value.exprEnd,
        text: `kubernetes_secret_v1.${slotResource(snake, target)}.data.token`,
    });
    const line = `# ${createdLine(now)}`;
    const existing = CREATED_LINE.exec(text);
    if (existing) {
        edits.push({ start: existing.index, end: existing.index + existing[0].length, text: line });
    }
    else {
        // At the end of the leading comment block (the header).
        const headerEnd = /^(?:#[^\n]*\n)*/.exec(text)[0].length;
        edits.push({ start: headerEnd, end: headerEnd, text: `${line}\n` });
    }
    let content = text;
    for (const edit of edits.sort((x, y) => y.start - x.start)) {
        content = content.slice(0, edit.start) + edit.text + content.slice(edit.end);
    }
    return { content, generation };
}


/***/ }),

/***/ 9194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ notNeeded)
/* harmony export */ });
// The interface every step kind implements. A step is one pull request: the files of one account's
// layers, applied before the next step of the link.
/** Thrown when the planner calls a step the link does not need: a bug, not a user error. */
function notNeeded(id) {
    return new Error(`step ${id} was planned although the link does not need it`);
}


/***/ }),

/***/ 7583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ podTemplateChecksums),
/* harmony export */   B7: () => (/* binding */ podAnnotationValuesKeys),
/* harmony export */   H8: () => (/* binding */ ARGO_CD_COMPONENTS),
/* harmony export */   O$: () => (/* binding */ firstChartWithAppVersion),
/* harmony export */   cO: () => (/* binding */ argoCdAppVersion),
/* harmony export */   uN: () => (/* binding */ chartServiceAccountName)
/* harmony export */ });
/* unused harmony exports ARGO_HELM_REPOSITORY, ARGO_CD_CHART_PATH, NEWEST_CHART_VERSION_READ, BEHAVIOURS_READ_FROM, ARGO_CD_APP_VERSIONS, COMPONENT_NAME_DEFAULTS, SERVICE_ACCOUNT_NAME_DEFAULTS, chartServiceAccountNameDefault, POD_ANNOTATION_KEYS, POD_TEMPLATE_CHECKSUMS, ARGOCD_CM_VALUES_KEYS, argocdCmValuesKeys, serviceAccountAnnotationsValuesKey, APPLICATIONSET_ENABLED_KEY, applicationSetEnabledKey, isKnownChartVersion */
/* harmony import */ var _core_versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4506);
// Facts about the argo-helm `argo-cd` chart, read from github.com/argoproj/argo-helm at the tags
// `argo-cd-<version>` (charts/argo-cd/Chart.yaml, values.yaml, templates/_common.tpl,
// templates/_helpers.tpl and the controller / server / applicationset pod templates). Every tag
// from argo-cd-3.0.0 to argo-cd-10.1.1 (commit af0a9310bacbaa4636018dfe22c801a6d33a5c43,
// 2026-07-02) was read. Facts and lookups only: what to do with them is decided elsewhere.

const ARGO_HELM_REPOSITORY = "argoproj/argo-helm";
const ARGO_CD_CHART_PATH = "charts/argo-cd";
/** The newest chart version read; a newer one is unknown here, not assumed to behave like it. */
const NEWEST_CHART_VERSION_READ = "10.1.1";
/** Behaviours below were compared on every chart version from this one to the newest read. */
const BEHAVIOURS_READ_FROM = "4.0.0";
/**
 * ArgoCD version (Chart.yaml `appVersion`, verbatim: the oldest lack the `v`) -> every chart
 * version that ships it. Source: charts/argo-cd/Chart.yaml at tag argo-cd-<chart version>.
 */
const ARGO_CD_APP_VERSIONS = {
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
const APP_VERSION_BY_CHART = new Map(Object.entries(ARGO_CD_APP_VERSIONS).flatMap(([app, charts]) => charts.map((c) => [c, app])));
function unknownChart(chartVersion) {
    return {
        known: false,
        reason: `unknown argo-cd chart version ${JSON.stringify(chartVersion)}: the facts cover the released versions ` +
            `${Object.values(ARGO_CD_APP_VERSIONS)[0][0]} to ${NEWEST_CHART_VERSION_READ} of ${ARGO_HELM_REPOSITORY}`,
    };
}
/** The ArgoCD version (`appVersion`, with a leading `v`) a chart version ships. */
function argoCdAppVersion(chartVersion) {
    const app = APP_VERSION_BY_CHART.get(chartVersion.trim());
    if (app === undefined)
        return unknownChart(chartVersion);
    return { known: true, value: app.startsWith("v") ? app : `v${app}` };
}
/** The first released chart version whose ArgoCD is at least `appVersion` (e.g. "v2.9.0" -> "5.51.0"). */
function firstChartWithAppVersion(appVersion) {
    const charts = [...APP_VERSION_BY_CHART]
        .filter(([, app]) => (0,_core_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(app, appVersion))
        .map(([chart]) => chart);
    return charts.sort(_core_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)[0];
}
const ARGO_CD_COMPONENTS = ["controller", "server", "applicationSet"];
/** `values.yaml` defaults of `<component>.name` (the suffix of the component's resource names). */
const COMPONENT_NAME_DEFAULTS = {
    controller: "application-controller",
    server: "server",
    applicationSet: "applicationset-controller",
};
/**
 * `values.yaml` default of `<component>.serviceAccount.name`, by first chart version. An empty
 * name makes the chart derive it (see chartServiceAccountName). `serviceAccount.create` defaults
 * to true and `serviceAccount.annotations` exists for all three from 4.0.0.
 */
const SERVICE_ACCOUNT_NAME_DEFAULTS = {
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
function applicable(list, chartVersion) {
    return [...list].reverse().find((b) => (0,_core_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(chartVersion, b.since));
}
function readBehaviour(chartVersion, pick) {
    if (!APP_VERSION_BY_CHART.has(chartVersion.trim()))
        return unknownChart(chartVersion);
    if (!(0,_core_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(chartVersion, BEHAVIOURS_READ_FROM)) {
        return {
            known: false,
            reason: `argo-cd chart ${chartVersion} is older than ${BEHAVIOURS_READ_FROM}: its templates were not read`,
        };
    }
    const value = pick();
    return value === undefined ? unknownChart(chartVersion) : { known: true, value };
}
/** The default of `<component>.serviceAccount.name` in a chart version's values.yaml ("" = derived). */
function chartServiceAccountNameDefault(chartVersion, component) {
    return readBehaviour(chartVersion, () => applicable(SERVICE_ACCOUNT_NAME_DEFAULTS[component], chartVersion)?.fact);
}
/**
 * The service account name the chart renders for a component, as templates/_helpers.tpl computes
 * it with `serviceAccount.create: true` and no nameOverride / fullnameOverride / `<component>.name`
 * changes: the configured (or default) `serviceAccount.name` when not empty; otherwise
 * `<fullname>-<component.name>`, where `fullname` (templates/_common.tpl `argo-cd.fullname`) is the
 * release name when it contains "argocd" (values.yaml `nameOverride: argocd`) and
 * `<release>-argocd` when it does not, each cut to 63 characters without a trailing "-".
 */
function chartServiceAccountName(chartVersion, component, releaseName, configuredName) {
    const fallback = chartServiceAccountNameDefault(chartVersion, component);
    if (!fallback.known)
        return fallback;
    const name = configuredName || fallback.value;
    if (name)
        return { known: true, value: name };
    const cut = (s) => s.slice(0, 63).replace(/-+$/, "");
    const fullname = cut(releaseName.includes("argocd") ? releaseName : `${releaseName}-argocd`);
    return { known: true, value: cut(`${fullname}-${COMPONENT_NAME_DEFAULTS[component]}`) };
}
/**
 * Values keys whose annotations the component's pod template renders, by first chart version:
 * `global.podAnnotations` merged (mergeOverwrite) with the component's own `podAnnotations`.
 */
const POD_ANNOTATION_KEYS = {
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
function podAnnotationValuesKeys(chartVersion, component) {
    return readBehaviour(chartVersion, () => applicable(POD_ANNOTATION_KEYS[component], chartVersion)?.fact.split(" "));
}
/**
 * `checksum/<name>` annotations on each component's pod template, by first chart version: a change
 * to that ConfigMap's rendering restarts the pods; nothing else in the values does (annotating a
 * service account does not). `cm` is argocd-cm (rendered only while `configs.cm.create` is true),
 * `cmd-params` argocd-cmd-params-cm. The applicationset pods never carry `checksum/cm` (to 10.1.1).
 * The controller is a Deployment before 5.0.0 and a StatefulSet from 5.0.0
 * (templates/argocd-application-controller/statefulset.yaml).
 */
const POD_TEMPLATE_CHECKSUMS = {
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
function podTemplateChecksums(chartVersion, component) {
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
const ARGOCD_CM_VALUES_KEYS = [
    { since: "4.0.0", source: "charts/argo-cd/templates/argocd-configs/argocd-cm.yaml", fact: "server.config" },
    {
        since: "5.7.0",
        source: "charts/argo-cd/templates/argocd-configs/argocd-cm.yaml",
        fact: "configs.cm server.config",
    },
    { since: "6.0.0", source: "charts/argo-cd/templates/argocd-configs/argocd-cm.yaml", fact: "configs.cm" },
];
/** The values keys whose entries a chart version renders into argocd-cm. */
function argocdCmValuesKeys(chartVersion) {
    return readBehaviour(chartVersion, () => applicable(ARGOCD_CM_VALUES_KEYS, chartVersion)?.fact.split(" "));
}
/**
 * The values key whose entries the chart writes as annotations on a component's service account
 * (`eks.amazonaws.com/role-arn` goes there). values.yaml has `<component>.serviceAccount.annotations`
 * and `serviceAccount.create: true` for all three components in every version from 4.0.0 to 10.1.1.
 */
function serviceAccountAnnotationsValuesKey(chartVersion, component) {
    return readBehaviour(chartVersion, () => `${component}.serviceAccount.annotations`);
}
/**
 * Whether the applicationset controller can be switched off with `applicationSet.enabled`, by first
 * chart version: templates/argocd-applicationset/deployment.yaml is wrapped in
 * `if .Values.applicationSet.enabled` (values.yaml default true) from 4.2.0 to 6.8.x; before and
 * from 6.9.0 the template has no such condition and the key is gone from values.yaml.
 */
const APPLICATIONSET_ENABLED_KEY = [
    { since: "4.0.0", source: "charts/argo-cd/templates/argocd-applicationset/deployment.yaml", fact: "" },
    {
        since: "4.2.0",
        source: "charts/argo-cd/templates/argocd-applicationset/deployment.yaml",
        fact: "applicationSet.enabled",
    },
    { since: "6.9.0", source: "charts/argo-cd/templates/argocd-applicationset/deployment.yaml", fact: "" },
];
/** The values key that switches the applicationset controller off ("" when the chart has none). */
function applicationSetEnabledKey(chartVersion) {
    return readBehaviour(chartVersion, () => applicable(APPLICATIONSET_ENABLED_KEY, chartVersion)?.fact);
}
/** True when `version` is a released argo-cd chart version these facts cover. */
function isKnownChartVersion(version) {
    return parseVersion(version) !== undefined && APP_VERSION_BY_CHART.has(version.trim());
}


/***/ }),

/***/ 1010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sz: () => (/* binding */ RESPECT_RBAC),
/* harmony export */   Wo: () => (/* binding */ argoCdReadsSetting)
/* harmony export */ });
/* unused harmony exports ARGO_CD_REPOSITORY, ARGO_CD_SETTINGS */
/* harmony import */ var _core_versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4506);
// Facts about ArgoCD itself (github.com/argoproj/argo-cd), by ArgoCD version. Facts and lookups only.

const ARGO_CD_REPOSITORY = "argoproj/argo-cd";
/**
 * argocd-cm `resource.respectRBAC`: absent before v2.9.0 (util/settings/settings.go at v2.8.0 has no
 * such key); at v2.9.0 (commit 9cf0c69bbe70393db40e5755e34715f30179ee09) settings.go defines it,
 * controller/cache/cache.go passes it to the cluster cache, and
 * docs/operator-manual/declarative-setup.md ("Auto respect RBAC for controller") documents the
 * modes. Still the same two values at v3.5.1. Any other value is an error when the controller reads it.
 */
const RESPECT_RBAC = {
    key: "resource.respectRBAC",
    since: "v2.9.0",
    source: "argoproj/argo-cd util/settings/settings.go, docs/operator-manual/declarative-setup.md @ v2.9.0",
    values: {
        normal: "a list that answers Forbidden/Unauthorized makes the controller skip that resource kind; no extra API calls",
        strict: "on a Forbidden/Unauthorized list the controller also asks a SelfSubjectAccessReview for `list` before " +
            "skipping the kind (more API calls, more accurate); the controller needs RBAC to create " +
            "SelfSubjectAccessReviews",
    },
    unset: "disabled: the controller watches every resource kind, and a forbidden list fails the cluster's cache",
};
/** Every argocd-cm setting recorded here, by key. */
const ARGO_CD_SETTINGS = { [RESPECT_RBAC.key]: RESPECT_RBAC };
/** Whether an ArgoCD version (e.g. "v2.10.4", from the chart's appVersion) reads an argocd-cm key. */
function argoCdReadsSetting(argoCdVersion, key) {
    const setting = ARGO_CD_SETTINGS[key];
    if (!setting) {
        return {
            known: false,
            reason: `no facts about argocd-cm key ${JSON.stringify(key)}; known: ${Object.keys(ARGO_CD_SETTINGS).join(", ")}`,
        };
    }
    if (!(0,_core_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(argoCdVersion)) {
        return {
            known: false,
            reason: `not an ArgoCD version: ${JSON.stringify(argoCdVersion)} (expected vX.Y.Z)`,
        };
    }
    return { known: true, supported: (0,_core_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(argoCdVersion, setting.since) };
}


/***/ }),

/***/ 399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IY: () => (/* binding */ levelReads),
/* harmony export */   Ty: () => (/* binding */ CACHED_KINDS),
/* harmony export */   cu: () => (/* binding */ kindId)
/* harmony export */ });
/* unused harmony export READ_LEVELS */
// The resource kinds an EKS cluster serves by default that ArgoCD's cluster cache lists, and which
// built-in ClusterRole already reads each. Facts and lookups only.
//
// Sources:
// - Kubernetes API reference (kubernetes.io/docs/reference/kubernetes-api), GA APIs served by
//   default up to Kubernetes 1.33; beta APIs are off by default since 1.24 and EKS keeps them off.
//   Kinds served only from a later minor are listed too: a rule for a kind the cluster does not
//   serve yet is inert, and keeps the link working when the cluster is upgraded.
// - CRDs EKS installs on every cluster: aws/amazon-vpc-cni-k8s
//   charts/aws-vpc-cni/crds/customresourcedefinition.yaml (eniconfigs, policyendpoints) and
//   aws/amazon-vpc-resource-controller-k8s config/crd/bases (cninodes, securitygrouppolicies).
// - Which built-in role reads a kind: kubernetes plugin/pkg/auth/authorizer/rbac/bootstrappolicy/
//   policy.go, system:aggregate-to-{view,edit,admin} (view ⊂ edit ⊂ admin by aggregation).
//   AWS documents AmazonEKS{View,Edit,Admin}Policy with the same read rows.
// - Left out because the cache never lists them: kinds without both list and watch (bindings,
//   componentstatuses, the review kinds) and argo-cd's core exclusions (util/settings/
//   resources_filter.go: events, events.k8s.io, metrics.k8s.io, coordination.k8s.io leases).
/** The built-in ClusterRoles below cluster-admin, weakest first: each reads what the one before reads. */
const READ_LEVELS = ["view", "edit", "admin"];
const ns = (group, resource, readBy, sensitive) => ({
    group,
    resource,
    namespaced: true,
    ...(readBy ? { readBy } : {}),
    ...(sensitive ? { sensitive } : {}),
});
const cluster = (group, resource, readBy, sensitive) => ({
    group,
    resource,
    namespaced: false,
    ...(readBy ? { readBy } : {}),
    ...(sensitive ? { sensitive } : {}),
});
const CACHED_KINDS = [
    ns("", "configmaps", "view"),
    ns("", "endpoints", "view"),
    ns("", "limitranges", "view"),
    ns("", "persistentvolumeclaims", "view"),
    ns("", "pods", "view"),
    ns("", "podtemplates"),
    ns("", "replicationcontrollers", "view"),
    ns("", "resourcequotas", "view"),
    ns("", "secrets", "edit", true),
    ns("", "serviceaccounts", "view"),
    ns("", "services", "view"),
    ns("apps", "controllerrevisions", "view"),
    ns("apps", "daemonsets", "view"),
    ns("apps", "deployments", "view"),
    ns("apps", "replicasets", "view"),
    ns("apps", "statefulsets", "view"),
    ns("autoscaling", "horizontalpodautoscalers", "view"),
    ns("batch", "cronjobs", "view"),
    ns("batch", "jobs", "view"),
    ns("discovery.k8s.io", "endpointslices", "view"),
    ns("networking.k8s.io", "ingresses", "view"),
    ns("networking.k8s.io", "networkpolicies", "view"),
    ns("policy", "poddisruptionbudgets", "view"),
    ns("rbac.authorization.k8s.io", "rolebindings", "admin", true),
    ns("rbac.authorization.k8s.io", "roles", "admin", true),
    ns("storage.k8s.io", "csistoragecapacities"),
    ns("networking.k8s.aws", "policyendpoints"),
    ns("vpcresources.k8s.aws", "securitygrouppolicies"),
    cluster("", "namespaces", "view"),
    cluster("", "nodes"),
    cluster("", "persistentvolumes"),
    cluster("admissionregistration.k8s.io", "mutatingwebhookconfigurations"),
    cluster("admissionregistration.k8s.io", "validatingadmissionpolicies"),
    cluster("admissionregistration.k8s.io", "validatingadmissionpolicybindings"),
    cluster("admissionregistration.k8s.io", "validatingwebhookconfigurations"),
    cluster("apiextensions.k8s.io", "customresourcedefinitions"),
    cluster("apiregistration.k8s.io", "apiservices"),
    cluster("certificates.k8s.io", "certificatesigningrequests"),
    cluster("flowcontrol.apiserver.k8s.io", "flowschemas"),
    cluster("flowcontrol.apiserver.k8s.io", "prioritylevelconfigurations"),
    cluster("networking.k8s.io", "ingressclasses"),
    cluster("networking.k8s.io", "ipaddresses"),
    cluster("networking.k8s.io", "servicecidrs"),
    cluster("node.k8s.io", "runtimeclasses"),
    cluster("rbac.authorization.k8s.io", "clusterrolebindings", undefined, true),
    cluster("rbac.authorization.k8s.io", "clusterroles", undefined, true),
    cluster("scheduling.k8s.io", "priorityclasses"),
    cluster("storage.k8s.io", "csidrivers"),
    cluster("storage.k8s.io", "csinodes"),
    cluster("storage.k8s.io", "storageclasses"),
    cluster("storage.k8s.io", "volumeattachments"),
    cluster("crd.k8s.amazonaws.com", "eniconfigs"),
    cluster("vpcresources.k8s.aws", "cninodes"),
];
/** Whether the built-in ClusterRole `level` reads the kind (a cluster-scoped one when bound cluster-wide). */
function levelReads(level, kind) {
    return kind.readBy !== undefined && READ_LEVELS.indexOf(kind.readBy) <= READ_LEVELS.indexOf(level);
}
/** kubectl's name for a kind: `roles.rbac.authorization.k8s.io`, `pods`. */
const kindId = (kind) => kind.group ? `${kind.resource}.${kind.group}` : kind.resource;


/***/ })

};
