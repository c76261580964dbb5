export const id = 916;
export const ids = [916];
export const modules = {

/***/ 7916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listLinks: () => (/* binding */ listLinks),
/* harmony export */   renderList: () => (/* binding */ renderList),
/* harmony export */   runListCommand: () => (/* binding */ runListCommand),
/* harmony export */   valuesLayer: () => (/* binding */ valuesLayer)
/* harmony export */ });
/* harmony import */ var _inventory_links_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4997);
/* harmony import */ var _layout_tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(232);
/* harmony import */ var _plan_rotate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9736);
/* harmony import */ var _repo_reader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6549);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2020);
/* harmony import */ var _link_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5839);
// The `list` command: every link the repository holds, read from the files links own, as a table
// (like `argocd cluster list`) or a JSON array. Bearer-token links show their token's age, measured
// the way `rotate` measures it.






/** The layer of a chart values file: the folder above `chart-values/`, else the file's own folder. */
function valuesLayer(valuesPath) {
    const folder = (0,_layout_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .dirname */ .pD)(valuesPath);
    const cut = folder.lastIndexOf("/chart-values");
    return cut >= 0 && folder.slice(cut).split("/").length === 2 ? folder.slice(0, cut) : folder;
}
async function listLinks(repo, now) {
    const links = await (0,_inventory_links_js__WEBPACK_IMPORTED_MODULE_0__/* .readLinks */ .CT)(repo);
    const tokens = new Map();
    if (links.some((l) => l.method === "bearer-token")) {
        const rotation = await (0,_plan_rotate_js__WEBPACK_IMPORTED_MODULE_2__/* .planRotations */ .pI)(repo, {
            now,
            rotateAfterDays: _plan_rotate_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_ROTATION */ .rb.rotateAfterDays,
            maxLinksPerPullRequest: _plan_rotate_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_ROTATION */ .rb.maxLinksPerPullRequest,
            force: false,
            links: [],
        });
        for (const l of rotation.links)
            tokens.set(l.linkId, l);
    }
    return links.map((link) => {
        const token = tokens.get(link.name);
        return {
            name: link.name,
            method: link.method,
            access: link.access,
            namespaces: link.namespaces,
            "cluster-resources": link.clusterResources,
            source: {
                account: link.source.account,
                release: link.source.release,
                layer: link.argocd ? valuesLayer(link.argocd.valuesPath) : null,
                "values-file": link.argocd?.valuesPath ?? null,
            },
            target: { ...link.target, server: link.argocd?.server || null },
            files: link.files,
            token: link.method === "bearer-token"
                ? {
                    created: token?.createdAt ? token.createdAt.toISOString().replace(/\.\d{3}Z$/, "Z") : null,
                    "age-days": token?.ageDays ?? null,
                }
                : null,
        };
    });
}
function tokenAge(link) {
    if (!link.token)
        return "-";
    return link.token["age-days"] === null ? "unknown" : `${link.token["age-days"]}d`;
}
/** Columns padded to their widest cell, two spaces apart, as `argocd cluster list` prints them. */
function table(rows) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    return rows.map((r) => r
        .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i])))
        .join("  ")
        .trimEnd());
}
function renderList(links, repoDir) {
    if (links.length === 0)
        return `No link in ${repoDir}: no file carries an \`# argocd-cluster-link: <name>\` header.\n`;
    const rows = [
        ["NAME", "METHOD", "ACCESS", "NAMESPACES", "ARGOCD (RELEASE @ LAYER)", "TARGET", "TOKEN AGE"],
        ...links.map((l) => [
            l.name,
            l.method,
            `${l.access}${l["cluster-resources"] ? " +cluster resources" : ""}`,
            l.namespaces.length ? l.namespaces.join(",") : "(all)",
            `${l.source.release} @ ${l.source.layer ?? `${l.source.account} (no cluster entry yet)`}`,
            `${l.target.account}/${l.target.region}/${l.target.cluster}`,
            tokenAge(l),
        ]),
    ];
    const out = table(rows);
    for (const l of links) {
        out.push("", `${l.name}: ${l.files.length} file(s)`, ...l.files.map((f) => `  ${f}`));
    }
    return out.join("\n") + "\n";
}
async function runListCommand({ values, io }) {
    const repoDir = await (0,_link_js__WEBPACK_IMPORTED_MODULE_5__.repoFolder)(values.repo);
    const links = await listLinks(new _repo_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .FolderRepo */ .b(repoDir), (io.now ?? (() => new Date()))());
    // The access line and paths come from the repository's files: show invisible characters, never echo them.
    io.stdout((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .replaceInvisible */ .k6)(values.json ? JSON.stringify(links, null, 2) + "\n" : renderList(links, repoDir), {
        keepNewlines: true,
    }));
    return 0;
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
