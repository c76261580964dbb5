export const id = 839;
export const ids = [839];
export const modules = {

/***/ 5839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openGit: () => (/* binding */ openGit),
  printOrWrite: () => (/* binding */ printOrWrite),
  repoFolder: () => (/* binding */ repoFolder),
  runLinkCommand: () => (/* binding */ runLinkCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
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
        errors.push({ field, value: (0,core_errors/* show */.WU)(value), message });
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
const VERSION = {
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
    const rootError = (value, message) => new core_errors/* InvalidInputError */.oC(what, [{ field: "(root)", value, message }]);
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
        throw rootError((0,core_errors/* show */.WU)(text), `is not valid JSON: ${(0,core_text/* oneLine */.TN)(error.message, PARSER_MESSAGE_MAX)}`);
    }
    // Other top-level fields are ignored like unknown cluster fields: AWS may add them.
    if (!isMapping(output) || !isMapping(output.cluster)) {
        throw rootError((0,core_errors/* show */.WU)(output), 'must be the output of aws eks describe-cluster: a JSON object {"cluster": {...}}');
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
        throw new core_errors/* InvalidInputError */.oC(what, [
            { field: "cluster", value: (0,core_errors/* show */.WU)(cluster), message: "must be the JSON object describing the cluster" },
        ]);
    }
    const errors = [];
    const optional = (field, value, rule) => value === undefined || value === null ? undefined : readText(errors, `cluster.${field}`, value, rule);
    const required = (field, value, rule) => {
        if (value !== undefined && value !== null)
            return readText(errors, `cluster.${field}`, value, rule);
        errors.push({ field: `cluster.${field}`, value: (0,core_errors/* show */.WU)(value), message: `is required: ${rule.words}` });
        return undefined;
    };
    const object = (field, value) => {
        if (value === undefined || value === null || isMapping(value))
            return value ?? undefined;
        errors.push({ field: `cluster.${field}`, value: (0,core_errors/* show */.WU)(value), message: "must be a JSON object" });
        return undefined;
    };
    const flag = (field, value) => {
        if (value === undefined || value === null || typeof value === "boolean")
            return value ?? undefined;
        errors.push({ field: `cluster.${field}`, value: (0,core_errors/* show */.WU)(value), message: "must be true or false" });
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
            value: (0,core_errors/* show */.WU)(arn),
            message: `names cluster ${(0,core_errors/* show */.WU)(arnName)} but cluster.name is ${(0,core_errors/* show */.WU)(name)}; they must be the same cluster`,
        });
    }
    const version = optional("version", cluster.version, VERSION);
    const status = required("status", cluster.status, STATUS);
    if (status !== undefined && status !== "ACTIVE") {
        errors.push({
            field: "cluster.status",
            value: (0,core_errors/* show */.WU)(status),
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
            value: (0,core_errors/* show */.WU)(mode),
            message: `must be one of: ${AUTHENTICATION_MODES.join(", ")}`,
        });
    }
    const vpcConfig = object("resourcesVpcConfig", cluster.resourcesVpcConfig);
    const vpcId = optional("resourcesVpcConfig.vpcId", vpcConfig?.vpcId, VPC_ID);
    const endpointPublicAccess = flag("resourcesVpcConfig.endpointPublicAccess", vpcConfig?.endpointPublicAccess);
    const endpointPrivateAccess = flag("resourcesVpcConfig.endpointPrivateAccess", vpcConfig?.endpointPrivateAccess);
    if (errors.length > 0)
        throw new core_errors/* InvalidInputError */.oC(what, errors);
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
            value: (0,core_errors/* show */.WU)(req.targetCluster),
            message: `does not match the cluster facts, which describe cluster ${(0,core_errors/* show */.WU)(facts.name)}`,
        });
    }
    if (facts.region !== req.targetRegion) {
        errors.push({
            field: "target-region",
            value: (0,core_errors/* show */.WU)(req.targetRegion),
            message: `does not match the cluster facts, whose cluster is in ${(0,core_errors/* show */.WU)(facts.region)}`,
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
    const fail = (message) => errors.push({ field, value: (0,core_errors/* show */.WU)(url), message });
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
        errors.push({ field, value: (0,core_errors/* show */.WU)(data), message });
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
        certificate = new external_node_crypto_.X509Certificate(pem);
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

// EXTERNAL MODULE: ./src/git/local-branches.ts
var local_branches = __webpack_require__(9884);
// EXTERNAL MODULE: ./src/plan/names.ts
var names = __webpack_require__(2471);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/edit/values-yaml.ts + 1 modules
var values_yaml = __webpack_require__(6437);
// EXTERNAL MODULE: ./src/hcl/scan.ts
var scan = __webpack_require__(1974);
// EXTERNAL MODULE: ./src/layout/discover.ts
var discover = __webpack_require__(9515);
// EXTERNAL MODULE: ./src/layout/parsed-file.ts
var parsed_file = __webpack_require__(7540);
// EXTERNAL MODULE: ./src/layout/providers.ts + 1 modules
var providers = __webpack_require__(5801);
// EXTERNAL MODULE: ./src/layout/tree.ts
var tree = __webpack_require__(232);
// EXTERNAL MODULE: ./src/steps/registry.ts + 5 modules
var registry = __webpack_require__(3521);
// EXTERNAL MODULE: ./src/steps/token-slots.ts
var token_slots = __webpack_require__(2210);
// EXTERNAL MODULE: ./src/upstream/argo-cd-chart.ts
var argo_cd_chart = __webpack_require__(7583);
// EXTERNAL MODULE: ./src/link/describe.ts
var describe = __webpack_require__(1067);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(6706);
;// CONCATENATED MODULE: ./src/plan/describe.ts
// Titles and Markdown bodies of the steps: what a reviewer needs to accept the change without
// opening the guide. Every value shown comes from a validated request, the repository or AWS, and
// is still written inside code spans so that Markdown cannot reinterpret it.


/** `summary` is the step kind's own part of the title. */
function stepTitle(names, step, summary) {
    return `argocd-cluster-link ${names.id} ${step.number}/${step.total} (${step.account}): ${summary}`;
}
/**
 * The Markdown body; `why` comes from the step kind. `previous` is the step before this one when it is part of the same plan;
 * `previousId` names it even when it is already merged.
 */
function stepBody(names, req, facts, step, why, previous, previousId) {
    const order = step.number === 1
        ? ": apply it first."
        : previous
            ? `. Apply after step ${step.number - 1}: ${(0,markdown/* code */.aY)(previous.title)}.`
            : `. Step ${step.number - 1} (${(0,markdown/* code */.aY)(previousId ?? "")}) is already merged: make sure it is applied first.`;
    const lines = [
        `**Link** ${(0,markdown/* code */.aY)(names.id)}: ArgoCD ${(0,markdown/* code */.aY)(names.release)} in ${(0,markdown/* code */.aY)(req.sourceAccount)} → ${(0,markdown/* code */.aY)(facts.arn)} ` +
            `(${(0,markdown/* code */.aY)(req.method)}, ${(0,describe/* accessText */.c)(req)}).`,
        "",
        `**Step ${step.number} of ${step.total}** in account ${(0,markdown/* code */.aY)(step.account)}${order}`,
        "",
        "### Why",
        ...why.map((line) => `- ${line}`),
        "",
        "### Files",
        ...step.files.map((f) => `- ${f.action === "create" ? "new" : "edited"}: ${(0,markdown/* code */.aY)(f.path)}`),
        "",
        "### Apply, once merged",
        "```sh",
        ...step.apply,
        "```",
    ];
    return lines.join("\n") + "\n";
}

// EXTERNAL MODULE: ./src/link/grant.ts
var link_grant = __webpack_require__(9358);
// EXTERNAL MODULE: ./src/link/names.ts
var link_names = __webpack_require__(8356);
// EXTERNAL MODULE: ./src/plan/notes.ts
var notes = __webpack_require__(9550);
// EXTERNAL MODULE: ./src/plan/rotate.ts
var rotate = __webpack_require__(9736);
;// CONCATENATED MODULE: ./src/plan/plan.ts
// The link planner: from a validated request, the target cluster's facts and a repository, the
// ordered steps (one pull request each) with the full content of every file they create or edit.
// It reads only through RepoReader and writes nothing.
















async function planLink(repo, req, facts, options = {}) {
    // Discover everything first, then decide the grant in one pass.
    const layout = await (0,discover/* discoverLayout */.CA)(repo, req, facts);
    const inputs = await (0,discover/* discoverGrantInputs */.jt)(repo, req, layout, (0,link_names/* linkFileNames */.Xr)(req.argocdClusterName));
    const grant = (0,link_grant/* decideGrant */.du)(req, facts, layout, inputs);
    return buildPlan(repo, req, facts, layout, grant, options);
}
async function buildPlan(repo, req, facts, layout, grant, options = {}) {
    const release = req.dedicatedInstance ? (0,discover/* dedicatedReleaseName */.CI)(req) : layout.argocd.releaseName;
    const read = async (path) => repo.readFile(path);
    const names = (0,link_names/* linkNames */.JP)(req, layout, release, await legacyNames(read, req, layout, grant, release));
    const files = await repo.listFiles();
    const layers = (0,tree/* findLayers */.Yt)(files);
    const hasTagsLocal = async (layerPath) => {
        for (const path of layers.find((l) => l.path === layerPath)?.tfFiles ?? []) {
            const text = (await repo.readFile(path)) ?? "";
            if ((0,parsed_file/* blocksOf */.S)((0,parsed_file/* parsedFile */.U)(path, text), "locals").some((b) => (0,scan/* findAttribute */.Oh)(b, "tags")))
                return true;
        }
        return false;
    };
    await checkMethod(files, read, names, req);
    const link = {
        req,
        facts,
        layout,
        grant,
        names,
        argocd: await argoPlacement(layout, names, req, read),
        ...(options.date ? { date: options.date } : {}),
        read,
        hasTagsLocal,
    };
    const drafts = [];
    for (const kind of registry/* LINK_STEPS */.jl) {
        if (!kind.needed(link))
            continue;
        drafts.push({
            kind,
            account: kind.side === "source" ? req.sourceAccount : req.targetAccount,
            layers: kind.layers(link),
            files: await kind.files(link),
            removes: kind.removes?.(link) ?? [],
        });
    }
    await checkOwnership(drafts, read, names, req, sharedFiles(link));
    await checkProviderVersions(drafts, layers, read);
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
        for (const path of draft.removes) {
            const previous = await read(path);
            if (previous !== undefined)
                changes.push({ path, action: "delete", content: "", previous });
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
        // The pull request records a new token's date: a rerun before it is merged plans the same one.
        const date = options.date;
        if (date &&
            step.files.some((f) => f.action === "create" && f.content.includes(`\n# ${(0,token_slots/* createdLine */.Xt)(date)}\n`)))
            step.body += `\n${(0,rotate/* dateMarker */.ze)(date)}\n`;
    }
    return { linkId: names.id, steps, upToDate, ...(0,notes/* planNotes */.vy)(plan_notes(req, facts, grant)) };
}
/** Where the ArgoCD that gets the cluster lives, and its current values (the values file must exist). */
async function argoPlacement(layout, names, req, read) {
    const dedicated = req.dedicatedInstance;
    // Discovery returns the instance itself when an earlier link created it: this link adds its entry.
    const newInstance = dedicated && !instanceExists(layout, names.release);
    const valuesPath = newInstance
        ? (0,tree/* joinPath */.uJ)(layout.argocd.layer, names.files.instanceValues)
        : requireValuesFile(layout);
    const currentValues = newInstance ? undefined : await read(valuesPath);
    const parsedValues = currentValues === undefined ? undefined : (0,values_yaml/* parseValues */.Qc)(currentValues, names.id);
    return {
        dedicated,
        newInstance,
        namespace: dedicated ? names.release : layout.argocd.namespace,
        valuesPath,
        currentValues,
        parsedValues,
        serviceAccounts: serviceAccountNames(parsedValues?.doc, layout.argocd.chartVersion, names.release, req.method === "iam-role"),
    };
}
function instanceExists(layout, release) {
    return layout.argocd.managedByLink && layout.argocd.releaseName === release;
}
/**
 * Names from before link, release and instance names were kept apart (see LegacyNames), found in
 * the repository so that what is applied keeps its Terraform addresses and AWS names.
 */
async function legacyNames(read, req, layout, grant, release) {
    const legacy = {};
    const snake = (0,link_names/* snakeCase */.LW)(req.argocdClusterName);
    const mine = (text) => text !== undefined && (0,link_names/* ownerOf */.bf)(text, req.argocdClusterName) !== undefined;
    if (layout.identities) {
        const file = `ids_argocd_link_${(0,link_names/* snakeCase */.LW)(release)}.tf`;
        const text = await read((0,tree/* joinPath */.uJ)(layout.identities.path, file));
        if (text?.startsWith((0,link_names/* releaseRoleHeader */.LO)(release))) {
            legacy.releaseRoleFile = file;
            // Kept as written: a new role_name would replace the role every link of the release assumes.
            const roleName = /^\s*role_name\s*=\s*"((?:[^"\\]|\\.)*)"\s*$/m.exec(text)?.[1];
            if (roleName)
                legacy.sourceRoleNameExpr = roleName;
        }
    }
    if (mine(await read((0,tree/* joinPath */.uJ)(layout.targetCluster.path, `argocd_link_${snake}_access.tf`)))) {
        legacy.accessEntryFile = `argocd_link_${snake}_access.tf`;
    }
    if (grant.rbac.needed) {
        const text = await read((0,tree/* joinPath */.uJ)(grant.rbac.layer.path, `argocd_link_${snake}.tf`));
        if (mine(text) && text.includes(`"argocd_link_${snake}_cluster_scoped"`))
            legacy.clusterScoped = true;
    }
    // The release's own helm file (a new dedicated instance has none yet): the IRSA variable and its value.
    if (!req.dedicatedInstance || instanceExists(layout, release)) {
        const helm = layout.files.get(layout.argocd.file)?.text ?? "";
        const line = new RegExp(`^\\s*${link_names/* LEGACY_IRSA_VAR */.oC}\\s*=(.*)$`, "m").exec(helm)?.[1] ?? "";
        if (line && !line.includes(":role/argocd-link-"))
            legacy.irsaVar = true;
    }
    return legacy;
}
/**
 * The files a link may change without owning them, and only by adding its own lines: the values
 * template and the helm_release file of its ArgoCD (an existing release or instance), the release's
 * IRSA role file, and the cluster layer's map_roles file.
 */
function sharedFiles(link) {
    const { layout, grant, names, argocd } = link;
    const shared = new Set();
    if (!argocd.newInstance)
        shared.add(argocd.valuesPath).add(layout.argocd.file);
    if (layout.identities)
        shared.add((0,tree/* joinPath */.uJ)(layout.identities.path, names.files.releaseRole));
    if (grant.method === "iam-role" && grant.cluster.kind === "aws-auth")
        shared.add(grant.cluster.mapRoles.file);
    return shared;
}
/**
 * Refuse a plan that would touch a file the link does not own: its first line must name the link
 * (with the same owner), or it must be one of the shared files; a release's IRSA role file must be
 * that release's. Names are disjoint by construction (link/names.ts); this catches what predates them or
 * was written by hand.
 */
