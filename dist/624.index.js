export const id = 624;
export const ids = [624];
export const modules = {

/***/ 624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyRun: () => (/* binding */ verifyRun)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/hcl/scan.ts
var scan = __webpack_require__(1974);
// EXTERNAL MODULE: ./src/unlink/links.ts
var unlink_links = __webpack_require__(2822);
;// CONCATENATED MODULE: ./src/inventory/links.ts
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
    const a = (0,scan/* findAttribute */.Oh)(block, name);
    return a ? text.slice(a.exprStart, a.exprEnd) : undefined;
}
function stringList(text, block, name, file) {
    const a = (0,scan/* findAttribute */.Oh)(block, name);
    if (!a)
        return undefined;
    const open = text.indexOf("[", a.exprStart);
    if (open < 0 || open >= a.exprEnd)
        return undefined;
    const values = (0,scan/* splitSequence */.ou)(text, open, file).items.map((i) => quoted(text.slice(i.start, i.end)));
    return values.every((v) => v !== undefined) ? values : undefined;
}
function readTargetRole(path, text) {
    const module = (0,scan/* findBlocks */.yM)((0,scan/* scanHcl */.J$)(text, path), "module").find((b) => b.labels[0]?.startsWith("iam_assumable_role_argocd_link_"));
    if (!module)
        return undefined;
    const name = quoted(attr(text, module, "role_name") ?? "");
    if (!name)
        return undefined;
    return { file: path, name, trusted: stringList(text, module, "trusted_role_arns", path) ?? [] };
}
function readAccessEntry(path, text) {
    const items = (0,scan/* scanHcl */.J$)(text, path);
    const entry = (0,scan/* findBlocks */.yM)(items, "resource", "aws_eks_access_entry")[0];
    if (!entry)
        return undefined;
    const principal = quoted(attr(text, entry, "principal_arn") ?? "");
    if (!principal)
        return undefined;
    const policies = (0,scan/* findBlocks */.yM)(items, "resource", "aws_eks_access_policy_association").map((b) => {
        const scope = (0,scan/* findBlocks */.yM)(b.body, "access_scope")[0];
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
        values = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: false }).toJS();
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
            const block = (0,scan/* findBlocks */.yM)((0,scan/* scanHcl */.J$)(text, path), "module", module.slice(8, -1))[0];
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
    const snapshot = await (0,unlink_links/* readSnapshot */.R)(repo);
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

// EXTERNAL MODULE: ./src/layout/discover.ts
var discover = __webpack_require__(9515);
// EXTERNAL MODULE: ./src/lifecycle/progress.ts
var progress = __webpack_require__(3989);
// EXTERNAL MODULE: ./src/verify/checks.ts
var verify_checks = __webpack_require__(3148);
// EXTERNAL MODULE: ./src/action/lifecycle.ts + 2 modules
var lifecycle = __webpack_require__(3803);
// EXTERNAL MODULE: ./src/action/sources.ts + 3 modules
var action_sources = __webpack_require__(5334);
;// CONCATENATED MODULE: ./src/action/verify.ts
// `/cluster-link verify` and `workflow_dispatch` with `command: verify`: the link's files read from
// the base branch, then AWS (through the lookup role) and ArgoCD asked whether each piece exists as
// planned. All passing, with ArgoCD's own word that it reaches the cluster, is "linked".







/** What to do about each failed check, as one headline. */
function headlineOf(checks, linked, closes) {
    if (linked)
        return `Verified: every piece of the link is in place and ArgoCD reaches the cluster.${closes ? " This request is done; closing the issue." : ""}`;
    const failed = checks.filter((c) => c.result === "fail").map((c) => c.check);
    if (failed.length > 0)
        return `Not linked yet: ${failed.join(", ")} ${failed.length === 1 ? "needs" : "need"} attention (each ❌ below says what to do). Comment \`/cluster-link verify\` again once done.`;
    return "Nothing failed, but ArgoCD has not confirmed that it reaches the cluster yet (see the ➖ lines). Comment `/cluster-link verify` again once they are resolved.";
}
async function verifyRun(inputs, ctx, github, io, runUrl, target) {
    const here = { owner: ctx.owner, repo: ctx.repo };
    const now = (io.now ?? (() => new Date()))();
    const record = target.record ? { ...target.record } : undefined;
    // The pull requests are read after the (slower) checks, so the comment shows their latest state.
    const progressNow = async () => record ? (0,progress/* progressOf */.j)(record.steps, await (0,lifecycle/* readPullStates */.EZ)(github, record), record.kind) : undefined;
    const baseOf = async () => {
        const progress = await progressNow();
        return { runUrl, ...(progress ? { progress } : {}), ...(target.kept ? { kept: target.kept } : {}) };
    };
    try {
        const sources = await (0,action_sources/* openRepositories */.z)(github, here, ctx.defaultBranch, inputs.configPath);
        const reader = sources.reader;
        const link = (await readLinks(reader)).find((l) => l.name === target.name);
        if (!link) {
            return {
                ...(await baseOf()),
                status: "not-linked",
                headline: `The base branch has no link named ${target.name} yet: merge its pull requests in order, apply them, then comment \`/cluster-link verify\`.`,
                ...(record ? { record } : {}),
            };
        }
        const accounts = await (0,discover/* readAccounts */.n$)(reader);
        const resolver = await resolverFor(reader, accounts);
        const { defaultRoleArn, lookupSessions } = await Promise.all(/* import() */[__webpack_require__.e(695), __webpack_require__.e(524), __webpack_require__.e(895)]).then(__webpack_require__.bind(__webpack_require__, 6895));
        const { runSessionName } = await Promise.all(/* import() */[__webpack_require__.e(695), __webpack_require__.e(822)]).then(__webpack_require__.bind(__webpack_require__, 441));
        const { awsProbes } = await Promise.all(/* import() */[__webpack_require__.e(695), __webpack_require__.e(524), __webpack_require__.e(764), __webpack_require__.e(245)]).then(__webpack_require__.bind(__webpack_require__, 5245));
        const config = sources.config;
        const accountId = (account) => {
            const id = accounts[account];
            if (!id)
                throw new errors/* LayoutError */.Rd(`account "${account}" has no id in config/common.tfvars or the config file.`);
            return id;
        };
        const roleName = inputs.lookupRoleName ?? config.aws.lookupRoleName ?? "argocd-cluster-link-lookup";
        const lookupRoleArn = inputs.lookupRoleArn ??
            config.aws.lookupRoleArn ??
            defaultRoleArn(accountId(link.target.account), roleName);
        const chainName = inputs.chainRoleName ?? config.aws.chainRoleName;
        const roleArn = (side) => side === "target"
            ? chainName
                ? defaultRoleArn(accountId(link.target.account), chainName)
                : lookupRoleArn
            : defaultRoleArn(accountId(link.source.account), chainName ?? roleName);
        const sessions = lookupSessions({
            getIdToken: io.getIdToken,
            ...((inputs.audience ?? config.aws.audience)
                ? { audience: inputs.audience ?? config.aws.audience }
                : {}),
            region: inputs.awsRegion ?? config.aws.region ?? link.target.region,
            lookupRoleArn,
            sessionName: runSessionName(ctx.runId, ctx.runAttempt),
            ...(ctx.defaultBranch ? { defaultBranch: ctx.defaultBranch } : {}),
            mask: io.setSecret,
            log: io.info,
        });
        const source = config.aws.sourceCluster;
        const probes = awsProbes({
            ctx: sessions.ctx,
            credentials: (side) => sessions.credentialsFor(roleArn(side)),
            roleArn,
            targetRegion: link.target.region,
            ...(source
                ? { sourceCluster: { name: source.name, region: source.region ?? link.target.region } }
                : {}),
            ...(inputs.argocdServer && inputs.argocdAuthToken
                ? {
                    argocd: {
                        server: inputs.argocdServer,
                        token: inputs.argocdAuthToken,
                        ...(inputs.argocdCaCert ? { caCert: inputs.argocdCaCert } : {}),
                        timeoutSeconds: inputs.argocdTimeoutSeconds,
                    },
                }
                : {}),
        });
        const checks = await (0,verify_checks/* verifyLink */.mG)({ link, resolver, probes });
        for (const c of checks)
            io.info(`${c.result.padEnd(4)} ${c.check}: ${c.detail}`);
        const base = await baseOf();
        // The base branch verified is the link's only once every step of the request is merged.
        const open = base.progress?.rows.filter((r) => r.state !== "merged" && r.state !== "in-base") ?? [];
        const linked = (0,verify_checks/* isLinked */.GW)(checks) && open.length === 0;
        const verification = { at: now.toISOString().replace(/\.\d{3}Z$/, "Z"), checks };
        if (record)
            record.verification = verification;
        return {
            ...base,
            status: linked ? "linked" : "not-linked",
            headline: open.length > 0 && (0,verify_checks/* isLinked */.GW)(checks)
                ? `The link in the base branch works, but step${open.length === 1 ? "" : "s"} ${open.map((r) => r.step.number).join(", ")} of this request ${open.length === 1 ? "is" : "are"} not merged yet: merge and apply ${open.length === 1 ? "it" : "them"}, then verify again.`
                : headlineOf(checks, linked, inputs.closeWhenLinked && target.onIssue),
            verification,
            ...(record ? { record } : {}),
        };
    }
    catch (error) {
        return {
            ...(await baseOf().catch(() => ({ runUrl }))),
            status: "not-linked",
            headline: "Verification could not run to the end; nothing was changed. Fix what the error says, then verify again.",
            detail: error instanceof Error ? error.message : String(error),
            ...(record ? { record } : {}),
        };
    }
}


/***/ })

};
