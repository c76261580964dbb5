export const id = 491;
export const ids = [491];
export const modules = {

/***/ 2491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rotateTokens: () => (/* binding */ rotateTokens)
/* harmony export */ });
/* unused harmony export TRACKING_MARKER */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _github_publisher_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1259);
/* harmony import */ var _github_repositories_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2283);
/* harmony import */ var _github_issues_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5039);
/* harmony import */ var _github_pulls_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4487);
/* harmony import */ var _plan_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2471);
/* harmony import */ var _plan_rotate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9736);
/* harmony import */ var _steps_rotate_token_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8104);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5458);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7627);
/* harmony import */ var _repository_access_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(603);
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5334);
// Scheduled (or `command: rotate`) runs: one pull request per target layer with bearer-token links
// that are due (see plan/rotate.ts), and a report of every bearer-token link's state.












async function rotateTokens(inputs, ctx, here, github, io, runUrl) {
    try {
        const sources = await (0,_sources_js__WEBPACK_IMPORTED_MODULE_7__/* .openRepositories */ .z)(github, here, ctx.defaultBranch, inputs.configPath);
        const options = {
            now: (io.now ?? (() => new Date()))(),
            rotateAfterDays: inputs.rotateAfterDays,
            force: inputs.force,
            links: inputs.rotateLinks,
            maxLinksPerPullRequest: inputs.maxLinksPerPullRequest,
        };
        let rotation = await (0,_plan_rotate_js__WEBPACK_IMPORTED_MODULE_3__/* .planRotations */ .pI)(sources.reader, options);
        const openPulls = openPullsReader(github);
        // An open rotation pull request keeps the date it records, so a rerun changes nothing.
        const recorded = await recordedDates(openPulls, rotation, sources.destinationFor);
        if (recorded.size > 0) {
            rotation = await (0,_plan_rotate_js__WEBPACK_IMPORTED_MODULE_3__/* .planRotations */ .pI)(sources.reader, { ...options, recordedDate: (id) => recorded.get(id) });
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
            const result = await (0,_github_publisher_js__WEBPACK_IMPORTED_MODULE_1__/* .publishSteps */ .Hi)(github, {
                linkId: batch.batchId,
                requester: "rotation",
                steps: [batch.step],
                origin: () => "Opened by the token rotation.",
                upToDate: [],
                destinationFor: sources.destinationFor,
                home: (0,_github_repositories_js__WEBPACK_IMPORTED_MODULE_8__/* .fullName */ .fq)(here),
                label: inputs.label,
                // Link pull requests are link runs' to close; replaced per-link rotations are closed below.
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
        const refused = (0,_repository_access_js__WEBPACK_IMPORTED_MODULE_6__/* .publishRefused */ .UJ)(published, steps, sources);
        if (refused) {
            return {
                status: "blocked",
                headline: refused.headline,
                plan: { linkId: "rotation", steps, upToDate: [], notes: [] },
                published,
                rotations: rotationRows(rotation, published),
                detail: refused.message,
                runUrl,
            };
        }
        if (!inputs.dryRun && !published.error) {
            const replaced = await closeReplacedRotations(github, rotation, published, {
                openPulls,
                destinationFor: sources.destinationFor,
                home: (0,_github_repositories_js__WEBPACK_IMPORTED_MODULE_8__/* .fullName */ .fq)(here),
                log: io.info,
            });
            published.closed.push(...replaced);
        }
        const rotations = rotationRows(rotation, published);
        let tracking;
        if (!inputs.dryRun && !published.error) {
            tracking = await (0,_github_issues_js__WEBPACK_IMPORTED_MODULE_9__/* .upsertMarkedIssue */ .l4)(github, here, {
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
                    : (0,_outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .leftAlone */ .Vb)(published) || cannot > 0
                        ? "partial"
                        : "published";
        const cannotText = (cannot > 0 ? ` ${cannot} link(s) cannot be rotated: see why below.` : "") +
            (tracking ? ` Every link's state is also kept in issue #${tracking.number}.` : "");
        const headline = status === "failed"
            ? (0,_outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .failureHeadline */ .Ni)(published.error, "Rotation stopped at a GitHub error; run the workflow again to finish: nothing is duplicated.")
            : batches.length === 0
                ? `No token is due (rotate-after-days: ${inputs.rotateAfterDays}).${cannotText}`
                : `${(0,_outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .leftAlone */ .Vb)(published) ? `${(0,_outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .partialHeadline */ .aZ)(published, "run the workflow again")} ` : ""}` +
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
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd || error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidInputError */ .oC) {
            return {
                status: "blocked",
                headline: error instanceof _repository_access_js__WEBPACK_IMPORTED_MODULE_6__/* .RepositoryAccessError */ .TA
                    ? error.headline
                    : "The token rotation cannot run on this repository.",
                detail: error.message,
                runUrl,
            };
        }
        throw error;
    }
}
/** The published step of each batch, by batch id (publishing stops at the first error). */
function publishedByBatch(plan, published) {
    const pubByBatch = new Map();
    plan.batches.forEach((batch, index) => {
        const pub = published.steps[index];
        if (pub)
            pubByBatch.set(batch.batchId, pub);
    });
    return pubByBatch;
}
/** Where each link's rotation stands after publishing. */
function rotationRows(plan, published) {
    const pubByBatch = publishedByBatch(plan, published);
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
/** The open pull requests into each repository and base, listed once per run. */
function openPullsReader(github) {
    const lists = new Map();
    return (dest) => {
        const key = `${dest.owner}/${dest.repo}\0${dest.base}`;
        let list = lists.get(key);
        if (!list) {
            list = (0,_github_pulls_js__WEBPACK_IMPORTED_MODULE_10__/* .listOpenPulls */ .jg)(github, { owner: dest.owner, repo: dest.repo }, dest.base);
            lists.set(key, list);
        }
        return list;
    };
}
/**
 * Versions before batched rotations opened one pull request per link, from
 * `argocd-cluster-link/<link>/rotate-token`. Such a pull request of a link whose batch now has one is
 * closed with a comment naming it: merging both would rotate the link twice. (Listed before
 * publishing: the batches' own pull requests are not among them.)
 */
async function closeReplacedRotations(github, plan, published, where) {
    const closed = [];
    const pubByBatch = publishedByBatch(plan, published);
    for (const link of plan.links) {
        const batch = link.batchId ? pubByBatch.get(link.batchId) : undefined;
        if (!batch?.pull)
            continue;
        const dest = where.destinationFor(link.account);
        const ref = { owner: dest.owner, repo: dest.repo };
        const repository = (0,_github_repositories_js__WEBPACK_IMPORTED_MODULE_8__/* .fullName */ .fq)(ref);
        const branch = (0,_plan_names_js__WEBPACK_IMPORTED_MODULE_2__/* .stepBranch */ .H)(link.linkId, _steps_rotate_token_js__WEBPACK_IMPORTED_MODULE_11__/* .ROTATE_TOKEN_ID */ .U);
        for (const pull of await where.openPulls(dest)) {
            if (pull.head.ref !== branch || !(0,_github_pulls_js__WEBPACK_IMPORTED_MODULE_10__/* .fromRepository */ .TJ)(pull, ref))
                continue;
            if (!(0,_github_publisher_js__WEBPACK_IMPORTED_MODULE_1__/* .markedStep */ .$s)(pull.body, link.linkId, _steps_rotate_token_js__WEBPACK_IMPORTED_MODULE_11__/* .ROTATE_TOKEN_ID */ .U))
                continue;
            const replacement = (from) => (0,_github_repositories_js__WEBPACK_IMPORTED_MODULE_8__/* .pullRef */ .nW)(batch.repository, batch.pull.number, from);
            await (0,_github_pulls_js__WEBPACK_IMPORTED_MODULE_10__/* .closePull */ .IB)(github, ref, pull.number, `Closed by argocd-cluster-link: the token rotation now rotates the due links of a target layer in ` +
                `one pull request, and ${replacement(repository)} rotates ${link.linkId}'s token instead of this one.`);
            const reason = `a rotation of ${link.linkId} from an earlier version, replaced by ${replacement(where.home)}`;
            closed.push({ repository, number: pull.number, url: pull.html_url, reason });
            where.log(`${"closed".padEnd(12)} ${repository}#${pull.number}: ${reason}`);
        }
    }
    return closed;
}
/** The dates that open rotation pull requests of the planned batches record, by batch id. */
async function recordedDates(openPulls, plan, destinationFor) {
    const dates = new Map();
    const byDestination = new Map();
    for (const batch of plan.batches) {
        const dest = destinationFor(batch.account);
        const key = `${dest.owner}/${dest.repo}\0${dest.base}`;
        const entry = byDestination.get(key) ?? { dest, branches: new Map() };
        entry.branches.set((0,_plan_names_js__WEBPACK_IMPORTED_MODULE_2__/* .stepBranch */ .H)(batch.batchId, _steps_rotate_token_js__WEBPACK_IMPORTED_MODULE_11__/* .ROTATE_TOKEN_ID */ .U), batch.batchId);
        byDestination.set(key, entry);
    }
    for (const { dest, branches } of byDestination.values()) {
        for (const pull of await openPulls(dest)) {
            const batchId = branches.get(pull.head.ref);
            const date = batchId && (0,_plan_rotate_js__WEBPACK_IMPORTED_MODULE_3__/* .recordedDateIn */ ["in"])(pull.body);
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
        ...(0,_report_js__WEBPACK_IMPORTED_MODULE_5__/* .rotationsSection */ .hZ)(shown),
        "",
    ].join("\n");
}


/***/ })

};
