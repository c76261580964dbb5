// The validation kit shared by every parser of outside input (requests, issue forms, cluster facts,
// AWS answers): text rules, the plain-mapping test and the wording of "not the right kind" errors.

import { show, type FieldError } from "./errors.js";

/** A text field's limit and pattern, with the pattern in words for error messages. */
export interface TextRule {
  max: number;
  pattern: RegExp;
  words: string;
}

/** AWS region names: request fields and cluster facts check them alike. */
export const AWS_REGION: TextRule = {
  max: 25,
  pattern: /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$/,
  words: "an AWS region such as us-east-1, eu-central-2 or us-gov-west-1",
};

/** EKS cluster names: request fields and cluster facts check them alike. */
export const EKS_CLUSTER_NAME: TextRule = {
  max: 100,
  pattern: /^[0-9A-Za-z][A-Za-z0-9_-]*$/,
  words: "an EKS cluster name: letters, digits, '-' and '_', starting with a letter or digit",
};

/** Parser messages (YAML, JSON) quoted in reports are cut to this many characters. */
export const PARSER_MESSAGE_MAX = 120;

/**
 * A plain mapping as JSON or untagged YAML gives it. Not a list, and not what YAML tags make of a
 * document (`!!set` a Set, `!!omap` a Map, `!!timestamp` a Date, `!!binary` bytes): reading those as
 * mappings would silently drop their content.
 */
export function isMapping(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** What a value is, in words for "must be ..., not ..." messages; names the YAML tag that made it. */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Set) return "a YAML !!set (tagged collections are not allowed)";
  if (value instanceof Map) return "a YAML !!omap or !!pairs (tagged collections are not allowed)";
  if (value instanceof Date) return "a YAML !!timestamp (quote the value to give text)";
  if (value instanceof Uint8Array) return "a YAML !!binary (tagged values are not allowed)";
  if (isMapping(value)) return "a mapping";
  if (typeof value === "object") return "a tagged YAML value (tags are not allowed)";
  if (typeof value === "number" || typeof value === "boolean") return `the ${typeof value} ${String(value)}`;
  return typeof value === "string" ? "a string" : typeof value;
}

/** Control characters and line breaks have no place in any outside value. */
export function hasControlCharacter(text: string): boolean {
  return /[\p{Cc}\u2028\u2029]/u.test(text);
}

/** The shape of a non-string value, for "must be a string" messages. */
export function notText(value: unknown): string {
  if (typeof value === "number" || typeof value === "boolean") {
    return `must be a string, not the ${typeof value} ${String(value)}; quote it ("${String(value)}")`;
  }
  if (Array.isArray(value)) return "must be a single string, not a list";
  return `must be a string, not ${typeof value === "object" ? kindOf(value) : typeof value}`;
}

/**
 * Reads a string, checked in order: type, control characters, length, pattern.
 * Records a FieldError and returns undefined when the value is not allowed.
 */
export function readText(
  errors: FieldError[],
  field: string,
  value: unknown,
  rule: TextRule,
): string | undefined {
  const fail = (message: string) => {
    errors.push({ field, value: show(value), message });
    return undefined;
  };
  if (typeof value !== "string") return fail(`${notText(value)}; expected ${rule.words}`);
  if (hasControlCharacter(value)) return fail(`must not contain control characters or line breaks`);
  if (value.length > rule.max) {
    return fail(`is ${value.length} characters long; at most ${rule.max} are allowed for ${rule.words}`);
  }
  if (!rule.pattern.test(value)) return fail(`must be ${rule.words} (at most ${rule.max} characters)`);
  return value;
}
