export const id = 907;
export const ids = [907];
export const modules = {

/***/ 1907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runUnlinkCommand: () => (/* binding */ runUnlinkCommand)
});

// EXTERNAL MODULE: ./src/repo/reader.ts
var reader = __webpack_require__(6549);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(6706);
// EXTERNAL MODULE: ./src/hcl/scan.ts
var scan = __webpack_require__(1974);
// EXTERNAL MODULE: ./src/link/names.ts
var names = __webpack_require__(8356);
// EXTERNAL MODULE: ./src/plan/notes.ts
var plan_notes = __webpack_require__(9550);
// EXTERNAL MODULE: ./src/steps/registry.ts + 5 modules
var registry = __webpack_require__(3521);
// EXTERNAL MODULE: ./src/edit/values-yaml.ts + 1 modules
var values_yaml = __webpack_require__(6437);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/unlink/edits.ts
// The reverse of the link's edits of shared files: each removes exactly the lines a link added
// (found by its marker comment or its cluster entry), and refuses to remove what the link could not
// have written, returning those lines for a hand edit instead.



/** What the link writes in its cluster entry; any other key means someone edited it. */
const ENTRY_KEYS = new Set([
    "name",
    "server",
    "labels",
    "annotations",
    "namespaces",
    "clusterResources",
    "config",
]);
const CONFIG_KEYS = new Set(["awsAuthConfig", "bearerToken", "tlsClientConfig"]);
/** Instance-wide settings a link may add that other clusters rely on: never removed by an unlink. */
const KEPT_SETTINGS = ["resource.respectRBAC"];
const placeholders = (s) => [...s.matchAll(/\$\{([A-Za-z_][\w-]*)\}/g)].map((m) => m[1]);
function getIn(doc, path) {
    return doc.getIn(path, true);
}
const lineStart = (text, offset) => text.lastIndexOf("\n", offset - 1) + 1;
/** The offset after the line where `end` falls (or `end` itself when it already ends a line). */
function lineAfter(text, end) {
    if (end > 0 && text[end - 1] === "\n")
        return end;
    const newline = text.indexOf("\n", end);
    return newline < 0 ? text.length : newline + 1;
}
/** The whole lines of a pair (key line to the end of its value) or of a sequence item. */
function spanOf(text, node) {
    if ((0,dist/* isPair */.tO)(node)) {
        const key = node.key;
        const end = node.value?.range?.[1] ?? key?.range?.[1];
        if (!key?.range || end === undefined)
            return undefined;
        return [lineStart(text, key.range[0]), lineAfter(text, end)];
    }
    if (!node.range)
        return undefined;
    return [lineStart(text, node.range[0]), lineAfter(text, node.range[1])];
}
/**
 * Deletes `path` from the document, and each parent the deletion would leave empty (the link
 * created those), recording the whole lines of the outermost node removed: the text is then cut
 * by those lines only, so everything around them keeps its bytes (indentation, blank lines,
 * comments, sequence style), where printing the document again would re-render the whole file.
 */
