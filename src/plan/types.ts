export interface FileChange {
  /** Repository-relative path. */
  path: string;
  /** `delete` (an unlink) removes the file; its content is then empty. */
  action: "create" | "update" | "delete";
  /** The whole new content of the file. */
  content: string;
  /** The content before the change (updates and deletes); not part of the JSON output. */
  previous?: string;
}

/** One pull request: changes to the layers of one account, applied before the next step. */
export interface Step {
  /** Stable id of the step within a link, e.g. `source-role`. */
  id: string;
  /** Position in the link's full sequence of steps (counting steps already merged), 1-based. */
  number: number;
  /** Number of steps in the full sequence. */
  total: number;
  account: string;
  layers: string[];
  title: string;
  /** Markdown that explains the change to a reviewer. */
  body: string;
  /** The commands to run, in order, once the change is merged. */
  apply: string[];
  files: FileChange[];
}

export interface Plan {
  linkId: string;
  /** Steps in apply order; steps whose files are already in place are left out. */
  steps: Step[];
  /** Steps that were left out because the repository already has them. */
  upToDate: string[];
  /** Things the reviewer must know or do outside the repository, as plain text. */
  notes: string[];
  /**
   * The same notes split into prose and the values they quote (`noteParts[i]` joined is
   * `notes[i]`), so a Markdown report shows only the values as code. Absent: every note is prose.
   */
  noteParts?: NotePart[][];
}

/** A piece of a plan note: prose, or a value it quotes (a name, a namespace, a path, file lines). */
export interface NotePart {
  text: string;
  value?: true;
}
