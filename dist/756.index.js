export const id = 756;
export const ids = [756];
export const modules = {

/***/ 9756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readFacts: () => (/* binding */ readFacts)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _facts_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6644);
/* harmony import */ var _layout_discover_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9515);
// The target cluster's facts: from a facts file in the workspace, or read from AWS through
// OIDC → STS → EKS with the preflight checks.





async function readFacts(inputs, config, request, reader, ctx, io) {
    if (inputs.factsPath) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.workspace, inputs.factsPath);
        const facts = (0,_facts_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseClusterFactsText */ .Sz)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, "utf8"), inputs.factsPath);
        const mismatch = (0,_facts_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .checkFactsMatchRequest */ .qW)(facts, request);
        if (mismatch.length > 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InvalidInputError */ .oC(`facts ${inputs.factsPath}`, mismatch);
        return { facts, checks: [] };
    }
    // The AWS SDK is loaded only on this path: a run from a facts file (or one that stops earlier) starts faster.
    const [{ defaultRoleArn, lookupClusters }, { runSessionName }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(695), __webpack_require__.e(524), __webpack_require__.e(276)]).then(__webpack_require__.bind(__webpack_require__, 6895)),
        Promise.all(/* import() */[__webpack_require__.e(695), __webpack_require__.e(822)]).then(__webpack_require__.bind(__webpack_require__, 441)),
    ]);
    const accounts = await (0,_layout_discover_js__WEBPACK_IMPORTED_MODULE_4__/* .readAccounts */ .n$)(reader);
    const accountId = (account, key) => {
        const id = accounts[account];
        if (!id) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LayoutError */ .Rd(`${key} "${account}" has no account id in config/common.tfvars (accounts: ${Object.keys(accounts).join(", ") || "none"}); ` +
                `add it there or as accounts.${account}.id in the config file.`);
        }
        return id;
    };
    const roleName = inputs.lookupRoleName ?? config.aws.lookupRoleName ?? "argocd-cluster-link-lookup";
    const lookupRoleArn = inputs.lookupRoleArn ??
        config.aws.lookupRoleArn ??
        defaultRoleArn(accountId(request.targetAccount, "target-account"), roleName);
    const chainName = inputs.chainRoleName ?? config.aws.chainRoleName;
    const source = config.aws.sourceCluster;
    const result = await lookupClusters({
        getIdToken: io.getIdToken,
        ...((inputs.audience ?? config.aws.audience) ? { audience: inputs.audience ?? config.aws.audience } : {}),
        region: inputs.awsRegion ?? config.aws.region ?? request.targetRegion,
        lookupRoleArn,
        ...(chainName
            ? { chainRoleArn: defaultRoleArn(accountId(request.targetAccount, "target-account"), chainName) }
            : {}),
        sessionName: runSessionName(ctx.runId, ctx.runAttempt),
        defaultBranch: ctx.defaultBranch,
        target: { name: request.targetCluster, region: request.targetRegion },
        ...(source
            ? {
                source: {
                    name: source.name,
                    region: source.region ?? request.targetRegion,
                    roleArn: defaultRoleArn(accountId(request.sourceAccount, "source-account"), chainName ?? roleName),
                },
            }
            : {}),
        method: request.method,
        mask: io.setSecret,
        log: io.info,
    });
    if (result.target) {
        const mismatch = (0,_facts_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .checkFactsMatchRequest */ .qW)(result.target, request);
        if (mismatch.length > 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InvalidInputError */ .oC("cluster read from EKS", mismatch);
    }
    return { ...(result.target ? { facts: result.target } : {}), checks: result.checks };
}


/***/ }),

/***/ 6644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sz: () => (/* binding */ parseClusterFactsText),
/* harmony export */   jz: () => (/* binding */ clusterFactsFromDescribe),
/* harmony export */   qW: () => (/* binding */ checkFactsMatchRequest)
/* harmony export */ });
/* unused harmony export jsonDepth */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);
/* harmony import */ var _core_validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(993);