async function checkOwnership(drafts, read, names, req, shared) {
    const mine = (0,link_names/* ownerLine */.oE)(names.release, req);
    const seen = new Map();
    for (const draft of drafts) {
        for (const path of [...draft.files.keys(), ...draft.removes]) {
            const other = seen.get(path);
            if (other !== undefined) {
                throw new core_errors/* LayoutError */.Rd(`Steps ${other} and ${draft.kind.id} would both write ${path}: the layers they change are the same ` +
                    `folder. Set target-rbac-layer (or argocd-layer) to a layer of its own.`);
            }
            seen.set(path, draft.kind.id);
            const previous = await read(path);
            if (previous === undefined)
                continue;
            const theirs = (0,link_names/* ownerOf */.bf)(previous, names.id);
            if (theirs !== undefined) {
                if (theirs === mine)
                    continue;
                throw new core_errors/* LayoutError */.Rd(`argocd-cluster-name "${names.id}" is already used by another link (${theirs}; ${path}). ` +
                    `Choose another argocd-cluster-name, or remove that link first.`);
            }
            const releaseRole = path.endsWith(`/${names.files.releaseRole}`);
            if (shared.has(path) && (!releaseRole || previous.startsWith((0,link_names/* releaseRoleHeader */.LO)(names.release))))
                continue;
            const firstLine = previous.split("\n", 1)[0].slice(0, 120);
            throw new core_errors/* LayoutError */.Rd(`The link "${names.id}" would overwrite ${path}, which it does not own (its first line: ` +
                `${JSON.stringify(firstLine)}). Choose another argocd-cluster-name${req.dedicatedInstance ? " or argocd-instance" : ""}, ` +
                `or move that file away.`);
        }
    }
}
/** Every resource and argument a step adds must exist in the provider version its layer runs. */
async function checkProviderVersions(drafts, layers, read) {
    for (const draft of drafts) {
        const byLayer = new Map();
        for (const [path, text] of draft.files) {
            if (!path.endsWith(".tf"))
                continue;
            const previous = await read(path);
            const list = byLayer.get((0,tree/* dirname */.pD)(path)) ?? [];
            list.push({ path, text, ...(previous !== undefined ? { previous } : {}) });
            byLayer.set((0,tree/* dirname */.pD)(path), list);
        }
        for (const [layer, changes] of byLayer) {
            const paths = new Set([
                ...(layers.find((l) => l.path === layer)?.tfFiles ?? []),
                ...changes.map((c) => c.path),
            ]);
            const files = [];
            for (const path of paths) {
                const text = draft.files.get(path) ?? (await read(path)) ?? "";
                files.push((0,parsed_file/* parsedFile */.U)(path, text));
            }
            (0,providers/* requireProviderFeatures */.S1)(layer, files, await read(`${layer}/.terraform.lock.hcl`), changes);
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
        if ((0,link_names/* ownerOf */.bf)(text, names.id) !== undefined && otherMethod(path, text)) {
            throw new core_errors/* LayoutError */.Rd(`Link "${names.id}" exists with the other method (${path}). Changing the method of an existing link is not ` +
                `supported: its roles or token and grants would stay. Remove that link's files first (every ` +
                `*argocd_link_${names.snake}*.tf and its entries in map_roles and the ArgoCD values), or choose another ` +
                `argocd-cluster-name.`);
        }
    }
}
function requireValuesFile(layout) {
    if (!layout.argocd.valuesFile) {
        throw new core_errors/* LayoutError */.Rd(`resource "helm_release" "${layout.argocd.resourceName}" in ${layout.argocd.file} has no ` +
            `templatefile("chart-values/<file>.yaml", { ... }) element in values: the cluster entry and its template ` +
            `variables go there. Move the chart values into such a template, then run again.`);
    }
    return layout.argocd.valuesFile;
}
/** The components whose service accounts talk to clusters (IRSA subjects), in trust-policy order. */
const IRSA_COMPONENTS = ["controller", "applicationSet", "server"];
/**
 * Service account names as the release's chart renders them: the name set in the values (a chart
 * user may rename them), else the pinned chart version's default, which on some versions is derived
 * from the release name (argo-cd 5.x before 5.19.2: `<release>-applicationset-controller`).
 */
function serviceAccountNames(values, chartVersion, release, 
/** Only iam-role links name the accounts (in the IRSA trust policy): others never need to know them. */
needed) {
    // Unparsable values are reported by the values edit itself, with a snippet to add by hand.
    const usable = values && values.errors.length === 0 && (0,dist/* isMap */.jh)(values.contents);
    return IRSA_COMPONENTS.map((component) => {
        const configured = usable ? values.getIn([component, "serviceAccount", "name"]) : undefined;
        const name = typeof configured === "string" && /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(configured)
            ? configured
            : undefined;
        if (name)
            return name;
        const rendered = (0,argo_cd_chart/* chartServiceAccountName */.uN)(chartVersion, component, release);
        if (!rendered.known) {
            if (!needed)
                return "";
            throw new core_errors/* LayoutError */.Rd(`Cannot tell the ${component} service account name of argo-cd chart ${chartVersion} (${rendered.reason}). ` +
                `Set ${component}.serviceAccount.name in the chart values, or use a known chart version, then run again.`);
        }
        return rendered.value;
    });
}
function plan_notes(req, facts, grant) {
    const out = [];
    if (req.readBeyondAccess && grant.cache.kind === "respect-rbac") {
        out.push((0,notes/* note */.N4) `read-beyond-access has no effect: ArgoCD ${grant.cache.argoCdVersion} reads resource.respectRBAC, so the link reads nothing beyond ${req.access}.`);
    }
    if (facts.endpointPublicAccess === false) {
        out.push((0,notes/* note */.N4) `${facts.name} has a private-only API endpoint: ArgoCD needs a network path to it (e.g. VPC peering and DNS resolution).`);
    }
    if (req.namespaces.length > 0 && !(0,link_grant/* clusterWide */.MO)(req)) {
        out.push((0,notes/* note */.N4) `The namespaces ${req.namespaces} must exist in ${facts.name}: ArgoCD may not create them.`);
    }
    if (req.method === "bearer-token") {
        out.push((0,notes/* note */.N4) `The ServiceAccount token does not expire: the Action's scheduled rotation (or the CLI's rotate) replaces it through two token slots, so ArgoCD always holds a valid token; apply the target layer, then the ArgoCD layer.`);
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
/**
 * No `--`: names derived from a link add their kind after `--` (`__` in Terraform names), so that no
 * link name can produce another link's, a release's or its own suffixed names (link/names.ts).
 */
const ARGOCD_CLUSTER_NAME = {
    max: ARGOCD_CLUSTER_NAME_MAX,
    pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/,
    words: `a DNS-1123 label without '--': lowercase letters and digits, words joined by single '-'`,
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
    "read-beyond-access",
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
        throw new core_errors/* InvalidInputError */.oC(what, [
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
        throw new core_errors/* InvalidInputError */.oC(what, [
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
            value: (0,core_errors/* show */.WU)(lineText.replace(/\r?\n$/, "")),
            message: `is not valid YAML or JSON: ${(0,core_text/* oneLine */.TN)(problem.message, PARSER_MESSAGE_MAX)} at line ${line}, column ${col}`,
        };
    });
    if (syntaxErrors.length > 0)
        throw new core_errors/* InvalidInputError */.oC(what, syntaxErrors);
    let value;
    try {
        value = doc.toJS();
    }
    catch (error) {
        // e.g. too many alias expansions (a "billion laughs" document).
        throw new core_errors/* InvalidInputError */.oC(what, [
            {
                field: "(root)",
                value: "the document",
                message: `cannot be read: ${(0,core_text/* oneLine */.TN)(error instanceof Error ? error.message : String(error), PARSER_MESSAGE_MAX)}`,
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
        throw new core_errors/* InvalidInputError */.oC(what, [
            {
                field: "(root)",
                value: (0,core_errors/* show */.WU)(input),
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
            value: (0,core_errors/* show */.WU)(input[key]),
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
        errors.push({ field: key, value: (0,core_errors/* show */.WU)(undefined), message: `is required: ${allowed}` });
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
            value: (0,core_errors/* show */.WU)(value),
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
    const readBeyondAccess = optional("read-beyond-access", (v) => readFlag(errors, "read-beyond-access", v));
    const argocdClusterName = optional("argocd-cluster-name", (v) => readText(errors, "argocd-cluster-name", v, ARGOCD_CLUSTER_NAME)) ??
        (targetCluster === undefined ? undefined : defaultClusterName(targetCluster));
    const labels = optional("labels", (v) => readLabels(errors, v)) ?? {};
    const targetClusterLayer = optional("target-cluster-layer", (v) => readLayerPath(errors, "target-cluster-layer", v));
    const argocdLayer = optional("argocd-layer", (v) => readLayerPath(errors, "argocd-layer", v));
    const targetRbacLayer = optional("target-rbac-layer", (v) => readLayerPath(errors, "target-rbac-layer", v));
    // Judged on what was asked, not on the namespaces that are valid: an invalid namespace must not hide it.
    if (access === "cluster-admin" && (namespaces?.length ?? namesSomeNamespace(get("namespaces"))) > 0) {
        errors.push({
            field: "access",
            value: (0,core_errors/* show */.WU)(access),
            message: "cluster-admin is cluster-wide and cannot be limited to namespaces; use admin, edit or view with namespaces, or remove namespaces",
        });
    }
    if (readBeyondAccess === true && access === "cluster-admin") {
        errors.push({
            field: "read-beyond-access",
            value: (0,core_errors/* show */.WU)(get("read-beyond-access")),
            message: "only applies to admin, edit or view; cluster-admin already reads everything",
        });
    }
    if (clusterResources === true && namespaces?.length === 0) {
        errors.push({
            field: "cluster-resources",
            value: (0,core_errors/* show */.WU)(get("cluster-resources")),
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
            errors.push({ field, value: (0,core_errors/* show */.WU)(path), message: `must be a layer under ${prefix}` });
        }
    }
    if (errors.length > 0)
        throw new core_errors/* InvalidInputError */.oC(what, errors);
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
    return /^[A-Za-z0-9_.-]{1,64}$/.test(key) ? key : (0,core_errors/* show */.WU)(key);
}
function readChoice(errors, field, value, choices) {
    if (typeof value === "string" && choices.includes(value))
        return value;
    const suggestion = typeof value === "string" ? closest(value, choices) : undefined;
    errors.push({
        field,
        value: (0,core_errors/* show */.WU)(value),
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
    errors.push({ field, value: (0,core_errors/* show */.WU)(value), message: "must be true or false" });
    return undefined;
}
/** How many namespaces a raw value names (0 for none or for a value of the wrong kind). */
function namesSomeNamespace(value) {
    if (Array.isArray(value))
        return value.length;
    if (typeof value === "string")
        return value.split(",").filter((item) => item.trim() !== "").length;
    return 0;
}
/** A list of namespaces, or one comma-separated string (as a workflow_dispatch input sends it). */
function readNamespaces(errors, value) {
    const field = "namespaces";
    let items;
    if (typeof value === "string") {
        if (hasControlCharacter(value)) {
            errors.push({
                field,
                value: (0,core_errors/* show */.WU)(value),
                message: "must not contain control characters or line breaks",
            });
            return undefined;
        }
        if (value.length > MAX_NAMESPACES * (NAMESPACE.max + 1)) {
            errors.push({
                field,
                value: (0,core_errors/* show */.WU)(value),
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
            value: (0,core_errors/* show */.WU)(value),
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
        errors.push({ field: itemField, value: (0,core_errors/* show */.WU)(item), message: `is a duplicate of ${field}[${first}]` });
    });
    return valid ? [...firstIndex.keys()].sort() : undefined;
}
function readLabels(errors, value) {
    if (!isMapping(value)) {
        errors.push({
            field: "labels",
            value: (0,core_errors/* show */.WU)(value),
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
        const field = `labels.${(0,core_errors/* show */.WU)(key)}`;
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
        errors.push({ field, value: (0,core_errors/* show */.WU)(key), message: `label key ${message}` });
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
        errors.push({ field, value: (0,core_errors/* show */.WU)(value), message: `label value ${message}` });
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
        errors.push({ field, value: (0,core_errors/* show */.WU)(value), message: "must not contain '.' or '..' path segments" });
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

// EXTERNAL MODULE: ./src/repo/reader.ts
var reader = __webpack_require__(6549);
// EXTERNAL MODULE: ./src/cli/command.ts
var cli_command = __webpack_require__(3567);
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
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
    // Each step keeps its own number in the apply order, so a header matches its pull request's title
    // even when an earlier step is already in place.
    for (const step of plan.steps) {
        out.push("", `== ${step.number}. ${step.title}`, `   account ${step.account}; layers: ${step.layers.join(", ")}`);
        for (const f of step.files)
            out.push(`   ${f.action} ${f.path}`);
        out.push("   then run:", ...step.apply.map((c) => `     ${c}`));
        if (withDiffs) {
            for (const f of step.files) {
                const before = f.action === "create" ? "/dev/null" : `a/${f.path}`;
                const after = f.action === "delete" ? "/dev/null" : `b/${f.path}`;
                out.push("", (0,create/* createTwoFilesPatch */.ss)(before, after, f.previous ?? "", f.content, "", "").trimEnd());
            }
        }
    }
    if (plan.notes.length > 0)
        out.push("", "Notes:", ...plan.notes.map((n) => `  - ${n}`));
    return out.join("\n") + "\n";
}

;// CONCATENATED MODULE: ./src/cli/link.ts
// The `plan` and `apply` commands: read the request, the facts and the repository folder, plan the
// link and print it or write one local branch per step. Loaded only when one of them runs.











/** The --repo folder, checked up front so that a wrong path is one clear line, not a failure deep in discovery. */
async function repoFolder(path) {
    const dir = (0,external_node_path_.resolve)(path ?? ".");
    const what = path === undefined ? `the current directory ${dir}` : `--repo ${JSON.stringify(path)}`;
    let isDirectory;
    try {
        isDirectory = (await (0,promises_.stat)(dir)).isDirectory();
    }
    catch (error) {
        throw new cli_command/* CliUsageError */._x(`${what} cannot be read: ${(0,cli_command/* whyUnreadable */._p)(error)}.`);
    }
    if (!isDirectory)
        throw new cli_command/* CliUsageError */._x(`${what} is a file: give the folder of the Leverage repository.`);
    return dir;
}
async function runLinkCommand(command, { values, io, stderr }) {
    const missing = ["request", "facts"].filter((k) => !values[k]);
    if (missing.length > 0)
        throw new cli_command/* CliUsageError */._x(`Missing ${missing.map((m) => `--${m}`).join(" and ")}.`);
    const repoDir = await repoFolder(values.repo);
    const request = parseLinkRequestText(await (0,cli_command/* readInputFile */.jH)(values.request, "--request"), values.request);
    const facts = parseClusterFactsText(await (0,cli_command/* readInputFile */.jH)(values.facts, "--facts"), values.facts);
    const mismatch = checkFactsMatchRequest(facts, request);
    if (mismatch.length > 0)
        throw new core_errors/* InvalidInputError */.oC(`link request ${values.request} with facts ${values.facts}`, mismatch);
    const git = command === "apply" ? openGit(repoDir, stderr, "apply") : undefined;
    if (git === null)
        return 1;
    stderr(`Planning link ${request.argocdClusterName} in ${repoDir}\n`);
    return printOrWrite(await planLink(new reader/* FolderRepo */.b(repoDir), request, facts, { date: (io.now ?? (() => new Date()))() }), git, values.json, io.stdout, stderr);
}
/**
 * The repository as a git work tree that branches can be written to; null (after saying why) when
 * it is not one or has uncommitted changes.
 */
function openGit(repoDir, stderr, command) {
    const git = new local_branches/* LocalGit */.w(repoDir);
    if (!git.isRepository()) {
        stderr(`${repoDir} is not inside a git work tree: ${command} writes branches, so run it in a clone.\n`);
        return null;
    }
    if (!git.isClean()) {
        stderr(`${repoDir} has uncommitted changes: commit or stash them first, so the branches start from HEAD.\n`);
        return null;
    }
    return git;
}
/** Prints a plan (no git) or writes one local branch per step and prints them; exit code 0. */
function printOrWrite(plan, git, json, stdout, stderr) {
    if (!git) {
        stdout(json ? JSON.stringify(planJson(plan), null, 2) + "\n" : renderPlan(plan));
        return 0;
    }
    const branches = applyPlan(git, plan);
    for (const b of branches)
        stderr(`${b.outcome.padEnd(9)} ${b.branch} ${b.commit.slice(0, 12)}\n`);
    stdout(json
        ? JSON.stringify({ ...planJson(plan), branches }, null, 2) + "\n"
        : `${renderPlan(plan, false)}${branches.length
            ? `\nBranches (apply in this order):\n${branches.map((b) => `  ${b.branch} (${b.outcome})\n`).join("")}`
            : ""}`);
    return 0;
}
function applyPlan(git, plan) {
    const base = git.resolve("HEAD");
    if (!base)
        throw new core_errors/* LayoutError */.Rd(`The repository has no commit yet: commit the Leverage code first.`);
    return plan.steps.map((step) => git.writeStep((0,names/* stepBranch */.H)(plan.linkId, step.id), base, step, `${step.title}\n\n${step.body}`));
}


/***/ }),

/***/ 6437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kt: () => (/* binding */ ARN_ANNOTATION),
  Ys: () => (/* binding */ IRSA_ANNOTATION),
  Jh: () => (/* binding */ POD_ROLE_ANNOTATION),
  bM: () => (/* binding */ editValues),
  Qc: () => (/* binding */ parseValues),
  Uy: () => (/* binding */ templateLiteral)
});

// UNUSED EXPORTS: snippetFor

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/edit/values-skeleton.ts
// The values template with the cluster entries a link does not touch left out. The file grows by
// one `configs.clusterCredentials` entry per link, and parsing all of it made the 200th plan cost
// more than twice the first (issue 12). A link reads and edits only its own entry, the end of the
// collection and settings outside it, so each run of other entries is replaced by one stand-in
// line that the parser reads as an entry of the same collection; after the edit each stand-in is
// replaced by the lines it stood for.
//
// Where an entry ends is told by indentation: inside a block collection, a line at the entries'
// indentation starts the next entry (a quoted scalar or flow collection going on at that
// indentation is a YAML error). Left-out lines are checked for what could make the cut unsure or
// is the likeliest way a hand edit breaks the file: a tab in the indentation, a quote not closed on
// its line, a block scalar (whose lines may look like comments at the end of an entry), an anchor;
// any of these, or a layout this scan does not know, parses the whole file. A last entry followed
// by comments stays in the parse (the parser may count those comments as its own). The caller
// also checks that the stand-ins parse where they were put, so a misread costs time, never a wrong
// edit. The limit: other mistakes inside another link's entry (a duplicate key, a wrong indent)
// are not seen by this plan. Those lines stay exactly as they were, and Helm rejects them when the
// layer is applied; a whole-file parse used to refuse the file instead.
/** Stand-in keys start with this; a file that already holds it is parsed whole. */
const STAND_IN_PREFIX = "argocd-cluster-link-left-out-";
/** A line with a tab in its indentation, a quote it does not close, a block scalar header or an anchor. */
const UNSURE_LINE = new RegExp([
    String.raw `^ *\t`,
    String.raw `^(?!(?:[^"'\n]|"(?:[^"\\\n]|\\.)*"|'[^'\n]*')*$)`,
    String.raw `(?:^|[ \t])[|>][-+1-9]*[ \t]*(?:#.*)?$`,
    // An anchor: an alias outside the left-out lines could name it.
    String.raw `(?:^|[ \t[{,])&[^ \t\n]`,
].join("|"), "m");
/** Whether lines of an entry may be left out of the parse (see UNSURE_LINE). */
function canLeaveOut(lines) {
    return !UNSURE_LINE.test(lines);
}
/**
 * The skeleton of `text` for the link whose entry is named `keep`, or undefined when nothing can
 * be left out (no block `configs.clusterCredentials`, no other entries, or a layout this scan does
 * not read with certainty).
 */
function skeletonOf(text, keep) {
    // Link ids are DNS labels (request/parse.ts): found verbatim in an entry's text, however quoted.
    if (text.includes("\r") ||
        text.includes(STAND_IN_PREFIX) ||
        keep.includes(STAND_IN_PREFIX) ||
        !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(keep))
        return undefined;
    const configs = /^configs:[ \t]*(?:#.*)?$/m.exec(text);
    if (!configs)
        return undefined;
    let pos = nextLine(text, configs.index);
    // configs' own keys: the first content line gives their indentation.
    let keyIndent = -1;
    let entriesFrom;
    while (pos < text.length && entriesFrom === undefined) {
        const indent = indentAt(text, pos);
        const end = nextLine(text, pos);
        if (isContent(text, pos + indent)) {
            if (indent === 0 || (keyIndent >= 0 && indent < keyIndent))
                return undefined;
            if (keyIndent < 0)
                keyIndent = indent;
            if (indent === keyIndent &&
                /^clusterCredentials:[ \t]*(?:#.*)?$/.test(lineBody(text, pos + indent, end)))
                entriesFrom = end;
        }
        pos = end;
    }
    if (entriesFrom === undefined)
        return undefined;
    // The entries: where each starts, where its last content line ends, and whether it may be the link's.
    const starts = [];
    const keeps = [];
    let lastContentEnd = entriesFrom;
    let form;
    let entryIndent = 0;
    for (pos = entriesFrom; pos < text.length;) {
        const indent = indentAt(text, pos);
        const end = nextLine(text, pos);
        const at = pos + indent;
        if (!isContent(text, at)) {
            pos = end;
            continue;
        }
        const item = text[at] === "-" && (at + 1 === text.length || text[at + 1] === " " || text[at + 1] === "\n");
        if (form === undefined) {
            if (indent < keyIndent || (indent === keyIndent && !item))
                return undefined; // no entries
            form = item ? "list" : "map";
            entryIndent = indent;
        }
        if (indent < entryIndent || (indent === entryIndent && form === "list" && !item)) {
            if (indent > keyIndent)
                return undefined; // between the two indentations: not read here
            break;
        }
        if (indent === entryIndent) {
            // A map entry is found by its key, on its first line. A complex key (`? `) is not read here;
            // an alias or merge key, or escapes in a quoted key, could be the link's: those are kept.
            if (form === "map" && (item || text[at] === "?"))
                return undefined;
            const head = lineBody(text, at, end);
            starts.push(pos);
            keeps.push(form === "map" && (head.includes(keep) || /^[*<]|\\/.test(head)));
        }
        lastContentEnd = end;
        pos = end;
    }
    if (form === undefined || starts.length === 0)
        return undefined;
    starts.push(lastContentEnd);
    // List entries name themselves on any of their lines.
    if (form === "list") {
        for (let i = 0; i < keeps.length; i++) {
            const lines = text.slice(starts[i], starts[i + 1]);
            keeps[i] = lines.includes(keep) || lines.includes("\\");
        }
    }
    // A comment after the last entry's last line may belong to it (the parser extends the entry over
    // comments as deep as its innermost map, and text added after the entry goes after them): that
    // entry stays in the parse, so its end is the parser's.
    if (/^[ \t]*#/m.test(text.slice(lastContentEnd, pos)))
        keeps[keeps.length - 1] = true;
    // Runs of entries that can be left out; an entry's lines reach the next entry's first line
    // (comments between them included), the last one's its last content line.
    const holes = [];
    const pad = " ".repeat(entryIndent);
    let out = "";
    let copied = 0;
    for (let i = 0; i < keeps.length;) {
        if (keeps[i]) {
            i++;
            continue;
        }
        let j = i;
        while (j + 1 < keeps.length && !keeps[j + 1])
            j++;
        const lines = text.slice(starts[i], starts[j + 1]);
        if (!canLeaveOut(lines))
            return undefined;
        const value = `${STAND_IN_PREFIX}${holes.length}`;
        const standIn = form === "map" ? `${pad}${value}: 0\n` : `${pad}- ${value}\n`;
        holes.push({ standIn, value, lines });
        out += text.slice(copied, starts[i]) + standIn;
        copied = starts[j + 1];
        i = j + 1;
    }
    if (holes.length === 0)
        return undefined;
    return { text: out + text.slice(copied), form, holes };
}
function nextLine(text, pos) {
    const newline = text.indexOf("\n", pos);
    return newline < 0 ? text.length : newline + 1;
}
function indentAt(text, pos) {
    let i = pos;
    while (text.charCodeAt(i) === 32)
        i++;
    return i - pos;
}
/** Whether the line that continues at `at` (after its indentation) holds more than a comment. */
function isContent(text, at) {
    const c = text[at];
    return c !== undefined && c !== "\n" && c !== "#";
}
function lineBody(text, at, end) {
    return text.slice(at, text[end - 1] === "\n" ? end - 1 : end);
}
/**
 * `edited` (the skeleton's text after edits that only added lines or replaced the link's own)
 * with each stand-in replaced by the lines it stood for; undefined if a stand-in is not found
 * exactly once at the start of a line.
 */
function restoreSkeleton(skeleton, edited) {
    let out = "";
    let copied = 0;
    for (const hole of skeleton.holes) {
        const at = edited.indexOf(hole.standIn, copied);
        if (at < 0 || (at > 0 && edited[at - 1] !== "\n"))
            return undefined;
        if (edited.indexOf(hole.standIn, at + hole.standIn.length) >= 0)
            return undefined;
        const after = at + hole.standIn.length;
        // Lines that ended the file without a newline get one only when something now follows them.
        const lines = hole.lines.endsWith("\n") || after === edited.length ? hole.lines : `${hole.lines}\n`;
        out += edited.slice(copied, at) + lines;
        copied = after;
    }
    return out + edited.slice(copied);
}

;// CONCATENATED MODULE: ./src/edit/values-yaml.ts
// Edits of the argo-cd chart values template: the cluster credential entry (a list item before chart
// 7.0.0, a map entry keyed by name from 7.0.0), the IRSA role annotation of the service accounts, the
// pod annotation that rolls their pods, and argocd-cm settings. The file is a Terraform template:
// comments and `${...}` placeholders are kept, and a file with template directives (`%{ ... }`) is
// refused because it cannot be parsed as YAML.
//
// Edits are text insertions at positions the parser reports: every line of the original stays as it
// was (sequence indentation, blank lines, comments, quoting, document markers), so the pull request's
// diff only adds lines. The only lines rewritten are the link's own entry (when it changes) and an
// empty flow collection (`{}`/`[]`, the chart's defaults) that receives block content.



const ARN_ANNOTATION = "argocd-cluster-link/eks-cluster-arn";
const IRSA_ANNOTATION = "eks.amazonaws.com/role-arn";
/**
 * Pod annotation carrying the IRSA role ARN: the EKS pod identity webhook only mutates pods when
 * they are created, so a change of the pod template (this annotation) is what makes Helm roll them.
 */
const POD_ROLE_ANNOTATION = "argocd-cluster-link/irsa-role-arn";
/** Escapes a literal for a Terraform template: `${` and `%{` would otherwise be interpolated. */
function templateLiteral(value) {
    // A function replacer: in a replacement string "$$" would itself mean one "$".
    return value.replace(/([$%])\{/g, (_match, sigil) => `${sigil}${sigil}{`);
}
/** The values an edit adds, as one object (the snippet for a person, and the content to insert). */
function editedValues(edit) {
    const { name, ...rest } = edit.credential;
    const credentials = edit.form === "list" ? [edit.credential] : { [name]: rest };
    const values = { configs: { clusterCredentials: credentials } };
    const cm = edit.cm ?? [];
    if (cm.length > 0)
        values.configs = { cm: Object.fromEntries(cm.map((s) => [s.key, s.value])), ...values.configs };
    for (const component of edit.irsaComponents ?? []) {
        values[component] = { serviceAccount: { annotations: { [IRSA_ANNOTATION]: edit.irsaRoleArn } } };
    }
    for (const path of edit.podAnnotations ?? []) {
        const [component, key] = path.split(".");
        const current = (values[component] ?? {});
        values[component] = { ...current, [key]: { [POD_ROLE_ANNOTATION]: edit.irsaRoleArn } };
    }
    return values;
}
/** Renders what an edit adds as a YAML snippet, for messages that ask a person to add it by hand. */
function snippetFor(edit) {
    return render(editedValues(edit), { indent: 2, flush: false });
}
function cannotEdit(path, why, edit) {
    throw new errors/* LayoutError */.Rd(`${path}: cannot be edited safely (${why}). Merge this into it by hand, then run again:\n\n${snippetFor(edit)}`);
}
function fileStyle(text) {
    const lines = text.split("\n");
    let flush;
    let indent;
    for (let i = 0; i + 1 < lines.length && (flush === undefined || indent === undefined); i++) {
        const key = /^(\s*)[^\s#-][^:]*:\s*(#.*)?$/.exec(lines[i]);
        if (!key)
            continue;
        let j = i + 1;
        while (j < lines.length && (lines[j].trim() === "" || lines[j].trim().startsWith("#")))
            j++;
        const next = lines[j];
        if (next === undefined)
            continue;
        const item = /^(\s*)- /.exec(next);
        const child = /^(\s*)\S/.exec(next);
        const depth = child[1].length - key[1].length;
        if (item && flush === undefined)
            flush = depth === 0;
        if (!item && indent === undefined && depth > 0)
            indent = depth;
    }
    return { indent: indent ?? 2, flush: flush ?? false };
}
/**
 * Whether a string written as a plain scalar reads back as the same string under YAML 1.1 (Helm,
 * go-yaml v2: `on`, `y`, `no`, `0b101`, `1_000` are booleans and numbers there) and YAML 1.2.
 */
function plainIsString(value) {
    if (value === "" || value !== value.trim())
        return false;
    for (const version of ["1.1", "1.2"]) {
        try {
            if ((0,dist/* parse */.qg)(`k: ${value}\n`, { version, uniqueKeys: false }).k !== value)
                return false;
        }
        catch {
            return false;
        }
    }
    return true;
}
/**
 * Renders new values as block YAML in the file's style. Every string value is double-quoted (it comes
 * from a request or from AWS, and must read back as the same string under YAML 1.1 and 1.2); keys
 * stay plain unless a YAML 1.1 reader would not read them as the same string.
 */
function render(value, style) {
    const doc = new dist/* Document */.yo(value);
    (0,dist/* visit */.YR)(doc, {
        Scalar(key, node) {
            if (typeof node.value !== "string")
                return;
            if (key !== "key" || !plainIsString(node.value))
                node.type = "QUOTE_DOUBLE";
        },
    });
    return doc.toString({ lineWidth: 0, indent: style.indent, indentSeq: !style.flush });
}
/** `rendered` (lines at column 0) moved to `column`. */
function indentLines(rendered, column) {
    const pad = " ".repeat(column);
    return rendered
        .split("\n")
        .map((line) => (line === "" ? line : pad + line))
        .join("\n");
}
const lineStart = (text, offset) => text.lastIndexOf("\n", offset - 1) + 1;
const columnOf = (text, offset) => offset - lineStart(text, offset);
/** The offset of the line after the one where a node's content ends: where text can follow it. */
function afterNode(text, node) {
    const end = (0,dist/* isPair */.tO)(node)
        ? (node.value?.range?.[1] ?? node.key.range[1])
        : node.range[1];
    if (end > 0 && text[end - 1] === "\n")
        return end;
    const newline = text.indexOf("\n", end);
    return newline < 0 ? text.length : newline + 1;
}
/** Inserts `lines` (each ending with a newline) at `offset`, adding a newline to a last line that lacks one. */
function insertAt(text, offset, lines) {
    if (offset === text.length && text.length > 0 && !text.endsWith("\n"))
        return `${text}\n${lines}`;
    return text.slice(0, offset) + lines + text.slice(offset);
}
/** Thrown for a place the text edit cannot reach (a non-empty flow collection). */
class Unreachable extends Error {
}
const keyOf = (pair) => ((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key);
const findPair = (map, key) => map.items.find((p) => (0,dist/* isPair */.tO)(p) && keyOf(p) === key);
/** A value that holds nothing yet: `key:`, `key: ~`, `key: {}`, `key: []`. */
function isEmptyValue(node) {
    if (node === null || node === undefined)
        return true;
    if ((0,dist/* isScalar */.jn)(node))
        return node.value === null;
    return ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) && node.flow === true && node.items.length === 0;
}
/**
 * Fills the empty value of `pair` with `value` (a map or a list), below the key line. `{}`, `[]`, `~`
 * or `null` after the key are removed (the only change to an existing line); a comment stays.
 */
function fillPair(text, pair, value, style) {
    const key = pair.key;
    const keyColumn = columnOf(text, key.range[0]);
    const valueNode = pair.value;
    let out = text;
    if (valueNode?.range && valueNode.range[1] > valueNode.range[0]) {
        // Remove the flow/empty token and the spaces before it, keeping what follows (a comment).
        let start = valueNode.range[0];
        while (start > 0 && out[start - 1] === " ")
            start--;
        const rest = out.slice(valueNode.range[1]);
        out = out.slice(0, start) + rest;
    }
    const lineEnd = out.indexOf("\n", key.range[0]);
    const at = lineEnd < 0 ? out.length : lineEnd + 1;
    const column = Array.isArray(value)
        ? keyColumn + (style.flush ? 0 : style.indent)
        : keyColumn + style.indent;
    return insertAt(out, at, indentLines(render(value, style), column));
}
/** Nests `value` under `keys`: (["a", "b"], v) -> {a: {b: v}}. */
const nest = (keys, value) => keys.reduceRight((inner, key) => ({ [key]: inner }), value);
/** Where `path` is in the document: its pair, or the map (or empty value) its first missing key goes into. */
function locate(doc, path, filePath) {
    let node = doc.contents;
    if (node === null || ((0,dist/* isScalar */.jn)(node) && node.value === null))
        return { kind: "add", map: null, depth: 0 };
    for (let depth = 0; depth < path.length; depth++) {
        if (!(0,dist/* isMap */.jh)(node)) {
            throw new errors/* LayoutError */.Rd(`${filePath}: ${path.slice(0, depth).join(".") || "the document"} is not a map.`);
        }
        if (node.flow)
            throw new Unreachable(path.slice(0, depth).join("."));
        const pair = findPair(node, path[depth]);
        if (!pair)
            return { kind: "add", map: node, depth };
        if (depth === path.length - 1)
            return { kind: "exists", pair };
        if (isEmptyValue(pair.value))
            return { kind: "fill", pair, depth: depth + 1 };
        node = pair.value;
    }
    throw new Error("unreachable: empty path");
}
/** Adds `path: value` where the path (or part of it) is missing; an existing leaf is left to the caller. */
function addIn(text, path, value, style, filePath, parse) {
    const doc = parse(text);
    const slot = locate(doc, path, filePath);
    if (slot.kind === "exists") {
        if (!isEmptyValue(slot.pair.value))
            throw new Error(`addIn: ${path.join(".")} already has a value`);
        return fillPair(text, slot.pair, value, style);
    }
    const rest = nest(path.slice(slot.depth + 1), value);
    const key = path[slot.depth];
    if (slot.kind === "fill")
        return fillPair(text, slot.pair, { [key]: rest }, style);
    const map = slot.map;
    const items = (map?.items ?? []);
    if (!map || items.length === 0) {
        // An empty document: the new key goes at the end, before a `...` end marker if there is one.
        const end = /(^|\n)\.\.\.[ \t]*(#.*)?\n?\s*$/.exec(text);
        const at = end ? end.index + (end[1] ? 1 : 0) : text.length;
        return insertAt(text, at, render({ [key]: rest }, style));
    }
    const column = columnOf(text, items[0].key.range[0]);
    return insertAt(text, afterNode(text, items[items.length - 1]), indentLines(render({ [key]: rest }, style), column));
}
/** Replaces a node's whole lines (from its first line to after its content) with `rendered` at its column. */
function replaceLines(text, start, after, rendered, column) {
    return text.slice(0, lineStart(text, start)) + indentLines(rendered, column) + text.slice(after);
}
const parseYamlDocument = (text) => (0,dist/* parseDocument */.Tp)(text, { keepSourceTokens: false, logLevel: "silent" });
/**
 * Parses a values template. Given the name of the cluster entry a link edits, the entries of other
 * links are left out when that is safe; the whole file is parsed when it is not, and when the
 * skeleton has errors or does not parse into the shape it was cut to (then the errors reported are
 * the whole file's).
 */
function parseValues(text, entryName) {
    const skeleton = entryName === undefined ? undefined : skeletonOf(text, entryName);
    if (skeleton) {
        const doc = parseYamlDocument(skeleton.text);
        if (doc.errors.length === 0 && standInsInPlace(doc, skeleton))
            return { text: skeleton.text, doc, skeleton };
    }
    return { text, doc: parseYamlDocument(text) };
}
/** Whether every stand-in parsed as an entry of a block configs.clusterCredentials of the skeleton's form. */
function standInsInPlace(doc, skeleton) {
    const credentials = doc.getIn(["configs", "clusterCredentials"], true);
    const found = new Set();
    if (skeleton.form === "map" && (0,dist/* isMap */.jh)(credentials) && !credentials.flow) {
        for (const pair of credentials.items) {
            if ((0,dist/* isScalar */.jn)(pair.key) && (0,dist/* isScalar */.jn)(pair.value) && pair.value.value === 0)
                found.add(pair.key.value);
        }
    }
    else if (skeleton.form === "list" && (0,dist/* isSeq */.oP)(credentials) && !credentials.flow) {
        for (const item of credentials.items)
            if ((0,dist/* isScalar */.jn)(item))
                found.add(item.value);
    }
    return skeleton.holes.every((hole) => found.has(hole.value));
}
/**
 * Whether the text holds more than one YAML document. A second document needs a `---` or `...`
 * marker at the start of a line, so only a text with one is parsed again (in full) to count them.
 */
function manyDocuments(text) {
    if (!/^(?:---|\.\.\.)(?:[ \t\r]|$)/m.test(text))
        return false;
    return (0,dist/* parseAllDocuments */.hR)(text, { logLevel: "silent" }).length > 1;
}
/**
 * The document of `text`, parsed again only when the text changed since the last call: most edits
 * of a rerun or of a further link leave the file as it is, and each parse reads the whole file.
 */
function parserFrom(text, doc) {
    let last = { text, doc };
    return (current) => {
        if (current !== last.text)
            last = { text: current, doc: parseYamlDocument(current) };
        return last.doc;
    };
}
function credentialsEdit(text, path, edit, style, parse) {
    const { credential } = edit;
    const doc = parse(text);
    const own = (existing) => {
        const annotations = existing?.annotations;
        return annotations?.[ARN_ANNOTATION] === credential.annotations[ARN_ANNOTATION];
    };
    const foreign = () => new errors/* LayoutError */.Rd(`${path}: ArgoCD already has a cluster named "${credential.name}" that argocd-cluster-link did not create ` +
        `for this target. Choose another argocd-cluster-name.`);
    const slot = locate(doc, ["configs", "clusterCredentials"], path);
    const { name, ...rest } = credential;
    const fresh = edit.form === "list" ? [credential] : { [name]: rest };
    if (slot.kind !== "exists" || isEmptyValue(slot.pair.value)) {
        return addIn(text, ["configs", "clusterCredentials"], fresh, style, path, parse);
    }
    const existing = slot.pair.value;
    if (edit.form === "list") {
        if (!(0,dist/* isSeq */.oP)(existing)) {
            throw new errors/* LayoutError */.Rd(`${path}: configs.clusterCredentials is a map, but the chart version in use (< 7.0.0) expects a list.`);
        }
        if (existing.flow)
            throw new Unreachable("configs.clusterCredentials");
        const items = existing.items;
        const index = items.findIndex((item) => (0,dist/* isMap */.jh)(item) && item.get("name") === credential.name);
        // The sequence starts at its first `-`: the first item's own content may sit on the next line
        // (`-` alone, or `- # comment`), indented deeper than the dashes.
        const column = columnOf(text, existing.range[0]);
        const rendered = render([credential], style);
        if (index < 0)
            return insertAt(text, afterNode(text, items[items.length - 1]), indentLines(rendered, column));
        const item = items[index];
        if (!own(item.toJSON()))
            throw foreign();
        if (JSON.stringify(item.toJSON()) === JSON.stringify(credential))
            return text;
        return replaceLines(text, item.range[0], afterNode(text, item), rendered, column);
    }
    if (!(0,dist/* isMap */.jh)(existing)) {
        throw new errors/* LayoutError */.Rd(`${path}: configs.clusterCredentials is a list, but the chart version in use (>= 7.0.0) expects a map keyed by cluster name.`);
    }
    if (existing.flow)
        throw new Unreachable("configs.clusterCredentials");
    const current = findPair(existing, name);
    if (!current)
        return addIn(text, ["configs", "clusterCredentials", name], rest, style, path, parse);
    if (!((0,dist/* isMap */.jh)(current.value) && own(current.value.toJSON())))
        throw foreign();
    if (JSON.stringify(current.value.toJSON()) === JSON.stringify(rest))
        return text;
    const key = current.key;
    return replaceLines(text, key.range[0], afterNode(text, current), render({ [name]: rest }, style), columnOf(text, key.range[0]));
}
/** Whether `doc` has `path` set to `value`, or to a value `keep` accepts. */
function settled(doc, path, value, keep) {
    let slot;
    try {
        slot = locate(doc, path, "");
    }
    catch {
        return false; // the full edit reports it
    }
    if (slot.kind !== "exists" || isEmptyValue(slot.pair.value))
        return false;
    const current = (0,dist/* isScalar */.jn)(slot.pair.value) ? slot.pair.value.value : slot.pair.value.toJSON();
    return current === value || keep(current) === true;
}
/**
 * Sets `path` to a scalar: added when absent; `keep(current)` decides about a value already there
 * (true: leave it, a string: the refusal; false: rewrite the link's own value).
 */
function scalarEdit(text, path, value, style, filePath, keep, parse, original) {
    // The edits before this one added or replaced other paths only, so a value already as wanted in
    // the original document still is: no need to parse the edited text to see it.
    if (settled(original, path, value, keep))
        return text;
    const slot = locate(parse(text), path, filePath);
    if (slot.kind !== "exists" || isEmptyValue(slot.pair.value)) {
        if (slot.kind === "exists" && slot.pair.value !== null && !(0,dist/* isScalar */.jn)(slot.pair.value)) {
            throw new errors/* LayoutError */.Rd(`${filePath}: ${path.join(".")} is a collection, not a string.`);
        }
        if (slot.kind === "exists") {
            // `key:` with nothing after it: rewrite that line only.
            const key = slot.pair.key;
            const after = afterNode(text, slot.pair);
            return replaceLines(text, key.range[0], after, render({ [path.at(-1)]: value }, style), columnOf(text, key.range[0]));
        }
        return addIn(text, path, value, style, filePath, parse);
    }
    const current = (0,dist/* isScalar */.jn)(slot.pair.value) ? slot.pair.value.value : slot.pair.value.toJSON();
    if (current === value)
        return text;
    const verdict = keep(current);
    if (verdict === true)
        return text;
    if (typeof verdict === "string")
        throw new errors/* LayoutError */.Rd(`${filePath}: ${verdict}`);
    const key = slot.pair.key;
    return replaceLines(text, key.range[0], afterNode(text, slot.pair), render({ [path.at(-1)]: value }, style), columnOf(text, key.range[0]));
}
/**
 * Edits the values template `text`. `parsed` is `parseValues(text, ...)` when the caller already
 * has it (only used to spare a parse).
 */
function editValues(text, path, edit, parsed) {
    if (/%\{/.test(text.replace(/%%\{/g, "")))
        cannotEdit(path, "it uses template directives %{ ... }", edit);
    const values = parsed ?? parseValues(text, edit.credential.name);
    const { doc, skeleton } = values;
    if (doc.errors.length > 0)
        cannotEdit(path, `it is not valid YAML: ${doc.errors[0].message.split("\n")[0]}`, edit);
    if (doc.contents !== null && !(0,dist/* isMap */.jh)(doc.contents))
        cannotEdit(path, "its top level is not a map", edit);
    if (manyDocuments(values.text))
        cannotEdit(path, "it holds more than one YAML document", edit);
    const style = fileStyle(text);
    const parse = parserFrom(values.text, doc);
    let out = values.text;
    try {
        out = credentialsEdit(out, path, edit, style, parse);
        for (const setting of edit.cm ?? []) {
            out = scalarEdit(out, ["configs", "cm", setting.key], setting.value, style, path, (current) => setting.accepted.includes(String(current))
                ? true
                : `configs.cm."${setting.key}" is ${JSON.stringify(current)}; the link needs one of ` +
                    `${setting.accepted.map((v) => JSON.stringify(v)).join(", ")} there. Change it, then run again.`, parse, doc);
        }
        for (const component of edit.irsaComponents ?? []) {
            out = scalarEdit(out, [component, "serviceAccount", "annotations", IRSA_ANNOTATION], edit.irsaRoleArn, style, path, (current) => `${component}.serviceAccount already has ${IRSA_ANNOTATION}: ${String(current)}. The iam-role ` +
                `method needs its own role there; remove that annotation (or use method bearer-token), then run again.`, parse, doc);
        }
        for (const annotations of edit.podAnnotations ?? []) {
            // The annotation is the link's own: a changed role ARN replaces it (and rolls the pods again).
            out = scalarEdit(out, [...annotations.split("."), POD_ROLE_ANNOTATION], edit.irsaRoleArn, style, path, () => false, parse, doc);
        }
    }
    catch (e) {
        if (e instanceof Unreachable)
            cannotEdit(path, `${e.message} is a flow collection ({...} or [...])`, edit);
        throw e;
    }
    if (skeleton) {
        const restored = restoreSkeleton(skeleton, out);
        // Not expected (edits only add lines or replace the link's own entry): then edit the whole file.
        if (restored === undefined)
            return editValues(text, path, edit, parseValues(text));
        out = restored;
    }
    // Every placeholder of the original must survive the edit.
    const placeholders = (s) => s.match(/\$\{[^}]*\}/g) ?? [];
    const after = placeholders(out);
    for (const p of placeholders(text)) {
        const i = after.indexOf(p);
        if (i < 0)
            cannotEdit(path, `the placeholder ${p} would be lost`, edit);
        after.splice(i, 1);
    }
    // No second parse of `out`: it was the largest cost of a plan once the file holds many links
    // (the whole file again, per plan), and yaml's stringifier writes YAML that parses back for any
    // document that parsed without errors, which was checked above.
    return out;
}


/***/ }),

/***/ 9515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ discoverLayout),
/* harmony export */   CI: () => (/* binding */ dedicatedReleaseName),
/* harmony export */   jt: () => (/* binding */ discoverGrantInputs),
/* harmony export */   n$: () => (/* binding */ readAccounts)
/* harmony export */ });
/* unused harmony exports discoverRbacCandidates, remoteStates, accessEntriesSupport */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_versions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4506);
/* harmony import */ var _hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1974);
/* harmony import */ var _providers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5801);
/* harmony import */ var _parsed_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7540);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(232);
/* harmony import */ var _upstream_argo_cd_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1010);
// Layout discovery: finds, in a Leverage repository, every layer and file a link has to touch, and
// the conventions those layers already follow (remote-state names, chart version, aws-auth style).
// When it finds none or several candidates it stops and says what it looked for, what it found and
// which request key picks one.







const ARGO_CHART = "argo-cd";
async function discoverLayout(repo, req, facts) {
    const files = await repo.listFiles();
    const layers = (0,_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .findLayers */ .Yt)(files);
    const parsed = new Map();
    const { parse, parseLayer } = hclParser(repo, parsed);
    const project = await readProject(repo);
    const accounts = await readAccounts(repo);
    for (const [key, account] of [
        ["source-account", req.sourceAccount],
        ["target-account", req.targetAccount],
    ]) {
        if (!(account in accounts)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`${key} "${account}" is not an account of this repository: config/common.tfvars lists ` +
                `${Object.keys(accounts).join(", ") || "no accounts"}.`);
        }
        if (!files.some((f) => f.startsWith(`${account}/`))) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`${key} "${account}" has no folder "${account}/" in this repository.`);
        }
    }
    if (facts && facts.accountId !== accounts[req.targetAccount]) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`The target cluster ${facts.arn} is in account ${facts.accountId}, but config/common.tfvars gives ` +
            `${req.targetAccount} the id ${accounts[req.targetAccount]}: check target-account.`);
    }
    const argocd = await findArgoInstance(repo, layers, req, parse, parseLayer);
    const argocdLayer = layers.find((l) => l.path === argocd.layer);
    const argocdRemoteStates = remoteStateLookup(await parseLayer(argocdLayer));
    const identities = await findIdentitiesLayer(layers, argocdLayer, parseLayer);
    const targetCluster = await findClusterLayer(repo, layers, req, parse, parseLayer);
    const baseIdentities = layers.find((l) => l.account === req.targetAccount && l.region === _tree_js__WEBPACK_IMPORTED_MODULE_5__/* .GLOBAL_REGION */ .ju && l.rest === "base-identities");
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
            file = (0,_parsed_file_js__WEBPACK_IMPORTED_MODULE_4__/* .parsedFile */ .U)(path, text);
            parsed.set(path, file);
        }
        return file;
    };
    // Several lookups read the same layer: its files are gathered once.
    const layers = new Map();
    const parseLayer = (layer) => {
        let files = layers.get(layer.path);
        if (!files) {
            files = Promise.all(layer.tfFiles.map(parse));
            layers.set(layer.path, files);
        }
        return files;
    };
    return { parse, parseLayer };
}
/** Why an iam-role link cannot be planned when the target account has no base-identities layer. */
function noBaseIdentities(req, files) {
    const layers = (0,_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .findLayers */ .Yt)(files);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`No layer ${req.targetAccount}/global/base-identities: the iam-role method creates the target role there. ` +
        `Found in ${req.targetAccount}/global: ${listOrNone(layers.filter((l) => l.account === req.targetAccount && l.region === _tree_js__WEBPACK_IMPORTED_MODULE_5__/* .GLOBAL_REGION */ .ju).map((l) => l.path))}.`);
}
/**
 * The layers that can hold a link's RBAC, in the order a link prefers them (link/grant.ts picks one
 * and checks its provider versions).
 */
async function discoverRbacCandidates(repo, req, layout) {
    const { parseLayer } = hclParser(repo, layout.files);
    return findRbacCandidates(repo, (0,_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .findLayers */ .Yt)(await repo.listFiles()), layout.targetCluster, req, parseLayer);
}
/**
 * Everything the grant decision reads besides the layout, found before it decides so that it
 * decides in one pass. What a link may not need (an RBAC layer, the base-identities layer) is
 * looked up anyway; when it cannot be found, the reason is kept and reported only if needed.
 */
async function discoverGrantInputs(repo, req, layout, names) {
    const files = await repo.listFiles();
    let rbacCandidates;
    try {
        rbacCandidates = await discoverRbacCandidates(repo, req, layout);
    }
    catch (e) {
        if (!(e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd))
            throw e;
        rbacCandidates = e;
    }
    const earlierCacheRead = await findCacheReadFile(repo, files, req, names);
    const values = layout.argocd.valuesFile === undefined ? undefined : await repo.readFile(layout.argocd.valuesFile);
    return {
        rbacCandidates,
        baseIdentities: layout.targetBaseIdentities ?? noBaseIdentities(req, files),
        ...(earlierCacheRead ? { earlierCacheRead } : {}),
        // A key line, not a comment: the setting as the values file writes it.
        valuesSetRespectRbac: values !== undefined &&
            new RegExp(`^\\s*"?${_upstream_argo_cd_js__WEBPACK_IMPORTED_MODULE_6__/* .RESPECT_RBAC */ .Sz.key.replace(".", "\\.")}"?\\s*:`, "m").test(values),
    };
}
/**
 * The link's RBAC file in the target account when it holds the extra read of ArgoCD before 2.9,
 * whatever layer it was planned in, with the ArgoCD version it was written for.
 */
async function findCacheReadFile(repo, files, req, names) {
    for (const path of files) {
        if (!path.startsWith(`${req.targetAccount}/`) || !path.endsWith(`/${names.rbacFile}`))
            continue;
        const text = (await repo.readFile(path)) ?? "";
        if (!text.includes(`"${names.cacheReadResource}"`))
            continue;
        const version = /^# ArgoCD (v?[0-9][0-9A-Za-z.+-]*) \(no resource\.respectRBAC\)/m.exec(text)?.[1];
        return { path, argoCdVersion: version ?? "before 2.9" };
    }
    return undefined;
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
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd('Could not find the Leverage project name: looked for PROJECT=... in build.env and project = "..." in config/common.tfvars.');
}
function tfvarsValue(text, path, name) {
    const items = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .scanHcl */ .J$)(text, path);
    const attribute = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .findAttribute */ .Oh)(items, name);
    return attribute ? (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .literalValue */ .XP)(text, attribute.exprStart, attribute.exprEnd, path) : undefined;
}
async function readAccounts(repo) {
    const path = "config/common.tfvars";
    const text = await repo.readFile(path);
    if (text === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`No ${path}: this does not look like a Leverage repository (it holds accounts = { ... }). ` +
            "If the repository does not commit it (the reference .gitignore lists it), give the accounts in " +
            '.github/argocd-cluster-link.yml instead: accounts: { <account>: { id: "<12-digit id>" } } for each ' +
            "account the link uses, and project: <name> unless build.env sets PROJECT.");
    }
    let value;
    try {
        value = tfvarsValue(text, path, "accounts");
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`${path} could not be read: ${error.message}`);
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`${path} has no literal accounts = { <name> = { id = "<12 digits>" } } map.`);
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
/** The layer's remote states; only those named `name` when given (other files are not scanned). */
function remoteStates(files, name) {
    const out = [];
    const labels = name === undefined ? ["terraform_remote_state"] : ["terraform_remote_state", name];
    for (const file of files) {
        for (const block of (0,_parsed_file_js__WEBPACK_IMPORTED_MODULE_4__/* .blocksOf */ .S)(file, "data", ...labels)) {
            const config = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .findAttribute */ .Oh)(block, "config");
            let key;
            let region;
            if (config && file.text[config.exprStart] === "{") {
                const { items } = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .objectItems */ ._v)(file.text, config.exprStart, file.path);
                const keyItem = items.find((i) => i.key === "key");
                const regionItem = items.find((i) => i.key === "region");
                key = keyItem && (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .stringLiteral */ .Hg)(file.text.slice(keyItem.valueStart, keyItem.valueEnd));
                region = regionItem && file.text.slice(regionItem.valueStart, regionItem.valueEnd).trim();
            }
            out.push({ name: block.labels[1] ?? "", key, regionExpr: region, file: file.path });
        }
    }
    return out;
}
function remoteStateLookup(files) {
    return {
        named: (name) => remoteStates(files, name),
        regionExpr: () => {
            for (const file of files) {
                const state = remoteStates([file]).find((s) => s.regionExpr);
                if (state)
                    return state.regionExpr;
            }
            return undefined;
        },
    };
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`argocd-layer "${req.argocdLayer}" is not a layer folder with .tf files. Layers in ${req.sourceAccount}: ` +
                `${listOrNone(inAccount.map((l) => l.path))}.`);
        }
    }
    const releases = [];
    // Read the likely layers first (they keep ArgoCD values in chart-values/argo*.yaml) and the
    // others only when those hold no ArgoCD: through the API every file read is a request.
    // Layers with such a file below their chart-values/ folder, found in one pass over the listing.
    const withArgoValues = new Set();
    for (const f of await repo.listFiles()) {
        if (!/argo/i.test((0,_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .basename */ .P8)(f)))
            continue;
        for (let at = f.indexOf("/chart-values/"); at >= 0; at = f.indexOf("/chart-values/", at + 1))
            withArgoValues.add(f.slice(0, at));
    }
    const likely = (layer) => withArgoValues.has(layer.path);
    for (const group of [candidatesLayers.filter(likely), candidatesLayers.filter((l) => !likely(l))]) {
        for (const layer of group) {
            for (const file of await parseLayer(layer)) {
                for (const block of (0,_parsed_file_js__WEBPACK_IMPORTED_MODULE_4__/* .blocksOf */ .S)(file, "resource", "helm_release")) {
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`No ArgoCD found: looked for resource "helm_release" with chart = "${ARGO_CHART}" in every layer of ${where}. ` +
            `Set argocd-layer to the layer that deploys ArgoCD.`);
    }
    const listing = releases.map((r) => `${r.releaseName} (${r.file})`).join(", ");
    if (req.dedicatedInstance) {
        // The new instance goes into the layer of the existing one and follows its chart version.
        const layersFound = [...new Set(releases.map((r) => r.layer))];
        if (layersFound.length > 1) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`dedicated-instance: ArgoCD is deployed from several layers (${listing}); set argocd-layer to the one that ` +
                `should hold the new instance.`);
        }
        const taken = releases.find((r) => r.releaseName === dedicatedReleaseName(req) && !r.managedByLink);
        if (taken) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`dedicated-instance: a release named "${taken.releaseName}" already exists in ${taken.file}; choose another ` +
                `argocd-instance name for the new instance.`);
        }
        const own = releases.find((r) => r.releaseName === dedicatedReleaseName(req));
        return own ?? releases[0];
    }
    const chosen = req.argocdInstance ? releases.filter((r) => r.releaseName === req.argocdInstance) : releases;
    if (chosen.length === 1)
        return chosen[0];
    if (chosen.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`argocd-instance "${req.argocdInstance}" is not an ArgoCD release in ${where}; found: ${listing}.`);
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`Several ArgoCD releases found in ${where}: ${listing}. Set argocd-instance to the release name` +
        `${req.argocdLayer ? "" : " (or argocd-layer to its layer)"} to pick one.`);
}
function dedicatedReleaseName(req) {
    return req.argocdInstance ?? `argocd-${req.argocdClusterName}`.slice(0, 53).replace(/-+$/, "");
}
function attrString(file, block, name) {
    const attribute = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .findAttribute */ .Oh)(block, name);
    return attribute ? (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .stringLiteral */ .Hg)(file.text.slice(attribute.exprStart, attribute.exprEnd)) : undefined;
}
async function describeRelease(repo, layer, file, block, parse) {
    const resourceName = block.labels[1];
    const where = `resource "helm_release" "${resourceName}" in ${file.path}`;
    const releaseName = attrString(file, block, "name");
    if (!releaseName)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`${where}: its name is not a plain string, so the release cannot be named.`);
    const version = attrString(file, block, "version");
    if (!version || Number.isNaN(chartMajor(version))) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`${where}: version must be a plain chart version string (e.g. "7.9.1") to pick the values form.`);
    }
    const namespace = await resolveNamespace(file, block, layer, parse, where);
    const values = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .findAttribute */ .Oh)(block, "values");
    const templates = [];
    if (values && file.text[values.exprStart] === "[") {
        for (const element of (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .splitSequence */ .ou)(file.text, values.exprStart, file.path).items) {
            const text = file.text.slice(element.start, element.end);
            const call = /^templatefile\s*\(/.exec(text);
            // Before chart 7.0.0 the cluster list is replaced, not merged, by a later values element.
            if (!call && chartMajor(version) < 7 && /clusterCredentials/.test(text)) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`${where}: a values element other than a templatefile(...) sets configs.clusterCredentials. With chart ` +
                    `${version} (< 7.0.0) that list is replaced, not merged, so a new cluster entry would be dropped. Move ` +
                    `those entries into the values template, then run again.`);
            }
            if (!call)
                continue;
            // The path and where the variables object opens: the object (a variable per link) is not scanned here.
            const [pathStart, varsOpen] = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .itemStarts */ .Tq)(file.text, element.start + call[0].length - 1, 2, file.path);
            const pathArg = pathStart !== undefined &&
                (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .stringLiteral */ .Hg)(file.text.slice(pathStart, (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .scanExpressionEnd */ .D8)(file.text, pathStart, file.path)));
            if (!pathArg || varsOpen === undefined || file.text[varsOpen] !== "{")
                continue;
            templates.push({ path: (0,_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .joinPath */ .uJ)(layer.path, pathArg), relative: pathArg, varsOpen });
        }
    }
    let valuesFile;
    if (templates.length > 0) {
        // Prefer the template that already lists clusters; else the first one.
        for (const t of templates) {
            const text = await repo.readFile(t.path);
            if (text === undefined)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`${where} uses ${t.relative}, but ${t.path} does not exist.`);
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
        // argocd_instance_<release>.tf since link, release and instance names were kept apart (link/names.ts);
        // argocd_link_<release>_release.tf before.
        managedByLink: /argocd-cluster-link/.test(file.text.slice(0, 200)) &&
            /^argocd_(link|instance)_/.test((0,_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .basename */ .P8)(file.path)),
    };
}
/** The release namespace: a literal, or a reference to a kubernetes_namespace resource in the same layer. */
async function resolveNamespace(file, block, layer, parse, where) {
    const attribute = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .findAttribute */ .Oh)(block, "namespace");
    if (!attribute)
        return "default";
    const expr = file.text.slice(attribute.exprStart, attribute.exprEnd).trim();
    const literal = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .stringLiteral */ .Hg)(expr);
    if (literal)
        return literal;
    const ref = /^kubernetes_namespace(?:_v1)?\.([A-Za-z0-9_-]+)(?:\[\d+\])?\.(?:id|metadata\[0\]\.name)$/.exec(expr);
    if (ref) {
        for (const path of layer.tfFiles) {
            const other = await parse(path);
            for (const type of ["kubernetes_namespace", "kubernetes_namespace_v1"]) {
                for (const ns of (0,_parsed_file_js__WEBPACK_IMPORTED_MODULE_4__/* .blocksOf */ .S)(other, "resource", type, ref[1])) {
                    const metadata = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .findBlocks */ .yM)(ns.body, "metadata")[0];
                    const name = metadata && attrString(other, metadata, "name");
                    if (name)
                        return name;
                }
            }
        }
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`${where}: cannot tell the ArgoCD namespace from namespace = ${expr}. Write it as a string or as a reference ` +
        `to a kubernetes_namespace resource whose metadata.name is a string.`);
}
async function findIdentitiesLayer(layers, argocdLayer, parseLayer) {
    // The identities layer of the cluster ArgoCD runs in is a sibling of its components layer.
    const parent = (0,_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .dirname */ .pD)(argocdLayer.path);
    const layer = layers.find((l) => l.path === `${parent}/identities`);
    if (!layer)
        return undefined;
    const files = await parseLayer(layer);
    let providerUrlExpr;
    for (const file of files) {
        if (!file.text.includes("provider_url"))
            continue;
        for (const b of (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .allBlocks */ .II)(file.items)) {
            const attribute = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .findAttribute */ .Oh)(b, "provider_url");
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
    const hasTags = files.some((f) => (0,_parsed_file_js__WEBPACK_IMPORTED_MODULE_4__/* .blocksOf */ .S)(f, "locals").some((b) => (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .findAttribute */ .Oh)(b, "tags")));
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`target-cluster-layer "${req.targetClusterLayer}" is not a layer folder with .tf files. Layers in ` +
            `${req.targetAccount}/${req.targetRegion}: ${listOrNone(regionLayers.map((l) => l.path))}.`);
    }
    const found = [];
    // Leverage names the cluster layer "cluster": read those first, the others only if none has one.
    const clusterNamed = candidates.filter((l) => (0,_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .basename */ .P8)(l.path) === "cluster");
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
            for (const m of (0,_parsed_file_js__WEBPACK_IMPORTED_MODULE_4__/* .blocksOf */ .S)(file, "module")) {
                const source = attrString(file, m, "source") ?? "";
                if (AWS_AUTH_MODULE.test(source) && (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .findAttribute */ .Oh)(m, "aws_auth_roles"))
                    awsAuth = "aws-auth-module";
                else if (EKS_MODULE.test(source) && !source.includes("//modules/")) {
                    eksModule = m.labels[0];
                    const version = /[?&]ref=v?(\d+)\./.exec(source)?.[1] ??
                        /(\d+)\./.exec(attrString(file, m, "version") ?? "")?.[1];
                    if (version)
                        eksMajor = Number(version);
                    if ((0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .findAttribute */ .Oh)(m, "aws_auth_roles") && awsAuth === "none")
                        awsAuth = "eks-module";
                }
            }
            awsConstraint ??= (0,_providers_js__WEBPACK_IMPORTED_MODULE_3__/* .requiredProviderConstraint */ .aP)(file, "aws");
        }
        if (!eksModule)
            continue;
        const mapRoles = await findMapRoles(layer, parse);
        const providers = (0,_providers_js__WEBPACK_IMPORTED_MODULE_3__/* .readLayerProviders */ .Co)(layer.path, files, await repo.readFile(`${layer.path}/.terraform.lock.hcl`));
        const locked = providers.versions.aws?.locked;
        found.push({
            path: layer.path,
            eksModule,
            ...(eksMajor !== undefined ? { eksMajor } : {}),
            awsAuth,
            mapRoles,
            mentionsCluster,
            accessEntries: accessEntriesSupport(layer.path, awsConstraint, locked),
            providers,
            kubernetesProvider: files.some(hasKubernetesProvider),
            backendKey: backendKey(files),
            nameOutput: clusterNameOutput(files, eksModule, eksMajor),
        });
    }
    const where = req.targetClusterLayer ?? `${req.targetAccount}/${req.targetRegion}`;
    if (found.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`No EKS cluster layer found: looked for a module from terraform-aws-eks in every layer of ${where}` +
            `${req.targetClusterLayer ? "" : ` (${listOrNone(regionLayers.map((l) => l.path))})`}. ` +
            `Set target-cluster-layer to the layer that creates ${req.targetCluster}.`);
    }
    if (found.length === 1)
        return found[0];
    // Several clusters in one region: pick the one whose files name the target cluster, if exactly one does.
    const named = found.filter((c) => c.mentionsCluster);
    if (named.length === 1)
        return named[0];
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`Several EKS cluster layers in ${where}: ${found.map((c) => c.path).join(", ")}. Set target-cluster-layer to ` +
        `the one that creates ${req.targetCluster}.`);
}
/** Finds `map_roles = [...]` in a locals block of the layer. */
async function findMapRoles(layer, parse) {
    for (const path of layer.tfFiles) {
        const file = await parse(path);
        if (!file.text.includes("map_roles"))
            continue;
        for (const locals of (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .findBlocks */ .yM)(file.items, "locals")) {
            const attribute = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .findAttribute */ .Oh)(locals, "map_roles");
            if (attribute && file.text[attribute.exprStart] === "[")
                return { file: path, attribute };
        }
    }
    return undefined;
}
function hasKubernetesProvider(file) {
    return (0,_parsed_file_js__WEBPACK_IMPORTED_MODULE_4__/* .blocksOf */ .S)(file, "provider", "kubernetes").some((p) => !(0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .findAttribute */ .Oh)(p, "alias"));
}
/** The cluster layer's output holding the cluster name (v18 calls the module's name output cluster_id). */
function clusterNameOutput(files, eksModule, eksMajor) {
    const wanted = eksMajor !== undefined && eksMajor <= 18 ? "cluster_id" : "cluster_name";
    for (const file of files) {
        for (const output of (0,_parsed_file_js__WEBPACK_IMPORTED_MODULE_4__/* .blocksOf */ .S)(file, "output")) {
            const value = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .findAttribute */ .Oh)(output, "value");
            const expr = value && file.text.slice(value.exprStart, value.exprEnd).trim();
            if (expr === `module.${eksModule}.${wanted}`)
                return output.labels[0];
        }
    }
    return wanted;
}
async function rbacCandidate(repo, layer, files, origin) {
    const bk = backendKey(files);
    return {
        path: layer.path,
        ...(bk !== undefined ? { backendKey: bk } : {}),
        origin,
        providers: (0,_providers_js__WEBPACK_IMPORTED_MODULE_3__/* .readLayerProviders */ .Co)(layer.path, files, await repo.readFile(`${layer.path}/.terraform.lock.hcl`)),
    };
}
/** What adding a kubernetes provider to the target's identities layer needs to know about it. */
async function identitiesTarget(repo, layer, files, cluster) {
    const states = remoteStates(files);
    // Leverage's state key: <account>/<layer path below the region folder>/terraform.tfstate.
    const [account, , ...below] = cluster.path.split("/");
    const clusterKey = cluster.backendKey ?? `${account}/${below.join("/")}/terraform.tfstate`;
    const state = states.find((s) => s.key === clusterKey);
    const dataName = (type) => {
        for (const file of files)
            for (const b of (0,_parsed_file_js__WEBPACK_IMPORTED_MODULE_4__/* .blocksOf */ .S)(file, "data", type))
                return b.labels[1];
        return undefined;
    };
    const eksCluster = dataName("aws_eks_cluster");
    const eksAuth = dataName("aws_eks_cluster_auth");
    return {
        ...(await rbacCandidate(repo, layer, files, "identities")),
        origin: "identities",
        clusterState: state
            ? { name: state.name }
            : {
                name: (0,_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .basename */ .P8)(cluster.path),
                create: {
                    key: clusterKey,
                    regionExpr: states.find((s) => s.regionExpr)?.regionExpr ?? "var.region",
                },
            },
        clusterNameOutput: cluster.nameOutput,
        declaresKubernetes: (0,_providers_js__WEBPACK_IMPORTED_MODULE_3__/* .declaresProvider */ .zw)(files, "kubernetes"),
        ...(eksCluster ? { eksClusterData: eksCluster } : {}),
        ...(eksAuth ? { eksAuthData: eksAuth } : {}),
    };
}
async function findRbacCandidates(repo, layers, cluster, req, parseLayer) {
    const parent = (0,_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .dirname */ .pD)(cluster.path);
    const siblings = layers.filter((l) => (0,_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .dirname */ .pD)(l.path) === parent && l.path !== cluster.path);
    const identitiesPath = `${parent}/identities`;
    const why = req.method === "bearer-token"
        ? "the bearer-token method creates a ServiceAccount, its token and RBAC bindings in the target cluster"
        : "the link needs RBAC bindings in the target cluster";
    const clusterLayer = layers.find((l) => l.path === cluster.path);
    if (req.targetRbacLayer) {
        const layer = layers.find((l) => l.path === req.targetRbacLayer);
        if (!layer) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`target-rbac-layer "${req.targetRbacLayer}" is not a layer folder with .tf files. Layers next to ` +
                `${cluster.path}: ${listOrNone(siblings.map((l) => l.path))}.`);
        }
        const files = await parseLayer(layer);
        if (files.some(hasKubernetesProvider)) {
            return { withProvider: [await rbacCandidate(repo, layer, files, "override")], why };
        }
        if (layer.path === identitiesPath) {
            return { withProvider: [], identities: await identitiesTarget(repo, layer, files, cluster), why };
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`target-rbac-layer "${req.targetRbacLayer}" has no provider "kubernetes" (${why}). Set it to a layer whose ` +
            `provider "kubernetes" points at ${req.targetCluster}, or to ${identitiesPath}, where the link adds one.`);
    }
    const withProvider = [];
    // k8s-components layers first: when exactly one of them has the provider, the others are not read.
    const components = siblings.filter((l) => (0,_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .basename */ .P8)(l.path) === "k8s-components");
    for (const group of [components, siblings.filter((l) => !components.includes(l))]) {
        for (const layer of group) {
            const files = await parseLayer(layer);
            if (files.some(hasKubernetesProvider))
                withProvider.push({ layer, files });
        }
        if (withProvider.length === 1 && group === components)
            break;
    }
    const preferred = withProvider.filter((c) => (0,_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .basename */ .P8)(c.layer.path) === "k8s-components");
    const sibling = withProvider.length === 1 ? withProvider[0] : preferred.length === 1 ? preferred[0] : undefined;
    if (withProvider.length > 1 && !sibling) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`Several layers with a kubernetes provider next to ${cluster.path}: ` +
            `${withProvider.map((c) => c.layer.path).join(", ")}. Set target-rbac-layer to pick one (${why}).`);
    }
    const candidates = [];
    if (sibling)
        candidates.push(await rbacCandidate(repo, sibling.layer, sibling.files, "sibling"));
    // Then the cluster layer itself, which often configures one for aws-auth.
    if (clusterLayer && cluster.kubernetesProvider) {
        candidates.push(await rbacCandidate(repo, clusterLayer, await parseLayer(clusterLayer), "cluster"));
    }
    const identitiesLayer = layers.find((l) => l.path === identitiesPath);
    const identities = identitiesLayer && !candidates.some((c) => c.path === identitiesPath)
        ? await identitiesTarget(repo, identitiesLayer, await parseLayer(identitiesLayer), cluster)
        : undefined;
    if (candidates.length === 0 && !identities) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`No layer with a kubernetes provider for the target cluster, and no ${identitiesPath} layer to add one to: ` +
            `${why}. Looked in the layers next to ${cluster.path} (${listOrNone(siblings.map((l) => l.path))}) and in ` +
            `${cluster.path} itself. Set target-rbac-layer to a layer whose provider "kubernetes" points at ` +
            `${req.targetCluster}.`);
    }
    return { withProvider: candidates, ...(identities ? { identities } : {}), why };
}
function backendKey(files) {
    for (const file of files) {
        if (!file.text.includes("backend"))
            continue;
        for (const terraform of (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .findBlocks */ .yM)(file.items, "terraform")) {
            for (const backend of (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .findBlocks */ .yM)(terraform.body, "backend", "s3")) {
                const key = attrString(file, backend, "key");
                if (key)
                    return key;
            }
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
    if (locked && (0,_core_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(locked) && (0,_core_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .compareVersions */ .Zy)(locked, ACCESS_ENTRY_MIN) < 0) {
        return {
            supported: false,
            why: `${layer}/.terraform.lock.hcl pins hashicorp/aws ${locked}; EKS access entries need 5.33.0 or later`,
        };
    }
    if (constraint && !(0,_core_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .admitsAtLeast */ .Fr)((0,_providers_js__WEBPACK_IMPORTED_MODULE_3__/* .readableConstraint */ .wu)(constraint), ACCESS_ENTRY_MIN)) {
        return {
            supported: false,
            why: `${layer} requires hashicorp/aws "${constraint}"; EKS access entries need 5.33.0 or later`,
        };
    }
    return { supported: true };
}


/***/ }),

/***/ 7540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ blocksOf),
/* harmony export */   U: () => (/* binding */ parsedFile)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1974);
// A .tf file as discovery and the plan's checks read it. Its HCL is scanned on the first use of
// `items`: a layer gains files with every link, and most lookups rule a file out by a word its text
// lacks (blocksOf), so planning the 200th link does not scan the files of the 199 before it.


