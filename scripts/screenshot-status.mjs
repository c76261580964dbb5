// Pictures of the status comment, one per status: docs/images/status-<name>.png.
//
// Each comment comes from a real run of the Action (src/action/report.ts renders it) against the
// local GitHub and AWS servers of the end-to-end tests (test/support/status-gallery.ts, the same
// runs test/docs/status-comment.test.ts checks), is rendered as GitHub-flavoured Markdown (marked)
// (in comments, like GitHub, a line break is a line break) with GitHub's Markdown style sheet (github-markdown-css) and photographed by headless Chromium
// through the DevTools protocol on a pipe (no network, no extra package).
//
// Run by hand after a change to the report (not part of `npm test`, which needs no browser):
//   apt-get install -y chromium fonts-noto-color-emoji     # Debian's packages
//   node scripts/screenshot-status.mjs [--chromium PATH] [--width 880]
// then look at the pictures and commit docs/images/.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { marked } from "marked";
import { compileTestServers } from "./test-servers.mjs";

const { values } = parseArgs({
  options: {
    chromium: { type: "string", default: "chromium" },
    width: { type: "string", default: "880" },
  },
});
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "docs", "images");
const css = readFileSync(
  join(root, "node_modules", "github-markdown-css", "github-markdown-light.css"),
  "utf8",
);

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A page like a GitHub issue comment (or the job summary of a run without an issue). */
function page(picture) {
  const comment = picture.markdown.startsWith("<!--");
  const header = comment
    ? "<b>github-actions</b> <span class=bot>bot</span> commented"
    : "<b>Job summary</b> of the workflow run";
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(picture.name)}</title>
<style>${css}
body { margin: 0; padding: 16px; background: #fff; font-family: -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
.box { border: 1px solid #d1d9e0; border-radius: 6px; }
.head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; font-size: 14px; color: #59636e; border-radius: 6px 6px 0 0; }
.head b { color: #1f2328; }
.bot { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 6px; font-size: 12px; }
.markdown-body { padding: 16px; font-size: 14px; }
</style></head><body><div class="box"><div class="head">${header}</div>
<article class="markdown-body">${marked.parse(picture.markdown, { gfm: true, breaks: comment, async: false })}</article></div></body></html>`;
}

/** Headless Chromium driven over --remote-debugging-pipe: fd 3 takes commands, fd 4 answers. */
async function startChromium(profile) {
  const child = spawn(
    values.chromium,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--hide-scrollbars",
      "--no-first-run",
      "--remote-debugging-pipe",
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    { stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const pending = new Map();
  const listeners = [];
  let buffer = "";
  child.stdio[4].on("data", (chunk) => {
    buffer += chunk.toString();
    let end;
    while ((end = buffer.indexOf("\0")) >= 0) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (message.id !== undefined) {
        const { resolve, reject } = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) reject(new Error(`${message.error.message} (${JSON.stringify(message.error)})`));
        else resolve(message.result);
      } else for (const listen of listeners) listen(message);
    }
  });
  const exited = new Promise((_, reject) =>
    child.on("exit", (code) => reject(new Error(`chromium exited (${code}):\n${stderr}`))),
  );
  let next = 0;
  const send = (method, params = {}, sessionId) => {
    const id = ++next;
    child.stdio[3].write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + "\0");
    return Promise.race([new Promise((resolve, reject) => pending.set(id, { resolve, reject })), exited]);
  };
  const once = (method, sessionId) =>
    new Promise((resolve) =>
      listeners.push((m) => m.method === method && m.sessionId === sessionId && resolve(m.params)),
    );
  const close = async () => {
    const gone = new Promise((resolve) => child.once("exit", resolve));
    child.kill();
    await gone;
  };
  return { send, once, close };
}

async function screenshot(browser, file, width) {
  const { targetId } = await browser.send("Target.createTarget", { url: "about:blank" });
  const { sessionId } = await browser.send("Target.attachToTarget", { targetId, flatten: true });
  const send = (method, params) => browser.send(method, params, sessionId);
  await send("Page.enable");
  await send("Emulation.setDeviceMetricsOverride", {
    width,
    height: 600,
    deviceScaleFactor: 1,
    mobile: false,
  });
  const loaded = browser.once("Page.loadEventFired", sessionId);
  await send("Page.navigate", { url: pathToFileURL(file).href });
  await loaded;
  // The comment box's height (the page is at least as tall as the viewport).
  const { result } = await send("Runtime.evaluate", {
    expression: "Math.ceil(document.querySelector('.box').getBoundingClientRect().bottom) + 16",
    returnByValue: true,
  });
  const { data } = await send("Page.captureScreenshot", {
    format: "png",
    captureBeyondViewport: true,
    clip: { x: 0, y: 0, width, height: result.value, scale: 1 },
  });
  await browser.send("Target.closeTarget", { targetId });
  return Buffer.from(data, "base64");
}

const build = compileTestServers(root);
const { statusPictures } = await import(join(build, "test", "support", "status-gallery.js"));
const pictures = await statusPictures();
const work = mkdtempSync(join(tmpdir(), "argocd-cluster-link-pictures-"));
const browser = await startChromium(join(work, "profile"));
try {
  mkdirSync(out, { recursive: true });
  for (const picture of pictures) {
    const html = join(work, `${picture.name}.html`);
    writeFileSync(html, page(picture));
    const png = await screenshot(browser, html, Number(values.width));
    writeFileSync(join(out, `status-${picture.name}.png`), png);
    console.log(
      `docs/images/status-${picture.name}.png  ${picture.status.padEnd(10)}  ${(png.length / 1024).toFixed(0)} KiB`,
    );
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true, maxRetries: 5 });
}
