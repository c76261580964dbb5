export const id = 579;
export const ids = [579];
export const modules = {

/***/ 9579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rotateTokens: () => (/* binding */ rotateTokens)
});

// UNUSED EXPORTS: TRACKING_MARKER

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/github/publisher.ts + 1 modules
var publisher = __webpack_require__(9939);
// EXTERNAL MODULE: ./src/github/repositories.ts
var repositories = __webpack_require__(2283);
;// CONCATENATED MODULE: ./src/github/issues.ts
// Issues the Action keeps up to date by itself (the rotation's tracking issue).
/**
 * Keeps one open issue whose body contains `marker`, among the open issues with `label`: creates it,
 * or edits it in place when its title or body changed. Returns its number.
 */
async function upsertMarkedIssue(github, ref, issue) {
    const open = await github.paginate(github.rest.issues.listForRepo, {
        ...ref,
        state: "open",
        labels: issue.label,
        per_page: 100,
    });
    // The oldest one is the one to keep, should two ever exist.
    const mine = open
        .filter((i) => !i.pull_request && i.body?.includes(issue.marker))
        .sort((a, b) => a.number - b.number)[0];
    if (!mine) {
        const { data } = await github.rest.issues.create({
            ...ref,
            title: issue.title,
            body: issue.body,
            labels: [issue.label],
        });
        return { number: data.number, outcome: "created" };
    }
    if (mine.title === issue.title && mine.body === issue.body)
        return { number: mine.number, outcome: "unchanged" };
    await github.rest.issues.update({
        ...ref,
        issue_number: mine.number,
        title: issue.title,
        body: issue.body,
    });
    return { number: mine.number, outcome: "updated" };
}

// EXTERNAL MODULE: ./src/github/pulls.ts
var pulls = __webpack_require__(4487);
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

// EXTERNAL MODULE: ./src/action/outcome.ts
var outcome = __webpack_require__(5458);
// EXTERNAL MODULE: ./src/action/report.ts
var report = __webpack_require__(1658);
// EXTERNAL MODULE: ./src/action/sources.ts + 3 modules
var action_sources = __webpack_require__(5334);
;// CONCATENATED MODULE: ./src/action/rotate.ts
// Scheduled (or `command: rotate`) runs: one pull request per target layer with bearer-token links
// that are due (see plan/rotate.ts), and a report of every bearer-token link's state.











