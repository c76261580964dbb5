export const id = 447;
export const ids = [447];
export const modules = {

/***/ 9447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rotateCommand: () => (/* binding */ rotateCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _git_local_branches_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9884);
/* harmony import */ var _plan_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2471);
/* harmony import */ var _plan_rotate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9736);
/* harmony import */ var _repo_reader_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6549);
// `argocd-cluster-link rotate`: plans the token rotations the scheduled Action would open (the same
// age policy and batches) and writes each batch as a commit on its own local branch,
// argocd-cluster-link/rotation.<layer>/rotate-token, starting from HEAD.





/** Exit code and output; throws InvalidInputError/LayoutError like the other commands. */
async function rotateCommand(args, out, log) {
    const git = new _git_local_branches_js__WEBPACK_IMPORTED_MODULE_1__/* .LocalGit */ .w(args.repoDir);
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LayoutError */ .Rd(`The repository has no commit yet: commit the Leverage code first.`);
    log(`Planning token rotations in ${args.repoDir}\n`);
    const plan = await (0,_plan_rotate_js__WEBPACK_IMPORTED_MODULE_3__/* .planRotations */ .pI)(new _repo_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .FolderRepo */ .b(args.repoDir), {
        now: args.now,
        rotateAfterDays: _plan_rotate_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_ROTATION */ .rb.rotateAfterDays,
        maxLinksPerPullRequest: _plan_rotate_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_ROTATION */ .rb.maxLinksPerPullRequest,
        force: args.force,
        links: args.links,
    });
    const branches = plan.batches.map((batch) => git.writeStep((0,_plan_names_js__WEBPACK_IMPORTED_MODULE_2__/* .stepBranch */ .H)(batch.batchId, batch.step.id), base, batch.step, `${batch.step.title}\n\n${batch.step.body}`));
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
        lines.push(`  ${l.linkId.padEnd(30)} ${(0,_plan_rotate_js__WEBPACK_IMPORTED_MODULE_3__/* .ageText */ .XG)(l).padEnd(36)} ${l.state}${l.reason ? `: ${l.reason}` : ""}`);
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