function parsedFile(path, text) {
    let items;
    return {
        path,
        text,
        get items() {
            if (items === undefined) {
                try {
                    items = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .scanHcl */ .J$)(text, path);
                }
                catch (error) {
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`${path} could not be read as HCL: ${error.message}`);
                }
            }
            return items;
        },
    };
}
/**
 * The file's top-level blocks of `type` with `labels`. A file is scanned only when its text could
 * hold one: a line starting with the block type, and every label somewhere (or a block comment,
 * which could stand before a block on its line).
 */
function blocksOf(file, type, ...labels) {
    const { text } = file;
    if (!labels.every((label) => text.includes(label)))
        return [];
    if (!text.includes("/*") && !blockStart(type).test(text))
        return [];
    return (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .findBlocks */ .yM)(file.items, type, ...labels);
}
const blockStarts = new Map();
/** A line that starts a block of `type`: the type, then a label or the opening brace. */
function blockStart(type) {
    let pattern = blockStarts.get(type);
    if (!pattern) {
        pattern = new RegExp(`^[ \\t]*${type}(?:[ \\t]+["A-Za-z_]|[ \\t]*\\{)`, "m");
        blockStarts.set(type, pattern);
    }
    return pattern;
}


/***/ }),

/***/ 9550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N4: () => (/* binding */ note),
/* harmony export */   vy: () => (/* binding */ planNotes)
/* harmony export */ });
/* unused harmony export noteText */
// Plan notes as sentences with the values they quote marked, so that a Markdown report can show
// the sentence as prose and only the values (names, namespaces, paths, file lines) as code, while
// the CLI and the JSON output keep one plain string per note.
/**
 * A note from a template literal: the literal text is prose, each `${}` a value; an array value
 * becomes its elements joined by ", ", each one a value of its own.
 */