function deleteAndPrune(doc, text, path, cut) {
    let n = path.length;
    while (n > 1) {
        const parent = doc.getIn(path.slice(0, n - 1), true);
        if (((0,dist/* isMap */.jh)(parent) || (0,dist/* isSeq */.oP)(parent)) && parent.items.length === 1)
            n--;
        else
            break;
    }
    const target = path.slice(0, n);
    const container = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
    const key = target[n - 1];
    const node = (0,dist/* isSeq */.oP)(container)
        ? container.items[key]
        : (0,dist/* isMap */.jh)(container)
            ? container.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key)
            : undefined;
    const span = node && spanOf(text, node);
    if (!span)
        throw new Error(`unlink: no source lines for ${target.join(".")}`);
    cut.push(span);
    doc.deleteIn(target);
}
/** `text` without the lines of `spans` (overlapping spans are cut once). */
function cutLines(text, spans) {
    const sorted = [...spans].sort((a, b) => a[0] - b[0]);
    let out = "";
    let at = 0;
    for (const [start, end] of sorted) {
        if (start > at)
            out += text.slice(at, start);
        at = Math.max(at, end);
    }
    return out + text.slice(at);
}
/** Removes the cluster entry `id` (one with the link's ARN annotation) from an ArgoCD values file, if it has one. */
function removeClusterEntry(text, id) {
    if (!text.includes(values_yaml/* ARN_ANNOTATION */.kt))
        return undefined;
    const { doc } = (0,values_yaml/* parseValues */.Qc)(text);
    if (doc.errors.length > 0 || !(0,dist/* isMap */.jh)(doc.contents)) {
        // Not readable, so not safely editable: when it may hold the entry, a person must look.
        if (!new RegExp(`\\b${id}\\b`).test(text))
            return undefined;
        const why = doc.errors[0]?.message.split("\n")[0] ?? "its top level is not a map";
        return {
            text,
            vars: [],
            iamRole: false,
            noEntriesLeft: false,
            keptSettings: [],
            handEdit: `# cannot be read as YAML (${why}): remove the cluster entry ${id} by hand`,
        };
    }
    const credentials = getIn(doc, ["configs", "clusterCredentials"]);
    let entryPath;
    let entry;
    /** Where the entry's lines start: its `- ` item or its `name:` key. */
    let start;
    if ((0,dist/* isSeq */.oP)(credentials)) {
        const index = credentials.items.findIndex((item) => (0,dist/* isMap */.jh)(item) && item.get("name") === id);
        if (index >= 0) {
            entryPath = ["configs", "clusterCredentials", index];
            entry = credentials.items[index];
        }
    }
    else if ((0,dist/* isMap */.jh)(credentials)) {
        const node = credentials.get(id, true);
        if ((0,dist/* isMap */.jh)(node)) {
            entryPath = ["configs", "clusterCredentials", id];
            entry = node;
            const pair = credentials.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === id);
            start = (0,dist/* isScalar */.jn)(pair?.key) ? pair.key.range?.[0] : undefined;
        }
    }
    if (!entry || !entryPath)
        return undefined;
    const json = entry.toJSON();
    const annotations = (json.annotations ?? {});
    if (annotations[values_yaml/* ARN_ANNOTATION */.kt] === undefined)
        return undefined;
    const config = (json.config ?? {});
    const iamRole = config.awsAuthConfig !== undefined;
    const server = typeof json.server === "string" ? json.server : undefined;
    const vars = placeholders(JSON.stringify(config));
    const keptSettings = KEPT_SETTINGS.filter((key) => getIn(doc, ["configs", "cm", key]) !== undefined);
    const foreign = [
        ...Object.keys(json).filter((k) => !ENTRY_KEYS.has(k)),
        ...Object.keys(annotations)
            .filter((k) => k !== values_yaml/* ARN_ANNOTATION */.kt)
            .map((k) => `annotations.${k}`),
        ...Object.keys(config)
            .filter((k) => !CONFIG_KEYS.has(k))
            .map((k) => `config.${k}`),
    ];
    const base = { server, vars, iamRole, keptSettings };
    if (foreign.length > 0) {
        return {
            ...base,
            text,
            noEntriesLeft: false,
            handEdit: `${sourceLines(text, start ?? entry.range?.[0], entry.range?.[2]) ?? String(entry)}\n# not written by ${names/* MARKER */.tl}: ${foreign.join(", ")}`,
        };
    }
    const cut = [];
    deleteAndPrune(doc, text, entryPath, cut);
    const left = getIn(doc, ["configs", "clusterCredentials"]);
    const noEntriesLeft = !(((0,dist/* isMap */.jh)(left) || (0,dist/* isSeq */.oP)(left)) && left.items.length > 0);
    const stillIam = ((0,dist/* isMap */.jh)(left) || (0,dist/* isSeq */.oP)(left)) && JSON.stringify(left.toJSON()).includes('"awsAuthConfig"');
    let removedIrsaVar;
    let keptIrsaVar;
    if (iamRole && (0,dist/* isMap */.jh)(doc.contents)) {
        for (const pair of [...doc.contents.items]) {
            const component = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key);
            // The IRSA role of the service account, and the pod annotation that rolled the pods when it
            // was added: both belong to the release's iam-role links, so they go with the last one.
            for (const path of [
                [component, "serviceAccount", "annotations", values_yaml/* IRSA_ANNOTATION */.Ys],
                [component, "podAnnotations", values_yaml/* POD_ROLE_ANNOTATION */.Jh],
            ]) {
                const value = doc.getIn(path);
                const irsa = typeof value === "string" ? placeholders(value) : [];
                if (irsa.length !== 1 || value !== `\${${irsa[0]}}`)
                    continue;
                if (stillIam)
                    keptIrsaVar = irsa[0];
                else {
                    removedIrsaVar = irsa[0];
                    deleteAndPrune(doc, text, path, cut);
                }
            }
        }
    }
    return { ...base, text: cutLines(text, cut), noEntriesLeft, removedIrsaVar, keptIrsaVar };
}
/** The whole lines of `text` from the one holding `from` to `to`, as written. */
function sourceLines(text, from, to) {
    if (from === undefined || to === undefined)
        return undefined;
    return text.slice(text.lastIndexOf("\n", from - 1) + 1, to).trimEnd();
}
/** The lines of `text`, each with its line break, so that joining them gives `text` back. */
function lines(text) {
    return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
/** A one-line `name = value` attribute without a trailing comment (terraform fmt aligns runs of them). */
const ONE_LINE_ATTRIBUTE = /^([ \t]*)([A-Za-z_][\w-]*)[ \t]*=[ \t]*([^#\n]*?)[ \t]*(\n?)$/;
function oneLineAttribute(line) {
    const m = ONE_LINE_ATTRIBUTE.exec(line);
    // A value that opens a bracket or a heredoc goes on over the next lines: it ends a run.
    if (!m || /[{[(]$|<<-?\w+$|\/\//.test(m[3]))
        return undefined;
    return { indent: m[1], name: m[2], value: m[3], newline: m[4] };
}
/**
 * Aligns the `=` of the run of one-line attributes around `lines[at]` as terraform fmt does, after
 * a removal shortened or joined the run (its padding was set for a name that is gone). A run ends
 * at a blank line, a comment, another indentation or a multi-line value.
 */
function realignAround(lines, at) {
    const here = lines[at] === undefined ? undefined : oneLineAttribute(lines[at]);
    if (!here)
        return;
    const inRun = (i) => {
        const line = lines[i];
        return line !== undefined && oneLineAttribute(line)?.indent === here.indent;
    };
    let start = at;
    let end = at;
    while (inRun(start - 1))
        start--;
    while (inRun(end + 1))
        end++;
    const run = lines.slice(start, end + 1).map((line) => oneLineAttribute(line));
    const width = Math.max(...run.map((a) => a.name.length));
    run.forEach((a, k) => {
        lines[start + k] = `${a.indent}${a.name.padEnd(width)} = ${a.value}${a.newline}`;
    });
}
const markerLine = (id) => new RegExp(`^\\s*#\\s*${names/* MARKER */.tl}: ${id.replace(/-/g, "\\-")} \\(`);
const ITEM = /^\s*([A-Za-z_][\w-]*)\s*=/;
/**
 * Removes the group of template variables the link added to a `templatefile()` call: its marker
 * comment, the blank line before it, and its `name = value` lines among `vars`. `keep` names a
 * variable other links still read (the release's IRSA role).
 */
function removeTemplateGroup(text, id, vars, keep) {
    const all = lines(text);
    const out = [];
    const foreign = [];
    /** Where lines of a shortened group now start in `out`. */
    const touched = [];
    for (let i = 0; i < all.length; i++) {
        const line = all[i];
        if (!markerLine(id).test(line) || /^\s*\{\s*$/.test(out.at(-1) ?? "")) {
            out.push(line);
            continue;
        }
        // The group: the marker, then `name = value` lines up to a blank line, a comment or the brace.
        let j = i + 1;
        const kept = [];
        for (; j < all.length; j++) {
            const item = ITEM.exec(all[j]);
            if (!item)
                break;
            if (item[1] === keep)
                kept.push(all[j]);
            else if (vars.has(item[1]))
                continue;
            else {
                kept.push(all[j]);
                foreign.push(all[j].trimEnd());
            }
        }
        if (kept.length === 0 && (out.at(-1) ?? "").trim() === "")
            out.pop();
        if (kept.length > 0)
            touched.push(out.length);
        out.push(...kept);
        i = j - 1;
    }
    for (const at of touched)
        realignAround(out, at);
    return { text: out.join(""), ...(foreign.length ? { handEdit: foreign.join("\n") } : {}) };
}
/**
 * Removes every `name = value` line of `vars` (a variable left behind by a link removed earlier),
 * and the blank line that separated it when nothing else is left in its group.
 */
function removeVarLines(text, vars) {
    const all = lines(text);
    const out = [];
    /** Positions in `out` next to a removed line (`out.length` is the line that will follow it). */
    const touched = [];
    for (let i = 0; i < all.length; i++) {
        const item = ITEM.exec(all[i]);
        if (!(item && vars.has(item[1]) && !/[{[(]\s*$/.test(all[i]))) {
            out.push(all[i]);
            continue;
        }
        const next = all[i + 1] ?? "";
        if ((out.at(-1) ?? "").trim() === "" && (next.trim() === "" || /^\s*\}/.test(next)))
            out.pop();
        // The lines on both sides of the removed one may have been aligned to it.
        touched.push(out.length - 1, out.length);
    }
    for (const at of touched)
        realignAround(out, at);
    return out.join("");
}
const ELEMENT_KEYS = new Set(["rolearn", "username", "groups"]);
/** Removes the `map_roles` element `{ # <marker> ... },` of the link; an empty list becomes `[]` again. */
function removeListElement(text, id) {
    const all = lines(text);
    for (let i = 1; i < all.length; i++) {
        if (!markerLine(id).test(all[i]) || !/^\s*\{\s*$/.test(all[i - 1]))
            continue;
        const indent = /^\s*/.exec(all[i - 1])[0];
        let end = i + 1;
        while (end < all.length && !new RegExp(`^${indent}\\},?\\s*$`).test(all[end]))
            end++;
        if (end >= all.length)
            return {
                text,
                found: true,
                handEdit: all
                    .slice(i - 1)
                    .join("")
                    .trimEnd(),
            };
        const foreign = all
            .slice(i + 1, end)
            .filter((line) => !(ITEM.exec(line) && ELEMENT_KEYS.has(ITEM.exec(line)[1])));
        if (foreign.length > 0) {
            return {
                text,
                found: true,
                handEdit: all
                    .slice(i - 1, end + 1)
                    .join("")
                    .trimEnd(),
            };
        }
        const before = all.slice(0, i - 1);
        const after = all.slice(end + 1);
        // `[` then `]` with nothing between: the link rewrote an empty list `[]`.
        const opener = before.at(-1);
        if (opener !== undefined && /\[\s*\n$/.test(opener) && /^\s*\]/.test(after[0] ?? "")) {
            before[before.length - 1] = opener.replace(/\[\s*\n$/, "[" + after[0].replace(/^\s*\]/, "]"));
            after.shift();
        }
        return { text: [...before, ...after].join(""), found: true };
    }
    return { text, found: false };
}

// EXTERNAL MODULE: ./src/unlink/links.ts
var links = __webpack_require__(2822);
;// CONCATENATED MODULE: ./src/unlink/text.ts
// What each unlink step takes away, what stops working when it is applied and what must come first.
const UNLINK_TEXT = {
    "unlink-argocd": {
        summary: "remove the cluster from ArgoCD",
        stops: "ArgoCD forgets the cluster: Applications that deploy to it can no longer sync. The token's remote " +
            "state and the template variables of the cluster go with it.",
        before: "Nothing: this is the first step. Move or delete the Applications that deploy to this cluster first.",
    },
    "unlink-cluster-access": {
        summary: "remove the cluster access of the ArgoCD role",
        stops: "The role ArgoCD assumed loses its Kubernetes access (access entry or aws-auth element).",
        before: "The ArgoCD step, applied: otherwise ArgoCD keeps calling the cluster and gets denied",
    },
    "unlink-target-rbac": {
        summary: "remove ArgoCD's RBAC (and token) in the cluster",
        stops: "ArgoCD's ServiceAccount, token Secret and bindings are deleted: the token stops working at once.",
        before: "The steps before it, applied: ArgoCD must no longer use the token or the group",
    },
    "unlink-target-role": {
        summary: "remove the role ArgoCD assumed",
        stops: "The target role is deleted: nothing can assume it any more.",
        before: "The cluster access step, applied: the access entry or aws-auth element refers to this role",
    },
    "unlink-source-role": {
        summary: "remove ArgoCD's assume policy",
        stops: "ArgoCD's IRSA role may no longer assume the target role; with the release's last link, the IRSA role " +
            "itself is deleted (its annotations were removed in the ArgoCD step).",
        before: "The target role step, applied: its trust policy names this IRSA role",
    },
};

;// CONCATENATED MODULE: ./src/unlink/plan.ts
// Plans an unlink: the link's steps in reverse apply order, each removing what that step added,
// found in the repository by the link's owner header and marker comments (never recomputed).










/** Which unlink step removes a file the link created, from the kinds of blocks in it. */
function stepOfBlocks(blocks) {
    const kinds = blocks.map((b) => `${b.type} ${b.labels[0] ?? ""}`);
    const has = (re) => kinds.some((k) => re.test(k));
    if (has(/^data terraform_remote_state$/))
        return "unlink-argocd";
    if (has(/^resource aws_eks_access_/))
        return "unlink-cluster-access";
    if (has(/^resource kubernetes_/))
        return "unlink-target-rbac";
    if (has(/^resource aws_iam_(policy|role_policy_attachment)$/))
        return "unlink-source-role";
    if (has(/^module /) || has(/^resource aws_iam_role$/))
        return "unlink-target-role";
    return undefined;
}
/** Whether a top-level block is named for the link (or its release), i.e. one the link wrote. */
function namedFor(block, names) {
    const name = block.labels.at(-1) ?? "";
    return names.some((n) => name.includes(n));
}
function linesOf(text, blocks) {
    return blocks.map((b) => text.slice(b.start, b.end)).join("\n\n");
}
async function planUnlink(repo, id) {
    const snapshot = await (0,links/* readSnapshot */.R)(repo);
    if (!snapshot.ids.includes(id)) {
        throw new errors/* InvalidInputError */.oC(`unlink ${id}`, [
            {
                field: "link",
                value: JSON.stringify(id),
                message: `names no link in this repository; ` +
                    (snapshot.ids.length ? `the links found are: ${snapshot.ids.join(", ")}.` : "it holds no link."),
            },
        ]);
    }
    const owner = snapshot.owners.get(id);
    const work = new Map(registry/* UNLINK_STEP_IDS */.cv.map((s) => [s, { changes: new Map(), handEdits: [], kept: [] }]));
    const w = (s) => work.get(s);
    const setText = (s, path, content) => {
        const previous = snapshot.texts.get(path);
        if (content !== previous)
            w(s).changes.set(path, { path, action: "update", content, previous });
    };
    const remove = (s, path) => w(s).changes.set(path, { path, action: "delete", content: "", previous: snapshot.texts.get(path) });
    // 1. Files the link created (its header): deleted whole, unless someone added blocks to them.
    const ownNames = [(0,names/* snakeCase */.LW)(id), id];
    for (const path of snapshot.ownedFiles.get(id) ?? []) {
        const text = snapshot.texts.get(path);
        let blocks;
        try {
            blocks = (0,scan/* scanHcl */.J$)(text, path).filter((i) => i.kind === "block");
        }
        catch {
            blocks = [];
        }
        const step = stepOfBlocks(blocks) ?? "unlink-argocd";
        const foreign = blocks.filter((b) => !namedFor(b, ownNames));
        if (blocks.length === 0 || foreign.length > 0) {
            w(step).handEdits.push({ path, lines: blocks.length ? linesOf(text, foreign) : text.trimEnd() });
        }
        else
            remove(step, path);
    }
    // 2. The cluster entry in the ArgoCD values, and what the values read for it.
    let server;
    const argocd = w("unlink-argocd");
    const templateVars = new Set();
    let irsa = {};
    let entryKept = false;
    const instanceVars = new Map();
    for (const [path, text] of snapshot.texts) {
        if (!/\.(ya?ml|tpl)$/.test(path))
            continue;
        const removal = removeClusterEntry(text, id);
        if (!removal)
            continue;
        server ??= removal.server;
        if (removal.handEdit) {
            // The entry stays, so the template variables it reads stay too.
            argocd.handEdits.push({ path, lines: removal.handEdit });
            entryKept = true;
            continue;
        }
        for (const v of removal.vars)
            templateVars.add(v);
        irsa = { removed: removal.removedIrsaVar, kept: removal.keptIrsaVar };
        if (removal.keptIrsaVar) {
            argocd.kept.push(`the IRSA annotation ${(0,markdown/* code */.aY)(`\${${removal.keptIrsaVar}}`)} of the ArgoCD service accounts (and their ` +
                `pod annotation ${(0,markdown/* code */.aY)(values_yaml/* POD_ROLE_ANNOTATION */.Jh)}) in ${(0,markdown/* code */.aY)(path)}: ` +
                "other clusters of this ArgoCD still authenticate with awsAuthConfig");
        }
        // A dedicated instance's values (instanceHeader; legacy: `# <marker>: <id>:`): the instance
        // leaves with its last link, whichever link created it.
        const dedicated = text.startsWith(`# ${names/* MARKER */.tl}: ${id}:`) || text.startsWith((0,names/* instanceHeader */.Rr)("").slice(0, -1));
        const release = dedicated ? releaseFileOf(snapshot, path) : undefined;
        if (dedicated && removal.noEntriesLeft && release) {
            // A dedicated instance leaves with its only link: its values and its release.
            remove("unlink-argocd", path);
            remove("unlink-argocd", release);
            continue;
        }
        // The instance stays for its other links: the variables this entry read leave its templatefile()
        // (the link that created the instance wrote them there without a marker comment).
        if (dedicated && release)
            instanceVars.set(release, new Set(removal.vars));
        setText("unlink-argocd", path, removal.text);
        argocd.kept.push(...removal.keptSettings.map((k) => `${(0,markdown/* code */.aY)(`configs.cm.${k}`)} in ${(0,markdown/* code */.aY)(path)}`));
    }
    if (irsa.removed)
        templateVars.add(irsa.removed);
    for (const [path, text] of snapshot.texts) {
        if (!path.endsWith(".tf") || argocd.changes.has(path))
            continue;
        let out = text;
        if (!entryKept && new RegExp(`# ${names/* MARKER */.tl}: ${id} \\(`).test(text)) {
            const group = removeTemplateGroup(text, id, templateVars, irsa.kept);
            if (group.handEdit)
                argocd.handEdits.push({ path, lines: group.handEdit });
            out = group.text;
        }
        const ownVars = instanceVars.get(path);
        if (ownVars)
            out = removeVarLines(out, ownVars);
        // A release's IRSA variable left by an earlier unlink goes with the release's last iam-role link.
        if (irsa.removed && out.includes(`templatefile(`))
            out = removeVarLines(out, new Set([irsa.removed]));
        if (out !== text)
            setText("unlink-argocd", path, out);
    }
    // 3. The map_roles element (aws-auth).
    for (const [path, text] of snapshot.texts) {
        if (!path.endsWith(".tf") || !text.includes(`${names/* MARKER */.tl}: ${id} (`))
            continue;
        const element = removeListElement(text, id);
        if (!element.found)
            continue;
        if (element.handEdit)
            w("unlink-cluster-access").handEdits.push({ path, lines: element.handEdit });
        else
            setText("unlink-cluster-access", path, element.text);
    }
    // 4. The release's IRSA role goes with the last link that attaches a policy to it.
    if (owner) {
        const others = [...snapshot.owners.values()].filter((o) => o.id !== id && o.release === owner.release);
        const otherPolicies = others.some((o) => (snapshot.ownedFiles.get(o.id) ?? []).some((p) => /aws_iam_role_policy_attachment/.test(snapshot.texts.get(p))));
        const ownPolicy = (snapshot.ownedFiles.get(id) ?? []).some((p) => /aws_iam_role_policy_attachment/.test(snapshot.texts.get(p)));
        const irsaFile = [...snapshot.texts.keys()].find((p) => snapshot.texts.get(p).startsWith((0,names/* releaseRoleHeader */.LO)(owner.release)));
        if (irsaFile && ownPolicy) {
            if (otherPolicies) {
                w("unlink-source-role").kept.push(`the IRSA role of ArgoCD ${(0,markdown/* code */.aY)(owner.release)} (${(0,markdown/* code */.aY)(irsaFile)}): ` +
                    `${others.map((o) => (0,markdown/* code */.aY)(o.id)).join(", ")} still use it`);
            }
            else
                remove("unlink-source-role", irsaFile);
        }
    }
    // 5. A layer's shared kubernetes provider goes with the last link file of that layer (its header says so).
    const deleted = new Set([...work.values()].flatMap((s) => [...s.changes.values()].filter((f) => f.action === "delete").map((f) => f.path)));
    for (const [path, text] of snapshot.texts) {
        if (!LAYER_PROVIDER_HEADER.test(text.split("\n", 1)[0] ?? ""))
            continue;
        const layer = path.slice(0, path.lastIndexOf("/") + 1);
        const linksLeft = [...snapshot.texts.keys()].some((p) => p.startsWith(layer) &&
            !p.slice(layer.length).includes("/") &&
            /^argocd_link_.*\.tf$/.test(p.slice(layer.length)) &&
            !deleted.has(p));
        const removedHere = [...deleted].some((p) => p.startsWith(layer) && !p.slice(layer.length).includes("/"));
        if (!linksLeft && removedHere)
            remove("unlink-target-rbac", path);
    }
    return assemble(snapshot, id, owner, work, server);
}
/** First line of the kubernetes provider file shared by the links of one layer (steps/target-rbac.ts). */
const LAYER_PROVIDER_HEADER = new RegExp(`^# ${names/* MARKER */.tl}: kubernetes provider for .*, for the RBAC of the ArgoCD links in this layer\\.$`);
/** The `.tf` file (written by a link) that renders the dedicated values file at `valuesPath`. */
function releaseFileOf(snapshot, valuesPath) {
    const dir = valuesPath.slice(0, valuesPath.lastIndexOf("/"));
    for (const [path, text] of snapshot.texts) {
        if (!path.endsWith(".tf") || !text.startsWith(`# ${names/* MARKER */.tl}`))
            continue;
        const layer = path.slice(0, path.lastIndexOf("/"));
        if (!dir.startsWith(layer))
            continue;
        const relative = valuesPath.slice(layer.length + 1);
        if (text.includes(`templatefile("${relative}"`))
            return path;
    }
    return undefined;
}
/** Lines elsewhere in the repository that still name the cluster: Applications, values. */
function stillPointing(snapshot, id, server, changed) {
    const found = [];
    const byName = new RegExp(`^\\s*(-\\s*)?(name|cluster|clusterName|server):\\s*["']?${id}["']?\\s*$`);
    for (const [path, text] of snapshot.texts) {
        if (!/\.(ya?ml|json|tpl)$/.test(path) || changed.has(path))
            continue;
        const app = /kind:\s*(Application|ApplicationSet)\b/.test(text);
        text.split("\n").forEach((line, i) => {
            if ((server && line.includes(server)) || (app && byName.test(line))) {
                found.push(`${path}:${i + 1}: ${line.trim()}`);
            }
        });
    }
    return found;
}
function layersOf(files) {
    const dirs = (list) => [
        ...new Set(list.map((f) => f.path.slice(0, f.path.lastIndexOf("/")))),
    ];
    const tf = files.filter((f) => f.path.endsWith(".tf"));
    return dirs(tf.length ? tf : files).sort();
}
function assemble(snapshot, id, owner, work, server) {
    const present = registry/* UNLINK_STEP_IDS */.cv.filter((s) => work.get(s).changes.size > 0);
    const upToDate = registry/* UNLINK_STEP_IDS */.cv.filter((s) => !present.includes(s));
    const notes = [];
    const changed = new Set([...work.values()].flatMap((s) => [...s.changes.keys()]));
    const pointing = stillPointing(snapshot, id, server, changed);
    const steps = present.map((stepId, i) => {
        const { changes, handEdits, kept } = work.get(stepId);
        const files = [...changes.values()];
        const layers = layersOf(files);
        const account = files[0].path.split("/")[0];
        const text = UNLINK_TEXT[stepId];
        const body = [
            owner
                ? `**Unlink** ${(0,markdown/* code */.aY)(id)}: ArgoCD ${(0,markdown/* code */.aY)(owner.release)} in ${(0,markdown/* code */.aY)(owner.sourceAccount)} → ` +
                    `${(0,markdown/* code */.aY)(`${owner.targetAccount}/${owner.targetRegion}/${owner.targetCluster}`)}.`
                : `**Unlink** ${(0,markdown/* code */.aY)(id)}.`,
            "",
            `**Step ${i + 1} of ${present.length}** in account ${(0,markdown/* code */.aY)(account)}` +
                (i === 0 ? ": apply it first." : `. Apply after step ${i}, once it is applied.`),
            "",
            "### What stops working when this is applied",
            `- ${text.stops}`,
            "",
            "### What must be applied before",
            `- ${i === 0 ? text.before : `${text.before} (step ${i}: ${(0,markdown/* code */.aY)(present[i - 1])})`}`,
            ...registry/* UNLINK_STEP_IDS */.cv.slice(0, registry/* UNLINK_STEP_IDS */.cv.indexOf(stepId))
                .filter((s) => !present.includes(s) && work.get(s).handEdits.length > 0)
                .map((s) => `- The hand edit of ${s} (see the notes): what it keeps still relies on this step's resources.`),
            ...(i === 0 && pointing.length
                ? [
                    "",
                    "### Warning: still pointing at this cluster",
                    "These lines still name the cluster; retarget or remove them, or their Applications fail once this is applied:",
                    (0,markdown/* codeBlock */.DV)(pointing.join("\n")),
                ]
                : []),
            ...(kept.length ? ["", "### Kept on purpose", ...kept.map((k) => `- ${k}`)] : []),
            ...(handEdits.length
                ? [
                    "",
                    "### Needs a hand edit",
                    "These were changed after the link wrote them, so they are not deleted. Remove what belongs to the link by hand:",
                    ...handEdits.flatMap((h) => [`- ${(0,markdown/* code */.aY)(h.path)}:`, (0,markdown/* codeBlock */.DV)(h.lines)]),
                ]
                : []),
            "",
            "### Files",
            ...files.map((f) => `- ${f.action === "delete" ? "deleted" : "edited"}: ${(0,markdown/* code */.aY)(f.path)}`),
            "",
            "### Apply, once merged",
            "```sh",
            ...layers.map((l) => `cd ${l} && leverage tf apply`),
            "```",
        ].join("\n");
        return {
            id: stepId,
            number: i + 1,
            total: present.length,
            account,
            layers,
            title: `argocd-cluster-link ${id} unlink ${i + 1}/${present.length} (${account}): ${text.summary}`,
            body: body + "\n",
            apply: layers.map((l) => `cd ${l} && leverage tf apply`),
            files,
        };
    });
    for (const stepId of registry/* UNLINK_STEP_IDS */.cv) {
        const { handEdits } = work.get(stepId);
        if (!present.includes(stepId) && handEdits.length) {
            notes.push([
                ...(0,plan_notes/* note */.N4) `${stepId}: left for a hand edit (changed after the link wrote it): `,
                ...handEdits.flatMap((h, i) => [...(i > 0 ? [{ text: "\n" }] : []), ...(0,plan_notes/* note */.N4) `${h.path}:\n${h.lines}`]),
            ]);
        }
    }
    if (pointing.length)
        notes.push((0,plan_notes/* note */.N4) `Still pointing at ${id}: ${pointing.join("; ")}`);
    return { linkId: id, steps, upToDate, ...(0,plan_notes/* planNotes */.vy)(notes) };
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/link.ts + 7 modules
var cli_link = __webpack_require__(5839);
;// CONCATENATED MODULE: ./src/cli/unlink.ts
// The `unlink` command: plans the removal of a link from the repository alone (no request, facts
// or AWS) and prints it (--dry-run) or writes one local branch per unlink step, like `apply`.




async function runUnlinkCommand({ values, io, stderr }) {
    const links = values.link ?? [];
    if (links.length !== 1) {
        throw new command/* CliUsageError */._x(links.length === 0
            ? "Missing --link NAME (the argocd-cluster-name of the link to remove)."
            : `unlink takes one --link NAME; got ${links.length}.`);
    }
    const name = links[0];
    const repoDir = await (0,cli_link.repoFolder)(values.repo);
    const git = values["dry-run"] ? undefined : (0,cli_link.openGit)(repoDir, stderr, "unlink");
    if (git === null)
        return 1;
    stderr(`Planning unlink of ${name} in ${repoDir}\n`);
    return (0,cli_link.printOrWrite)(await planUnlink(new reader/* FolderRepo */.b(repoDir), name), git, values.json, io.stdout, stderr);
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
