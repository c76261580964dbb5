// What every CLI command shares: its context, the usage error, reading an input file with a
// readable reason, and "did you mean" suggestions.

import { readFile } from "node:fs/promises";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The clock (token ages of `rotate`, a new token's date); tests inject one. Default: the system clock. */
  now?: () => Date;
}

/** The parsed options; each command reads the ones it documents. */
export interface CliValues {
  repo?: string;
  request?: string;
  facts?: string;
  json?: boolean;
  link?: string[];
  force?: boolean;
  "dry-run"?: boolean;
  "argocd-server"?: string;
  "argocd-ca-cert"?: string;
  "argocd-timeout"?: string;
}

export interface CommandContext {
  values: CliValues;
  io: CliIo;
  /** stderr with bidi and invisible characters shown, not echoed. */
  stderr: (text: string) => void;
}

/** A mistake in how the CLI was called: one line, then the short usage; exit code 2. */
export class CliUsageError extends Error {
  readonly exitCode = 2;
}

const ERRNO_REASONS: Record<string, string> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a directory, not a file",
  ENOTDIR: "a part of the path is a file, not a directory",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "the path is too long",
};

/** Why a path cannot be read, in words rather than an errno code. */
export function whyUnreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && ERRNO_REASONS[code]) return ERRNO_REASONS[code];
  return code ?? (error instanceof Error ? error.message : String(error));
}

/** The text of a file given as `flag`; a file that cannot be read is one clear line. */
export async function readInputFile(path: string, flag: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new CliUsageError(`${flag} ${JSON.stringify(path)} cannot be read: ${whyUnreadable(error)}.`);
  }
}

/** Edit distance counting a swap of two neighbours as one edit ("plna" → "plan"); inputs are short. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest known word to a mistyped one, if it is close enough to be what was meant. */
export function didYouMean(word: string, known: readonly string[]): string | undefined {
  let best: { word: string; distance: number } | undefined;
  for (const candidate of known) {
    const d = candidate.startsWith(word) && word.length >= 2 ? 0 : distance(word, candidate);
    if (!best || d < best.distance) best = { word: candidate, distance: d };
  }
  return best && best.distance <= Math.max(1, Math.floor(best.word.length / 3)) ? best.word : undefined;
}
