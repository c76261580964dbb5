// The shipped issue form template, and issue bodies rendered from it the way GitHub renders a
// submitted form (`### <label>\n\n<answer>` sections), for tests that need realistic bodies.
import { readFileSync } from "node:fs";
import { parse } from "yaml";

export type Mapping = Record<string, unknown>;
export interface Element {
  type: string;
  id?: string;
  attributes: Mapping;
  validations?: Mapping;
}

const root = new URL("../../", import.meta.url);
export const templateText = readFileSync(new URL(".github/ISSUE_TEMPLATE/link-cluster.yml", root), "utf8");
export const template = parse(templateText) as Mapping;
export const fieldElements = (template.body as Element[]).filter((element) => element.type !== "markdown");

export type Answers = Record<string, string | string[] | boolean | undefined>;

/** An issue body as GitHub renders a submitted form. */
export function renderIssueBody(answers: Answers): string {
  return fieldElements
    .map((element) => {
      const label = element.attributes.label as string;
      const answer = answers[element.id ?? ""];
      let text: string;
      if (element.type === "checkboxes") {
        const option = (element.attributes.options as Mapping[])[0]?.label as string;
        text = `- [${answer === true ? "X" : " "}] ${option}`;
      } else if (answer === undefined || answer === "" || (Array.isArray(answer) && answer.length === 0)) {
        text = "_No response_";
      } else {
        const value = Array.isArray(answer) ? answer.join("\n") : String(answer);
        const render = element.attributes.render;
        text = typeof render === "string" ? `\`\`\`${render}\n${value}\n\`\`\`` : value;
      }
      return `### ${label}\n\n${text}`;
    })
    .join("\n\n");
}
