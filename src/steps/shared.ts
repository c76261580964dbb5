// Pieces every file a link writes shares: the owner header and the tags of new AWS resources.

import { attr, blank, comment, raw, type BodyItem } from "../hcl/write.js";
import type { LinkRequest } from "../request/types.js";
import { markerFor, ownerLine, type LinkNames } from "../link/names.js";

export function header(lines: string[]): BodyItem[] {
  return [comment(lines.join("\n")), blank];
}

/**
 * The first lines of every file a link owns: its id, and who it links, so that a request reusing
 * the id for another link is refused instead of rewriting this one (see ownerOf).
 */
export function linkMarker(names: LinkNames, req: LinkRequest): string[] {
  return [markerFor(names.id), ownerLine(names.release, req)];
}

export function tags(hasTagsLocal: boolean, extra: Record<string, string>): BodyItem[] {
  return hasTagsLocal
    ? [attr("tags", raw(`merge(local.tags, ${renderInlineMap(extra)})`))]
    : [attr("tags", extra)];
}

function renderInlineMap(map: Record<string, string>): string {
  return `{ ${Object.entries(map)
    .map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
    .join(", ")} }`;
}
