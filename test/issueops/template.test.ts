import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { InvalidInputError } from "../../src/core/errors.js";
import { FORM_FIELDS, OVERRIDES_INPUT, isLinkForm, parseIssueForm } from "../../src/issueops/form.js";
import { validateLinkRequest } from "../../src/request/parse.js";
import { ACCESS_LEVELS, METHODS } from "../../src/request/types.js";
import {
  fieldElements,
  renderIssueBody,
  template,
  type Element,
  type Mapping,
} from "../support/issue-form.js";
import { REQUEST_KEYS } from "../support/request-keys.js";

const root = new URL("../../", import.meta.url);
const workflowText = readFileSync(new URL("examples/workflows/link-cluster.yml", root), "utf8");

const REQUIRED_KEYS = [
  "source-account",
  "target-account",
  "target-region",
  "target-cluster",
  "method",
  "access",
];
const OVERRIDE_KEYS = ["argocd-layer", "target-cluster-layer", "target-rbac-layer"];

const body = template.body as Element[];

function isMapping(value: unknown): value is Mapping {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "";
}

/**
 * The rules of GitHub's form schema ("Syntax for issue forms", "Syntax for GitHub's form schema" and
 * "Common validation errors when creating issue forms" on docs.github.com), as a list of problems.
 */
function issueFormProblems(form: unknown): string[] {
  const problems: string[] = [];
  if (!isMapping(form)) return ["the template must be a mapping"];
  const topKeys = ["name", "description", "title", "labels", "assignees", "projects", "type", "body"];
  for (const key of Object.keys(form))
    if (!topKeys.includes(key)) problems.push(`${key} is not a permitted key`);
  for (const key of ["name", "description"])
    if (!nonEmptyString(form[key])) problems.push(`${key} is required`);
  if (form.title !== undefined && !nonEmptyString(form.title)) problems.push("title must be a string");
  const labels = form.labels;
  if (
    labels !== undefined &&
    !(Array.isArray(labels) && labels.every(nonEmptyString)) &&
    !nonEmptyString(labels)
  ) {
    problems.push("labels must be a list of strings or a comma-separated string");
  }
  if (!Array.isArray(form.body) || form.body.length === 0)
    return [...problems, "body must be a non-empty list"];

  const ids = new Set<string>();
  const fieldLabels = new Set<string>();
  let inputs = 0;
  form.body.forEach((element: unknown, index) => {
    const at = `body[${index}]`;
    if (!isMapping(element)) return problems.push(`${at} must be a mapping`);
    for (const key of Object.keys(element)) {
      if (!["type", "id", "attributes", "validations"].includes(key))
        problems.push(`${at}: ${key} is not permitted`);
    }
    const type = element.type;
    const attributes = element.attributes;
    if (!isMapping(attributes)) return problems.push(`${at}: attributes is required`);
    const allowed: Record<string, string[]> = {
      markdown: ["value"],
      input: ["label", "description", "placeholder", "value"],
      textarea: ["label", "description", "placeholder", "value", "render"],
      dropdown: ["label", "description", "multiple", "options", "default"],
      checkboxes: ["label", "description", "options"],
    };
    const permitted = typeof type === "string" ? allowed[type] : undefined;
    if (permitted === undefined)
      return problems.push(`${at}: type ${String(type)} is not a form element type`);
    for (const key of Object.keys(attributes)) {
      if (!permitted.includes(key)) problems.push(`${at}: attributes.${key} is not permitted for ${type}`);
    }
    if (type === "markdown") {
      if (element.id !== undefined) problems.push(`${at}: markdown may not have an id`);
      if (element.validations !== undefined) problems.push(`${at}: markdown may not have validations`);
      if (!nonEmptyString(attributes.value)) problems.push(`${at}: markdown needs attributes.value`);
      return;
    }
    inputs++;
    if (element.id !== undefined) {
      if (typeof element.id !== "string" || !/^[A-Za-z0-9_-]+$/.test(element.id)) {
        problems.push(`${at}: id may only contain letters, digits, '-' and '_'`);
      } else if (ids.has(element.id)) {
        problems.push(`${at}: id ${element.id} is not unique`);
      } else {
        ids.add(element.id);
      }
    }
    if (!nonEmptyString(attributes.label)) problems.push(`${at}: attributes.label is required`);
    else if (fieldLabels.has(attributes.label as string)) problems.push(`${at}: label is not unique`);
    else fieldLabels.add(attributes.label as string);
    if (element.validations !== undefined) {
      if (type === "checkboxes") problems.push(`${at}: checkboxes take required per option, not validations`);
      const validations = element.validations;
      if (!isMapping(validations) || Object.keys(validations).some((key) => key !== "required")) {
        problems.push(`${at}: validations may only have required`);
      } else if (typeof validations.required !== "boolean") {
        problems.push(`${at}: validations.required must be a boolean`);
      }
    }
    if (type === "dropdown") {
      const options = attributes.options;
      if (!Array.isArray(options) || options.length === 0 || !options.every(nonEmptyString)) {
        problems.push(`${at}: dropdown options must be a non-empty list of strings`);
      } else {
        if (new Set(options).size !== options.length) problems.push(`${at}: dropdown options must be unique`);
        if (options.some((option) => /^none$/i.test(option as string)))
          problems.push(`${at}: None is reserved`);
        const index = attributes.default;
        if (
          index !== undefined &&
          !(Number.isInteger(index) && (index as number) >= 0 && (index as number) < options.length)
        ) {
          problems.push(`${at}: default must be an option index`);
        }
      }
      if (attributes.multiple !== undefined && typeof attributes.multiple !== "boolean") {
        problems.push(`${at}: multiple must be a boolean`);
      }
    }
    if (type === "checkboxes") {
      const options = attributes.options;
      if (!Array.isArray(options) || options.length === 0) {
        problems.push(`${at}: checkboxes options must be a non-empty list`);
      } else {
        options.forEach((option: unknown, i) => {
          if (!isMapping(option) || !nonEmptyString(option.label))
            problems.push(`${at}: options[${i}] needs a label`);
          else if (Object.keys(option).some((key) => key !== "label" && key !== "required")) {
            problems.push(`${at}: options[${i}] may only have label and required`);
          }
        });
      }
    }
  });
  if (inputs === 0) problems.push("body must contain at least one non-markdown field");
  return problems;
}