const AUTHENTICATION_MODES = ["CONFIG_MAP", "API_AND_CONFIG_MAP", "API"];
/** describe-cluster output is a few kilobytes; anything far larger is not one. */
const MAX_FACTS_CHARS = 256 * 1024;
/** describe-cluster output nests about 6 levels deep; far deeper JSON would only exhaust the stack of what reads it. */
const MAX_FACTS_DEPTH = 32;
/** Built from the request's region and cluster-name patterns (anchors dropped) so both agree. */
const CLUSTER_ARN = {
    max: 256,
    pattern: new RegExp(`^arn:aws[a-z-]*:eks:${_core_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .AWS_REGION */ .VN.pattern.source.slice(1, -1)}:[0-9]{12}:cluster/${_core_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .EKS_CLUSTER_NAME */ .p1.pattern.source.slice(1, -1)}$`),
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
    const rootError = (value, message) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidInputError */ .oC(what, [{ field: "(root)", value, message }]);
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
        throw rootError((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(text), `is not valid JSON: ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(error.message, _core_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .PARSER_MESSAGE_MAX */ .jS)}`);
    }
    // Other top-level fields are ignored like unknown cluster fields: AWS may add them.
    if (!(0,_core_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .isMapping */ .pi)(output) || !(0,_core_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .isMapping */ .pi)(output.cluster)) {
        throw rootError((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(output), 'must be the output of aws eks describe-cluster: a JSON object {"cluster": {...}}');
    }
    return clusterFactsFromDescribe(output.cluster, sourceName);
}
/**
 * Validates the `cluster` object of a describe-cluster response (AWS CLI JSON or EKS SDK output).
 * Unknown fields are ignored. Throws InvalidInputError listing every problem found.
 */
function clusterFactsFromDescribe(cluster, sourceName) {
    const what = `cluster facts ${sourceName}`;
    if (!(0,_core_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .isMapping */ .pi)(cluster)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidInputError */ .oC(what, [
            { field: "cluster", value: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(cluster), message: "must be the JSON object describing the cluster" },
        ]);
    }
    const errors = [];
    const optional = (field, value, rule) => value === undefined || value === null ? undefined : (0,_core_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .readText */ .yR)(errors, `cluster.${field}`, value, rule);
    const required = (field, value, rule) => {
        if (value !== undefined && value !== null)
            return (0,_core_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .readText */ .yR)(errors, `cluster.${field}`, value, rule);
        errors.push({ field: `cluster.${field}`, value: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(value), message: `is required: ${rule.words}` });
        return undefined;
    };
    const object = (field, value) => {
        if (value === undefined || value === null || (0,_core_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .isMapping */ .pi)(value))
            return value ?? undefined;
        errors.push({ field: `cluster.${field}`, value: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(value), message: "must be a JSON object" });
        return undefined;
    };
    const flag = (field, value) => {
        if (value === undefined || value === null || typeof value === "boolean")
            return value ?? undefined;
        errors.push({ field: `cluster.${field}`, value: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(value), message: "must be true or false" });
        return undefined;
    };
    const name = required("name", cluster.name, _core_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .EKS_CLUSTER_NAME */ .p1);
    const arn = required("arn", cluster.arn, CLUSTER_ARN);
    // The pattern above guarantees six ':'-separated parts with the name after "cluster/".
    const [, , , region = "", accountId = "", resource = ""] = arn?.split(":") ?? [];
    const arnName = resource.slice("cluster/".length);
    if (arn !== undefined && name !== undefined && arnName !== name) {
        errors.push({
            field: "cluster.arn",
            value: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(arn),
            message: `names cluster ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(arnName)} but cluster.name is ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(name)}; they must be the same cluster`,
        });
    }
    const version = optional("version", cluster.version, VERSION);
    const status = required("status", cluster.status, STATUS);
    if (status !== undefined && status !== "ACTIVE") {
        errors.push({
            field: "cluster.status",
            value: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(status),
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
            value: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(mode),
            message: `must be one of: ${AUTHENTICATION_MODES.join(", ")}`,
        });
    }
    const vpcConfig = object("resourcesVpcConfig", cluster.resourcesVpcConfig);
    const vpcId = optional("resourcesVpcConfig.vpcId", vpcConfig?.vpcId, VPC_ID);
    const endpointPublicAccess = flag("resourcesVpcConfig.endpointPublicAccess", vpcConfig?.endpointPublicAccess);
    const endpointPrivateAccess = flag("resourcesVpcConfig.endpointPrivateAccess", vpcConfig?.endpointPrivateAccess);
    if (errors.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidInputError */ .oC(what, errors);
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
            value: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(req.targetCluster),
            message: `does not match the cluster facts, which describe cluster ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(facts.name)}`,
        });
    }
    if (facts.region !== req.targetRegion) {
        errors.push({
            field: "target-region",
            value: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(req.targetRegion),
            message: `does not match the cluster facts, whose cluster is in ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(facts.region)}`,
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
    const fail = (message) => errors.push({ field, value: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(url), message });
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
        errors.push({ field, value: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(data), message });
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
        certificate = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(pem);
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


/***/ })

};
