export const id = 895;
export const ids = [895,822,276];
export const modules = {

/***/ 441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_AUDIENCE: () => (/* binding */ DEFAULT_AUDIENCE),
  accountOf: () => (/* binding */ accountOf),
  assumeChained: () => (/* binding */ assumeChained),
  assumeWithWebIdentity: () => (/* binding */ assumeWithWebIdentity),
  clientConfig: () => (/* binding */ clientConfig),
  fetchIdToken: () => (/* binding */ fetchIdToken),
  runSessionName: () => (/* binding */ runSessionName),
  sanitizeSessionName: () => (/* binding */ sanitizeSessionName)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/core/proxy.ts
var proxy = __webpack_require__(4819);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/aws/jwt.ts
// Reads the claims of GitHub's OIDC token to explain a refused AssumeRoleWithWebIdentity. The token
// itself is a credential: it is never printed, and only the claims below are ever read from it.

/** Claims are short; a longer one is cut to this many characters in reports. */
const CLAIM_MAX = 200;
/** GitHub's OIDC issuer; IAM condition keys are named after it. */
const GITHUB_OIDC_ISSUER = "https://token.actions.githubusercontent.com";
const CONDITION_PREFIX = "token.actions.githubusercontent.com";
const STRING_CLAIMS = [
    "iss",
    "sub",
    "repository",
    "repository_id",
    "repository_owner",
    "repository_owner_id",
    "ref",
    "environment",
    "event_name",
];
/** The payload's known claims, without checking the signature; undefined when it is not a JWT. */
function decodeClaims(token) {
    const parts = token.split(".");
    if (parts.length !== 3 || parts[1] === undefined || !/^[A-Za-z0-9_-]+$/.test(parts[1]))
        return undefined;
    let payload;
    try {
        payload = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
    }
    catch {
        return undefined;
    }
    if (typeof payload !== "object" || payload === null || Array.isArray(payload))
        return undefined;
    const raw = payload;
    const claims = {};
    for (const key of STRING_CLAIMS) {
        const value = raw[key];
        if (typeof value === "string" || typeof value === "number")
            claims[key] = (0,core_text/* oneLine */.TN)(String(value), CLAIM_MAX);
    }
    if (typeof raw.aud === "string")
        claims.aud = (0,core_text/* oneLine */.TN)(raw.aud, CLAIM_MAX);
    else if (Array.isArray(raw.aud))
        claims.aud = (0,core_text/* oneLine */.TN)(raw.aud.filter((a) => typeof a === "string").join(", "), CLAIM_MAX);
    if (typeof raw.exp === "number" && Number.isFinite(raw.exp))
        claims.exp = raw.exp;
    return claims;
}
/** The claims as report lines: `  sub: ...`. */
function claimLines(claims) {
    const show = (value) => (value === undefined ? "(not in the token)" : value);
    return [
        `  sub: ${show(claims.sub)}`,
        `  aud: ${show(claims.aud)}`,
        `  repository: ${show(claims.repository)} (repository_id ${show(claims.repository_id)}, repository_owner_id ${show(claims.repository_owner_id)})`,
        `  ref: ${show(claims.ref)}`,
        `  environment: ${claims.environment ?? "(none)"}`,
        `  event_name: ${show(claims.event_name)}`,
    ];
}
const SUB = /^repo:([^/:]+)\/([^:]+):(.+)$/;
const WITH_ID = /^(.*)@([0-9]+)$/;
/**
 * The narrowest `sub` values that accept this run's token: the repository's default branch (which
 * issue-triggered runs carry), or the job's environment when it has one; by name and, when the id
 * claims are there, in the immutable form. Never `repo:<org>/<repo>:*`, which any branch's workflow
 * of the repository would match.
 */
function subjectPatterns(claims, defaultBranch) {
    const match = claims.sub === undefined ? null : SUB.exec(claims.sub);
    if (match === null)
        return { patterns: claims.sub === undefined ? [] : [claims.sub], immutable: false };
    const [, ownerPart = "", repoPart = "", context = ""] = match;
    const owner = WITH_ID.exec(ownerPart);
    const repo = WITH_ID.exec(repoPart);
    const immutable = owner !== null && repo !== null;
    const ownerName = owner?.[1] ?? ownerPart;
    const repoName = repo?.[1] ?? repoPart;
    const ownerId = owner?.[2] ?? claims.repository_owner_id;
    const repoId = repo?.[2] ?? claims.repository_id;
    const branchRef = claims.ref?.startsWith("refs/heads/") ? claims.ref : undefined;
    const suffix = context.startsWith("environment:")
        ? context
        : `ref:${defaultBranch ? `refs/heads/${defaultBranch}` : (branchRef ?? "refs/heads/<default branch>")}`;
    const byName = `repo:${ownerName}/${repoName}:${suffix}`;
    const byId = ownerId && repoId ? `repo:${ownerName}@${ownerId}/${repoName}@${repoId}:${suffix}` : undefined;
    const patterns = immutable ? [byId] : [byName, ...(byId ? [byId] : [])];
    return { patterns, immutable };
}
/**
 * What the role's trust policy must contain to accept this token, with the reasons tokens commonly
 * fail: the `sub` form of new repositories and the ref of issue-triggered runs.
 */
function trustPolicyHint(claims, audience, accountId, defaultBranch) {
    const lines = [];
    if (claims === undefined) {
        lines.push("The token's claims could not be read (it is not a JWT).");
    }
    else {
        lines.push("The GitHub OIDC token of this run has these claims:", ...claimLines(claims));
    }
    const { patterns, immutable } = subjectPatterns(claims ?? {}, defaultBranch);
    const sub = patterns.length > 0
        ? patterns
        : [`repo:<org>/<repo>:ref:refs/heads/${defaultBranch ?? "<default branch>"}`];
    lines.push(`The role's trust policy must allow them: principal {"Federated": "arn:aws:iam::${accountId}:oidc-provider/token.actions.githubusercontent.com"},`, 'action "sts:AssumeRoleWithWebIdentity", and a condition such as:', '  "Condition": {', `    "StringEquals": { "${CONDITION_PREFIX}:aud": ${JSON.stringify(audience)} },`, `    "StringLike": { "${CONDITION_PREFIX}:sub": ${sub.length === 1 ? JSON.stringify(sub[0]) : `[${sub.map((p) => JSON.stringify(p)).join(", ")}]`} }`, "  }");
    if (claims?.aud !== undefined && claims.aud !== audience) {
        lines.push(`Note: the token's aud (${claims.aud}) is not the audience requested (${audience}).`);
    }
    if (immutable) {
        lines.push("This repository uses the immutable sub form repo:<org>@<ORGID>/<repo>@<REPOID>:... (repositories created", "or renamed after 2026-07-15, or opted in): patterns naming only repo:<org>/<repo>:... no longer match it.");
    }
    else {
        lines.push("Repositories created or renamed after 2026-07-15 (or opted in) get the immutable sub form", "repo:<org>@<ORGID>/<repo>@<REPOID>:... built from the repository_owner_id and repository_id claims;", "list both forms while migrating.");
    }
    const issueRun = claims?.event_name === "issues" || claims?.event_name === "issue_comment";
    lines.push(`${issueRun ? "This run was triggered by an issue: i" : "I"}ssue-triggered runs carry the default branch's ref in sub`, `(${claims?.ref === undefined ? "ref:refs/heads/<default branch>" : `ref:${claims.ref}`}), so a pattern limited to other branches refuses them;`, "jobs with an environment carry repo:<org>/<repo>:environment:<name> instead of the ref.");
    return lines.join("\n");
}

// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
;// CONCATENATED MODULE: ./src/aws/credentials.ts
// Short-lived AWS credentials from the workflow's GitHub OIDC token: STS AssumeRoleWithWebIdentity into
// the lookup role, then optionally AssumeRole into a role of the target account. Credentials stay in
// memory, are masked in the log as soon as they exist and are never written to the environment.






const DEFAULT_AUDIENCE = "sts.amazonaws.com";
/** The shortest session STS grants: the lookup takes seconds, and chained sessions are capped at 1 h anyway. */
const SESSION_SECONDS = 900;
/**
 * Settings shared by the SDK clients. Retries are ours (see retry.ts), so the SDK makes one attempt.
 * No endpoint is set: the SDK takes AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL_EKS (or AWS_ENDPOINT_URL)
 * from the environment when present, which is how tests point it at local fakes.
 */
function clientConfig(region, credentials) {
    return {
        region,
        maxAttempts: 1,
        // Behind a proxy (HTTPS_PROXY, NO_PROXY) the SDK's NodeHttpHandler goes through a CONNECT tunnel.
        requestHandler: { connectionTimeout: 5_000, requestTimeout: 15_000, ...(0,proxy/* proxyAgents */.Hd)(process.env) },
        ...(credentials && {
            credentials: {
                accessKeyId: credentials.accessKeyId,
                secretAccessKey: credentials.secretAccessKey,
                sessionToken: credentials.sessionToken,
            },
        }),
    };
}
/** STS role session names: 2 to 64 of `[\w+=,.@-]`. Anything else becomes '-'. */
function sanitizeSessionName(raw) {
    const clean = raw.replace(/[^\w+=,.@-]/g, "-").slice(0, 64);
    return clean.length >= 2 ? clean : "argocd-cluster-link";
}
/** A session name that identifies the workflow run in CloudTrail: argocd-cluster-link-<run id>-<attempt>. */
function runSessionName(runId, runAttempt) {
    return sanitizeSessionName(["argocd-cluster-link", runId || "local", runAttempt || "1"].join("-"));
}
function accountOf(roleArn) {
    return roleArn.split(":")[4] ?? "";
}
/** The workflow's OIDC token for `audience`, masked. Explains a missing `id-token: write` permission. */
async function fetchIdToken(getIdToken, audience, ctx) {
    ctx.log(`Requesting a GitHub OIDC token for audience ${audience}`);
    let token;
    try {
        token = await getIdToken(audience);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (/ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(message)) {
            throw new errors/* AwsLookupError */.qp("oidc-unavailable", "No GitHub OIDC token is available: the workflow lacks `permissions: id-token: write` " +
                "(ACTIONS_ID_TOKEN_REQUEST_URL / ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set).", [
                "Add to the job (or the workflow) that runs this Action:",
                "  permissions:",
                "    id-token: write   # lets the job request an OIDC token for AWS",
                "    contents: read",
                "Workflows triggered from forks never get an OIDC token.",
            ].join("\n"), { cause: error });
        }
        throw new errors/* AwsLookupError */.qp("oidc-token-failed", `Requesting the GitHub OIDC token failed: ${(0,core_text/* oneLine */.TN)(message, 300)}`, "Rerun the job; if it persists, check https://www.githubstatus.com for Actions incidents.", { cause: error });
    }
    if (typeof token !== "string" || token === "") {
        throw new errors/* AwsLookupError */.qp("oidc-token-failed", "GitHub returned an empty OIDC token.", "Rerun the job.");
    }
    ctx.mask(token);
    const claims = decodeClaims(token);
    if (claims) {
        ctx.log(`OIDC token: sub=${claims.sub ?? "?"} aud=${claims.aud ?? "?"} event=${claims.event_name ?? "?"}`);
    }
    return { token, claims };
}
function fromSts(credentials, what, mask) {
    const { AccessKeyId, SecretAccessKey, SessionToken, Expiration } = credentials ?? {};
    if (!AccessKeyId || !SecretAccessKey || !SessionToken) {
        throw new errors/* AwsLookupError */.qp("aws-error", `${what} returned no credentials.`, "Rerun the job; this is not expected from STS.");
    }
    mask(AccessKeyId);
    mask(SecretAccessKey);
    mask(SessionToken);
    return {
        accessKeyId: AccessKeyId,
        secretAccessKey: SecretAccessKey,
        sessionToken: SessionToken,
        ...(Expiration && { expiration: Expiration }),
    };
}
/** STS AssumeRoleWithWebIdentity (an unsigned call: the OIDC token is the proof). */
async function assumeWithWebIdentity(input, ctx) {
    const what = `STS AssumeRoleWithWebIdentity into ${input.roleArn}`;
    const command = new dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({
        RoleArn: input.roleArn,
        RoleSessionName: input.sessionName,
        WebIdentityToken: input.token,
        DurationSeconds: SESSION_SECONDS,
    });
    return assume(new dist_cjs/* STSClient */.iM(clientConfig(input.region)), command, what, input, ctx, (error) => webIdentityError(what, input, error));
}
function webIdentityError(what, input, error) {
    if (error instanceof errors/* AwsLookupError */.qp)
        return error;
    if (error instanceof retry/* RetriesExhaustedError */.i5)
        return (0,errors/* unavailableError */.bj)(what, input.region, error);
    const code = (0,errors/* awsErrorCode */.J6)(error);
    const account = accountOf(input.roleArn);
    if (code === "AccessDenied") {
        return new errors/* AwsLookupError */.qp("web-identity-denied", `${what} was refused: AccessDenied (${(0,errors/* awsMessage */.Jk)(error)}). The role's trust policy does not accept this run's OIDC token.`, trustPolicyHint(input.claims, input.audience, account, input.defaultBranch), { cause: error });
    }
    if (code === "InvalidIdentityToken" || code === "IDPRejectedClaim") {
        const claims = input.claims;
        return new errors/* AwsLookupError */.qp(code === "InvalidIdentityToken" ? "web-identity-invalid-token" : "web-identity-rejected", `${what} failed: ${code} (${(0,errors/* awsMessage */.Jk)(error)}). AWS does not accept tokens from this identity provider or audience.`, [
            `Account ${account} needs an IAM OIDC identity provider for ${GITHUB_OIDC_ISSUER}`,
            `whose audiences (client IDs) include ${JSON.stringify(input.audience)}, e.g. in Terraform:`,
            `  resource "aws_iam_openid_connect_provider" "github" {`,
            `    url            = "${GITHUB_OIDC_ISSUER}"`,
            `    client_id_list = [${JSON.stringify(input.audience)}]`,
            "  }",
            `The token has iss ${claims?.iss ?? "(unknown)"} and aud ${claims?.aud ?? "(unknown)"}; the Action's audience input must be one of the provider's audiences.`,
            ...(code === "IDPRejectedClaim"
                ? ["The claim may also have expired or been revoked: rerun the job."]
                : []),
        ].join("\n"), { cause: error });
    }
    if (code === "ExpiredToken")
        return (0,errors/* expiredError */.Un)(what, error);
    if (code === "RegionDisabled")
        return regionDisabledError(what, input.region, account, error);
    return (0,errors/* unexpectedError */.Wm)(what, error);
}
/** STS AssumeRole signed with the lookup role's credentials: role chaining into another account. */
async function assumeChained(input, ctx) {
    const what = `STS AssumeRole from ${input.fromRoleArn} into ${input.roleArn}`;
    const command = new dist_cjs/* AssumeRoleCommand */.QL({
        RoleArn: input.roleArn,
        RoleSessionName: input.sessionName,
        DurationSeconds: SESSION_SECONDS,
    });
    return assume(new dist_cjs/* STSClient */.iM(clientConfig(input.region, input.credentials)), command, what, input, ctx, (error) => chainError(what, input, error));
}
/** Sends one STS assume call with retries, masks and logs the credentials, maps failures to `toError`. */
async function assume(client, command, what, input, ctx, toError) {
    try {
        // Both commands answer with Credentials; the union of their send() overloads needs the cast.
        const output = (await (0,retry/* withRetry */.bD)(what, (abortSignal) => client.send(command, { abortSignal }), ctx.retry, ctx.log, ctx.runtime));
        const credentials = fromSts(output.Credentials, what, ctx.mask);
        ctx.log(`Assumed ${input.roleArn} as session ${input.sessionName}${expiresAt(credentials)}`);
        return credentials;
    }
    catch (error) {
        throw toError(error);
    }
    finally {
        client.destroy();
    }
}
function chainError(what, input, error) {
    if (error instanceof errors/* AwsLookupError */.qp)
        return error;
    if (error instanceof retry/* RetriesExhaustedError */.i5)
        return (0,errors/* unavailableError */.bj)(what, input.region, error);
    const code = (0,errors/* awsErrorCode */.J6)(error);
    if (code === "AccessDenied") {
        return new errors/* AwsLookupError */.qp("chain-role-denied", `${what} was refused: AccessDenied (${(0,errors/* awsMessage */.Jk)(error)}).`, [
            `The trust policy of ${input.roleArn} must allow the lookup role:`,
            `  { "Effect": "Allow", "Principal": { "AWS": "${input.fromRoleArn}" }, "Action": "sts:AssumeRole" }`,
            `and ${input.fromRoleArn} needs an identity policy allowing sts:AssumeRole on ${input.roleArn}.`,
            "Check also that the role ARN (account id and name) is right.",
        ].join("\n"), { cause: error });
    }
    if ((0,errors/* isExpiredCredentials */.CW)(code))
        return (0,errors/* expiredError */.Un)(what, error);
    if (code === "RegionDisabled") {
        return regionDisabledError(what, input.region, accountOf(input.roleArn), error);
    }
    return (0,errors/* unexpectedError */.Wm)(what, error);
}
function regionDisabledError(what, region, account, error) {
    return new errors/* AwsLookupError */.qp("sts-region-disabled", `${what} failed: STS is not activated in ${region} for account ${account} (${(0,errors/* awsMessage */.Jk)(error)}).`, `Activate STS in ${region} (IAM > Account settings > Security Token Service endpoints), or use another region for STS.`, { cause: error });
}
function expiresAt(credentials) {
    return credentials.expiration ? ` (expires ${credentials.expiration.toISOString()})` : "";
}


/***/ }),

