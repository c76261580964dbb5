import { truncate } from "./text.js";

/** One problem with one input field: what it is, what was given, what is allowed. */
export interface FieldError {
  /** The field as the user wrote it, e.g. `namespaces[2]` or `labels."team"`. */
  field: string;
  /** What was given, as a short printable string (never a secret). */
  value: string;
  /** What is wrong and what is allowed. */
  message: string;
}

/** Exit code 2: the request (or the facts given with it) is invalid. Carries every problem found. */
export class InvalidInputError extends Error {
  readonly exitCode = 2;
  constructor(
    readonly what: string,
    readonly errors: FieldError[],
  ) {
    super(
      `${what} is invalid:\n${errors.map((e) => `  - ${e.field}: ${e.message} (got ${e.value})`).join("\n")}`,
    );
    this.name = "InvalidInputError";
  }
}

/** Exit code 3: the repository layout is not understood, or a file cannot be edited safely. */
export class LayoutError extends Error {
  readonly exitCode = 3;
  constructor(message: string) {
    super(message);
    this.name = "LayoutError";
  }
}

/** Renders any value as a short one-line string for an error message. */
export function show(value: unknown): string {
  if (value === undefined) return "nothing";
  let text: string;
  try {
    text = typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    // JSON.stringify fails on cycles, BigInt and values nested deeper than the stack; String() may too.
    try {
      text = String(value);
    } catch {
      text = typeof value === "object" ? "(a value too deeply nested to show)" : typeof value;
    }
  }
  return truncate(text, 80);
}
