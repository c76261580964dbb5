export const id = 256;
export const ids = [256];
export const modules = {

/***/ 9256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rotateCommand: () => (/* binding */ rotateCommand)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/git/local-branches.ts
var local_branches = __webpack_require__(9884);
// EXTERNAL MODULE: ./src/plan/names.ts
var names = __webpack_require__(2471);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(6706);
// EXTERNAL MODULE: ./src/layout/tree.ts
var tree = __webpack_require__(232);
// EXTERNAL MODULE: ./src/steps/rotate-token.ts
var rotate_token = __webpack_require__(8104);
// EXTERNAL MODULE: ./src/steps/target-rbac.ts
var target_rbac = __webpack_require__(259);
// EXTERNAL MODULE: ./src/steps/token-slots.ts
var token_slots = __webpack_require__(2210);
;// CONCATENATED MODULE: ./src/plan/rotate.ts
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
    const files = (await repo.listFiles()).filter((f) => LINK_FILE.test((0,tree/* basename */.P8)(f)) && f.split("/").length > 3);
    const texts = new Map();
    for (const path of files)
        texts.set(path, (await repo.readFile(path)) ?? "");
    // ArgoCD layers read a token through a remote-state block named after the link.
    const argocdLayerOf = new Map();
    for (const [path, text] of texts) {
        for (const match of text.matchAll(/data "terraform_remote_state" "argocd-link-([a-z0-9-]+)"/g)) {
            argocdLayerOf.set(`${match[1]}\0${(0,tree/* basename */.P8)(path)}`, (0,tree/* dirname */.pD)(path));
        }
    }
    const links = [];
    const rotatable = new Map();
    for (const [path, text] of texts) {
        if (!text.includes(names/* MARKER */.tl))
            continue;
        const linkId = /^# argocd-cluster-link: ([a-z0-9-]+)$/m.exec(text)?.[1];
        if (!linkId || !/"kubernetes_secret_v1"/.test(text))
            continue;
        const layer = (0,tree/* dirname */.pD)(path);
        const argocdLayer = argocdLayerOf.get(`${linkId}\0${(0,tree/* basename */.P8)(path)}`);
        const base = {
            linkId,
            path,
            layer,
            account: path.split("/", 1)[0],
            ...(argocdLayer ? { argocdLayer } : {}),
        };
        let slots;
        try {
            slots = (0,token_slots/* readTokenSlots */.hX)(text, path, (0,names/* snakeCase */.LW)(linkId));
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
        throw new errors/* InvalidInputError */.oC("rotation", unknown.map((name) => ({
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
                const rotated = (0,token_slots/* rotateTokenFile */.F_)(text, link.path, (0,names/* snakeCase */.LW)(link.linkId), slots, date);
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
        `Rotates the ArgoCD bearer token of ${links.length === 1 ? "one link" : `${links.length} links`} whose RBAC files are in ${(0,markdown/* code */.aY)(layer)}.`,
        "",
        "| link | token age | generation | ArgoCD layer |",
        "|------|-----------|------------|--------------|",
        ...links.map((l) => `| ${(0,markdown/* code */.aY)(l.linkId)} | ${ageText(l)} | ${l.generation} → ${contents.get(l.path).generation} | ` +
            `${l.argocdLayer ? (0,markdown/* code */.aY)(l.argocdLayer) : "none found: update ArgoCD's cluster secret by hand"} |`),
        "",
        "### Why",
        "- Each link keeps two token Secrets. This gives the older one the next generation and points the token output at it;",
        "  the token ArgoCD uses now is kept, so ArgoCD keeps working between the two applies.",
        "- Applying the target layer creates the new tokens and deletes the ones before the current ones; applying each",
        "  ArgoCD layer afterwards makes ArgoCD read the new tokens through remote state.",
        "- Apply the ArgoCD layers before merging the next rotation of these links: the next one deletes the tokens ArgoCD holds now.",
        ...(manual.length
            ? [`- No ArgoCD layer reading the token was found for ${manual.map((l) => (0,markdown/* code */.aY)(l.linkId)).join(", ")}.`]
            : []),
        "",
        "### Files",
        ...links.map((l) => `- edited: ${(0,markdown/* code */.aY)(l.path)}`),
        "",
        "### Apply, once merged, in this order",
        "```sh",
        ...apply,
        "```",
        "",
        `${DATE_MARKER} ${(0,token_slots/* createdLine */.Xt)(date).split(" ")[1]} -->`,
    ].join("\n");
    return {
        id: rotate_token/* ROTATE_TOKEN_ID */.U,
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

// EXTERNAL MODULE: ./src/repo/reader.ts
var reader = __webpack_require__(6549);
;// CONCATENATED MODULE: ./src/cli/rotate.ts
// `argocd-cluster-link rotate`: plans the token rotations the scheduled Action would open (the same
// age policy and batches) and writes each batch as a commit on its own local branch,
// argocd-cluster-link/rotation.<layer>/rotate-token, starting from HEAD.





/** Exit code and output; throws InvalidInputError/LayoutError like the other commands. */
async function rotateCommand(args, out, log) {
    const git = new local_branches/* LocalGit */.w(args.repoDir);
    if (!git.isRepository()) {
        log(`${args.repoDir} is not inside a git work tree: rotate writes branches, so run it in a clone.\n`);
        return 1;
    }
    if (!git.isClean()) {
        log(`${args.repoDir} has uncommitted changes: commit or stash them first, so the branches start from HEAD.\n`);
        return 1;
    }
    const base = git.resolve("HEAD");
    if (!base)
        throw new errors/* LayoutError */.Rd(`The repository has no commit yet: commit the Leverage code first.`);
    log(`Planning token rotations in ${args.repoDir}\n`);
    const plan = await planRotations(new reader/* FolderRepo */.b(args.repoDir), {
        now: args.now,
        rotateAfterDays: DEFAULT_ROTATION.rotateAfterDays,
        maxLinksPerPullRequest: DEFAULT_ROTATION.maxLinksPerPullRequest,
        force: args.force,
        links: args.links,
    });
    const branches = plan.batches.map((batch) => git.writeStep((0,names/* stepBranch */.HQ)(batch.batchId, batch.step.id), base, batch.step, `${batch.step.title}\n\n${batch.step.body}`));
    for (const b of branches)
        log(`${b.outcome.padEnd(9)} ${b.branch} ${b.commit.slice(0, 12)}\n`);
    out(args.json ? JSON.stringify(rotationJson(plan, branches), null, 2) + "\n" : rotationText(plan, branches));
    return 0;
}
function rotationJson(plan, branches) {
    return {
        links: plan.links.map((l) => ({
            link: l.linkId,
            state: l.state,
            "age-days": l.ageDays ?? null,
            layer: l.layer,
            "argocd-layer": l.argocdLayer ?? null,
            ...(l.reason ? { reason: l.reason } : {}),
        })),
        batches: plan.batches.map((b, i) => ({
            layer: b.layer,
            links: b.links.map((l) => l.linkId),
            title: b.step.title,
            apply: b.step.apply,
            files: b.step.files.map((f) => f.path),
            branch: branches[i].branch,
            outcome: branches[i].outcome,
        })),
    };
}
function rotationText(plan, branches) {
    if (plan.links.length === 0)
        return "No bearer-token link in this repository: no token to rotate.\n";
    const lines = ["Bearer-token links:"];
    for (const l of plan.links) {
        lines.push(`  ${l.linkId.padEnd(30)} ${ageText(l).padEnd(36)} ${l.state}${l.reason ? `: ${l.reason}` : ""}`);
    }
    if (plan.batches.length === 0) {
        lines.push("", "No token is due: nothing to write.");
    }
    else {
        lines.push("", "Branches (merge each, then run its commands in order):");
        plan.batches.forEach((b, i) => {
            lines.push(`  ${branches[i].branch} (${branches[i].outcome}): ${b.step.title}`);
            for (const command of b.step.apply)
                lines.push(`    ${command}`);
        });
    }
    return lines.join("\n") + "\n";
}


/***/ })

};