function note(prose, ...values) {
    const parts = [];
    const add = (text, value) => {
        if (text !== "")
            parts.push(value ? { text, value: true } : { text });
    };
    prose.forEach((text, i) => {
        add(text, false);
        const value = values[i];
        if (value === undefined)
            return;
        (typeof value === "string" ? [value] : value).forEach((v, j) => {
            if (j > 0)
                add(", ", false);
            add(v, true);
        });
    });
    return parts;
}
/** The plan's `notes` (plain text) and `noteParts` of a list of notes. */
function planNotes(notes) {
    return { notes: notes.map(noteText), ...(notes.length > 0 ? { noteParts: notes } : {}) };
}
const noteText = (parts) => parts.map((p) => p.text).join("");


/***/ }),

/***/ 3521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jl: () => (/* binding */ LINK_STEPS),
  RA: () => (/* binding */ STEP_ID),
  cv: () => (/* binding */ UNLINK_STEP_IDS)
});

// UNUSED EXPORTS: LINK_STEP_IDS

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(6706);
// EXTERNAL MODULE: ./src/core/versions.ts
var versions = __webpack_require__(4506);
// EXTERNAL MODULE: ./src/hcl/scan.ts
var scan = __webpack_require__(1974);
// EXTERNAL MODULE: ./src/hcl/write.ts
var write = __webpack_require__(8796);
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
        (0,scan/* scanHcl */.J$)(text, path);
    }
    catch (error) {
        throw new errors/* LayoutError */.Rd(`Editing ${path} (${what}) would break it: ${error.message}`);
    }
    return text;
}
function unsafe(path, what, snippet) {
    throw new errors/* LayoutError */.Rd(`${path}: cannot ${what} safely because the file is not laid out as expected. Add this by hand, then run again:\n\n${snippet}`);
}
/**
 * Adds `body` as an object element of the list whose `[` is at `open`, or replaces the element
 * for which `isOwn` is true. The element is written `{ ... },` on its own lines.
 */
