export const id = 620;
export const ids = [620,584];
export const modules = {

/***/ 243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lE: () => (/* binding */ mention),
/* harmony export */   vz: () => (/* binding */ whyIgnored),
/* harmony export */   yq: () => (/* binding */ deniedRequester)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6706);
/* harmony import */ var _github_permissions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5435);
/* harmony import */ var _lifecycle_events_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3527);
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3566);
// Whether a run acts at all: the event must be ours, and every requester must have one of the
// allowed permissions (checked before any OIDC token exists).




/** A user login GitHub would turn into a mention of that same account. */
const USER_LOGIN = /^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}$/;
/**
 * `@login` for a user; any other login (a bot's `name[bot]`, or anything unexpected) as a code
 * span, so that it never becomes a mention of another account (`renovate[bot]` is not `@renovatebot`).
 */
function mention(login) {
    return USER_LOGIN.test(login) ? `@${login}` : (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(login);
}
/** Why the event is not for this Action, or undefined when it is. */
function whyIgnored(inputs, ctx) {
    const trigger = ctx.trigger;
    if (trigger.kind === "other")
        return `the ${trigger.name} event is not handled`;
    if (trigger.kind === "comment")
        return whyCommentIgnored(inputs, trigger);
    if (trigger.kind !== "issue")
        return undefined;
    if (!_event_js__WEBPACK_IMPORTED_MODULE_2__/* .ISSUE_ACTIONS */ .O.includes(trigger.action))
        return `issue action "${trigger.action}" is not handled`;
    if (trigger.state === "closed")
        return "the issue is closed";
    // The link label, or the unlink label (the unlink issue form's).
    const label = trigger.labels.includes(inputs.unlinkLabel) ? inputs.unlinkLabel : inputs.label;
    if (!trigger.labels.includes(label))
        return `issue #${trigger.number} does not have the label "${inputs.label}" or "${inputs.unlinkLabel}"`;
    if (trigger.action === "labeled" && trigger.labelAdded !== label) {
        return `the label added ("${trigger.labelAdded ?? ""}") is not "${label}"`;
    }
    return undefined;
}
/** Why a comment is not a command for this Action; only a command on an open link or unlink issue is. */
function whyCommentIgnored(inputs, trigger) {
    if (trigger.action !== "created")
        return `comment action "${trigger.action}" is not handled`;
    if (trigger.onPullRequest)
        return "comments on pull requests are not commands";
    if (trigger.commenterType === "Bot")
        return "comments by bots are not commands";
    if (trigger.issue.state === "closed")
        return "the issue is closed";
    const labels = trigger.issue.labels;
    if (!labels.includes(inputs.label) && !labels.includes(inputs.unlinkLabel))
        return `issue #${trigger.issue.number} does not have the label "${inputs.label}" or "${inputs.unlinkLabel}"`;
    if (!(0,_lifecycle_events_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommand */ .RM)(trigger.commentBody))
        return "the comment is not a /cluster-link command";
    return undefined;
}
/**
 * Why the requester may not ask for a link, or undefined when every requester may. A scheduled
 * run has no requester: the workflow file itself is what maintainers approved.
 */
async function deniedRequester(inputs, ctx, github, here, issue) {
    const trigger = ctx.trigger;
    const requesters = issue
        ? [...new Set([issue.author, issue.sender].filter(Boolean))]
        : trigger.kind === "dispatch"
            ? [trigger.actor]
            : [];
    for (const login of requesters) {
        const permission = await (0,_github_permissions_js__WEBPACK_IMPORTED_MODULE_3__/* .permissionOf */ .F)(github, here, login);
        if (!inputs.allowedPermissions.includes(permission)) {
            return (`${mention(login)} has ${permission === "none" ? "no" : `\`${permission}\``} permission on ` +
                `this repository; linking a cluster needs one of: ${inputs.allowedPermissions.join(", ")}. ` +
                (issue && login === issue.author
                    ? "Nothing was done. The request must come from someone with that permission: ask them to open it."
                    : "Nothing was done. An edit by someone with that permission (or the author) runs the request again."));
        }
    }
    return undefined;
}


/***/ }),

/***/ 3803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LE: () => (/* binding */ carryProgress),
  RL: () => (/* binding */ commandRun),
  bG: () => (/* binding */ pullClosedRun),
  EZ: () => (/* binding */ readPullStates),
  E0: () => (/* binding */ withProgress)
});

// UNUSED EXPORTS: refreshReport

// EXTERNAL MODULE: ./src/github/comments.ts
var comments = __webpack_require__(6645);
// EXTERNAL MODULE: ./src/github/branches.ts
var branches = __webpack_require__(4307);
// EXTERNAL MODULE: ./src/github/issues.ts
var issues = __webpack_require__(5039);
// EXTERNAL MODULE: ./src/github/permissions.ts
var permissions = __webpack_require__(5435);
// EXTERNAL MODULE: ./src/github/publisher.ts
var publisher = __webpack_require__(1259);
// EXTERNAL MODULE: ./src/github/pulls.ts
var pulls = __webpack_require__(4487);
;// CONCATENATED MODULE: ./src/github/reactions.ts
// Reactions on comments: how a `/cluster-link` command is acknowledged (eyes: running; rocket:
// done; confused: failed or not allowed), as IssueOps tools do.
async function react(github, ref, commentId, content) {
    await github.rest.reactions.createForIssueComment({ ...ref, comment_id: commentId, content });
}

// EXTERNAL MODULE: ./src/github/repositories.ts
var repositories = __webpack_require__(2283);
// EXTERNAL MODULE: ./src/steps/registry.ts + 5 modules
var registry = __webpack_require__(3521);
;// CONCATENATED MODULE: ./src/lifecycle/build.ts
// The record of a run that planned and published a link or unlink: every step of the full
// sequence in apply order, with its pull request, or marked as already in the base branch. A step
// merged since an earlier run keeps the pull request that earlier run recorded, so the progress
// can still say who merged it.

/** What a step does, for steps this run did not plan (already in the base branch). */
const STEP_SUMMARY = {
    [registry/* STEP_ID */.RA.sourceRole]: "IRSA role and assume policy for ArgoCD",
    [registry/* STEP_ID */.RA.targetRole]: "role that ArgoCD assumes",
    [registry/* STEP_ID */.RA.targetRbac]: "Kubernetes RBAC for ArgoCD",
    [registry/* STEP_ID */.RA.clusterAccess]: "cluster access for the ArgoCD role",
    [registry/* STEP_ID */.RA.argocd]: "cluster entry in ArgoCD",
    "unlink-argocd": "remove the cluster entry from ArgoCD",
    "unlink-cluster-access": "remove the cluster access",
    "unlink-target-rbac": "remove the Kubernetes RBAC",
    "unlink-target-role": "remove the role that ArgoCD assumes",
    "unlink-source-role": "remove the assume policy",
};
/** A pull request title without its `argocd-cluster-link <name> N/M (<account>): ` prefix. */
function titleSummary(title) {
    const colon = title.indexOf(": ");
    return colon >= 0 ? title.slice(colon + 2) : title;
}
function recordOfRun(kind, plan, published, home, previous) {
    const order = kind === "link" ? registry/* LINK_STEP_IDS */.jp : registry/* UNLINK_STEP_IDS */.cv;
    const planned = new Set(plan.steps.map((s) => s.id));
    const earlier = previous?.kind === kind && previous.link === plan.linkId ? previous.steps : [];
    // An unlink counts every step it has nothing to remove for as up to date, also those the link
    // never had: only those an earlier run of this request recorded are shown.
    const shown = (id) => planned.has(id) || (plan.upToDate.includes(id) && (kind === "link" || earlier.some((s) => s.id === id)));
    const ids = order.filter(shown);
    const steps = ids.map((id, index) => {
        const number = index + 1;
        const total = ids.length;
        const at = plan.steps.findIndex((s) => s.id === id);
        if (at >= 0) {
            const step = plan.steps[at];
            const pub = published.steps[at];
            return {
                id,
                number,
                total,
                summary: titleSummary(step.title),
                account: step.account,
                repository: pub?.repository ?? home,
                ...(pub?.base ? { base: pub.base } : {}),
                ...(pub?.pull ? { pull: pub.pull } : {}),
                apply: step.apply,
            };
        }
        const before = earlier.find((s) => s.id === id);
        if (before?.pull)
            return { ...before, number, total, inBase: true };
        return {
            id,
            number,
            total,
            summary: before?.summary ?? STEP_SUMMARY[id] ?? id,
            account: before?.account ?? "",
            repository: before?.repository ?? home,
            inBase: true,
            apply: before?.apply ?? [],
        };
    });
    return { v: 1, kind, link: plan.linkId, steps };
}

// EXTERNAL MODULE: ./src/lifecycle/events.ts
var events = __webpack_require__(3527);
// EXTERNAL MODULE: ./src/lifecycle/progress.ts
var lifecycle_progress = __webpack_require__(3989);
// EXTERNAL MODULE: ./src/lifecycle/record.ts
var lifecycle_record = __webpack_require__(7299);
// EXTERNAL MODULE: ./src/verify/checks.ts
var checks = __webpack_require__(3148);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(6706);
// EXTERNAL MODULE: ./src/action/gate.ts
var gate = __webpack_require__(243);
// EXTERNAL MODULE: ./src/action/report.ts + 1 modules
var action_report = __webpack_require__(7627);
;// CONCATENATED MODULE: ./src/action/lifecycle.ts
// A link's life after its pull requests open: the progress in the status comment (from the
// record the comment carries and each pull request's current state), merged pull requests that
// tick their step off, and the `/cluster-link` commands on link and unlink issues.
















/** The current state of every recorded pull request that `fresh` does not already know. */
async function readPullStates(github, record, fresh = new Set()) {
    const states = new Map();
    for (const step of record.steps) {
        if (!step.pull || fresh.has(step.number))
            continue;
        const [owner, repo] = step.repository.split("/");
        states.set(step.number, await (0,pulls/* pullState */.p3)(github, { owner, repo }, step.pull.number));
    }
    return states;
}
/** A progress report's status and headline. */
function progressOutcome(progress, record) {
    const kind = record.kind;
    // Still linked: a refresh after a passing verification does not step the label back.
    if (progress.allMerged && kind === "link" && record.verification && (0,checks/* isLinked */.GW)(record.verification.checks)) {
        return {
            status: "linked",
            headline: "Every pull request is merged, and the last verification found the link working.",
        };
    }
    if (progress.allMerged) {
        return {
            status: "merged",
            headline: kind === "link"
                ? "Every pull request is merged. Once the last layer is applied, comment `/cluster-link verify`: the issue is closed when ArgoCD reaches the cluster."
                : "Every pull request of the unlink is merged. Apply the last layer as below; the link is gone once every step is applied.",
        };
    }
    return {
        status: "published",
        headline: "Review and merge the pull requests one at a time, in this order, and apply each step after merging it. " +
            "This comment follows along as they are merged.",
    };
}
/**
 * Adds the record and the progress to the report of a run that published steps: the pull requests
 * opened now are open; those an earlier run recorded (steps merged since) are read again.
 */
async function withProgress(report, kind, github, home, previous) {
    const { plan, published } = report;
    if (!plan || !published || published.error)
        return report;
    if (!["published", "partial", "up-to-date"].includes(report.status))
        return report;
    const before = previous ? (0,lifecycle_record/* decodeRecord */.eT)(previous.body) : undefined;
    const record = recordOfRun(kind, plan, published, home, before);
    const fresh = new Set(plan.steps.map((s) => s.number));
    const progress = (0,lifecycle_progress/* progressOf */.j)(record.steps, await readPullStates(github, record, fresh), kind);
    // A link whose every step is merged again after a retry keeps its last verification.
    if (before?.verification && progress.allMerged)
        record.verification = before.verification;
    return { ...report, record, progress };
}
/** The progress of the request recorded in `comment`, read again from GitHub; undefined without a record. */
async function refreshReport(github, comment, runUrl) {
    const record = comment ? (0,lifecycle_record/* decodeRecord */.eT)(comment.body) : undefined;
    if (!comment || !record)
        return undefined;
    const progress = (0,lifecycle_progress/* progressOf */.j)(record.steps, await readPullStates(github, record), record.kind);
    const kept = (0,action_report/* keptDetails */.JW)(comment.body);
    return { ...progressOutcome(progress, record), progress, record, ...(kept ? { kept } : {}), runUrl };
}
/**
 * The report of a run that did not publish (denied, invalid, blocked, failed), with the record and
 * progress of the comment it replaces: the steps already opened stay visible and trackable. When
 * the pull requests cannot be read now, the record is kept without the progress.
 */
async function carryProgress(report, github, known) {
    if (report.record || !known)
        return report;
    const record = (0,lifecycle_record/* decodeRecord */.eT)(known.body);
    if (!record)
        return report;
    const kept = (0,action_report/* keptDetails */.JW)(known.body);
    const carried = { ...report, record, ...(kept && !report.request ? { kept } : {}) };
    try {
        return {
            ...carried,
            progress: (0,lifecycle_progress/* progressOf */.j)(record.steps, await readPullStates(github, record), record.kind),
        };
    }
    catch {
        return carried;
    }
}
const ignoredReport = (headline, runUrl, io) => {
    io.info(`Nothing to do: ${headline}`);
    io.setOutput("status", "ignored");
    return { status: "ignored", headline, runUrl };
};
/**
 * A closed pull request: when it is a step of ours (our branch in this repository, opened by the
 * Action, its last commit carrying our trailer), the issue that requested it shows the new progress.
 */
async function pullClosedRun(inputs, ctx, github, io, runUrl, deps) {
    const pull = ctx.trigger;
    const here = { owner: ctx.owner, repo: ctx.repo };
    if (pull.action !== "closed")
        return ignoredReport(`pull_request action "${pull.action}" is not handled`, runUrl, io);
    const ours = (0,events/* whyNotOurPull */.Xs)(pull, (0,repositories/* fullName */.fq)(here));
    if ("ignored" in ours)
        return ignoredReport(`pull request #${pull.number}: ${ours.ignored}`, runUrl, io);
    if (!/^[0-9a-f]{40}$/.test(pull.headSha))
        return ignoredReport(`pull request #${pull.number} has no head commit`, runUrl, io);
    const marks = (0,publisher/* stepTrailers */.D0)((await (0,branches/* readCommit */.kN)(github, here, pull.headSha)).message);
    if (marks?.step !== `${ours.link}/${ours.step}`)
        return ignoredReport(`pull request #${pull.number}: its last commit is not argocd-cluster-link's for its step`, runUrl, io);
    const requested = (0,events/* requesterIssue */.sD)(marks.requester);
    if (!requested)
        return ignoredReport(`pull request #${pull.number} was not requested in an issue`, runUrl, io);
    const repo = { owner: requested.owner, repo: requested.repo };
    let issue;
    try {
        issue = await (0,issues/* readIssue */.OS)(github, repo, requested.number);
    }
    catch (error) {
        const status = error.status;
        if (status !== 404 && status !== 403 && status !== 410)
            throw error;
        return ignoredReport(`issue ${(0,repositories/* fullName */.fq)(repo)}#${requested.number} cannot be read (HTTP ${status})`, runUrl, io);
    }
    const unlink = ours.step.startsWith("unlink-");
    const label = unlink ? inputs.unlinkLabel : inputs.label;
    if (issue.isPull || issue.state !== "open" || !issue.labels.includes(label))
        return ignoredReport(`issue ${(0,repositories/* fullName */.fq)(repo)}#${requested.number} is closed or not a ${label} issue`, runUrl, io);
    const known = await (0,comments/* findMarkedComment */.Jp)(github, repo, requested.number, action_report/* STATUS_MARKER */.yX);
    const report = await refreshReport(github, known, runUrl);
    if (!report)
        return ignoredReport(`issue ${(0,repositories/* fullName */.fq)(repo)}#${requested.number} has no progress to update`, runUrl, io);
    io.info(`Pull request #${pull.number} (${ours.step}) ${pull.merged ? "merged" : "closed"}: updating ${(0,repositories/* fullName */.fq)(repo)}#${requested.number}.`);
    return deps.deliver(report, { repo, number: requested.number, ...(known ? { known } : {}) }, unlink);
}
const HELP = "Commands (on the first line of a comment, by someone with one of the allowed permissions):\n" +
    "- `/cluster-link status`: refresh the status comment from GitHub's current state.\n" +
    "- `/cluster-link retry`: run the request again, as an edit of the issue does.\n" +
    "- `/cluster-link verify`: check in AWS and ArgoCD that the link is there and works; closes the issue when it does.\n" +
    "- `/cluster-link help`: this list.";
/** A `/cluster-link` command in a comment on a link or unlink issue. */
async function commandRun(inputs, ctx, github, io, runUrl, deps) {
    const trigger = ctx.trigger;
    const here = { owner: ctx.owner, repo: ctx.repo };
    const parsed = (0,events/* parseCommand */.RM)(trigger.commentBody);
    if (!parsed)
        return ignoredReport("the comment is not a /cluster-link command", runUrl, io);
    // Acknowledging is best effort: a deleted comment must not fail the command itself.
    const ack = (content) => react(github, here, trigger.commentId, content).catch((error) => io.warning(`Could not add the ${content} reaction: ${error instanceof Error ? error.message : String(error)}`));
    // 1. Who asks, before anything else (no OIDC token, no other write for a denied command).
    const permission = await (0,permissions/* permissionOf */.F)(github, here, trigger.commenter);
    if (!inputs.allowedPermissions.includes(permission)) {
        await ack("confused");
        const headline = `${(0,gate/* mention */.lE)(trigger.commenter)} has ${permission === "none" ? "no" : `\`${permission}\``} permission on this ` +
            `repository; commands need one of: ${inputs.allowedPermissions.join(", ")}. Nothing was done.`;
        io.info(headline);
        io.setOutput("status", "denied");
        return { status: "denied", headline, runUrl };
    }
    await ack("eyes");
    const issue = trigger.issue;
    const unlink = issue.labels.includes(inputs.unlinkLabel);
    let report;
    // Verification checks a link; an unlink issue has none to check.
    const wrongKind = !("unknown" in parsed) && parsed.command === "verify" && unlink;
    if ("unknown" in parsed || parsed.command === "help" || wrongKind) {
        const known = "unknown" in parsed || wrongKind;
        await (0,comments/* addComment */.BC)(github, here, issue.number, `${wrongKind
            ? "`/cluster-link verify` checks a link; this is an unlink issue. "
            : "unknown" in parsed
                ? `Unknown command${parsed.unknown ? ` ${(0,markdown/* code */.aY)(parsed.unknown)}` : ""}. `
                : ""}${HELP}`);
        await ack(known ? "confused" : "rocket");
        io.setOutput("status", "ignored");
        return {
            status: "ignored",
            headline: wrongKind ? "verify on an unlink issue" : known ? "unknown command" : "help",
            runUrl,
        };
    }
    const target = { repo: here, number: issue.number };
    const known = await (0,comments/* findMarkedComment */.Jp)(github, here, issue.number, action_report/* STATUS_MARKER */.yX);
    if (known)
        target.known = known;
    // Runs of a command act for the commenter; the request's author is checked again as for an edit.
    const asEdit = { ...issue, action: "edited", sender: trigger.commenter };
    try {
        if (parsed.command === "status") {
            const refreshed = await refreshReport(github, known, runUrl);
            if (!refreshed) {
                await (0,comments/* addComment */.BC)(github, here, issue.number, "No pull requests are recorded on this issue yet, so there is no progress to show: comment `/cluster-link retry` to run the request.");
                await ack("confused");
                io.setOutput("status", "ignored");
                return { status: "ignored", headline: "no progress recorded", runUrl };
            }
            report = await deps.deliver(refreshed, target, unlink);
        }
        else if (parsed.command === "retry") {
            report = await deps.rerun(asEdit, known);
        }
        else {
            report = await deps.verify(asEdit, target, known ? (0,lifecycle_record/* decodeRecord */.eT)(known.body) : undefined);
        }
    }
    catch (error) {
        await ack("confused");
        throw error;
    }
    const failed = ["failed", "denied", "invalid", "blocked", "not-linked"].includes(report.status);
    await ack(failed ? "confused" : "rocket");
    return report;
}


/***/ }),

/***/ 5458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ni: () => (/* binding */ failureHeadline),
/* harmony export */   Vb: () => (/* binding */ leftAlone),
/* harmony export */   XQ: () => (/* binding */ linkOutcome),
/* harmony export */   aZ: () => (/* binding */ partialHeadline)
/* harmony export */ });
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6584);
// How a publish result reads as a run status and headline.

/** Whether a step was left alone because its branch is not this request's to change. */
function leftAlone(published) {
    return published.steps.some((s) => s.outcome === "human-commit" || s.outcome === "other-request");
}
/** What to do about the steps left alone; `rerun` says how to run again ("edit the issue", ...). */
function partialHeadline(published, rerun) {
    const outcomes = new Set(published.steps.map((s) => s.outcome));
    const lines = [];
    if (outcomes.has("human-commit")) {
        lines.push("Some branches have commits that argocd-cluster-link did not make; those steps were left alone (see below).");
    }
    if (outcomes.has("other-request")) {
        lines.push("Some branches belong to another request that uses the same argocd-cluster-name; those steps were left " +
            `alone (see below). Choose another argocd-cluster-name for this link and ${rerun}.`);
    }
    return lines.join(" ");
}
/**
 * The headline of a run stopped by `error`: for GitHub's rate limit (which resets later than the run
 * may wait, max-rate-limit-wait-seconds, or outlasted the retries), when to run it again; otherwise
 * `fallback`.
 */
function failureHeadline(error, fallback) {
    const reset = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.rateLimitReset)(error);
    if (!reset)
        return fallback;
    return ("GitHub's API rate limit stopped the run (it resets later than max-rate-limit-wait-seconds, or " +
        `the retries ran out); ${(0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.rerunAfter)(reset)}: nothing is duplicated.`);
}
/** A link run's status and headline, from its plan and what publishing did. */
function linkOutcome(plan, published, dryRun, rerun) {
    if (published.error) {
        return {
            status: "failed",
            headline: failureHeadline(published.error, `Publishing stopped at a GitHub error after ${published.steps.length} of ${plan.steps.length} steps; run the workflow again (or edit the issue) to finish: nothing is duplicated.`),
        };
    }
    if (dryRun)
        return { status: "dry-run", headline: "Dry run: this is what would be published." };
    if (plan.steps.length === 0) {
        return {
            status: "up-to-date",
            headline: "Every step of this link is already in the base branch: nothing left to change.",
        };
    }
    if (leftAlone(published))
        return { status: "partial", headline: partialHeadline(published, rerun) };
    return {
        status: "published",
        headline: "Review and merge the pull requests one at a time, in this order, and run each step's apply command after merging it.",
    };
}


/***/ }),

/***/ 7627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yX: () => (/* binding */ STATUS_MARKER),
  JW: () => (/* binding */ keptDetails),
  wQ: () => (/* binding */ renderComment),
  B1: () => (/* binding */ renderReport),
  hZ: () => (/* binding */ rotationsSection)
});

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(6706);
// EXTERNAL MODULE: ./src/lifecycle/record.ts
var record = __webpack_require__(7299);
;// CONCATENATED MODULE: ./src/action/progress-report.ts
// The status comment's main screen once pull requests exist: one line per step in apply order
// (merged, open, closed), the next thing to do, out-of-order warnings, and the last verification.
// Values (logins, commands, repositories) are code spans or escaped; the sentences are ours.

/**
 * A pull request as a Markdown link labelled `owner/repo#N`. GitHub names hold only [A-Za-z0-9._-];
 * anything else is shown escaped, with the address beside it. Parentheses are percent-encoded so
 * the address cannot end the link early.
 */
function pullRequestLink(repository, pull) {
    const label = `${repository}#${pull.number}`;
    const url = encodeURI(pull.url).replace(/[()]/g, (c) => (c === "(" ? "%28" : "%29"));
    if (!/^[\w.-]+\/[\w.-]+#\d+$/.test(label))
        return `${(0,markdown/* escapeMarkdown */.FV)(label)} (${url})`;
    return `[${label}](${url})`;
}
const pullLabel = (step) => step.pull ? pullRequestLink(step.repository, step.pull) : "no pull request";
const ROW_ICON = {
    merged: "✅",
    "in-base": "✅",
    open: "⬜",
    closed: "❌",
    unknown: "❔",
    "no-pull": "⚠️",
};
/** `2026-12-07 10:02 UTC` from GitHub's ISO time; anything else is shown as given, in code. */
function when(iso) {
    const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
    return m ? `${m[1]} ${m[2]} UTC` : (0,markdown/* code */.aY)(iso);
}
function rowState(row) {
    switch (row.state) {
        case "merged": {
            const m = row.merge;
            const commit = /^[0-9a-f]{7,40}$/.test(m.commit) ? ` (${(0,markdown/* code */.aY)(m.commit.slice(0, 7))})` : "";
            return `merged by ${(0,markdown/* code */.aY)(m.by || "unknown")} on ${when(m.at)}${commit}`;
        }
        case "in-base":
            return "already in the base branch";
        case "open":
            return "open";
        case "closed":
            return "closed without merging";
        case "no-pull":
            return "no pull request (see the details below)";
        case "unknown":
            return `not as expected: ${(0,markdown/* code */.aY)(row.reason ?? "")}`;
    }
}
const commands = (step) => step.apply.length > 0 ? step.apply.map(markdown/* code */.aY).join(", then ") : "its layer's `leverage tf apply`";
function nextLine(next) {
    const n = (s) => `step ${s.number}`;
    switch (next.kind) {
        case "merge-first":
            return `Merge ${pullLabel(next.step)} (${n(next.step)}), then apply it: ${commands(next.step)}.`;
        case "apply-then-merge":
            return (`Apply ${n(next.applied)}: ${commands(next.applied)}, then merge ${pullLabel(next.next)} ` +
                `(${n(next.next)}) and apply it: ${commands(next.next)}.`);
        case "reopen":
            return (`The pull request of ${n(next.step)}, ${pullLabel(next.step)}, was closed without merging: reopen it, ` +
                "or comment `/cluster-link retry` to open it again.");
        case "no-pull":
            return `${n(next.step)[0].toUpperCase()}${n(next.step).slice(1)} has no pull request of this request: fix what the details say, then comment \`/cluster-link retry\`.`;
        case "unknown":
            return `The pull request of ${n(next.step)}, ${pullLabel(next.step)}, is not as expected (${(0,markdown/* code */.aY)(next.reason)}): check it, then comment \`/cluster-link status\`.`;
        case "apply-last":
            return next.then === "verify"
                ? `Every step is merged. ${next.step ? `Apply ${n(next.step)}: ${commands(next.step)}, then comment` : "Comment"} \`/cluster-link verify\` to check that ArgoCD reaches the cluster.`
                : `Every step is merged. ${next.step ? `Apply ${n(next.step)}: ${commands(next.step)}. ` : ""}The link is gone once every step is applied: close this issue then.`;
    }
}
/**
 * `notes`: what this run's publishing did to a step, by step id (`updated`, `human-commit: ...`),
 * in the publisher's own words (its values are already code spans or validated names).
 */
function progressSection(progress, notes = new Map(), linked = false) {
    const lines = ["### Pull requests, in apply order", ""];
    for (const row of progress.rows) {
        const s = row.step;
        const note = notes.get(s.id);
        lines.push(`- ${ROW_ICON[row.state]} **${s.number}/${s.total}** ${(0,markdown/* escapeMarkdown */.FV)(s.summary)}${s.account ? ` (${(0,markdown/* code */.aY)(s.account)})` : ""}: ` +
            `${pullLabel(s)}, ${rowState(row)}${note ? ` (${note})` : ""}`);
    }
    lines.push("", linked
        ? "**Next:** nothing: the link works. To remove it one day, open an **Unlink a cluster from ArgoCD** issue."
        : `**Next:** ${nextLine(progress.next)}`);
    for (const w of progress.outOfOrder) {
        lines.push("", `> ⚠️ **Merged out of order.** Step ${w.merged.number} (${pullLabel(w.merged)}) was merged before step ${w.before.number} ` +
            `(${pullLabel(w.before)}). Do not apply step ${w.merged.number} before step ${w.before.number} is merged and applied.`);
    }
    return lines;
}
const CHECK_ICON = { pass: "✅", fail: "❌", skip: "➖" };
/**
 * A check's detail for a table cell: the values it marks with backticks (verify/checks.ts `v`) as
 * code spans, the sentence around them as escaped prose. Read from the record, the text is not
 * trusted: every part is either escaped or a code span, and `|` cannot split the cell.
 */
function detailMarkdown(detail) {
    const parts = detail.split("`");
    return parts
        .map((part, i) => {
        if (i % 2 === 0)
            return (0,markdown/* escapeMarkdown */.FV)(part);
        // An unclosed backtick: the rest is prose.
        if (i === parts.length - 1)
            return (0,markdown/* escapeMarkdown */.FV)(`\`${part}`);
        return (0,markdown/* code */.aY)(part).replace(/\|/g, "\\|");
    })
        .join("");
}
function verificationSection(verification) {
    return [
        `### Verification (${when(verification.at)})`,
        "",
        "| | check | result |",
        "|---|---|---|",
        ...verification.checks.map((c) => `| ${CHECK_ICON[c.result]} | ${(0,markdown/* code */.aY)(c.check).replace(/\|/g, "\\|")} | ${detailMarkdown(c.detail)} |`),
    ];
}

;// CONCATENATED MODULE: ./src/action/report.ts
// The status report: one comment per issue (found again by a hidden marker and updated in place)
// and the job summary. Untrusted text (request values, error details) only appears inside code
// spans or code blocks; pull requests are links with an escaped label.




const STATUS_MARKER = "<!-- argocd-cluster-link:status -->";
const TITLES = {
    ignored: "Ignored",
    denied: "Not allowed",
    invalid: "The request needs changes",
    blocked: "Cannot link yet",
    published: "Pull requests open",
    "up-to-date": "Nothing left to change",
    "dry-run": "Dry run: nothing was written",
    partial: "Some steps need attention",
    failed: "Failed",
    merged: "Every step is merged",
    linked: "Linked: ArgoCD reaches the cluster",
    "not-linked": "Not linked yet",
};
const report_CHECK_ICON = { pass: "✅", warn: "⚠️", fail: "❌" };
/** A code span inside a table cell: GFM splits cells at `|` even inside code spans. */
const cell = (text) => (0,markdown/* code */.aY)(text).replace(/\|/g, "\\|");
function requestTable(req) {
    const rows = [
        ["source-account", req.sourceAccount],
        ["target-account", req.targetAccount],
        ["target-region", req.targetRegion],
        ["target-cluster", req.targetCluster],
        ["method", req.method],
        ["access", req.access],
        ["namespaces", req.namespaces.length ? req.namespaces.join(", ") : "(cluster-wide)"],
        ["cluster-resources", String(req.clusterResources)],
        ["argocd-cluster-name", req.argocdClusterName],
    ];
    if (req.argocdInstance)
        rows.push(["argocd-instance", req.argocdInstance]);
    if (req.dedicatedInstance)
        rows.push(["dedicated-instance", "true"]);
    if (req.readBeyondAccess)
        rows.push(["read-beyond-access", "true"]);
    for (const [k, v] of Object.entries(req.labels))
        rows.push([`labels`, `${k}=${v}`]);
    for (const [key, value] of [
        ["argocd-layer", req.argocdLayer],
        ["target-cluster-layer", req.targetClusterLayer],
        ["target-rbac-layer", req.targetRbacLayer],
    ]) {
        if (value)
            rows.push([key, value]);
    }
    return ["| key | value |", "|---|---|", ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`)];
}
function clusterSection(facts) {
    return [
        "### Target cluster",
        "",
        `- API server: ${(0,markdown/* code */.aY)(facts.endpoint)}`,
        `- ARN: ${(0,markdown/* code */.aY)(facts.arn)}`,
        `- Kubernetes ${(0,markdown/* code */.aY)(facts.version ?? "unknown")}, authentication mode ${(0,markdown/* code */.aY)(facts.authenticationMode)}`,
        `- CA: SHA-256 ${(0,markdown/* code */.aY)(facts.ca.fingerprint256)}, subject ${(0,markdown/* code */.aY)(facts.ca.subject)}, expires ${(0,markdown/* code */.aY)(facts.ca.notAfter)}`,
        "",
        "<details><summary>CA certificate (base64, as ArgoCD's <code>caData</code>)</summary>",
        "",
        (0,markdown/* codeBlock */.DV)(facts.caData),
        "",
        "</details>",
    ];
}
function checksSection(checks) {
    return [
        "### Preflight checks",
        "",
        "| | check | result |",
        "|---|---|---|",
        ...checks.map((c) => `| ${report_CHECK_ICON[c.status]} | ${cell(c.id)} | ${(0,markdown/* escapeMarkdown */.FV)(c.summary)}${c.action ? `<br>${(0,markdown/* escapeMarkdown */.FV)(c.action)}` : ""} |`),
    ];
}
/** Characters of diffs one report shows: a job summary holds 1 MiB, and the report has more to say. */
const DIFF_BUDGET = 200_000;
/** Each file of a step as a unified diff, collapsed per file, for a dry run's reviewer. */
function fileDiffs(step, budget) {
    return step.files.flatMap((f) => {
        const summary = `<summary>${f.action === "create" ? "create" : "update"} <code>${escapeHtml(f.path)}</code></summary>`;
        const before = f.action === "create" ? "/dev/null" : `a/${f.path}`;
        const patch = (0,create/* createTwoFilesPatch */.ss)(before, `b/${f.path}`, f.previous ?? "", f.content, "", "").trimEnd();
        const shown = patch.length <= budget.left
            ? (0,markdown/* codeBlock */.DV)(patch, "diff")
            : `The diff (${patch.length} characters) is left out to keep the report readable; the CLI's \`plan\` prints it.`;
        budget.left -= Math.min(patch.length, budget.left);
        return ["", `   <details>${summary}`, "", ...indent(shown), "", "   </details>"];
    });
}
const indent = (block) => block.split("\n").map((line) => (line ? `   ${line}` : line));
/** Text inside HTML (a <summary>): paths are validated, but nothing is taken on trust. */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** A pull request as a link people can click, or the repository when there is none. */
function pullLink(pub) {
    if (!pub)
        return (0,markdown/* code */.aY)("not published");
    if (!pub.pull)
        return (0,markdown/* code */.aY)(pub.repository);
    return pullRequestLink(pub.repository, pub.pull);
}
function stepsSection(report) {
    const plan = report.plan;
    const published = report.published?.steps ?? [];
    const lines = ["### Pull requests, in apply order", ""];
    const budget = { left: DIFF_BUDGET };
    for (const [index, step] of plan.steps.entries()) {
        // Published in plan order (a failure stops the list early).
        const pub = published[index];
        const state = pub ? ` (${pub.outcome}${pub.detail ? `: ${pub.detail}` : ""})` : "";
        // A hard line break (`\`): the job summary, unlike a comment, joins lines into one paragraph.
        lines.push(`${step.number}. ${pullLink(pub)} ${(0,markdown/* escapeMarkdown */.FV)(step.title)}${state}\\`, `   then: ${step.apply.map(markdown/* code */.aY).join(", ")}`);
        // Nothing is on GitHub to review in a dry run: the report carries the changes themselves.
        if (report.status === "dry-run")
            lines.push(...fileDiffs(step, budget));
    }
    if (plan.upToDate.length > 0)
        lines.push("", `Already merged: ${plan.upToDate.map(markdown/* code */.aY).join(", ")}.`);
    for (const closed of report.published?.closed ?? []) {
        // Named with its repository: `#N` alone would be an issue of the repository the report is in.
        lines.push(`- closed ${closed.repository}#${closed.number}: ${closed.reason}`);
    }
    if (plan.notes.length > 0)
        lines.push("", "**Notes**", ...plan.notes.map((n, i) => `- ${noteMarkdown(n, plan.noteParts?.[i])}`));
    return lines;
}
/**
 * A plan note as a sentence: its prose escaped, only the values it quotes as code. Without parts
 * (or parts that do not spell the note), the whole note is escaped prose.
 */
function noteMarkdown(text, parts) {
    if (!parts || parts.map((p) => p.text).join("") !== text)
        return (0,markdown/* escapeMarkdown */.FV)(text);
    return parts.map((p) => (p.value ? (0,markdown/* code */.aY)(p.text) : (0,markdown/* escapeMarkdown */.FV)(p.text))).join("");
}
const ROTATION_STATE = {
    current: "current",
    due: "due",
    "rotation-open": "rotation open",
    waiting: "waiting: rotation open, not merged yet",
    "cannot-rotate": "cannot rotate",
};
function rotationsSection(rows) {
    return [
        "### Bearer-token links",
        "",
        "| link | token age | state |",
        "|---|---|---|",
        ...rows.map((r) => {
            const pull = r["pull-request"] ? ` in ${r["pull-request"].repository}#${r["pull-request"].number}` : "";
            const why = r.reason ? `: ${cell(r.reason)}` : "";
            const age = r["age-days"] === null ? "unknown" : `${r["age-days"]} days`;
            return `| ${cell(r.link)} | ${age} | ${ROTATION_STATE[r.state]}${pull}${why} |`;
        }),
    ];
}
const DETAILS_START = "<!-- argocd-cluster-link:details -->";
const DETAILS_END = "<!-- argocd-cluster-link:details-end -->";
/** The details region of an earlier status comment, kept as it was rendered. */
function keptDetails(comment) {
    const start = comment.indexOf(DETAILS_START);
    const end = comment.indexOf(DETAILS_END, start);
    if (start < 0 || end < 0)
        return undefined;
    return comment.slice(start, end + DETAILS_END.length);
}
/** The request, cluster, checks and notes folded away under the progress: reference, not the main screen. */
function detailsRegion(report) {
    if (report.kept && !report.request && !report.facts && !report.checks?.length && !report.plan)
        return [report.kept];
    const inner = [];
    if (report.request)
        inner.push("### Request", "", ...requestTable(report.request), "");
    if (report.facts)
        inner.push(...clusterSection(report.facts), "");
    if (report.checks?.length)
        inner.push(...checksSection(report.checks), "");
    const plan = report.plan;
    if (plan?.notes.length)
        inner.push("### Notes", "", ...plan.notes.map((n, i) => `- ${noteMarkdown(n, plan.noteParts?.[i])}`), "");
    for (const closed of report.published?.closed ?? []) {
        inner.push(`- closed ${closed.repository}#${closed.number}: ${closed.reason}`);
    }
    if (inner.length === 0)
        return [];
    return [
        DETAILS_START,
        "<details><summary>Request, target cluster, checks and notes</summary>",
        "",
        ...inner,
        "",
        "</details>",
        DETAILS_END,
    ];
}
const COMMANDS = "`/cluster-link status` · `/cluster-link retry` · `/cluster-link verify` · `/cluster-link help`";
/** The Markdown of the report, used for the issue comment (with the marker) and the job summary. */
function renderReport(report) {
    const lines = [`## argocd-cluster-link: ${TITLES[report.status]}`, "", report.headline, ""];
    if (report.fieldErrors?.length) {
        lines.push("### Invalid fields", "", ...report.fieldErrors.map((e) => `- ${(0,markdown/* code */.aY)(e.field)}: ${(0,markdown/* code */.aY)(e.message)} (got ${(0,markdown/* code */.aY)(e.value)})`), "");
    }
    if (report.detail)
        lines.push((0,markdown/* codeBlock */.DV)(report.detail), "");
    const verification = report.verification ?? report.record?.verification;
    if (verification)
        lines.push(...verificationSection(verification), "");
    if (report.progress) {
        const notes = new Map((report.published?.steps ?? [])
            .filter((p) => p.detail || (p.outcome !== "created" && p.outcome !== "unchanged"))
            .map((p) => [p.step, `${p.outcome}${p.detail ? `: ${p.detail}` : ""}`]));
        lines.push(...progressSection(report.progress, notes, report.status === "linked"), "");
        const details = detailsRegion(report);
        if (details.length > 0)
            lines.push(...details, "");
    }
    else {
        if (report.request)
            lines.push("### Request", "", ...requestTable(report.request), "");
        if (report.facts)
            lines.push(...clusterSection(report.facts), "");
        if (report.checks?.length)
            lines.push(...checksSection(report.checks), "");
        if (report.plan)
            lines.push(...stepsSection(report), "");
    }
    if (report.rotations?.length)
        lines.push(...rotationsSection(report.rotations), "");
    const footer = `<sub>[workflow run](${encodeURI(report.runUrl)})`;
    lines.push(report.record ? `${footer} · commands: ${COMMANDS}</sub>` : `${footer}</sub>`);
    return lines.join("\n") + "\n";
}
function renderComment(report) {
    return `${STATUS_MARKER}\n${report.record ? `${(0,record/* encodeRecord */.Ym)(report.record)}\n` : ""}${renderReport(report)}`;
}


/***/ }),

/***/ 603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TA: () => (/* binding */ RepositoryAccessError),
/* harmony export */   UJ: () => (/* binding */ publishRefused),
/* harmony export */   jG: () => (/* binding */ readRefused)
/* harmony export */ });
/* unused harmony exports refusal, writeRefused */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);
/* harmony import */ var _github_repositories_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2283);
// A repository the token cannot read or write, reported as something to fix (status `blocked`):
// which repository, the config key that maps it, what GitHub answered and the fix. The usual cause
// is the default GITHUB_TOKEN, which reaches only the repository that runs the workflow; GitHub
// answers 404 for a private repository the token cannot see and 403 (or 404) for a write it may not make.



/** Blocks the run: a LayoutError, so every flow reports it as something to fix, not as a failure. */
class RepositoryAccessError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd {
    headline;
    constructor(headline, message) {
        super(message);
        this.headline = headline;
        this.name = "RepositoryAccessError";
    }
}
/**
 * What GitHub answered when it refused access: a 403 or 404 that is not a rate limit, or a GraphQL
 * FORBIDDEN / NOT_FOUND error. Undefined for any other failure (those stay unexpected).
 */
function refusal(error) {
    const e = error;
    if ((e?.status === 403 || e?.status === 404) && !(0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__.rateLimitReset)(error)) {
        return (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__.describeRequestFailure)(error).split("\n", 1)[0];
    }
    const graphql = Array.isArray(e?.errors)
        ? e.errors.find((x) => x?.type === "FORBIDDEN" || x?.type === "NOT_FOUND")
        : undefined;
    return graphql ? `GitHub GraphQL ${String(graphql.type)}: ${String(graphql.message)}` : undefined;
}
function mappedBy(origin) {
    const keys = origin.accounts.map((a) => `accounts.${a}`).join(", ");
    return `${origin.repository}, which ${origin.configPath} maps with ${keys}`;
}
const APP_TOKEN_FIX = "Pass a GitHub App token as github-token, from an App installed on the main repository and on every " +
    "repository in accounts with Contents, Issues and Pull requests set to read and write (README: " +
    '"Accounts in other repositories need a GitHub App token"). The default GITHUB_TOKEN reaches only ' +
    "the repository that runs the workflow.";
/**
 * The error for a mapped repository that could not be read, or for its base branch when the
 * repository can be read but has no branch `missingBase`.
 */
function readRefused(error, origin, missingBase) {
    const answer = refusal(error);
    if (!answer)
        return undefined;
    if (missingBase !== undefined) {
        const base = missingBase;
        return new RepositoryAccessError(`The base branch ${base} of ${origin.repository} does not exist. Nothing was created.`, `${origin.repository} has no branch ${base}, the base that ${origin.configPath} sets with ` +
            `${origin.accounts.map((a) => `accounts.${a}.base`).join(", ")} (GitHub answered: ${answer}). ` +
            `Create the branch, or correct the key (without it, the repository's default branch is used).`);
    }
    return new RepositoryAccessError(`The token cannot read ${origin.repository}. Nothing was created.`, `The token cannot read ${mappedBy(origin)} (GitHub answered: ${answer}; GitHub answers 404 for a ` +
        `private repository the token cannot reach). ${APP_TOKEN_FIX}`);
}
/** The error for a repository a step could not be written to, or undefined for other failures. */
function writeRefused(error, origin, stopped) {
    const answer = refusal(error);
    if (!answer)
        return undefined;
    const home = origin.repository === origin.home;
    const where = home ? `${origin.repository}, the repository that runs the workflow` : mappedBy(origin);
    const fix = /not permitted to create or approve pull requests/i.test(answer)
        ? 'Enable Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests" ' +
            `in ${origin.repository}, or pass a GitHub App token as github-token.`
        : home
            ? "Give the job permissions contents: write, issues: write and pull-requests: write, or pass a " +
                "GitHub App token as github-token."
            : APP_TOKEN_FIX;
    return new RepositoryAccessError(`The token cannot write to ${origin.repository}. ${stopped}`, `The token cannot write to ${where} (GitHub answered: ${answer}). ${fix} Then run again: nothing is ` +
        `duplicated.`);
}
/**
 * When publishing stopped because GitHub refused a write: the error naming the repository. The
 * repository is the one of the step it stopped at, else (closing stale pull requests) the call's.
 */
function publishRefused(published, steps, where) {
    const error = published.error;
    if (!error || !refusal(error))
        return undefined;
    const step = steps[published.steps.length];
    const fromCall = /\/repos\/([^/]+)\/([^/]+)\//.exec(error.request?.url ?? "");
    const repository = step
        ? (0,_github_repositories_js__WEBPACK_IMPORTED_MODULE_2__/* .fullName */ .fq)(where.destinationFor(step.account))
        : fromCall
            ? `${decodeURIComponent(fromCall[1])}/${decodeURIComponent(fromCall[2])}`
            : undefined;
    if (!repository)
        return undefined;
    const stopped = step
        ? `Publishing stopped at step ${published.steps.length + 1} of ${steps.length}` +
            `${published.steps.length ? "; the steps before it are published" : ""}.`
        : "Every step is published; closing stale pull requests stopped.";
    return writeRefused(error, where.originOf(repository), stopped);
}


/***/ }),

/***/ 2620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/repositories.ts
var repositories = __webpack_require__(2283);
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
var parsed_file = __webpack_require__(5159);
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
;// CONCATENATED MODULE: ./src/plan/notes.ts
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
    return { linkId: names.id, steps, upToDate, ...planNotes(notes(req, facts, grant)) };
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
function notes(req, facts, grant) {
    const out = [];
    if (req.readBeyondAccess && grant.cache.kind === "respect-rbac") {
        out.push(note `read-beyond-access has no effect: ArgoCD ${grant.cache.argoCdVersion} reads resource.respectRBAC, so the link reads nothing beyond ${req.access}.`);
    }
    if (facts.endpointPublicAccess === false) {
        out.push(note `${facts.name} has a private-only API endpoint: ArgoCD needs a network path to it (e.g. VPC peering and DNS resolution).`);
    }
    if (req.namespaces.length > 0 && !(0,link_grant/* clusterWide */.MO)(req)) {
        out.push(note `The namespaces ${req.namespaces} must exist in ${facts.name}: ArgoCD may not create them.`);
    }
    if (req.method === "bearer-token") {
        out.push(note `The ServiceAccount token does not expire: the Action's scheduled rotation (or the CLI's rotate) replaces it through two token slots, so ArgoCD always holds a valid token; apply the target layer, then the ArgoCD layer.`);
    }
    return out;
}
function shellPath(path) {
    return /^[A-Za-z0-9._/-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

// EXTERNAL MODULE: ./src/github/comments.ts
var comments = __webpack_require__(6645);
// EXTERNAL MODULE: ./src/github/issues.ts
var issues = __webpack_require__(5039);
// EXTERNAL MODULE: ./src/github/labels.ts
var labels = __webpack_require__(7448);
// EXTERNAL MODULE: ./src/action/report.ts + 1 modules
var action_report = __webpack_require__(7627);
;// CONCATENATED MODULE: ./src/action/deliver.ts
// Delivers a run's report: the one status comment and the state label on the issue, then the
// outputs, the job summary and the job's result. A failure to write the comment or the label does
// not escape as a stack trace: the report turns `failed` and says what was done and what was not.





/** Labels that show an issue's state, next to the trigger label. */
const STATE_LABELS = {
    invalid: "invalid",
    blocked: "blocked",
    published: "prs-open",
    partial: "prs-open",
    // Every step in the base branch: what is left is to apply and verify.
    "up-to-date": "merged",
    merged: "merged",
    linked: "linked",
    failed: "failed",
};
/** The state label a report leaves: a verification that found problems keeps the progress's. */
/** The state label for a report: a label, none (undefined), or null to leave the labels as they are. */
function stateOf(report) {
    // A verification keeps the progress's label; without progress, the label the issue has.
    if (report.status === "not-linked")
        return report.progress ? (report.progress.allMerged ? "merged" : "prs-open") : null;
    return STATE_LABELS[report.status];
}
/** Delivers `report` and returns it as delivered (`failed` when the issue could not be updated). */
async function deliver(report, inputs, ctx, github, io, issue, options = {}) {
    const notDone = [];
    if (issue && !inputs.dryRun) {
        const { repo, number } = issue;
        const name = `${repo.owner}/${repo.repo}` === `${ctx.owner}/${ctx.repo}`
            ? `#${number}`
            : `${repo.owner}/${repo.repo}#${number}`;
        try {
            await (0,comments/* upsertMarkedComment */.Zd)(github, repo, number, action_report/* STATUS_MARKER */.yX, (0,action_report/* renderComment */.wQ)(report), 1000, issue.known);
        }
        catch (error) {
            notDone.push({ what: `the status comment on issue ${name}`, error });
        }
        const state = stateOf(report);
        if (report.status !== "denied" && state !== null) {
            try {
                await setStateLabel(github, repo, number, inputs.label, state);
            }
            catch (error) {
                notDone.push({ what: `the state label of issue ${name}`, error });
            }
        }
        // The link works: the request is done. Only after the comment says so, with its evidence.
        if (report.status === "linked" && options.closeWhenLinked && notDone.length === 0) {
            try {
                await (0,issues/* closeIssue */.wS)(github, repo, number);
            }
            catch (error) {
                notDone.push({ what: `closing issue ${name}`, error });
            }
        }
    }
    const delivered = notDone.length > 0 ? undelivered(report, notDone) : report;
    io.setOutput("status", delivered.status);
    io.setOutput("pull-requests", JSON.stringify((delivered.published?.steps ?? []).flatMap((s) => s.pull ? [{ number: s.pull.number, url: s.pull.url, repository: s.repository, step: s.step }] : [])));
    // Only rotation runs have rotations to report.
    if (delivered.rotations)
        io.setOutput("rotations", JSON.stringify(delivered.rotations));
    const verification = delivered.verification ?? delivered.record?.verification;
    if (verification)
        io.setOutput("verification", JSON.stringify(verification.checks));
    io.setOutput("api-server", delivered.facts?.endpoint ?? "");
    io.setOutput("cluster-arn", delivered.facts?.arn ?? "");
    await io.writeSummary((0,action_report/* renderReport */.B1)(delivered));
    const failed = delivered.status === "failed" ||
        (!issue &&
            (delivered.status === "invalid" ||
                delivered.status === "blocked" ||
                delivered.status === "denied" ||
                delivered.status === "not-linked"));
    if (failed)
        io.setFailed(`${delivered.headline}${delivered.detail ? `\n${delivered.detail}` : ""}`);
    else
        io.info(`argocd-cluster-link: ${delivered.status}`);
    return delivered;
}
/** The report of a run whose result could not (all) be written to the issue. */
function undelivered(report, notDone) {
    const pulls = (report.published?.steps ?? []).filter((s) => s.pull);
    const done = pulls.length > 0
        ? `The run got as far as "${report.status}": ${pulls.length} pull request(s) are open (listed below). `
        : `The run got as far as "${report.status}". `;
    const reset = notDone.map((n) => (0,client.rateLimitReset)(n.error)).find((d) => d !== undefined);
    const again = reset
        ? `GitHub's rate limit stopped it: ${(0,client.rerunAfter)(reset)}; nothing is duplicated.`
        : "Run the workflow again to finish: nothing is duplicated.";
    return {
        ...report,
        status: "failed",
        headline: `${done}But ${notDone.map((n) => n.what).join(" and ")} could not be written. ${again}`,
        detail: [
            ...(report.detail ? [report.detail] : []),
            ...notDone.map((n) => `${n.what}: ${n.error instanceof Error ? n.error.message : String(n.error)}`),
        ].join("\n"),
    };
}
/**
 * Leaves exactly one state label on the issue: the one for `status`, if it has one. Decided from
 * the issue's labels as they are now: on a rerun, the event payload still lists the labels from
 * before the earlier run set its state.
 */
async function setStateLabel(github, repo, number, label, state) {
    const wanted = state ? `${label}:${state}` : undefined;
    // `done` is what versions before the lifecycle left on finished requests.
    const stateLabels = new Set([...Object.values(STATE_LABELS), "done"].map((s) => `${label}:${s}`.toLowerCase()));
    const current = await (0,labels/* issueLabels */.rE)(github, repo, number);
    for (const existing of current) {
        if (stateLabels.has(existing.toLowerCase()) && existing.toLowerCase() !== wanted?.toLowerCase())
            await (0,labels/* removeLabel */.tA)(github, repo, number, existing);
    }
    if (wanted && !current.some((l) => l.toLowerCase() === wanted.toLowerCase()))
        await (0,labels/* addLabels */.Nl)(github, repo, number, [wanted]);
}

// EXTERNAL MODULE: ./src/action/gate.ts
var gate = __webpack_require__(243);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/core/validate.ts
var validate = __webpack_require__(993);
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
const MAX_REQUEST_CHARS = (/* unused pure expression or super */ null && (64 * 1024));
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
        throw new InvalidInputError(what, [
            {
                field: "(root)",
                value: `${text.length} characters`,
                message: `is too long; a link request may have at most ${MAX_REQUEST_CHARS} characters`,
            },
        ]);
    }
    const lineCounter = new LineCounter();
    // logLevel "error": warnings are collected in doc.warnings and reported below instead of printed.
    const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, logLevel: "error" });
    if (docs.length > 1) {
        throw new InvalidInputError(what, [
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
            value: show(lineText.replace(/\r?\n$/, "")),
            message: `is not valid YAML or JSON: ${oneLine(problem.message, PARSER_MESSAGE_MAX)} at line ${line}, column ${col}`,
        };
    });
    if (syntaxErrors.length > 0)
        throw new InvalidInputError(what, syntaxErrors);
    let value;
    try {
        value = doc.toJS();
    }
    catch (error) {
        // e.g. too many alias expansions (a "billion laughs" document).
        throw new InvalidInputError(what, [
            {
                field: "(root)",
                value: "the document",
                message: `cannot be read: ${oneLine(error instanceof Error ? error.message : String(error), PARSER_MESSAGE_MAX)}`,
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
    if (!(0,validate/* isMapping */.pi)(input)) {
        throw new core_errors/* InvalidInputError */.oC(what, [
            {
                field: "(root)",
                value: (0,core_errors/* show */.WU)(input),
                message: `must be a mapping of request keys to values, not ${(0,validate/* kindOf */.I)(input)}; allowed keys are: ${KEYS.join(", ")}`,
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
        const name = (0,validate/* readText */.yR)(errors, key, value, ACCOUNT);
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
    const targetRegion = required("target-region", validate/* AWS_REGION */.VN.words, (v) => (0,validate/* readText */.yR)(errors, "target-region", v, validate/* AWS_REGION */.VN));
    const targetCluster = required("target-cluster", validate/* EKS_CLUSTER_NAME */.p1.words, (v) => (0,validate/* readText */.yR)(errors, "target-cluster", v, validate/* EKS_CLUSTER_NAME */.p1));
    const method = required("method", `one of: ${METHODS.join(", ")}`, (v) => readChoice(errors, "method", v, METHODS));
    // undefined when invalid, so the contradiction checks below only see valid namespaces.
    const namespaces = get("namespaces") === undefined ? [] : readNamespaces(errors, get("namespaces"));
    const clusterResources = optional("cluster-resources", (v) => readFlag(errors, "cluster-resources", v));
    const argocdInstance = optional("argocd-instance", (v) => (0,validate/* readText */.yR)(errors, "argocd-instance", v, HELM_RELEASE));
    const dedicatedInstance = optional("dedicated-instance", (v) => readFlag(errors, "dedicated-instance", v));
    const access = required("access", `one of: ${ACCESS_LEVELS.join(", ")}`, (v) => readChoice(errors, "access", v, ACCESS_LEVELS));
    const readBeyondAccess = optional("read-beyond-access", (v) => readFlag(errors, "read-beyond-access", v));
    const argocdClusterName = optional("argocd-cluster-name", (v) => (0,validate/* readText */.yR)(errors, "argocd-cluster-name", v, ARGOCD_CLUSTER_NAME)) ??
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
        if ((0,validate/* hasControlCharacter */.Fd)(value)) {
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
            message: `must be a list of namespaces or one comma-separated string of namespaces, not ${(0,validate/* kindOf */.I)(value)}`,
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
        const namespace = (0,validate/* readText */.yR)(errors, itemField, item, NAMESPACE);
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
    if (!(0,validate/* isMapping */.pi)(value)) {
        errors.push({
            field: "labels",
            value: (0,core_errors/* show */.WU)(value),
            message: `must be a mapping of label keys to string values, not ${(0,validate/* kindOf */.I)(value)}`,
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
    if ((0,validate/* hasControlCharacter */.Fd)(key))
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
        return fail((0,validate/* notText */.nr)(value));
    if ((0,validate/* hasControlCharacter */.Fd)(value))
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
    const path = (0,validate/* readText */.yR)(errors, field, value, LAYER_PATH);
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

;// CONCATENATED MODULE: ./src/issueops/form.ts
/**
 * IssueOps input: the "Link a cluster to ArgoCD" issue form (.github/ISSUE_TEMPLATE/link-cluster.yml)
 * and the workflow_dispatch inputs, both turned into the raw, kebab-case request object that
 * `validateLinkRequest` checks. Also the Markdown escaping used to echo untrusted input back in
 * comments and pull request bodies.
 *
 * Issue bodies and dispatch inputs are untrusted: every function here is linear in its input, never
 * evaluates it, and reports every problem as a FieldError naming the request key.
 */





/**
 * The issue form's fields in form order: field id (= request key) → label. GitHub renders each answer
 * under a `### <label>` heading, so this table is how the body is read; the template test checks that
 * the template's ids and labels are exactly these.
 */
const FORM_FIELDS = {
    "source-account": "Source account",
    "target-account": "Target account",
    "target-region": "Target region",
    "target-cluster": "Target cluster",
    method: "Method",
    access: "Access",
    namespaces: "Namespaces",
    "cluster-resources": "Cluster resources",
    "read-beyond-access": "Read beyond access",
    "dedicated-instance": "Dedicated instance",
    "argocd-instance": "ArgoCD instance",
    "argocd-cluster-name": "ArgoCD cluster name",
    labels: "Labels",
    "argocd-layer": "ArgoCD layer",
    "target-cluster-layer": "Target cluster layer",
    "target-rbac-layer": "Target RBAC layer",
};
const FIELD_IDS = Object.keys(FORM_FIELDS);
/** How an answer is read; fields not listed are single text values. */
const FIELD_KINDS = {
    namespaces: "list",
    labels: "map",
    "cluster-resources": "flag",
    "read-beyond-access": "flag",
    "dedicated-instance": "flag",
};
/** The fields whose headings make a body a link form (see `isLinkForm`). */
const REQUIRED_FIELDS = [
    "source-account",
    "target-account",
    "target-region",
    "target-cluster",
];
/** GitHub rejects issue bodies longer than this, so a longer body did not come from the form. */
const MAX_BODY_CHARS = 65_536;
/** Cap on the unknown headings reported, so a hostile body cannot make the report huge. */
const MAX_UNKNOWN_HEADINGS = 20;
const MAX_HEADING_CHARS = 100;
/** Cap on the `overrides` dispatch input (YAML or JSON). */
const MAX_OVERRIDES_CHARS = 16 * 1024;
const NO_RESPONSE = "_No response_";
const BODY_FIELD = "(issue body)";
const LABEL_TO_ID = new Map(FIELD_IDS.map((id) => [normalizeHeading(FORM_FIELDS[id]), id]));
function normalizeHeading(text) {
    return text.replace(/\s+/g, " ").trim().toLowerCase();
}
/** An opening code fence (CommonMark): up to 3 spaces, then 3+ backticks (info without backticks) or tildes. */
function openingFence(line) {
    const match = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!match)
        return undefined;
    const marker = match[1] ?? "";
    const info = match[2] ?? "";
    if (marker.startsWith("`") && info.includes("`"))
        return undefined;
    return { char: marker.charAt(0), length: marker.length };
}
function closesFence(line, fence) {
    const match = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
    const marker = match?.[1];
    return marker !== undefined && marker.startsWith(fence.char) && marker.length >= fence.length;
}
/** An ATX heading of level 1 to 3 outside any container: its level and text, else undefined. */
function atxHeading(line) {
    const match = /^ {0,3}(#{1,3})(?=[ \t]|$)(.*)$/.exec(line);
    if (!match)
        return undefined;
    // The optional closing sequence: spaces then only '#'s up to the end.
    const text = (match[2] ?? "").replace(/(?:^|[ \t]+)#+[ \t]*$/, "").trim();
    return { level: (match[1] ?? "").length, text };
}
function shortHeading(line) {
    return (0,core_text/* oneLine */.TN)(line, MAX_HEADING_CHARS);
}
/**
 * Splits a body into `###` sections the way a Markdown renderer sees them: headings inside code fences
 * or HTML comment blocks are content; `####` and deeper headings are content of their section; `#` and
 * `##` headings end the current section and start one that is not a field. Text before the first
 * heading is ignored.
 */
function splitSections(body) {
    const sections = [];
    let current;
    let fence;
    let inComment = false;
    for (const line of body.replace(/\r\n?/g, "\n").split("\n")) {
        if (fence !== undefined) {
            if (closesFence(line, fence))
                fence = undefined;
            current?.lines.push(line);
            continue;
        }
        if (inComment) {
            if (line.includes("-->"))
                inComment = false;
            current?.lines.push(line);
            continue;
        }
        const heading = atxHeading(line);
        if (heading !== undefined) {
            const id = heading.level === 3 ? LABEL_TO_ID.get(normalizeHeading(heading.text)) : undefined;
            current = { heading: line.trim(), id, lines: [] };
            sections.push(current);
            continue;
        }
        fence = openingFence(line);
        const comment = /^ {0,3}<!--(.*)$/.exec(line);
        if (fence === undefined && comment && !/^-?>|-->/.test(comment[1] ?? ""))
            inComment = true;
        current?.lines.push(line);
    }
    return sections;
}
/** `text` without HTML comments (`<!-- ... -->`, `<!-->`, `<!--->`; an unclosed one runs to the end), in linear time. */
function withoutComments(text) {
    let out = "";
    let from = 0;
    for (;;) {
        const start = text.indexOf("<!--", from);
        if (start === -1)
            return out + text.slice(from);
        out += text.slice(from, start);
        const after = start + 4;
        const short = /^-?>/.exec(text.slice(after, after + 2));
        if (short) {
            from = after + short[0].length;
            continue;
        }
        const end = text.indexOf("-->", after);
        if (end === -1)
            return out;
        from = end + 3;
    }
}
/** Removes HTML comments outside code fences, which GitHub does not show. */
function stripHtmlComments(lines) {
    const out = [];
    let prose = [];
    const flush = () => {
        if (prose.length === 0)
            return;
        out.push(...withoutComments(prose.join("\n")).split("\n"));
        prose = [];
    };
    let fence;
    for (const line of lines) {
        if (fence !== undefined) {
            out.push(line);
            if (closesFence(line, fence))
                fence = undefined;
            continue;
        }
        fence = openingFence(line);
        if (fence !== undefined) {
            flush();
            out.push(line);
            continue;
        }
        prose.push(line);
    }
    flush();
    return out;
}
function trimBlankLines(lines) {
    let start = 0;
    let end = lines.length;
    while (start < end && (lines[start] ?? "").trim() === "")
        start++;
    while (end > start && (lines[end - 1] ?? "").trim() === "")
        end--;
    return lines.slice(start, end);
}
/**
 * The answer of a section as lines: HTML comments removed, blank lines around it dropped, and the
 * code fence (as GitHub renders `render:` textareas) or code span around it removed. Undefined when
 * there is no answer (`_No response_` or nothing).
 */
function answerLines(rawLines) {
    let lines = trimBlankLines(stripHtmlComments(rawLines));
    if (lines.length === 0 || isNoResponse(lines))
        return undefined;
    const fence = openingFence(lines[0] ?? "");
    if (fence !== undefined) {
        const close = lines.findIndex((line, index) => index > 0 && closesFence(line, fence));
        // One fenced block (or an unclosed one, which runs to the end): its content is the answer.
        if (close === -1 || close === lines.length - 1) {
            lines = trimBlankLines(lines.slice(1, close === -1 ? undefined : close));
        }
    }
    else if (lines.length === 1) {
        const span = /^(`+)(?!`)(.*[^`])\1$/.exec((lines[0] ?? "").trim());
        if (span) {
            let inner = span[2] ?? "";
            if (!new RegExp(`(?<!\`)${span[1]}(?!\`)`).test(inner)) {
                if (/^ .*[^ ].* $/.test(inner))
                    inner = inner.slice(1, -1);
                lines = [inner];
            }
        }
    }
    if (lines.length === 0 || isNoResponse(lines))
        return undefined;
    return lines;
}
function isNoResponse(lines) {
    return lines.length === 1 && (lines[0] ?? "").trim() === NO_RESPONSE;
}
const BULLET = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;
/** Items of a list answer: one per line or comma-separated, Markdown bullets allowed. */
function listItems(lines) {
    return lines
        .flatMap((line) => line.replace(BULLET, "").split(","))
        .map((item) => item.trim())
        .filter((item) => item !== "");
}
/**
 * Labels written one per line (or separated by `separators`) as `key=value` or `key: value`.
 * Lines that are not labels and keys given twice are recorded as errors.
 */
function readLabelLines(errors, field, lines, separators) {
    const labels = new Map();
    for (const entry of lines.flatMap((line) => line.split(separators))) {
        const text = entry.replace(BULLET, "").trim();
        if (text === "")
            continue;
        const at = text.search(/[=:]/);
        if (at === -1) {
            errors.push({ field, value: (0,core_errors/* show */.WU)(text), message: "is not a label: write key=value (or key: value)" });
            continue;
        }
        const key = text.slice(0, at).trim();
        const value = unquote(text.slice(at + 1).trim());
        if (labels.has(key)) {
            errors.push({ field: `${field}.${(0,core_errors/* show */.WU)(key)}`, value: (0,core_errors/* show */.WU)(value), message: "is given more than once" });
            continue;
        }
        labels.set(key, value);
    }
    return labels.size === 0 ? undefined : Object.fromEntries(labels);
}
function unquote(text) {
    return /^(["']).*\1$/.test(text) && text.length >= 2 ? text.slice(1, -1) : text;
}
/** A checkboxes answer: true when its one box is ticked; any other text goes to validation as is. */
function readFlagAnswer(errors, field, lines) {
    const boxes = lines.map((line) => /^\s*[-*+]\s+\[([ xX])\](?:\s|$)/.exec(line));
    if (boxes.every((box) => box === null))
        return lines.join("\n").trim();
    if (lines.length !== 1 || boxes[0] === null) {
        errors.push({
            field,
            value: (0,core_errors/* show */.WU)(lines.join("\n")),
            message: "must be the form's single checkbox line, '- [x] ...' (ticked) or '- [ ] ...' (not ticked)",
        });
        return undefined;
    }
    return boxes[0]?.[1] !== " ";
}
/**
 * Reads a GitHub issue-form body (`### <label>\n\n<answer>` sections) into the raw request object.
 * Answers of `_No response_` are left out; checkboxes become booleans, Namespaces a list of strings
 * and Labels a mapping. A body without any form heading gives empty `fields`: see `isLinkForm`.
 */
function parseIssueForm(body) {
    const fields = {};
    const unknownHeadings = [];
    const errors = [];
    if (body.length > MAX_BODY_CHARS) {
        errors.push({
            field: BODY_FIELD,
            value: `${body.length} characters`,
            message: `is too long for an issue form; GitHub allows at most ${MAX_BODY_CHARS} characters`,
        });
        return { fields, unknownHeadings, errors };
    }
    const sections = splitSections(body);
    const seen = new Set();
    const duplicated = new Set();
    for (const section of sections) {
        if (section.id === undefined) {
            if (unknownHeadings.length < MAX_UNKNOWN_HEADINGS)
                unknownHeadings.push(shortHeading(section.heading));
            continue;
        }
        if (seen.has(section.id))
            duplicated.add(section.id);
        seen.add(section.id);
    }
    for (const id of duplicated) {
        errors.push({
            field: id,
            value: (0,core_errors/* show */.WU)(`### ${FORM_FIELDS[id]}`),
            message: "appears more than once in the issue body (an answer may not contain form headings); edit the issue to keep one section",
        });
    }
    for (const section of sections) {
        const id = section.id;
        if (id === undefined || duplicated.has(id))
            continue;
        const lines = answerLines(section.lines);
        if (lines === undefined)
            continue;
        let value;
        switch (FIELD_KINDS[id]) {
            case "list": {
                const items = listItems(lines);
                value = items.length === 0 ? undefined : items;
                break;
            }
            case "map":
                value = readLabelLines(errors, id, lines, /\n/);
                break;
            case "flag":
                value = readFlagAnswer(errors, id, lines);
                break;
            default:
                value = lines.join("\n").trim();
        }
        if (value !== undefined)
            fields[id] = value;
    }
    return { fields, unknownHeadings, errors };
}
/** True when `body` has the headings of the form's required text fields (it came from the link form). */
function isLinkForm(body) {
    const found = new Set();
    for (const section of splitSections(body))
        if (section.id !== undefined)
            found.add(section.id);
    return REQUIRED_FIELDS.every((id) => found.has(id));
}
/**
 * Reads and validates an issue-form body. Throws one InvalidInputError listing every problem: the
 * body's (not a form, duplicate or unknown sections, malformed lines) and the request's.
 */
function linkRequestFromIssueForm(body, sourceName = "from the issue form") {
    if (!isLinkForm(body)) {
        throw new core_errors/* InvalidInputError */.oC(`link request ${sourceName}`, [
            {
                field: BODY_FIELD,
                value: `${body.length} characters`,
                message: `is not the link-cluster issue form: it needs the sections ${REQUIRED_FIELDS.map((id) => `"### ${FORM_FIELDS[id]}"`).join(", ")}; open the issue with the "Link a cluster to ArgoCD" template`,
            },
        ]);
    }
    const parsed = parseIssueForm(body);
    const errors = [...parsed.errors];
    for (const heading of parsed.unknownHeadings) {
        errors.push({
            field: BODY_FIELD,
            value: (0,core_errors/* show */.WU)(heading),
            message: `is not a section of the link-cluster form; remove it (the sections are: ${Object.values(FORM_FIELDS).join(", ")})`,
        });
    }
    return validateWithReadErrors(parsed.fields, errors, sourceName);
}
/**
 * Validates `fields`, reporting the reading errors and the validation errors together. A field whose
 * answer could not be read is left out of `fields`; the "is required" error that causes is dropped.
 */
function validateWithReadErrors(fields, readErrors, sourceName) {
    let request;
    let validationErrors = [];
    try {
        request = validateLinkRequest(fields, sourceName);
    }
    catch (error) {
        if (!(error instanceof core_errors/* InvalidInputError */.oC))
            throw error;
        validationErrors = error.errors;
    }
    const unread = new Set(readErrors.map((e) => e.field).filter((field) => !Object.hasOwn(fields, field)));
    const errors = [
        ...readErrors,
        ...validationErrors.filter((e) => !(unread.has(e.field) && e.message.startsWith("is required"))),
    ];
    if (request === undefined || errors.length > 0) {
        throw new core_errors/* InvalidInputError */.oC(`link request ${sourceName}`, errors);
    }
    return request;
}
// ---------------------------------------------------------------------------------------------
// workflow_dispatch inputs
// ---------------------------------------------------------------------------------------------
/**
 * The dispatch input that carries any request keys as one YAML or JSON mapping.
 *
 * GitHub.com allows 25 workflow_dispatch inputs since 2025-12-04 (before: 10); GitHub Enterprise
 * Server 3.17 to 3.19 and actionlint before 1.7.10 still allow 10. A request has 16 keys, so the
 * example workflow (examples/workflows/link-cluster.yml) declares the 9 common keys as inputs and puts
 * the rarely used ones (argocd-instance, dedicated-instance, read-beyond-access, labels and the three layer overrides) in
 * this one optional input, e.g. `{argocd-layer: shared/us-east-1/k8s-eks, labels: {team: platform}}`.
 * Every request key is also accepted as its own input, so a workflow on GitHub.com may declare more.
 */
const OVERRIDES_INPUT = "overrides";
/**
 * Maps workflow_dispatch inputs to raw request fields and reading errors. Inputs are named by the
 * request keys; empty strings are absent (an unset input); booleans stay "true"/"false" (validation
 * accepts them); namespaces are comma- or newline-separated; labels are `k=v,k2=v2` or one per line.
 * `overrides` adds keys from a YAML or JSON mapping; a key given both ways is an error. Inputs with
 * other names belong to the workflow and are ignored.
 */
function parseDispatchInputs(inputs) {
    const fields = new Map();
    const errors = [];
    for (const id of FIELD_IDS) {
        // Typed as strings, but a workflow passing `toJSON(inputs)` sends booleans as booleans.
        const given = Object.hasOwn(inputs, id) ? inputs[id] : undefined;
        const raw = typeof given === "boolean" || typeof given === "number" ? String(given) : given;
        if (raw === undefined || raw === null)
            continue;
        if (typeof raw !== "string") {
            errors.push({ field: id, value: (0,core_errors/* show */.WU)(raw), message: "must be a string (a workflow_dispatch input)" });
            continue;
        }
        const text = raw.trim();
        if (text === "")
            continue;
        const lines = text.replace(/\r\n?/g, "\n").split("\n");
        if (id === "namespaces") {
            const items = listItems(lines);
            if (items.length > 0)
                fields.set(id, items);
        }
        else if (id === "labels") {
            const labels = readLabelLines(errors, id, lines, /,/);
            if (labels !== undefined)
                fields.set(id, labels);
        }
        else {
            fields.set(id, text);
        }
    }
    const overrides = Object.hasOwn(inputs, OVERRIDES_INPUT) ? inputs[OVERRIDES_INPUT] : undefined;
    if (typeof overrides === "string" && overrides.trim() !== "") {
        const mapping = readOverrides(errors, overrides);
        for (const [key, value] of Object.entries(mapping ?? {})) {
            if (fields.has(key)) {
                errors.push({
                    field: `${OVERRIDES_INPUT}.${(0,core_errors/* show */.WU)(key)}`,
                    value: (0,core_errors/* show */.WU)(value),
                    message: `is also given as the ${key} input; give it in one place`,
                });
                continue;
            }
            fields.set(key, value);
        }
    }
    return { fields: Object.fromEntries(fields), errors };
}
function readOverrides(errors, text) {
    const fail = (value, message) => {
        errors.push({ field: OVERRIDES_INPUT, value, message });
        return undefined;
    };
    if (text.length > MAX_OVERRIDES_CHARS) {
        return fail(`${text.length} characters`, `is too long; at most ${MAX_OVERRIDES_CHARS} characters`);
    }
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { prettyErrors: false, logLevel: "error" });
    if (docs.length > 1)
        return fail((0,core_errors/* show */.WU)(text), "must be one YAML or JSON mapping, without '---' separators");
    const doc = docs[0];
    // Only comments: nothing to override.
    if (doc === undefined)
        return undefined;
    const problem = [...doc.errors, ...doc.warnings][0];
    if (problem)
        return fail((0,core_errors/* show */.WU)(text), `is not valid YAML or JSON: ${(0,core_text/* oneLine */.TN)(problem.message, validate/* PARSER_MESSAGE_MAX */.jS)}`);
    let value;
    try {
        value = doc.toJS();
    }
    catch (error) {
        return fail((0,core_errors/* show */.WU)(text), `cannot be read: ${(0,core_text/* oneLine */.TN)(error instanceof Error ? error.message : String(error), validate/* PARSER_MESSAGE_MAX */.jS)}`);
    }
    if (value === null || value === undefined)
        return undefined;
    if (!(0,validate/* isMapping */.pi)(value)) {
        return fail((0,core_errors/* show */.WU)(value), `must be a mapping of request keys to values, not ${(0,validate/* kindOf */.I)(value)}, e.g. {argocd-layer: shared/us-east-1/k8s-eks}`);
    }
    return value;
}
/**
 * The raw request object of workflow_dispatch inputs (see `parseDispatchInputs`), for
 * `validateLinkRequest`. Throws InvalidInputError when an input cannot be read.
 */
function requestFromDispatchInputs(inputs) {
    const { fields, errors } = parseDispatchInputs(inputs);
    if (errors.length > 0)
        throw new InvalidInputError("workflow_dispatch inputs", errors);
    return fields;
}
/** Reads and validates workflow_dispatch inputs, listing every problem in one InvalidInputError. */
function linkRequestFromDispatchInputs(inputs, sourceName = "from the workflow_dispatch inputs") {
    const { fields, errors } = parseDispatchInputs(inputs);
    return validateWithReadErrors(fields, errors, sourceName);
}
// ---------------------------------------------------------------------------------------------
// Showing untrusted text in Markdown
// ---------------------------------------------------------------------------------------------
// Markdown safety lives in one place; re-exported for callers of the form module.


;// CONCATENATED MODULE: ./src/action/link-request.ts
// The link request of a run: from the issue form or the workflow_dispatch inputs.


/** The request, or what the status report says about an invalid one. */
function readLinkRequest(trigger) {
    try {
        if (trigger.kind === "issue") {
            if (!isLinkForm(trigger.body)) {
                return {
                    invalid: {
                        headline: "This issue has the link label but not the link form: open it with the **Link a cluster to ArgoCD** " +
                            "template, or edit it to add every field of that form.",
                    },
                };
            }
            return { request: linkRequestFromIssueForm(trigger.body, `issue #${trigger.number}`) };
        }
        return {
            request: linkRequestFromDispatchInputs(trigger.kind === "dispatch" ? trigger.inputs : {}, "workflow_dispatch inputs"),
        };
    }
    catch (error) {
        if (!(error instanceof core_errors/* InvalidInputError */.oC))
            throw error;
        return {
            invalid: {
                headline: "Every field below needs a change; edit the issue and the Action runs again. Nothing was created.",
                fieldErrors: error.errors,
            },
        };
    }
}

// EXTERNAL MODULE: ./src/github/publisher.ts
var publisher = __webpack_require__(1259);
// EXTERNAL MODULE: ./src/action/outcome.ts
var action_outcome = __webpack_require__(5458);
// EXTERNAL MODULE: ./src/action/repository-access.ts
var repository_access = __webpack_require__(603);
// EXTERNAL MODULE: ./src/action/sources.ts + 3 modules
var action_sources = __webpack_require__(5334);
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
            handEdit: `${sourceLines(text, start ?? entry.range?.[0], entry.range?.[2]) ?? String(entry)}\n# not written by ${link_names/* MARKER */.tl}: ${foreign.join(", ")}`,
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
const markerLine = (id) => new RegExp(`^\\s*#\\s*${link_names/* MARKER */.tl}: ${id.replace(/-/g, "\\-")} \\(`);
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
        throw new core_errors/* InvalidInputError */.oC(`unlink ${id}`, [
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
    const ownNames = [(0,link_names/* snakeCase */.LW)(id), id];
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
        const dedicated = text.startsWith(`# ${link_names/* MARKER */.tl}: ${id}:`) || text.startsWith((0,link_names/* instanceHeader */.Rr)("").slice(0, -1));
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
        if (!entryKept && new RegExp(`# ${link_names/* MARKER */.tl}: ${id} \\(`).test(text)) {
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
        if (!path.endsWith(".tf") || !text.includes(`${link_names/* MARKER */.tl}: ${id} (`))
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
        const irsaFile = [...snapshot.texts.keys()].find((p) => snapshot.texts.get(p).startsWith((0,link_names/* releaseRoleHeader */.LO)(owner.release)));
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
const LAYER_PROVIDER_HEADER = new RegExp(`^# ${link_names/* MARKER */.tl}: kubernetes provider for .*, for the RBAC of the ArgoCD links in this layer\\.$`);
/** The `.tf` file (written by a link) that renders the dedicated values file at `valuesPath`. */
function releaseFileOf(snapshot, valuesPath) {
    const dir = valuesPath.slice(0, valuesPath.lastIndexOf("/"));
    for (const [path, text] of snapshot.texts) {
        if (!path.endsWith(".tf") || !text.startsWith(`# ${link_names/* MARKER */.tl}`))
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
                ...note `${stepId}: left for a hand edit (changed after the link wrote it): `,
                ...handEdits.flatMap((h, i) => [...(i > 0 ? [{ text: "\n" }] : []), ...note `${h.path}:\n${h.lines}`]),
            ]);
        }
    }
    if (pointing.length)
        notes.push(note `Still pointing at ${id}: ${pointing.join("; ")}`);
    return { linkId: id, steps, upToDate, ...planNotes(notes) };
}

;// CONCATENATED MODULE: ./src/action/unlink.ts
// The Action's unlink flow: the link name from the unlink issue form or workflow_dispatch, the
// plan from the repository alone (no AWS), then the same publishing and reporting as a link.
// A link and an unlink of the same name are never open at the same time.









/** The workflow_dispatch input (and issue form field) that names the link to remove. */
const LINK_NAME_INPUT = "argocd-cluster-name";
const unlink_DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
/** Whether this run removes a link: an issue with the unlink label, or `command: unlink`. */
function isUnlinkRun(inputs, trigger) {
    if (trigger.kind === "issue")
        return trigger.labels.includes(inputs.unlinkLabel);
    if (trigger.kind === "dispatch")
        return inputs.command === "unlink" || trigger.inputs.command === "unlink";
    return false;
}
/** The link name, or the field error that says what is wrong with it. */
function readLinkName(trigger) {
    const raw = trigger.kind === "issue"
        ? parseIssueForm(trigger.body).fields[LINK_NAME_INPUT]
        : trigger.kind === "dispatch"
            ? trigger.inputs[LINK_NAME_INPUT]
            : undefined;
    const name = typeof raw === "string" ? raw.trim() : "";
    if (!unlink_DNS_LABEL.test(name)) {
        return {
            error: {
                field: LINK_NAME_INPUT,
                value: (0,core_errors/* show */.WU)(raw ?? ""),
                message: "must be the argocd-cluster-name of an existing link: a DNS-1123 label of at most 63 characters",
            },
        };
    }
    return { name };
}
/** Whether a step id (what follows `argocd-cluster-link/<name>/` in a branch) is one of an unlink's. */
function isUnlinkStep(step) {
    return step.startsWith("unlink-");
}
async function unlinkRun(inputs, ctx, here, github, io, runUrl, issue) {
    const read = readLinkName(ctx.trigger);
    if ("error" in read) {
        return {
            status: "invalid",
            headline: `The link to remove is not named correctly; ${issue ? "edit the issue" : "run the workflow again"}. Nothing was changed.`,
            fieldErrors: [read.error],
            runUrl,
        };
    }
    const name = read.name;
    try {
        const sources = await (0,action_sources/* openRepositories */.z)(github, here, ctx.defaultBranch, inputs.configPath);
        const home = (0,repositories/* fullName */.fq)(here);
        // Read once: the same branches and pull requests serve this check and the publisher.
        const branches = new publisher/* LinkBranches */.rz(github, name);
        const links = await branches.openPulls(sources.destinations, (step) => !isUnlinkStep(step), home);
        if (links.length > 0) {
            return {
                status: "blocked",
                headline: `The link ${name} still has open pull requests (${links.join(", ")}): merge or close them first, ` +
                    "then run the unlink again. Nothing was changed.",
                runUrl,
            };
        }
        const plan = await planUnlink(sources.reader, name);
        const published = await (0,publisher/* publishSteps */.Hi)(github, {
            linkId: plan.linkId,
            requester: issue
                ? `${home}#${issue.number}`
                : (0,publisher/* dispatchRequester */.Zb)(ctx.trigger.kind === "dispatch" ? ctx.trigger.actor : ""),
            steps: plan.steps,
            upToDate: plan.upToDate,
            destinationFor: sources.destinationFor,
            home,
            label: inputs.unlinkLabel,
            origin: (repository) => issue
                ? `Requested in ${repository === home ? "" : home}#${issue.number}.`
                : "Requested with workflow_dispatch.",
            // The unlink's own stale pull requests (a step already in the base branch), in every mapped repository.
            closeStaleIn: sources.destinations,
            stepIds: registry/* UNLINK_STEP_IDS */.cv,
            dryRun: inputs.dryRun,
            branches,
            log: io.info,
        });
        const refused = (0,repository_access/* publishRefused */.UJ)(published, plan.steps, sources);
        if (refused) {
            return {
                status: "blocked",
                headline: refused.headline,
                plan,
                published,
                detail: refused.message,
                runUrl,
            };
        }
        const outcome = (0,action_outcome/* linkOutcome */.XQ)(plan, published, inputs.dryRun, issue ? "edit the issue" : "run the workflow again");
        return {
            ...outcome,
            headline: outcome.status === "published"
                ? `Unlink ${name}: ${outcome.headline}${issue ? " This comment ticks each one off as it is merged." : " A rerun continues from the first step still present."}`
                : outcome.headline,
            plan,
            published,
            ...(published.error ? { detail: published.error.message } : {}),
            runUrl,
        };
    }
    catch (error) {
        if (error instanceof core_errors/* InvalidInputError */.oC) {
            return {
                status: "invalid",
                headline: `There is no link ${name} to remove. Nothing was changed.`,
                fieldErrors: error.errors,
                runUrl,
            };
        }
        if (error instanceof core_errors/* LayoutError */.Rd) {
            return {
                status: "blocked",
                headline: error instanceof repository_access/* RepositoryAccessError */.TA
                    ? error.headline
                    : "The repository does not allow this unlink yet. Nothing was changed.",
                detail: error.message,
                runUrl,
            };
        }
        return {
            status: "failed",
            headline: "Unexpected failure; nothing further was written.",
            detail: error instanceof Error ? error.message : String(error),
            runUrl,
        };
    }
}

// EXTERNAL MODULE: ./src/action/lifecycle.ts + 2 modules
var lifecycle = __webpack_require__(3803);
;// CONCATENATED MODULE: ./src/action/run.ts
// The Action's flow for one run: decide whether the event is ours, check the requester's
// permission (before any token is asked for), validate the request, read the repository through
// the API, read the cluster through OIDC → STS → EKS, plan, publish one pull request per step and
// report in one status comment, the job summary and the outputs. All I/O comes in through `io`
// and `github`, so tests can drive it; every GitHub call is a named helper of `src/github/`.



















async function runAction(inputs, ctx, github, io) {
    const runUrl = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`;
    if (inputs.argocdAuthToken)
        io.setSecret(inputs.argocdAuthToken);
    const ignored = (0,gate/* whyIgnored */.vz)(inputs, ctx);
    if (ignored) {
        io.info(`Nothing to do: ${ignored}`);
        io.setOutput("status", "ignored");
        return { status: "ignored", headline: ignored, runUrl };
    }
    const here = { owner: ctx.owner, repo: ctx.repo };
    const trigger = ctx.trigger;
    const deps = {
        deliver: (report, target, unlink, close = false) => deliver(report, { ...inputs, label: unlink ? inputs.unlinkLabel : inputs.label }, ctx, github, io, target, {
            // Only a verification closes the issue, never a later refresh of it.
            closeWhenLinked: close && inputs.closeWhenLinked,
        }),
        rerun: (issue, known) => requestRun(inputs, { ...ctx, trigger: issue }, github, io, runUrl, known),
        verify: async (issue, target, record) => {
            const { verifyRun } = await __webpack_require__.e(/* import() */ 624).then(__webpack_require__.bind(__webpack_require__, 624));
            const name = record?.link ?? linkNameOf(inputs, issue);
            const kept = target.known ? (0,action_report/* keptDetails */.JW)(target.known.body) : undefined;
            const report = name
                ? await verifyRun(inputs, ctx, github, io, runUrl, {
                    name,
                    onIssue: true,
                    ...(record ? { record } : {}),
                    ...(kept ? { kept } : {}),
                })
                : {
                    status: "not-linked",
                    headline: "This issue names no valid link: fix the request (or comment `/cluster-link retry`) first.",
                    runUrl,
                };
            return deps.deliver(report, target, issue.labels.includes(inputs.unlinkLabel), true);
        },
    };
    try {
        if (trigger.kind === "pull")
            return await (0,lifecycle/* pullClosedRun */.bG)(inputs, ctx, github, io, runUrl, deps);
        if (trigger.kind === "comment")
            return await (0,lifecycle/* commandRun */.RL)(inputs, ctx, github, io, runUrl, deps);
    }
    catch (error) {
        const report = {
            status: "failed",
            headline: (0,action_outcome/* failureHeadline */.Ni)(error, "Unexpected failure; nothing further was written."),
            detail: error instanceof Error ? error.message : String(error),
            runUrl,
        };
        return deliver(report, inputs, ctx, github, io, undefined);
    }
    if (trigger.kind === "dispatch" && (inputs.command === "verify" || trigger.inputs.command === "verify")) {
        const { verifyRun } = await __webpack_require__.e(/* import() */ 624).then(__webpack_require__.bind(__webpack_require__, 624));
        // Who asks, before any OIDC token: as for a link request.
        const denied = await (0,gate/* deniedRequester */.yq)(inputs, ctx, github, here, undefined);
        // The same reading of argocd-cluster-name as an unlink's.
        const read = readLinkName(trigger);
        const report = denied
            ? { status: "denied", headline: denied, runUrl }
            : "name" in read
                ? await verifyRun(inputs, ctx, github, io, runUrl, { name: read.name, onIssue: false })
                : {
                    status: "invalid",
                    headline: "The link to verify is not named correctly; run the workflow again. Nothing was checked.",
                    fieldErrors: [read.error],
                    runUrl,
                };
        return deliver(report, inputs, ctx, github, io, undefined);
    }
    const issue = trigger.kind === "issue" ? trigger : undefined;
    const known = issue ? await (0,comments/* findMarkedComment */.Jp)(github, here, issue.number, action_report/* STATUS_MARKER */.yX) : undefined;
    return requestRun(inputs, ctx, github, io, runUrl, known);
}
/** The link name of a link or unlink issue, when its form names a valid one. */
function linkNameOf(inputs, issue) {
    if (issue.labels.includes(inputs.unlinkLabel)) {
        const read = readLinkName(issue);
        return "name" in read ? read.name : undefined;
    }
    const read = readLinkRequest(issue);
    return "request" in read ? read.request.argocdClusterName : undefined;
}
/** A link or unlink request from an issue or workflow_dispatch (or the rotation), delivered with its progress. */
async function requestRun(inputs, ctx, github, io, runUrl, known) {
    const issue = ctx.trigger.kind === "issue" ? ctx.trigger : undefined;
    const unlink = isUnlinkRun(inputs, ctx.trigger);
    // Every path, an unexpected error included, ends in one awaited delivery of one report.
    let report;
    try {
        report = await decide(inputs, ctx, github, io, runUrl);
        if (issue && !inputs.dryRun)
            report = await (0,lifecycle/* withProgress */.E0)(report, unlink ? "unlink" : "link", github, `${ctx.owner}/${ctx.repo}`, known);
    }
    catch (error) {
        report = {
            status: "failed",
            headline: (0,action_outcome/* failureHeadline */.Ni)(error, "Unexpected failure; nothing further was written."),
            detail: error instanceof Error ? error.message : String(error),
            runUrl,
        };
    }
    // A run that publishes nothing (denied, invalid, blocked, failed) keeps the progress it replaces.
    if (issue && !inputs.dryRun)
        report = await (0,lifecycle/* carryProgress */.LE)(report, github, known);
    const label = unlink ? inputs.unlinkLabel : inputs.label;
    const target = issue
        ? { repo: { owner: ctx.owner, repo: ctx.repo }, number: issue.number, ...(known ? { known } : {}) }
        : undefined;
    return deliver(report, { ...inputs, label }, ctx, github, io, target);
}
/** What the run does and finds, as a report to deliver. */
async function decide(inputs, ctx, github, io, runUrl) {
    const here = { owner: ctx.owner, repo: ctx.repo };
    const trigger = ctx.trigger;
    const issue = trigger.kind === "issue" ? trigger : undefined;
    // 1. Who asks: checked before anything else, in particular before any OIDC token exists.
    const denied = await (0,gate/* deniedRequester */.yq)(inputs, ctx, github, here, issue);
    if (denied)
        return { status: "denied", headline: denied, runUrl };
    if (inputs.command === "rotate" || (inputs.command === "auto" && trigger.kind === "schedule")) {
        const { rotateTokens } = await __webpack_require__.e(/* import() */ 491).then(__webpack_require__.bind(__webpack_require__, 2491));
        return rotateTokens(inputs, ctx, here, github, io, runUrl);
    }
    if (isUnlinkRun(inputs, trigger))
        return unlinkRun(inputs, ctx, here, github, io, runUrl, issue);
    // 2. The request.
    const read = readLinkRequest(ctx.trigger);
    if ("invalid" in read)
        return { status: "invalid", ...read.invalid, runUrl };
    const request = read.request;
    try {
        // 3. The repositories, read through the API at one commit each.
        const sources = await (0,action_sources/* openRepositories */.z)(github, here, ctx.defaultBranch, inputs.configPath);
        const { reader, config } = sources;
        // 4. The target cluster (its module loads the AWS SDK, so only runs that get this far pay for it).
        const { readFacts } = await __webpack_require__.e(/* import() */ 756).then(__webpack_require__.bind(__webpack_require__, 9756));
        const { facts, checks } = await readFacts(inputs, config, request, reader, ctx, io);
        if (!facts || checks.some((c) => c.status === "fail")) {
            return {
                status: "blocked",
                headline: "A preflight check failed, so nothing was created. Fix what the failed checks say, then edit or reopen the issue.",
                request,
                ...(facts ? { facts } : {}),
                checks,
                runUrl,
            };
        }
        // 5. Plan and publish, unless an unlink of the same name is still open.
        const home = (0,repositories/* fullName */.fq)(here);
        // Read once: the same branches and pull requests serve this check and the publisher.
        const branches = new publisher/* LinkBranches */.rz(github, request.argocdClusterName);
        const unlinks = await branches.openPulls(sources.destinations, isUnlinkStep, home);
        if (unlinks.length > 0) {
            return {
                status: "blocked",
                headline: `An unlink of ${request.argocdClusterName} is still open (${unlinks.join(", ")}): merge or close its pull ` +
                    "requests first, then edit the issue or run again. Nothing was created.",
                request,
                facts,
                checks,
                runUrl,
            };
        }
        const date = await planDate(branches, sources.destinationFor(request.targetAccount), io);
        const plan = await planLink(reader, request, facts, { date });
        const published = await (0,publisher/* publishSteps */.Hi)(github, {
            linkId: plan.linkId,
            requester: issue
                ? `${home}#${issue.number}`
                : (0,publisher/* dispatchRequester */.Zb)(trigger.kind === "dispatch" ? trigger.actor : ""),
            steps: plan.steps,
            upToDate: plan.upToDate,
            destinationFor: sources.destinationFor,
            home,
            label: inputs.label,
            origin: (repository) => issue
                ? `Requested in ${repository === home ? "" : home}#${issue.number}.`
                : "Requested with workflow_dispatch.",
            // Every repository the config file maps, also one where no step is left.
            closeStaleIn: sources.destinations,
            dryRun: inputs.dryRun,
            branches,
            log: io.info,
        });
        const refused = (0,repository_access/* publishRefused */.UJ)(published, plan.steps, sources);
        if (refused) {
            return {
                status: "blocked",
                headline: refused.headline,
                request,
                facts,
                checks,
                plan,
                published,
                detail: refused.message,
                runUrl,
            };
        }
        const { status, headline } = (0,action_outcome/* linkOutcome */.XQ)(plan, published, inputs.dryRun, issue ? "edit the issue" : "run the workflow again");
        return {
            status,
            headline,
            request,
            facts,
            checks,
            plan,
            published,
            ...(published.error ? { detail: (0,client.describeRequestFailure)(published.error) } : {}),
            runUrl,
        };
    }
    catch (error) {
        if (error instanceof core_errors/* LayoutError */.Rd ||
            error instanceof errors/* AwsLookupError */.qp ||
            error instanceof core_errors/* InvalidInputError */.oC) {
            return {
                status: "blocked",
                headline: error instanceof errors/* AwsLookupError */.qp
                    ? "The target cluster could not be read from AWS. Nothing was created."
                    : error instanceof repository_access/* RepositoryAccessError */.TA
                        ? error.headline
                        : "The repository or the configuration does not allow this link yet. Nothing was created.",
                request,
                detail: error.message,
                runUrl,
            };
        }
        return {
            status: "failed",
            headline: (0,action_outcome/* failureHeadline */.Ni)(error, "Unexpected failure; nothing further was written."),
            request,
            detail: error instanceof Error ? error.message : String(error),
            runUrl,
        };
    }
}
/**
 * The plan's date: the one the link's open target-rbac pull request records (a new token's
 * creation), so a rerun before it is merged writes the same files; else the clock's. No extra call:
 * the link's pull requests were read for the unlink check.
 */
async function planDate(branches, dest, io) {
    const branch = (0,names/* stepBranch */.H)(branches.linkId, registry/* STEP_ID */.RA.targetRbac);
    const pull = (await branches.stateOf(dest)).pulls.find((p) => p.head.ref === branch);
    return (0,rotate/* recordedDateIn */["in"])(pull?.body ?? null) ?? (io.now ?? (() => new Date()))();
}


/***/ }),

/***/ 5334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ openRepositories)
});

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/repo/tar.ts
// Reads a gzip'd tar archive as `git archive` (and so GitHub's tarball endpoint) writes it: ustar
// headers, pax extended headers for long paths (and a global one carrying the commit id), regular
// files, symbolic links and folders. Everything is kept in memory: a Leverage repository is text.

const BLOCK = 512;
/** Refuse archives that unpack to more than this: a Leverage repository is a few MiB of text. */
const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;
function tar_text(block, offset, length) {
    const field = block.subarray(offset, offset + length);
    const end = field.indexOf(0);
    return field.subarray(0, end === -1 ? field.length : end).toString("utf8");
}
function octal(block, offset, length, what) {
    const raw = tar_text(block, offset, length).trim();
    if (!/^[0-7]*$/.test(raw))
        throw new Error(`tar archive: the ${what} field "${raw}" is not octal`);
    return raw === "" ? 0 : parseInt(raw, 8);
}
/** `len key=value\n` records of a pax extended header. */
function paxRecords(data) {
    const out = new Map();
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        if (space === -1)
            break;
        const length = Number(data.subarray(at, space).toString("ascii"));
        if (!Number.isInteger(length) || length <= 0)
            throw new Error("tar archive: malformed pax header record");
        const record = data.subarray(space + 1, at + length - 1).toString("utf8");
        const eq = record.indexOf("=");
        if (eq > 0)
            out.set(record.slice(0, eq), record.slice(eq + 1));
        at += length;
    }
    return out;
}
/**
 * The entries of a `.tar.gz`, by path, without the archive's single top folder (GitHub names it
 * `<owner>-<repo>-<short sha>/`). Folders are left out: they are implied by the paths.
 */
function readTarGz(archive) {
    let tar;
    try {
        tar = (0,external_node_zlib_.gunzipSync)(archive, { maxOutputLength: MAX_UNPACKED_BYTES });
    }
    catch (error) {
        throw new Error(`the repository archive could not be unpacked: ${error.message}`);
    }
    const entries = new Map();
    let top;
    let pending;
    let longName;
    for (let at = 0; at + BLOCK <= tar.length;) {
        const header = tar.subarray(at, at + BLOCK);
        if (header.every((b) => b === 0))
            break; // end-of-archive marker
        const size = octal(header, 124, 12, "size");
        const type = String.fromCharCode(header[156]) || "0";
        const data = tar.subarray(at + BLOCK, at + BLOCK + size);
        if (data.length < size)
            throw new Error("tar archive: truncated entry");
        at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
        if (type === "g")
            continue; // global pax header: git archive's commit id comment
        if (type === "x") {
            pending = paxRecords(data);
            continue;
        }
        if (type === "L") {
            longName = data.toString("utf8").replace(/\0+$/, "");
            continue;
        }
        const prefix = tar_text(header, 345, 155);
        let path = pending?.get("path") ?? longName ?? (prefix ? `${prefix}/` : "") + tar_text(header, 0, 100);
        const linkTarget = pending?.get("linkpath") ?? tar_text(header, 157, 100);
        pending = undefined;
        longName = undefined;
        path = path.replace(/\/+$/, "");
        const slash = path.indexOf("/");
        const first = slash === -1 ? path : path.slice(0, slash);
        top ??= first;
        if (first !== top)
            throw new Error(`tar archive: ${path} is outside the top folder ${top}/`);
        if (slash === -1)
            continue; // the top folder itself
        const inside = path.slice(slash + 1);
        if (inside.split("/").some((s) => s === ".." || s === "")) {
            throw new Error(`tar archive: refusing the path ${path}`);
        }
        if (type === "0" || type === "\0" || type === "7")
            entries.set(inside, { kind: "file", data });
        else if (type === "2")
            entries.set(inside, { kind: "symlink", target: linkTarget });
        // Folders ("5") are implied; git archive writes no other kinds.
    }
    return entries;
}

// EXTERNAL MODULE: ./src/github/repositories.ts
var repositories = __webpack_require__(2283);
;// CONCATENATED MODULE: ./src/github/reader.ts
// A RepoReader over the GitHub API at a fixed commit: one archive (tarball) of the commit holds
// every file, so reading a repository costs the same single call whether the plan reads 5 files or
// 500, and every account repository is read the same way. When the repository's .gitattributes
// could make the archive differ from the commit (export-ignore, export-subst), the reader reads the
// tree listing and the blobs it needs instead, as git sees them.


/** True when a .gitattributes file asks `git archive` to leave files out or rewrite them. */
function archiveAltered(gitattributes) {
    return gitattributes.some((text) => text.split("\n").some((line) => !line.trim().startsWith("#") && /\bexport-(ignore|subst)\b/.test(line)));
}
class GitHubRepoReader {
    github;
    ref;
    commit;
    snapshot;
    constructor(github, ref, 
    /** The commit to read: every read sees the same snapshot. */
    commit) {
        this.github = github;
        this.ref = ref;
        this.commit = commit;
    }
    load() {
        this.snapshot ??= this.fromArchive();
        return this.snapshot;
    }
    async fromArchive() {
        const entries = readTarGz(await (0,repositories/* downloadTarball */.zP)(this.github, this.ref, this.commit));
        const attributes = [...entries]
            .filter(([path, e]) => (path === ".gitattributes" || path.endsWith("/.gitattributes")) && e.kind === "file")
            .map(([, e]) => (e.kind === "file" ? e.data.toString("utf8") : ""));
        if (archiveAltered(attributes))
            return this.fromTree();
        const texts = new Map();
        return {
            paths: [...entries.keys()].sort(),
            read: async (path) => {
                const entry = entries.get(path);
                // Symbolic links hold a path, not content: Leverage's common-variables.tf is one.
                if (!entry || entry.kind !== "file")
                    return undefined;
                let text = texts.get(path);
                if (text === undefined) {
                    text = entry.data.toString("utf8");
                    texts.set(path, text);
                }
                return text;
            },
        };
    }
    /** One recursive tree listing, then only the blobs asked for, fetched once each. */
    async fromTree() {
        const tree = await (0,repositories/* listTree */.nT)(this.github, this.ref, this.commit);
        const blobs = new Map();
        return {
            paths: [...tree.files.keys()].sort(),
            read: async (path) => {
                const entry = tree.files.get(path);
                // Symbolic links (mode 120000) hold a path, not content.
                if (!entry || entry.mode === "120000")
                    return undefined;
                let blob = blobs.get(entry.sha);
                if (!blob) {
                    blob = (0,repositories/* readBlob */.gm)(this.github, this.ref, entry.sha);
                    blobs.set(entry.sha, blob);
                }
                return blob;
            },
        };
    }
    async listFiles() {
        return [...(await this.load()).paths];
    }
    async readFile(path) {
        return (await this.load()).read(path);
    }
}
/**
 * Serves a Leverage tree whose accounts may live in different repositories: paths under
 * `<account>/` come from that account's reader, everything else from the main one.
 */
class AccountRoutedReader {
    main;
    byAccount;
    constructor(main, byAccount) {
        this.main = main;
        this.byAccount = byAccount;
    }
    route(path) {
        const account = path.split("/", 1)[0];
        return this.byAccount.get(account) ?? this.main;
    }
    async listFiles() {
        const own = (await this.main.listFiles()).filter((p) => !this.byAccount.has(p.split("/", 1)[0]));
        const routed = await Promise.all([...this.byAccount.entries()].map(async ([account, reader]) => (await reader.listFiles()).filter((p) => p.startsWith(`${account}/`))));
        return [...own, ...routed.flat()].sort();
    }
    async readFile(path) {
        return this.route(path).readFile(path);
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/action/config.ts
// The repository's config file (default .github/argocd-cluster-link.yml): which repository and base
// branch holds each account, and how to reach AWS. Every key is optional; unknown keys and wrong
// types are reported all at once, like a bad link request.


const EMPTY_CONFIG = { accounts: {}, accountIds: {}, aws: {} };
const ACCOUNT = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const REPOSITORY = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/;
const BRANCH = /^(?!\/|.*\/\/|.*\.\.|.*@\{|.*\.lock$|.*\/$)[A-Za-z0-9._/-]{1,200}$/;
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$/;
const CLUSTER = /^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/;
const AUDIENCE = /^[\x21-\x7e]{1,256}$/;
const ACCOUNT_ID = /^\d{12}$/;
/** As Leverage's project short names: lowercase letters, digits and '-'. */
const PROJECT = /^[a-z0-9][a-z0-9-]{0,31}$/;
const AWS_KEYS = {
    region: [REGION, "an AWS region such as us-east-1"],
    audience: [AUDIENCE, "the OIDC audience, e.g. sts.amazonaws.com"],
    "lookup-role-name": [ROLE_NAME, "an IAM role name"],
    "lookup-role-arn": [ROLE_ARN, "an IAM role ARN"],
    "chain-role-name": [ROLE_NAME, "an IAM role name"],
};
function parseConfig(text, source) {
    const errors = [];
    const doc = (0,dist/* parseDocument */.Tp)(text, { logLevel: "silent", uniqueKeys: true });
    if (doc.errors.length > 0) {
        throw new core_errors/* InvalidInputError */.oC(`config file ${source}`, [
            { field: "(root)", value: "", message: `is not valid YAML: ${doc.errors[0].message.split("\n")[0]}` },
        ]);
    }
    const root = doc.contents === null ? {} : doc.toJS();
    if (!root ||
        typeof root !== "object" ||
        Array.isArray(root) ||
        (doc.contents !== null && !(0,dist/* isMap */.jh)(doc.contents))) {
        throw new core_errors/* InvalidInputError */.oC(`config file ${source}`, [
            { field: "(root)", value: (0,core_errors/* show */.WU)(root), message: "must be a map" },
        ]);
    }
    const config = { accounts: {}, accountIds: {}, aws: {} };
    for (const [key, value] of Object.entries(root)) {
        if (key === "accounts")
            readAccounts(value, config, errors);
        else if (key === "aws")
            readAws(value, config, errors);
        else if (key === "project") {
            if (typeof value === "string" && PROJECT.test(value))
                config.project = value;
            else
                errors.push({
                    field: key,
                    value: (0,core_errors/* show */.WU)(value),
                    message: "must be the Leverage project short name (lowercase letters, digits and '-'), e.g. acme",
                });
        }
        else
            errors.push({
                field: key,
                value: (0,core_errors/* show */.WU)(value),
                message: "unknown key; allowed keys are: project, accounts, aws",
            });
    }
    if (errors.length > 0)
        throw new core_errors/* InvalidInputError */.oC(`config file ${source}`, errors);
    return config;
}
function isRecord(value) {
    return !!value && typeof value === "object" && !Array.isArray(value);
}
function readAccounts(value, config, errors) {
    if (value === null || value === undefined)
        return;
    if (!isRecord(value)) {
        errors.push({
            field: "accounts",
            value: (0,core_errors/* show */.WU)(value),
            message: "must be a map of account name to { repository, base, id }",
        });
        return;
    }
    for (const [account, entry] of Object.entries(value)) {
        const field = `accounts.${account}`;
        if (!ACCOUNT.test(account)) {
            errors.push({
                field,
                value: (0,core_errors/* show */.WU)(account),
                message: "is not a Leverage account folder name (lowercase words joined by '-')",
            });
            continue;
        }
        const spec = typeof entry === "string" ? { repository: entry } : entry;
        if (!isRecord(spec)) {
            errors.push({
                field,
                value: (0,core_errors/* show */.WU)(entry),
                message: 'must be "owner/repo" or { repository: owner/repo, base: <branch>, id: "<12 digits>" }',
            });
            continue;
        }
        for (const key of Object.keys(spec)) {
            if (key !== "repository" && key !== "base" && key !== "id") {
                errors.push({
                    field: `${field}.${key}`,
                    value: (0,core_errors/* show */.WU)(spec[key]),
                    message: "unknown key; allowed keys are: repository, base, id",
                });
            }
        }
        if (spec.id !== undefined) {
            // A quoted string: YAML reads an unquoted id as a number and drops its leading zeros.
            if (typeof spec.id === "string" && ACCOUNT_ID.test(spec.id))
                config.accountIds[account] = spec.id;
            else
                errors.push({
                    field: `${field}.id`,
                    value: (0,core_errors/* show */.WU)(spec.id),
                    message: 'must be the 12-digit AWS account id in quotes, e.g. "123456789012"',
                });
        }
        // An entry with only an id keeps the account in this repository.
        if (spec.repository === undefined && spec.base === undefined && spec.id !== undefined)
            continue;
        const match = typeof spec.repository === "string" ? REPOSITORY.exec(spec.repository) : null;
        if (!match) {
            errors.push({
                field: `${field}.repository`,
                value: (0,core_errors/* show */.WU)(spec.repository),
                message: 'must be "owner/repo"',
            });
            continue;
        }
        if (spec.base !== undefined && (typeof spec.base !== "string" || !BRANCH.test(spec.base))) {
            errors.push({ field: `${field}.base`, value: (0,core_errors/* show */.WU)(spec.base), message: "must be a branch name" });
            continue;
        }
        config.accounts[account] = {
            owner: match[1],
            repo: match[2],
            ...(spec.base ? { base: spec.base } : {}),
        };
    }
}
function readAws(value, config, errors) {
    if (value === null || value === undefined)
        return;
    if (!isRecord(value)) {
        errors.push({ field: "aws", value: (0,core_errors/* show */.WU)(value), message: "must be a map" });
        return;
    }
    for (const [key, entry] of Object.entries(value)) {
        const field = `aws.${key}`;
        if (key === "source-cluster") {
            const spec = typeof entry === "string" ? { name: entry } : entry;
            if (!isRecord(spec) || typeof spec.name !== "string" || !CLUSTER.test(spec.name)) {
                errors.push({
                    field,
                    value: (0,core_errors/* show */.WU)(entry),
                    message: "must be an EKS cluster name or { name, region }",
                });
            }
            else if (spec.region !== undefined &&
                (typeof spec.region !== "string" || !REGION.test(spec.region))) {
                errors.push({
                    field: `${field}.region`,
                    value: (0,core_errors/* show */.WU)(spec.region),
                    message: "must be an AWS region such as us-east-1",
                });
            }
            else {
                config.aws.sourceCluster = {
                    name: spec.name,
                    ...(spec.region ? { region: spec.region } : {}),
                };
            }
            continue;
        }
        const rule = AWS_KEYS[key];
        if (!rule) {
            errors.push({
                field,
                value: (0,core_errors/* show */.WU)(entry),
                message: `unknown key; allowed keys are: ${[...Object.keys(AWS_KEYS), "source-cluster"].join(", ")}`,
            });
        }
        else if (typeof entry !== "string" || !rule[0].test(entry)) {
            errors.push({ field, value: (0,core_errors/* show */.WU)(entry), message: `must be ${rule[1]}` });
        }
        else {
            const camel = key.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
            config.aws[camel] = entry;
        }
    }
}
/**
 * The repository as planning reads it, with config/common.tfvars built from the config file's
 * `project` and `accounts.<name>.id` when the repository does not commit it (the reference
 * architecture's .gitignore lists it). A committed file always wins.
 */
function withCommonVariables(reader, config) {
    const ids = Object.entries(config.accountIds);
    if (ids.length === 0 && config.project === undefined)
        return reader;
    const path = "config/common.tfvars";
    const generated = [
        "# Not in the repository: built by argocd-cluster-link from .github/argocd-cluster-link.yml.",
        ...(config.project ? [`project = "${config.project}"`] : []),
        "accounts = {",
        ...ids.map(([name, id]) => `  ${name} = {\n    id = "${id}"\n  }`),
        "}",
        "",
    ].join("\n");
    return {
        listFiles: () => reader.listFiles(),
        readFile: async (file) => {
            const text = await reader.readFile(file);
            return text === undefined && file === path ? generated : text;
        },
    };
}

// EXTERNAL MODULE: ./src/action/repository-access.ts
var repository_access = __webpack_require__(603);
;// CONCATENATED MODULE: ./src/action/sources.ts
// The repositories a run reads and writes: the current one (with its config file) and every
// account repository the config file maps, each read through the API at the head of its base.




/** Opens the current repository (and its config file), then every account repository it maps. */
async function openRepositories(github, here, base, configPath) {
    const opened = new Map();
    const open = (repo, base) => {
        const key = `${repo.owner}/${repo.repo}@${base ?? ""}`;
        let entry = opened.get(key);
        if (!entry) {
            entry = (async () => {
                const branch = base ?? (await (0,repositories/* defaultBranch */.OR)(github, repo));
                // At most 3 calls per repository: the default branch (when the config names none), the
                // branch's tip (commit and tree), and the archive of that commit (on the first read).
                const tip = await (0,repositories/* branchTip */.ux)(github, repo, branch);
                const reader = new GitHubRepoReader(github, repo, tip.commit);
                return { reader, destination: { ...repo, base: branch, baseSha: tip.commit, baseTree: tip.tree } };
            })();
            opened.set(key, entry);
        }
        return entry;
    };
    const main = await open(here, base);
    const configText = await main.reader.readFile(configPath);
    const config = configText === undefined ? EMPTY_CONFIG : parseConfig(configText, configPath);
    const byAccount = new Map();
    const byAccountDestination = new Map();
    const destinations = new Map([[destinationKey(main.destination), main.destination]]);
    const originOf = (repository) => ({
        repository,
        home: (0,repositories/* fullName */.fq)(here),
        configPath,
        accounts: Object.entries(config.accounts)
            .filter(([, l]) => (0,repositories/* fullName */.fq)(l).toLowerCase() === repository.toLowerCase())
            .map(([account]) => account),
    });
    for (const [account, location] of Object.entries(config.accounts)) {
        let mapped;
        try {
            mapped = await open({ owner: location.owner, repo: location.repo }, location.base);
        }
        catch (error) {
            // A repository the token cannot see is the configuration's to fix, not an unexpected failure.
            // A 404 on a named base is a missing branch when the repository itself can be read (one call,
            // on this path only).
            const ref = { owner: location.owner, repo: location.repo };
            const missingBase = location.base !== undefined &&
                error.status === 404 &&
                (await (0,repositories/* defaultBranch */.OR)(github, ref).then(() => true, () => false));
            throw (0,repository_access/* readRefused */.jG)(error, originOf((0,repositories/* fullName */.fq)(ref)), missingBase ? location.base : undefined) ?? error;
        }
        byAccount.set(account, mapped.reader);
        byAccountDestination.set(account, mapped.destination);
        destinations.set(destinationKey(mapped.destination), mapped.destination);
    }
    return {
        config,
        reader: withCommonVariables(byAccount.size > 0 ? new AccountRoutedReader(main.reader, byAccount) : main.reader, config),
        destinationFor: (account) => byAccountDestination.get(account) ?? main.destination,
        destinations: [...destinations.values()],
        originOf,
    };
}
/** One entry per repository and base branch, however the config spells the default branch. */
const destinationKey = (d) => `${d.owner}/${d.repo}@${d.base}`;


/***/ }),

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ isExpiredCredentials),
/* harmony export */   J6: () => (/* binding */ awsErrorCode),
/* harmony export */   Jk: () => (/* binding */ awsMessage),
/* harmony export */   Un: () => (/* binding */ expiredError),
/* harmony export */   Wm: () => (/* binding */ unexpectedError),
/* harmony export */   bj: () => (/* binding */ unavailableError),
/* harmony export */   qp: () => (/* binding */ AwsLookupError)
/* harmony export */ });
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2020);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2495);


/**
 * A failure of the AWS lookup that a person can act on: `code` names the case (for outputs and tests),
 * `summary` says what failed and why in one line, `hint` says what to do (several lines, may hold
 * YAML or JSON to copy). `message` is both, so printing the message alone loses nothing.
 * Never holds a token or a credential.
 */
class AwsLookupError extends Error {
    code;
    summary;
    hint;
    constructor(code, summary, hint, options) {
        super(`${summary}\n${hint}`, options);
        this.code = code;
        this.summary = summary;
        this.hint = hint;
        this.name = "AwsLookupError";
    }
}
/**
 * The AWS error code of an SDK error without the "Exception" suffix, so the wire code (`IDPRejectedClaim`,
 * `AccessDenied`) and the SDK's class name (`IDPRejectedClaimException`) compare equal.
 */
function awsErrorCode(error) {
    if (typeof error !== "object" || error === null)
        return undefined;
    const name = error.name;
    if (typeof name !== "string" || name === "Error")
        return undefined;
    return name.endsWith("Exception") ? name.slice(0, -"Exception".length) : name;
}
/** AWS's own message for an error, as one short line (AWS messages hold no secrets). */
function awsMessage(error) {
    const message = typeof error === "object" && error !== null ? error.message : undefined;
    return (0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(typeof message === "string" && message !== "" ? message : (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFailure */ .Ic)(error), 300);
}
/** Codes meaning the credentials used for a call have expired (STS and service spellings). */
function isExpiredCredentials(code) {
    return code === "ExpiredToken" || code === "RequestExpired";
}
function expiredError(what, error) {
    return new AwsLookupError("credentials-expired", `${what} failed: the token or credentials have expired (${awsMessage(error)}).`, [
        "Rerun the job: the GitHub OIDC token and the role sessions live only minutes and are made fresh on each run.",
        "If it happens again, check the runner's clock (a clock far off makes fresh tokens look expired) and",
        "that the job does not wait long between starting and this step.",
    ].join("\n"), { cause: error });
}
/** The error for retryable failures that did not stop in time. */
function unavailableError(what, region, error) {
    const why = error.reason === "throttling"
        ? "AWS kept throttling the requests"
        : error.reason === "server"
            ? "AWS kept answering with server errors"
            : "the network kept failing";
    return new AwsLookupError(error.reason === "throttling" ? "aws-throttled" : "aws-unavailable", `${what} failed: ${why} (last: ${awsMessage(error.last)}); ${error.message}.`, [
        `Rerun the job in a few minutes. If it persists, check the AWS Health Dashboard for ${region}`,
        "and, for throttling, other automation calling the same API in this account.",
    ].join("\n"), { cause: error.last });
}
/** Any AWS failure no specific rule explains. */
function unexpectedError(what, error) {
    return new AwsLookupError("aws-error", `${what} failed: ${(0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFailure */ .Ic)(error)}: ${awsMessage(error)}`, "The error name and message above come from AWS; if it looks transient, rerun the job.", { cause: error });
}


/***/ }),

/***/ 2495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   Uc: () => (/* binding */ REAL_RUNTIME),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   i5: () => (/* binding */ RetriesExhaustedError),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY)
/* harmony export */ });
/* unused harmony export retryReason */
// Bounded retries for AWS calls. The SDK clients are built with maxAttempts 1 and this wrapper is the
// only retry layer: it retries just throttling, 5xx and network errors, bounds both the number of
// attempts and the time spent, logs every retry, and takes its clock and sleep from the caller so tests
// run without real waits.
const DEFAULT_RETRY = { maxAttempts: 4, baseDelayMs: 500, maxTotalMs: 20_000 };
/** One retry's delay is capped, whatever the attempt count. */
const MAX_DELAY_MS = 5_000;
const REAL_RUNTIME = {
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
    random: () => Math.random(),
};
/** Node error codes of failed or dropped connections (the SDK's own list). */
const NETWORK_ERROR_CODES = new Set([
    "ECONNRESET",
    "ECONNREFUSED",
    "EPIPE",
    "ETIMEDOUT",
    "EHOSTUNREACH",
    "ENETUNREACH",
    "ENOTFOUND",
    "EAI_AGAIN",
]);
const TRANSIENT_NAMES = new Set(["TimeoutError", "RequestTimeout", "RequestTimeoutException"]);
/** Throttling codes AWS services use (the SDK's list, minus quota errors that do not go away by waiting). */
const THROTTLING_CODES = new Set([
    "Throttling",
    "ThrottlingException",
    "ThrottledException",
    "RequestThrottled",
    "RequestThrottledException",
    "RequestLimitExceeded",
    "TooManyRequestsException",
    "SlowDown",
    "PriorRequestNotComplete",
]);
/** STS: "the identity provider could not be reached ... often transient"; AWS says to retry a few times. */
const TRANSIENT_CODES = new Set(["IDPCommunicationError", "IDPCommunicationErrorException"]);
/** Why an error is worth retrying, or undefined when it is permanent. */
function retryReason(error, depth = 0) {
    if (typeof error !== "object" || error === null || depth > 5)
        return undefined;
    const e = error;
    const name = typeof e.name === "string" ? e.name : "";
    if (name === "AbortError")
        return undefined;
    const status = e.$metadata?.httpStatusCode;
    if (status === 429 || THROTTLING_CODES.has(name) || e.$retryable?.throttling === true)
        return "throttling";
    if ((status !== undefined && status >= 500 && status <= 599) || e.$fault === "server")
        return "server";
    if (TRANSIENT_CODES.has(name) || e.$metadata?.clockSkewCorrected === true)
        return "server";
    if (TRANSIENT_NAMES.has(name) || (typeof e.code === "string" && NETWORK_ERROR_CODES.has(e.code))) {
        return "network";
    }
    return retryReason(e.cause, depth + 1);
}
/** Thrown when retryable failures did not stop within the policy's attempts or time. */
class RetriesExhaustedError extends Error {
    last;
    attempts;
    elapsedMs;
    reason;
    constructor(last, attempts, elapsedMs, reason) {
        super(`gave up after ${attempts} attempts in ${(elapsedMs / 1000).toFixed(1)} s`);
        this.last = last;
        this.attempts = attempts;
        this.elapsedMs = elapsedMs;
        this.reason = reason;
        this.name = "RetriesExhaustedError";
    }
}
/**
 * Runs `call` until it succeeds, fails permanently, or the policy's attempts or time run out.
 * `call` gets an AbortSignal that fires at the time limit, for the SDK's `send(command, { abortSignal })`.
 */
async function withRetry(what, call, policy, log, runtime = REAL_RUNTIME) {
    const start = runtime.now();
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), policy.maxTotalMs);
    // The timer must not keep the process alive once the work is done.
    timer.unref();
    try {
        for (let attempt = 1;; attempt++) {
            try {
                return await call(deadline.signal);
            }
            catch (error) {
                const elapsed = runtime.now() - start;
                const reason = retryReason(error);
                if (reason === undefined) {
                    if (deadline.signal.aborted)
                        throw new RetriesExhaustedError(error, attempt, elapsed, "network");
                    throw error;
                }
                const delay = backoff(policy, attempt, runtime.random());
                if (attempt >= policy.maxAttempts || elapsed + delay >= policy.maxTotalMs) {
                    throw new RetriesExhaustedError(error, attempt, elapsed, reason);
                }
                log(`${what} failed (${describeFailure(error)}); retrying in ${delay} ms (attempt ${attempt + 1} of ${policy.maxAttempts})`);
                await runtime.sleep(delay);
            }
        }
    }
    finally {
        clearTimeout(timer);
    }
}
/** Exponential backoff with "equal jitter": half fixed, half random, so delays never collapse to zero. */
function backoff(policy, attempt, random) {
    const ceiling = Math.min(MAX_DELAY_MS, policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (random * ceiling) / 2);
}
/** A short description of a failure for log lines: error name and HTTP status, never request data. */
function describeFailure(error) {
    const e = (typeof error === "object" && error !== null ? error : {});
    const name = typeof e.name === "string" && e.name !== "Error" ? e.name : undefined;
    const code = typeof e.code === "string" ? e.code : undefined;
    const status = e.$metadata?.httpStatusCode;
    return ([name, code, status === undefined ? undefined : `HTTP ${status}`].filter(Boolean).join(", ") || "error");
}


/***/ }),

/***/ 6706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   aY: () => (/* binding */ code)
/* harmony export */ });
/* unused harmony export codeSpan */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2020);
// Safe Markdown for comments, pull request bodies and job summaries: untrusted text is only ever
// shown inside code spans or code blocks, which GitHub renders literally.

const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
/** ASCII punctuation with a meaning in GitHub Markdown; all are backslash-escapable. */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]()#+\-.!|<>{}~&$=]/g;
const ZWJ = "\u200D";
/** One line of text: line breaks and tabs become spaces, other invisible characters U+FFFD. */
function flatten(text) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .replaceInvisible */ .k6)(text.replace(LINE_BREAKS, " ").replace(/\t/g, " "));
}
/**
 * Untrusted text made safe to show inline in a GitHub comment or PR body: it renders as the literal
 * characters, with no link, image, HTML, table, heading, list, emphasis, math or mention.
 *
 * - Line breaks become spaces, so the text can never start a new Markdown block; tabs become spaces;
 *   other control characters and bidirectional overrides become U+FFFD.
 * - ASCII punctuation with a Markdown meaning (`\ ` * _ [ ] ( ) # + - . ! | < > { } ~ & $ =`) gets a
 *   backslash. `&` is escaped so `&lt;` shows as typed rather than as `<`.
 * - GitHub links mentions (`@user`, `@org/team`), issue references (`#1`) and bare URLs after
 *   rendering, so escapes do not stop them: a zero-width joiner (U+200D) is put after every `@` and
 *   `#`, after `:` in `://` and after a word-initial `www`. It is invisible, but a copied value then
 *   contains it: show values meant to be copied with `codeSpan`.
 */
function escapeMarkdown(text) {
    return flatten(text)
        .replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`)
        .replace(/[@#]/g, (char) => `${char}${ZWJ}`)
        .replace(/:(?=\/\/)/g, `:${ZWJ}`)
        .replace(/(?<![\p{L}\p{N}_])(www)(?=\\\.)/giu, `$1${ZWJ}`);
}
/**
 * Any text as one inline code span: line breaks and tabs become spaces (other control characters
 * U+FFFD), and the backtick fence is one longer than the longest backtick run inside. Text starting
 * or ending with a backtick or space is padded with one space, which Markdown removes again. Empty
 * text gives a code span of one space. Code spans render `<`, `@` and `[` literally, but a `|` still
 * splits a GitHub table cell: do not use this inside tables.
 */
function codeSpan(text) {
    const flat = flatten(text);
    if (flat === "")
        return "` `";
    let longest = 0;
    for (const run of flat.matchAll(/`+/g))
        longest = Math.max(longest, run[0].length);
    const fence = "`".repeat(longest + 1);
    const pad = /^[` ]|[` ]$/.test(flat) && !/^ +$/.test(flat) ? " " : "";
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** Short name used across the reports. */
const code = codeSpan;
/** A fenced code block that holds any text safely. */
function codeBlock(text, language = "") {
    const longest = Math.max(2, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
    const fence = "`".repeat(longest + 1);
    return `${fence}${language}\n${text.replace(/\n$/, "")}\n${fence}`;
}


/***/ }),

/***/ 4819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ proxyConfigured),
/* harmony export */   Hd: () => (/* binding */ proxyAgents),
/* harmony export */   iJ: () => (/* binding */ proxyFor)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
// The proxy a request must go through, from HTTPS_PROXY / HTTP_PROXY / NO_PROXY (lower-case first,
// as curl reads them), and an agent that tunnels Node's http(s) requests through it with CONNECT.
// Self-hosted runners behind a proxy set these; the AWS SDK and Octokit ignore them on their own.



function variable(env, name) {
    const value = env[name.toLowerCase()] ?? env[name.toUpperCase()];
    return value?.trim() || undefined;
}
/** Whether any proxy variable is set: without one nothing changes in how requests are made. */
function proxyConfigured(env) {
    return Boolean(variable(env, "https_proxy") ?? variable(env, "http_proxy"));
}
/** Whether NO_PROXY exempts `host:port`: `*`, a host, a domain suffix (`.corp`, `*.corp`), optionally with `:port`. */
function bypassed(host, port, env) {
    const list = variable(env, "no_proxy");
    if (!list)
        return false;
    const name = host.toLowerCase().replace(/^\[|\]$/g, "");
    return list
        .split(/[\s,]+/)
        .filter(Boolean)
        .some((raw) => {
        const entry = raw.toLowerCase();
        if (entry === "*")
            return true;
        const match = /^(.*?)(?::(\d+))?$/.exec(entry.replace(/^\[|\](?=:|$)/g, ""));
        const [, pattern = "", entryPort] = match;
        if (entryPort && entryPort !== port)
            return false;
        const domain = pattern.replace(/^\*?\./, "");
        return name === domain || name.endsWith(`.${domain}`);
    });
}
/** The proxy URL for `target`, or undefined to connect directly. */
function proxyFor(target, env) {
    const secure = target.protocol === "https:";
    const port = target.port || (secure ? "443" : "80");
    if (bypassed(target.hostname, port, env))
        return undefined;
    const raw = secure
        ? (variable(env, "https_proxy") ?? variable(env, "http_proxy"))
        : variable(env, "http_proxy");
    if (!raw)
        return undefined;
    try {
        return new URL(raw.includes("://") ? raw : `http://${raw}`);
    }
    catch {
        throw new Error(`The proxy variable's value ${JSON.stringify(raw)} is not a URL, e.g. http://proxy.corp:3128.`);
    }
}
/** Opens a CONNECT tunnel through `proxy` to host:port. */
function tunnel(proxy, host, port, callback) {
    const authority = `${host.includes(":") ? `[${host}]` : host}:${port}`;
    const credentials = proxy.username
        ? `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`
        : undefined;
    const request = (proxy.protocol === "https:" ? node_https__WEBPACK_IMPORTED_MODULE_1__ : node_http__WEBPACK_IMPORTED_MODULE_0__).request({
        host: proxy.hostname.replace(/^\[|\]$/g, ""),
        port: proxy.port || (proxy.protocol === "https:" ? 443 : 80),
        method: "CONNECT",
        path: authority,
        agent: false,
        headers: {
            host: authority,
            ...(credentials && { "proxy-authorization": `Basic ${Buffer.from(credentials).toString("base64")}` }),
        },
    });
    request.once("connect", (response, socket) => {
        if (response.statusCode === 200)
            return callback(null, socket);
        socket.destroy();
        callback(new Error(`The proxy ${proxy.host} refused CONNECT ${authority}: HTTP ${response.statusCode}.`));
    });
    request.once("error", (error) => callback(new Error(`The proxy ${proxy.host} cannot be reached for ${authority}: ${error.message}`)));
    request.end();
}
/** An https.Agent that tunnels through the proxy NO_PROXY does not exempt the host from. */
class ProxyHttpsAgent extends node_https__WEBPACK_IMPORTED_MODULE_1__.Agent {
    env;
    constructor(env) {
        super({ keepAlive: true });
        this.env = env;
    }
    createConnection = (options, callback) => {
        const proxy = proxyFor(new URL(`https://${options.host}:${options.port}`), this.env);
        const direct = node_https__WEBPACK_IMPORTED_MODULE_1__.Agent.prototype
            .createConnection;
        if (!proxy)
            return direct.call(this, options, callback);
        tunnel(proxy, options.host, options.port, (error, socket) => {
            if (error || !socket)
                return callback(error ?? new Error("no socket"));
            callback(null, node_tls__WEBPACK_IMPORTED_MODULE_2__.connect({ ...options, socket, servername: options.servername ?? options.host }));
        });
        return undefined;
    };
}
/** The same for plain http targets (local endpoints, tests): the tunnel carries the bytes as they are. */
class ProxyHttpAgent extends node_http__WEBPACK_IMPORTED_MODULE_0__.Agent {
    env;
    constructor(env) {
        super({ keepAlive: true });
        this.env = env;
    }
    createConnection = (options, callback) => {
        const proxy = proxyFor(new URL(`http://${options.host}:${options.port}`), this.env);
        const direct = node_http__WEBPACK_IMPORTED_MODULE_0__.Agent.prototype
            .createConnection;
        if (!proxy)
            return direct.call(this, options, callback);
        tunnel(proxy, options.host, options.port, callback);
        return undefined;
    };
}
/** Agents for Node's http/https clients (the AWS SDK's NodeHttpHandler), or none without a proxy. */
function proxyAgents(env) {
    if (!proxyConfigured(env))
        return undefined;
    return { httpAgent: new ProxyHttpAgent(env), httpsAgent: new ProxyHttpsAgent(env) };
}


/***/ }),

/***/ 993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ hasControlCharacter),
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   VN: () => (/* binding */ AWS_REGION),
/* harmony export */   jS: () => (/* binding */ PARSER_MESSAGE_MAX),
/* harmony export */   nr: () => (/* binding */ notText),
/* harmony export */   p1: () => (/* binding */ EKS_CLUSTER_NAME),
/* harmony export */   pi: () => (/* binding */ isMapping),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
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
        errors.push({ field, value: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(value), message });
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


/***/ }),

/***/ 4506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FJ: () => (/* binding */ parseConstraint),
/* harmony export */   Fr: () => (/* binding */ admitsAtLeast),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   ot: () => (/* binding */ parseVersion)
/* harmony export */ });
/* unused harmony exports satisfies, lowestAdmitted, formatVersion */
// Version numbers and Terraform version constraints: the one comparison used for Kubernetes, chart
// and provider versions alike.
const VERSION_TEXT = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
/** Parses `1`, `1.31`, `v7.9.1`, `5.33.0-beta1` (build metadata after `+` is ignored); undefined otherwise. */
function parseVersion(text) {
    const match = VERSION_TEXT.exec(text.trim());
    if (!match)
        return undefined;
    const [major, minor, patch] = [match[1], match[2], match[3]].map((part) => Number(part ?? 0));
    if (![major, minor, patch].every((part) => Number.isSafeInteger(part)))
        return undefined;
    return {
        major: major,
        minor: minor,
        patch: patch,
        ...(match[4] !== undefined && { prerelease: match[4] }),
    };
}
function toVersion(value) {
    if (typeof value !== "string")
        return value;
    const version = parseVersion(value);
    if (!version) {
        throw new Error(`${JSON.stringify(value)} is not a version: expected numbers like 1.31 or 5.33.0`);
    }
    return version;
}
/**
 * Negative, zero or positive as `a` is older than, the same as or newer than `b`. Missing parts are 0
 * (`1.31` = `1.31.0`); a prerelease is older than its release, and prereleases compare as semver
 * does (dot-separated, numeric parts numerically, numbers before words). Throws on text that is no version.
 */
function compareVersions(a, b) {
    const x = toVersion(a);
    const y = toVersion(b);
    const byNumbers = x.major - y.major || x.minor - y.minor || x.patch - y.patch;
    if (byNumbers !== 0)
        return Math.sign(byNumbers);
    if (x.prerelease === y.prerelease)
        return 0;
    if (x.prerelease === undefined)
        return 1;
    if (y.prerelease === undefined)
        return -1;
    return comparePrerelease(x.prerelease, y.prerelease);
}
function comparePrerelease(a, b) {
    const xs = a.split(".");
    const ys = b.split(".");
    for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
        const x = xs[i];
        const y = ys[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        const xNumeric = /^\d+$/.test(x);
        const yNumeric = /^\d+$/.test(y);
        if (xNumeric && yNumeric && Number(x) !== Number(y))
            return Math.sign(Number(x) - Number(y));
        if (xNumeric !== yNumeric)
            return xNumeric ? -1 : 1;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
const CLAUSE_TEXT = /^(~>|!=|>=|<=|>|<|=)?\s*(v?\d+(?:\.\d+){0,2}(?:-[0-9A-Za-z.-]+)?)$/;
/**
 * Parses a Terraform version constraint: clauses joined by `,`, all of which must hold. Each clause is
 * an operator (`=` when none is written) and a version of one to three parts. Throws an Error naming
 * the clause and what is allowed.
 */
function parseConstraint(text) {
    const clauses = text.split(",").map((clause) => clause.trim());
    if (text.trim() === "")
        throw new Error("a version constraint must not be empty");
    return clauses.map((clause) => {
        const match = CLAUSE_TEXT.exec(clause);
        const version = match?.[2] === undefined ? undefined : parseVersion(match[2]);
        if (!match || !version) {
            throw new Error(`${JSON.stringify(clause)} is not a version constraint clause: expected an operator (=, !=, >, >=, <, <=, ~>) and a version such as 5.33.0`);
        }
        const segments = match[2].replace(/^v/, "").split("-")[0].split(".").length;
        return { operator: (match[1] ?? "="), version, segments };
    });
}
/**
 * The versions `~>` admits, as Terraform defines it: only the rightmost part written may grow.
 * `~> 5.33.0` is `>= 5.33.0, < 5.34.0`; `~> 5.33` is `>= 5.33.0, < 6.0.0`; `~> 5` is `>= 5.0.0, < 6.0.0`.
 */
function pessimisticUpperBound(clause) {
    const { major, minor } = clause.version;
    return clause.segments >= 3
        ? { major, minor: minor + 1, patch: 0 }
        : { major: major + 1, minor: 0, patch: 0 };
}
function clauseHolds(version, clause) {
    const order = compareVersions(version, clause.version);
    switch (clause.operator) {
        case "=":
            return order === 0;
        case "!=":
            return order !== 0;
        case ">":
            return order > 0;
        case ">=":
            return order >= 0;
        case "<":
            return order < 0;
        case "<=":
            return order <= 0;
        case "~>":
            return order >= 0 && compareVersions(version, pessimisticUpperBound(clause)) < 0;
    }
}
function clausesOf(constraint) {
    return typeof constraint === "string" ? parseConstraint(constraint) : constraint;
}
/**
 * Whether `version` meets every clause of `constraint`. As in Terraform, a prerelease is admitted
 * only by a constraint that names it exactly with `=` (or no operator).
 */
function satisfies(version, constraint) {
    const v = toVersion(version);
    const clauses = clausesOf(constraint);
    if (v.prerelease !== undefined) {
        const named = clauses.some((c) => c.operator === "=" && compareVersions(v, c.version) === 0);
        if (!named)
            return false;
    }
    return clauses.every((clause) => clauseHolds(v, clause));
}
const ZERO = { major: 0, minor: 0, patch: 0 };
/** The release right after `version` in version order (its next patch, or the release of a prerelease). */
function nextRelease(version) {
    const { major, minor, patch } = version;
    return version.prerelease === undefined ? { major, minor, patch: patch + 1 } : { major, minor, patch };
}
/**
 * The lowest release `constraint` admits (prereleases only when named with `=`), or undefined when it
 * admits none (e.g. `>= 2.0, < 1.0` or `= 1.2.0, != 1.2.0`).
 */
function lowestAdmitted(constraint) {
    const clauses = clausesOf(constraint);
    // Every admitted version is at or above each lower bound: start at the highest of them.
    let candidate = ZERO;
    for (const clause of clauses) {
        const { operator, version } = clause;
        const bound = operator === ">"
            ? nextRelease(version)
            : operator === "!=" || operator === "<" || operator === "<="
                ? ZERO
                : version;
        if (compareVersions(bound, candidate) > 0)
            candidate = bound;
    }
    // An exact prerelease is admitted only as itself.
    if (candidate.prerelease !== undefined) {
        if (satisfies(candidate, clauses))
            return candidate;
        candidate = nextRelease(candidate);
    }
    // Only `!=` clauses can reject a release between the bounds, so one more step than their number
    // either finds an admitted release or passes an upper bound.
    const exclusions = clauses.filter((clause) => clause.operator === "!=").length;
    for (let step = 0; step <= exclusions; step++) {
        if (satisfies(candidate, clauses))
            return candidate;
        candidate = nextRelease(candidate);
    }
    return undefined;
}
/** Whether `constraint` admits some release at or above `minimum` (e.g. a provider feature's first version). */
function admitsAtLeast(constraint, minimum) {
    const floor = { operator: ">=", version: toVersion(minimum), segments: 3 };
    return lowestAdmitted([...clausesOf(constraint), floor]) !== undefined;
}
/** A version as text: `major.minor.patch[-prerelease]`. */
function formatVersion(version) {
    const text = `${version.major}.${version.minor}.${version.patch}`;
    return version.prerelease === undefined ? text : `${text}-${version.prerelease}`;
}
/** Whether `version` is `since` or newer. */
function atLeast(version, since) {
    return compareVersions(version, since) >= 0;
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

/***/ 4307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ commitOnBranch),
/* harmony export */   AF: () => (/* binding */ fastForward),
/* harmony export */   jr: () => (/* binding */ listBranches),
/* harmony export */   kN: () => (/* binding */ readCommit),
/* harmony export */   lY: () => (/* binding */ createBranch),
/* harmony export */   zu: () => (/* binding */ commitFiles)
/* harmony export */ });
// Branches, refs and commits: through the Git Data API (tree with base_tree and inline content,
// commit, ref), or in one GraphQL `createCommitOnBranch` mutation on top of a branch's head (one
// write instead of two, single parent only). GitHub signs the commits of both when a bot token
// makes them.
/** Branches whose name starts with `prefix`: name → head commit. */
async function listBranches(github, ref, prefix) {
    const { data } = await github.rest.git.listMatchingRefs({ ...ref, ref: `heads/${prefix}` });
    return new Map(data.map((r) => [r.ref.replace(/^refs\/heads\//, ""), r.object.sha]));
}
async function readCommit(github, ref, sha) {
    const { data } = await github.rest.git.getCommit({ ...ref, commit_sha: sha });
    return { sha: data.sha, message: data.message, parents: data.parents.map((p) => p.sha) };
}
/** A commit whose tree is `baseTree` with `files` written over it; returns its SHA. */
async function commitFiles(github, ref, commit) {
    const { data: tree } = await github.rest.git.createTree({
        ...ref,
        base_tree: commit.baseTree,
        tree: commit.files.map((f) => f.action === "delete"
            ? // The Git Data API removes a path given `sha: null`.
                { path: f.path, mode: "100644", type: "blob", sha: null }
            : { path: f.path, mode: "100644", type: "blob", content: f.content }),
    });
    const { data } = await github.rest.git.createCommit({
        ...ref,
        message: commit.message,
        tree: tree.sha,
        parents: commit.parents,
    });
    return data.sha;
}
const CREATE_COMMIT_ON_BRANCH = `mutation ($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) {
    commit {
      oid
    }
  }
}`;
/**
 * One commit on top of `branch`, which must still point at `expectedHead` (GitHub refuses it
 * otherwise), with `files` written over its tree; moves the branch and returns the commit's SHA.
 * The message is split at its first blank line into GitHub's headline and body, which GitHub joins
 * back the same way.
 */
async function commitOnBranch(github, ref, commit) {
    const cut = commit.message.indexOf("\n\n");
    const headline = cut < 0 ? commit.message : commit.message.slice(0, cut);
    const body = cut < 0 ? "" : commit.message.slice(cut + 2);
    const deletions = commit.files.filter((f) => f.action === "delete").map((f) => ({ path: f.path }));
    const additions = commit.files
        .filter((f) => f.action !== "delete")
        .map((f) => ({ path: f.path, contents: Buffer.from(f.content, "utf8").toString("base64") }));
    const result = await github.graphql(CREATE_COMMIT_ON_BRANCH, {
        input: {
            branch: { repositoryNameWithOwner: `${ref.owner}/${ref.repo}`, branchName: commit.branch },
            expectedHeadOid: commit.expectedHead,
            message: body ? { headline, body } : { headline },
            fileChanges: {
                ...(additions.length > 0 ? { additions } : {}),
                ...(deletions.length > 0 ? { deletions } : {}),
            },
        },
    });
    return result.createCommitOnBranch.commit.oid;
}
async function createBranch(github, ref, branch, sha) {
    await github.rest.git.createRef({ ...ref, ref: `refs/heads/${branch}`, sha });
}
/** Moves a branch forward; GitHub refuses anything but a fast forward. */
async function fastForward(github, ref, branch, sha) {
    await github.rest.git.updateRef({ ...ref, ref: `heads/${branch}`, sha, force: false });
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS: () => (/* binding */ DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS),
/* harmony export */   GitHubClient: () => (/* binding */ GitHubClient),
/* harmony export */   createClient: () => (/* binding */ createClient),
/* harmony export */   describeRequestFailure: () => (/* binding */ describeRequestFailure),
/* harmony export */   rateLimitReset: () => (/* binding */ rateLimitReset),
/* harmony export */   rerunAfter: () => (/* binding */ rerunAfter)
/* harmony export */ });
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9988);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4819);
// The GitHub REST client: Octokit with GitHub's documented retry and rate-limit behaviour. Transient
// 5xx answers are retried with backoff (plugin-retry); primary and secondary rate limits wait for
// `retry-after` and retry twice (plugin-throttling), but never longer than the run allows; every
// write is spaced from the one before it, as GitHub asks bots to.





/**
 * A fetch that sends each request through the proxy the environment names for its URL (undici's
 * ProxyAgent: CONNECT tunnels), or the global fetch for URLs NO_PROXY exempts. undici loads only
 * when a proxy is configured.
 */
function proxiedFetch(env) {
    const dispatchers = new Map();
    return async (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        const proxy = (0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .proxyFor */ .iJ)(url, env);
        if (!proxy)
            return fetch(input, init);
        const undici = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19));
        let dispatcher = dispatchers.get(proxy.href);
        if (!dispatcher)
            dispatchers.set(proxy.href, (dispatcher = new undici.ProxyAgent(proxy.href)));
        const response = await undici.fetch(url, { ...init, dispatcher });
        return response;
    };
}
const WRITE_METHODS = new Set(["POST", "PATCH", "PUT", "DELETE"]);
/**
 * Spaces every write request (each attempt, retries included) `writeIntervalMs` after the start of
 * the write before it. Registered as the first plugin, so its wrap is the innermost one: it sees the
 * requests as they go out, after the retry and throttling plugins' own waits. (The throttling
 * plugin's write groups cannot do this: they space when a write is queued, and a comment then waits
 * again for the notification group while the next write, a label, is sent right behind it.)
 */
function writeSpacing(octokit, options) {
    const interval = typeof options.writeIntervalMs === "number" ? options.writeIntervalMs : 0;
    let turn = Promise.resolve();
    let lastStart = -Infinity;
    octokit.hook.wrap("request", async (request, endpoint) => {
        if (!WRITE_METHODS.has(String(endpoint.method).toUpperCase()))
            return request(endpoint);
        // One write at a time in order of arrival; each starts `interval` after the previous start.
        const mine = turn.then(async () => {
            const wait = lastStart + interval - Date.now();
            if (wait > 0)
                await new Promise((resolve) => setTimeout(resolve, wait));
            lastStart = Date.now();
        });
        turn = mine.catch(() => { });
        await mine;
        return request(endpoint);
    });
    return {};
}
const GitHubClient = _octokit_rest__WEBPACK_IMPORTED_MODULE_2__/* .Octokit */ .E.plugin(writeSpacing, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
const RATE_LIMIT_RETRIES = 2;
const DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS = 300;
function createClient(options) {
    const maxWait = options.maxRateLimitWaitSeconds ?? DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS;
    // Spacing is writeSpacing's: the plugin's own write and notification groups are made no-ops.
    const unspaced = () => new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: 0 });
    const decide = (kind, retryAfter, method, url, retryCount) => {
        if (retryAfter > maxWait) {
            options.log(`GitHub ${kind} on ${method} ${url}: it resets in ${retryAfter}s, more than max-rate-limit-wait-seconds (${maxWait}); not waiting.`);
            return false;
        }
        options.log(`GitHub ${kind} on ${method} ${url}: retrying in ${retryAfter}s.`);
        return retryCount < RATE_LIMIT_RETRIES;
    };
    const env = options.env ?? process.env;
    return new GitHubClient({
        auth: options.token,
        ...((0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .proxyConfigured */ .$o)(env) && { request: { fetch: proxiedFetch(env) } }),
        baseUrl: options.baseUrl.replace(/\/+$/, ""),
        userAgent: "argocd-cluster-link",
        writeIntervalMs: options.writeIntervalMs,
        log: { debug: () => { }, info: () => { }, warn: options.log, error: options.log },
        throttle: {
            write: unspaced(),
            notifications: unspaced(),
            onRateLimit: (retryAfter, request, _octokit, retryCount) => decide("rate limit", retryAfter, request.method, request.url, retryCount),
            onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => decide("secondary rate limit", retryAfter, request.method, request.url, retryCount),
        },
    });
}
/**
 * A failed GitHub call as people can act on it: the call (method and path), GitHub's status and
 * its message; other errors as their message.
 */
function describeRequestFailure(error) {
    const failure = error;
    const message = error instanceof Error ? error.message : String(error);
    const { method, url } = failure?.request ?? {};
    if (typeof failure?.status !== "number" || !method || !url)
        return message;
    let path = url;
    try {
        path = new URL(url).pathname;
    }
    catch {
        // A relative URL is already the path.
    }
    return `GitHub call ${method} ${path} failed with HTTP ${failure.status}: ${message}`;
}
/**
 * When `error` is GitHub refusing a request for a rate limit, the time it may be retried: from
 * `retry-after` (secondary limits) or `x-ratelimit-reset` (the primary limit). Otherwise undefined.
 */
function rateLimitReset(error, now = Date.now()) {
    const e = error;
    if (e?.status !== 403 && e?.status !== 429)
        return undefined;
    const headers = e.response?.headers ?? {};
    const retryAfter = Number(headers["retry-after"]);
    if (Number.isFinite(retryAfter) && retryAfter > 0)
        return new Date(now + retryAfter * 1000);
    if (String(headers["x-ratelimit-remaining"]) === "0") {
        const reset = Number(headers["x-ratelimit-reset"]);
        if (Number.isFinite(reset) && reset > 0)
            return new Date(reset * 1000);
    }
    if (/\bsecondary rate\b/i.test(e.message ?? ""))
        return new Date(now + 60_000);
    return undefined;
}
/** "rerun after HH:MM UTC", rounded up to the next minute. */
function rerunAfter(reset) {
    const up = new Date(Math.ceil(reset.getTime() / 60_000) * 60_000);
    return `rerun after ${up.toISOString().slice(11, 16)} UTC`;
}


/***/ }),

/***/ 6645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ addComment),
/* harmony export */   Jp: () => (/* binding */ findMarkedComment),
/* harmony export */   Zd: () => (/* binding */ upsertMarkedComment)
/* harmony export */ });
// Comments on issues and pull requests.
async function addComment(github, ref, number, body) {
    await github.rest.issues.createComment({ ...ref, issue_number: number, body });
}
/** Attempts at creating the marked comment; each after looking whether an earlier one got through. */
const CREATE_ATTEMPTS = 3;
/** A failure after which the request may or may not have been carried out: 5xx or no answer at all. */
function uncertain(error) {
    const status = error.status;
    return status === undefined || status >= 500;
}
/** The bot's comment on an issue that starts with `marker`, if there is one. */
async function findMarkedComment(github, ref, number, marker) {
    const found = (await github.paginate(github.rest.issues.listComments, { ...ref, issue_number: number, per_page: 100 })).find((c) => c.body?.startsWith(marker) && c.user?.type === "Bot");
    return found && { id: found.id, body: found.body ?? "" };
}
/**
 * Keeps one bot comment that starts with `marker` on an issue: creates it, or updates it in place
 * when its text changed. The comments are always looked up first: two runs of one issue (`labeled`
 * and `opened` of a new form issue) come in either order. Creating is idempotent under retries:
 * the client's automatic retry is off for this POST, and after a 5xx or a lost answer (the comment
 * may exist all the same) the comments are listed again before another attempt.
 */
async function upsertMarkedComment(github, ref, number, marker, body, pauseMs = 1000, 
/** The comment as this run already read it: saves listing the comments again. */
known) {
    const findMine = () => findMarkedComment(github, ref, number, marker);
    let mine = known ?? (await findMine());
    for (let attempt = 1; !mine; attempt++) {
        try {
            await github.rest.issues.createComment({
                ...ref,
                issue_number: number,
                body,
                request: { retries: 0 },
            });
            return;
        }
        catch (error) {
            if (!uncertain(error) || attempt >= CREATE_ATTEMPTS)
                throw error;
            await new Promise((resolve) => setTimeout(resolve, pauseMs * attempt));
            mine = await findMine();
        }
    }
    if (mine.body !== body)
        await github.rest.issues.updateComment({ ...ref, comment_id: mine.id, body });
}


/***/ }),

/***/ 5039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ readIssue),
/* harmony export */   l4: () => (/* binding */ upsertMarkedIssue),
/* harmony export */   wS: () => (/* binding */ closeIssue)
/* harmony export */ });
// Issues: the ones the Action keeps up to date by itself (the rotation's tracking issue), reading
// one as it is now, and closing a finished request.
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
/** Closes an issue as completed. */
async function closeIssue(github, ref, number) {
    await github.rest.issues.update({
        ...ref,
        issue_number: number,
        state: "closed",
        state_reason: "completed",
    });
}
/** An issue's state and labels as they are now (an event payload's are as old as the event). */
async function readIssue(github, ref, number) {
    const { data } = await github.rest.issues.get({ ...ref, issue_number: number });
    return {
        state: data.state,
        labels: data.labels.map((l) => (typeof l === "string" ? l : (l.name ?? ""))).filter(Boolean),
        title: data.title,
        body: data.body ?? "",
        author: data.user?.login ?? "",
        isPull: Boolean(data.pull_request),
    };
}


/***/ }),

/***/ 7448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nl: () => (/* binding */ addLabels),
/* harmony export */   rE: () => (/* binding */ issueLabels),
/* harmony export */   tA: () => (/* binding */ removeLabel)
/* harmony export */ });
// Labels on issues and pull requests.
/** Adds labels (GitHub creates a label that does not exist yet). */
async function addLabels(github, ref, number, labels) {
    await github.rest.issues.addLabels({ ...ref, issue_number: number, labels });
}
/** Removes a label; one that is already gone is not an error. */
async function removeLabel(github, ref, number, name) {
    try {
        await github.rest.issues.removeLabel({ ...ref, issue_number: number, name });
    }
    catch (error) {
        if (error.status !== 404)
            throw error;
    }
}
/** The labels an issue has now (an event payload's list is as old as the event). */
async function issueLabels(github, ref, number) {
    const labels = await github.paginate(github.rest.issues.listLabelsOnIssue, {
        ...ref,
        issue_number: number,
        per_page: 100,
    });
    return labels.map((l) => l.name);
}


/***/ }),

/***/ 5435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ permissionOf)
/* harmony export */ });
// Who may ask: a user's permission on a repository.
const ROLES = ["admin", "maintain", "write", "triage", "read"];
/** `admin`, `maintain`, `write`, `triage`, `read` or `none` (also for an unknown or empty login). */
async function permissionOf(github, ref, username) {
    if (!username)
        return "none";
    try {
        const { data } = await github.rest.repos.getCollaboratorPermissionLevel({ ...ref, username });
        // `permission` maps maintain to write and triage to read; role_name keeps them.
        const role = data.role_name;
        return role && ROLES.includes(role) ? role : data.permission;
    }
    catch (error) {
        if (error.status === 404)
            return "none";
        throw error;
    }
}


/***/ }),

/***/ 1259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ markedStep),
/* harmony export */   D0: () => (/* binding */ stepTrailers),
/* harmony export */   Hi: () => (/* binding */ publishSteps),
/* harmony export */   Zb: () => (/* binding */ dispatchRequester),
/* harmony export */   rz: () => (/* binding */ LinkBranches)
/* harmony export */ });
/* unused harmony exports stepDigest, commitMessage, decideStep, decideOpenPull, pullBody */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6706);
/* harmony import */ var _plan_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2471);
/* harmony import */ var _steps_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3521);
/* harmony import */ var _branches_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4307);
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7448);
/* harmony import */ var _pulls_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4487);
/* harmony import */ var _repositories_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2283);
// Publishes the steps of a plan: one branch and one pull request per step, in apply order. A new
// branch is a ref at the base commit and one GraphQL `createCommitOnBranch` commit on it; an update
// is made with the Git Data API (tree with base_tree and inline content, commit, ref update), which
// can make merge commits. Both are signed when a bot token makes them. Everything is idempotent: a commit records a digest of its
// step, a rerun with the same plan makes no commit, and a branch whose head is not ours (a human
// pushed to it, or argocd-cluster-link published it for another request that uses the same
// argocd-cluster-name) is reported and left alone.
//
// The plan's file contents are computed from the current base branch, so every commit's tree is the
// current base tree plus the step's files. An update whose branch does not contain the current base
// yet is a merge commit (parents: the branch head, then the base), which keeps the ref update a fast
// forward and the pull request free of conflicts with changes merged into the base meanwhile.








const TRAILER = "Argocd-Cluster-Link";
const DIGEST_TRAILER = "Argocd-Cluster-Link-Digest";
const REQUEST_TRAILER = "Argocd-Cluster-Link-Request";
/** The base branch commit the commit's tree was made from (and that the commit contains). */
const BASE_TRAILER = "Argocd-Cluster-Link-Base";
/** A digest of what a step writes; equal digests mean the branch already holds this step. */
function stepDigest(step) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    hash.update(step.id);
    for (const file of [...step.files].sort((a, b) => a.path.localeCompare(b.path))) {
        // A deletion hashes differently from an empty file; other digests are unchanged.
        if (file.action === "delete")
            hash.update(`\0${file.path}\0delete`);
        else
            hash.update(`\0${file.path}\0${file.content.length}\0${file.content}`);
    }
    return hash.digest("hex");
}
function commitMessage(linkId, step, requester, baseSha) {
    return (`${step.title}\n\n${step.body}\n${TRAILER}: ${linkId}/${step.id}\n${REQUEST_TRAILER}: ${requester}\n` +
        `${BASE_TRAILER}: ${baseSha}\n${DIGEST_TRAILER}: ${stepDigest(step)}\n`);
}
function trailers(message) {
    const out = new Map();
    for (const line of message.split("\n")) {
        const match = /^([A-Za-z-]+): (\S+)$/.exec(line.trim());
        if (match)
            out.set(match[1], match[2]);
    }
    return out;
}
/** The step and requester a commit message's trailers name, when it is argocd-cluster-link's commit. */
function stepTrailers(message) {
    const marks = trailers(message);
    const step = marks.get(TRAILER);
    if (!step)
        return undefined;
    const requester = marks.get(REQUEST_TRAILER);
    return { step, ...(requester ? { requester } : {}) };
}
/**
 * A second marker in the pull request body: the branch head this run left (its commit of the step)
 * and the step's digest. When the branch still points there, a rerun knows the head is its own
 * commit of this step without reading the commit: a no-op rerun costs no call per step.
 */
const HEAD_MARKER = "Argocd-Cluster-Link-Head";
function markedHead(body) {
    const m = new RegExp(`<!-- ${HEAD_MARKER}: ([0-9a-f]{40}) digest=([0-9a-f]{64}) -->`).exec(body ?? "");
    return m ? { sha: m[1], digest: m[2] } : undefined;
}
/** The requester in a pull request body's marker; undefined for bodies from before requesters. */
function markerRequester(body) {
    return new RegExp(`<!-- ${TRAILER}: \\S+ request=(\\S+) -->`).exec(body ?? "")?.[1];
}
/** Whether a pull request body carries the marker of `linkId`'s step `stepId` (any requester, or none recorded). */
function markedStep(body, linkId, stepId) {
    return new RegExp(`<!-- ${TRAILER}: ${linkId}/${stepId}(?: request=\\S+)? -->`).test(body ?? "");
}
/** What versions before 1.x recorded for every workflow_dispatch run, whoever started it. */
const LEGACY_DISPATCH = "dispatch";
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
/**
 * The requester of a workflow_dispatch run: the person who started it, so that a manual run by
 * someone else with the same argocd-cluster-name is another request and leaves these branches alone.
 * A login GitHub would not issue (or none) is recorded as `dispatch:unknown`.
 */
function dispatchRequester(actor) {
    return `${LEGACY_DISPATCH}:${LOGIN.test(actor) ? actor : "unknown"}`;
}
/** A requester recorded by another run, for a report: issue references stay links, anything else is code. */
function describeRequester(value) {
    if (value === LEGACY_DISPATCH)
        return "a workflow_dispatch run";
    if (value.startsWith(`${LEGACY_DISPATCH}:`))
        return `a workflow_dispatch run by ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(value.slice(LEGACY_DISPATCH.length + 1))}`;
    if (value === "rotation")
        return "the token rotation";
    return /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+#\d+$/.test(value)
        ? `the request ${value}`
        : `the request ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(value)}`;
}
/** The publisher's decision for one step, from its branch's last commit and trailers and its open pull request. */
function decideStep(s) {
    const pull = !s.pull
        ? "open"
        : s.pull.title !== s.title || (s.pull.body ?? "") !== s.body
            ? "edit"
            : "keep";
    // A branch still at the base commit holds nothing of anyone's: a run that created the ref and
    // stopped before committing on it.
    if (!s.head || s.head.sha === s.baseSha)
        return { outcome: "created", parents: [s.baseSha], pull };
    const marks = trailers(s.head.message);
    if (marks.get(TRAILER) !== `${s.linkId}/${s.stepId}`)
        return { outcome: "human-commit", head: s.head.sha };
    // Commits from before requesters were recorded count as this requester's; so do those from
    // before dispatch runs recorded their actor, for any dispatch run (who made them is unknown).
    const owner = marks.get(REQUEST_TRAILER);
    if (owner !== undefined && owner !== s.requester && !sameLegacyDispatch(owner, s.requester))
        return { outcome: "other-request", owner };
    if (marks.get(DIGEST_TRAILER) === s.digest)
        return { outcome: "unchanged", pull };
    // The tree is the current base plus the step's files; merge the base in unless the head has it.
    const hasBase = marks.get(BASE_TRAILER) === s.baseSha || s.head.parents.includes(s.baseSha);
    return { outcome: "updated", parents: hasBase ? [s.head.sha] : [s.head.sha, s.baseSha], pull };
}
function sameLegacyDispatch(recorded, requester) {
    return recorded === LEGACY_DISPATCH && requester.startsWith(`${LEGACY_DISPATCH}:`);
}
/** Whether an open pull request is this link's and its step no longer needed, and why. */
function decideOpenPull(s) {
    if (!s.headRef.startsWith(s.prefix))
        return { action: "keep", because: "other-link" };
    const stepId = s.headRef.slice(s.prefix.length);
    if (s.planned.includes(stepId))
        return { action: "keep", because: "planned" };
    // Only steps of the run's kind: a token rotation's pull request lives on its own schedule.
    if (!s.stepIds.includes(stepId))
        return { action: "keep", because: "other-kind" };
    // Only this requester's: another request with the same argocd-cluster-name is not ours to close.
    if (markerRequester(s.body) !== s.requester)
        return { action: "keep", because: "other-requester" };
    return {
        action: "close",
        reason: s.upToDate.includes(stepId)
            ? "its change is already in the base branch"
            : `the ${s.stepIds.some((id) => id.startsWith("unlink-")) ? "unlink" : "link"} request no longer needs this step`,
    };
}
function pullBody(req, step, previous, repository, 
/** The branch head after this run and the step's digest, recorded for the next run. */
head) {
    const after = previous?.pull
        ? `Merge and apply after ${(0,_repositories_js__WEBPACK_IMPORTED_MODULE_4__/* .pullRef */ .nW)(previous.repository, previous.pull.number, repository)} (step ${previous.number}).`
        : previous
            ? `Step ${previous.number} has no pull request of this request (see the request's status): it must be merged and applied first.`
            : step.number === 1
                ? "This is the first step: apply it first."
                : `Step ${step.number - 1} is already merged: make sure it is applied first.`;
    const headMarker = head ? `<!-- ${HEAD_MARKER}: ${head.sha} digest=${head.digest} -->\n` : "";
    return `${step.body}\n---\n${after}\n${req.origin(repository)}\n\n<!-- ${TRAILER}: ${req.linkId}/${step.id} request=${req.requester} -->\n${headMarker}`;
}
/**
 * A link's branches and open pull requests in each repository (and base), read once per run and
 * shared: the check for an open link or unlink of the same name and the publisher use the same reads.
 */
class LinkBranches {
    github;
    linkId;
    states = new Map();
    prefix;
    constructor(github, linkId) {
        this.github = github;
        this.linkId = linkId;
        this.prefix = (0,_plan_names_js__WEBPACK_IMPORTED_MODULE_2__/* .stepBranch */ .H)(linkId, "");
    }
    stateOf(dest) {
        const key = `${dest.owner}/${dest.repo}@${dest.base}`;
        let state = this.states.get(key);
        if (!state) {
            state = loadState(this.github, dest, this.prefix);
            this.states.set(key, state);
        }
        return state;
    }
    /** Open pull requests of the link whose step id `matches`, as `owner/repo#N` seen from `home`. */
    async openPulls(destinations, matches, home) {
        const found = [];
        for (const dest of destinations) {
            for (const pull of (await this.stateOf(dest)).pulls) {
                if (matches(pull.head.ref.slice(this.prefix.length)))
                    found.push((0,_repositories_js__WEBPACK_IMPORTED_MODULE_4__/* .pullRef */ .nW)(`${dest.owner}/${dest.repo}`, pull.number, home));
            }
        }
        return found;
    }
}
async function publishSteps(github, req) {
    const result = { steps: [], closed: [] };
    const branches = req.branches ?? new LinkBranches(github, req.linkId);
    if (branches.linkId !== req.linkId)
        throw new Error(`branches of ${branches.linkId} given to publish ${req.linkId}`);
    const stateOf = (dest) => branches.stateOf(dest);
    const prefix = (0,_plan_names_js__WEBPACK_IMPORTED_MODULE_2__/* .stepBranch */ .H)(req.linkId, "");
    try {
        for (const step of req.steps) {
            const dest = req.destinationFor(step.account);
            const published = await publishStep(github, req, step, dest, await stateOf(dest), result.steps.at(-1));
            result.steps.push(published);
            req.log(`${published.outcome.padEnd(12)} ${published.repository} ${published.branch}${published.pull ? ` #${published.pull.number}` : ""}`);
        }
        // Pull requests of this link whose step is merged already or no longer part of the plan, in
        // every repository: also one where no step is left.
        const planned = req.steps.map((s) => s.id);
        for (const dest of req.closeStaleIn) {
            const ref = { owner: dest.owner, repo: dest.repo };
            const repository = `${dest.owner}/${dest.repo}`;
            for (const pull of (await stateOf(dest)).pulls) {
                const decision = decideOpenPull({
                    headRef: pull.head.ref,
                    body: pull.body,
                    prefix,
                    requester: req.requester,
                    planned,
                    upToDate: req.upToDate,
                    stepIds: req.stepIds ?? _steps_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .LINK_STEP_IDS */ .jp,
                });
                if (decision.action !== "close")
                    continue;
                if (!req.dryRun) {
                    await (0,_pulls_js__WEBPACK_IMPORTED_MODULE_5__/* .closePull */ .IB)(github, ref, pull.number, `Closed by argocd-cluster-link: ${decision.reason}.`);
                }
                result.closed.push({ repository, number: pull.number, url: pull.html_url, reason: decision.reason });
                req.log(`${"closed".padEnd(12)} ${repository}#${pull.number}: ${decision.reason}`);
            }
        }
    }
    catch (error) {
        result.error = error;
    }
    return result;
}
async function loadState(github, dest, prefix) {
    const ref = { owner: dest.owner, repo: dest.repo };
    const refs = await (0,_branches_js__WEBPACK_IMPORTED_MODULE_6__/* .listBranches */ .jr)(github, ref, prefix);
    // Without a branch of this link there can be no pull request of it either.
    const pulls = refs.size === 0 ? [] : await (0,_pulls_js__WEBPACK_IMPORTED_MODULE_5__/* .listOpenPulls */ .jg)(github, ref, dest.base);
    // Only pull requests from the repository's own branches: a fork's branch named like a step's is
    // not ours to edit, label, report or close.
    return { refs, pulls: pulls.filter((p) => p.head.ref.startsWith(prefix) && (0,_pulls_js__WEBPACK_IMPORTED_MODULE_5__/* .fromRepository */ .TJ)(p, ref)) };
}
async function publishStep(github, req, step, dest, state, previous) {
    const ref = { owner: dest.owner, repo: dest.repo };
    const repository = `${dest.owner}/${dest.repo}`;
    const branch = (0,_plan_names_js__WEBPACK_IMPORTED_MODULE_2__/* .stepBranch */ .H)(req.linkId, step.id);
    const base = {
        step: step.id,
        number: step.number,
        title: step.title,
        repository,
        branch,
        base: dest.base,
        outcome: "created",
    };
    const head = state.refs.get(branch);
    const existing = state.pulls.find((p) => p.head.ref === branch);
    const existingRef = existing && { number: existing.number, url: existing.html_url };
    const digest = stepDigest(step);
    const bodyAt = (sha) => pullBody(req, step, previous, repository, sha ? { sha, digest } : undefined);
    // The open pull request (this requester's) records that the branch head is this run's commit of
    // this very step: the commit need not be read, there is nothing to commit.
    const recorded = existing && markedHead(existing.body);
    const headIsThisStep = head !== undefined &&
        recorded?.sha === head &&
        recorded.digest === digest &&
        markerRequester(existing.body) === req.requester;
    const decision = headIsThisStep && existing
        ? {
            outcome: "unchanged",
            pull: existing.title !== step.title || (existing.body ?? "") !== bodyAt(head) ? "edit" : "keep",
        }
        : decideStep({
            linkId: req.linkId,
            stepId: step.id,
            requester: req.requester,
            digest,
            baseSha: dest.baseSha,
            ...(head ? { head: await (0,_branches_js__WEBPACK_IMPORTED_MODULE_6__/* .readCommit */ .kN)(github, ref, head) } : {}),
            ...(existing ? { pull: existing } : {}),
            title: step.title,
            body: bodyAt(head),
        });
    if (decision.outcome === "human-commit") {
        return {
            ...base,
            outcome: "human-commit",
            detail: `the branch's last commit ${decision.head.slice(0, 12)} was not made by argocd-cluster-link; this step is left as it is`,
            pull: existingRef,
        };
    }
    if (decision.outcome === "other-request") {
        return {
            ...base,
            outcome: "other-request",
            detail: `argocd-cluster-link published this branch for ${describeRequester(decision.owner)}` +
                `${existing ? ` (pull request ${(0,_repositories_js__WEBPACK_IMPORTED_MODULE_4__/* .pullRef */ .nW)(repository, existing.number, req.home)})` : ""}, which uses the same argocd-cluster-name ` +
                `"${req.linkId}"; this step is left as it is: choose another argocd-cluster-name for this request`,
        };
    }
    if (req.dryRun) {
        return {
            ...base,
            outcome: "dry-run",
            detail: decision.outcome === "unchanged" ? "no change" : `would be ${decision.outcome}`,
            pull: existingRef,
        };
    }
    let newHead = head;
    if (decision.outcome !== "unchanged") {
        const message = commitMessage(req.linkId, step, req.requester, dest.baseSha);
        let sha;
        if (decision.outcome === "created") {
            // A new branch: the ref at the base commit, then one commit on it (4 writes per new step
            // with the pull request and its label). A branch left at the base commit by a run that
            // stopped in between is reused.
            if (!head)
                await (0,_branches_js__WEBPACK_IMPORTED_MODULE_6__/* .createBranch */ .lY)(github, ref, branch, dest.baseSha);
            sha = await (0,_branches_js__WEBPACK_IMPORTED_MODULE_6__/* .commitOnBranch */ .$h)(github, ref, {
                branch,
                expectedHead: dest.baseSha,
                files: step.files,
                message,
            });
        }
        else {
            // An update may need a merge commit (the base moved): the Git Data API makes those.
            sha = await (0,_branches_js__WEBPACK_IMPORTED_MODULE_6__/* .commitFiles */ .zu)(github, ref, {
                baseTree: dest.baseTree,
                files: step.files,
                message,
                parents: decision.parents,
            });
            await (0,_branches_js__WEBPACK_IMPORTED_MODULE_6__/* .fastForward */ .AF)(github, ref, branch, sha);
        }
        state.refs.set(branch, sha);
        newHead = sha;
    }
    const body = bodyAt(newHead);
    let pull;
    let detail;
    if (!existing) {
        if (head) {
            // The branch is older than this run but has no open pull request: a reviewer closed it, or an
            // earlier run stopped before opening it. Say which (a call on this path only).
            const last = await (0,_pulls_js__WEBPACK_IMPORTED_MODULE_5__/* .lastClosedPull */ .sc)(github, ref, branch, dest.base);
            if (last && !last.merged) {
                detail = `reopened as a new pull request (the previous one, ${(0,_repositories_js__WEBPACK_IMPORTED_MODULE_4__/* .pullRef */ .nW)(repository, last.number, req.home)}, was closed)`;
            }
        }
        pull = await (0,_pulls_js__WEBPACK_IMPORTED_MODULE_5__/* .openPull */ .Q_)(github, ref, { base: dest.base, branch, title: step.title, body });
        state.pulls.push(pull);
    }
    else {
        pull = existing;
        // A new commit changes the recorded head, so its body changes too.
        if (pull.title !== step.title || (pull.body ?? "") !== body) {
            await (0,_pulls_js__WEBPACK_IMPORTED_MODULE_5__/* .editPull */ .co)(github, ref, pull.number, { title: step.title, body });
        }
    }
    // Also on reruns: the label call may have failed after the pull request was opened.
    const label = req.label.toLowerCase();
    if (!(pull.labels ?? []).some((l) => l.name?.toLowerCase() === label)) {
        await (0,_labels_js__WEBPACK_IMPORTED_MODULE_7__/* .addLabels */ .Nl)(github, ref, pull.number, [req.label]);
        pull.labels = [...(pull.labels ?? []), { name: req.label }];
    }
    return {
        ...base,
        outcome: decision.outcome,
        pull: { number: pull.number, url: pull.html_url },
        ...(detail ? { detail } : {}),
    };
}


/***/ }),

/***/ 4487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IB: () => (/* binding */ closePull),
/* harmony export */   Q_: () => (/* binding */ openPull),
/* harmony export */   TJ: () => (/* binding */ fromRepository),
/* harmony export */   co: () => (/* binding */ editPull),
/* harmony export */   jg: () => (/* binding */ listOpenPulls),
/* harmony export */   p3: () => (/* binding */ pullState),
/* harmony export */   sc: () => (/* binding */ lastClosedPull)
/* harmony export */ });
/* harmony import */ var _comments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6645);
/* harmony import */ var _repositories_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2283);
// Pull requests: list, open (idempotently, the way peter-evans/create-pull-request does), edit, close.


/**
 * Whether a pull request's head branch lives in `ref` itself. A fork can name a branch like a
 * step's; GitHub's `head=owner:branch` filter does not tell them apart from the repository's own
 * branches by name alone, so every lookup of step pull requests checks this too.
 */
function fromRepository(pull, ref) {
    return pull.head.repo?.full_name.toLowerCase() === (0,_repositories_js__WEBPACK_IMPORTED_MODULE_0__/* .fullName */ .fq)(ref).toLowerCase();
}
/** Every open pull request into `base`, from any repository (forks included). */
async function listOpenPulls(github, ref, base) {
    const pulls = await github.paginate(github.rest.pulls.list, { ...ref, state: "open", base, per_page: 100 });
    return pulls;
}
/** The last closed pull request from `branch` of `ref` itself into `base`, merged or not. */
async function lastClosedPull(github, ref, branch, base) {
    const { data } = await github.rest.pulls.list({
        ...ref,
        state: "closed",
        head: `${ref.owner}:${branch}`,
        base,
        per_page: 10,
    });
    const last = data.find((p) => fromRepository(p, ref));
    return last && { number: last.number, merged: Boolean(last.merged_at) };
}
/**
 * Opens a pull request from `branch`. When GitHub answers that one already exists (an earlier run
 * opened it and the open-PR listing missed it, e.g. because its base changed), that one is updated
 * to this title, body and base instead.
 */
async function openPull(github, ref, pull) {
    try {
        const { data } = await github.rest.pulls.create({
            ...ref,
            base: pull.base,
            head: pull.branch,
            title: pull.title,
            body: pull.body,
            maintainer_can_modify: true,
        });
        return data;
    }
    catch (error) {
        if (error.status !== 422 ||
            !/already exists/i.test(JSON.stringify(error.response ?? ""))) {
            throw error;
        }
        const { data } = await github.rest.pulls.list({
            ...ref,
            head: `${ref.owner}:${pull.branch}`,
            state: "open",
        });
        const existing = data.find((p) => fromRepository(p, ref));
        if (!existing)
            throw error;
        await editPull(github, ref, existing.number, { title: pull.title, body: pull.body, base: pull.base });
        return { ...existing, title: pull.title, body: pull.body };
    }
}
async function editPull(github, ref, number, fields) {
    await github.rest.pulls.update({ ...ref, pull_number: number, ...fields });
}
/** Says why in a comment, then closes the pull request (its branch is kept). */
async function closePull(github, ref, number, comment) {
    await (0,_comments_js__WEBPACK_IMPORTED_MODULE_1__/* .addComment */ .BC)(github, ref, number, comment);
    await github.rest.pulls.update({ ...ref, pull_number: number, state: "closed" });
}
/** Whether a pull request is open, merged (by whom, when, as which commit) or closed, as GitHub says now. */
async function pullState(github, ref, number) {
    try {
        const { data } = await github.rest.pulls.get({ ...ref, pull_number: number });
        if (data.merged || data.merged_at) {
            return {
                state: "merged",
                by: data.merged_by?.login ?? "",
                at: data.merged_at ?? "",
                commit: data.merge_commit_sha ?? "",
                base: data.base.ref,
            };
        }
        return { state: data.state === "open" ? "open" : "closed" };
    }
    catch (error) {
        const status = error.status;
        if (status === 404 || status === 403) {
            return {
                state: "unknown",
                reason: `${(0,_repositories_js__WEBPACK_IMPORTED_MODULE_0__/* .fullName */ .fq)(ref)}#${number}: GitHub answered ${status}${status === 404 ? " (deleted, or the token cannot read that repository)" : ""}`,
            };
        }
        throw error;
    }
}


/***/ }),

/***/ 2283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OR: () => (/* binding */ defaultBranch),
/* harmony export */   fq: () => (/* binding */ fullName),
/* harmony export */   gm: () => (/* binding */ readBlob),
/* harmony export */   nT: () => (/* binding */ listTree),
/* harmony export */   nW: () => (/* binding */ pullRef),
/* harmony export */   ux: () => (/* binding */ branchTip),
/* harmony export */   zP: () => (/* binding */ downloadTarball)
/* harmony export */ });
// Repositories and their contents: which branch is the default, the commit and tree at a branch's
// tip, the archive a RepoReader reads (and the tree and blobs it falls back to). Also how a pull
// request is named from another repository.
/** `owner/repo`. */
function fullName(ref) {
    return `${ref.owner}/${ref.repo}`;
}
/**
 * A reference to pull request `number` of `repository` as written in `home` (the repository of the
 * issue or run that reports it): `#N` there, `owner/repo#N` anywhere else, so that it never names an
 * issue of the wrong repository.
 */
function pullRef(repository, number, home) {
    return `${repository === home ? "" : repository}#${number}`;
}
async function defaultBranch(github, ref) {
    const { data } = await github.rest.repos.get({ ...ref });
    return data.default_branch;
}
/** The commit at the tip of `branch` and its root tree (the base_tree of new commits), in one call. */
async function branchTip(github, ref, branch) {
    const { data } = await github.rest.repos.getBranch({ ...ref, branch });
    return { commit: data.commit.sha, tree: data.commit.commit.tree.sha };
}
/**
 * The `.tar.gz` archive of a commit: every file in one call, however many the plan reads. GitHub
 * answers with a redirect to its archive host, which fetch follows.
 */
async function downloadTarball(github, ref, commit) {
    const { data } = await github.rest.repos.downloadTarballArchive({ ...ref, ref: commit });
    if (!(data instanceof ArrayBuffer)) {
        throw new Error(`GitHub did not answer with an archive for ${fullName(ref)} at ${commit}`);
    }
    return Buffer.from(data);
}
/** Every file of a commit or tree, in one recursive listing. */
async function listTree(github, ref, treeish) {
    const { data } = await github.rest.git.getTree({ ...ref, tree_sha: treeish, recursive: "1" });
    if (data.truncated) {
        throw new Error(`${fullName(ref)} has too many files for one tree listing; map its accounts to smaller repositories.`);
    }
    const files = new Map();
    for (const entry of data.tree) {
        if (entry.type === "blob" && entry.path && entry.sha) {
            files.set(entry.path, { sha: entry.sha, mode: entry.mode ?? "100644" });
        }
    }
    return { sha: data.sha, files };
}
/** A blob's content as UTF-8 text. */
async function readBlob(github, ref, sha) {
    const { data } = await github.rest.git.getBlob({ ...ref, file_sha: sha });
    return Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8").toString("utf8");
}


/***/ }),

/***/ 1974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ scanExpressionEnd),
/* harmony export */   Hg: () => (/* binding */ stringLiteral),
/* harmony export */   II: () => (/* binding */ allBlocks),
/* harmony export */   J$: () => (/* binding */ scanHcl),
/* harmony export */   Oh: () => (/* binding */ findAttribute),
/* harmony export */   Tq: () => (/* binding */ itemStarts),
/* harmony export */   XP: () => (/* binding */ literalValue),
/* harmony export */   _j: () => (/* binding */ indentOf),
/* harmony export */   _v: () => (/* binding */ objectItems),
/* harmony export */   ou: () => (/* binding */ splitSequence),
/* harmony export */   yM: () => (/* binding */ findBlocks)
/* harmony export */ });
/* unused harmony exports HclSyntaxError, lineColumn, skipTrivia, scanQuoted */
// A structural scanner for HCL (Terraform) source. It finds blocks and attributes with their byte
// offsets so that edits can insert text without touching anything else in the file. It understands
// what can hide brackets — strings with template sequences, heredocs and comments — but does not
// evaluate expressions: it only needs to know where each one starts and ends.
class HclSyntaxError extends Error {
    file;
    offset;
    constructor(file, offset, text, what) {
        const { line, column } = lineColumn(text, offset);
        super(`${file}:${line}:${column}: ${what}`);
        this.file = file;
        this.offset = offset;
        this.name = "HclSyntaxError";
    }
}
const IDENT_START = /[A-Za-z_]/;
const IDENT_CHAR = /[A-Za-z0-9_-]/;
const CLOSERS = { "(": ")", "[": "]", "{": "}" };
function lineColumn(text, offset) {
    let line = 1;
    let lastNewline = -1;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text[i] === "\n") {
            line++;
            lastNewline = i;
        }
    }
    return { line, column: offset - lastNewline };
}
/**
 * The last large texts scanned, with their items: a plan scans the ArgoCD release file (which gains
 * a template variable per link) in discovery, again to check its edit and again to compare the
 * provider features before and after. Items are shared: callers never modify them.
 */
const recentScans = new Map();
const RECENT_SCANS = 8;
const RECENT_MIN_LENGTH = 4096;
/** Scans a whole file into its top-level blocks and attributes. Throws HclSyntaxError. */
function scanHcl(text, file = "<input>") {
    const recent = recentScans.get(text);
    if (recent)
        return recent;
    const items = new Scanner(text, file).body(0, undefined);
    if (text.length >= RECENT_MIN_LENGTH) {
        recentScans.set(text, items);
        if (recentScans.size > RECENT_SCANS)
            recentScans.delete(recentScans.keys().next().value);
    }
    return items;
}
/** Iterates every block at any depth. */
function* allBlocks(items) {
    for (const item of items) {
        if (item.kind === "block") {
            yield item;
            yield* allBlocks(item.body);
        }
    }
}
function findAttribute(block, name) {
    const body = Array.isArray(block) ? block : block.body;
    return body.find((i) => i.kind === "attribute" && i.name === name);
}
function findBlocks(items, type, ...labels) {
    return items.filter((i) => i.kind === "block" && i.type === type && labels.every((label, n) => i.labels[n] === label));
}
class Scanner {
    text;
    file;
    constructor(text, file) {
        this.text = text;
        this.file = file;
    }
    fail(offset, what) {
        throw new HclSyntaxError(this.file, offset, this.text, what);
    }
    /** Parses body items from `pos` until `closer` (or end of file when undefined). Returns items; `this.pos` after. */
    pos = 0;
    body(pos, closer) {
        const items = [];
        this.pos = pos;
        for (;;) {
            this.pos = skipTrivia(this.text, this.pos, true);
            const ch = this.text[this.pos];
            if (ch === undefined) {
                if (closer)
                    this.fail(this.pos, `unexpected end of file: missing "${closer}"`);
                return items;
            }
            if (ch === closer)
                return items;
            if (!IDENT_START.test(ch))
                this.fail(this.pos, `expected an attribute or block, found ${JSON.stringify(ch)}`);
            items.push(this.item());
        }
    }
    item() {
        const start = this.pos;
        const name = this.ident();
        let p = skipTrivia(this.text, this.pos, false);
        if (this.text[p] === "=" && this.text[p + 1] !== "=") {
            const exprStart = skipTrivia(this.text, p + 1, false);
            const exprEnd = scanExpressionEnd(this.text, exprStart, this.file);
            if (exprEnd === exprStart)
                this.fail(exprStart, `attribute "${name}" has no value`);
            this.pos = exprEnd;
            this.expectLineEnd(name);
            return { kind: "attribute", name, start, end: exprEnd, exprStart, exprEnd };
        }
        const labels = [];
        for (;;) {
            const ch = this.text[p];
            if (ch === '"') {
                const end = scanQuoted(this.text, p, this.file);
                labels.push(JSON.parse(this.text.slice(p, end)));
                p = skipTrivia(this.text, end, false);
            }
            else if (ch !== undefined && IDENT_START.test(ch)) {
                this.pos = p;
                labels.push(this.ident());
                p = skipTrivia(this.text, this.pos, false);
            }
            else if (ch === "{") {
                const openBrace = p;
                const body = this.body(p + 1, "}");
                const closeBrace = this.pos;
                this.pos = closeBrace + 1;
                this.expectLineEnd(name);
                return { kind: "block", type: name, labels, start, end: closeBrace + 1, openBrace, closeBrace, body };
            }
            else {
                this.fail(p, `expected "=" or a block after "${name}"`);
            }
        }
    }
    ident() {
        const start = this.pos;
        while (this.pos < this.text.length && IDENT_CHAR.test(this.text[this.pos]))
            this.pos++;
        return this.text.slice(start, this.pos);
    }
    /** After an item only a comment, a newline, a closing brace or end of file may follow. */
    expectLineEnd(name) {
        const p = skipTrivia(this.text, this.pos, false);
        const ch = this.text[p];
        if (ch !== undefined && ch !== "\n" && ch !== "\r" && ch !== "}") {
            this.fail(p, `unexpected ${JSON.stringify(ch)} after "${name}"`);
        }
    }
}
// Character codes of the scanners' hot loops (charCodeAt: a plan scans every file it reads).
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const DQUOTE = 34;
const HASH = 35;
const DOLLAR = 36;
const PERCENT = 37;
const LPAREN = 40;
const RPAREN = 41;
const STAR = 42;
const COMMA = 44;
const SLASH = 47;
const LT = 60;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;
/** Skips spaces and comments; newlines too when `newlines` is true. */
function skipTrivia(text, pos, newlines) {
    let p = pos;
    const n = text.length;
    while (p < n) {
        const c = text.charCodeAt(p);
        if (c === SPACE || c === TAB || (newlines && (c === LF || c === CR))) {
            p++;
        }
        else if (c === HASH || (c === SLASH && text.charCodeAt(p + 1) === SLASH)) {
            const end = text.indexOf("\n", p);
            p = end < 0 ? n : end;
        }
        else if (c === SLASH && text.charCodeAt(p + 1) === STAR) {
            const end = text.indexOf("*/", p + 2);
            p = end < 0 ? n : end + 2;
        }
        else {
            break;
        }
    }
    return p;
}
/**
 * Returns the offset just after the expression starting at `pos`: the first newline (or comment,
 * or closing brace of the enclosing block) outside any bracket, string or heredoc.
 */
function scanExpressionEnd(text, pos, file = "<input>") {
    /** The closing bracket each open one expects, innermost last. */
    const stack = [];
    let p = pos;
    let lastSignificant = pos;
    const n = text.length;
    while (p < n) {
        const c = text.charCodeAt(p);
        const comment = c === HASH || (c === SLASH && (text.charCodeAt(p + 1) === SLASH || text.charCodeAt(p + 1) === STAR));
        if (stack.length === 0 &&
            (comment || c === LF || c === CR || c === COMMA || c === RPAREN || c === RBRACKET || c === RBRACE))
            break;
        if (comment) {
            p = skipTrivia(text, p, false);
            continue;
        }
        if (c === DQUOTE) {
            p = scanQuoted(text, p, file);
            lastSignificant = p;
            continue;
        }
        if (c === LT && text.charCodeAt(p + 1) === LT && /^<<-?[A-Za-z_]/.test(text.slice(p, p + 4))) {
            p = scanHeredoc(text, p, file);
            lastSignificant = p;
            continue;
        }
        if (c === LPAREN)
            stack.push(RPAREN);
        else if (c === LBRACKET)
            stack.push(RBRACKET);
        else if (c === LBRACE)
            stack.push(RBRACE);
        else if (c === RPAREN || c === RBRACKET || c === RBRACE) {
            if (stack.pop() !== c)
                throw new HclSyntaxError(file, p, text, `unbalanced ${JSON.stringify(text[p])}`);
        }
        p++;
        if (c !== SPACE && c !== TAB && c !== LF && c !== CR)
            lastSignificant = p;
    }
    if (stack.length > 0)
        throw new HclSyntaxError(file, pos, text, `unclosed bracket: missing "${String.fromCharCode(stack[stack.length - 1])}"`);
    return lastSignificant;
}
/** Returns the offset just after the closing quote of the string starting at `pos`. */
function scanQuoted(text, pos, file = "<input>") {
    let p = pos + 1;
    const n = text.length;
    while (p < n) {
        const c = text.charCodeAt(p);
        if (c === BACKSLASH) {
            p += 2;
        }
        else if (c === DQUOTE) {
            return p + 1;
        }
        else if (c === LF) {
            break;
        }
        else if ((c === DOLLAR || c === PERCENT) && text.charCodeAt(p + 1) === LBRACE) {
            if (text.charCodeAt(p - 1) === c) {
                // `$${` and `%%{` are escapes for a literal `${` / `%{`. HCL reads `$` runs left to right, so
                // any run of two or more (`$$${`) is literal too: only a lone `$` / `%` opens a sequence.
                p += 2;
                continue;
            }
            p = scanTemplateSequence(text, p + 2, file);
        }
        else {
            p++;
        }
    }
    throw new HclSyntaxError(file, pos, text, "unterminated string");
}
/** Scans the inside of `${ ... }` starting after the brace; returns the offset after the closing brace. */
function scanTemplateSequence(text, pos, file) {
    let depth = 0;
    let p = pos;
    while (p < text.length) {
        const ch = text[p];
        if (ch === '"') {
            p = scanQuoted(text, p, file);
            continue;
        }
        if (ch === "{")
            depth++;
        if (ch === "}") {
            if (depth === 0)
                return p + 1;
            depth--;
        }
        p++;
    }
    throw new HclSyntaxError(file, pos, text, "unterminated template sequence");
}
/** Returns the offset just after the closing marker line of the heredoc starting at `pos`. */
function scanHeredoc(text, pos, file) {
    const match = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(text.slice(pos));
    if (!match)
        throw new HclSyntaxError(file, pos, text, "malformed heredoc");
    const marker = match[1];
    let lineStart = pos + match[0].length;
    while (lineStart < text.length) {
        let lineEnd = text.indexOf("\n", lineStart);
        if (lineEnd < 0)
            lineEnd = text.length;
        if (text.slice(lineStart, lineEnd).trim() === marker) {
            return lineStart + text.slice(lineStart, lineEnd).indexOf(marker) + marker.length;
        }
        lineStart = lineEnd + 1;
    }
    throw new HclSyntaxError(file, pos, text, `heredoc "${marker}" is not closed`);
}
/**
 * Splits the items of a list `[...]`, an argument list `(...)` or an object `{...}` whose opening
 * bracket is at `open`. Items are separated by commas or (in objects) newlines.
 */
function splitSequence(text, open, file = "<input>") {
    return walkSequence(text, open, file, Infinity);
}
/**
 * The start offsets of the first `count` items of the sequence opened at `open`, without scanning
 * past the start of the last one (a call's last argument may be a large object).
 */
function itemStarts(text, open, count, file = "<input>") {
    return walkSequence(text, open, file, count).items.map((item) => item.start);
}
/** splitSequence, stopping at the start of item number `count` (its end is not scanned; close is -1). */
function walkSequence(text, open, file, count) {
    const closer = CLOSERS[text[open]];
    if (!closer)
        throw new HclSyntaxError(file, open, text, "expected a bracket");
    const items = [];
    let p = open + 1;
    for (;;) {
        p = skipTrivia(text, p, true);
        const ch = text[p];
        if (ch === undefined)
            throw new HclSyntaxError(file, open, text, `missing "${closer}"`);
        if (ch === closer)
            return { items, close: p };
        if (ch === ",") {
            p++;
            continue;
        }
        const start = p;
        if (items.length + 1 === count) {
            items.push({ start, end: start });
            return { items, close: -1 };
        }
        const end = scanItemEnd(text, p, closer, file);
        // The separating comma may follow on a later line (after a comment): it still belongs here.
        const after = skipTrivia(text, end, true);
        const item = { start, end };
        if (text[after] === ",")
            item.comma = after;
        items.push(item);
        p = end;
        if (p === start)
            throw new HclSyntaxError(file, p, text, `unexpected ${JSON.stringify(text[p])}`);
    }
}
/** Like scanExpressionEnd, but stops at `closer`, and in a list or call lets an item span lines. */
function scanItemEnd(text, pos, closer, file) {
    // An item ends at a depth-0 comma or the sequence's closer, and in an object also at a newline:
    // inside `[...]` and `(...)` HCL ignores newlines, so `a\n? b\n: c` is one item there.
    let p = pos;
    let end = pos;
    for (;;) {
        const next = scanExpressionEnd(text, p, file);
        end = next > end ? next : end;
        const q = skipTrivia(text, next, false);
        const ch = text[q];
        if (ch === undefined || ch === "," || ch === closer)
            return end;
        if (ch === "\n" || ch === "\r") {
            if (closer === "}")
                return end;
            const r = skipTrivia(text, q, true);
            if (r >= text.length || text[r] === "," || text[r] === closer)
                return end;
            p = r;
            continue;
        }
        if (ch === ")" || ch === "]" || ch === "}")
            throw new HclSyntaxError(file, q, text, `unexpected "${ch}"`);
        // scanExpressionEnd stopped at a comment start inside the line; skip past the comment.
        p = q === next ? q + 1 : q;
    }
}
/** Parses the `key = value` items of an object constructor whose `{` is at `open`. */
function objectItems(text, open, file = "<input>") {
    const { items, close } = splitSequence(text, open, file);
    return {
        close,
        items: items.map((item) => {
            const raw = text.slice(item.start, item.end);
            const match = /^("(?:[^"\\]|\\.)*"|[A-Za-z_][A-Za-z0-9_-]*)\s*[=:]\s*/.exec(raw);
            if (!match)
                throw new HclSyntaxError(file, item.start, text, "expected `key = value` in object");
            const key = match[1].startsWith('"') ? JSON.parse(match[1]) : match[1];
            return {
                key,
                keyStart: item.start,
                valueStart: item.start + match[0].length,
                valueEnd: item.end,
                start: item.start,
                end: item.end,
            };
        }),
    };
}
/** The value of a plain string literal without template sequences, else undefined. */
function stringLiteral(expr) {
    const trimmed = expr.trim();
    if (!/^"(?:[^"\\$%]|\\.|\$(?!\{)|%(?!\{))*"$/.test(trimmed))
        return undefined;
    try {
        return JSON.parse(trimmed);
    }
    catch {
        return undefined;
    }
}
/** Column (0-based) of `offset` within its line: the indentation to reuse for siblings. */
function indentOf(text, offset) {
    const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
    const match = /^[ \t]*/.exec(text.slice(lineStart));
    return match ? match[0] : "";
}
function literalValue(text, start, end, file = "<input>") {
    const expr = text.slice(start, end).trim();
    const offset = start + (text.slice(start, end).length - text.slice(start, end).trimStart().length);
    if (expr.startsWith('"'))
        return stringLiteral(expr);
    if (/^-?\d+(\.\d+)?$/.test(expr))
        return Number(expr);
    if (expr === "true" || expr === "false")
        return expr === "true";
    if (expr.startsWith("[")) {
        const { items } = splitSequence(text, offset, file);
        const values = items.map((i) => literalValue(text, i.start, i.end, file));
        return values.every((v) => v !== undefined) ? values : undefined;
    }
    if (expr.startsWith("{")) {
        const { items } = objectItems(text, offset, file);
        const out = {};
        for (const item of items) {
            const value = literalValue(text, item.valueStart, item.valueEnd, file);
            if (value === undefined)
                return undefined;
            out[item.key] = value;
        }
        return out;
    }
    return undefined;
}


/***/ }),

/***/ 8796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ renderValue),
/* harmony export */   CF: () => (/* binding */ attr),
/* harmony export */   Im: () => (/* binding */ comment),
/* harmony export */   VB: () => (/* binding */ renderFile),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   hQ: () => (/* binding */ blank),
/* harmony export */   lS: () => (/* binding */ raw),
/* harmony export */   lc: () => (/* binding */ renderBody),
/* harmony export */   om: () => (/* binding */ block)
/* harmony export */ });
// Renders Terraform in the exact layout `terraform fmt` produces: two-space indentation and the `=`
// of consecutive single-line attributes aligned (a multi-line value, a blank line or a comment ends
// an alignment group). Values from users only ever reach the output through `quote()`.
const raw = (expr) => ({ raw: expr });
const attr = (name, value) => ({ kind: "attr", name, value });
const block = (type, labels, body) => ({
    kind: "block",
    type,
    labels,
    body,
});
const blank = { kind: "blank" };
const comment = (text) => ({ kind: "comment", text });
const INDENT = "  ";
/**
 * A double-quoted HCL string literal holding exactly `value`: quotes, backslashes and control
 * characters are escaped, and `${` / `%{` become `$${` / `%%{` so nothing is interpolated.
 */
function quote(value) {
    let out = '"';
    for (let i = 0; i < value.length; i++) {
        const ch = value[i];
        const code = ch.charCodeAt(0);
        if (ch === '"')
            out += '\\"';
        else if (ch === "\\")
            out += "\\\\";
        else if (ch === "\n")
            out += "\\n";
        else if (ch === "\r")
            out += "\\r";
        else if (ch === "\t")
            out += "\\t";
        else if (code < 0x20 || code === 0x7f)
            out += `\\u${code.toString(16).padStart(4, "0")}`;
        else if ((ch === "$" || ch === "%") && value[i + 1] === "{")
            out += ch + ch;
        else
            out += ch;
    }
    return out + '"';
}
/** A valid HCL identifier can be written bare as an object key; anything else is quoted. */
function objectKey(key) {
    return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : quote(key);
}
function isRaw(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value) && "raw" in value;
}
/** Renders a value; multi-line values start on the current line and end at `indent`. */
function renderValue(value, indent) {
    if (typeof value === "string")
        return quote(value);
    if (typeof value === "number" || typeof value === "boolean")
        return String(value);
    if (isRaw(value))
        return value.raw;
    if (Array.isArray(value)) {
        if (value.length === 0)
            return "[]";
        const simple = value.every((v) => typeof v !== "object" || isRaw(v));
        const inline = `[${value.map((v) => renderValue(v, indent)).join(", ")}]`;
        if (simple && inline.length + indent.length <= 100 && !inline.includes("\n"))
            return inline;
        const inner = indent + INDENT;
        return `[\n${value.map((v) => `${inner}${renderValue(v, inner)},\n`).join("")}${indent}]`;
    }
    const entries = Object.entries(value);
    if (entries.length === 0)
        return "{}";
    return `{\n${renderBody(entries.map(([k, v]) => ({ kind: "attr", name: objectKey(k), value: v })), indent + INDENT)}${indent}}`;
}
/** Display columns as terraform fmt counts them: grapheme clusters, not UTF-16 code units. */
const segmenter = new Intl.Segmenter();
// Printable ASCII is one column per character: the common case, without segmenting (hot in planning).
const columns = (s) => /^[\x20-\x7e]*$/.test(s) ? s.length : [...segmenter.segment(s)].length;
/** A value that is one heredoc: terraform fmt aligns its `=` like a single-line value. */
const HEREDOC = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)\r?\n(?:[\s\S]*\n)?[ \t]*\1$/;
/** Renders body items at `indent`, aligning `=` the way terraform fmt does. */
function renderBody(items, indent) {
    const lines = [];
    let group = [];
    const flush = () => {
        const width = Math.max(0, ...group.map((g) => columns(g.name)));
        for (const g of group) {
            lines.push(`${indent}${g.name}${" ".repeat(width - columns(g.name))} = ${g.value}\n`);
        }
        group = [];
    };
    for (const item of items) {
        if (item.kind === "attr") {
            const value = renderValue(item.value, indent);
            if (value.includes("\n") && !HEREDOC.test(value)) {
                flush();
                lines.push(`${indent}${item.name} = ${value}\n`);
            }
            else {
                group.push({ name: item.name, value });
            }
            continue;
        }
        flush();
        if (item.kind === "blank")
            lines.push("\n");
        else if (item.kind === "comment")
            lines.push(...item.text.split("\n").map((l) => `${indent}# ${l}`.trimEnd() + "\n"));
        else
            lines.push(renderBlock(item, indent));
    }
    flush();
    return lines.join("");
}
function renderBlock(item, indent) {
    const head = [item.type, ...item.labels.map(quote)].join(" ");
    if (item.body.length === 0)
        return `${indent}${head} {}\n`;
    return `${indent}${head} {\n${renderBody(item.body, indent + INDENT)}${indent}}\n`;
}
/** Renders a whole file: top-level items separated as given, ending with one newline. */
function renderFile(items) {
    return renderBody(items, "").replace(/\n{3,}/g, "\n\n");
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
/* harmony import */ var _parsed_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5159);
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

/***/ 5159:
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

/***/ 5801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zw: () => (/* binding */ declaresProvider),
  GH: () => (/* binding */ minimumFor),
  bm: () => (/* binding */ providerSupport),
  Co: () => (/* binding */ readLayerProviders),
  wu: () => (/* binding */ readableConstraint),
  S1: () => (/* binding */ requireProviderFeatures),
  aP: () => (/* binding */ requiredProviderConstraint)
});

// UNUSED EXPORTS: addedProviderFeatures, lockedVersions

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/versions.ts
var versions = __webpack_require__(4506);
// EXTERNAL MODULE: ./src/hcl/scan.ts
var scan = __webpack_require__(1974);
;// CONCATENATED MODULE: ./src/upstream/providers.ts
// Which provider versions have the resources and arguments the generated files use, read from the
// providers' sources and changelogs, and the provider versions the reference layouts lock. Facts
// and lookups only.

const PROVIDER_REPOSITORIES = {
    aws: "hashicorp/terraform-provider-aws",
    kubernetes: "hashicorp/terraform-provider-kubernetes",
    helm: "hashicorp/terraform-provider-helm",
};
const K8S_RESOURCES_SOURCE = "hashicorp/terraform-provider-kubernetes kubernetes/provider.go ResourcesMap: absent at v2.6.1, present at v2.7.0 (commit 9ef82cc93b97a80fc7c04503e423bc55ecb95a91)";
const K8S_WAIT_SOURCE = "hashicorp/terraform-provider-kubernetes kubernetes/resource_kubernetes_secret.go: absent at v2.13.1, present (Optional, Default true) at v2.14.0 (commit 676727f707dce6fe99c18974bfbd176f32b2a3a9); kubernetes_secret and kubernetes_secret_v1 share that schema";
const K8S_SA_1_24_SOURCE = 'hashicorp/terraform-provider-kubernetes kubernetes/resource_kubernetes_service_account.go: at v2.12.1 (commit d2de577480d91d678dda84eee0475612dfc0fa1b) create retries "Waiting for default secret of ... to appear" until its 30s timeout, and Kubernetes 1.24+ creates no default secret; v2.13.0 (commit 82a1035c4949f3993dd9850ccd3964738c36c152) skips that wait on 1.24+ (CHANGELOG 2.13.0, #1792)';
const K8S_V2_SOURCE = "hashicorp/terraform-provider-kubernetes kubernetes/provider.go ResourcesMap at v2.0.0";
const HELM_RELEASE_SOURCE = "hashicorp/terraform-provider-helm helm/resource_release.go at v2.0.0 (commit b01dc82c12b65808b7d58c91f60f7ec87df51efb): helm_release with a `values` list";
const AWS_ACCESS_ENTRY_SOURCE = "hashicorp/terraform-provider-aws CHANGELOG.md, 5.33.0 (January 18, 2024): New Resource aws_eks_access_entry, aws_eks_access_policy_association (#35037)";
const PROVIDER_FEATURES = [
    { provider: "aws", feature: "aws_eks_access_entry", since: "5.33.0", source: AWS_ACCESS_ENTRY_SOURCE },
    {
        provider: "aws",
        feature: "aws_eks_access_policy_association",
        since: "5.33.0",
        source: AWS_ACCESS_ENTRY_SOURCE,
    },
    ...[
        "kubernetes_secret_v1",
        "kubernetes_service_account_v1",
        "kubernetes_namespace_v1",
        "kubernetes_role_v1",
        "kubernetes_role_binding_v1",
        "kubernetes_cluster_role_v1",
        "kubernetes_cluster_role_binding_v1",
    ].map((feature) => ({
        provider: "kubernetes",
        feature,
        since: "2.7.0",
        source: K8S_RESOURCES_SOURCE,
    })),
    ...[
        "kubernetes_secret",
        "kubernetes_service_account",
        "kubernetes_namespace",
        "kubernetes_cluster_role_binding",
    ].map((feature) => ({
        provider: "kubernetes",
        feature,
        since: "2.0.0",
        source: K8S_V2_SOURCE,
    })),
    { provider: "helm", feature: "helm_release", since: "2.0.0", source: HELM_RELEASE_SOURCE },
    { provider: "helm", feature: "helm_release.values", since: "2.0.0", source: HELM_RELEASE_SOURCE },
    // Not an argument: creating a ServiceAccount at all on the Kubernetes versions EKS runs.
    ...["kubernetes_service_account", "kubernetes_service_account_v1"].map((resource) => ({
        provider: "kubernetes",
        feature: `${resource} on Kubernetes 1.24+`,
        since: "2.13.0",
        source: K8S_SA_1_24_SOURCE,
    })),
    ...["kubernetes_secret", "kubernetes_secret_v1"].map((resource) => ({
        provider: "kubernetes",
        feature: `${resource}.wait_for_service_account_token`,
        since: "2.14.0",
        source: K8S_WAIT_SOURCE,
    })),
];
/**
 * Syntax changes that break existing configuration, by first provider version: the generated files
 * must be written in the syntax of the version a layer locks.
 */
const PROVIDER_SYNTAX_CHANGES = [
    {
        provider: "helm",
        since: "3.0.0",
        change: "helm_release `set`, `set_list`, `set_sensitive` become lists of objects (`set = [{...}]`) instead of blocks, " +
            "and the provider's `kubernetes`, `registry`, `experiments` blocks become nested objects (`kubernetes = {...}`)",
        source: "hashicorp/terraform-provider-helm CHANGELOG.md 3.0.0 (Jun 18, 2025), commit 71b0a33707c7fc87926290a7181681172bffe284",
    },
];
/** Whether a provider version (an exact x.y.z, e.g. from .terraform.lock.hcl) has a resource or argument. */
function providerHasFeature(provider, version, feature) {
    const fact = PROVIDER_FEATURES.find((f) => f.provider === provider && f.feature === feature);
    if (!fact) {
        const known = PROVIDER_FEATURES.filter((f) => f.provider === provider).map((f) => f.feature);
        return {
            known: false,
            reason: `no facts about ${provider} feature ${JSON.stringify(feature)}; known: ${known.join(", ")}`,
        };
    }
    if (!parseVersion(version)) {
        return {
            known: false,
            reason: `not an exact provider version: ${JSON.stringify(version)} (expected x.y.z)`,
        };
    }
    return { known: true, supported: atLeast(version, fact.since), since: fact.since };
}
/**
 * The kubernetes / helm / aws versions of the reference layouts. `examples/repos/*` copies these
 * layers, including the real 2024 tree's 2.12.1 lock (FACTS.md §8).
 */
const REFERENCE_LAYOUT_PROVIDERS = [
    {
        layout: "binbashar/le-tf-infra-aws (2024)",
        layer: "apps-devstg/us-east-1/k8s-eks/k8s-components",
        provider: "kubernetes",
        locked: "2.12.1",
        constraint: "~> 2.10",
        source: "examples/repos/leverage-2024 .terraform.lock.hcl (the real tree's lock, FACTS.md §8), config.tf (as binbashar/le-tf-infra-aws at 172f79f9b0c153f8d0f7d9279fb8e52f0812d0dc)",
    },
    {
        layout: "binbashar/le-tf-infra-aws (2024)",
        layer: "apps-devstg/us-east-1/k8s-eks/k8s-components",
        provider: "helm",
        locked: "2.6.0",
        constraint: "~> 2.5",
        source: "examples/repos/leverage-2024 .terraform.lock.hcl, config.tf (the locked version is the example's: only the kubernetes lock is verified)",
    },
    {
        layout: "binbashar/le-tf-infra-aws (2024)",
        layer: "apps-devstg/us-east-1/k8s-eks/k8s-components",
        provider: "aws",
        locked: "4.67.0",
        constraint: "~> 4.10",
        source: "examples/repos/leverage-2024 .terraform.lock.hcl, config.tf (the locked version is the example's: only the kubernetes lock is verified)",
    },
    {
        layout: "binbashar/le-tf-infra-aws (2024)",
        layer: "apps-devstg/us-east-1/k8s-eks/cluster",
        provider: "kubernetes",
        locked: "2.23.0",
        constraint: "~> 2.10",
        source: "examples/repos/leverage-2024 .terraform.lock.hcl, config.tf",
    },
    {
        layout: "binbashar/le-tf-infra-aws (2024)",
        layer: "apps-devstg/us-east-1/k8s-eks/cluster",
        provider: "aws",
        locked: "4.67.0",
        constraint: "~> 4.10",
        source: "examples/repos/leverage-2024 .terraform.lock.hcl, config.tf",
    },
    {
        layout: "binbashar/le-tf-infra-aws (2026)",
        layer: "apps-devstg/us-east-1/k8s-eks-demoapps/cluster",
        provider: "kubernetes",
        locked: "2.36.0",
        constraint: "~> 2.36",
        source: "examples/repos/leverage-2026 .terraform.lock.hcl, config.tf",
    },
    {
        layout: "binbashar/le-tf-infra-aws (2026)",
        layer: "apps-devstg/us-east-1/k8s-eks-demoapps/cluster",
        provider: "aws",
        locked: "5.95.0",
        constraint: "~> 5.95",
        source: "examples/repos/leverage-2026 .terraform.lock.hcl, config.tf",
    },
    {
        layout: "binbashar/le-tf-infra-aws (2026)",
        layer: "apps-devstg/us-east-1/k8s-eks-demoapps/k8s-components",
        provider: "helm",
        constraint: "~> 2.17",
        source: "examples/repos/leverage-2026 config.tf",
    },
    {
        layout: "binbashar/le-tf-infra-aws (2026)",
        layer: "apps-devstg/us-east-1/k8s-eks-demoapps/k8s-components",
        provider: "kubernetes",
        constraint: "~> 2.36",
        source: "examples/repos/leverage-2026 config.tf",
    },
];

;// CONCATENATED MODULE: ./src/layout/providers.ts
// The provider versions a layer may run: its `required_providers` constraints and what its
// `.terraform.lock.hcl` locks, and whether those versions have the resources and arguments a link
// writes there (facts in upstream/providers.ts). Generated files use only what the layer's version
// has; otherwise the run stops and says which upgrade is needed.




const PROVIDERS = ["aws", "kubernetes", "helm"];
/** Whether a provider address (required_providers `source` or lock file label) is hashicorp/<name>. */
function isHashicorp(address, name) {
    return new RegExp(`^(?:registry\\.(?:terraform\\.io|opentofu\\.org)/)?hashicorp/${name}$`, "i").test(address);
}
/** The `version` constraint of hashicorp/<name> in one file's `terraform { required_providers }`. */
function requiredProviderConstraint(file, name) {
    const found = [];
    if (!file.text.includes("required_providers"))
        return undefined;
    for (const terraform of (0,scan/* findBlocks */.yM)(file.items, "terraform")) {
        for (const providers of (0,scan/* findBlocks */.yM)(terraform.body, "required_providers")) {
            const entry = (0,scan/* findAttribute */.Oh)(providers, name);
            if (!entry)
                continue;
            // The legacy form `aws = "~> 4.10"` is the constraint itself.
            const legacy = (0,scan/* stringLiteral */.Hg)(file.text.slice(entry.exprStart, entry.exprEnd));
            if (legacy !== undefined) {
                found.push(legacy);
                continue;
            }
            if (file.text[entry.exprStart] !== "{")
                continue;
            const items = (0,scan/* objectItems */._v)(file.text, entry.exprStart, file.path).items;
            const source = items.find((i) => i.key === "source");
            const sourceText = source && (0,scan/* stringLiteral */.Hg)(file.text.slice(source.valueStart, source.valueEnd));
            if (sourceText !== undefined && !isHashicorp(sourceText, name))
                continue;
            const version = items.find((i) => i.key === "version");
            const constraint = version && (0,scan/* stringLiteral */.Hg)(file.text.slice(version.valueStart, version.valueEnd));
            if (constraint)
                found.push(constraint);
        }
    }
    return found.length ? found.join(", ") : undefined;
}
/** Whether the layer declares hashicorp/<name> in a `required_providers` block (with or without a version). */
function declaresProvider(files, name) {
    return files.some((file) => file.text.includes("required_providers") &&
        (0,scan/* findBlocks */.yM)(file.items, "terraform").some((t) => (0,scan/* findBlocks */.yM)(t.body, "required_providers").some((p) => (0,scan/* findAttribute */.Oh)(p, name) !== undefined)));
}
/** The exact versions a lock file locks, by provider. */
function lockedVersions(lockText, path) {
    const out = {};
    for (const block of (0,scan/* findBlocks */.yM)((0,scan/* scanHcl */.J$)(lockText, path), "provider")) {
        const name = PROVIDERS.find((p) => isHashicorp(block.labels[0] ?? "", p));
        const version = (0,scan/* findAttribute */.Oh)(block, "version");
        const text = version && (0,scan/* stringLiteral */.Hg)(lockText.slice(version.exprStart, version.exprEnd));
        if (name && text && (0,versions/* parseVersion */.ot)(text))
            out[name] = text;
    }
    return out;
}
/** Reads a layer's constraints (from its parsed .tf files) and lock file (its text, when committed). */
function readLayerProviders(layer, files, lockText) {
    const locked = lockText === undefined ? {} : lockedVersions(lockText, `${layer}/.terraform.lock.hcl`);
    const versions = {};
    for (const name of PROVIDERS) {
        const constraints = files.flatMap((f) => requiredProviderConstraint(f, name) ?? []);
        const entry = {
            ...(constraints.length ? { constraint: constraints.join(", ") } : {}),
            ...(locked[name] ? { locked: locked[name] } : {}),
        };
        if (entry.constraint || entry.locked)
            versions[name] = entry;
    }
    return { layer, lockFile: lockText !== undefined, versions };
}
/** The clauses of a constraint that can be read; others are left to Terraform to judge. */
function readableConstraint(constraint) {
    return constraint.split(",").flatMap((clause) => {
        try {
            return (0,versions/* parseConstraint */.FJ)(clause);
        }
        catch {
            return [];
        }
    });
}
/** The first version of `provider` with every feature, and the features that need exactly it. */
function minimumFor(provider, features) {
    let since = "0.0.0";
    let needing = [];
    for (const feature of features) {
        const fact = PROVIDER_FEATURES.find((f) => f.provider === provider && f.feature === feature);
        if (!fact)
            throw new Error(`no facts about ${provider} feature ${feature} in upstream/providers.ts`);
        const order = (0,versions/* compareVersions */.Zy)(fact.since, since);
        if (order > 0)
            [since, needing] = [fact.since, [feature]];
        else if (order === 0)
            needing.push(feature);
    }
    return { since, needing };
}
/**
 * Whether the layer's hashicorp/<provider> has every feature: the locked version when the lock file
 * has one (what `terraform plan` will run), else the versions the constraint admits (what `init`
 * may install, assumed to be the newest admitted).
 */
function providerSupport(layer, provider, features) {
    const { since } = minimumFor(provider, features);
    const { constraint, locked } = layer.versions[provider] ?? {};
    const clauses = constraint === undefined ? [] : readableConstraint(constraint);
    // The features a version lacks, named with the first version that has each.
    const lacking = (has) => features
        .map((feature) => ({ feature, since: minimumFor(provider, [feature]).since }))
        .filter((f) => !has(f.since))
        .map((f) => `${f.feature} (${f.since})`)
        .join(", ");
    const raise = `raise the hashicorp/${provider} constraint in ${layer.layer} to admit ${since} (e.g. ">= ${since}")`;
    const init = `run "leverage tf init -upgrade" in ${layer.layer} and commit its .terraform.lock.hcl`;
    const admits = (0,versions/* admitsAtLeast */.Fr)(clauses, since);
    if (locked !== undefined && !(0,versions/* atLeast */.jZ)(locked, since)) {
        return {
            supported: false,
            why: `${layer.layer}/.terraform.lock.hcl locks hashicorp/${provider} ${locked}` +
                `${constraint ? ` (constraint "${constraint}")` : ""}, which lacks ${lacking((v) => (0,versions/* atLeast */.jZ)(locked, v))}`,
            upgrade: admits ? init : `${raise}, then ${init}`,
        };
    }
    if (!admits) {
        return {
            supported: false,
            why: `${layer.layer} requires hashicorp/${provider} "${constraint}", which admits no version with ` +
                lacking((v) => (0,versions/* admitsAtLeast */.Fr)(clauses, v)),
            upgrade: `${raise}, then ${init}`,
        };
    }
    if (locked !== undefined)
        return { supported: true };
    const installs = constraint
        ? `the newest hashicorp/${provider} that "${constraint}" admits`
        : `the newest hashicorp/${provider}`;
    const where = layer.lockFile
        ? `${layer.layer}/.terraform.lock.hcl has no entry for hashicorp/${provider}`
        : `${layer.layer} commits no .terraform.lock.hcl`;
    return {
        supported: true,
        assumed: `${where}: assumed "leverage tf init" installs ${installs}, which has what this step writes (${since} or later).`,
    };
}
/** The resource types and their top-level arguments in an HCL text, by the provider named in the type. */
function writtenFeatures(text, path) {
    const out = [];
    for (const block of (0,scan/* findBlocks */.yM)((0,scan/* scanHcl */.J$)(text, path), "resource")) {
        const type = block.labels[0] ?? "";
        const provider = PROVIDERS.find((p) => type.startsWith(`${p}_`));
        if (!provider)
            continue;
        out.push({ provider, feature: type });
        for (const item of block.body)
            if (item.kind === "attribute")
                out.push({ provider, feature: `${type}.${item.name}` });
    }
    return out;
}
/**
 * What a change adds to a file (all of it for a new file): resources and arguments with a known
 * first provider version (upstream/providers.ts). Edits that only extend existing values add none.
 */
function addedProviderFeatures(path, text, previous) {
    const before = new Set(previous === undefined ? [] : writtenFeatures(previous, path).map((f) => f.feature));
    const known = new Set(PROVIDER_FEATURES.map((f) => `${f.provider} ${f.feature}`));
    const seen = new Set();
    return writtenFeatures(text, path).filter((f) => {
        const key = `${f.provider} ${f.feature}`;
        if (before.has(f.feature) || !known.has(key) || seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * Stops when a file adds a resource or argument its layer's provider version lacks: the last check
 * before anything is published, whatever step wrote it. `layerFiles` are the layer's .tf files as
 * they will stand once the step is merged (a step may add a provider requirement itself).
 */
function requireProviderFeatures(layer, layerFiles, lockText, changes) {
    const providers = readLayerProviders(layer, layerFiles, lockText);
    for (const change of changes) {
        const added = addedProviderFeatures(change.path, change.text, change.previous);
        for (const provider of PROVIDERS) {
            const features = added.filter((f) => f.provider === provider).map((f) => f.feature);
            if (features.length === 0)
                continue;
            const support = providerSupport(providers, provider, features);
            if (!support.supported) {
                throw new errors/* LayoutError */.Rd(`${change.path} would use what the layer's provider lacks: ${support.why}. To fix it, ${support.upgrade}, ` +
                    `then run again.`);
            }
        }
    }
}


/***/ }),

/***/ 232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P8: () => (/* binding */ basename),
/* harmony export */   Yt: () => (/* binding */ findLayers),
/* harmony export */   ju: () => (/* binding */ GLOBAL_REGION),
/* harmony export */   pD: () => (/* binding */ dirname),
/* harmony export */   uJ: () => (/* binding */ joinPath)
/* harmony export */ });
/* unused harmony export isSkipped */
// Facts about a Leverage repository that come from paths alone: which folders are accounts,
// regions and layers. A folder whose name ends in " --" is not deployed and is skipped with
// everything below it.
const GLOBAL_REGION = "global";
/**
 * Files that only declare variables (Leverage links common-variables.tf into every layer): never
 * read during discovery.
 */
const DECLARATIONS_ONLY = new Set(["common-variables.tf"]);
function isSkipped(path) {
    return path.split("/").some((segment) => segment.endsWith(" --"));
}
function dirname(path) {
    const i = path.lastIndexOf("/");
    return i < 0 ? "" : path.slice(0, i);
}
function basename(path) {
    return path.slice(path.lastIndexOf("/") + 1);
}
/** Joins and normalises POSIX path pieces (no `..` handling beyond one level, which is all we need). */
function joinPath(...parts) {
    const out = [];
    for (const segment of parts.join("/").split("/")) {
        if (segment === "" || segment === ".")
            continue;
        if (segment === "..")
            out.pop();
        else
            out.push(segment);
    }
    return out.join("/");
}
const layersOf = new WeakMap();
/**
 * Every folder holding `.tf` files below `<account>/<region>/`, grouped as layers. Readers return
 * the same listing each time, so the grouping is done once per listing (callers do not modify it).
 */
function findLayers(files) {
    let layers = layersOf.get(files);
    if (!layers) {
        layers = groupLayers(files);
        layersOf.set(files, layers);
    }
    return layers;
}
function groupLayers(files) {
    const byFolder = new Map();
    for (const file of files) {
        if (!file.endsWith(".tf") || isSkipped(file) || DECLARATIONS_ONLY.has(basename(file)))
            continue;
        const folder = dirname(file);
        const parts = folder.split("/");
        if (parts.length < 3 || parts[1] === "config")
            continue;
        const list = byFolder.get(folder) ?? [];
        list.push(file);
        byFolder.set(folder, list);
    }
    return [...byFolder.entries()]
        .map(([path, tfFiles]) => {
        const [account, region, ...rest] = path.split("/");
        return { path, account: account, region: region, rest: rest.join("/"), tfFiles: tfFiles.sort() };
    })
        .sort((a, b) => a.path.localeCompare(b.path));
}


/***/ }),

/***/ 3527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RM: () => (/* binding */ parseCommand),
/* harmony export */   Xs: () => (/* binding */ whyNotOurPull),
/* harmony export */   sD: () => (/* binding */ requesterIssue)
/* harmony export */ });
/* unused harmony exports COMMAND_PREFIX, COMMANDS, stepOfBranch */
/* harmony import */ var _steps_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3521);
// Pure decisions about the lifecycle events: which closed pull request is one of ours, and which
// comment is a command (and which one).

const COMMAND_PREFIX = "/cluster-link";
const COMMANDS = ["status", "retry", "verify", "help"];
/** The command a comment gives: undefined when its first line is not a `/cluster-link` command. */
function parseCommand(body) {
    const first = body
        .replace(/^\uFEFF/, "")
        .split(/\r?\n/, 1)[0]
        .trim();
    const m = /^\/cluster-link(?:\s+(.*))?$/.exec(first);
    if (!m)
        return undefined;
    const word = (m[1] ?? "").trim().split(/\s+/)[0].toLowerCase();
    if (COMMANDS.includes(word))
        return { command: word };
    return { unknown: word.slice(0, 40) };
}
const BRANCH = /^argocd-cluster-link\/([a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?)\/([a-z-]{1,40})$/;
const STEPS = new Set([..._steps_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .LINK_STEP_IDS */ .jp, ..._steps_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .UNLINK_STEP_IDS */ .cv]);
/** The link and step a head branch belongs to, when it is a step branch of a link or unlink. */
function stepOfBranch(ref) {
    const m = BRANCH.exec(ref);
    if (!m || !STEPS.has(m[2]))
        return undefined;
    return { link: m[1], step: m[2] };
}
/** Why a closed pull request is not one of ours, or its link and step. */
function whyNotOurPull(pull, here) {
    const step = stepOfBranch(pull.headRef);
    if (!step)
        return { ignored: `the pull request's branch is not a step branch of argocd-cluster-link` };
    if (pull.headRepo.toLowerCase() !== here.toLowerCase())
        return { ignored: "the pull request comes from another repository (a fork)" };
    if (pull.authorType !== "Bot")
        return { ignored: "the pull request was not opened by the Action" };
    return step;
}
const ISSUE_REQUESTER = /^([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})#([1-9][0-9]{0,9})$/;
/** The issue a commit's requester trailer names (`owner/repo#N`), or undefined for other requesters. */
function requesterIssue(requester) {
    const m = ISSUE_REQUESTER.exec(requester ?? "");
    return m ? { owner: m[1], repo: m[2], number: Number(m[3]) } : undefined;
}


/***/ }),

/***/ 3989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ progressOf)
/* harmony export */ });
// Where a link stands, from its record and the current state of each step's pull request: one row
// per step in apply order, the next thing to do, and warnings about steps merged out of order.
// Pure: the pull request states are read by the caller (lifecycle/refresh.ts).
const done = (s) => s === "merged" || s === "in-base";
function progressOf(steps, pulls, kind) {
    const rows = steps.map((step) => {
        if (step.inBase) {
            // In the base branch already: through its merged pull request, or otherwise (a stale pull
            // request of it is then closed, which does not make the step undone).
            const pull = step.pull ? pulls.get(step.number) : undefined;
            if (pull?.state === "merged")
                return { step, state: "merged", merge: { by: pull.by, at: pull.at, commit: pull.commit } };
            return { step, state: "in-base" };
        }
        if (!step.pull)
            return { step, state: "no-pull" };
        const pull = pulls.get(step.number);
        if (!pull)
            return { step, state: "open" };
        if (pull.state === "merged" && step.base && pull.base && pull.base !== step.base)
            return { step, state: "unknown", reason: `merged into ${pull.base}, not ${step.base}` };
        if (pull.state === "merged")
            return { step, state: "merged", merge: { by: pull.by, at: pull.at, commit: pull.commit } };
        if (pull.state === "unknown")
            return { step, state: "unknown", reason: pull.reason };
        return { step, state: pull.state };
    });
    const outOfOrder = [];
    for (const [j, row] of rows.entries()) {
        if (row.state !== "merged")
            continue;
        const before = rows.slice(0, j).find((r) => !done(r.state));
        if (before)
            outOfOrder.push({ merged: row.step, before: before.step });
    }
    const first = rows.findIndex((r) => !done(r.state));
    const allMerged = rows.length > 0 && first < 0;
    const lastMerged = [...rows].reverse().find((r) => r.state === "merged");
    let next;
    if (allMerged) {
        next = { kind: "apply-last", step: lastMerged?.step, then: kind === "link" ? "verify" : "close" };
    }
    else {
        const row = rows[first];
        const previous = first > 0 ? rows[first - 1] : undefined;
        if (row.state === "closed")
            next = { kind: "reopen", step: row.step };
        else if (row.state === "no-pull")
            next = { kind: "no-pull", step: row.step };
        else if (row.state === "unknown")
            next = { kind: "unknown", step: row.step, reason: row.reason ?? "" };
        else if (previous?.state === "merged")
            next = { kind: "apply-then-merge", applied: previous.step, next: row.step };
        else
            next = { kind: "merge-first", step: row.step };
    }
    return { rows, next, outOfOrder, allMerged };
}


/***/ }),

/***/ 7299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ym: () => (/* binding */ encodeRecord),
/* harmony export */   eT: () => (/* binding */ decodeRecord)
/* harmony export */ });
/* unused harmony exports RECORD_MARKER, checkRecord */
/* harmony import */ var _steps_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3521);
// The link's record: what the status comment must remember between runs so that a later event (a
// merged pull request, a `/cluster-link` command) can show the progress without planning again.
// It rides in the comment as one hidden HTML comment holding base64 JSON (base64 never contains
// `--`, so it cannot close the HTML comment). It is read back as untrusted: a maintainer can edit
// the bot's comment, so every field is checked before use.

const RECORD_MARKER = "argocd-cluster-link:record";
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;
const PULL_URL = /^https:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9._/-]+$/;
/** One line of printable text: no control characters (code points below 32, or 127). */
const isLine = (v) => ![...v].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127);
const STEP_IDS = new Set([..._steps_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .LINK_STEP_IDS */ .jp, ..._steps_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .UNLINK_STEP_IDS */ .cv]);
function encodeRecord(record) {
    return `<!-- ${RECORD_MARKER} ${Buffer.from(JSON.stringify(record), "utf8").toString("base64")} -->`;
}
/** The record in a status comment's text, or undefined when there is none or it does not check out. */
function decodeRecord(text) {
    const match = new RegExp(`<!-- ${RECORD_MARKER} ([A-Za-z0-9+/=]{1,200000}) -->`).exec(text);
    if (!match)
        return undefined;
    let value;
    try {
        value = JSON.parse(Buffer.from(match[1], "base64").toString("utf8"));
    }
    catch {
        return undefined;
    }
    return checkRecord(value);
}
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v, max) => typeof v === "string" && v.length <= max && isLine(v);
const count = (v) => Number.isSafeInteger(v) && v > 0 && v < 1e9;
function checkStep(v) {
    if (!isObject(v))
        return undefined;
    if (!text(v.id, 40) || !STEP_IDS.has(v.id))
        return undefined;
    if (!count(v.number) || !count(v.total) || v.number > v.total || v.total > 20)
        return undefined;
    if (!text(v.summary, 300) || !text(v.account, 64) || !text(v.repository, 141))
        return undefined;
    if (!REPOSITORY.test(v.repository))
        return undefined;
    if (!Array.isArray(v.apply) || v.apply.length > 10 || !v.apply.every((a) => text(a, 500)))
        return undefined;
    const step = {
        id: v.id,
        number: v.number,
        total: v.total,
        summary: v.summary,
        account: v.account,
        repository: v.repository,
        apply: v.apply,
    };
    if (v.pull !== undefined) {
        if (!isObject(v.pull) || !count(v.pull.number) || !text(v.pull.url, 300) || !PULL_URL.test(v.pull.url))
            return undefined;
        // The URL is the pull request's own page on the GitHub host, nothing else.
        if (!v.pull.url.endsWith(`/${v.repository}/pull/${v.pull.number}`))
            return undefined;
        step.pull = { number: v.pull.number, url: v.pull.url };
    }
    if (v.inBase === true)
        step.inBase = true;
    if (v.base !== undefined) {
        if (!text(v.base, 250) || !/^[\w./-]+$/.test(v.base))
            return undefined;
        step.base = v.base;
    }
    return step;
}
function checkVerification(v) {
    if (!isObject(v) || !text(v.at, 40) || !Array.isArray(v.checks) || v.checks.length > 50)
        return undefined;
    const checks = [];
    for (const c of v.checks) {
        if (!isObject(c) || !text(c.check, 80) || !text(c.detail, 2000))
            return undefined;
        if (c.result !== "pass" && c.result !== "fail" && c.result !== "skip")
            return undefined;
        checks.push({ check: c.check, result: c.result, detail: c.detail });
    }
    return { at: v.at, checks };
}
function checkRecord(value) {
    if (!isObject(value) || value.v !== 1)
        return undefined;
    if (value.kind !== "link" && value.kind !== "unlink")
        return undefined;
    if (!text(value.link, 63) || !DNS_LABEL.test(value.link))
        return undefined;
    if (!Array.isArray(value.steps) || value.steps.length === 0 || value.steps.length > 20)
        return undefined;
    const steps = [];
    for (const raw of value.steps) {
        const step = checkStep(raw);
        if (!step)
            return undefined;
        steps.push(step);
    }
    const record = { v: 1, kind: value.kind, link: value.link, steps };
    // A verification that does not check out is dropped; the steps are what later runs need.
    const verification = value.verification === undefined ? undefined : checkVerification(value.verification);
    if (verification)
        record.verification = verification;
    return record;
}


/***/ }),

/***/ 1067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ accessText)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6706);
/* harmony import */ var _grant_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9358);
// How a link's grant is said to a reviewer, in the words every step's pull request shares.


/** The access a link grants, in words, e.g. `edit` access, in the namespaces `a`, `b`. */
function accessText(req) {
    const scope = (0,_grant_js__WEBPACK_IMPORTED_MODULE_1__/* .clusterWide */ .MO)(req)
        ? "cluster-wide"
        : `in the namespaces ${req.namespaces.map(_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY).join(", ")}`;
    return `${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(req.access)} access, ${scope}`;
}


/***/ }),

/***/ 9358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MO: () => (/* binding */ clusterWide),
/* harmony export */   du: () => (/* binding */ decideGrant),
/* harmony export */   em: () => (/* binding */ RESPECT_RBAC_MODE),
/* harmony export */   f6: () => (/* binding */ CLUSTER_RESOURCES_KINDS),
/* harmony export */   tI: () => (/* binding */ RESPECT_RBAC_CHART),
/* harmony export */   zJ: () => (/* binding */ extraRead)
/* harmony export */ });
/* unused harmony exports cacheReadKinds, READ_BEYOND_ACCESS_KEY, decideCacheAccess, rbacProviderFeatures */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_versions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4506);
/* harmony import */ var _layout_providers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5801);
/* harmony import */ var _upstream_argo_cd_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1010);
/* harmony import */ var _upstream_argo_cd_chart_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7583);
/* harmony import */ var _upstream_kubernetes_kinds_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(399);
// What a link grants in the target cluster, decided once from the request, the cluster's
// authentication mode and the discovered layout: the planner, the steps and their descriptions all
// read this decision instead of re-deriving it.






/** Whether the grant in the target is cluster-wide (no namespaces). */
function clusterWide(req) {
    return req.namespaces.length === 0;
}
/**
 * `normal`, not `strict`: normal trusts the Forbidden/Unauthorized answer of the list itself, with no
 * extra API calls; strict also sends a SelfSubjectAccessReview per refused kind (more calls on every
 * cache sync) and gains nothing here, where a refused list already means "not granted".
 */
const RESPECT_RBAC_MODE = "normal";
/**
 * The cluster-scoped kinds ArgoCD manages next to its namespaces when `cluster-resources` is set.
 * The built-in ClusterRoles (admin, edit, view) grant none of them, and binding those cluster-wide
 * would open every namespace: the link's ClusterRole names only cluster-scoped kinds.
 */
const CLUSTER_RESOURCES_KINDS = [
    ["", ["namespaces", "persistentvolumes"]],
    ["apiextensions.k8s.io", ["customresourcedefinitions"]],
    ["rbac.authorization.k8s.io", ["clusterroles", "clusterrolebindings"]],
    ["storage.k8s.io", ["storageclasses"]],
    ["networking.k8s.io", ["ingressclasses"]],
    ["scheduling.k8s.io", ["priorityclasses"]],
    ["admissionregistration.k8s.io", ["mutatingwebhookconfigurations", "validatingwebhookconfigurations"]],
    ["apiregistration.k8s.io", ["apiservices"]],
];
const inClusterResources = (kind) => CLUSTER_RESOURCES_KINDS.some(([group, resources]) => group === kind.group && resources.includes(kind.resource));
/**
 * What ArgoCD before 2.9 must also read for this request: every kind its cache lists in the link's
 * scope that the access level (or the cluster-resources ClusterRole) does not already read.
 */
function cacheReadKinds(req) {
    if (req.access === "cluster-admin")
        return { namespaced: [], clusterScoped: [] };
    const level = req.access;
    const namespaced = _upstream_kubernetes_kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .CACHED_KINDS */ .Ty.filter((k) => k.namespaced && !(0,_upstream_kubernetes_kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .levelReads */ .IY)(level, k));
    const clusterScoped = clusterWide(req)
        ? _upstream_kubernetes_kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .CACHED_KINDS */ .Ty.filter((k) => !k.namespaced && !(0,_upstream_kubernetes_kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .levelReads */ .IY)(level, k))
        : req.clusterResources
            ? _upstream_kubernetes_kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .CACHED_KINDS */ .Ty.filter((k) => !k.namespaced && !inClusterResources(k))
            : [];
    return { namespaced, clusterScoped };
}
/** The extra read the link's RBAC carries: for ArgoCD before 2.9, or kept until respectRBAC is applied. */
function extraRead(cache) {
    if (cache.kind === "read-all")
        return cache;
    if (cache.kind === "respect-rbac" && cache.keptRead)
        return cache.keptRead;
    return undefined;
}
/** The first argo-cd chart whose ArgoCD reads respectRBAC (5.51.0). */
const RESPECT_RBAC_CHART = (0,_upstream_argo_cd_chart_js__WEBPACK_IMPORTED_MODULE_4__/* .firstChartWithAppVersion */ .O$)(_upstream_argo_cd_js__WEBPACK_IMPORTED_MODULE_3__/* .RESPECT_RBAC */ .Sz.since) ?? _upstream_argo_cd_js__WEBPACK_IMPORTED_MODULE_3__/* .RESPECT_RBAC */ .Sz.since;
/** The request key that accepts reading Secrets or RBAC objects beyond the access level. */
const READ_BEYOND_ACCESS_KEY = "read-beyond-access";
/** Decides CacheAccess from the access level and the release's chart version; refuses what cannot work. */
function decideCacheAccess(req, layout) {
    if (req.access === "cluster-admin")
        return { kind: "full" };
    const { chartVersion, releaseName, file } = layout.argocd;
    const needed = RESPECT_RBAC_CHART;
    const app = (0,_upstream_argo_cd_chart_js__WEBPACK_IMPORTED_MODULE_4__/* .argoCdAppVersion */ .cO)(chartVersion);
    if (!app.known) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`ArgoCD ${releaseName} (${file}) uses argo-cd chart ${chartVersion}, whose ArgoCD version is not known here ` +
            `(${app.reason}), and access ${req.access} does not let ArgoCD list every resource kind its cluster cache ` +
            `watches (e.g. podtemplates${req.access === "view" ? ", secrets" : ""}): one refused list marks the whole ` +
            `cluster Failed unless argocd-cm ${_upstream_argo_cd_js__WEBPACK_IMPORTED_MODULE_3__/* .RESPECT_RBAC */ .Sz.key} is set (ArgoCD ${_upstream_argo_cd_js__WEBPACK_IMPORTED_MODULE_3__/* .RESPECT_RBAC */ .Sz.since} and later, ` +
            `argo-cd chart ${needed} and later). Use a released chart version from ${needed} on, or request access cluster-admin, ` +
            `then run again.`);
    }
    const reads = (0,_upstream_argo_cd_js__WEBPACK_IMPORTED_MODULE_3__/* .argoCdReadsSetting */ .Wo)(app.value, _upstream_argo_cd_js__WEBPACK_IMPORTED_MODULE_3__/* .RESPECT_RBAC */ .Sz.key);
    if (reads.known && reads.supported) {
        return { kind: "respect-rbac", mode: RESPECT_RBAC_MODE, argoCdVersion: app.value };
    }
    // No respectRBAC: every list must succeed, so the link reads every kind in its scope.
    const extra = cacheReadKinds(req);
    const sensitive = [...extra.namespaced, ...extra.clusterScoped].filter((k) => k.sensitive).map(_upstream_kubernetes_kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .kindId */ .cu);
    if (sensitive.length > 0 && !req.readBeyondAccess) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`ArgoCD ${releaseName} (${file}) runs ArgoCD ${app.value} (argo-cd chart ${chartVersion}), which has no ` +
            `argocd-cm ${_upstream_argo_cd_js__WEBPACK_IMPORTED_MODULE_3__/* .RESPECT_RBAC */ .Sz.key} (ArgoCD ${_upstream_argo_cd_js__WEBPACK_IMPORTED_MODULE_3__/* .RESPECT_RBAC */ .Sz.since} and later): one refused list marks the whole ` +
            `cluster Failed, so the link must let ArgoCD read every kind in its scope, and for access ${req.access} ` +
            `that includes ${sensitive.join(", ")}, which ${req.access} does not read. Either set ` +
            `${READ_BEYOND_ACCESS_KEY}: true to accept that read (writes stay ${req.access}), or raise the chart ` +
            `version of that helm_release to ${needed} or later (and apply it), then run again.`);
    }
    return { kind: "read-all", argoCdVersion: app.value, ...extra };
}
/**
 * Access entries when the cluster accepts them (mode API or API_AND_CONFIG_MAP) and the cluster
 * layer's AWS provider can manage them; otherwise the aws-auth map_roles list.
 */
function clusterAccessKind(mode, cluster) {
    if (mode === "CONFIG_MAP")
        return "aws-auth";
    if (cluster.accessEntries.supported)
        return "access-entry";
    if (mode === "API") {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`The target cluster only accepts EKS access entries (authentication mode API), but ${cluster.accessEntries.why}. ` +
            `Raise the provider version of ${cluster.path} (and run leverage tf init -upgrade there), then run again.`);
    }
    return "aws-auth";
}
/**
 * Whether the link needs RBAC objects in the target: a bearer token's ServiceAccount, an aws-auth
 * group without cluster-admin, or the cluster-scoped kinds of `cluster-resources`.
 */
function rbacNeeded(req, kind, cache) {
    if (req.method === "bearer-token" || req.clusterResources || extraRead(cache))
        return true;
    return kind === "aws-auth" && req.access !== "cluster-admin";
}
/** `found`, or the reason it could not be found, thrown now that the link needs it. */
function required(found) {
    if (found instanceof Error)
        throw found;
    return found;
}
/**
 * Decides the grant in one pass from what discovery found (the layout and discoverGrantInputs);
 * throws a LayoutError when the repository or the cluster cannot carry it.
 */
function decideGrant(req, facts, layout, inputs) {
    const cache = withEarlierRead(decideCacheAccess(req, layout), inputs, req);
    if (req.method === "bearer-token") {
        // Checked for every method, so a cluster this layout cannot serve is reported the same way.
        clusterAccessKind(facts.authenticationMode, layout.targetCluster);
        const layer = decideRbacLayer(required(inputs.rbacCandidates), req, facts, true, cache);
        return { method: "bearer-token", rbac: { needed: true, layer, accessBindings: true }, cache };
    }
    const targetRoleLayer = required(inputs.baseIdentities);
    const kind = clusterAccessKind(facts.authenticationMode, layout.targetCluster);
    const rbac = rbacNeeded(req, kind, cache)
        ? // With an access entry the namespaced access is the entry's; RBAC only adds cluster-scoped kinds.
            {
                needed: true,
                layer: decideRbacLayer(required(inputs.rbacCandidates), req, facts, kind === "aws-auth", cache),
                accessBindings: kind === "aws-auth",
            }
        : inputs.earlierCacheRead !== undefined
            ? { needed: false, stale: inputs.earlierCacheRead.path }
            : { needed: false };
    return {
        method: "iam-role",
        targetRoleLayer,
        cluster: kind === "aws-auth" ? { kind, mapRoles: requireMapRoles(facts, layout.targetCluster) } : { kind },
        rbac,
        cache,
    };
}
/**
 * After a chart upgrade: keeps an earlier extra read while the values do not set respectRBAC yet,
 * and says it is dropped once they do (see CacheAccess).
 */
function withEarlierRead(cache, inputs, req) {
    const earlier = inputs.earlierCacheRead;
    if (cache.kind !== "respect-rbac" || earlier === undefined)
        return cache;
    return inputs.valuesSetRespectRbac
        ? { ...cache, dropsRead: true }
        : { ...cache, keptRead: { argoCdVersion: earlier.argoCdVersion, ...cacheReadKinds(req) } };
}
function requireMapRoles(facts, cluster) {
    if (!cluster.mapRoles || cluster.awsAuth === "none") {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd((facts.authenticationMode === "CONFIG_MAP"
            ? `${facts.name} authenticates with CONFIG_MAP (aws-auth) only`
            : `EKS access entries cannot be used (${cluster.accessEntries.why})`) +
            `, but ${cluster.path} has no locals map_roles = [...] passed to aws_auth_roles. Add one, or make ` +
            `access entries possible (authentication mode API_AND_CONFIG_MAP and hashicorp/aws 5.33.0 or later), ` +
            `then run again.`);
    }
    return cluster.mapRoles;
}
/**
 * The hashicorp/kubernetes resources and arguments the target-rbac step writes for this grant: the
 * layer that holds them must run a provider version that has every one.
 */
function rbacProviderFeatures(req, facts, accessBindings, cache = { kind: "full" }) {
    const features = [];
    if (req.method === "bearer-token") {
        // The token is read from the secret right after it is created: without the wait the token
        // controller has not filled it yet and the output fails, so the argument cannot be dropped for
        // older providers. Those also cannot create a ServiceAccount on Kubernetes 1.24+ (they wait for a
        // default secret that never comes), so only an upgrade keeps a bearer-token link working.
        features.push("kubernetes_service_account_v1", "kubernetes_secret_v1", "kubernetes_secret_v1.wait_for_service_account_token");
        const version = facts.version === undefined ? undefined : (0,_core_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(facts.version);
        // Every EKS version still offered is 1.24 or later: assume it when the facts do not say.
        if (version === undefined || (0,_core_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .compareVersions */ .Zy)(version, "1.24") >= 0) {
            features.push("kubernetes_service_account_v1 on Kubernetes 1.24+");
        }
    }
    if (accessBindings) {
        features.push(clusterWide(req) ? "kubernetes_cluster_role_binding_v1" : "kubernetes_role_binding_v1");
    }
    if (req.clusterResources)
        features.push("kubernetes_cluster_role_v1", "kubernetes_cluster_role_binding_v1");
    const read = extraRead(cache);
    if (read) {
        features.push("kubernetes_cluster_role_v1");
        features.push(clusterWide(req) ? "kubernetes_cluster_role_binding_v1" : "kubernetes_role_binding_v1");
        if (read.clusterScoped.length > 0 && !clusterWide(req))
            features.push("kubernetes_cluster_role_binding_v1");
    }
    return [...new Set(features)];
}
/**
 * Where the link's RBAC goes: the first layer that configures a kubernetes provider for the target
 * cluster (a sibling of the cluster layer, then the cluster layer) whose provider version has what
 * the step writes; when no layer configures one, the target's identities layer, which gets the
 * provider in the same step (the cookbook's way). A layer with a provider that is too old is passed
 * over for the next one; when every one is too old the run stops with the upgrade needed.
 */
function decideRbacLayer(found, req, facts, accessBindings, cache) {
    const features = rbacProviderFeatures(req, facts, accessBindings, cache);
    const passedOver = [];
    for (const candidate of found.withProvider) {
        const support = (0,_layout_providers_js__WEBPACK_IMPORTED_MODULE_2__/* .providerSupport */ .bm)(candidate.providers, "kubernetes", features);
        if (!support.supported) {
            passedOver.push({ path: candidate.path, why: support.why, upgrade: support.upgrade });
            continue;
        }
        return {
            path: candidate.path,
            ...(candidate.backendKey !== undefined ? { backendKey: candidate.backendKey } : {}),
            notes: [
                ...passedOver.map((p) => `Not in ${p.path}: ${p.why}. To put it there instead, ${p.upgrade}, then set target-rbac-layer to it.`),
                ...(support.assumed ? [support.assumed] : []),
            ],
        };
    }
    if (passedOver.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`No layer with a kubernetes provider for ${req.targetCluster} can hold the link's RBAC (${found.why}): ` +
            passedOver.map((p) => `${p.why}. To fix it, ${p.upgrade}`).join("; ") +
            `. Then run again${req.targetRbacLayer ? "" : ", or set target-rbac-layer to another layer"}.`);
    }
    const identities = found.identities;
    if (!identities)
        throw new Error("discovery found neither a kubernetes provider nor an identities layer");
    // A kubernetes entry already in required_providers is kept: its versions must do.
    if (identities.declaresKubernetes) {
        const support = (0,_layout_providers_js__WEBPACK_IMPORTED_MODULE_2__/* .providerSupport */ .bm)(identities.providers, "kubernetes", features);
        if (!support.supported) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`${identities.path} gets a kubernetes provider for the link's RBAC (${found.why}), but ${support.why}. ` +
                `To fix it, ${support.upgrade}. Then run again.`);
        }
    }
    return {
        path: identities.path,
        ...(identities.backendKey !== undefined ? { backendKey: identities.backendKey } : {}),
        addProvider: { ...identities, constraint: `>= ${(0,_layout_providers_js__WEBPACK_IMPORTED_MODULE_2__/* .minimumFor */ .GH)("kubernetes", features).since}` },
        notes: [],
    };
}


/***/ }),

/***/ 8356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JP: () => (/* binding */ linkNames),
/* harmony export */   LO: () => (/* binding */ releaseRoleHeader),
/* harmony export */   LW: () => (/* binding */ snakeCase),
/* harmony export */   Rr: () => (/* binding */ instanceHeader),
/* harmony export */   Xr: () => (/* binding */ linkFileNames),
/* harmony export */   _Z: () => (/* binding */ markerFor),
/* harmony export */   bf: () => (/* binding */ ownerOf),
/* harmony export */   oC: () => (/* binding */ LEGACY_IRSA_VAR),
/* harmony export */   oE: () => (/* binding */ ownerLine),
/* harmony export */   tl: () => (/* binding */ MARKER)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
// Every name a link, a release or a dedicated instance creates, derived in one place so that the
// steps agree with each other and no request can make two of them equal.
//
// The namespaces (s = a link id with `-` as `_`, r = a release name with `-` as `_`):
// - a link's files, Terraform names and template variables start with `argocd_link_<s>` and, when
//   they need a kind suffix, add it after `__` (`argocd_link_<s>__access.tf`); Kubernetes names are
//   `argocd-link-<id>` and `argocd-link-<id>--<kind>`. A link id is a DNS label without `--`
//   (request/parse.ts), so `<s>` never holds `__` and never starts or ends with `_`: no link id can
//   produce another link's suffixed name, nor a kind suffix of its own.
// - a release's files and names start with `argocd_release_<r>` / `argocd-release-<r>` and its IRSA
//   template variable is `argocd_release_irsa_role_arn`: `argocd_release` is not `argocd_link`.
// - a dedicated instance's files start with `argocd_instance_<r>` (Terraform) and
//   `chart-values/argocd-instance-<release>.yaml` (values): neither is a link's nor a release's prefix.
//   Its `helm_release` and `kubernetes_namespace_v1` keep the names `argocd_link_<r>`: no link
//   declares resources of those types, and renaming them would replace a live ArgoCD.
// - a file shared by the links of one layer starts with `argocd_layer__` (the kubernetes provider a
//   bearer-token link adds to an identities layer: `argocd_layer__kubernetes_provider.tf`).
//
// Links applied before this scheme keep their names (renaming a Terraform address replaces the
// resource): plan.ts finds them with legacyNames() and passes them in; see LegacyNames for how each
// old name is recognised.

const LEGACY_IRSA_VAR = "argocd_link_irsa_role_arn";
const IAM_ROLE_NAME_MAX = 64;
const snakeCase = (name) => name.replace(/-/g, "_");
/** First line of a release's IRSA role file (also how a legacy file is recognised). */
const releaseRoleHeader = (release) => `# ${MARKER}: IRSA role of the ArgoCD release "${release}"`;
/** First line of a dedicated instance's files (how a second link recognises the instance). */
const instanceHeader = (release) => `# ${MARKER}: dedicated ArgoCD instance "${release}"`;
/** The folders that name the cluster an ArgoCD layer belongs to: `<account>/<region>/<cluster>/<layer>`. */
function clusterOf(argocdLayer) {
    const parts = argocdLayer.split("/");
    return { region: parts[1] ?? "", cluster: parts.length >= 3 ? parts[parts.length - 2] : "" };
}
/** The file and resource names discovery looks for before the grant is decided (see discoverGrantInputs). */
function linkFileNames(id) {
    const snake = snakeCase(id);
    return { rbacFile: `argocd_link_${snake}.tf`, cacheReadResource: `argocd_link_${snake}__cache_read` };
}
function linkNames(req, layout, release, legacy = {}) {
    const id = req.argocdClusterName;
    const snake = snakeCase(id);
    const releaseSnake = snakeCase(release);
    const environment = layout.environments[req.sourceAccount] ?? req.sourceAccount;
    const roleBase = release.includes("argocd") ? release : `argocd-${release}`;
    // One role per account and cluster: IAM names are account-wide, and one account may run several
    // clusters (and regions) with a release of the same name.
    const { region, cluster } = clusterOf(layout.argocd.layer);
    const roleSuffix = `${[region, cluster].filter(Boolean).join("-")}-${roleBase}-irsa`;
    const sourceRoleNameExpr = legacy.sourceRoleNameExpr ?? `\${var.environment}-${roleSuffix}`;
    const sourceRoleName = sourceRoleNameExpr.replace("${var.environment}", environment);
    const targetRoleName = `argocd-link-${id}`;
    for (const [what, name] of [
        ["source IAM role", sourceRoleName],
        ["target IAM role", targetRoleName],
    ]) {
        if (name.length > IAM_ROLE_NAME_MAX) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`The ${what} name "${name}" would be ${name.length} characters; IAM allows ${IAM_ROLE_NAME_MAX}. ` +
                `Use a shorter argocd-cluster-name or argocd-instance.`);
        }
    }
    const roleArnVar = `argocd_link_${snake}_role_arn`;
    const irsaVar = legacy.irsaVar ? LEGACY_IRSA_VAR : "argocd_release_irsa_role_arn";
    if (roleArnVar === irsaVar) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`argocd-cluster-name "${id}": its template variable ${roleArnVar} is the IRSA variable the ArgoCD release ` +
            `"${release}" already uses (written before link and release names were kept apart). Choose another ` +
            `argocd-cluster-name.`);
    }
    const linkPolicy = `ids_argocd_link_${snake}.tf`;
    if (legacy.releaseRoleFile === linkPolicy) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`argocd-cluster-name "${id}": its policy file would be ${linkPolicy}, the IRSA role file of the ArgoCD ` +
            `release "${release}" (named before link and release names were kept apart). Choose another ` +
            `argocd-cluster-name.`);
    }
    return {
        id,
        snake,
        release,
        releaseSnake,
        sourceRoleName,
        sourceRoleNameExpr,
        // Resolved: the target account reads it, and its var.environment is not the source account's.
        sourceRoleArnExpr: `arn:aws:iam::\${var.accounts.${req.sourceAccount}.id}:role/${sourceRoleName}`,
        targetRoleName,
        targetRoleArnExpr: `arn:aws:iam::\${var.accounts.${req.targetAccount}.id}:role/${targetRoleName}`,
        k8sName: `argocd-link-${id}`,
        k8sGroup: `argocd-link:${id}`,
        clusterScopedTf: legacy.clusterScoped
            ? `argocd_link_${snake}_cluster_scoped`
            : `argocd_link_${snake}__cluster_scoped`,
        clusterScopedK8s: legacy.clusterScoped
            ? `argocd-link-${id}-cluster-scoped`
            : `argocd-link-${id}--cluster-scoped`,
        cacheReadTf: linkFileNames(id).cacheReadResource,
        cacheReadK8s: `argocd-link-${id}--cache-read`,
        cacheReadClusterTf: `argocd_link_${snake}__cache_read_cluster`,
        cacheReadClusterK8s: `argocd-link-${id}--cache-read-cluster`,
        irsaVar,
        roleArnVar,
        tokenVar: `argocd_link_${snake}_bearer_token`,
        remoteStateName: `argocd-link-${id}`,
        tokenOutput: `argocd_link_${snake}_bearer_token`,
        files: {
            releaseRole: legacy.releaseRoleFile ?? `ids_argocd_release_${releaseSnake}.tf`,
            linkPolicy,
            targetRole: `argocd_link_${snake}.tf`,
            rbac: linkFileNames(id).rbacFile,
            accessEntry: legacy.accessEntryFile ?? `argocd_link_${snake}__access.tf`,
            tokenState: `argocd_link_${snake}.tf`,
            instanceRelease: `argocd_instance_${releaseSnake}.tf`,
            instanceValues: `chart-values/argocd-instance-${release}.yaml`,
        },
    };
}
/** Marker written next to everything a link adds, so that reruns find (and replace) their own work. */
const MARKER = "argocd-cluster-link";
const markerFor = (id) => `${MARKER}: ${id}`;
/** Who a link connects, as written in the files it owns. */
function ownerLine(release, req) {
    return `link: ArgoCD ${release} in ${req.sourceAccount} -> ${req.targetAccount}/${req.targetRegion}/${req.targetCluster}`;
}
/** The owner line of a file written by the link `id`, if it is one. */
function ownerOf(text, id) {
    const lines = text.split("\n", 3);
    if (lines[0] !== `# ${markerFor(id)}`)
        return undefined;
    return lines[1]?.startsWith("# link: ") ? lines[1].slice(2) : "";
}


/***/ }),

/***/ 2471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ stepBranch)
/* harmony export */ });
/* harmony import */ var _link_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8356);
// Branch names of the pull requests a plan opens: how publishing finds a step again on a rerun.

/** The branch of one step: stable across reruns, whatever steps are already merged. */
function stepBranch(linkId, stepId) {
    return `${_link_names_js__WEBPACK_IMPORTED_MODULE_0__/* .MARKER */ .tl}/${linkId}/${stepId}`;
}


/***/ }),

/***/ 9736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "in": () => (/* binding */ recordedDateIn),
/* harmony export */   pI: () => (/* binding */ planRotations),
/* harmony export */   ze: () => (/* binding */ dateMarker)
/* harmony export */ });
/* unused harmony exports DATE_MARKER, DEFAULT_ROTATION, ageText */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6706);
/* harmony import */ var _layout_tree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(232);
/* harmony import */ var _steps_rotate_token_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8104);
/* harmony import */ var _steps_target_rbac_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(259);
/* harmony import */ var _steps_token_slots_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2210);
/* harmony import */ var _link_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8356);
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
/** The hidden body line that records `date` (to the second, as the files do). */
function dateMarker(date) {
    return `${DATE_MARKER} ${(0,_steps_token_slots_js__WEBPACK_IMPORTED_MODULE_4__/* .createdLine */ .Xt)(date).split(" ")[1]} -->`;
}
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
    const files = (await repo.listFiles()).filter((f) => LINK_FILE.test((0,_layout_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .basename */ .P8)(f)) && f.split("/").length > 3);
    const texts = new Map();
    for (const path of files)
        texts.set(path, (await repo.readFile(path)) ?? "");
    // ArgoCD layers read a token through a remote-state block named after the link.
    const argocdLayerOf = new Map();
    for (const [path, text] of texts) {
        for (const match of text.matchAll(/data "terraform_remote_state" "argocd-link-([a-z0-9-]+)"/g)) {
            argocdLayerOf.set(`${match[1]}\0${(0,_layout_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .basename */ .P8)(path)}`, (0,_layout_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .dirname */ .pD)(path));
        }
    }
    const links = [];
    const rotatable = new Map();
    for (const [path, text] of texts) {
        if (!text.includes(_link_names_js__WEBPACK_IMPORTED_MODULE_5__/* .MARKER */ .tl))
            continue;
        const linkId = /^# argocd-cluster-link: ([a-z0-9-]+)$/m.exec(text)?.[1];
        if (!linkId || !/"kubernetes_secret_v1"/.test(text))
            continue;
        const layer = (0,_layout_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .dirname */ .pD)(path);
        const argocdLayer = argocdLayerOf.get(`${linkId}\0${(0,_layout_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .basename */ .P8)(path)}`);
        const base = {
            linkId,
            path,
            layer,
            account: path.split("/", 1)[0],
            ...(argocdLayer ? { argocdLayer } : {}),
        };
        let slots;
        try {
            slots = (0,_steps_token_slots_js__WEBPACK_IMPORTED_MODULE_4__/* .readTokenSlots */ .hX)(text, path, (0,_link_names_js__WEBPACK_IMPORTED_MODULE_5__/* .snakeCase */ .LW)(linkId));
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidInputError */ .oC("rotation", unknown.map((name) => ({
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
                const rotated = (0,_steps_token_slots_js__WEBPACK_IMPORTED_MODULE_4__/* .rotateTokenFile */ .F_)(text, link.path, (0,_link_names_js__WEBPACK_IMPORTED_MODULE_5__/* .snakeCase */ .LW)(link.linkId), slots, date);
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
        `Rotates the ArgoCD bearer token of ${links.length === 1 ? "one link" : `${links.length} links`} whose RBAC files are in ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(layer)}.`,
        "",
        "| link | token age | generation | ArgoCD layer |",
        "|------|-----------|------------|--------------|",
        ...links.map((l) => `| ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(l.linkId)} | ${ageText(l)} | ${l.generation} → ${contents.get(l.path).generation} | ` +
            `${l.argocdLayer ? (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(l.argocdLayer) : "none found: update ArgoCD's cluster secret by hand"} |`),
        "",
        "### Why",
        "- Each link keeps two token Secrets. This gives the older one the next generation and points the token output at it;",
        "  the token ArgoCD uses now is kept, so ArgoCD keeps working between the two applies.",
        "- Applying the target layer creates the new tokens and deletes the ones before the current ones; applying each",
        "  ArgoCD layer afterwards makes ArgoCD read the new tokens through remote state.",
        "- Apply the ArgoCD layers before merging the next rotation of these links: the next one deletes the tokens ArgoCD holds now.",
        ...(manual.length
            ? [`- No ArgoCD layer reading the token was found for ${manual.map((l) => (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(l.linkId)).join(", ")}.`]
            : []),
        "",
        "### Files",
        ...links.map((l) => `- edited: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(l.path)}`),
        "",
        "### Apply, once merged, in this order",
        "```sh",
        ...apply,
        "```",
        "",
        dateMarker(date),
    ].join("\n");
    return {
        id: _steps_rotate_token_js__WEBPACK_IMPORTED_MODULE_6__/* .ROTATE_TOKEN_ID */ .U,
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


/***/ }),

/***/ 3521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jl: () => (/* binding */ LINK_STEPS),
  jp: () => (/* binding */ LINK_STEP_IDS),
  RA: () => (/* binding */ STEP_ID),
  cv: () => (/* binding */ UNLINK_STEP_IDS)
});

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


/***/ }),

/***/ 8104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ ROTATE_TOKEN_ID)
/* harmony export */ });
/* unused harmony export rotateTokenTitle */
// Step rotate-token (target account, the RBAC layer of a bearer-token link): raises the token
// generation in the secret's generate_name, so the provider replaces the secret. It is planned
// per existing link by plan/rotate.ts, not as part of a link, so it has no LinkContext.
const ROTATE_TOKEN_ID = "rotate-token";
function rotateTokenTitle(linkId, generation) {
    return `argocd-cluster-link ${linkId}: rotate the ArgoCD bearer token (generation ${generation})`;
}


/***/ }),

/***/ 5486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TE: () => (/* binding */ linkMarker),
/* harmony export */   _A: () => (/* binding */ tags),
/* harmony export */   wx: () => (/* binding */ header)
/* harmony export */ });
/* harmony import */ var _hcl_write_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8796);
/* harmony import */ var _link_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8356);
// Pieces every file a link writes shares: the owner header and the tags of new AWS resources.


function header(lines) {
    return [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_0__/* .comment */ .Im)(lines.join("\n")), _hcl_write_js__WEBPACK_IMPORTED_MODULE_0__/* .blank */ .hQ];
}
/**
 * The first lines of every file a link owns: its id, and who it links, so that a request reusing
 * the id for another link is refused instead of rewriting this one (see ownerOf).
 */
function linkMarker(names, req) {
    return [(0,_link_names_js__WEBPACK_IMPORTED_MODULE_1__/* .markerFor */ ._Z)(names.id), (0,_link_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ownerLine */ .oE)(names.release, req)];
}
function tags(hasTagsLocal, extra) {
    return hasTagsLocal
        ? [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_0__/* .attr */ .CF)("tags", (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_0__/* .raw */ .lS)(`merge(local.tags, ${renderInlineMap(extra)})`))]
        : [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_0__/* .attr */ .CF)("tags", extra)];
}
function renderInlineMap(map) {
    return `{ ${Object.entries(map)
        .map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
        .join(", ")} }`;
}


/***/ }),

/***/ 259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eT: () => (/* binding */ targetRbacStep)
/* harmony export */ });
/* unused harmony exports CLUSTER_ROLE, tokenGeneration, rbacFile, tokenSecretPrefix, kubernetesProviderPath, kubernetesProviderFile */
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6706);
/* harmony import */ var _hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1974);
/* harmony import */ var _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8796);
/* harmony import */ var _link_describe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1067);
/* harmony import */ var _link_grant_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9358);
/* harmony import */ var _upstream_kubernetes_kinds_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(399);
/* harmony import */ var _link_names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8356);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5486);
/* harmony import */ var _token_slots_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2210);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9194);
// Step target-rbac (target account, a layer with a kubernetes provider for the cluster): RBAC for
// the link's subject, a ServiceAccount with a long-lived token (bearer-token) or the aws-auth
// group of ArgoCD's role (iam-role), plus the cluster-scoped kinds of `cluster-resources`.










const ID = "target-rbac";
const CLUSTER_ROLE = {
    "cluster-admin": "cluster-admin",
    admin: "admin",
    edit: "edit",
    view: "view",
};
function rbacGrant({ grant }) {
    if (!grant.rbac.needed)
        throw (0,_types_js__WEBPACK_IMPORTED_MODULE_9__/* .notNeeded */ .t)(ID);
    return grant.rbac;
}
/** The link's RBAC file that only held the extra read of ArgoCD before 2.9, now not needed. */
const staleFile = ({ grant }) => (grant.rbac.needed ? undefined : grant.rbac.stale);
const targetRbacStep = {
    id: ID,
    side: "target",
    needed: (link) => link.grant.rbac.needed || staleFile(link) !== undefined,
    layers: (link) => {
        const stale = staleFile(link);
        return [stale === undefined ? rbacGrant(link).layer.path : stale.slice(0, stale.lastIndexOf("/"))];
    },
    removes: (link) => {
        const stale = staleFile(link);
        return stale === undefined ? [] : [stale];
    },
    files: async (link) => {
        if (staleFile(link) !== undefined)
            return new Map();
        const rbac = rbacGrant(link);
        const path = `${rbac.layer.path}/${link.names.files.rbac}`;
        // Keep the token slots a rotation may have written: rewriting them would replace a token.
        const existing = await link.read(path);
        // A new token records the plan's date, so the first scheduled rotation finds it current.
        const tokens = existing === undefined
            ? { ...FIRST_TOKEN, ...(link.date ? { createdAt: link.date } : {}) }
            : keptTokens(existing, path, link.names.snake);
        const cacheRead = (0,_link_grant_js__WEBPACK_IMPORTED_MODULE_4__/* .extraRead */ .zJ)(link.grant.cache);
        const files = new Map([
            [
                path,
                rbacFile(link.names, link.req, {
                    tokens,
                    accessBindings: rbac.accessBindings,
                    ...(cacheRead ? { cacheRead } : {}),
                }),
            ],
        ]);
        const provider = rbac.layer.addProvider;
        if (provider)
            files.set(kubernetesProviderPath(rbac.layer.path), kubernetesProviderFile(provider, link.req));
        return files;
    },
    summary: (link) => staleFile(link) !== undefined
        ? "remove the extra read of ArgoCD before 2.9"
        : link.req.method === "bearer-token"
            ? "ServiceAccount, token and RBAC for ArgoCD"
            : "RBAC for the ArgoCD aws-auth group",
    why: ({ names, req, grant }) => grant.rbac.needed || grant.rbac.stale === undefined
        ? [...whyGrant(names, req, grant), ...whyCacheRead(names, req, grant.cache), ...whyLayer(grant)]
        : [
            `ArgoCD ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(names.release)} now sets ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("resource.respectRBAC")}, so the extra read this file ` +
                `granted for ArgoCD before 2.9 (the ClusterRole ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(names.cacheReadK8s)} and its bindings) is no ` +
                `longer needed, and nothing else of this link needs RBAC (its access comes from the EKS access ` +
                `entry): the file is removed.`,
        ],
};
/** The extra read of ArgoCD before 2.9, with exactly the kinds that become readable. */
function whyCacheRead(names, req, cache) {
    if (cache.kind === "respect-rbac" && cache.keptRead) {
        return [
            `ArgoCD ${cache.argoCdVersion} reads ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("resource.respectRBAC")}, but its values do not set it yet: the ` +
                `extra read ArgoCD before 2.9 needed (the ClusterRole ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(names.cacheReadK8s)}) stays until the ArgoCD ` +
                `step of this plan, which sets it, is applied. Removing it first would leave ArgoCD with neither, and one ` +
                `refused list would mark the cluster Failed. Run the request again once that step is applied: that plan ` +
                `removes the extra read.`,
        ];
    }
    if (cache.kind === "respect-rbac" && cache.dropsRead) {
        return [
            `ArgoCD ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(names.release)} now sets ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("resource.respectRBAC")} (ArgoCD ${cache.argoCdVersion}): the ` +
                `extra read ArgoCD before 2.9 needed (the ClusterRole ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(names.cacheReadK8s)} and its bindings) is ` +
                `removed; the kinds ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(req.access)} does not read are skipped by ArgoCD from now on.`,
        ];
    }
    if (cache.kind !== "read-all")
        return [];
    const list = (kinds) => kinds.map((k) => (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)((0,_upstream_kubernetes_kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .kindId */ .cu)(k))).join(", ");
    const sensitive = [...cache.namespaced, ...cache.clusterScoped].filter((k) => k.sensitive);
    const where = (0,_link_grant_js__WEBPACK_IMPORTED_MODULE_4__/* .clusterWide */ .MO)(req) ? "in every namespace" : `in ${req.namespaces.map(_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY).join(", ")}`;
    return [
        `ArgoCD ${cache.argoCdVersion} has no ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("resource.respectRBAC")} (ArgoCD 2.9 and later): one list its ` +
            `cluster cache may not make marks the whole cluster Failed. So the ClusterRole ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(names.cacheReadK8s)} ` +
            `also lets it read (${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("get")}, ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("list")}, ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("watch")}), ${where}, the kinds ` +
            `${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(req.access)} does not read: ${list(cache.namespaced)}` +
            (cache.clusterScoped.length > 0
                ? `; and cluster-wide the cluster-scoped kinds ${list(cache.clusterScoped)}` +
                    ((0,_link_grant_js__WEBPACK_IMPORTED_MODULE_4__/* .clusterWide */ .MO)(req) ? "" : ` (ClusterRole ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(names.cacheReadClusterK8s)})`)
                : "") +
            `. Nothing more is writable than ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(req.access)} allows.` +
            (sensitive.length > 0
                ? ` This includes ${list(sensitive)}, accepted by ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("read-beyond-access: true")}.`
                : ""),
        `Kinds from CRDs that add-ons install later are not named here: ArgoCD reads them only if their chart ` +
            `aggregates them into the ClusterRole ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(req.access)}; otherwise that cluster fails until the role ` +
            `names them or the argo-cd chart is ${_link_grant_js__WEBPACK_IMPORTED_MODULE_4__/* .RESPECT_RBAC_CHART */ .tI} or later.`,
        `Once the argo-cd chart is ${_link_grant_js__WEBPACK_IMPORTED_MODULE_4__/* .RESPECT_RBAC_CHART */ .tI} or later, run the request again: the ArgoCD step sets ` +
            `${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("resource.respectRBAC")}; once that is applied, the next run removes this extra read.`,
    ];
}
/** Why the RBAC goes to its layer: layers passed over, versions assumed, a provider added. */
function whyLayer(grant) {
    if (!grant.rbac.needed)
        return [];
    const layer = grant.rbac.layer;
    const added = layer.addProvider;
    return [
        ...(added
            ? [
                `No layer configures a ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("kubernetes")} provider for this cluster, so, as in the original cookbook, ` +
                    `${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(kubernetesProviderPath(layer.path))} adds one to ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(layer.path)}, authenticated with the ` +
                    `${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("aws_eks_cluster")} / ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("aws_eks_cluster_auth")} data sources of the cluster named in ` +
                    `${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(`data.terraform_remote_state.${added.clusterState.name}`)}` +
                    ` (hashicorp/kubernetes ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(added.constraint)}). It is shared by every link in this layer: keep it ` +
                    `while any ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("argocd_link_*.tf")} there remains. Run ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("leverage tf init")} in the layer ` +
                    `before the first apply (new provider).`,
            ]
            : []),
        ...layer.notes,
    ];
}
function whyGrant(names, req, grant) {
    const scoped = req.clusterResources
        ? [
            `${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)("cluster-resources")}: a ClusterRole that names only cluster-scoped kinds (Namespaces, CRDs, ` +
                `ClusterRoles, StorageClasses, webhooks...) ${req.access === "view" ? "to read" : "to manage"}, so the ` +
                `namespaced access stays in ${req.namespaces.map(_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY).join(", ")}.` +
                (req.access === "view"
                    ? ""
                    : " Writing ClusterRoles and their bindings is as strong as cluster-admin."),
        ]
        : [];
    if (grant.method === "bearer-token") {
        return [
            `A ServiceAccount ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(`kube-system/${names.k8sName}`)} with a long-lived token secret, bound to the ` +
                `ClusterRole ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(CLUSTER_ROLE[req.access])} (${(0,_link_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .accessText */ .c)(req)}).`,
            ...scoped,
            `The token is an output of this layer marked sensitive; the ArgoCD layer reads it through remote state, so ` +
                `it is never written into the repository.`,
        ];
    }
    if (grant.cluster.kind === "access-entry") {
        return [`The ArgoCD role's access entry puts it in the group ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(names.k8sGroup)}.`, ...scoped];
    }
    return [
        `The cluster authenticates with aws-auth only, so the ArgoCD role is mapped to the group ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(names.k8sGroup)}; ` +
            `this binds that group to the ClusterRole ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(CLUSTER_ROLE[req.access])} (${(0,_link_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .accessText */ .c)(req)}).`,
        ...scoped,
    ];
}
const FIRST_TOKEN = { a: 0, current: "a" };
/** The slots of an existing file; for a file edited beyond recognition, its first generation in slot a. */
function keptTokens(text, path, snake) {
    const slots = (0,_token_slots_js__WEBPACK_IMPORTED_MODULE_8__/* .readTokenSlots */ .hX)(text, path, snake);
    if (!slots || "problem" in slots)
        return { a: tokenGeneration(text, path)?.value ?? 0, current: "a" };
    const bySlot = (name) => [slots.current, slots.previous].find((s) => s?.slot === name)?.generation;
    return {
        a: bySlot("a"),
        ...(bySlot("b") === undefined ? {} : { b: bySlot("b") }),
        current: slots.current.slot,
        ...(slots.createdAt ? { createdAt: slots.createdAt } : {}),
    };
}
/** The token generation in an RBAC file, with the offsets of its generate_name literal. */
function tokenGeneration(text, path) {
    for (const block of (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .findBlocks */ .yM)((0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .scanHcl */ .J$)(text, path), "resource", "kubernetes_secret_v1")) {
        const metadata = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .findBlocks */ .yM)(block.body, "metadata")[0];
        const attribute = metadata && (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .findAttribute */ .Oh)(metadata, "generate_name");
        const literal = attribute && (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .stringLiteral */ .Hg)(text.slice(attribute.exprStart, attribute.exprEnd));
        const match = literal === undefined ? null : /^(argocd-link-[a-z0-9-]+-g)(\d{1,9})-$/.exec(literal);
        if (!attribute || !match)
            continue;
        return { value: Number(match[2]), prefix: match[1], start: attribute.exprStart, end: attribute.exprEnd };
    }
    return undefined;
}
function clusterScopedGrant(names, req, subject, labels, separated) {
    const read = ["get", "list", "watch"];
    const verbs = req.access === "view" ? read : ["*"];
    // ClusterRoles and their bindings stay read-only: writing them lets the link bind itself
    // cluster-admin (RBAC escalation), far beyond the admin/edit it asked for.
    const verbsFor = (group) => (group === "rbac.authorization.k8s.io" ? read : verbs);
    const name = names.clusterScopedK8s;
    return [
        ...(separated ? [_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ] : []),
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .comment */ .Im)(`cluster-resources: ${req.access === "view" ? "read" : "manage"} cluster-scoped kinds (namespaced access stays in ${req.namespaces.join(", ")}).` +
            (req.access === "view"
                ? ""
                : "\nClusterRoles and ClusterRoleBindings stay read-only: writing them would be as strong as cluster-admin.")),
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("resource", ["kubernetes_cluster_role_v1", names.clusterScopedTf], [
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("metadata", [], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", name), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("labels", labels)]),
            _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
            ..._link_grant_js__WEBPACK_IMPORTED_MODULE_4__/* .CLUSTER_RESOURCES_KINDS */ .f6.map(([group, resources]) => (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("rule", [], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("api_groups", [group]), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("resources", resources), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("verbs", verbsFor(group))])),
        ]),
        _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("resource", ["kubernetes_cluster_role_binding_v1", names.clusterScopedTf], [
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("metadata", [], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", name), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("labels", labels)]),
            _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("role_ref", [], [
                (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("api_group", "rbac.authorization.k8s.io"),
                (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("kind", "ClusterRole"),
                (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`kubernetes_cluster_role_v1.${names.clusterScopedTf}.metadata[0].name`)),
            ]),
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("subject", [], subject),
        ]),
    ];
}
/** Read rules for `kinds`, one per API group in the order the kinds come. */
function readRules(kinds) {
    const byGroup = new Map();
    for (const k of kinds)
        byGroup.set(k.group, [...(byGroup.get(k.group) ?? []), k.resource]);
    return [...byGroup].map(([group, resources]) => (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("rule", [], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("api_groups", [group]), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("resources", resources), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("verbs", ["get", "list", "watch"])]));
}
/**
 * ArgoCD before 2.9 fails the cluster on any refused list: a ClusterRole that reads the kinds its
 * cache lists and the access level does not, bound where the link reaches (per namespace, or
 * cluster-wide); with cluster-resources, a second ClusterRole for the cluster-scoped kinds, bound
 * cluster-wide (a RoleBinding never reaches them, and one ClusterRole bound cluster-wide would open
 * the namespaced kinds of every namespace).
 */
function cacheReadGrant(names, req, subject, labels, cache) {
    const wide = (0,_link_grant_js__WEBPACK_IMPORTED_MODULE_4__/* .clusterWide */ .MO)(req);
    const roleRef = (name) => [
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("api_group", "rbac.authorization.k8s.io"),
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("kind", "ClusterRole"),
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`kubernetes_cluster_role_v1.${name}.metadata[0].name`)),
    ];
    const role = (tf, k8s, kinds) => (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("resource", ["kubernetes_cluster_role_v1", tf], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("metadata", [], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", k8s), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("labels", labels)]), _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ, ...readRules(kinds)]);
    const clusterBinding = (tf, k8s) => (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("resource", ["kubernetes_cluster_role_binding_v1", tf], [
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("metadata", [], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", k8s), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("labels", labels)]),
        _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("role_ref", [], roleRef(tf)),
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("subject", [], subject),
    ]);
    const items = [
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .comment */ .Im)(`ArgoCD ${cache.argoCdVersion} has no resource.respectRBAC: one list its cache may not make fails the
` +
            `whole cluster. Read-only: the kinds it lists ${wide ? "cluster-wide" : "in these namespaces"} that "${req.access}" does not read.`),
        role(names.cacheReadTf, names.cacheReadK8s, wide ? [...cache.namespaced, ...cache.clusterScoped] : cache.namespaced),
        _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
    ];
    if (wide) {
        items.push(clusterBinding(names.cacheReadTf, names.cacheReadK8s));
        return items;
    }
    items.push((0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("resource", ["kubernetes_role_binding_v1", names.cacheReadTf], [
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("for_each", (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`toset(${(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .renderValue */ .AI)(req.namespaces, "  ")})`)),
        _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("metadata", [], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", names.cacheReadK8s), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("namespace", (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)("each.key")), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("labels", labels)]),
        _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("role_ref", [], roleRef(names.cacheReadTf)),
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("subject", [], subject),
    ]));
    if (cache.clusterScoped.length > 0) {
        items.push(_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ, (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .comment */ .Im)("The cluster-scoped kinds the cache lists with cluster-resources, read-only."), role(names.cacheReadClusterTf, names.cacheReadClusterK8s, cache.clusterScoped), _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ, clusterBinding(names.cacheReadClusterTf, names.cacheReadClusterK8s));
    }
    return items;
}
/**
 * Target account, a layer with a kubernetes provider for the cluster: RBAC bindings for the link's
 * subject (a ServiceAccount with a token for bearer-token, the aws-auth group for iam-role).
 */
function rbacFile(names, req, options) {
    const tokens = options.tokens;
    const bearer = req.method === "bearer-token";
    const saNamespace = "kube-system";
    const subject = bearer
        ? [
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("kind", "ServiceAccount"),
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`kubernetes_service_account_v1.argocd_link_${names.snake}.metadata[0].name`)),
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("namespace", saNamespace),
        ]
        : [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("api_group", "rbac.authorization.k8s.io"), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("kind", "Group"), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", names.k8sGroup)];
    const roleRef = [
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("api_group", "rbac.authorization.k8s.io"),
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("kind", "ClusterRole"),
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", CLUSTER_ROLE[req.access]),
    ];
    const labels = { "app.kubernetes.io/managed-by": "terraform", "argocd-cluster-link/link": names.id };
    const items = [
        ...(0,_shared_js__WEBPACK_IMPORTED_MODULE_7__/* .header */ .wx)([
            ...(0,_shared_js__WEBPACK_IMPORTED_MODULE_7__/* .linkMarker */ .TE)(names, req),
            bearer
                ? `ServiceAccount, long-lived token and RBAC for ArgoCD "${names.release}" (account ${req.sourceAccount}).`
                : `RBAC for the group ${names.k8sGroup} of ArgoCD "${names.release}" (account ${req.sourceAccount}).`,
            options.accessBindings
                ? `Access: ClusterRole "${CLUSTER_ROLE[req.access]}" ${(0,_link_grant_js__WEBPACK_IMPORTED_MODULE_4__/* .clusterWide */ .MO)(req) ? "cluster-wide" : `in ${req.namespaces.join(", ")}`}.`
                : `Access in ${req.namespaces.join(", ")} comes from the EKS access entry; this grants the cluster-scoped kinds.`,
            ...(options.cacheRead
                ? [
                    `ArgoCD ${options.cacheRead.argoCdVersion} (no resource.respectRBAC): also reads every kind its cache lists in scope.`,
                ]
                : []),
            ...(bearer && tokens.createdAt ? [(0,_token_slots_js__WEBPACK_IMPORTED_MODULE_8__/* .createdLine */ .Xt)(tokens.createdAt)] : []),
        ]),
    ];
    if (bearer) {
        items.push((0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("resource", ["kubernetes_service_account_v1", `argocd_link_${names.snake}`], [
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("metadata", [], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", names.k8sName), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("namespace", saNamespace), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("labels", labels)]),
        ]), _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ, (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .comment */ .Im)("The token does not expire. Two slots (a, and b after the first rotation) keep two generations\n" +
            "(-g<N>-); the output reads the newest. A rotation (argocd-cluster-link's scheduled run) gives the\n" +
            "other slot generation N+1: applying this layer creates it and deletes N-1 but keeps N, which ArgoCD\n" +
            "uses until its layer is applied and reads N+1."), tokenSecret(names, "a", tokens.a, labels, saNamespace), ...(tokens.b === undefined ? [] : [_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ, tokenSecret(names, "b", tokens.b, labels, saNamespace)]), _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ);
    }
    if (!options.accessBindings) {
        // Nothing namespaced to bind here.
    }
    else if ((0,_link_grant_js__WEBPACK_IMPORTED_MODULE_4__/* .clusterWide */ .MO)(req)) {
        items.push((0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("resource", ["kubernetes_cluster_role_binding_v1", `argocd_link_${names.snake}`], [
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("metadata", [], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", names.k8sName), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("labels", labels)]),
            _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("role_ref", [], roleRef),
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("subject", [], subject),
        ]));
    }
    else {
        items.push((0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .comment */ .Im)("The namespaces must exist: ArgoCD gets no right to create them."), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("resource", ["kubernetes_role_binding_v1", `argocd_link_${names.snake}`], [
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("for_each", (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`toset(${(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .renderValue */ .AI)(req.namespaces, "  ")})`)),
            _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("metadata", [], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", names.k8sName), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("namespace", (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)("each.key")), (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("labels", labels)]),
            _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("role_ref", [], roleRef),
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("subject", [], subject),
        ]));
    }
    if (req.clusterResources)
        items.push(...clusterScopedGrant(names, req, subject, labels, options.accessBindings));
    if (options.cacheRead) {
        if (items[items.length - 1] !== _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ)
            items.push(_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ);
        items.push(...cacheReadGrant(names, req, subject, labels, options.cacheRead));
    }
    if (bearer) {
        items.push(_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ, (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("output", [names.tokenOutput], [
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("description", `Bearer token of ArgoCD ${names.release} for this cluster (read by its layer through remote state)`),
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("value", (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`kubernetes_secret_v1.${(0,_token_slots_js__WEBPACK_IMPORTED_MODULE_8__/* .slotResource */ .DX)(names.snake, tokens.current)}.data.token`)),
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("sensitive", true),
        ]));
    }
    return (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .renderFile */ .VB)(items);
}
/**
 * generate_name of the token secret: changing it (the provider replaces the secret for a new
 * generate_name) is how a token is rotated, with any Terraform version and no extra provider.
 */
function tokenSecretPrefix(names, generation) {
    return `${names.k8sName}-g${generation}-`;
}
/** The file holding a kubernetes provider the link adds to a layer (shared by the layer's links). */
function kubernetesProviderPath(layer) {
    return `${layer}/argocd_layer__kubernetes_provider.tf`;
}
/**
 * Target account, the identities layer: a kubernetes provider for the cluster, authenticated with
 * the cluster's endpoint, CA and a token from the AWS provider, as the original cookbook does.
 */
function kubernetesProviderFile(provider, req) {
    const state = provider.clusterState;
    const clusterName = (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`data.terraform_remote_state.${state.name}.outputs.${provider.clusterNameOutput}`);
    const eksCluster = provider.eksClusterData ?? "cluster";
    const eksAuth = provider.eksAuthData ?? "cluster";
    return (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .renderFile */ .VB)([
        ...(0,_shared_js__WEBPACK_IMPORTED_MODULE_7__/* .header */ .wx)([
            `${_link_names_js__WEBPACK_IMPORTED_MODULE_6__/* .MARKER */ .tl}: kubernetes provider for ${req.targetCluster}, for the RBAC of the ArgoCD links in this layer.`,
            "Shared by every argocd_link_*.tf here: keep it while any of them remains.",
            'A new provider: run "leverage tf init" in this layer before the first apply.',
        ]),
        ...(provider.declaresKubernetes
            ? []
            : [
                (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("terraform", [], [
                    (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("required_providers", [], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("kubernetes", { source: "hashicorp/kubernetes", version: provider.constraint })]),
                ]),
                _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
            ]),
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("provider", ["kubernetes"], [
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("host", (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`data.aws_eks_cluster.${eksCluster}.endpoint`)),
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("cluster_ca_certificate", (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`base64decode(data.aws_eks_cluster.${eksCluster}.certificate_authority[0].data)`)),
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("token", (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`data.aws_eks_cluster_auth.${eksAuth}.token`)),
        ]),
        ...(provider.eksClusterData
            ? []
            : [_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ, (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("data", ["aws_eks_cluster", eksCluster], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", clusterName)])]),
        ...(provider.eksAuthData
            ? []
            : [_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ, (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("data", ["aws_eks_cluster_auth", eksAuth], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("name", clusterName)])]),
        ...(state.create
            ? [
                _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
                (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("data", ["terraform_remote_state", state.name], [
                    (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("backend", "s3"),
                    (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("config", {
                        region: (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(state.create.regionExpr),
                        profile: (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)("var.profile"),
                        bucket: (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)("var.bucket"),
                        key: state.create.key,
                    }),
                ]),
            ]
            : []),
    ]);
}
/** One token slot's Secret (see token-slots.ts). */
function tokenSecret(names, slot, generation, labels, saNamespace) {
    return (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("resource", ["kubernetes_secret_v1", (0,_token_slots_js__WEBPACK_IMPORTED_MODULE_8__/* .slotResource */ .DX)(names.snake, slot)], [
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("metadata", [], [
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("generate_name", tokenSecretPrefix(names, generation)),
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("namespace", saNamespace),
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("labels", labels),
            (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("annotations", {
                "kubernetes.io/service-account.name": (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`kubernetes_service_account_v1.argocd_link_${names.snake}.metadata[0].name`),
            }),
        ]),
        _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("type", "kubernetes.io/service-account-token"),
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("wait_for_service_account_token", true),
        _hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .blank */ .hQ,
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .comment */ .Im)("A new token exists before the old one is deleted."),
        (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .block */ .om)("lifecycle", [], [(0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_2__/* .attr */ .CF)("create_before_destroy", true)]),
    ]);
}


/***/ }),

/***/ 2210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DX: () => (/* binding */ slotResource),
/* harmony export */   F_: () => (/* binding */ rotateTokenFile),
/* harmony export */   Xt: () => (/* binding */ createdLine),
/* harmony export */   hX: () => (/* binding */ readTokenSlots)
/* harmony export */ });
/* unused harmony export CREATED_LINE */
/* harmony import */ var _hcl_scan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1974);
/* harmony import */ var _hcl_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8796);
// The token Secrets of a bearer-token link, in the target's RBAC file. A link keeps up to two
// slots: `kubernetes_secret_v1.argocd_link_<snake>` (slot a, the only one of a link made or
// last edited before two slots) and `..._b` (slot b). Each slot's generate_name carries a
// generation (`argocd-link-<name>-g<N>-`); the token output reads the slot with the highest one.
// A rotation gives the OTHER slot generation N+1 and points the output at it: applying the target
// layer creates N+1 and deletes N-1, and keeps N (the token ArgoCD holds) until the next rotation,
// so ArgoCD's token stays valid until its layer is applied and reads N+1.
//
// Reading and rotating are byte-preserving: only the generate_name of the rotated slot, the
// output's value and the header's `token-created:` line change (a single-slot file also gets slot
// b, a copy of slot a). The result equals what `rbacFile` renders for the same slots, so replanning
// the link afterwards changes nothing.


/** The resource name of a slot's Secret. */
function slotResource(snake, slot) {
    return slot === "a" ? `argocd_link_${snake}` : `argocd_link_${snake}_b`;
}
const CREATED_LINE = /^# token-created: (\S+)$/m;
/** The header line that records when the current token was created (UTC, to the second). */
function createdLine(at) {
    return `token-created: ${at.toISOString().replace(/\.\d{3}Z$/, "Z")}`;
}
/**
 * The token slots of a link's RBAC file: `undefined` when the file has no token Secret (not a
 * bearer-token link), `{ problem }` when it has but its shape was edited beyond what a rotation
 * can change safely (the problem says what is off).
 */
function readTokenSlots(text, path, snake) {
    const items = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .scanHcl */ .J$)(text, path);
    const secrets = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .findBlocks */ .yM)(items, "resource", "kubernetes_secret_v1");
    if (secrets.length === 0)
        return undefined;
    const slots = [];
    for (const block of secrets) {
        const name = block.labels[1];
        const slot = name === slotResource(snake, "a") ? "a" : name === slotResource(snake, "b") ? "b" : undefined;
        if (!slot)
            return { problem: `the token Secret ${name} is not one of this link's two slots` };
        const metadata = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .findBlocks */ .yM)(block.body, "metadata")[0];
        const attribute = metadata && (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .findAttribute */ .Oh)(metadata, "generate_name");
        const literal = attribute && (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .stringLiteral */ .Hg)(text.slice(attribute.exprStart, attribute.exprEnd));
        const match = literal === undefined ? null : /^(argocd-link-[a-z0-9-]+-g)(\d{1,9})-$/.exec(literal);
        if (!attribute || !match) {
            return { problem: `the token Secret ${name} has no generate_name "argocd-link-<name>-g<N>-"` };
        }
        slots.push({
            slot,
            generation: Number(match[2]),
            prefix: match[1],
            block,
            start: attribute.exprStart,
            end: attribute.exprEnd,
        });
    }
    if (!slots.some((s) => s.slot === "a"))
        return { problem: `slot a (${slotResource(snake, "a")}) is missing` };
    const [first, second] = slots;
    if (second && second.slot === first.slot)
        return { problem: `the token Secret ${first.block.labels[1]} is defined twice` };
    if (second && (second.generation === first.generation || second.prefix !== first.prefix)) {
        return { problem: "the two token Secrets do not hold two generations of the same name" };
    }
    const newest = second && second.generation > first.generation ? second : first;
    const outputRef = tokenOutputSlot(text, items, snake);
    if (outputRef === undefined) {
        return { problem: "no output reads a token Secret's data.token" };
    }
    if (outputRef !== newest.slot) {
        return {
            problem: `the token output reads slot ${outputRef}, not the newest generation (${newest.generation})`,
        };
    }
    const created = CREATED_LINE.exec(text)?.[1];
    const createdAt = created === undefined ? undefined : new Date(created);
    if (createdAt && Number.isNaN(createdAt.getTime())) {
        return { problem: `the header's token-created date ${JSON.stringify(created)} is not a date` };
    }
    const previous = slots.find((s) => s !== newest);
    return { current: newest, ...(previous ? { previous } : {}), ...(createdAt ? { createdAt } : {}) };
}
/** Which slot the token output reads, from `value = kubernetes_secret_v1.<slot>.data.token`. */
function tokenOutputSlot(text, items, snake) {
    const output = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .findBlocks */ .yM)(items, "output", `argocd_link_${snake}_bearer_token`)[0];
    const value = output && (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .findAttribute */ .Oh)(output, "value");
    if (!value)
        return undefined;
    const expr = text.slice(value.exprStart, value.exprEnd).trim();
    if (expr === `kubernetes_secret_v1.${slotResource(snake, "a")}.data.token`)
        return "a";
    if (expr === `kubernetes_secret_v1.${slotResource(snake, "b")}.data.token`)
        return "b";
    return undefined;
}
/**
 * The file with the next token generation in the other slot, the output reading it and the
 * header's `token-created:` set to `now`. `slots` must come from readTokenSlots on `text`.
 */
function rotateTokenFile(text, path, snake, slots, now) {
    const generation = slots.current.generation + 1;
    const literal = (0,_hcl_write_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`${slots.current.prefix}${generation}-`);
    const edits = [];
    if (slots.previous) {
        edits.push({ start: slots.previous.start, end: slots.previous.end, text: literal });
    }
    else {
        // Slot b does not exist yet: a copy of slot a, right after it, with the new generation.
        const a = slots.current.block;
        const copy = text
            .slice(a.start, slots.current.start)
            .replace(`"${slotResource(snake, "a")}"`, `"${slotResource(snake, "b")}"`) +
            literal +
            text.slice(slots.current.end, a.end);
        edits.push({ start: a.end, end: a.end, text: `\n\n${copy}` });
    }
    const target = slots.previous ? slots.previous.slot : "b";
    const items = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .scanHcl */ .J$)(text, path);
    const value = (0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .findAttribute */ .Oh)((0,_hcl_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .findBlocks */ .yM)(items, "output", `argocd_link_${snake}_bearer_token`)[0], "value");
    edits.push({
        start: value.exprStart,
        end: value.exprEnd,
        text: `kubernetes_secret_v1.${slotResource(snake, target)}.data.token`,
    });
    const line = `# ${createdLine(now)}`;
    const existing = CREATED_LINE.exec(text);
    if (existing) {
        edits.push({ start: existing.index, end: existing.index + existing[0].length, text: line });
    }
    else {
        // At the end of the leading comment block (the header).
        const headerEnd = /^(?:#[^\n]*\n)*/.exec(text)[0].length;
        edits.push({ start: headerEnd, end: headerEnd, text: `${line}\n` });
    }
    let content = text;
    for (const edit of edits.sort((x, y) => y.start - x.start)) {
        content = content.slice(0, edit.start) + edit.text + content.slice(edit.end);
    }
    return { content, generation };
}


/***/ }),

/***/ 9194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ notNeeded)
/* harmony export */ });
// The interface every step kind implements. A step is one pull request: the files of one account's
// layers, applied before the next step of the link.
/** Thrown when the planner calls a step the link does not need: a bug, not a user error. */
function notNeeded(id) {
    return new Error(`step ${id} was planned although the link does not need it`);
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


/***/ }),

/***/ 7583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ podTemplateChecksums),
/* harmony export */   B7: () => (/* binding */ podAnnotationValuesKeys),
/* harmony export */   H8: () => (/* binding */ ARGO_CD_COMPONENTS),
/* harmony export */   O$: () => (/* binding */ firstChartWithAppVersion),
/* harmony export */   cO: () => (/* binding */ argoCdAppVersion),
/* harmony export */   uN: () => (/* binding */ chartServiceAccountName)
/* harmony export */ });
/* unused harmony exports ARGO_HELM_REPOSITORY, ARGO_CD_CHART_PATH, NEWEST_CHART_VERSION_READ, BEHAVIOURS_READ_FROM, ARGO_CD_APP_VERSIONS, COMPONENT_NAME_DEFAULTS, SERVICE_ACCOUNT_NAME_DEFAULTS, chartServiceAccountNameDefault, POD_ANNOTATION_KEYS, POD_TEMPLATE_CHECKSUMS, ARGOCD_CM_VALUES_KEYS, argocdCmValuesKeys, serviceAccountAnnotationsValuesKey, APPLICATIONSET_ENABLED_KEY, applicationSetEnabledKey, isKnownChartVersion */
/* harmony import */ var _core_versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4506);
// Facts about the argo-helm `argo-cd` chart, read from github.com/argoproj/argo-helm at the tags
// `argo-cd-<version>` (charts/argo-cd/Chart.yaml, values.yaml, templates/_common.tpl,
// templates/_helpers.tpl and the controller / server / applicationset pod templates). Every tag
// from argo-cd-3.0.0 to argo-cd-10.1.1 (commit af0a9310bacbaa4636018dfe22c801a6d33a5c43,
// 2026-07-02) was read. Facts and lookups only: what to do with them is decided elsewhere.

const ARGO_HELM_REPOSITORY = "argoproj/argo-helm";
const ARGO_CD_CHART_PATH = "charts/argo-cd";
/** The newest chart version read; a newer one is unknown here, not assumed to behave like it. */
const NEWEST_CHART_VERSION_READ = "10.1.1";
/** Behaviours below were compared on every chart version from this one to the newest read. */
const BEHAVIOURS_READ_FROM = "4.0.0";
/**
 * ArgoCD version (Chart.yaml `appVersion`, verbatim: the oldest lack the `v`) -> every chart
 * version that ships it. Source: charts/argo-cd/Chart.yaml at tag argo-cd-<chart version>.
 */
const ARGO_CD_APP_VERSIONS = {
    "2.0.0": ["3.0.0", "3.1.0", "3.1.1", "3.1.2", "3.2.0", "3.2.1", "3.2.2", "3.2.3", "3.2.4"],
    "2.0.1": [
        "3.2.5",
        "3.3.0",
        "3.3.1",
        "3.3.2",
        "3.3.3",
        "3.3.4",
        "3.3.5",
        "3.4.0",
        "3.4.1",
        "3.5.0",
        "3.6.0",
        "3.6.1",
        "3.6.2",
    ],
    "2.0.3": ["3.6.3", "3.6.4", "3.6.5", "3.6.6", "3.6.7", "3.6.8", "3.6.9", "3.6.10"],
    "2.0.4": ["3.6.11", "3.7.0", "3.7.1", "3.7.2", "3.8.0", "3.8.1", "3.8.2", "3.9.0", "3.10.0"],
    "2.0.5": [
        "3.10.1",
        "3.10.2",
        "3.11.0",
        "3.11.1",
        "3.11.2",
        "3.11.3",
        "3.11.4",
        "3.11.5",
        "3.12.0",
        "3.12.1",
    ],
    "2.1.0": ["3.13.0", "3.13.1", "3.13.2", "3.14.0", "3.15.0", "3.16.0", "3.17.0", "3.17.1"],
    "2.1.1": ["3.17.2", "3.17.3", "3.17.4", "3.17.5"],
    "2.1.2": [
        "3.17.6",
        "3.17.7",
        "3.18.0",
        "3.19.0",
        "3.20.0",
        "3.21.0",
        "3.21.1",
        "3.22.0",
        "3.22.1",
        "3.23.0",
    ],
    "2.1.3": ["3.23.1", "3.24.0", "3.25.0", "3.25.1", "3.25.2", "3.25.3", "3.26.0"],
    "2.1.4": ["3.26.1", "3.26.2"],
    "v2.1.5": ["3.26.3"],
    "v2.1.6": ["3.26.4", "3.26.5", "3.26.6", "3.26.7", "3.26.8", "3.26.9"],
    "v2.1.7": ["3.26.10", "3.26.11", "3.26.12", "3.27.0", "3.27.1", "3.28.0", "3.28.1"],
    "v2.2.0": ["3.29.0"],
    "v2.2.1": ["3.29.1", "3.29.2", "3.29.3", "3.29.4"],
    "v2.2.2": ["3.29.5", "3.30.0", "3.30.1", "3.31.0", "3.31.1"],
    "v2.2.3": ["3.32.0", "3.32.1", "3.33.0", "3.33.1", "3.33.2"],
    "v2.2.4": ["3.33.3"],
    "v2.2.5": [
        "3.33.4",
        "3.33.5",
        "3.33.6",
        "3.33.7",
        "3.33.8",
        "3.34.0",
        "3.35.0",
        "3.35.1",
        "3.35.2",
        "3.35.3",
        "3.35.4",
    ],
    "v2.3.1": ["4.0.0", "4.0.1", "4.1.0", "4.2.0", "4.2.1"],
    "v2.3.2": ["4.2.2", "4.2.3", "4.2.4", "4.3.0"],
    "v2.3.3": [
        "4.3.1",
        "4.3.2",
        "4.4.0",
        "4.4.1",
        "4.5.0",
        "4.5.1",
        "4.5.2",
        "4.5.3",
        "4.5.4",
        "4.5.5",
        "4.5.6",
        "4.5.7",
        "4.5.8",
        "4.5.9",
        "4.5.10",
        "4.5.11",
        "4.5.12",
        "4.6.0",
        "4.6.1",
    ],
    "v2.3.4": ["4.6.2", "4.6.3", "4.6.4", "4.6.5", "4.7.0", "4.8.0", "4.8.1", "4.8.2", "4.8.3"],
    "v2.4.0": ["4.9.0", "4.9.1", "4.9.2", "4.9.3", "4.9.4"],
    "v2.4.2": ["4.9.5", "4.9.6", "4.9.7", "4.9.8"],
    "v2.4.3": ["4.9.9", "4.9.10", "4.9.11"],
    "v2.4.4": ["4.9.12"],
    "v2.4.6": ["4.9.13", "4.9.14"],
    "v2.4.7": ["4.9.15", "4.9.16", "4.10.0", "4.10.1", "4.10.2", "4.10.3"],
    "v2.4.8": ["4.10.4", "4.10.5"],
    "v2.4.9": ["4.10.6"],
    "v2.4.10": ["4.10.7", "4.10.8"],
    "v2.4.11": [
        "4.10.9",
        "5.0.0",
        "5.1.0",
        "5.2.0",
        "5.2.1",
        "5.2.2",
        "5.3.0",
        "5.3.1",
        "5.3.2",
        "5.3.3",
        "5.3.4",
        "5.3.5",
        "5.3.6",
        "5.4.0",
        "5.4.1",
        "5.4.2",
        "5.4.3",
    ],
    "v2.4.12": [
        "5.4.4",
        "5.4.5",
        "5.4.6",
        "5.4.7",
        "5.4.8",
        "5.5.0",
        "5.5.1",
        "5.5.2",
        "5.5.3",
        "5.5.4",
        "5.5.5",
        "5.5.6",
        "5.5.7",
    ],
    "v2.4.13": ["5.5.8", "5.5.9"],
    "v2.4.14": [
        "5.5.10",
        "5.5.11",
        "5.5.12",
        "5.5.13",
        "5.5.14",
        "5.5.15",
        "5.5.16",
        "5.5.17",
        "5.5.18",
        "5.5.19",
        "5.5.20",
        "5.5.21",
        "5.5.22",
        "5.5.23",
        "5.5.24",
        "5.5.25",
        "5.6.0",
    ],
    "v2.4.15": ["5.6.1", "5.6.2", "5.6.3", "5.6.4", "5.6.5", "5.6.6", "5.6.7", "5.6.8", "5.7.0"],
    "v2.5.0": [
        "5.8.0",
        "5.8.1",
        "5.8.2",
        "5.8.3",
        "5.8.4",
        "5.8.5",
        "5.8.6",
        "5.8.7",
        "5.9.0",
        "5.9.1",
        "5.10.0",
        "5.11.0",
        "5.12.0",
        "5.12.1",
        "5.12.2",
        "5.12.3",
        "5.13.0",
    ],
    "v2.5.1": ["5.13.1", "5.13.2", "5.13.3", "5.13.4", "5.13.5"],
    "v2.5.2": ["5.13.6", "5.13.7", "5.13.8", "5.13.9", "5.14.0", "5.14.1", "5.14.2"],
    "v2.5.3": ["5.14.3", "5.15.0", "5.15.1", "5.15.2", "5.16.0", "5.16.1"],
    "v2.5.4": ["5.16.2", "5.16.3", "5.16.4", "5.16.5", "5.16.6"],
    "v2.5.5": [
        "5.16.7",
        "5.16.8",
        "5.16.9",
        "5.16.10",
        "5.16.11",
        "5.16.12",
        "5.16.13",
        "5.16.14",
        "5.16.15",
        "5.17.0",
    ],
    "v2.5.6": ["5.17.1"],
    "v2.5.7": [
        "5.17.2",
        "5.17.4",
        "5.18.0",
        "5.18.1",
        "5.19.0",
        "5.19.1",
        "5.19.2",
        "5.19.3",
        "5.19.4",
        "5.19.5",
        "5.19.6",
    ],
    "v2.5.8": ["5.19.7", "5.19.8", "5.19.9", "5.19.10"],
    "v2.5.9": ["5.19.11", "5.19.12", "5.19.13"],
    "v2.5.10": ["5.19.14", "5.19.15"],
    "v2.6.0": ["5.20.0", "5.20.1", "5.20.2"],
    "v2.6.1": ["5.20.3", "5.20.4", "5.20.5", "5.21.0"],
    "v2.6.2": ["5.21.1", "5.22.0", "5.22.1", "5.23.0", "5.23.1", "5.23.2"],
    "v2.6.3": ["5.23.3", "5.23.4", "5.23.5", "5.24.0", "5.24.1"],
    "v2.6.4": ["5.24.2", "5.24.3", "5.24.4", "5.25.0", "5.26.0"],
    "v2.6.5": ["5.26.1", "5.26.2", "5.26.3", "5.27.0"],
    "v2.6.6": ["5.27.1"],
    "v2.6.7": ["5.27.2", "5.27.3", "5.27.4", "5.27.5", "5.28.0", "5.28.1", "5.28.2", "5.29.0", "5.29.1"],
    "v2.7.0": ["5.30.0", "5.30.1", "5.31.0"],
    "v2.7.1": ["5.31.1", "5.32.0", "5.32.1", "5.32.2", "5.33.0", "5.33.1"],
    "v2.7.2": ["5.33.2", "5.33.3", "5.33.4", "5.34.0", "5.34.1", "5.34.2", "5.34.3", "5.34.4"],
    "v2.7.3": ["5.34.5", "5.34.6", "5.35.0"],
    "v2.7.4": ["5.35.1", "5.36.0", "5.36.1"],
    "v2.7.5": ["5.36.2", "5.36.3", "5.36.4"],
    "v2.7.6": [
        "5.36.5",
        "5.36.6",
        "5.36.7",
        "5.36.9",
        "5.36.10",
        "5.36.11",
        "5.36.12",
        "5.36.13",
        "5.36.14",
        "5.36.15",
        "5.37.0",
    ],
    "v2.7.7": ["5.37.1", "5.38.0", "5.38.1", "5.39.0", "5.39.1", "5.40.0", "5.41.0"],
    "v2.7.8": ["5.41.1"],
    "v2.7.9": ["5.41.2", "5.42.0"],
    "v2.7.10": ["5.42.1", "5.42.2"],
    "v2.7.11": ["5.42.3"],
    "v2.8.0": ["5.43.0", "5.43.1", "5.43.2", "5.43.3", "5.43.4"],
    "v2.8.1": ["5.43.5"],
    "v2.8.2": ["5.43.6", "5.43.7", "5.43.8", "5.44.0", "5.45.0", "5.45.1", "5.45.2"],
    "v2.8.3": ["5.45.3", "5.45.4", "5.45.5", "5.46.0", "5.46.1", "5.46.2"],
    "v2.8.4": ["5.46.3", "5.46.4", "5.46.5", "5.46.6", "5.46.7", "5.46.8", "5.47.0"],
    "v2.8.5": ["5.48.0", "5.48.1", "5.49.0"],
    "v2.8.6": ["5.50.0", "5.50.1"],
    "v2.9.0": ["5.51.0", "5.51.1"],
    "v2.9.1": ["5.51.2", "5.51.3"],
    "v2.9.2": ["5.51.4", "5.51.5"],
    "v2.9.3": ["5.51.6", "5.52.0", "5.52.1", "5.52.2", "5.53.0"],
    "v2.9.4": ["5.53.1"],
    "v2.9.5": [
        "5.53.2",
        "5.53.3",
        "5.53.4",
        "5.53.5",
        "5.53.6",
        "5.53.7",
        "5.53.8",
        "5.53.9",
        "5.53.10",
        "5.53.11",
        "5.53.12",
    ],
    "v2.9.6": ["5.53.13", "5.53.14", "5.54.0"],
    "v2.10.0": [
        "5.55.0",
        "6.0.0",
        "6.0.1",
        "6.0.2",
        "6.0.3",
        "6.0.4",
        "6.0.5",
        "6.0.6",
        "6.0.7",
        "6.0.8",
        "6.0.9",
        "6.0.10",
        "6.0.11",
        "6.0.12",
        "6.0.13",
    ],
    "v2.10.1": [
        "6.0.14",
        "6.1.0",
        "6.2.0",
        "6.2.1",
        "6.2.2",
        "6.2.3",
        "6.2.4",
        "6.2.5",
        "6.3.0",
        "6.3.1",
        "6.4.0",
        "6.4.1",
        "6.5.0",
    ],
    "v2.10.2": ["6.5.1", "6.6.0", "6.7.0", "6.7.1"],
    "v2.10.3": ["6.7.2"],
    "v2.10.4": ["6.7.3"],
    "v2.10.5": ["6.7.4", "6.7.5", "6.7.6", "6.7.7", "6.7.8", "6.7.9"],
    "v2.10.6": ["6.7.10", "6.7.11"],
    "v2.10.7": ["6.7.12", "6.7.13", "6.7.14", "6.7.15"],
    "v2.10.8": ["6.7.16", "6.7.17"],
    "v2.10.9": ["6.7.18"],
    "v2.11.0": ["6.8.0", "6.8.1", "6.9.0", "6.9.1", "6.9.2", "6.9.3"],
    "v2.11.1": ["6.10.0", "6.10.1", "6.10.2", "6.11.0"],
    "v2.11.2": ["6.11.1", "7.0.0", "7.1.0", "7.1.1"],
    "v2.11.3": ["7.1.2", "7.1.3", "7.1.4", "7.1.5", "7.2.0", "7.2.1", "7.3.0", "7.3.1", "7.3.2", "7.3.3"],
    "v2.11.4": ["7.3.4", "7.3.5", "7.3.6"],
    "v2.11.5": ["7.3.7", "7.3.8", "7.3.9"],
    "v2.11.6": ["7.3.10"],
    "v2.11.7": ["7.3.11"],
    "v2.12.0": ["7.4.0", "7.4.1", "7.4.2", "7.4.3"],
    "v2.12.1": ["7.4.4"],
    "v2.12.2": ["7.4.5", "7.4.6"],
    "v2.12.3": ["7.4.7", "7.5.0", "7.5.1", "7.5.2", "7.6.0", "7.6.1", "7.6.2", "7.6.3", "7.6.4"],
    "v2.12.4": ["7.6.5", "7.6.6", "7.6.7", "7.6.8", "7.6.9", "7.6.10"],
    "v2.12.5": ["7.6.11"],
    "v2.12.6": ["7.6.12"],
    "v2.13.0": ["7.7.0", "7.7.1", "7.7.2", "7.7.3"],
    "v2.13.1": ["7.7.4", "7.7.5", "7.7.6", "7.7.7", "7.7.8", "7.7.9"],
    "v2.13.2": ["7.7.10", "7.7.11", "7.7.12"],
    "v2.13.3": ["7.7.13", "7.7.14", "7.7.15", "7.7.16", "7.7.17", "7.7.18", "7.7.19", "7.7.20", "7.7.21"],
    "v2.13.4": ["7.7.22", "7.7.23"],
    "v2.14.1": ["7.8.0"],
    "v2.14.2": ["7.8.1", "7.8.2", "7.8.3", "7.8.4", "7.8.5"],
    "v2.14.3": ["7.8.6", "7.8.7"],
    "v2.14.4": ["7.8.8", "7.8.9"],
    "v2.14.5": ["7.8.10", "7.8.11"],
    "v2.14.6": ["7.8.12"],
    "v2.14.7": ["7.8.13"],
    "v2.14.8": ["7.8.14", "7.8.15", "7.8.16", "7.8.17", "7.8.18", "7.8.19", "7.8.20", "7.8.21"],
    "v2.14.9": ["7.8.22", "7.8.23", "7.8.24"],
    "v2.14.10": ["7.8.25", "7.8.26", "7.8.27"],
    "v2.14.11": ["7.8.28", "7.9.0", "7.9.1"],
    "v3.0.0": ["8.0.0", "8.0.1"],
    "v3.0.1": ["8.0.2", "8.0.3", "8.0.4"],
    "v3.0.2": ["8.0.5", "8.0.6"],
    "v3.0.3": ["8.0.7", "8.0.8", "8.0.9", "8.0.10"],
    "v3.0.4": ["8.0.11", "8.0.12"],
    "v3.0.5": ["8.0.13", "8.0.14", "8.0.15", "8.0.16"],
    "v3.0.6": ["8.0.17", "8.1.0", "8.1.1", "8.1.2"],
    "v3.0.11": ["8.1.3", "8.1.4", "8.2.0", "8.2.1"],
    "v3.0.12": ["8.2.2", "8.2.3", "8.2.4", "8.2.5", "8.2.6", "8.2.7"],
    "v3.1.0": ["8.3.0"],
    "v3.1.1": ["8.3.1", "8.3.2", "8.3.3"],
    "v3.1.3": ["8.3.4"],
    "v3.1.4": ["8.3.5"],
    "v3.1.5": ["8.3.6", "8.3.7", "8.3.8", "8.3.9", "8.4.0", "8.4.1", "8.5.0", "8.5.1"],
    "v3.1.6": ["8.5.2", "8.5.3", "8.5.4"],
    "v3.1.7": ["8.5.5", "8.5.6", "8.5.7"],
    "v3.1.8": ["8.5.8", "8.5.9", "8.5.10", "8.6.0", "8.6.1", "8.6.2", "8.6.3", "8.6.4", "9.0.0"],
    "v3.1.9": ["9.0.1", "9.0.2", "9.0.3", "9.0.4", "9.0.5", "9.0.6"],
    "v3.2.0": ["9.1.0", "9.1.1", "9.1.2", "9.1.3", "9.1.4"],
    "v3.2.1": ["9.1.5", "9.1.6", "9.1.7", "9.1.8"],
    "v3.2.2": ["9.1.9", "9.1.10", "9.2.0"],
    "v3.2.3": ["9.2.1", "9.2.2", "9.2.3", "9.2.4", "9.3.0"],
    "v3.2.4": ["9.3.1", "9.3.2", "9.3.3"],
    "v3.2.5": ["9.3.4"],
    "v3.2.6": ["9.3.5", "9.3.6", "9.3.7"],
    "v3.3.0": ["9.4.0", "9.4.1", "9.4.2"],
    "v3.3.1": ["9.4.3"],
    "v3.3.2": ["9.4.4", "9.4.5", "9.4.6", "9.4.7", "9.4.8", "9.4.9"],
    "v3.3.3": ["9.4.10"],
    "v3.3.4": ["9.4.11", "9.4.12", "9.4.13", "9.4.14", "9.4.15"],
    "v3.3.5": ["9.4.16"],
    "v3.3.6": ["9.4.17", "9.4.18", "9.5.0", "9.5.1"],
    "v3.3.7": ["9.5.2"],
    "v3.3.8": ["9.5.3", "9.5.4", "9.5.5", "9.5.6", "9.5.7", "9.5.8", "9.5.9", "9.5.10"],
    "v3.3.9": ["9.5.11"],
    "v3.4.1": ["9.5.12", "9.5.13"],
    "v3.4.2": ["9.5.14", "9.5.15"],
    "v3.4.3": ["9.5.16", "9.5.17", "9.5.18", "9.5.19", "9.5.20", "9.5.21"],
    "v3.4.4": ["9.5.22", "9.6.0", "9.7.0", "9.7.1", "10.0.0", "10.0.1", "10.1.0", "10.1.1"],
};
const APP_VERSION_BY_CHART = new Map(Object.entries(ARGO_CD_APP_VERSIONS).flatMap(([app, charts]) => charts.map((c) => [c, app])));
function unknownChart(chartVersion) {
    return {
        known: false,
        reason: `unknown argo-cd chart version ${JSON.stringify(chartVersion)}: the facts cover the released versions ` +
            `${Object.values(ARGO_CD_APP_VERSIONS)[0][0]} to ${NEWEST_CHART_VERSION_READ} of ${ARGO_HELM_REPOSITORY}`,
    };
}
/** The ArgoCD version (`appVersion`, with a leading `v`) a chart version ships. */
function argoCdAppVersion(chartVersion) {
    const app = APP_VERSION_BY_CHART.get(chartVersion.trim());
    if (app === undefined)
        return unknownChart(chartVersion);
    return { known: true, value: app.startsWith("v") ? app : `v${app}` };
}
/** The first released chart version whose ArgoCD is at least `appVersion` (e.g. "v2.9.0" -> "5.51.0"). */
function firstChartWithAppVersion(appVersion) {
    const charts = [...APP_VERSION_BY_CHART]
        .filter(([, app]) => (0,_core_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(app, appVersion))
        .map(([chart]) => chart);
    return charts.sort(_core_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)[0];
}
const ARGO_CD_COMPONENTS = ["controller", "server", "applicationSet"];
/** `values.yaml` defaults of `<component>.name` (the suffix of the component's resource names). */
const COMPONENT_NAME_DEFAULTS = {
    controller: "application-controller",
    server: "server",
    applicationSet: "applicationset-controller",
};
/**
 * `values.yaml` default of `<component>.serviceAccount.name`, by first chart version. An empty
 * name makes the chart derive it (see chartServiceAccountName). `serviceAccount.create` defaults
 * to true and `serviceAccount.annotations` exists for all three from 4.0.0.
 */
const SERVICE_ACCOUNT_NAME_DEFAULTS = {
    controller: [
        {
            since: "4.0.0",
            source: "charts/argo-cd/values.yaml",
            fact: "argocd-application-controller",
        },
    ],
    server: [{ since: "4.0.0", source: "charts/argo-cd/values.yaml", fact: "argocd-server" }],
    applicationSet: [
        { since: "4.0.0", source: "charts/argo-cd/values.yaml", fact: "" },
        { since: "5.19.2", source: "charts/argo-cd/values.yaml", fact: "argocd-applicationset-controller" },
    ],
};
/** The entry of a "since" list that applies to a chart version (lists are oldest first). */
function applicable(list, chartVersion) {
    return [...list].reverse().find((b) => (0,_core_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(chartVersion, b.since));
}
function readBehaviour(chartVersion, pick) {
    if (!APP_VERSION_BY_CHART.has(chartVersion.trim()))
        return unknownChart(chartVersion);
    if (!(0,_core_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(chartVersion, BEHAVIOURS_READ_FROM)) {
        return {
            known: false,
            reason: `argo-cd chart ${chartVersion} is older than ${BEHAVIOURS_READ_FROM}: its templates were not read`,
        };
    }
    const value = pick();
    return value === undefined ? unknownChart(chartVersion) : { known: true, value };
}
/** The default of `<component>.serviceAccount.name` in a chart version's values.yaml ("" = derived). */
function chartServiceAccountNameDefault(chartVersion, component) {
    return readBehaviour(chartVersion, () => applicable(SERVICE_ACCOUNT_NAME_DEFAULTS[component], chartVersion)?.fact);
}
/**
 * The service account name the chart renders for a component, as templates/_helpers.tpl computes
 * it with `serviceAccount.create: true` and no nameOverride / fullnameOverride / `<component>.name`
 * changes: the configured (or default) `serviceAccount.name` when not empty; otherwise
 * `<fullname>-<component.name>`, where `fullname` (templates/_common.tpl `argo-cd.fullname`) is the
 * release name when it contains "argocd" (values.yaml `nameOverride: argocd`) and
 * `<release>-argocd` when it does not, each cut to 63 characters without a trailing "-".
 */
function chartServiceAccountName(chartVersion, component, releaseName, configuredName) {
    const fallback = chartServiceAccountNameDefault(chartVersion, component);
    if (!fallback.known)
        return fallback;
    const name = configuredName || fallback.value;
    if (name)
        return { known: true, value: name };
    const cut = (s) => s.slice(0, 63).replace(/-+$/, "");
    const fullname = cut(releaseName.includes("argocd") ? releaseName : `${releaseName}-argocd`);
    return { known: true, value: cut(`${fullname}-${COMPONENT_NAME_DEFAULTS[component]}`) };
}
/**
 * Values keys whose annotations the component's pod template renders, by first chart version:
 * `global.podAnnotations` merged (mergeOverwrite) with the component's own `podAnnotations`.
 */
const POD_ANNOTATION_KEYS = {
    controller: [
        {
            since: "4.0.0",
            source: "charts/argo-cd/templates/argocd-application-controller/deployment.yaml",
            fact: "global.podAnnotations controller.podAnnotations",
        },
    ],
    server: [
        {
            since: "4.0.0",
            source: "charts/argo-cd/templates/argocd-server/deployment.yaml",
            fact: "global.podAnnotations server.podAnnotations",
        },
    ],
    applicationSet: [
        {
            since: "4.0.0",
            source: "charts/argo-cd/templates/argocd-applicationset/deployment.yaml",
            fact: "applicationSet.podAnnotations",
        },
        {
            since: "4.8.1",
            source: "charts/argo-cd/templates/argocd-applicationset/deployment.yaml",
            fact: "global.podAnnotations applicationSet.podAnnotations",
        },
    ],
};
/** The values keys (e.g. ["global.podAnnotations", "server.podAnnotations"]) a component's pods carry. */
function podAnnotationValuesKeys(chartVersion, component) {
    return readBehaviour(chartVersion, () => applicable(POD_ANNOTATION_KEYS[component], chartVersion)?.fact.split(" "));
}
/**
 * `checksum/<name>` annotations on each component's pod template, by first chart version: a change
 * to that ConfigMap's rendering restarts the pods; nothing else in the values does (annotating a
 * service account does not). `cm` is argocd-cm (rendered only while `configs.cm.create` is true),
 * `cmd-params` argocd-cmd-params-cm. The applicationset pods never carry `checksum/cm` (to 10.1.1).
 * The controller is a Deployment before 5.0.0 and a StatefulSet from 5.0.0
 * (templates/argocd-application-controller/statefulset.yaml).
 */
const POD_TEMPLATE_CHECKSUMS = {
    controller: [
        {
            since: "4.0.0",
            source: "charts/argo-cd/templates/argocd-application-controller/deployment.yaml",
            fact: "",
        },
        {
            since: "5.5.0",
            source: "charts/argo-cd/templates/argocd-application-controller/statefulset.yaml",
            fact: "cmd-params",
        },
        {
            since: "5.45.4",
            source: "charts/argo-cd/templates/argocd-application-controller/statefulset.yaml",
            fact: "cm cmd-params",
        },
    ],
    server: [
        { since: "4.0.0", source: "charts/argo-cd/templates/argocd-server/deployment.yaml", fact: "" },
        { since: "5.5.0", source: "charts/argo-cd/templates/argocd-server/deployment.yaml", fact: "cmd-params" },
        {
            since: "5.53.10",
            source: "charts/argo-cd/templates/argocd-server/deployment.yaml",
            fact: "cm cmd-params",
        },
    ],
    applicationSet: [
        { since: "4.0.0", source: "charts/argo-cd/templates/argocd-applicationset/deployment.yaml", fact: "" },
        {
            since: "5.37.0",
            source: "charts/argo-cd/templates/argocd-applicationset/deployment.yaml",
            fact: "cmd-params",
        },
    ],
};
/** The `checksum/*` names (e.g. ["cm", "cmd-params"]) on a component's pod template. */
function podTemplateChecksums(chartVersion, component) {
    return readBehaviour(chartVersion, () => {
        const fact = applicable(POD_TEMPLATE_CHECKSUMS[component], chartVersion)?.fact;
        return fact === undefined ? undefined : fact.split(" ").filter(Boolean);
    });
}
/**
 * Values keys rendered into argocd-cm (templates/argocd-configs/argocd-cm.yaml), by first chart
 * version: `server.config` before 5.7.0; from 5.7.0 `configs.cm` (with `server.config` still
 * merged in, until 6.0.0 drops it).
 */
const ARGOCD_CM_VALUES_KEYS = [
    { since: "4.0.0", source: "charts/argo-cd/templates/argocd-configs/argocd-cm.yaml", fact: "server.config" },
    {
        since: "5.7.0",
        source: "charts/argo-cd/templates/argocd-configs/argocd-cm.yaml",
        fact: "configs.cm server.config",
    },
    { since: "6.0.0", source: "charts/argo-cd/templates/argocd-configs/argocd-cm.yaml", fact: "configs.cm" },
];
/** The values keys whose entries a chart version renders into argocd-cm. */
function argocdCmValuesKeys(chartVersion) {
    return readBehaviour(chartVersion, () => applicable(ARGOCD_CM_VALUES_KEYS, chartVersion)?.fact.split(" "));
}
/**
 * The values key whose entries the chart writes as annotations on a component's service account
 * (`eks.amazonaws.com/role-arn` goes there). values.yaml has `<component>.serviceAccount.annotations`
 * and `serviceAccount.create: true` for all three components in every version from 4.0.0 to 10.1.1.
 */
function serviceAccountAnnotationsValuesKey(chartVersion, component) {
    return readBehaviour(chartVersion, () => `${component}.serviceAccount.annotations`);
}
/**
 * Whether the applicationset controller can be switched off with `applicationSet.enabled`, by first
 * chart version: templates/argocd-applicationset/deployment.yaml is wrapped in
 * `if .Values.applicationSet.enabled` (values.yaml default true) from 4.2.0 to 6.8.x; before and
 * from 6.9.0 the template has no such condition and the key is gone from values.yaml.
 */
const APPLICATIONSET_ENABLED_KEY = [
    { since: "4.0.0", source: "charts/argo-cd/templates/argocd-applicationset/deployment.yaml", fact: "" },
    {
        since: "4.2.0",
        source: "charts/argo-cd/templates/argocd-applicationset/deployment.yaml",
        fact: "applicationSet.enabled",
    },
    { since: "6.9.0", source: "charts/argo-cd/templates/argocd-applicationset/deployment.yaml", fact: "" },
];
/** The values key that switches the applicationset controller off ("" when the chart has none). */
function applicationSetEnabledKey(chartVersion) {
    return readBehaviour(chartVersion, () => applicable(APPLICATIONSET_ENABLED_KEY, chartVersion)?.fact);
}
/** True when `version` is a released argo-cd chart version these facts cover. */
function isKnownChartVersion(version) {
    return parseVersion(version) !== undefined && APP_VERSION_BY_CHART.has(version.trim());
}


/***/ }),

/***/ 1010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sz: () => (/* binding */ RESPECT_RBAC),
/* harmony export */   Wo: () => (/* binding */ argoCdReadsSetting)
/* harmony export */ });
/* unused harmony exports ARGO_CD_REPOSITORY, ARGO_CD_SETTINGS */
/* harmony import */ var _core_versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4506);
// Facts about ArgoCD itself (github.com/argoproj/argo-cd), by ArgoCD version. Facts and lookups only.

const ARGO_CD_REPOSITORY = "argoproj/argo-cd";
/**
 * argocd-cm `resource.respectRBAC`: absent before v2.9.0 (util/settings/settings.go at v2.8.0 has no
 * such key); at v2.9.0 (commit 9cf0c69bbe70393db40e5755e34715f30179ee09) settings.go defines it,
 * controller/cache/cache.go passes it to the cluster cache, and
 * docs/operator-manual/declarative-setup.md ("Auto respect RBAC for controller") documents the
 * modes. Still the same two values at v3.5.1. Any other value is an error when the controller reads it.
 */
const RESPECT_RBAC = {
    key: "resource.respectRBAC",
    since: "v2.9.0",
    source: "argoproj/argo-cd util/settings/settings.go, docs/operator-manual/declarative-setup.md @ v2.9.0",
    values: {
        normal: "a list that answers Forbidden/Unauthorized makes the controller skip that resource kind; no extra API calls",
        strict: "on a Forbidden/Unauthorized list the controller also asks a SelfSubjectAccessReview for `list` before " +
            "skipping the kind (more API calls, more accurate); the controller needs RBAC to create " +
            "SelfSubjectAccessReviews",
    },
    unset: "disabled: the controller watches every resource kind, and a forbidden list fails the cluster's cache",
};
/** Every argocd-cm setting recorded here, by key. */
const ARGO_CD_SETTINGS = { [RESPECT_RBAC.key]: RESPECT_RBAC };
/** Whether an ArgoCD version (e.g. "v2.10.4", from the chart's appVersion) reads an argocd-cm key. */
function argoCdReadsSetting(argoCdVersion, key) {
    const setting = ARGO_CD_SETTINGS[key];
    if (!setting) {
        return {
            known: false,
            reason: `no facts about argocd-cm key ${JSON.stringify(key)}; known: ${Object.keys(ARGO_CD_SETTINGS).join(", ")}`,
        };
    }
    if (!(0,_core_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(argoCdVersion)) {
        return {
            known: false,
            reason: `not an ArgoCD version: ${JSON.stringify(argoCdVersion)} (expected vX.Y.Z)`,
        };
    }
    return { known: true, supported: (0,_core_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(argoCdVersion, setting.since) };
}


/***/ }),

/***/ 399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IY: () => (/* binding */ levelReads),
/* harmony export */   Ty: () => (/* binding */ CACHED_KINDS),
/* harmony export */   cu: () => (/* binding */ kindId)
/* harmony export */ });
/* unused harmony export READ_LEVELS */
// The resource kinds an EKS cluster serves by default that ArgoCD's cluster cache lists, and which
// built-in ClusterRole already reads each. Facts and lookups only.
//
// Sources:
// - Kubernetes API reference (kubernetes.io/docs/reference/kubernetes-api), GA APIs served by
//   default up to Kubernetes 1.33; beta APIs are off by default since 1.24 and EKS keeps them off.
//   Kinds served only from a later minor are listed too: a rule for a kind the cluster does not
//   serve yet is inert, and keeps the link working when the cluster is upgraded.
// - CRDs EKS installs on every cluster: aws/amazon-vpc-cni-k8s
//   charts/aws-vpc-cni/crds/customresourcedefinition.yaml (eniconfigs, policyendpoints) and
//   aws/amazon-vpc-resource-controller-k8s config/crd/bases (cninodes, securitygrouppolicies).
// - Which built-in role reads a kind: kubernetes plugin/pkg/auth/authorizer/rbac/bootstrappolicy/
//   policy.go, system:aggregate-to-{view,edit,admin} (view ⊂ edit ⊂ admin by aggregation).
//   AWS documents AmazonEKS{View,Edit,Admin}Policy with the same read rows.
// - Left out because the cache never lists them: kinds without both list and watch (bindings,
//   componentstatuses, the review kinds) and argo-cd's core exclusions (util/settings/
//   resources_filter.go: events, events.k8s.io, metrics.k8s.io, coordination.k8s.io leases).
/** The built-in ClusterRoles below cluster-admin, weakest first: each reads what the one before reads. */
const READ_LEVELS = ["view", "edit", "admin"];
const ns = (group, resource, readBy, sensitive) => ({
    group,
    resource,
    namespaced: true,
    ...(readBy ? { readBy } : {}),
    ...(sensitive ? { sensitive } : {}),
});
const cluster = (group, resource, readBy, sensitive) => ({
    group,
    resource,
    namespaced: false,
    ...(readBy ? { readBy } : {}),
    ...(sensitive ? { sensitive } : {}),
});
const CACHED_KINDS = [
    ns("", "configmaps", "view"),
    ns("", "endpoints", "view"),
    ns("", "limitranges", "view"),
    ns("", "persistentvolumeclaims", "view"),
    ns("", "pods", "view"),
    ns("", "podtemplates"),
    ns("", "replicationcontrollers", "view"),
    ns("", "resourcequotas", "view"),
    ns("", "secrets", "edit", true),
    ns("", "serviceaccounts", "view"),
    ns("", "services", "view"),
    ns("apps", "controllerrevisions", "view"),
    ns("apps", "daemonsets", "view"),
    ns("apps", "deployments", "view"),
    ns("apps", "replicasets", "view"),
    ns("apps", "statefulsets", "view"),
    ns("autoscaling", "horizontalpodautoscalers", "view"),
    ns("batch", "cronjobs", "view"),
    ns("batch", "jobs", "view"),
    ns("discovery.k8s.io", "endpointslices", "view"),
    ns("networking.k8s.io", "ingresses", "view"),
    ns("networking.k8s.io", "networkpolicies", "view"),
    ns("policy", "poddisruptionbudgets", "view"),
    ns("rbac.authorization.k8s.io", "rolebindings", "admin", true),
    ns("rbac.authorization.k8s.io", "roles", "admin", true),
    ns("storage.k8s.io", "csistoragecapacities"),
    ns("networking.k8s.aws", "policyendpoints"),
    ns("vpcresources.k8s.aws", "securitygrouppolicies"),
    cluster("", "namespaces", "view"),
    cluster("", "nodes"),
    cluster("", "persistentvolumes"),
    cluster("admissionregistration.k8s.io", "mutatingwebhookconfigurations"),
    cluster("admissionregistration.k8s.io", "validatingadmissionpolicies"),
    cluster("admissionregistration.k8s.io", "validatingadmissionpolicybindings"),
    cluster("admissionregistration.k8s.io", "validatingwebhookconfigurations"),
    cluster("apiextensions.k8s.io", "customresourcedefinitions"),
    cluster("apiregistration.k8s.io", "apiservices"),
    cluster("certificates.k8s.io", "certificatesigningrequests"),
    cluster("flowcontrol.apiserver.k8s.io", "flowschemas"),
    cluster("flowcontrol.apiserver.k8s.io", "prioritylevelconfigurations"),
    cluster("networking.k8s.io", "ingressclasses"),
    cluster("networking.k8s.io", "ipaddresses"),
    cluster("networking.k8s.io", "servicecidrs"),
    cluster("node.k8s.io", "runtimeclasses"),
    cluster("rbac.authorization.k8s.io", "clusterrolebindings", undefined, true),
    cluster("rbac.authorization.k8s.io", "clusterroles", undefined, true),
    cluster("scheduling.k8s.io", "priorityclasses"),
    cluster("storage.k8s.io", "csidrivers"),
    cluster("storage.k8s.io", "csinodes"),
    cluster("storage.k8s.io", "storageclasses"),
    cluster("storage.k8s.io", "volumeattachments"),
    cluster("crd.k8s.amazonaws.com", "eniconfigs"),
    cluster("vpcresources.k8s.aws", "cninodes"),
];
/** Whether the built-in ClusterRole `level` reads the kind (a cluster-scoped one when bound cluster-wide). */
function levelReads(level, kind) {
    return kind.readBy !== undefined && READ_LEVELS.indexOf(kind.readBy) <= READ_LEVELS.indexOf(level);
}
/** kubectl's name for a kind: `roles.rbac.authorization.k8s.io`, `pods`. */
const kindId = (kind) => kind.group ? `${kind.resource}.${kind.group}` : kind.resource;


/***/ }),

/***/ 3148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ isLinked),
/* harmony export */   mG: () => (/* binding */ verifyLink)
/* harmony export */ });
/* unused harmony exports v, argocdConnectionCheck */
/* harmony import */ var _steps_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3521);
// Verification of one link: for each thing the link's files say will exist once applied, whether
// AWS or ArgoCD has it as planned. A missing piece names the step that is not applied yet and the
// command that applies it. Only the probes do I/O; this module decides.

/**
 * A value inside a detail: between backticks, which the status comment renders as a code span and
 * the rest as escaped prose. Backticks inside a value (an AWS or ArgoCD message) become quotes, so
 * the split is unambiguous.
 */
const v = (value) => `\`${value.replace(/`/g, "'")}\``;
const apply = (file) => v(`cd ${file.slice(0, file.lastIndexOf("/"))} && leverage tf apply`);
const list = (items) => (items.length ? items.map(v).join(", ") : "none");
const sameSet = (a, b) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);
const asArray = (v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
/** The Allow statements of a trust policy that let a principal assume the role. */
function assumeStatements(trust, action) {
    const doc = trust;
    return asArray(doc?.Statement).filter((s) => {
        const st = s;
        return st?.Effect === "Allow" && asArray(st.Action).some((a) => a === action || a === "sts:*");
    });
}
function awsPrincipals(trust) {
    return assumeStatements(trust, "sts:AssumeRole").flatMap((s) => asArray(s.Principal?.AWS).map(String));
}
function roleProblem(answer, name, account, file, step) {
    if ("missing" in answer)
        return `role ${v(name)} does not exist in account ${v(account)}: step ${step} is not applied yet${file ? ` (${apply(file)})` : ""}.`;
    if ("error" in answer)
        return `role ${v(name)} could not be read: ${v(answer.error)}`;
    return undefined;
}
async function targetRoleCheck(ctx) {
    const { link, resolver } = ctx;
    const check = _steps_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .STEP_ID */ .RA.targetRole;
    if (link.method === "bearer-token")
        return { check, result: "skip", detail: "bearer-token links have no role in the target account." };
    const role = link.targetRole;
    if (!role)
        return {
            check,
            result: "fail",
            detail: "the role's file is not in the base branch: merge step target-role first.",
        };
    const account = link.target.account;
    const answer = await ctx.probes.getRole("target", role.name);
    const problem = roleProblem(answer, role.name, account, role.file, _steps_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .STEP_ID */ .RA.targetRole);
    if (problem)
        return { check, result: "fail", detail: problem };
    const expected = role.trusted.map((t) => resolver.resolve(t, account));
    if (expected.some((e) => e === undefined))
        return {
            check,
            result: "skip",
            detail: `role ${v(role.name)} exists; its trusted principals ${list(role.trusted)} depend on values the repository does not resolve.`,
        };
    const actual = awsPrincipals(answer.trust);
    if (!sameSet(actual, expected))
        return {
            check,
            result: "fail",
            detail: `role ${v(role.name)} trusts ${list(actual)}, not exactly ${list(expected)}: apply step target-role again (${apply(role.file)}).`,
        };
    return { check, result: "pass", detail: `role ${v(role.name)} exists and trusts exactly ${list(actual)}.` };
}
async function accessCheck(ctx) {
    const { link, resolver } = ctx;
    const check = _steps_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .STEP_ID */ .RA.clusterAccess;
    if (link.method === "bearer-token")
        return {
            check,
            result: "skip",
            detail: "a bearer-token link's access is Kubernetes RBAC, which AWS cannot read; the ArgoCD check shows whether the token works.",
        };
    const entry = link.accessEntry;
    if (!entry) {
        if (link.awsAuth)
            return {
                check,
                result: "skip",
                detail: "the role is mapped in the aws-auth ConfigMap, which is not readable from AWS; the ArgoCD check shows whether it works.",
            };
        return {
            check,
            result: "fail",
            detail: "no cluster access for the role in the base branch: merge step cluster-access first.",
        };
    }
    const principal = resolver.resolve(entry.principal, link.target.account);
    if (!principal)
        return {
            check,
            result: "skip",
            detail: `the access entry's principal ${v(entry.principal)} is not resolvable from the repository.`,
        };
    const found = await ctx.probes.accessEntry(link.target.cluster, principal);
    if ("missing" in found)
        return {
            check,
            result: "fail",
            detail: `cluster ${v(link.target.cluster)} has no access entry for ${v(principal)}: step cluster-access is not applied yet (${apply(entry.file)}).`,
        };
    if ("error" in found)
        return { check, result: "fail", detail: `the access entry could not be read: ${v(found.error)}` };
    const problems = [];
    if (!sameSet(found.groups, entry.groups))
        problems.push(`Kubernetes groups are ${list(found.groups)}, planned ${list(entry.groups)}`);
    const key = (p) => `${p.policyArn} (${p.type}${p.namespaces.length ? `: ${[...p.namespaces].sort().join(", ")}` : ""})`;
    const want = entry.policies.map(key);
    const have = found.policies.map(key);
    if (!sameSet(want, have))
        problems.push(`associated policies are ${list(have)}, planned ${list(want)}`);
    if (problems.length)
        return {
            check,
            result: "fail",
            detail: `${problems.join("; ")}: apply step cluster-access again (${apply(entry.file)}).`,
        };
    return { check, result: "pass", detail: `access entry for ${v(principal)} with ${list(have)}.` };
}
async function sourceRoleCheck(ctx) {
    const { link, resolver, probes } = ctx;
    const check = _steps_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .STEP_ID */ .RA.sourceRole;
    if (link.method === "bearer-token")
        return { check, result: "skip", detail: "bearer-token links use no IRSA role." };
    if (!probes.sourceIssuer)
        return {
            check,
            result: "skip",
            detail: "set aws.source-cluster in the config file to check the IRSA role of ArgoCD's service accounts.",
        };
    const trusted = link.targetRole?.trusted[0];
    const arn = trusted ? resolver.resolve(trusted, link.target.account) : undefined;
    const name = arn?.split(":role/")[1]?.split("/").pop();
    if (!name)
        return {
            check,
            result: "skip",
            detail: "the IRSA role's name is not known from the target role's trust.",
        };
    const issuer = await probes.sourceIssuer();
    if (typeof issuer !== "string")
        return { check, result: "fail", detail: `the source cluster could not be read: ${v(issuer.error)}` };
    const answer = await probes.getRole("source", name);
    const problem = roleProblem(answer, name, link.source.account, link.irsa?.file, _steps_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .STEP_ID */ .RA.sourceRole);
    if (problem)
        return { check, result: "fail", detail: problem };
    const host = issuer.replace(/^https:\/\//, "");
    const statements = assumeStatements(answer.trust, "sts:AssumeRoleWithWebIdentity").filter((s) => asArray(s.Principal?.Federated).some((f) => String(f).endsWith(`:oidc-provider/${host}`)));
    if (statements.length === 0)
        return {
            check,
            result: "fail",
            detail: `role ${v(name)} does not trust the source cluster's OIDC provider ${v(host)}: apply step source-role.`,
        };
    const subjects = statements.flatMap((s) => asArray((s.Condition?.StringEquals ?? {})[`${host}:sub`]).map(String));
    const want = link.irsa?.subjects;
    if (want && !sameSet(subjects, want))
        return {
            check,
            result: "fail",
            detail: `role ${v(name)} trusts the subjects ${list(subjects)}, planned ${list(want)}: apply step source-role again.`,
        };
    return { check, result: "pass", detail: `role ${v(name)} trusts ${v(host)} for ${list(subjects)}.` };
}
function argocdEntryCheck(link) {
    const entry = link.argocd;
    if (!entry)
        return {
            check: "argocd-entry",
            result: "fail",
            detail: `ArgoCD's values have no cluster ${v(link.name)}: merge step argocd first.`,
        };
    return {
        check: "argocd-entry",
        result: "pass",
        detail: `${v(entry.valuesPath)} has cluster ${v(link.name)} (${v(entry.server)}), namespaces ${entry.namespaces.length ? list(entry.namespaces) : "all"}.`,
    };
}
/** ArgoCD's cluster object, read defensively: it comes from a server we do not control. */
function connectionOf(body) {
    const c = (body ?? {});
    const info = (c.info ?? {});
    const state = (info.connectionState ?? c.connectionState ?? {});
    const str = (v) => (typeof v === "string" ? v.slice(0, 500) : undefined);
    return {
        ...(str(c.name) ? { name: str(c.name) } : {}),
        namespaces: Array.isArray(c.namespaces)
            ? c.namespaces.filter((n) => typeof n === "string")
            : [],
        ...(str(state.status) ? { status: str(state.status) } : {}),
        ...(str(state.message) ? { message: str(state.message) } : {}),
        ...(str(info.serverVersion ?? c.serverVersion)
            ? { version: str(info.serverVersion ?? c.serverVersion) }
            : {}),
    };
}
function argocdConnectionCheck(link, answer) {
    const check = "argocd-connection";
    if (!answer)
        return {
            check,
            result: "skip",
            detail: "set the argocd-server and argocd-auth-token inputs (or --argocd-server and ARGOCD_AUTH_TOKEN) to check that ArgoCD reaches the cluster.",
        };
    if ("timeout" in answer)
        return {
            check,
            result: "fail",
            detail: `ArgoCD did not answer within ${answer.timeout} seconds: check argocd-server and the network path from the runner.`,
        };
    if ("unreachable" in answer)
        return { check, result: "fail", detail: `ArgoCD could not be reached: ${v(answer.unreachable)}` };
    if (answer.status === 401)
        return {
            check,
            result: "fail",
            detail: "ArgoCD answered 401: argocd-auth-token is missing, expired or not a token of this ArgoCD.",
        };
    if (answer.status === 403 || answer.status === 404)
        return {
            check,
            result: "fail",
            detail: `ArgoCD answered ${answer.status}: it has no cluster ${v(link.argocd?.server ?? link.name)} yet (step argocd not applied, ` +
                "or not synced), or the token lacks the RBAC permission `clusters, get` (ArgoCD answers both the same way).",
        };
    if (answer.status !== 200)
        return { check, result: "fail", detail: `ArgoCD answered HTTP ${answer.status}.` };
    const found = connectionOf(answer.body);
    const problems = [];
    if (found.name !== link.name)
        problems.push(`its name is ${found.name ? v(found.name) : "empty"}, not ${v(link.name)}`);
    const want = link.argocd?.namespaces ?? [];
    if (!sameSet(found.namespaces, want))
        problems.push(`its namespaces are ${list(found.namespaces)}, planned ${list(want)}`);
    if (problems.length)
        return { check, result: "fail", detail: `ArgoCD's cluster entry differs: ${problems.join("; ")}.` };
    const reason = found.message ? `: ${v(found.message)}` : "";
    if (found.status === "Successful")
        return {
            check,
            result: "pass",
            detail: `ArgoCD reaches the cluster (connection Successful${found.version ? `, Kubernetes ${v(found.version)}` : ""}).`,
        };
    if (found.status === "Failed")
        return { check, result: "fail", detail: `ArgoCD cannot reach the cluster (connection Failed${reason}).` };
    return {
        check,
        result: "skip",
        detail: `ArgoCD has not connected yet (connection ${found.status ? v(found.status) : "Unknown"}${reason}). ArgoCD connects to a cluster only once an Application targets it: create one, then verify again.`,
    };
}
/**
 * A detail as one line of at most 1,500 characters: ArgoCD's and AWS's messages may hold line
 * breaks (a workflow command in the log, a broken table in the comment) or be very long.
 */
const DETAIL_MAX = 1_500;
function flatDetail(check) {
    const flat = [...check.detail]
        .map((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 || c === "\u2028" || c === "\u2029" ? " " : c)
        .join("");
    return { ...check, detail: flat.length > DETAIL_MAX ? `${flat.slice(0, DETAIL_MAX - 1)}…` : flat };
}
/** Every check of one link, in apply order. */
async function verifyLink(ctx) {
    return (await checksOf(ctx)).map(flatDetail);
}
async function checksOf(ctx) {
    const checks = [
        await sourceRoleCheck(ctx),
        await targetRoleCheck(ctx),
        await accessCheck(ctx),
        argocdEntryCheck(ctx.link),
    ];
    const server = ctx.link.argocd?.server;
    const answer = ctx.probes.argocdCluster && server ? await ctx.probes.argocdCluster(server) : undefined;
    checks.push(ctx.probes.argocdCluster && !server
        ? { check: "argocd-connection", result: "skip", detail: "no cluster entry to look up in ArgoCD yet." }
        : argocdConnectionCheck(ctx.link, answer));
    return checks;
}
/** Linked: nothing failed and ArgoCD itself says it reaches the cluster. */
function isLinked(checks) {
    return (checks.every((c) => c.result !== "fail") &&
        checks.some((c) => c.check === "argocd-connection" && c.result === "pass"));
}


/***/ })

};
