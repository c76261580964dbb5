export const id = 245;
export const ids = [245,822];
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

/***/ 5245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  awsProbes: () => (/* binding */ awsProbes)
});

// EXTERNAL MODULE: ./src/aws/eks.ts
var eks = __webpack_require__(4192);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-eks/dist-cjs/index.js
var client_eks_dist_cjs = __webpack_require__(4524);
// EXTERNAL MODULE: ./src/aws/credentials.ts + 1 modules
var aws_credentials = __webpack_require__(441);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
;// CONCATENATED MODULE: ./src/aws/verify-reads.ts
// The AWS reads of verification: IAM GetRole (the trust policy) and EKS DescribeAccessEntry with
// ListAssociatedAccessPolicies. A missing resource is an answer ("not applied yet"), not an error;
// a refused call says which permission the reading role lacks.





/** IAM is global; its endpoint is signed for us-east-1 (other partitions have their own). */
const IAM_REGION = "us-east-1";
function refused(action, resource, error) {
    if (error instanceof retry/* RetriesExhaustedError */.i5)
        return `AWS did not answer (${error.message})`;
    const code = (0,errors/* awsErrorCode */.J6)(error);
    if (code === "AccessDenied")
        return `${action} on ${resource} was refused: allow it to the reading role (see the lookup role's policy in the docs)`;
    return `${code ?? "error"}: ${(0,errors/* awsMessage */.Jk)(error)}`;
}
/** The role's trust policy (decoded), whether it exists, or why it could not be read. */
async function readRoleTrust(name, credentials, ctx) {
    const client = new dist_cjs/* IAMClient */.h8v((0,aws_credentials.clientConfig)(IAM_REGION, credentials));
    try {
        const out = await (0,retry/* withRetry */.bD)(`IAM GetRole ${name}`, (abortSignal) => client.send(new dist_cjs/* GetRoleCommand */.kbp({ RoleName: name }), { abortSignal }), ctx.retry, ctx.log, ctx.runtime);
        const raw = out.Role?.AssumeRolePolicyDocument ?? "";
        let trust;
        try {
            // IAM returns the document URL-encoded.
            trust = JSON.parse(decodeURIComponent(raw));
        }
        catch {
            return { error: `role ${name} has a trust policy that is not JSON` };
        }
        return { trust };
    }
    catch (error) {
        if ((0,errors/* awsErrorCode */.J6)(error) === "NoSuchEntity")
            return { missing: true };
        return { error: refused("iam:GetRole", `role ${name}`, error) };
    }
    finally {
        client.destroy();
    }
}
/** The access entry's Kubernetes groups and associated access policies, or whether it is missing. */
async function readAccessEntry(cluster, region, principal, credentials, ctx) {
    const client = new client_eks_dist_cjs/* EKSClient */.JQJ((0,aws_credentials.clientConfig)(region, credentials));
    const send = (what, call) => (0,retry/* withRetry */.bD)(what, call, ctx.retry, ctx.log, ctx.runtime);
    try {
        const entry = await send(`EKS DescribeAccessEntry ${principal}`, (abortSignal) => client.send(new client_eks_dist_cjs/* DescribeAccessEntryCommand */.VV3({ clusterName: cluster, principalArn: principal }), {
            abortSignal,
        }));
        const policies = [];
        let nextToken;
        do {
            const page = await send(`EKS ListAssociatedAccessPolicies ${principal}`, (abortSignal) => client.send(new client_eks_dist_cjs/* ListAssociatedAccessPoliciesCommand */.kFG({
                clusterName: cluster,
                principalArn: principal,
                ...(nextToken ? { nextToken } : {}),
            }), { abortSignal }));
            for (const p of page.associatedAccessPolicies ?? []) {
                policies.push({
                    policyArn: p.policyArn ?? "",
                    type: p.accessScope?.type ?? "",
                    namespaces: p.accessScope?.namespaces ?? [],
                });
            }
            nextToken = page.nextToken;
        } while (nextToken);
        return { groups: entry.accessEntry?.kubernetesGroups ?? [], policies };
    }
    catch (error) {
        if ((0,errors/* awsErrorCode */.J6)(error) === "ResourceNotFound")
            return { missing: true };
        return {
            error: refused("eks:DescribeAccessEntry / eks:ListAssociatedAccessPolicies", `cluster ${cluster}`, error),
        };
    }
    finally {
        client.destroy();
    }
}

// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./src/verify/argocd-api.ts
// ArgoCD's API: GET /api/v1/clusters/{server} with a Bearer token. The token is sent to this URL
// only and never logged. A private CA is trusted through NODE_EXTRA_CA_CERTS (as every Node tool
// on a runner) or given as PEM; the call gives up after `timeoutSeconds`.

/** The largest answer read: a cluster object is a few KB. */
const MAX_BODY = 1_000_000;
async function getArgocdCluster(api, clusterServer) {
    const url = new URL(`api/v1/clusters/${encodeURIComponent(clusterServer)}`, withSlash(api.server));
    const signal = AbortSignal.timeout(api.timeoutSeconds * 1000);
    const headers = { authorization: `Bearer ${api.token}`, accept: "application/json" };
    try {
        const { status, text } = api.caCert && url.protocol === "https:"
            ? await getWithCa(url, headers, api.caCert, signal)
            : await fetch(url, { headers, redirect: "error", signal }).then(async (response) => ({
                status: response.status,
                text: (await response.text()).slice(0, MAX_BODY),
            }));
        let body = undefined;
        try {
            body = JSON.parse(text);
        }
        catch {
            body = undefined;
        }
        return { status, body };
    }
    catch (error) {
        if (signal.aborted)
            return { timeout: api.timeoutSeconds };
        const cause = error.cause;
        return { unreachable: `${cause?.code ?? ""} ${cause?.message ?? error.message}`.trim() };
    }
}
/**
 * GET trusting `ca`: node:https takes a CA per request, Node's fetch does not (undici's Agent would,
 * but it weighs 0.9 MB in the CLI package). Redirects are not followed: a 3xx is ArgoCD's answer.
 */
function getWithCa(url, headers, ca, signal) {
    return new Promise((resolve, reject) => {
        const req = (0,external_node_https_.request)(url, { method: "GET", headers, ca, signal }, (res) => {
            let text = "";
            res.setEncoding("utf8");
            res.on("data", (chunk) => {
                if (text.length < MAX_BODY)
                    text += chunk;
            });
            res.on("end", () => resolve({ status: res.statusCode ?? 0, text: text.slice(0, MAX_BODY) }));
            res.on("error", reject);
        });
        req.on("error", reject);
        req.end();
    });
}
const withSlash = (u) => (u.href.endsWith("/") ? u.href : `${u.href}/`);

;// CONCATENATED MODULE: ./src/verify/aws-probes.ts
// The probes of verification over AWS and ArgoCD: the Action gives credentials assumed through
// OIDC, the CLI gives none (the SDK's default chain: AWS_PROFILE, SSO, environment).



const message = (error) => (error instanceof Error ? error.message.split("\n")[0] : String(error));
function awsProbes(opts) {
    const probes = {
        getRole: async (side, name) => {
            try {
                return await readRoleTrust(name, await opts.credentials(side), opts.ctx);
            }
            catch (error) {
                return { error: message(error) };
            }
        },
        accessEntry: async (cluster, principal) => {
            try {
                return await readAccessEntry(cluster, opts.targetRegion, principal, await opts.credentials("target"), opts.ctx);
            }
            catch (error) {
                return { error: message(error) };
            }
        },
    };
    const source = opts.sourceCluster;
    if (source) {
        probes.sourceIssuer = async () => {
            try {
                const credentials = await opts.credentials("source");
                const cluster = await (0,eks/* describeCluster */.K)({
                    role: "source",
                    name: source.name,
                    region: source.region,
                    credentials,
                    roleArn: opts.roleArn("source"),
                }, opts.ctx);
                const issuer = cluster.identity?.oidc?.issuer;
                return typeof issuer === "string" ? issuer : { error: `cluster ${source.name} has no OIDC issuer` };
            }
            catch (error) {
                return { error: message(error) };
            }
        };
    }
    const argocd = opts.argocd;
    if (argocd)
        probes.argocdCluster = (server) => getArgocdCluster(argocd, server);
    return probes;
}


/***/ })

};