function upsertListObject(text, path, open, body, isOwn) {
    const { items, close } = (0,scan/* splitSequence */.ou)(text, open, path);
    const attrIndent = (0,scan/* indentOf */._j)(text, open);
    const indent = items[0] ? (0,scan/* indentOf */._j)(text, items[0].start) : `${attrIndent}  `;
    const element = `{\n${(0,write/* renderBody */.lc)(body, `${indent}  `)}${indent}}`;
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
    const { items, close } = (0,scan/* objectItems */._v)(text, open, path);
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
    const indent = items[0] ? (0,scan/* indentOf */._j)(text, items[0].start) : `${(0,scan/* indentOf */._j)(text, open)}  `;
    const group = (0,write/* renderBody */.lc)([
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

// EXTERNAL MODULE: ./src/edit/values-yaml.ts + 1 modules
var values_yaml = __webpack_require__(6437);
// EXTERNAL MODULE: ./src/link/grant.ts
var link_grant = __webpack_require__(9358);
// EXTERNAL MODULE: ./src/link/names.ts
var link_names = __webpack_require__(8356);
// EXTERNAL MODULE: ./src/upstream/argo-cd.ts
var argo_cd = __webpack_require__(1010);
// EXTERNAL MODULE: ./src/upstream/argo-cd-chart.ts
var argo_cd_chart = __webpack_require__(7583);
// EXTERNAL MODULE: ./src/steps/shared.ts
var shared = __webpack_require__(5486);
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
    why: (link) => whyLines(link),
};
function whyLines(link) {
    const { names, req, facts, layout } = link;
    return [
        `Adds ${(0,markdown/* code */.aY)(names.id)} to ${(0,markdown/* code */.aY)(`configs.clusterCredentials`)} of ArgoCD ${(0,markdown/* code */.aY)(names.release)} ` +
            `(${layout.argocd.credentialsForm === "map" ? "a map keyed by name: chart >= 7.0.0" : "a list: chart < 7.0.0"}), ` +
            `server ${(0,markdown/* code */.aY)(facts.endpoint)}, ` +
            (req.method === "iam-role"
                ? `authenticating with ${(0,markdown/* code */.aY)("awsAuthConfig")} (role ${(0,markdown/* code */.aY)(names.targetRoleName)}).`
                : `authenticating with the bearer token read from the target layer's state.`),
        ...(req.method === "iam-role"
            ? [
                `The ArgoCD service accounts get the ${(0,markdown/* code */.aY)("eks.amazonaws.com/role-arn")} annotation of the IRSA role.`,
            ]
            : []),
        ...(req.dedicatedInstance
            ? [
                `Creates the ArgoCD release ${(0,markdown/* code */.aY)(names.release)} in its own namespace, without CRDs and with its own ` +
                    `${(0,markdown/* code */.aY)("application.instanceLabelKey")}.`,
            ]
            : []),
        `The cluster's EKS ARN is kept in the annotation ${(0,markdown/* code */.aY)("argocd-cluster-link/eks-cluster-arn")}.`,
        ...cacheWhy(link),
        ...restartWhy(link),
    ];
}
const COMPONENT_PODS = {
    controller: "application controller",
    server: "server",
    applicationSet: "applicationset controller",
};
/** The respectRBAC line of the pull request: which mode and why, and that it is instance-wide. */
function cacheWhy({ grant, names, argocd }) {
    if (grant.cache.kind === "full")
        return [];
    if (grant.cache.kind === "read-all") {
        return [
            `ArgoCD ${(0,markdown/* code */.aY)(names.release)} runs ArgoCD ${grant.cache.argoCdVersion}, which has no ` +
                `${(0,markdown/* code */.aY)(`configs.cm."${argo_cd/* RESPECT_RBAC */.Sz.key}"`)}: nothing is set in argocd-cm. The link's RBAC (target ` +
                `account) lets it read every kind its cluster cache lists instead. Once the chart is ` +
                `${link_grant/* RESPECT_RBAC_CHART */.tI} or later, running the request again sets ${(0,markdown/* code */.aY)(argo_cd/* RESPECT_RBAC */.Sz.key)} here; once that ` +
                `is applied, running it again drops the extra read.`,
        ];
    }
    const kept = grant.cache.keptRead === undefined
        ? []
        : [
            `The link's RBAC keeps the extra read written for ArgoCD ${grant.cache.keptRead.argoCdVersion} until this ` +
                `is applied (so ArgoCD always has one or the other). Once it is, run the request again: that plan ` +
                `removes the extra read in the target account.`,
        ];
    const current = argocd.parsedValues?.doc.getIn(["configs", "cm", argo_cd/* RESPECT_RBAC */.Sz.key]);
    const setting = (0,markdown/* code */.aY)(`configs.cm."${argo_cd/* RESPECT_RBAC */.Sz.key}"`);
    if (typeof current === "string" && current !== "" && !argocd.dedicated) {
        return [
            `ArgoCD ${(0,markdown/* code */.aY)(names.release)} already sets ${setting} to ${(0,markdown/* code */.aY)(current)}: it skips the resource kinds ` +
                `this link's identity may not list instead of marking the cluster Failed.`,
            ...kept,
        ];
    }
    return [
        `Sets ${setting} to ${(0,markdown/* code */.aY)(link_grant/* RESPECT_RBAC_MODE */.em)} (ArgoCD ${grant.cache.argoCdVersion}): below cluster-admin the ` +
            `link's identity may not list every resource kind ArgoCD's cluster cache watches, and one refused list ` +
            `would mark the whole cluster Failed; with this setting ArgoCD skips those kinds. ${(0,markdown/* code */.aY)("normal")} rather ` +
            `than ${(0,markdown/* code */.aY)("strict")}: it trusts the refused list itself, with no extra SelfSubjectAccessReview calls ` +
            `on every cache sync. This is an instance-wide setting: it applies to every cluster of ArgoCD ` +
            `${(0,markdown/* code */.aY)(names.release)}, and unlinking this cluster never removes it.`,
        ...kept,
    ];
}
/** Which pods the Helm upgrade restarts, and why. */
function restartWhy(link) {
    const { argocd, layout } = link;
    if (argocd.dedicated)
        return [];
    const out = [];
    const rolled = podAnnotationEdits(link).filter((e) => !e.present);
    if (rolled.length > 0) {
        out.push(`Restarts the ${rolled.map((e) => COMPONENT_PODS[e.component]).join(", ")} pods of ArgoCD ` +
            `${(0,markdown/* code */.aY)(link.names.release)} on apply: their pod template gains ${(0,markdown/* code */.aY)(values_yaml/* POD_ROLE_ANNOTATION */.Jh)} (the role ARN). ` +
            `The EKS pod identity webhook only injects the role into pods created after their service account has ` +
            `${(0,markdown/* code */.aY)("eks.amazonaws.com/role-arn")}, and the chart's pod templates do not change with that annotation.`);
    }
    if (link.grant.cache.kind === "respect-rbac" && cacheWhy(link)[0]?.startsWith("Sets")) {
        const cm = argo_cd_chart/* ARGO_CD_COMPONENTS */.H8.filter((c) => {
            const sums = (0,argo_cd_chart/* podTemplateChecksums */.A)(layout.argocd.chartVersion, c);
            return sums.known && sums.value.includes("cm");
        });
        if (cm.length > 0)
            out.push(`The argocd-cm change also restarts the ${cm.map((c) => COMPONENT_PODS[c]).join(", ")} pods ` +
                `(their pod templates carry ${(0,markdown/* code */.aY)("checksum/cm")}).`);
    }
    return out;
}
/**
 * The pod annotation paths of the three components for the release's chart version, and whether
 * each already carries the role ARN (then applying does not restart those pods).
 */
function podAnnotationEdits(link) {
    if (link.grant.method !== "iam-role")
        return [];
    const chart = link.layout.argocd.chartVersion;
    return argo_cd_chart/* ARGO_CD_COMPONENTS */.H8.map((component) => {
        const keys = (0,argo_cd_chart/* podAnnotationValuesKeys */.B7)(chart, component);
        if (!keys.known) {
            throw new errors/* LayoutError */.Rd(`Cannot tell which values key rolls the ${COMPONENT_PODS[component]} pods of argo-cd chart ${chart} ` +
                `(${keys.reason}); the iam-role method needs it so the pods pick up the IRSA role. Use a chart version ` +
                `from that range, or method bearer-token, then run again.`);
        }
        // The component's own key (global.podAnnotations would roll every component).
        const path = keys.value.find((k) => k.startsWith(`${component}.`)) ?? `${component}.podAnnotations`;
        const current = link.argocd.parsedValues?.doc.getIn([...path.split("."), values_yaml/* POD_ROLE_ANNOTATION */.Jh]);
        return { component, path, present: current === `\${${link.names.irsaVar}}` };
    });
}
async function argocdFiles(link) {
    const { req, facts, layout, grant, names, argocd: where } = link;
    const argocd = layout.argocd;
    const files = new Map();
    const vars = [];
    if (grant.method === "iam-role") {
        vars.push([names.irsaVar, `"${names.sourceRoleArnExpr}"`], [names.roleArnVar, `"${names.targetRoleArnExpr}"`]);
    }
    else {
        const rbac = grant.rbac.layer;
        const taken = layout.argocdRemoteStates
            .named(names.remoteStateName)
            .find((s) => !s.file.endsWith(`/${names.files.tokenState}`));
        if (taken) {
            throw new errors/* LayoutError */.Rd(`${taken.file} already defines data "terraform_remote_state" "${names.remoteStateName}". Choose another argocd-cluster-name.`);
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
    const credential = {
        name: names.id,
        server: (0,values_yaml/* templateLiteral */.Uy)(facts.endpoint),
        ...(Object.keys(req.labels).length > 0
            ? { labels: Object.fromEntries(Object.entries(req.labels).map(([k, v]) => [k, (0,values_yaml/* templateLiteral */.Uy)(v)])) }
            : {}),
        annotations: { [values_yaml/* ARN_ANNOTATION */.kt]: (0,values_yaml/* templateLiteral */.Uy)(facts.arn) },
        ...(req.namespaces.length > 0
            ? { namespaces: req.namespaces.join(","), clusterResources: req.clusterResources }
            : {}),
        config: {
            ...(iam
                ? { awsAuthConfig: { clusterName: (0,values_yaml/* templateLiteral */.Uy)(facts.name), roleARN: `\${${names.roleArnVar}}` } }
                : { bearerToken: `\${${names.tokenVar}}` }),
            tlsClientConfig: { insecure: false, caData: (0,values_yaml/* templateLiteral */.Uy)(facts.caData) },
        },
    };
    if (grant.cache.kind === "respect-rbac" &&
        where.parsedValues?.doc.getIn(["configs", "cm", "create"]) === false) {
        throw new errors/* LayoutError */.Rd(`${where.valuesPath}: configs.cm.create is false, so the chart does not render argocd-cm and ` +
            `${argo_cd/* RESPECT_RBAC */.Sz.key} cannot be set there. Set it in the argocd-cm you manage (${argo_cd/* RESPECT_RBAC */.Sz.key}: ` +
            `${link_grant/* RESPECT_RBAC_MODE */.em}), or request access cluster-admin, then run again.`);
    }
    const edit = {
        form: argocd.credentialsForm,
        credential,
        ...(iam
            ? {
                irsaComponents: [...argo_cd_chart/* ARGO_CD_COMPONENTS */.H8],
                irsaRoleArn: `\${${names.irsaVar}}`,
                podAnnotations: podAnnotationEdits(link).map((e) => e.path),
            }
            : {}),
        ...(grant.cache.kind === "respect-rbac"
            ? {
                cm: [
                    { key: argo_cd/* RESPECT_RBAC */.Sz.key, value: link_grant/* RESPECT_RBAC_MODE */.em, accepted: Object.keys(argo_cd/* RESPECT_RBAC */.Sz.values) },
                ],
            }
            : {}),
    };
    if (where.newInstance) {
        const relative = where.valuesPath.slice(argocd.layer.length + 1);
        files.set(where.valuesPath, (0,values_yaml/* editValues */.bM)(dedicatedValues(names, argocd.chartVersion), where.valuesPath, edit));
        files.set(`${argocd.layer}/${names.files.instanceRelease}`, dedicatedInstanceFile(names, argocd.chartVersion, relative, vars));
    }
    else {
        // An existing release, or a dedicated instance an earlier link created: only add this link's entry.
        files.set(where.valuesPath, (0,values_yaml/* editValues */.bM)(where.currentValues ?? "", where.valuesPath, edit, where.parsedValues));
        // Discovery parsed the release's file and found this template in it (it gave the values path).
        const helm = layout.files.get(argocd.file);
        const template = argocd.valuesTemplates.find((t) => t.path === where.valuesPath);
        if (!helm || !template)
            throw new Error(`discovery lost ${argocd.file} or its template ${where.valuesPath}`);
        files.set(argocd.file, upsertObjectItems(helm.text, helm.path, template.varsOpen, vars, `${(0,link_names/* markerFor */._Z)(names.id)} (${req.method})`));
    }
    return files;
}
/** Values of a dedicated instance: no CRDs (the first release owns them) and its own label key. */
function dedicatedValues(names, chartVersion) {
    // installationID exists from ArgoCD 2.14, first shipped in chart 7.8.0.
    const version = (0,versions/* parseVersion */.ot)(chartVersion);
    const installationId = version !== undefined && (0,versions/* compareVersions */.Zy)(version, "7.8.0") >= 0;
    return [
        `${(0,link_names/* instanceHeader */.Rr)(names.release)}: values (created by the link ${names.id}).`,
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
function tokenRemoteStateFile(names, req, regionExpr, backendKey) {
    const sameAccount = req.sourceAccount === req.targetAccount;
    return (0,write/* renderFile */.VB)([
        ...(0,shared/* header */.wx)([
            ...(0,shared/* linkMarker */.TE)(names, req),
            `State of the ${req.targetAccount} layer that holds ArgoCD's ServiceAccount token for ${req.targetCluster}.`,
            "The token stays in Terraform state: it is never written into this repository.",
        ]),
        (0,write/* block */.om)("data", ["terraform_remote_state", names.remoteStateName], [
            (0,write/* attr */.CF)("backend", "s3"),
            (0,write/* attr */.CF)("config", {
                region: (0,write/* raw */.lS)(regionExpr),
                profile: sameAccount ? (0,write/* raw */.lS)("var.profile") : (0,write/* raw */.lS)(`"\${var.project}-${req.targetAccount}-devops"`),
                bucket: sameAccount
                    ? (0,write/* raw */.lS)("var.bucket")
                    : (0,write/* raw */.lS)(`"\${var.project}-${req.targetAccount}-terraform-backend"`),
                key: backendKey,
            }),
        ]),
    ]);
}
/** Source account, ArgoCD layer: a dedicated ArgoCD release for this target. */
function dedicatedInstanceFile(names, chartVersion, valuesRelative, templateVars) {
    const vars = Object.fromEntries(templateVars.map(([k, v]) => [k, (0,write/* raw */.lS)(v)]));
    return (0,write/* renderFile */.VB)([
        ...(0,shared/* header */.wx)([
            `${(0,link_names/* instanceHeader */.Rr)(names.release).slice(2)}, created for the cluster ${names.id}.`,
            "A second release in the same cluster: CRDs stay with the first one, and the values give it",
            "its own application.instanceLabelKey so the two never fight over the same Applications.",
        ]),
        (0,write/* block */.om)("resource", ["kubernetes_namespace_v1", `argocd_link_${names.releaseSnake}`], [(0,write/* block */.om)("metadata", [], [(0,write/* attr */.CF)("name", names.release)])]),
        write/* blank */.hQ,
        (0,write/* block */.om)("resource", ["helm_release", `argocd_link_${names.releaseSnake}`], [
            (0,write/* attr */.CF)("name", names.release),
            (0,write/* attr */.CF)("namespace", (0,write/* raw */.lS)(`kubernetes_namespace_v1.argocd_link_${names.releaseSnake}.metadata[0].name`)),
            (0,write/* attr */.CF)("repository", "https://argoproj.github.io/argo-helm"),
            (0,write/* attr */.CF)("chart", "argo-cd"),
            (0,write/* attr */.CF)("version", chartVersion),
            (0,write/* attr */.CF)("values", [
                (0,write/* raw */.lS)(`templatefile(${JSON.stringify(valuesRelative)}, ${(0,write/* renderValue */.AI)(vars, "    ")})`),
            ]),
        ]),
    ]);
}

// EXTERNAL MODULE: ./src/link/describe.ts
var describe = __webpack_require__(1067);
// EXTERNAL MODULE: ./src/steps/types.ts
var types = __webpack_require__(9194);
;// CONCATENATED MODULE: ./src/steps/cluster-access.ts
// Step cluster-access (target account, cluster layer): the Kubernetes access of the role ArgoCD
// assumes, as an EKS access entry or as an element of the aws-auth map_roles list, as decided in
// link/grant.ts.









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
        throw (0,types/* notNeeded */.t)(cluster_access_ID);
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
                    `${layout.targetCluster.path}/${names.files.accessEntry}`,
                    accessEntryFile(names, req, layout.targetCluster, link.grant.rbac.needed),
                ],
            ]);
        }
        const { file, attribute } = access.mapRoles;
        const text = await link.read(file);
        if (text === undefined)
            throw new errors/* LayoutError */.Rd(`${file} (its locals map_roles) could not be read.`);
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
                `${(0,markdown/* code */.aY)(facts.name)} uses authentication mode ${(0,markdown/* code */.aY)(facts.authenticationMode)}` +
                    (facts.authenticationMode === "CONFIG_MAP"
                        ? ""
                        : ` but access entries are not available (${layout.targetCluster.accessEntries.why})`) +
                    `: the role is added to ${(0,markdown/* code */.aY)("map_roles")} (aws-auth)` +
                    `${req.access === "cluster-admin" ? ` in ${(0,markdown/* code */.aY)("system:masters")}` : ` as group ${(0,markdown/* code */.aY)(names.k8sGroup)}`}.`,
            ];
        }
        const policy = EKS_ACCESS_POLICY[req.access];
        return [
            `${(0,markdown/* code */.aY)(facts.name)} uses authentication mode ${(0,markdown/* code */.aY)(facts.authenticationMode)}, so access is an EKS access ` +
                `entry with ${(0,markdown/* code */.aY)(policy.slice(policy.lastIndexOf("/") + 1))} (${(0,describe/* accessText */.c)(req)}) instead of an aws-auth edit.`,
        ];
    },
};
/** Target account, cluster layer: an EKS access entry and its policy association. */
function accessEntryFile(names, req, cluster, 
/** Whether the target-rbac step binds the link's group (cluster-resources, or the extra read of ArgoCD < 2.9). */
groupBound = req.clusterResources) {
    // terraform-aws-eks v18 names the cluster's name output cluster_id; v19 and later cluster_name.
    const nameOutput = cluster.eksMajor !== undefined && cluster.eksMajor <= 18 ? "cluster_id" : "cluster_name";
    const scope = (0,link_grant/* clusterWide */.MO)(req)
        ? [(0,write/* attr */.CF)("type", "cluster")]
        : [(0,write/* attr */.CF)("type", "namespace"), (0,write/* attr */.CF)("namespaces", req.namespaces)];
    return (0,write/* renderFile */.VB)([
        ...(0,shared/* header */.wx)([
            ...(0,shared/* linkMarker */.TE)(names, req),
            `Kubernetes access of ArgoCD "${names.release}" (account ${req.sourceAccount}) through its role ${names.targetRoleName}.`,
        ]),
        (0,write/* block */.om)("resource", ["aws_eks_access_entry", `argocd_link_${names.snake}`], [
            (0,write/* attr */.CF)("cluster_name", (0,write/* raw */.lS)(`module.${cluster.eksModule}.${nameOutput}`)),
            (0,write/* attr */.CF)("principal_arn", (0,write/* raw */.lS)(`"${names.targetRoleArnExpr}"`)),
            // The group gets what the access policy lacks through RBAC (the target-rbac step).
            ...(groupBound ? [(0,write/* attr */.CF)("kubernetes_groups", [names.k8sGroup])] : []),
            (0,write/* attr */.CF)("type", "STANDARD"),
        ]),
        write/* blank */.hQ,
        (0,write/* block */.om)("resource", ["aws_eks_access_policy_association", `argocd_link_${names.snake}`], [
            (0,write/* attr */.CF)("cluster_name", (0,write/* raw */.lS)(`aws_eks_access_entry.argocd_link_${names.snake}.cluster_name`)),
            (0,write/* attr */.CF)("principal_arn", (0,write/* raw */.lS)(`aws_eks_access_entry.argocd_link_${names.snake}.principal_arn`)),
            (0,write/* attr */.CF)("policy_arn", EKS_ACCESS_POLICY[req.access]),
            write/* blank */.hQ,
            (0,write/* block */.om)("access_scope", [], scope),
        ]),
    ]);
}
/** Target account, cluster layer: the `map_roles` element (aws-auth) for this link. */
function mapRolesElement(names, req) {
    const groups = req.access === "cluster-admin" ? ["system:masters"] : [names.k8sGroup];
    return [
        (0,write/* comment */.Im)(`${(0,link_names/* markerFor */._Z)(names.id)} (ArgoCD ${names.release} in ${req.sourceAccount})`),
        (0,write/* attr */.CF)("rolearn", (0,write/* raw */.lS)(`"${names.targetRoleArnExpr}"`)),
        (0,write/* attr */.CF)("username", names.targetRoleName),
        (0,write/* attr */.CF)("groups", groups),
    ];
}

