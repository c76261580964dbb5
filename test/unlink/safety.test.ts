// What an unlink refuses to delete, what it warns about, and how a rerun continues.
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/core/errors.js";
import { planUnlink } from "../../src/unlink/plan.js";
import { caseRepo, CASES, planCase } from "../support/cases.js";
import { mergeSteps } from "./support.js";

const byName = (name: string) => CASES.find((c) => c.name === name)!;

async function linked(name: string) {
  const c = byName(name);
  const repo = await caseRepo(c);
  const link = await planCase(c, repo);
  mergeSteps(repo, link);
  return { repo, link };
}

describe("unlink safety", () => {
  it("an unknown name is an error naming the links that exist", async () => {
    const { repo } = await linked("guide-iam-role-namespaced-aws-auth");
    const error = await planUnlink(repo, "nope").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toMatch(
      /link: names no link in this repository; the links found are: apps-devstg\. \(got "nope"\)/,
    );
  });

  it("a created file with a block the link did not write is kept and shown for a hand edit", async () => {
    const { repo, link } = await linked("guide-iam-role-namespaced-aws-auth");
    const rbac = link.steps.find((s) => s.id === "target-rbac")!.files[0]!.path;
    const extra = 'resource "kubernetes_namespace_v1" "team_c" {\n  metadata {\n    name = "team-c"\n  }\n}';
    repo.files.set(rbac, `${repo.files.get(rbac)!}\n${extra}\n`);
    const plan = await planUnlink(repo, link.linkId);
    expect(plan.steps.flatMap((s) => s.files.map((f) => f.path))).not.toContain(rbac);
    expect(plan.steps.map((s) => s.id)).not.toContain("unlink-target-rbac");
    expect(plan.notes.join("\n")).toContain(`unlink-target-rbac: left for a hand edit`);
    expect(plan.notes.join("\n")).toContain(rbac);
  });

  it("a hand-edited map_roles element and cluster entry stay, with their lines in the body", async () => {
    const { repo, link } = await linked("guide-iam-role-namespaced-aws-auth");
    const locals = link.steps.find((s) => s.id === "cluster-access")!.files[0]!.path;
    repo.files.set(
      locals,
      repo.files.get(locals)!.replace(/(username = "argocd-link-apps-devstg"\n)/, "$1      note = 1\n"),
    );
    const values = link.steps
      .find((s) => s.id === "argocd")!
      .files.find((f) => f.path.endsWith(".yaml"))!.path;
    repo.files.set(
      values,
      repo.files
        .get(values)!
        .replace('    - name: "apps-devstg"\n', '    - name: "apps-devstg"\n      project: extra\n'),
    );
    const plan = await planUnlink(repo, link.linkId);
    const files = plan.steps.flatMap((s) => s.files.map((f) => f.path));
    expect(files).not.toContain(locals);
    expect(files).not.toContain(values);
    expect(plan.notes.join("\n")).toContain(`unlink-cluster-access: left for a hand edit`);
    expect(plan.steps.map((s) => s.id)).not.toContain("unlink-argocd");
    // The next step must wait for that hand edit: ArgoCD still has the cluster.
    expect(plan.steps[0]!.body).toMatch(/hand edit of unlink-argocd/);
    expect(plan.notes.join("\n")).toMatch(
      /unlink-argocd: left for a hand edit[\s\S]*project: extra[\s\S]*not written by argocd-cluster-link: project/,
    );
  });

  it("keeps instance-wide settings such as resource.respectRBAC and names them in the body", async () => {
    const { repo, link } = await linked("guide-iam-role-namespaced-aws-auth");
    const values = link.steps
      .find((s) => s.id === "argocd")!
      .files.find((f) => f.path.endsWith(".yaml"))!.path;
    // A namespaced link sets it itself (every cluster of the instance then relies on it).
    expect(repo.files.get(values)!).toMatch(/^ {4}resource\.respectRBAC: "normal"\n/m);
    const plan = await planUnlink(repo, link.linkId);
    const after = plan.steps[0]!.files.find((f) => f.path === values)!.content;
    expect(after).toContain('resource.respectRBAC: "normal"');
    expect(plan.steps[0]!.body).toMatch(/Kept on purpose\n- `configs.cm.resource.respectRBAC`/);
  });

  it("a values file that no longer parses is left for a hand edit, with the template variables", async () => {
    const { repo, link } = await linked("guide-iam-role-namespaced-aws-auth");
    const values = link.steps
      .find((s) => s.id === "argocd")!
      .files.find((f) => f.path.endsWith(".yaml"))!.path;
    repo.files.set(values, repo.files.get(values)!.replace(/^configs:\n/m, "configs:\n  cm:\n    a: 1\n"));
    const plan = await planUnlink(repo, link.linkId);
    expect(plan.steps.map((s) => s.id)).not.toContain("unlink-argocd");
    expect(plan.notes.join("\n")).toMatch(/cannot be read as YAML \(Map keys must be unique/);
  });

  it("warns before the first step about Applications that still point at the cluster", async () => {
    const { repo, link } = await linked("leverage-2026-iam-role-access-entry-namespaced");
    repo.files.set(
      "apps/demo.yaml",
      "apiVersion: argoproj.io/v1alpha1\nkind: Application\nspec:\n  destination:\n    name: demoapps\n",
    );
    const plan = await planUnlink(repo, link.linkId);
    expect(plan.steps[0]!.body).toContain("still pointing at this cluster");
    expect(plan.steps[0]!.body).toContain("apps/demo.yaml:5: name: demoapps");
    expect(plan.steps[1]!.body).not.toContain("still pointing");
  });

  it("a rerun after some steps are merged continues from the first step still present", async () => {
    const { repo, link } = await linked("leverage-2026-iam-role-access-entry-namespaced");
    const full = await planUnlink(repo, link.linkId);
    mergeSteps(repo, full, 2);
    const rest = await planUnlink(repo, link.linkId);
    expect(rest.steps.map((s) => s.id)).toEqual(full.steps.slice(2).map((s) => s.id));
    expect(rest.upToDate).toEqual(expect.arrayContaining(full.steps.slice(0, 2).map((s) => s.id)));
    expect(rest.steps[0]!.body).toContain("apply it first");
  });
});
