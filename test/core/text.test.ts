import { describe, expect, it } from "vitest";
import { show } from "../../src/core/errors.js";
import { escapeMarkdown } from "../../src/core/markdown.js";
import { oneLine, replaceInvisible, truncate } from "../../src/core/text.js";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("replaceInvisible", () => {
  it.each([
    ["right-to-left override", "a\u202Eb"],
    ["isolate", "a\u2066b\u2069"],
    ["Arabic letter mark", "a\u061Cb"],
    ["zero-width space", "a\u200Bb"],
    ["zero-width non-joiner", "a\u200Cb"],
    ["word joiner", "a\u2060b"],
    ["byte-order mark", "a\uFEFFb"],
    ["NUL", "a\u0000b"],
    ["escape (terminal sequences)", "a\u001B[31mb"],
    ["C1 control", "a\u009Bb"],
  ])("shows a %s as U+FFFD", (_name, text) => {
    const shown = replaceInvisible(text);
    expect(shown).toContain("\uFFFD");
    expect(shown).not.toMatch(/[\p{Cc}\u061C\u200B\u200C\u2060\u202A-\u202E\u2066-\u2069\uFEFF]/u);
  });

  it("keeps emoji sequences whole (the zero-width joiner stays)", () => {
    expect(replaceInvisible("👩\u200D💻")).toBe("👩\u200D💻");
  });

  it("keeps newlines and tabs when asked, normalising \\r\\n, \\r and U+2028", () => {
    expect(replaceInvisible("a\r\nb\rc\u2028d\n\u202Ee\tf", { keepNewlines: true })).toBe(
      "a\nb\nc\nd\n\uFFFDe\tf",
    );
    expect(replaceInvisible("a\nb")).toBe("a\uFFFDb");
  });

  it("is what the status comment's Markdown escaping uses", () => {
    expect(escapeMarkdown("x\u200By")).toBe("x\uFFFDy");
  });
});

describe("truncate", () => {
  it("leaves short text alone", () => {
    expect(truncate("abc", 3)).toBe("abc");
  });

  it("never leaves half a surrogate pair", () => {
    const text = "😀".repeat(30);
    for (let max = 3; max < text.length; max++) {
      const cut = truncate(text, max);
      expect(cut.length, `max ${max}`).toBeLessThanOrEqual(max);
      expect(cut, `max ${max}`).not.toMatch(LONE_SURROGATE);
      expect(cut.endsWith("...")).toBe(true);
    }
  });

  it("cuts between graphemes, not inside an emoji sequence or before a combining mark", () => {
    expect(truncate("ab👩\u200D💻cd", 8)).toBe("ab...");
    expect(truncate("abe\u0301fghi", 6)).toBe("ab...");
    expect(truncate("abe\u0301fghi", 7)).toBe("abe\u0301...");
  });
});

describe("oneLine", () => {
  it("turns runs of line breaks and tabs into one space and trims", () => {
    expect(oneLine("  a\r\n\tb\u2028\u2029c  ", 100)).toBe("a b c");
  });

  it("shows control and bidi characters as U+FFFD", () => {
    expect(oneLine("a\u0000b\u202Ec", 100)).toBe("a\uFFFDb\uFFFDc");
  });

  it("cuts to max by grapheme with an ellipsis", () => {
    expect(oneLine("x".repeat(10), 8)).toBe("xxxxx...");
    expect(oneLine("xxxx😀yyyy", 8)).toBe("xxxx...");
    expect(oneLine("xxxx😀yyyy", 8)).not.toMatch(LONE_SURROGATE);
  });
});

describe("show", () => {
  it("never cuts a value inside a surrogate pair", () => {
    for (let pad = 0; pad < 4; pad++) {
      const shown = show("a".repeat(pad) + "😀".repeat(60));
      expect(shown.length).toBeLessThanOrEqual(80);
      expect(shown).not.toMatch(LONE_SURROGATE);
    }
  });
});

describe("show on values too deep to print", () => {
  it("gives a short description instead of overflowing the stack", () => {
    let deep: unknown[] = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(show(deep)).toBe("(a value too deeply nested to show)");
  });
});