/***/ 4192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ describeCluster)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_eks__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4524);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(441);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2495);
// EKS DescribeCluster with the short-lived credentials, and its failures explained.




/** The `cluster` object of DescribeCluster, as the SDK returns it (validated later). */
async function describeCluster(input, ctx) {
    const what = `EKS DescribeCluster for the ${input.role} cluster "${input.name}"`;
    const client = new _aws_sdk_client_eks__WEBPACK_IMPORTED_MODULE_3__/* .EKSClient */ .JQJ((0,_credentials_js__WEBPACK_IMPORTED_MODULE_0__.clientConfig)(input.region, input.credentials));
    try {
        const output = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(what, (abortSignal) => client.send(new _aws_sdk_client_eks__WEBPACK_IMPORTED_MODULE_3__/* .DescribeClusterCommand */ .hV5({ name: input.name }), { abortSignal }), ctx.retry, ctx.log, ctx.runtime);
        if (typeof output?.cluster !== "object" || output.cluster === null) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AwsLookupError */ .qp("aws-error", `${what} returned no cluster.`, "Rerun the job; this is not expected from EKS.");
        }
        ctx.log(`Described ${input.role} cluster ${input.name}: ${output.cluster.status ?? "status unknown"}`);
        return output.cluster;
    }
    catch (error) {
        throw describeError(what, input, error);
    }
    finally {
        client.destroy();
    }
}
function describeError(what, input, error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AwsLookupError */ .qp)
        return error;
    if (error instanceof _retry_js__WEBPACK_IMPORTED_MODULE_2__/* .RetriesExhaustedError */ .i5)
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .unavailableError */ .bj)(what, input.region, error);
    const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorCode */ .J6)(error);
    const account = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_0__.accountOf)(input.roleArn);
    const partition = input.roleArn.split(":")[1] || "aws";
    const clusterArn = `arn:${partition}:eks:${input.region}:${account}:cluster/${input.name}`;
    if (code === "ResourceNotFound") {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AwsLookupError */ .qp("cluster-not-found", `The ${input.role} cluster "${input.name}" was not found in account ${account}, region ${input.region} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsMessage */ .Jk)(error)}).`, [
            `The lookup used role ${input.roleArn}, so it looked in account ${account}.`,
            `Check the cluster name and region (aws eks list-clusters --region ${input.region} in account ${account});`,
            "if the cluster lives in another account, give a role of that account to assume (chained role).",
        ].join("\n"), { cause: error });
    }
    if (code === "AccessDenied") {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AwsLookupError */ .qp("cluster-access-denied", `${what} was refused: role ${input.roleArn} lacks eks:DescribeCluster on ${clusterArn} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsMessage */ .Jk)(error)}).`, [
            `Allow it in an identity policy of ${input.roleArn}:`,
            `  { "Effect": "Allow", "Action": "eks:DescribeCluster", "Resource": "${clusterArn}" }`,
            "(AWS checks permissions before existence, so also check the cluster name, region and account.)",
        ].join("\n"), { cause: error });
    }
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isExpiredCredentials */ .CW)(code))
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .expiredError */ .Un)(what, error);
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .unexpectedError */ .Wm)(what, error);
}