async function rotateTokens(inputs, ctx, here, github, io, runUrl) {
    try {
        const sources = await (0,action_sources/* openRepositories */.z)(github, here, ctx.defaultBranch, inputs.configPath);
        const options = {
            now: (io.now ?? (() => new Date()))(),
            rotateAfterDays: inputs.rotateAfterDays,
            force: inputs.force,
            links: inputs.rotateLinks,
            maxLinksPerPullRequest: inputs.maxLinksPerPullRequest,
        };
        let rotation = await planRotations(sources.reader, options);
        // An open rotation pull request keeps the date it records, so a rerun changes nothing.
        const recorded = await recordedDates(github, rotation, sources.destinationFor);
        if (recorded.size > 0) {
            rotation = await planRotations(sources.reader, { ...options, recordedDate: (id) => recorded.get(id) });
        }
        if (rotation.links.length === 0) {
            return {
                status: "up-to-date",
                headline: "No bearer-token link in this repository: no token to rotate.",
                rotations: [],
                runUrl,
            };
        }
        const { batches } = rotation;
        const steps = batches.map((b, i) => ({ ...b.step, number: i + 1, total: batches.length }));
        const published = { steps: [], closed: [] };
        for (const batch of batches) {
            // Each batch is its own one-step change; the numbering above is only for the report.
            const result = await (0,publisher/* publishSteps */.Hi)(github, {
                linkId: batch.batchId,
                requester: "rotation",
                steps: [batch.step],
                origin: () => "Opened by the token rotation.",
                upToDate: [],
                destinationFor: sources.destinationFor,
                home: (0,repositories/* fullName */.fq)(here),
                label: inputs.label,
                // A rotation never closes pull requests: link runs do.
                closeStaleIn: [],
                dryRun: inputs.dryRun,
                log: io.info,
            });
            published.steps.push(...result.steps);
            if (result.error) {
                published.error = result.error;
                break;
            }
        }
        const rotations = rotationRows(rotation, published);
        let tracking;
        if (!inputs.dryRun && !published.error) {
            tracking = await upsertMarkedIssue(github, here, {
                marker: TRACKING_MARKER,
                label: inputs.trackingLabel,
                title: "argocd-cluster-link: bearer token rotation",
                body: trackingBody(rotations, inputs.rotateAfterDays),
            });
        }
        const cannot = rotations.filter((r) => r.state === "cannot-rotate").length;
        const status = published.error
            ? "failed"
            : inputs.dryRun
                ? "dry-run"
                : batches.length === 0
                    ? cannot > 0
                        ? "partial"
                        : "up-to-date"
                    : (0,outcome/* leftAlone */.Vb)(published) || cannot > 0
                        ? "partial"
                        : "published";
        const cannotText = (cannot > 0 ? ` ${cannot} link(s) cannot be rotated: see why below.` : "") +
            (tracking ? ` Every link's state is also kept in issue #${tracking.number}.` : "");
        const headline = status === "failed"
            ? (0,outcome/* failureHeadline */.Ni)(published.error, "Rotation stopped at a GitHub error; run the workflow again to finish: nothing is duplicated.")
            : batches.length === 0
                ? `No token is due (rotate-after-days: ${inputs.rotateAfterDays}).${cannotText}`
                : `${(0,outcome/* leftAlone */.Vb)(published) ? `${(0,outcome/* partialHeadline */.aZ)(published, "run the workflow again")} ` : ""}` +
                    "Merge each rotation, apply its target layer, then its ArgoCD layers; apply those before the next rotation." +
                    cannotText;
        return {
            status,
            headline,
            ...(batches.length ? { plan: { linkId: "rotation", steps, upToDate: [], notes: [] }, published } : {}),
            rotations,
            ...(published.error ? { detail: published.error.message } : {}),
            runUrl,
        };
    }
    catch (error) {
        if (error instanceof errors/* LayoutError */.Rd || error instanceof errors/* InvalidInputError */.oC) {
            return {
                status: "blocked",
                headline: "The token rotation cannot run on this repository.",
                detail: error.message,
                runUrl,
            };
        }
        throw error;
    }
}
/** Where each link's rotation stands after publishing. */
function rotationRows(plan, published) {
    const pubByBatch = new Map();
    plan.batches.forEach((batch, index) => {
        const pub = published.steps[index];
        if (pub)
            pubByBatch.set(batch.batchId, pub);
    });
    return plan.links.map((link) => {
        const pub = link.batchId ? pubByBatch.get(link.batchId) : undefined;
        const state = link.state !== "due"
            ? link.state
            : !pub?.pull
                ? "due"
                : pub.outcome === "unchanged"
                    ? "waiting"
                    : "rotation-open";
        return {
            link: link.linkId,
            state,
            "age-days": link.ageDays ?? null,
            "pull-request": pub?.pull ? { repository: pub.repository, ...pub.pull } : null,
            ...(link.reason ? { reason: link.reason } : pub?.detail ? { reason: pub.detail } : {}),
        };
    });
}
/** The dates that open rotation pull requests of the planned batches record, by batch id. */
async function recordedDates(github, plan, destinationFor) {
    const dates = new Map();
    const byDestination = new Map();
    for (const batch of plan.batches) {
        const dest = destinationFor(batch.account);
        const key = `${dest.owner}/${dest.repo}\0${dest.base}`;
        const entry = byDestination.get(key) ?? { dest, branches: new Map() };
        entry.branches.set((0,names/* stepBranch */.HQ)(batch.batchId, rotate_token/* ROTATE_TOKEN_ID */.U), batch.batchId);
        byDestination.set(key, entry);
    }
    for (const { dest, branches } of byDestination.values()) {
        for (const pull of await (0,pulls/* listOpenPulls */.jg)(github, { owner: dest.owner, repo: dest.repo }, dest.base)) {
            const batchId = branches.get(pull.head.ref);
            const date = batchId && recordedDateIn(pull.body);
            if (batchId && date)
                dates.set(batchId, date);
        }
    }
    return dates;
}
/** Finds the tracking issue again among the open issues with the tracking label. */
const TRACKING_MARKER = "<!-- argocd-cluster-link:rotation-tracking -->";
/**
 * The tracking issue's body: every bearer-token link and its state. A pull request just opened and
 * one already open read the same ("rotation open"), so a rerun leaves the issue as it is.
 */
function trackingBody(rows, rotateAfterDays) {
    const shown = rows.map((r) => (r.state === "waiting" ? { ...r, state: "rotation-open" } : r));
    return [
        TRACKING_MARKER,
        `Kept up to date by argocd-cluster-link's token rotation: a link is due once its token is ${rotateAfterDays} days old.`,
        "Merge each rotation pull request, apply its target layer, then its ArgoCD layers, before the next rotation.",
        "",
        ...(0,report/* rotationsSection */.hZ)(shown),
        "",
    ].join("\n");
}


/***/ })

};