describe("the issue form template", () => {
  it("follows GitHub's issue form syntax", () => {
    expect(issueFormProblems(template)).toEqual([]);
  });

  it("the syntax check catches the documented mistakes", () => {
    const broken = (change: (form: Mapping, element: (index: number) => Element) => void) => {
      const form = structuredClone(template);
      change(form, (index) => (form.body as Element[])[index] as Element);
      return issueFormProblems(form);
    };
    expect(broken((form) => delete form.name)).toContain("name is required");
    expect(broken((form) => (form.hello = "world"))).toContain("hello is not a permitted key");
    expect(broken((_, element) => (element(0).id = "intro"))).toContain(
      "body[0]: markdown may not have an id",
    );
    expect(broken((_, element) => (element(2).id = "source-account"))).toContain(
      "body[2]: id source-account is not unique",
    );
    expect(broken((_, element) => (element(2).id = "target account"))).toContain(
      "body[2]: id may only contain letters, digits, '-' and '_'",
    );
    expect(broken((_, element) => (element(2).attributes.label = FORM_FIELDS["source-account"]))).toContain(
      "body[2]: label is not unique",
    );
    expect(broken((_, element) => (element(8).validations = { required: true }))).toContain(
      "body[8]: checkboxes take required per option, not validations",
    );
    expect(broken((form, element) => (form.body = [element(0)]))).toContain(
      "body must contain at least one non-markdown field",
    );
  });

  it("has the expected name, title prefix and label", () => {
    expect(template.name).toBe("Link a cluster to ArgoCD");
    expect(template.title).toBe("[link cluster]: ");
    expect(template.labels).toEqual(["cluster-link"]);
  });

  it("has one field per request key, with the labels of FORM_FIELDS, in the same order", () => {
    expect(fieldElements.map((element) => [element.id, element.attributes.label])).toEqual(
      Object.entries(FORM_FIELDS),
    );
    expect(Object.keys(FORM_FIELDS).sort()).toEqual([...REQUEST_KEYS].sort());
  });

  it("lists the same request keys as validateLinkRequest", () => {
    try {
      validateLinkRequest({ "no-such-key": 1 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      const message = (error as InvalidInputError).errors[0]?.message ?? "";
      expect(message.split("allowed keys are: ")[1]?.split(", ")).toEqual(REQUEST_KEYS);
    }
  });

  it("marks exactly the required request keys as required", () => {
    const required = fieldElements.filter((element) => element.validations?.required === true);
    expect(required.map((element) => element.id).sort()).toEqual([...REQUIRED_KEYS].sort());
  });

  it("uses the field types the parser expects", () => {
    const types = Object.fromEntries(fieldElements.map((element) => [element.id, element.type]));
    expect(types).toEqual({
      "source-account": "input",
      "target-account": "input",
      "target-region": "input",
      "target-cluster": "input",
      method: "dropdown",
      access: "dropdown",
      namespaces: "textarea",
      "cluster-resources": "checkboxes",
      "read-beyond-access": "checkboxes",
      "dedicated-instance": "checkboxes",
      "argocd-instance": "input",
      "argocd-cluster-name": "input",
      labels: "textarea",
      "argocd-layer": "input",
      "target-cluster-layer": "input",
      "target-rbac-layer": "input",
    });
    for (const id of ["cluster-resources", "read-beyond-access", "dedicated-instance"]) {
      expect(fieldElements.find((element) => element.id === id)?.attributes.options).toHaveLength(1);
    }
  });

  it("offers the allowed methods and access levels as dropdown options", () => {
    const options = (id: string) => fieldElements.find((element) => element.id === id)?.attributes.options;
    expect(options("method")).toEqual([...METHODS]);
    expect(options("access")).toEqual([...ACCESS_LEVELS]);
  });

  it("puts the layer overrides last, under the overrides note", () => {
    const noteIndex = body.findIndex(
      (element) =>
        element.type === "markdown" &&
        String(element.attributes.value).includes("Overrides: leave empty unless the Action asks for them"),
    );
    expect(noteIndex).toBeGreaterThan(0);
    expect(body.slice(noteIndex + 1).map((element) => element.id)).toEqual(OVERRIDE_KEYS);
  });

  it("describes every field", () => {
    for (const element of fieldElements)
      expect(nonEmptyString(element.attributes.description), element.id).toBe(true);
  });

  it("gives a body that the parser reads back as a valid request", () => {
    const rendered = renderIssueBody({
      "source-account": "shared",
      "target-account": "apps-devstg",
      "target-region": "us-east-1",
      "target-cluster": "acme-apps-devstg-k8s-eks-demoapps",
      method: "iam-role",
      access: "edit",
      namespaces: ["demoapps", "monitoring"],
      "cluster-resources": true,
      labels: ["environment=devstg", "acme.example.com/owner=platform"],
      "argocd-layer": "shared/us-east-1/k8s-eks/k8s-components",
    });
    expect(isLinkForm(rendered)).toBe(true);
    const parsed = parseIssueForm(rendered);
    expect(parsed.errors).toEqual([]);
    expect(parsed.unknownHeadings).toEqual([]);
    expect(validateLinkRequest(parsed.fields)).toMatchObject({
      namespaces: ["demoapps", "monitoring"],
      clusterResources: true,
      dedicatedInstance: false,
      labels: { "acme.example.com/owner": "platform", environment: "devstg" },
      argocdLayer: "shared/us-east-1/k8s-eks/k8s-components",
    });
  });
});

describe("the example workflow", () => {
  const workflow = parse(workflowText) as Mapping;
  const on = workflow.on as Mapping;
  const inputs = (on.workflow_dispatch as Mapping).inputs as Record<string, Mapping>;

  it("declares at most 10 workflow_dispatch inputs (GitHub Enterprise Server's limit; GitHub.com allows 25)", () => {
    expect(Object.keys(inputs).length).toBeLessThanOrEqual(10);
  });

  it("names its inputs after request keys, plus overrides", () => {
    for (const name of Object.keys(inputs)) expect([...REQUEST_KEYS, OVERRIDES_INPUT]).toContain(name);
    for (const key of REQUIRED_KEYS) expect(inputs[key]?.required, key).toBe(true);
    expect(inputs.method?.options).toEqual([...METHODS]);
    expect(inputs.access?.options).toEqual([...ACCESS_LEVELS]);
    expect(inputs[OVERRIDES_INPUT]?.required).toBe(false);
  });

  it("runs on issues, commands, merged step pull requests and manual dispatch, one run per issue at a time", () => {
    expect(Object.keys(on).sort()).toEqual(["issue_comment", "issues", "pull_request", "workflow_dispatch"]);
    expect((on.issue_comment as Mapping).types).toEqual(["created"]);
    expect((on.pull_request as Mapping).types).toEqual(["closed"]);
    // Granted on the job only: a job added to the file later starts with no access.
    expect(workflow.permissions).toEqual({});
    const job = (workflow.jobs as Record<string, Mapping>).link!;
    expect(job.permissions).toEqual({
      contents: "write",
      "pull-requests": "write",
      issues: "write",
      "id-token": "write",
    });
    expect((job.concurrency as Mapping).group).toBe(
      "argocd-cluster-link-${{ github.event.issue.number || github.event.pull_request.head.ref || github.run_id }}",
    );
    expect((job.concurrency as Mapping)["cancel-in-progress"]).toBe(false);
    // The state labels the Action adds must not start runs that could replace a waiting one.
    expect(job.if).toContain("github.event.label.name == 'cluster-link'");
    // Commands only on issues, and merged pull requests only from step branches.
    expect(job.if).toContain("!github.event.issue.pull_request");
    expect(job.if).toContain("startsWith(github.event.pull_request.head.ref, 'argocd-cluster-link/')");
  });

  it("pins the Action by commit SHA with its version in a comment, never by a movable tag", () => {
    const uses = /^\s*uses: (\S+\/argocd-cluster-link@.*)$/m.exec(workflowText)?.[1];
    expect(uses).toBe("<owner>/argocd-cluster-link@<release commit SHA> # v1.x.y");
    expect(workflowText).not.toMatch(/argocd-cluster-link@v\d/);
  });
});