/***/ }),

/***/ 6895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultRoleArn: () => (/* binding */ defaultRoleArn),
  lookupClusters: () => (/* binding */ lookupClusters),
  lookupSessions: () => (/* binding */ lookupSessions)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/facts/parse.ts
var parse = __webpack_require__(6644);
// EXTERNAL MODULE: ./src/core/validate.ts
var validate = __webpack_require__(993);
// EXTERNAL MODULE: ./src/aws/credentials.ts + 1 modules
var aws_credentials = __webpack_require__(441);
// EXTERNAL MODULE: ./src/aws/eks.ts
var eks = __webpack_require__(4192);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/versions.ts
var versions = __webpack_require__(4506);
;// CONCATENATED MODULE: ./src/aws/preflight.ts
// Checks on the described clusters that tell, before any pull request, whether the link can work and
// what the plan will do. A failed check must be reported by the caller before anything else happens.


/** Warn when the cluster CA expires within this many days. */
const CA_EXPIRY_WARN_DAYS = 90;
/**
 * Warn for Kubernetes versions older than this: an example threshold for the end of EKS standard
 * support (older versions run on paid extended support, then are upgraded by AWS). Update it over time.
 */
const OLDEST_STANDARD_SUPPORT_VERSION = "1.29";
function hasFailures(checks) {
    return checks.some((check) => check.status === "fail");
}
const DAY_MS = 24 * 60 * 60 * 1000;
function check(id, status, summary, action) {
    return action === undefined ? { id, status, summary } : { id, status, summary, action };
}
/** Status, endpoint and CA from the raw describe output: they decide whether facts can be built at all. */
function targetStateChecks(cluster, name, now) {
    const status = typeof cluster.status === "string" ? cluster.status : "in an unknown state";
    const endpoint = typeof cluster.endpoint === "string" ? cluster.endpoint : "";
    const ca = cluster.certificateAuthority;
    const caData = typeof ca?.data === "string" ? ca.data : "";
    if (status !== "ACTIVE" || endpoint === "" || caData === "") {
        const missing = [endpoint === "" && "API endpoint", caData === "" && "CA certificate"].filter(Boolean);
        return [
            check("target-active", "fail", status !== "ACTIVE"
                ? `target cluster ${name} is ${status}, not ACTIVE: its endpoint and CA are not usable yet`
                : `target cluster ${name} is ACTIVE but reports no ${missing.join(" and ")}`, `Wait until the cluster is ACTIVE (aws eks wait cluster-active --name ${name}) and rerun.`),
        ];
    }
    return [
        check("target-active", "pass", `target cluster ${name} is ACTIVE with an API endpoint and a CA certificate`),
        caCheck(caData, now),
    ];
}
/** The CA must be a PEM certificate that has not expired; warn when it expires soon. */
function caCheck(caData, now) {
    const invalid = (why) => check("target-ca", "fail", `the cluster CA (certificateAuthority.data) ${why}`, "Check the cluster in the EKS console; ArgoCD cannot verify the API server without its CA.");
    const pem = Buffer.from(caData, "base64").toString("latin1");
    if (!pem.includes("-----BEGIN CERTIFICATE-----"))
        return invalid("is not base64 of a PEM certificate");
    let certificate;
    try {
        certificate = new external_node_crypto_.X509Certificate(pem);
    }
    catch {
        return invalid("holds a PEM block that is not a valid X.509 certificate");
    }
    const subject = certificate.subject.split("\n").join(", ");
    const notAfter = new Date(certificate.validTo);
    if (Number.isNaN(notAfter.getTime()))
        return invalid("has an expiry date that cannot be read");
    const days = Math.floor((notAfter.getTime() - now.getTime()) / DAY_MS);
    const until = notAfter.toISOString().slice(0, 10);
    if (notAfter.getTime() <= now.getTime()) {
        return check("target-ca", "fail", `the cluster CA ${subject} expired on ${until}: TLS connections to the API server fail`, "The cluster CA must be renewed before ArgoCD can connect; for EKS, contact AWS support.");
    }
    if (days < CA_EXPIRY_WARN_DAYS) {
        return check("target-ca", "warn", `the cluster CA ${subject} expires on ${until}, in ${days} days (under ${CA_EXPIRY_WARN_DAYS})`, "Plan the CA renewal; ArgoCD's cluster secret (caData) must be updated with the new CA.");
    }
    return check("target-ca", "pass", `the cluster CA ${subject} is valid until ${until} (${days} days)`);
}
/** The source cluster's state: UPDATING still works; anything else but ACTIVE cannot run ArgoCD. */
function sourceStateCheck(cluster, name) {
    const status = typeof cluster.status === "string" ? cluster.status : "in an unknown state";
    if (status === "ACTIVE")
        return check("source-active", "pass", `source cluster ${name} is ACTIVE`);
    if (status === "UPDATING") {
        return check("source-active", "warn", `source cluster ${name} is UPDATING: its OIDC issuer and VPC were not checked`, "Rerun when the update is done to check them.");
    }
    return check("source-active", "fail", `source cluster ${name} is ${status}, not ACTIVE: ArgoCD cannot run there`, "Check the source cluster name and region, and its state in the EKS console.");
}
/** Checks on valid facts: IRSA on the source, authentication mode, network path, Kubernetes version. */
function factsChecks(input) {
    const checks = [];
    if (input.method === "iam-role")
        checks.push(oidcCheck(input));
    checks.push(authModeCheck(input), endpointCheck(input), versionCheck(input.target));
    return checks;
}
function oidcCheck({ source, sourceNotChecked }) {
    if (source === undefined) {
        return check("source-oidc", "warn", `source cluster not checked (${sourceNotChecked ?? "none was given"}): IRSA for ArgoCD needs its OIDC issuer`, "Give the source cluster (where ArgoCD runs) to check it.");
    }
    if (source.oidcIssuer === undefined) {
        return check("source-oidc", "fail", `source cluster ${source.name} has no OIDC issuer: IRSA is impossible, so ArgoCD cannot assume an IAM role`, "Enable the cluster's OIDC issuer and create its IAM OIDC provider, or use method bearer-token.");
    }
    return check("source-oidc", "pass", `source cluster ${source.name} has OIDC issuer ${source.oidcIssuer}: ArgoCD can use IRSA (its IAM OIDC provider must exist in account ${source.accountId})`);
}
function authModeCheck({ target, method }) {
    const mode = target.authenticationMode;
    if (method === "bearer-token") {
        return check("auth-mode", "pass", `authentication mode ${mode}: not used, method bearer-token authenticates with a ServiceAccount token`);
    }
    if (mode === "CONFIG_MAP") {
        return check("auth-mode", "warn", "authentication mode CONFIG_MAP: the plan maps ArgoCD's role in the aws-auth ConfigMap (map_roles); access entries are unavailable", "Consider switching the cluster to API_AND_CONFIG_MAP (a one-way change) to use access entries, which replace the deprecated aws-auth.");
    }
    return check("auth-mode", "pass", `authentication mode ${mode}: the plan grants ArgoCD's role access with an EKS access entry${mode === "API" ? " (aws-auth is ignored)" : ""}`);
}
function endpointCheck({ target, source, publicAccessCidrs }) {
    const vpcs = `target VPC ${target.vpcId ?? "unknown"}, source VPC ${source?.vpcId ?? "unknown"}`;
    if (target.endpointPublicAccess === undefined && target.endpointPrivateAccess === undefined) {
        return check("endpoint-access", "warn", `the target's endpoint access (public/private) is not reported (${vpcs})`, "Check that ArgoCD can reach the API endpoint.");
    }
    if (target.endpointPublicAccess === true) {
        const open = publicAccessCidrs === undefined || publicAccessCidrs.includes("0.0.0.0/0");
        if (!open) {
            return check("endpoint-access", "warn", `the target's public endpoint only admits ${publicAccessCidrs.join(", ")}`, "Make sure ArgoCD's outbound (NAT) addresses are in publicAccessCidrs, or give it a private network path.");
        }
        return check("endpoint-access", "pass", `the target's API endpoint is public${target.endpointPrivateAccess ? " and private" : ""}: reachable by ArgoCD (${vpcs})`);
    }
    if (target.endpointPrivateAccess !== true) {
        return check("endpoint-access", "fail", "the target's API endpoint has neither public nor private access", "Enable public or private endpoint access on the target cluster.");
    }
    if (source?.vpcId !== undefined && source.vpcId === target.vpcId) {
        return check("endpoint-access", "pass", `the target's API endpoint is private-only and ArgoCD's cluster is in the same VPC ${target.vpcId}`);
    }
    return check("endpoint-access", "warn", `the target's API endpoint is private-only: ArgoCD needs a network path to it (${vpcs})`, "Connect the VPCs (VPC peering or Transit Gateway, with routes and security group rules for port 443) and let the source resolve the private endpoint's DNS name.");
}
function versionCheck(target) {
    if (target.version === undefined) {
        return check("k8s-version", "warn", "the target's Kubernetes version is not reported");
    }
    if ((0,versions/* compareVersions */.Zy)(target.version, OLDEST_STANDARD_SUPPORT_VERSION) < 0) {
        return check("k8s-version", "warn", `Kubernetes ${target.version} is older than ${OLDEST_STANDARD_SUPPORT_VERSION}: past EKS standard support (extended support costs more)`, "Plan a cluster upgrade; linking works meanwhile.");
    }
    return check("k8s-version", "pass", `Kubernetes ${target.version} is not older than ${OLDEST_STANDARD_SUPPORT_VERSION} (the standard-support threshold)`);
}

// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
;// CONCATENATED MODULE: ./src/aws/lookup.ts
// Reads the target cluster (and the source cluster where ArgoCD runs) with short-lived credentials from
// the workflow's GitHub OIDC token, and checks them before anything is planned or published.







const ROLE_ARN = /^arn:aws[a-z-]*:iam::[0-9]{12}:role\/[\w+=,.@/-]{1,512}$/;
const ACCOUNT_ID = /^[0-9]{12}$/;
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
const PARTITION = /^aws(-[a-z]+)*$/;
/** arn:<partition>:iam::<account>:role/<name>. */
function defaultRoleArn(accountId, roleName, partition = "aws") {
    const errors = [];
    if (!ACCOUNT_ID.test(accountId)) {
        errors.push({ field: "account id", value: (0,core_errors/* show */.WU)(accountId), message: "must be 12 digits" });
    }
    if (!ROLE_NAME.test(roleName)) {
        errors.push({
            field: "role name",
            value: (0,core_errors/* show */.WU)(roleName),
            message: "must be 1 to 64 letters, digits and + = , . @ _ -",
        });
    }
    if (!PARTITION.test(partition)) {
        errors.push({
            field: "partition",
            value: (0,core_errors/* show */.WU)(partition),
            message: "must be aws, aws-cn, aws-us-gov, ...",
        });
    }
    if (errors.length > 0)
        throw new core_errors/* InvalidInputError */.oC("IAM role", errors);
    return `arn:${partition}:iam::${accountId}:role/${roleName}`;
}
async function lookupClusters(opts) {
    lookup_validate(opts);
    const runtime = { ...retry/* REAL_RUNTIME */.Uc, ...opts.runtime };
    const ctx = {
        retry: opts.retry ?? retry/* DEFAULT_RETRY */.vI,
        runtime,
        log: opts.log ?? (() => { }),
        mask: opts.mask,
    };
    const sessionName = (0,aws_credentials.sanitizeSessionName)(opts.sessionName);
    // Each role is assumed once, even when the target and source use the same one; the lookup role
    // first, so a refused OIDC token is reported before anything else.
    const { credentialsFor } = lookupSessions(opts, ctx);
    await credentialsFor(opts.lookupRoleArn);
    const targetRoleArn = opts.chainRoleArn ?? opts.lookupRoleArn;
    const rawTarget = await (0,eks/* describeCluster */.K)({
        role: "target",
        name: opts.target.name,
        region: opts.target.region,
        credentials: await credentialsFor(targetRoleArn),
        roleArn: targetRoleArn,
    }, ctx);
    const now = new Date(runtime.now());
    const checks = targetStateChecks(rawTarget, opts.target.name, now);
    const target = hasFailures(checks) ? undefined : readFacts(rawTarget, "target", opts.target.name, checks);
    let source;
    let sourceNotChecked;
    if (opts.source) {
        const sourceRoleArn = opts.source.roleArn ?? opts.lookupRoleArn;
        const rawSource = await (0,eks/* describeCluster */.K)({
            role: "source",
            name: opts.source.name,
            region: opts.source.region,
            credentials: await credentialsFor(sourceRoleArn),
            roleArn: sourceRoleArn,
        }, ctx);
        const state = sourceStateCheck(rawSource, opts.source.name);
        checks.push(state);
        if (state.status === "pass")
            source = readFacts(rawSource, "source", opts.source.name, checks);
        if (!source) {
            sourceNotChecked =
                state.status === "pass" ? "its description is not usable" : `it is ${String(rawSource.status)}`;
        }
    }
    if (target) {
        checks.push(...factsChecks({
            target,
            ...(source && { source }),
            ...(sourceNotChecked && { sourceNotChecked }),
            method: opts.method,
            ...publicAccessCidrs(rawTarget),
        }));
    }
    return {
        ...(target && { target }),
        ...(source && { source }),
        checks,
        identity: { roleArn: targetRoleArn, sessionName },
    };
}
/** Facts from a describe output, or a failing `<role>-describe` check listing what is wrong with it. */
function readFacts(cluster, role, name, checks) {
    try {
        return (0,parse/* clusterFactsFromDescribe */.jz)(cluster, `${role} cluster ${name}`);
    }
    catch (error) {
        if (!(error instanceof core_errors/* InvalidInputError */.oC))
            throw error;
        checks.push({
            id: `${role}-describe`,
            status: "fail",
            summary: `the ${role} cluster's description is not usable: ${error.errors
                .map((e) => `${e.field} ${e.message}`)
                .join("; ")}`,
            action: "Check the cluster in the EKS console; report this if the cluster looks healthy.",
        });
        return undefined;
    }
}
function publicAccessCidrs(cluster) {
    const vpc = cluster.resourcesVpcConfig;
    const cidrs = vpc?.publicAccessCidrs;
    return Array.isArray(cidrs) && cidrs.every((c) => typeof c === "string")
        ? { publicAccessCidrs: cidrs }
        : {};
}
function lookup_validate(opts) {
    const errors = [];
    const role = (field, value) => {
        if (value !== undefined && !ROLE_ARN.test(value)) {
            errors.push({
                field,
                value: (0,core_errors/* show */.WU)(value),
                message: "must be an IAM role ARN: arn:aws:iam::<12-digit account id>:role/<name>",
            });
        }
    };
    const region = (field, value) => {
        if (!validate/* AWS_REGION */.VN.pattern.test(value))
            errors.push({ field, value: (0,core_errors/* show */.WU)(value), message: `must be ${validate/* AWS_REGION */.VN.words}` });
    };
    const cluster = (field, value) => {
        if (!validate/* EKS_CLUSTER_NAME */.p1.pattern.test(value) || value.length > validate/* EKS_CLUSTER_NAME */.p1.max) {
            errors.push({ field, value: (0,core_errors/* show */.WU)(value), message: `must be ${validate/* EKS_CLUSTER_NAME */.p1.words}` });
        }
    };
    role("lookupRoleArn", opts.lookupRoleArn);
    role("chainRoleArn", opts.chainRoleArn);
    region("region", opts.region);
    cluster("target.name", opts.target.name);
    region("target.region", opts.target.region);
    if (opts.source) {
        cluster("source.name", opts.source.name);
        region("source.region", opts.source.region);
        role("source.roleArn", opts.source.roleArn);
    }
    if (opts.method !== "iam-role" && opts.method !== "bearer-token") {
        errors.push({ field: "method", value: (0,core_errors/* show */.WU)(opts.method), message: "must be iam-role or bearer-token" });
    }
    if (errors.length > 0)
        throw new core_errors/* InvalidInputError */.oC("AWS lookup options", errors);
}
/**
 * Credentials of the lookup role (from the workflow's OIDC token) and of any role chained from it,
 * each assumed once and only when first asked for: verification reads IAM and EKS with them.
 */
