// The link request of a run: from the issue form or the workflow_dispatch inputs.

import { InvalidInputError, type FieldError } from "../core/errors.js";
import { isLinkForm, linkRequestFromDispatchInputs, linkRequestFromIssueForm } from "../issueops/form.js";
import type { LinkRequest } from "../request/types.js";
import type { Trigger } from "./event.js";

/** The request, or what the status report says about an invalid one. */
export function readLinkRequest(
  trigger: Trigger,
): { request: LinkRequest } | { invalid: { headline: string; fieldErrors?: FieldError[] } } {
  try {
    if (trigger.kind === "issue") {
      if (!isLinkForm(trigger.body)) {
        return {
          invalid: {
            headline:
              "This issue has the link label but not the link form: open it with the **Link a cluster to ArgoCD** " +
              "template, or edit it to add every field of that form.",
          },
        };
      }
      return { request: linkRequestFromIssueForm(trigger.body, `issue #${trigger.number}`) };
    }
    return {
      request: linkRequestFromDispatchInputs(
        trigger.kind === "dispatch" ? trigger.inputs : {},
        "workflow_dispatch inputs",
      ),
    };
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    return {
      invalid: {
        headline:
          "Every field below needs a change; edit the issue and the Action runs again. Nothing was created.",
        fieldErrors: error.errors,
      },
    };
  }
}
