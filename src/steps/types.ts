// The interface every step kind implements. A step is one pull request: the files of one account's
// layers, applied before the next step of the link.

import type { ParsedValues } from "../edit/values-yaml.js";
import type { ClusterFacts } from "../facts/types.js";
import type { Layout } from "../layout/types.js";
import type { Grant } from "../link/grant.js";
import type { LinkNames } from "../link/names.js";
import type { LinkRequest } from "../request/types.js";

/** Where the ArgoCD that gets the cluster lives, and its chart values (read once, used by several steps). */
export interface ArgoPlacement {
  /** True when the link's ArgoCD is a dedicated instance (created by this link or an earlier one). */
  dedicated: boolean;
  /** True when this link creates that instance; a later link adds its entry to the instance's files. */
  newInstance: boolean;
  namespace: string;
  /** Repository path of the values file the cluster entry goes into. */
  valuesPath: string;
  currentValues: string | undefined;
  /** The values, parsed without other links' cluster entries (see edit/values-skeleton.ts). */
  parsedValues: ParsedValues | undefined;
  /** The ArgoCD service accounts that talk to clusters (IRSA subjects). */
  serviceAccounts: string[];
}

/** Everything a step kind reads to decide whether it is needed and to write its files. */
export interface LinkContext {
  req: LinkRequest;
  facts: ClusterFacts;
  layout: Layout;
  grant: Grant;
  names: LinkNames;
  argocd: ArgoPlacement;
  /** The plan's date: a new bearer token records it as its creation (`# token-created:`). */
  date?: Date;
  read(path: string): Promise<string | undefined>;
  /** Whether a layer already defines `locals { tags = ... }` for new resources to merge. */
  hasTagsLocal(layerPath: string): Promise<boolean>;
}

export interface StepKind<Id extends string = string> {
  readonly id: Id;
  /** The account whose layers the step changes: the request's source (ArgoCD) or target (cluster) account. */
  readonly side: "source" | "target";
  needed(link: LinkContext): boolean;
  layers(link: LinkContext): string[];
  /** Path → the whole new content of every file the step writes (unchanged ones are dropped by the planner). */
  files(link: LinkContext): Promise<Map<string, string>>;
  /** Files of this link the step deletes (those that exist), e.g. what a rerun no longer needs. */
  removes?(link: LinkContext): string[];
  /** The end of the pull request title. */
  summary(link: LinkContext): string;
  /** Why the change is made, one Markdown bullet per line, for the reviewer. */
  why(link: LinkContext): string[];
}

/** Thrown when the planner calls a step the link does not need: a bug, not a user error. */
export function notNeeded(id: string): Error {
  return new Error(`step ${id} was planned although the link does not need it`);
}