function lookupSessions(opts, 
/** The retries, clock and logging of the calls; default: the standard retry policy. */
callContext) {
    const ctx = callContext ?? {
        retry: retry/* DEFAULT_RETRY */.vI,
        log: opts.log ?? (() => { }),
        mask: opts.mask,
    };
    const audience = opts.audience || aws_credentials.DEFAULT_AUDIENCE;
    const sessionName = (0,aws_credentials.sanitizeSessionName)(opts.sessionName);
    let lookup;
    const lookupCredentials = () => (lookup ??= (async () => {
        const { token, claims } = await (0,aws_credentials.fetchIdToken)(opts.getIdToken, audience, ctx);
        return (0,aws_credentials.assumeWithWebIdentity)({
            region: opts.region,
            roleArn: opts.lookupRoleArn,
            sessionName,
            token,
            claims,
            audience,
            ...(opts.defaultBranch ? { defaultBranch: opts.defaultBranch } : {}),
        }, ctx);
    })());
    const sessions = new Map();
    return {
        ctx,
        credentialsFor: (roleArn) => {
            if (roleArn === opts.lookupRoleArn)
                return lookupCredentials();
            let session = sessions.get(roleArn);
            if (!session) {
                session = lookupCredentials().then((credentials) => (0,aws_credentials.assumeChained)({ region: opts.region, credentials, fromRoleArn: opts.lookupRoleArn, roleArn, sessionName }, ctx));
                sessions.set(roleArn, session);
            }
            return session;
        },
    };
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
