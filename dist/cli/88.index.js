export const id = 88;
export const ids = [88];
export const modules = {

/***/ 6088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runVerifyCommand: () => (/* binding */ runVerifyCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/action/config.ts
// The repository's config file (default .github/argocd-cluster-link.yml): which repository and base
// branch holds each account, and how to reach AWS. Every key is optional; unknown keys and wrong
// types are reported all at once, like a bad link request.


const EMPTY_CONFIG = { accounts: {}, accountIds: {}, aws: {} };
const ACCOUNT = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const REPOSITORY = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/;
const BRANCH = /^(?!\/|.*\/\/|.*\.\.|.*@\{|.*\.lock$|.*\/$)[A-Za-z0-9._/-]{1,200}$/;
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$/;
const CLUSTER = /^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/;
const AUDIENCE = /^[\x21-\x7e]{1,256}$/;
const ACCOUNT_ID = /^\d{12}$/;
/** As Leverage's project short names: lowercase letters, digits and '-'. */
const PROJECT = /^[a-z0-9][a-z0-9-]{0,31}$/;
const AWS_KEYS = {
    region: [REGION, "an AWS region such as us-east-1"],
    audience: [AUDIENCE, "the OIDC audience, e.g. sts.amazonaws.com"],
    "lookup-role-name": [ROLE_NAME, "an IAM role name"],
    "lookup-role-arn": [ROLE_ARN, "an IAM role ARN"],
    "chain-role-name": [ROLE_NAME, "an IAM role name"],
};
function parseConfig(text, source) {
    const errors = [];
    const doc = (0,dist/* parseDocument */.Tp)(text, { logLevel: "silent", uniqueKeys: true });
    if (doc.errors.length > 0) {
        throw new core_errors/* InvalidInputError */.oC(`config file ${source}`, [
            { field: "(root)", value: "", message: `is not valid YAML: ${doc.errors[0].message.split("\n")[0]}` },
        ]);
    }
    const root = doc.contents === null ? {} : doc.toJS();
    if (!root ||
        typeof root !== "object" ||
        Array.isArray(root) ||
        (doc.contents !== null && !(0,dist/* isMap */.jh)(doc.contents))) {
        throw new core_errors/* InvalidInputError */.oC(`config file ${source}`, [
            { field: "(root)", value: (0,core_errors/* show */.WU)(root), message: "must be a map" },
        ]);
    }
    const config = { accounts: {}, accountIds: {}, aws: {} };
    for (const [key, value] of Object.entries(root)) {
        if (key === "accounts")
            readAccounts(value, config, errors);
        else if (key === "aws")
            readAws(value, config, errors);
        else if (key === "project") {
            if (typeof value === "string" && PROJECT.test(value))
                config.project = value;
            else
                errors.push({
                    field: key,
                    value: (0,core_errors/* show */.WU)(value),
                    message: "must be the Leverage project short name (lowercase letters, digits and '-'), e.g. acme",
                });
        }
        else
            errors.push({
                field: key,
                value: (0,core_errors/* show */.WU)(value),
                message: "unknown key; allowed keys are: project, accounts, aws",
            });
    }
    if (errors.length > 0)
        throw new core_errors/* InvalidInputError */.oC(`config file ${source}`, errors);
    return config;
}
function isRecord(value) {
    return !!value && typeof value === "object" && !Array.isArray(value);
}
function readAccounts(value, config, errors) {
    if (value === null || value === undefined)
        return;
    if (!isRecord(value)) {
        errors.push({
            field: "accounts",
            value: (0,core_errors/* show */.WU)(value),
            message: "must be a map of account name to { repository, base, id }",
        });
        return;
    }
    for (const [account, entry] of Object.entries(value)) {
        const field = `accounts.${account}`;
        if (!ACCOUNT.test(account)) {
            errors.push({
                field,
                value: (0,core_errors/* show */.WU)(account),
                message: "is not a Leverage account folder name (lowercase words joined by '-')",
            });
            continue;
        }
        const spec = typeof entry === "string" ? { repository: entry } : entry;
        if (!isRecord(spec)) {
            errors.push({
                field,
                value: (0,core_errors/* show */.WU)(entry),
                message: 'must be "owner/repo" or { repository: owner/repo, base: <branch>, id: "<12 digits>" }',
            });
            continue;
        }
        for (const key of Object.keys(spec)) {
            if (key !== "repository" && key !== "base" && key !== "id") {
                errors.push({
                    field: `${field}.${key}`,
                    value: (0,core_errors/* show */.WU)(spec[key]),
                    message: "unknown key; allowed keys are: repository, base, id",
                });
            }
        }
        if (spec.id !== undefined) {
            // A quoted string: YAML reads an unquoted id as a number and drops its leading zeros.
            if (typeof spec.id === "string" && ACCOUNT_ID.test(spec.id))
                config.accountIds[account] = spec.id;
            else
                errors.push({
                    field: `${field}.id`,
                    value: (0,core_errors/* show */.WU)(spec.id),
                    message: 'must be the 12-digit AWS account id in quotes, e.g. "123456789012"',
                });
        }
        // An entry with only an id keeps the account in this repository.
        if (spec.repository === undefined && spec.base === undefined && spec.id !== undefined)
            continue;
        const match = typeof spec.repository === "string" ? REPOSITORY.exec(spec.repository) : null;
        if (!match) {
            errors.push({
                field: `${field}.repository`,
                value: (0,core_errors/* show */.WU)(spec.repository),
                message: 'must be "owner/repo"',
            });
            continue;
        }
        if (spec.base !== undefined && (typeof spec.base !== "string" || !BRANCH.test(spec.base))) {
            errors.push({ field: `${field}.base`, value: (0,core_errors/* show */.WU)(spec.base), message: "must be a branch name" });
            continue;
        }
        config.accounts[account] = {
            owner: match[1],
            repo: match[2],
            ...(spec.base ? { base: spec.base } : {}),
        };
    }
}
function readAws(value, config, errors) {
    if (value === null || value === undefined)
        return;
    if (!isRecord(value)) {
        errors.push({ field: "aws", value: (0,core_errors/* show */.WU)(value), message: "must be a map" });
        return;
    }
    for (const [key, entry] of Object.entries(value)) {
        const field = `aws.${key}`;
        if (key === "source-cluster") {
            const spec = typeof entry === "string" ? { name: entry } : entry;
            if (!isRecord(spec) || typeof spec.name !== "string" || !CLUSTER.test(spec.name)) {
                errors.push({
                    field,
                    value: (0,core_errors/* show */.WU)(entry),
                    message: "must be an EKS cluster name or { name, region }",
                });
            }
            else if (spec.region !== undefined &&
                (typeof spec.region !== "string" || !REGION.test(spec.region))) {
                errors.push({
                    field: `${field}.region`,
                    value: (0,core_errors/* show */.WU)(spec.region),
                    message: "must be an AWS region such as us-east-1",
                });
            }
            else {
                config.aws.sourceCluster = {
                    name: spec.name,
                    ...(spec.region ? { region: spec.region } : {}),
                };
            }
            continue;
        }
        const rule = AWS_KEYS[key];
        if (!rule) {
            errors.push({
                field,
                value: (0,core_errors/* show */.WU)(entry),
                message: `unknown key; allowed keys are: ${[...Object.keys(AWS_KEYS), "source-cluster"].join(", ")}`,
            });
        }
        else if (typeof entry !== "string" || !rule[0].test(entry)) {
            errors.push({ field, value: (0,core_errors/* show */.WU)(entry), message: `must be ${rule[1]}` });
        }
        else {
            const camel = key.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
            config.aws[camel] = entry;
        }
    }
}
/**
 * The repository as planning reads it, with config/common.tfvars built from the config file's
 * `project` and `accounts.<name>.id` when the repository does not commit it (the reference
 * architecture's .gitignore lists it). A committed file always wins.
 */
function withCommonVariables(reader, config) {
    const ids = Object.entries(config.accountIds);
    if (ids.length === 0 && config.project === undefined)
        return reader;
    const path = "config/common.tfvars";
    const generated = [
        "# Not in the repository: built by argocd-cluster-link from .github/argocd-cluster-link.yml.",
        ...(config.project ? [`project = "${config.project}"`] : []),
        "accounts = {",
        ...ids.map(([name, id]) => `  ${name} = {\n    id = "${id}"\n  }`),
        "}",
        "",
    ].join("\n");
    return {
        listFiles: () => reader.listFiles(),
        readFile: async (file) => {
            const text = await reader.readFile(file);
            return text === undefined && file === path ? generated : text;
        },
    };
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
// The Action's inputs, read and checked once. Bad values stop the run with a message that names
// the input and what it accepts.

const PERMISSIONS = (/* unused pure expression or super */ null && (["admin", "maintain", "write", "triage", "read"]));
/**
 * ArgoCD's API URL: HTTPS (the token travels with every request), or plain HTTP on this machine's
 * loopback only; no credentials, query or fragment.
 */
function readArgocdServer(value) {
    const error = (message) => ({ field: "argocd-server", value: (0,core_errors/* show */.WU)(value), message });
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return error("must be the URL of ArgoCD's API server, e.g. https://argocd.example.com");
    }
    const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
    if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback))
        return error("must be an https:// URL (plain http only for 127.0.0.1 or localhost)");
    if (url.username || url.password || url.search || url.hash)
        return error("must not hold credentials, a query or a fragment (the token goes in argocd-auth-token)");
    return url;
}
function readInputs(getInput) {
    const errors = [];
    const get = (name) => getInput(name).trim();
    const bool = (name, fallback) => {
        const value = get(name).toLowerCase();
        if (value === "")
            return fallback;
        if (value === "true" || value === "false")
            return value === "true";
        errors.push({ field: name, value: show(value), message: "must be true or false" });
        return fallback;
    };
    const token = get("github-token");
    if (!token)
        errors.push({
            field: "github-token",
            value: "nothing",
            message: "is required (usually ${{ github.token }})",
        });
    const command = (get("command") || "auto");
    if (!["link", "unlink", "rotate", "verify", "auto"].includes(command)) {
        errors.push({
            field: "command",
            value: show(command),
            message: "must be link, unlink, rotate, verify or auto",
        });
    }
    const allowedPermissions = (get("allowed-permissions") || "write,maintain,admin")
        .split(",")
        .map((p) => p.trim().toLowerCase())
        .filter(Boolean);
    for (const permission of allowedPermissions) {
        if (!PERMISSIONS.includes(permission)) {
            errors.push({
                field: "allowed-permissions",
                value: show(permission),
                message: `must list some of ${PERMISSIONS.join(", ")}`,
            });
        }
    }
    const label = get("label") || "cluster-link";
    if (!/^[^,\s][^,]{0,48}$/.test(label)) {
        errors.push({
            field: "label",
            value: show(label),
            message: "must be a label name of at most 49 characters, without commas",
        });
    }
    const unlinkLabel = get("unlink-label") || "cluster-unlink";
    if (!/^[^,\s][^,]{0,48}$/.test(unlinkLabel) || unlinkLabel === label) {
        errors.push({
            field: "unlink-label",
            value: show(unlinkLabel),
            message: "must be a label name of at most 49 characters, without commas, other than the link label",
        });
    }
    const interval = get("api-write-interval-ms") || "1000";
    const writeIntervalMs = Number(interval);
    if (!/^\d{1,5}$/.test(interval)) {
        errors.push({
            field: "api-write-interval-ms",
            value: show(interval),
            message: "must be a whole number of milliseconds",
        });
    }
    const wholeNumber = (name, fallback, min, max) => {
        const value = get(name);
        if (value === "")
            return fallback;
        if (!/^\d{1,6}$/.test(value) || Number(value) < min || Number(value) > max) {
            errors.push({
                field: name,
                value: show(value),
                message: `must be a whole number from ${min} to ${max}`,
            });
            return fallback;
        }
        return Number(value);
    };
    const rotateLinks = get("links")
        .split(/[\s,]+/)
        .filter(Boolean);
    for (const name of rotateLinks) {
        if (!/^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$/.test(name)) {
            errors.push({
                field: "links",
                value: show(name),
                message: "must list argocd-cluster-names (DNS-1123 labels)",
            });
        }
    }
    const trackingLabel = get("tracking-issue-label") || "token-rotation";
    if (!/^[^,\s][^,]{0,48}$/.test(trackingLabel)) {
        errors.push({
            field: "tracking-issue-label",
            value: show(trackingLabel),
            message: "must be a label name of at most 49 characters, without commas",
        });
    }
    const maxWait = get("max-rate-limit-wait-seconds") || "300";
    if (!/^\d{1,5}$/.test(maxWait)) {
        errors.push({
            field: "max-rate-limit-wait-seconds",
            value: show(maxWait),
            message: "must be a whole number of seconds (0 to 99999)",
        });
    }
    const optional = (name) => get(name) || undefined;
    let argocdServer;
    if (get("argocd-server")) {
        const read = readArgocdServer(get("argocd-server"));
        if (read instanceof URL)
            argocdServer = read;
        else
            errors.push(read);
    }
    const argocdCaCert = optional("argocd-ca-cert");
    if (argocdCaCert && !argocdCaCert.includes("-----BEGIN CERTIFICATE-----")) {
        errors.push({
            field: "argocd-ca-cert",
            value: "text without a PEM certificate",
            message: "must be PEM certificates (-----BEGIN CERTIFICATE----- ...)",
        });
    }
    const inputs = {
        token,
        command,
        configPath: get("config") || ".github/argocd-cluster-link.yml",
        dryRun: bool("dry-run", false),
        allowedPermissions,
        label,
        unlinkLabel,
        factsPath: optional("facts"),
        awsRegion: optional("aws-region"),
        audience: optional("audience"),
        lookupRoleName: optional("lookup-role-name"),
        lookupRoleArn: optional("lookup-role-arn"),
        chainRoleName: optional("chain-role-name"),
        writeIntervalMs,
        rotateAfterDays: wholeNumber("rotate-after-days", 30, 0, 3650),
        force: bool("force", false),
        rotateLinks,
        maxLinksPerPullRequest: wholeNumber("max-links-per-pull-request", 50, 1, 1000),
        trackingLabel,
        maxRateLimitWaitSeconds: Number(maxWait),
        ...(argocdServer ? { argocdServer } : {}),
        ...(optional("argocd-auth-token") ? { argocdAuthToken: get("argocd-auth-token") } : {}),
        ...(argocdCaCert ? { argocdCaCert } : {}),
        argocdTimeoutSeconds: wholeNumber("argocd-timeout-seconds", 30, 1, 300),
        closeWhenLinked: bool("close-when-linked", true),
    };
    if (errors.length > 0)
        throw new InvalidInputError("Action inputs", errors);
    return inputs;
}

// EXTERNAL MODULE: ./src/inventory/links.ts
var links = __webpack_require__(4997);
// EXTERNAL MODULE: ./src/layout/discover.ts
var discover = __webpack_require__(9515);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/repo/reader.ts
var repo_reader = __webpack_require__(6549);
// EXTERNAL MODULE: ./src/steps/registry.ts + 5 modules
var registry = __webpack_require__(3521);
;// CONCATENATED MODULE: ./src/verify/checks.ts
// Verification of one link: for each thing the link's files say will exist once applied, whether
// AWS or ArgoCD has it as planned. A missing piece names the step that is not applied yet and the
// command that applies it. Only the probes do I/O; this module decides.

/**
 * A value inside a detail: between backticks, which the status comment renders as a code span and
 * the rest as escaped prose. Backticks inside a value (an AWS or ArgoCD message) become quotes, so
 * the split is unambiguous.
 */
const v = (value) => `\`${value.replace(/`/g, "'")}\``;
const apply = (file) => v(`cd ${file.slice(0, file.lastIndexOf("/"))} && leverage tf apply`);
const list = (items) => (items.length ? items.map(v).join(", ") : "none");
const sameSet = (a, b) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);
const asArray = (v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
/** The Allow statements of a trust policy that let a principal assume the role. */
function assumeStatements(trust, action) {
    const doc = trust;
    return asArray(doc?.Statement).filter((s) => {
        const st = s;
        return st?.Effect === "Allow" && asArray(st.Action).some((a) => a === action || a === "sts:*");
    });
}
function awsPrincipals(trust) {
    return assumeStatements(trust, "sts:AssumeRole").flatMap((s) => asArray(s.Principal?.AWS).map(String));
}
function roleProblem(answer, name, account, file, step) {
    if ("missing" in answer)
        return `role ${v(name)} does not exist in account ${v(account)}: step ${step} is not applied yet${file ? ` (${apply(file)})` : ""}.`;
    if ("error" in answer)
        return `role ${v(name)} could not be read: ${v(answer.error)}`;
    return undefined;
}
async function targetRoleCheck(ctx) {
    const { link, resolver } = ctx;
    const check = registry/* STEP_ID */.RA.targetRole;
    if (link.method === "bearer-token")
        return { check, result: "skip", detail: "bearer-token links have no role in the target account." };
    const role = link.targetRole;
    if (!role)
        return {
            check,
            result: "fail",
            detail: "the role's file is not in the base branch: merge step target-role first.",
        };
    const account = link.target.account;
    const answer = await ctx.probes.getRole("target", role.name);
    const problem = roleProblem(answer, role.name, account, role.file, registry/* STEP_ID */.RA.targetRole);
    if (problem)
        return { check, result: "fail", detail: problem };
    const expected = role.trusted.map((t) => resolver.resolve(t, account));
    if (expected.some((e) => e === undefined))
        return {
            check,
            result: "skip",
            detail: `role ${v(role.name)} exists; its trusted principals ${list(role.trusted)} depend on values the repository does not resolve.`,
        };
    const actual = awsPrincipals(answer.trust);
    if (!sameSet(actual, expected))
        return {
            check,
            result: "fail",
            detail: `role ${v(role.name)} trusts ${list(actual)}, not exactly ${list(expected)}: apply step target-role again (${apply(role.file)}).`,
        };
    return { check, result: "pass", detail: `role ${v(role.name)} exists and trusts exactly ${list(actual)}.` };
}
async function accessCheck(ctx) {
    const { link, resolver } = ctx;
    const check = registry/* STEP_ID */.RA.clusterAccess;
    if (link.method === "bearer-token")
        return {
            check,
            result: "skip",
            detail: "a bearer-token link's access is Kubernetes RBAC, which AWS cannot read; the ArgoCD check shows whether the token works.",
        };
    const entry = link.accessEntry;
    if (!entry) {
        if (link.awsAuth)
            return {
                check,
                result: "skip",
                detail: "the role is mapped in the aws-auth ConfigMap, which is not readable from AWS; the ArgoCD check shows whether it works.",
            };
        return {
            check,
            result: "fail",
            detail: "no cluster access for the role in the base branch: merge step cluster-access first.",
        };
    }
    const principal = resolver.resolve(entry.principal, link.target.account);
    if (!principal)
        return {
            check,
            result: "skip",
            detail: `the access entry's principal ${v(entry.principal)} is not resolvable from the repository.`,
        };
    const found = await ctx.probes.accessEntry(link.target.cluster, principal);
    if ("missing" in found)
        return {
            check,
            result: "fail",
            detail: `cluster ${v(link.target.cluster)} has no access entry for ${v(principal)}: step cluster-access is not applied yet (${apply(entry.file)}).`,
        };
    if ("error" in found)
        return { check, result: "fail", detail: `the access entry could not be read: ${v(found.error)}` };
    const problems = [];
    if (!sameSet(found.groups, entry.groups))
        problems.push(`Kubernetes groups are ${list(found.groups)}, planned ${list(entry.groups)}`);
    const key = (p) => `${p.policyArn} (${p.type}${p.namespaces.length ? `: ${[...p.namespaces].sort().join(", ")}` : ""})`;
    const want = entry.policies.map(key);
    const have = found.policies.map(key);
    if (!sameSet(want, have))
        problems.push(`associated policies are ${list(have)}, planned ${list(want)}`);
    if (problems.length)
        return {
            check,
            result: "fail",
            detail: `${problems.join("; ")}: apply step cluster-access again (${apply(entry.file)}).`,
        };
    return { check, result: "pass", detail: `access entry for ${v(principal)} with ${list(have)}.` };
}
async function sourceRoleCheck(ctx) {
    const { link, resolver, probes } = ctx;
    const check = registry/* STEP_ID */.RA.sourceRole;
    if (link.method === "bearer-token")
        return { check, result: "skip", detail: "bearer-token links use no IRSA role." };
    if (!probes.sourceIssuer)
        return {
            check,
            result: "skip",
            detail: "set aws.source-cluster in the config file to check the IRSA role of ArgoCD's service accounts.",
        };
    const trusted = link.targetRole?.trusted[0];
    const arn = trusted ? resolver.resolve(trusted, link.target.account) : undefined;
    const name = arn?.split(":role/")[1]?.split("/").pop();
    if (!name)
        return {
            check,
            result: "skip",
            detail: "the IRSA role's name is not known from the target role's trust.",
        };
    const issuer = await probes.sourceIssuer();
    if (typeof issuer !== "string")
        return { check, result: "fail", detail: `the source cluster could not be read: ${v(issuer.error)}` };
    const answer = await probes.getRole("source", name);
    const problem = roleProblem(answer, name, link.source.account, link.irsa?.file, registry/* STEP_ID */.RA.sourceRole);
    if (problem)
        return { check, result: "fail", detail: problem };
    const host = issuer.replace(/^https:\/\//, "");
    const statements = assumeStatements(answer.trust, "sts:AssumeRoleWithWebIdentity").filter((s) => asArray(s.Principal?.Federated).some((f) => String(f).endsWith(`:oidc-provider/${host}`)));
    if (statements.length === 0)
        return {
            check,
            result: "fail",
            detail: `role ${v(name)} does not trust the source cluster's OIDC provider ${v(host)}: apply step source-role.`,
        };
    const subjects = statements.flatMap((s) => asArray((s.Condition?.StringEquals ?? {})[`${host}:sub`]).map(String));
    const want = link.irsa?.subjects;
    if (want && !sameSet(subjects, want))
        return {
            check,
            result: "fail",
            detail: `role ${v(name)} trusts the subjects ${list(subjects)}, planned ${list(want)}: apply step source-role again.`,
        };
    return { check, result: "pass", detail: `role ${v(name)} trusts ${v(host)} for ${list(subjects)}.` };
}
function argocdEntryCheck(link) {
    const entry = link.argocd;
    if (!entry)
        return {
            check: "argocd-entry",
            result: "fail",
            detail: `ArgoCD's values have no cluster ${v(link.name)}: merge step argocd first.`,
        };
    return {
        check: "argocd-entry",
        result: "pass",
        detail: `${v(entry.valuesPath)} has cluster ${v(link.name)} (${v(entry.server)}), namespaces ${entry.namespaces.length ? list(entry.namespaces) : "all"}.`,
    };
}
/** ArgoCD's cluster object, read defensively: it comes from a server we do not control. */
function connectionOf(body) {
    const c = (body ?? {});
    const info = (c.info ?? {});
    const state = (info.connectionState ?? c.connectionState ?? {});
    const str = (v) => (typeof v === "string" ? v.slice(0, 500) : undefined);
    return {
        ...(str(c.name) ? { name: str(c.name) } : {}),
        namespaces: Array.isArray(c.namespaces)
            ? c.namespaces.filter((n) => typeof n === "string")
            : [],
        ...(str(state.status) ? { status: str(state.status) } : {}),
        ...(str(state.message) ? { message: str(state.message) } : {}),
        ...(str(info.serverVersion ?? c.serverVersion)
            ? { version: str(info.serverVersion ?? c.serverVersion) }
            : {}),
    };
}
function argocdConnectionCheck(link, answer) {
    const check = "argocd-connection";
    if (!answer)
        return {
            check,
            result: "skip",
            detail: "set the argocd-server and argocd-auth-token inputs (or --argocd-server and ARGOCD_AUTH_TOKEN) to check that ArgoCD reaches the cluster.",
        };
    if ("timeout" in answer)
        return {
            check,
            result: "fail",
            detail: `ArgoCD did not answer within ${answer.timeout} seconds: check argocd-server and the network path from the runner.`,
        };
    if ("unreachable" in answer)
        return { check, result: "fail", detail: `ArgoCD could not be reached: ${v(answer.unreachable)}` };
    if (answer.status === 401)
        return {
            check,
            result: "fail",
            detail: "ArgoCD answered 401: argocd-auth-token is missing, expired or not a token of this ArgoCD.",
        };
    if (answer.status === 403 || answer.status === 404)
        return {
            check,
            result: "fail",
            detail: `ArgoCD answered ${answer.status}: it has no cluster ${v(link.argocd?.server ?? link.name)} yet (step argocd not applied, ` +
                "or not synced), or the token lacks the RBAC permission `clusters, get` (ArgoCD answers both the same way).",
        };
    if (answer.status !== 200)
        return { check, result: "fail", detail: `ArgoCD answered HTTP ${answer.status}.` };
    const found = connectionOf(answer.body);
    const problems = [];
    if (found.name !== link.name)
        problems.push(`its name is ${found.name ? v(found.name) : "empty"}, not ${v(link.name)}`);
    const want = link.argocd?.namespaces ?? [];
    if (!sameSet(found.namespaces, want))
        problems.push(`its namespaces are ${list(found.namespaces)}, planned ${list(want)}`);
    if (problems.length)
        return { check, result: "fail", detail: `ArgoCD's cluster entry differs: ${problems.join("; ")}.` };
    const reason = found.message ? `: ${v(found.message)}` : "";
    if (found.status === "Successful")
        return {
            check,
            result: "pass",
            detail: `ArgoCD reaches the cluster (connection Successful${found.version ? `, Kubernetes ${v(found.version)}` : ""}).`,
        };
    if (found.status === "Failed")
        return { check, result: "fail", detail: `ArgoCD cannot reach the cluster (connection Failed${reason}).` };
    return {
        check,
        result: "skip",
        detail: `ArgoCD has not connected yet (connection ${found.status ? v(found.status) : "Unknown"}${reason}). ArgoCD connects to a cluster only once an Application targets it: create one, then verify again.`,
    };
}
/**
 * A detail as one line of at most 1,500 characters: ArgoCD's and AWS's messages may hold line
 * breaks (a workflow command in the log, a broken table in the comment) or be very long.
 */
const DETAIL_MAX = 1_500;
function flatDetail(check) {
    const flat = [...check.detail]
        .map((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 || c === "\u2028" || c === "\u2029" ? " " : c)
        .join("");
    return { ...check, detail: flat.length > DETAIL_MAX ? `${flat.slice(0, DETAIL_MAX - 1)}…` : flat };
}
/** Every check of one link, in apply order. */
async function verifyLink(ctx) {
    return (await checksOf(ctx)).map(flatDetail);
}
async function checksOf(ctx) {
    const checks = [
        await sourceRoleCheck(ctx),
        await targetRoleCheck(ctx),
        await accessCheck(ctx),
        argocdEntryCheck(ctx.link),
    ];
    const server = ctx.link.argocd?.server;
    const answer = ctx.probes.argocdCluster && server ? await ctx.probes.argocdCluster(server) : undefined;
    checks.push(ctx.probes.argocdCluster && !server
        ? { check: "argocd-connection", result: "skip", detail: "no cluster entry to look up in ArgoCD yet." }
        : argocdConnectionCheck(ctx.link, answer));
    return checks;
}
/** Linked: nothing failed and ArgoCD itself says it reaches the cluster. */
function isLinked(checks) {
    return (checks.every((c) => c.result !== "fail") &&
        checks.some((c) => c.check === "argocd-connection" && c.result === "pass"));
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/link.ts + 7 modules
var cli_link = __webpack_require__(5839);
;// CONCATENATED MODULE: ./src/cli/verify.ts
// The `verify` command: the Action's verification of one link, run with the caller's own AWS
// credentials (the SDK's default chain: AWS_PROFILE, SSO, environment variables) instead of the
// OIDC lookup role, and ArgoCD's API token from ARGOCD_AUTH_TOKEN. Exit 0 when linked, 1 when not.











/** Where the Action reads its config file by default; the CLI reads the same one. */
const CONFIG_PATH = ".github/argocd-cluster-link.yml";
const TIMEOUT = { default: 30, min: 1, max: 300 };
const ICON = { pass: "✅", fail: "❌", skip: "➖" };
/** The single --link NAME verify takes. */
function linkName(links) {
    if (!links?.length)
        throw new command/* CliUsageError */._x("Missing --link NAME (the argocd-cluster-name of the link).");
    if (links.length > 1)
        throw new command/* CliUsageError */._x(`verify takes one --link NAME; got ${links.length}.`);
    return links[0];
}
/** ArgoCD's API from the flags and ARGOCD_AUTH_TOKEN; undefined when --argocd-server is not given. */
async function argocdApi(values) {
    const given = values["argocd-server"];
    if (given === undefined) {
        for (const flag of ["argocd-ca-cert", "argocd-timeout"])
            if (values[flag] !== undefined)
                throw new command/* CliUsageError */._x(`--${flag} needs --argocd-server.`);
        return undefined;
    }
    const server = readArgocdServer(given);
    if (!(server instanceof URL))
        throw new command/* CliUsageError */._x(`--argocd-server ${server.value} ${server.message}.`);
    const token = process.env.ARGOCD_AUTH_TOKEN;
    if (!token)
        throw new command/* CliUsageError */._x("--argocd-server needs ArgoCD's API token in the ARGOCD_AUTH_TOKEN environment variable (never a flag, so it stays out of the shell history).");
    let timeoutSeconds = TIMEOUT.default;
    const timeout = values["argocd-timeout"];
    if (timeout !== undefined) {
        timeoutSeconds = /^\d{1,3}$/.test(timeout) ? Number(timeout) : NaN;
        if (!(timeoutSeconds >= TIMEOUT.min && timeoutSeconds <= TIMEOUT.max))
            throw new command/* CliUsageError */._x(`--argocd-timeout ${JSON.stringify(timeout)} must be a whole number of seconds from ${TIMEOUT.min} to ${TIMEOUT.max}.`);
    }
    const caFile = values["argocd-ca-cert"];
    let caCert;
    if (caFile !== undefined) {
        caCert = await (0,command/* readInputFile */.jH)(caFile, "--argocd-ca-cert");
        if (!caCert.includes("-----BEGIN CERTIFICATE-----"))
            throw new command/* CliUsageError */._x(`--argocd-ca-cert ${JSON.stringify(caFile)} holds no PEM certificate (-----BEGIN CERTIFICATE----- ...).`);
    }
    return { server, token, timeoutSeconds, ...(caCert ? { caCert } : {}) };
}
/** The repository's config file, when it has one: account ids and aws.source-cluster. */
async function readConfig(repoDir) {
    const path = (0,external_node_path_.join)(repoDir, CONFIG_PATH);
    try {
        await (0,promises_.access)(path);
    }
    catch {
        return EMPTY_CONFIG;
    }
    return parseConfig(await (0,command/* readInputFile */.jH)(path, "the config file"), CONFIG_PATH);
}
function findLink(links, name, repoDir) {
    const link = links.find((l) => l.name === name);
    if (link)
        return link;
    const names = links.map((l) => l.name);
    if (names.length === 0)
        throw new command/* CliUsageError */._x(`No link in ${repoDir}: no file carries an \`# argocd-cluster-link: <name>\` header, so there is no ${JSON.stringify(name)} to verify.`);
    const guess = (0,command/* didYouMean */.au)(name, names);
    throw new command/* CliUsageError */._x(`No link named ${JSON.stringify(name)} in ${repoDir}.${guess ? ` Did you mean ${guess}?` : ""} Links found: ${names.join(", ")}.`);
}
function summary(checks, linked) {
    if (linked)
        return "Linked: every piece of the link is in place and ArgoCD reaches the cluster.";
    const failed = checks.filter((c) => c.result === "fail").map((c) => c.check);
    if (failed.length > 0)
        return `Not linked yet: ${failed.join(", ")} ${failed.length === 1 ? "needs" : "need"} attention (each ❌ says what to do).`;
    return "Nothing failed, but ArgoCD has not confirmed that it reaches the cluster (see the ➖ lines).";
}
async function runVerifyCommand({ values, io, stderr }) {
    const name = linkName(values.link);
    const repoDir = await (0,cli_link.repoFolder)(values.repo);
    const argocd = await argocdApi(values);
    // Nothing the command prints comes from the token, but a server could echo it back: cut it out anyway.
    // Details can quote AWS and ArgoCD messages: show invisible characters, never echo them.
    const hide = (text) => (0,core_text/* replaceInvisible */.k6)(argocd ? text.replaceAll(argocd.token, "***") : text, { keepNewlines: true });
    const config = await readConfig(repoDir);
    const reader = withCommonVariables(new repo_reader/* FolderRepo */.b(repoDir), config);
    const link = findLink(await (0,links/* readLinks */.CT)(reader), name, repoDir);
    const accounts = await (0,discover/* readAccounts */.n$)(reader);
    const resolver = await (0,links/* resolverFor */.wI)(reader, accounts);
    const { awsProbes } = await Promise.all(/* import() */[__webpack_require__.e(333), __webpack_require__.e(399)]).then(__webpack_require__.bind(__webpack_require__, 9399));
    const { DEFAULT_RETRY } = await __webpack_require__.e(/* import() */ 495).then(__webpack_require__.bind(__webpack_require__, 2495));
    // The default chain's identity is not looked up (one call less); messages name the account instead.
    const roleArn = (side) => `arn:aws:iam::${accounts[side === "target" ? link.target.account : link.source.account] ?? ""}:role/<your AWS credentials>`;
    const source = config.aws.sourceCluster;
    stderr(`Verifying link ${name} (${link.method}) in ${repoDir} with your AWS credentials\n`);
    const probes = awsProbes({
        ctx: { retry: DEFAULT_RETRY, log: (line) => stderr(hide(`${line}\n`)), mask: () => { } },
        credentials: async () => undefined,
        roleArn,
        targetRegion: link.target.region,
        ...(source ? { sourceCluster: { name: source.name, region: source.region ?? link.target.region } } : {}),
        ...(argocd ? { argocd } : {}),
    });
    const checks = await verifyLink({ link, resolver, probes });
    const linked = isLinked(checks);
    const text = values.json
        ? JSON.stringify({ link: name, linked, checks }, null, 2) + "\n"
        : [
            ...checks.map((c) => `${ICON[c.result]} ${c.check}: ${c.detail}`),
            "",
            summary(checks, linked),
            "",
        ].join("\n");
    io.stdout(hide(text));
    return linked ? 0 : 1;
}


/***/ }),

/***/ 4997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ readLinks),
/* harmony export */   wI: () => (/* binding */ resolverFor)
/* harmony export */ });
/* unused harmony export readArgocdEntry */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1974);
/* harmony import */ var _unlink_links_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2822);
// Every link a repository holds, read from the files links own (their `# argocd-cluster-link:`
// header) and the ArgoCD values entry of the same name: what `list` shows and what `verify` expects
// AWS and ArgoCD to hold. Values written as Terraform templates are resolved from
// config/common.tfvars (account ids) and each account's config/account.tfvars (environment); a
// value that depends on anything else is left unresolved and its check says so.



