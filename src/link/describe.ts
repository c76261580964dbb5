// How a link's grant is said to a reviewer, in the words every step's pull request shares.
import { code } from "../core/markdown.js";
import type { LinkRequest } from "../request/types.js";
import { clusterWide } from "./grant.js";

/** The access a link grants, in words, e.g. `edit` access, in the namespaces `a`, `b`. */
export function accessText(req: LinkRequest): string {
  const scope = clusterWide(req)
    ? "cluster-wide"
    : `in the namespaces ${req.namespaces.map(code).join(", ")}`;
  return `${code(req.access)} access, ${scope}`;
}
