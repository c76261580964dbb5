// Prints the CHANGELOG.md section of one version (without its heading), for the release notes,
// and fails when the version has no section or an empty one.
// Usage: node scripts/changelog-section.mjs <version> [CHANGELOG.md]
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

/** The body of `## [<version>] - <date>` up to the next `## ` heading, trimmed. */
export function changelogSection(changelog, version) {
  const lines = changelog.split("\n");
  const heading = new RegExp(
    `^## \\[${version.replace(/[.+-]/g, "\\$&")}\\](?: - \\d{4}-\\d{2}-\\d{2})?\\s*$`,
  );
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) throw new Error(`CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section`);
  const end = lines.findIndex((line, i) => i > start && line.startsWith("## "));
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join("\n")
    .trim();
  if (!body) throw new Error(`the CHANGELOG.md section of ${version} is empty`);
  return body;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [version, file = "CHANGELOG.md"] = process.argv.slice(2);
  if (!version) {
    console.error("usage: node scripts/changelog-section.mjs <version> [CHANGELOG.md]");
    process.exit(2);
  }
  try {
    console.log(changelogSection(readFileSync(file, "utf8"), version));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