// EXTERNAL MODULE: ./src/steps/rotate-token.ts
var rotate_token = __webpack_require__(8104);
// EXTERNAL MODULE: ./src/layout/tree.ts
var tree = __webpack_require__(232);
;// CONCATENATED MODULE: ./src/steps/source-role.ts
// Step source-role (source account, identities layer of ArgoCD's cluster): the IRSA role of the
// ArgoCD release, and a policy that lets it assume this link's role in the target account.






const IAM_OIDC_ROLE_MODULE = "github.com/binbashar/terraform-aws-iam.git//modules/iam-assumable-role-with-oidc?ref=v5.37.1";
/** The identities layer, when it can host the IRSA role (it knows the cluster's OIDC provider URL). */
function identitiesLayer({ layout }) {
    const identities = layout.identities;
    if (!identities?.providerUrlExpr) {
        throw new errors/* LayoutError */.Rd(`The iam-role method needs the identities layer of the cluster ArgoCD runs in, next to ${layout.argocd.layer} ` +
            `(looked for ${(0,tree/* joinPath */.uJ)(layout.argocd.layer, "../identities")} with a provider_url or a remote state of the ` +
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
                `${identities.path}/${names.files.releaseRole}`,
                irsaRoleFile(names, argocd.namespace, argocd.serviceAccounts, identities.providerUrlExpr, identities.hasTagsLocal),
            ],
            [`${identities.path}/${names.files.linkPolicy}`, assumePolicyFile(names, req, identities.hasTagsLocal)],
        ]);
    },
    summary: ({ names }) => `IRSA role and assume policy for ArgoCD ${names.release}`,
    why: ({ names, req }) => [
        `ArgoCD ${(0,markdown/* code */.aY)(names.release)} gets an IAM role through IRSA: its service accounts ` +
            `(controller, applicationset-controller, server) are listed one by one, because the trust policy compares ` +
            `them with ${(0,markdown/* code */.aY)("StringEquals")} and a wildcard would match nothing.`,
        `A policy lets that role assume ${(0,markdown/* code */.aY)(names.targetRoleName)} in ${(0,markdown/* code */.aY)(req.targetAccount)}; other links of the ` +
            `same ArgoCD attach their own policies to the same role.`,
    ],
};
/** Source account, identities layer: the IRSA role of one ArgoCD release (shared by its links). */
function irsaRoleFile(names, namespace, serviceAccounts, providerUrlExpr, hasTagsLocal) {
    return (0,write/* renderFile */.VB)([
        ...(0,shared/* header */.wx)([
            `${link_names/* MARKER */.tl}: IRSA role of the ArgoCD release "${names.release}" (namespace ${namespace}).`,
            "Its service accounts assume this role, and through it the role of each linked cluster.",
            "Each link attaches its own policy to it (files ids_argocd_link_<cluster>.tf).",
        ]),
        (0,write/* block */.om)("module", [`role_argocd_link_${names.releaseSnake}`], [
            (0,write/* attr */.CF)("source", IAM_OIDC_ROLE_MODULE),
            write/* blank */.hQ,
            (0,write/* attr */.CF)("create_role", true),
            (0,write/* attr */.CF)("role_name", (0,write/* raw */.lS)(`"${names.sourceRoleNameExpr}"`)),
            (0,write/* attr */.CF)("provider_url", (0,write/* raw */.lS)(providerUrlExpr)),
            write/* blank */.hQ,
            (0,write/* comment */.Im)("Exact service accounts: StringEquals does not expand wildcards."),
            (0,write/* attr */.CF)("oidc_fully_qualified_subjects", serviceAccounts.map((sa) => `system:serviceaccount:${namespace}:${sa}`)),
            write/* blank */.hQ,
            ...(0,shared/* tags */._A)(hasTagsLocal, { Purpose: "argocd-cluster-link" }),
        ]),
        write/* blank */.hQ,
        (0,write/* block */.om)("output", [`argocd_link_${names.releaseSnake}_role_arn`], [
            (0,write/* attr */.CF)("description", `IRSA role of the ArgoCD release ${names.release}`),
            (0,write/* attr */.CF)("value", (0,write/* raw */.lS)(`module.role_argocd_link_${names.releaseSnake}.iam_role_arn`)),
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
                Resource: (0,write/* raw */.lS)(`"${names.targetRoleArnExpr}"`),
            },
        ],
    };
    return (0,write/* renderFile */.VB)([
        ...(0,shared/* header */.wx)([
            ...(0,shared/* linkMarker */.TE)(names, req),
            `ArgoCD "${names.release}" may assume the role that ${req.targetAccount}/${req.targetRegion}/${req.targetCluster} trusts.`,
        ]),
        (0,write/* block */.om)("resource", ["aws_iam_policy", `argocd_link_${names.snake}`], [
            (0,write/* attr */.CF)("name", (0,write/* raw */.lS)(`"\${var.environment}-argocd-link-${names.id}"`)),
            (0,write/* attr */.CF)("description", `ArgoCD ${names.release}: assume the argocd-cluster-link role of ${req.targetAccount}`),
            (0,write/* attr */.CF)("policy", (0,write/* raw */.lS)(`jsonencode(${renderValueInline(policy)})`)),
            ...(0,shared/* tags */._A)(hasTagsLocal, { Purpose: "argocd-cluster-link" }),
        ]),
        write/* blank */.hQ,
        (0,write/* block */.om)("resource", ["aws_iam_role_policy_attachment", `argocd_link_${names.snake}`], [
            (0,write/* attr */.CF)("role", (0,write/* raw */.lS)(`module.role_argocd_link_${names.releaseSnake}.iam_role_name`)),
            (0,write/* attr */.CF)("policy_arn", (0,write/* raw */.lS)(`aws_iam_policy.argocd_link_${names.snake}.arn`)),
        ]),
    ]);
}
// jsonencode's argument is an object expression; render it multi-line at top-level indentation.
function renderValueInline(value) {
    return (0,write/* renderValue */.AI)(value, "  ");
}

// EXTERNAL MODULE: ./src/steps/target-rbac.ts
var target_rbac = __webpack_require__(259);
;// CONCATENATED MODULE: ./src/steps/target-role.ts
// Step target-role (target account, base-identities layer): the role ArgoCD's IRSA role assumes,
// trusted by that role only and with no IAM permissions of its own.




const IAM_ROLE_MODULE = "github.com/binbashar/terraform-aws-iam.git//modules/iam-assumable-role?ref=v4.1.0";
const target_role_ID = "target-role";
function roleLayer({ grant }) {
    if (grant.method !== "iam-role")
        throw (0,types/* notNeeded */.t)(target_role_ID);
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
                `${base}/${link.names.files.targetRole}`,
                targetRoleFile(link.names, link.req, await link.hasTagsLocal(base)),
            ],
        ]);
    },
    summary: ({ names }) => `role ${names.targetRoleName} trusted by ArgoCD`,
    why: ({ names, req }) => [
        `The role ${(0,markdown/* code */.aY)(names.targetRoleName)} trusts exactly ${(0,markdown/* code */.aY)(names.sourceRoleName)} of ${(0,markdown/* code */.aY)(req.sourceAccount)}: ` +
            `no account root, no wildcard. It has no IAM permissions; the cluster grants it Kubernetes access in the next steps.`,
        `Apply it after the previous step: IAM refuses a trust policy whose principal does not exist yet.`,
    ],
};
/** Target account, base-identities layer: the role ArgoCD's IRSA role assumes. */
function targetRoleFile(names, req, hasTagsLocal) {
    return (0,write/* renderFile */.VB)([
        ...(0,shared/* header */.wx)([
            ...(0,shared/* linkMarker */.TE)(names, req),
            `Role assumed by ArgoCD "${names.release}" (account ${req.sourceAccount}) to reach ${req.targetCluster}.`,
            "It has no IAM policies: its only use is the Kubernetes access the cluster grants it.",
        ]),
        (0,write/* block */.om)("module", [`iam_assumable_role_argocd_link_${names.snake}`], [
            (0,write/* attr */.CF)("source", IAM_ROLE_MODULE),
            write/* blank */.hQ,
            (0,write/* attr */.CF)("trusted_role_arns", [(0,write/* raw */.lS)(`"${names.sourceRoleArnExpr}"`)]),
            write/* blank */.hQ,
            (0,write/* attr */.CF)("create_role", true),
            (0,write/* attr */.CF)("role_name", names.targetRoleName),
            (0,write/* attr */.CF)("role_path", "/"),
            write/* blank */.hQ,
            (0,write/* comment */.Im)("Programmatic access from another role: no MFA."),
            (0,write/* attr */.CF)("role_requires_mfa", false),
            (0,write/* attr */.CF)("custom_role_policy_arns", []),
            write/* blank */.hQ,
            ...(0,shared/* tags */._A)(hasTagsLocal, { Purpose: "argocd-cluster-link" }),
        ]),
        write/* blank */.hQ,
        (0,write/* block */.om)("output", [`argocd_link_${names.snake}_role_arn`], [
            (0,write/* attr */.CF)("description", `Role ArgoCD ${names.release} assumes to manage ${req.targetCluster}`),
            (0,write/* attr */.CF)("value", (0,write/* raw */.lS)(`module.iam_assumable_role_argocd_link_${names.snake}.iam_role_arn`)),
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
    target_rbac/* targetRbacStep */.eT,
    clusterAccessStep,
    argocdStep,
];
/** The link steps' ids in apply order; typed as strings so ids read back from branches can be tested. */
const LINK_STEP_IDS = LINK_STEPS.map((step) => step.id);
/** The steps of an unlink: each link step reversed, in reverse apply order (ArgoCD lets go first). */
const UNLINK_STEP_IDS = [
    "unlink-argocd",
    "unlink-cluster-access",
    "unlink-target-rbac",
    "unlink-target-role",
    "unlink-source-role",
];
/** Every step id by name, for code and tests that refer to one step. */
const STEP_ID = {
    sourceRole: sourceRoleStep.id,
    targetRole: targetRoleStep.id,
    targetRbac: target_rbac/* targetRbacStep */.eT.id,
    clusterAccess: clusterAccessStep.id,
    argocd: argocdStep.id,
    rotateToken: rotate_token/* ROTATE_TOKEN_ID */.U,
};


/***/ })

};