const ACCOUNTS = /\$\{var\.accounts\.([A-Za-z0-9_-]+)\.id\}/g;
const ENVIRONMENT = /\$\{(?:var|local)\.environment\}/g;
async function resolverFor(repo, accounts) {
    const environments = new Map();
    const environmentOf = async (account) => {
        if (!environments.has(account)) {
            const text = await repo.readFile(`${account}/config/account.tfvars`);
            environments.set(account, text ? /^\s*environment\s*=\s*"([^"$]*)"/m.exec(text)?.[1] : undefined);
        }
        return environments.get(account);
    };
    // Read every account's environment up front so resolve() can stay synchronous.
    for (const account of Object.keys(accounts))
        await environmentOf(account);
    return {
        resolve(template, account) {
            let missing = false;
            const out = template
                .replace(ACCOUNTS, (_, name) => accounts[name] ?? ((missing = true), ""))
                .replace(ENVIRONMENT, () => environments.get(account) ?? ((missing = true), ""));
            return missing || out.includes("${") ? undefined : out;
        },
    };
}
/** A quoted HCL string, template sequences kept as written; undefined for anything else. */
function quoted(expr) {
    const t = expr.trim();
    if (!/^"(?:[^"\\]|\\.)*"$/.test(t))
        return undefined;
    return t.slice(1, -1).replace(/\\(.)/g, "$1");
}
function attr(text, block, name) {
    const a = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .findAttribute */ .Oh)(block, name);
    return a ? text.slice(a.exprStart, a.exprEnd) : undefined;
}
function stringList(text, block, name, file) {
    const a = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .findAttribute */ .Oh)(block, name);
    if (!a)
        return undefined;
    const open = text.indexOf("[", a.exprStart);
    if (open < 0 || open >= a.exprEnd)
        return undefined;
    const values = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .splitSequence */ .ou)(text, open, file).items.map((i) => quoted(text.slice(i.start, i.end)));
    return values.every((v) => v !== undefined) ? values : undefined;
}
function readTargetRole(path, text) {
    const module = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .findBlocks */ .yM)((0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .scanHcl */ .J$)(text, path), "module").find((b) => b.labels[0]?.startsWith("iam_assumable_role_argocd_link_"));
    if (!module)
        return undefined;
    const name = quoted(attr(text, module, "role_name") ?? "");
    if (!name)
        return undefined;
    return { file: path, name, trusted: stringList(text, module, "trusted_role_arns", path) ?? [] };
}
function readAccessEntry(path, text) {
    const items = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .scanHcl */ .J$)(text, path);
    const entry = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .findBlocks */ .yM)(items, "resource", "aws_eks_access_entry")[0];
    if (!entry)
        return undefined;
    const principal = quoted(attr(text, entry, "principal_arn") ?? "");
    if (!principal)
        return undefined;
    const policies = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .findBlocks */ .yM)(items, "resource", "aws_eks_access_policy_association").map((b) => {
        const scope = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .findBlocks */ .yM)(b.body, "access_scope")[0];
        return {
            policyArn: quoted(attr(text, b, "policy_arn") ?? "") ?? "",
            type: (scope && quoted(attr(text, scope, "type") ?? "")) ?? "",
            namespaces: (scope && stringList(text, scope, "namespaces", path)) ?? [],
        };
    });
    return {
        file: path,
        principal,
        groups: stringList(text, entry, "kubernetes_groups", path) ?? [],
        policies,
    };
}
/** The cluster entry named `name` in a values file (chart 7 map or older list form). */
function readArgocdEntry(valuesPath, text, name) {
    if (!text.includes(name) || !text.includes("clusterCredentials"))
        return undefined;
    let values;
    try {
        values = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { uniqueKeys: false }).toJS();
    }
    catch {
        return undefined;
    }
    const credentials = values?.configs
        ?.clusterCredentials;
    let entry;
    if (Array.isArray(credentials)) {
        entry = credentials.find((c) => c?.name === name);
    }
    else if (credentials && typeof credentials === "object") {
        entry = credentials[name];
    }
    if (!entry || typeof entry !== "object")
        return undefined;
    const namespaces = typeof entry.namespaces === "string" ? entry.namespaces : "";
    const config = (entry.config ?? {});
    return {
        valuesPath,
        server: typeof entry.server === "string" ? entry.server : "",
        namespaces: namespaces
            .split(",")
            .map((n) => n.trim())
            .filter(Boolean),
        clusterResources: entry.clusterResources === true || entry.clusterResources === "true",
        awsAuth: typeof config.awsAuthConfig === "object" && config.awsAuthConfig !== null,
    };
}
const ACCESS_LINE = /^# Access: (.+)$/m;
const POLICY_NAME = /cluster-access-policy\/AmazonEKS(\w+)Policy$/;
function accessOf(link, texts) {
    const rbac = link.rbacFile ? ACCESS_LINE.exec(texts.get(link.rbacFile) ?? "")?.[1] : undefined;
    if (rbac)
        return rbac.replace(/\.$/, "");
    const policy = link.accessEntry?.policies[0]?.policyArn;
    const level = policy ? POLICY_NAME.exec(policy)?.[1] : undefined;
    if (level)
        return `EKS access policy ${level.replace(/^Cluster/, "Cluster")}`;
    if (link.awsAuth)
        return "aws-auth groups";
    return "unknown";
}
/** The release's IRSA role module in the source account and the service accounts it trusts. */
function findIrsa(texts, owner) {
    const module = `module "role_argocd_link_${owner.release.replace(/-/g, "_")}"`;
    for (const [path, text] of texts) {
        if (!path.startsWith(`${owner.sourceAccount}/`) || !path.endsWith(".tf") || !text.includes(module))
            continue;
        try {
            const block = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .findBlocks */ .yM)((0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .scanHcl */ .J$)(text, path), "module", module.slice(8, -1))[0];
            const subjects = block && stringList(text, block, "oidc_fully_qualified_subjects", path);
            if (subjects)
                return { file: path, subjects };
        }
        catch {
            // Not parseable: the check then does without the planned subjects.
        }
    }
    return undefined;
}
/** Every link in the repository, by name. */
async function readLinks(repo) {
    const snapshot = await (0,_unlink_links_js__WEBPACK_IMPORTED_MODULE_2__/* .readSnapshot */ .R)(repo);
    const links = [];
    for (const name of snapshot.ids) {
        const owner = snapshot.owners.get(name);
        if (!owner)
            continue;
        const files = [...(snapshot.ownedFiles.get(name) ?? [])].sort();
        let targetRole;
        let accessEntry;
        let rbacFile;
        for (const path of files) {
            const text = snapshot.texts.get(path) ?? "";
            if (!path.endsWith(".tf"))
                continue;
            try {
                targetRole ??= readTargetRole(path, text);
                accessEntry ??= readAccessEntry(path, text);
            }
            catch {
                // A file edited beyond parsing: its check reports what is missing.
            }
            if (/"kubernetes_(cluster_)?role_binding(_v1)?"/.test(text) &&
                path.startsWith(`${owner.targetAccount}/`))
                rbacFile ??= path;
        }
        const marker = `argocd-cluster-link: ${name} (`;
        const awsAuth = [...snapshot.texts].some(([path, text]) => path.endsWith(".tf") && text.includes(marker) && /map_roles|rolearn/.test(text));
        const irsa = findIrsa(snapshot.texts, owner);
        let argocd;
        for (const [path, text] of snapshot.texts) {
            if (!/\.ya?ml$/.test(path) || !path.includes("chart-values"))
                continue;
            argocd = readArgocdEntry(path, text, name);
            if (argocd)
                break;
        }
        const base = {
            name,
            method: (targetRole || argocd?.awsAuth ? "iam-role" : "bearer-token"),
            namespaces: argocd?.namespaces ?? [],
            clusterResources: argocd?.clusterResources ?? false,
            source: { account: owner.sourceAccount, release: owner.release },
            target: { account: owner.targetAccount, region: owner.targetRegion, cluster: owner.targetCluster },
            files,
            ...(argocd ? { argocd } : {}),
            ...(targetRole ? { targetRole } : {}),
            ...(accessEntry ? { accessEntry } : {}),
            awsAuth,
            ...(rbacFile ? { rbacFile } : {}),
            ...(irsa ? { irsa } : {}),
        };
        links.push({ ...base, access: accessOf(base, snapshot.texts) });
    }
    return links;
}


/***/ }),

/***/ 2822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readSnapshot)
/* harmony export */ });
/* harmony import */ var _link_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8356);
// What a repository holds of each link, read from the files themselves: the owner header of the
// files a link created, and the marker comments next to what it added to shared files. Names are
// never recomputed from a request, so unlink keeps working when the naming scheme changes.

const TEXT_FILE = /\.(tf|ya?ml|tpl|json)$/;
const HEADER = new RegExp(`^# ${_link_names_js__WEBPACK_IMPORTED_MODULE_0__/* .MARKER */ .tl}: ([a-z0-9]([a-z0-9-]*[a-z0-9])?)$`);
const OWNER = /^# link: ArgoCD (\S+) in (\S+) -> ([^/\s]+)\/([^/\s]+)\/(\S+)$/;
/** Marker comments next to added lines: `# argocd-cluster-link: <id> (<why>)`. */
const INLINE = new RegExp(`#\\s*${_link_names_js__WEBPACK_IMPORTED_MODULE_0__/* .MARKER */ .tl}: ([a-z0-9]([a-z0-9-]*[a-z0-9])?) \\(`, "g");
async function readSnapshot(repo) {
    const texts = new Map();
    const ids = new Set();
    const owners = new Map();
    const ownedFiles = new Map();
    for (const path of await repo.listFiles()) {
        if (!TEXT_FILE.test(path))
            continue;
        const text = await repo.readFile(path);
        if (text === undefined)
            continue;
        texts.set(path, text);
        const [first = "", second = ""] = text.split("\n", 2);
        const header = HEADER.exec(first);
        if (header) {
            const id = header[1];
            ids.add(id);
            ownedFiles.set(id, [...(ownedFiles.get(id) ?? []), path]);
            const owner = OWNER.exec(second);
            if (owner && !owners.has(id)) {
                owners.set(id, {
                    id,
                    release: owner[1],
                    sourceAccount: owner[2],
                    targetAccount: owner[3],
                    targetRegion: owner[4],
                    targetCluster: owner[5],
                });
            }
        }
        if (path.endsWith(".tf"))
            for (const m of text.matchAll(INLINE))
                ids.add(m[1]);
    }
    return { texts, ids: [...ids].sort(), owners, ownedFiles };
}


/***/ })

};
