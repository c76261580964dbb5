// The HTTP side: authentication, OpenAPI routing and validation, fault injection, dispatch to
// the REST handlers, GitHub's response headers, and the request log.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { errorBody, HttpError, type Ctx, type Handler, type Reply } from "./http.js";
import { loadOpenApi, type OpenApi, type RouteMatch } from "./openapi.js";
import { gitHandlers } from "./handlers/git.js";
import { graphql } from "./handlers/graphql.js";
import { issueHandlers } from "./handlers/issues.js";
import { pullHandlers } from "./handlers/pulls.js";
import { repoHandlers } from "./handlers/repos.js";
import { tarGz } from "./tar-writer.js";
import { humanActor, repoView, type FakeRepoState } from "./inspect.js";
import {
  BOT_LOGIN,
  HUMAN_LOGIN,
  RepoRecord,
  SEED_DATE,
  World,
  type Actor,
  type Permission,
} from "./state.js";

export interface FakeRepoSeed {
  owner: string;
  name: string;
  /** Default "main". */
  defaultBranch?: string;
  /** Path → text; committed as one root commit with a fixed date, so its sha is deterministic. */
  files: Record<string, string>;
  id?: number;
}

export interface FakeGitHubOptions {
  repos: FakeRepoSeed[];
  /** Login → permission for the collaborator-permission endpoint; anyone else has "none". */
  permissions?: Record<string, Permission>;
  /** The app/bot token every request must carry (acting as github-actions[bot]). Default "ghs_test". */
  token?: string;
  /** Extra tokens acting as human users: token → login. Their commits are not GitHub-signed. */
  userTokens?: Record<string, string>;
  /** Clock for timestamps of API-created objects. Default: the real time. */
  now?: () => Date;
}

export interface RecordedRequest {
  method: string;
  /** Path without the query string, as sent (percent-encoded). */
  path: string;
  query: Record<string, string>;
  /** The matched OpenAPI operation, when there is one. */
  operationId?: string;
  status: number;
  /** Request body bytes. */
  bytesIn: number;
  /** Response body bytes. */
  bytesOut: number;
  /** Date.now() when the request arrived. */
  at: number;
  /** The response came from failNext(). */
  injected: boolean;
  /** Login behind the token, when it authenticated. */
  actor?: string;
}

export interface FailRule {
  method?: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Default 1. */
  times?: number;
  /** Let this many matching requests through before failing. Default 0. */
  after?: number;
  /**
   * Carry the request out, then answer with this failure instead of the result: a write that
   * succeeded but whose answer was lost (a 502 from a proxy after GitHub acted). Default false.
   */
  afterHandling?: boolean;
}

const HANDLERS: Record<string, Handler> = {
  ...repoHandlers,
  ...gitHandlers,
  ...pullHandlers,
  ...issueHandlers,
};

const RATE_LIMIT = 5000;

/** The request log's operation id for POST /graphql (not an operation of the REST description). */
export const GRAPHQL_OPERATION = "graphql";
const GRAPHQL_DOCS = "https://docs.github.com/graphql";

interface Outcome {
  reply: Reply;
  operationId?: string;
  injected?: boolean;
  actor?: Actor;
}

export class FakeGitHub {
  url = "";
  readonly requests: RecordedRequest[] = [];
  /** Requests GitHub's OpenAPI description does not allow (unknown operation or invalid input). */
  readonly violations: string[] = [];
  /** Operations that exist on GitHub but that the fake does not implement (answered 501). */
  readonly unimplemented: string[] = [];
  /** Exceptions thrown by handlers (answered 500): bugs in the fake. */
  readonly internalErrors: string[] = [];

  private readonly world: World;
  private readonly token: string;
  private readonly userTokens: Map<string, string>;
  private readonly faults: (FailRule & { remaining: number; skip: number })[] = [];
  private readonly server: Server;
  private readonly rateReset = Math.floor(Date.now() / 1000) + 3600;
  private used = 0;
  private requestCounter = 0;

  constructor(
    private readonly api: OpenApi,
    opts: FakeGitHubOptions,
  ) {
    this.token = opts.token ?? "ghs_test";
    this.userTokens = new Map(Object.entries(opts.userTokens ?? {}));
    const permissions = new Map<string, Permission>();
    for (const [login, p] of Object.entries(opts.permissions ?? {})) permissions.set(login.toLowerCase(), p);
    this.world = new World(permissions, opts.now ?? (() => new Date()));
    opts.repos.forEach((seed, i) => this.seed(seed, 100_000 + i));
    this.server = createServer((req, res) => void this.onRequest(req, res));
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(0, "127.0.0.1", () => resolve());
    });
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    this.world.apiUrl = this.url;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /** Clears the request log (not the violations). */
  resetLog(): void {
    this.requests.length = 0;
  }

  failNext(rule: FailRule): void {
    this.faults.push({ ...rule, remaining: rule.times ?? 1, skip: rule.after ?? 0 });
  }

  repo(owner: string, name: string): FakeRepoState {
    return repoView(this.repoRecord(owner, name));
  }

  /** Pushes a commit by "octo-human" on top of `branch` (created from the default branch if missing). */
  humanCommit(
    owner: string,
    name: string,
    branch: string,
    files: Record<string, string | null>,
    message: string,
  ): string {
    const who = { name: HUMAN_LOGIN, email: `${HUMAN_LOGIN}@users.noreply.github.com` };
    return this.repoRecord(owner, name).commitFiles(branch, files, message, who, this.world.now());
  }

  openIssue(
    owner: string,
    name: string,
    issue: { title: string; body: string; user?: string; labels?: string[] },
  ): number {
    return this.repoRecord(owner, name).newIssue({
      title: issue.title,
      body: issue.body,
      user: humanActor(issue.user ?? HUMAN_LOGIN),
      labels: issue.labels,
    }).number;
  }

  /**
   * Opens a pull request from a fork's branch, as its owner would: `head` is a branch of
   * `forkOwner/<name>` (the fork keeps the repository's name), with `files` committed on top of
   * the base branch. Returns its number.
   */
  openForkPull(
    owner: string,
    name: string,
    pull: {
      forkOwner: string;
      head: string;
      base?: string;
      title: string;
      body: string;
      files: Record<string, string>;
    },
  ): number {
    const repo = this.repoRecord(owner, name);
    const base = pull.base ?? repo.defaultBranch;
    const who = { name: pull.forkOwner, email: `${pull.forkOwner}@users.noreply.github.com` };
    // Committed on a scratch ref, then only kept in the object store (GitHub's refs/pull/N/head).
    const scratch = `fork-scratch/${pull.forkOwner}/${pull.head}`;
    repo.refs.set(`refs/heads/${scratch}`, repo.branch(base)!);
    const sha = repo.commitFiles(scratch, pull.files, pull.title, who, this.world.now());
    repo.refs.delete(`refs/heads/${scratch}`);
    const issue = repo.newIssue({ title: pull.title, body: pull.body, user: humanActor(pull.forkOwner) });
    repo.refs.set(`refs/pull/${issue.number}/head`, sha);
    issue.pull = {
      headRef: pull.head,
      headSha: sha,
      baseRef: base,
      draft: false,
      maintainerCanModify: true,
      merged: false,
      headRepo: { owner: pull.forkOwner, name },
    };
    return issue.number;
  }

  /**
   * Merges a pull request as `user` would with the "Create a merge commit" button: the base branch
   * gets a commit with the changes of the head since their merge base, parents [base, head].
   */
  mergePull(owner: string, name: string, number: number, user = HUMAN_LOGIN): string {
    const repo = this.repoRecord(owner, name);
    const issue = repo.issues.get(number);
    const pull = issue?.pull;
    if (!issue || !pull) throw new Error(`no pull request #${number} in ${owner}/${name}`);
    if (issue.state !== "open") throw new Error(`pull request #${number} is not open`);
    const head = repo.branch(pull.headRef) ?? pull.headSha;
    const base = repo.branch(pull.baseRef)!;
    // The merge base: the nearest ancestor of the head that the base branch contains.
    const queue = [head];
    const seen = new Set<string>();
    let mergeBase: string | undefined;
    while (queue.length > 0 && !mergeBase) {
      const sha = queue.shift()!;
      if (seen.has(sha)) continue;
      seen.add(sha);
      if (repo.git.isAncestor(sha, base)) mergeBase = sha;
      else queue.push(...(repo.git.commit(sha)?.parents ?? []));
    }
    const view = repoView(repo);
    const before = mergeBase ? view.files(mergeBase) : {};
    const after = view.files(head);
    const changes: Record<string, string | null> = {};
    for (const path of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (before[path] !== after[path]) changes[path] = after[path] ?? null;
    }
    const now = this.world.now();
    const who = { name: user, email: `${user}@users.noreply.github.com` };
    const tree = repo.git.writeFiles(repo.git.commit(base)!.tree, changes);
    const commit = repo.git.putCommit({
      tree,
      parents: [base, head],
      author: { ...who, date: now },
      committer: { ...who, date: now },
      message: `Merge pull request #${number} from ${owner}/${pull.headRef}\n\n${issue.title}`,
    });
    repo.refs.set(`refs/heads/${pull.baseRef}`, commit);
    pull.headSha = head;
    pull.merged = true;
    pull.merge = { by: humanActor(user), at: now, commit };
    issue.state = "closed";
    issue.closed_at = now;
    issue.updated_at = now;
    return commit;
  }

  /** Edits an issue or pull request as a human would in the UI; `labels` replaces the set. */
  editIssue(
    owner: string,
    name: string,
    number: number,
    patch: { title?: string; body?: string | null; state?: "open" | "closed"; labels?: string[] },
  ): void {
    const repo = this.repoRecord(owner, name);
    const issue = repo.issues.get(number);
    if (!issue) throw new Error(`no issue #${number} in ${owner}/${name}`);
    const now = this.world.now();
    if (patch.title !== undefined) issue.title = patch.title;
    if (patch.body !== undefined) issue.body = patch.body;
    if (patch.state !== undefined && patch.state !== issue.state) {
      issue.state = patch.state;
      issue.closed_at = patch.state === "closed" ? now : null;
    }
    if (patch.labels !== undefined) {
      issue.labels = [...new Set(patch.labels.map((l) => repo.ensureLabel(l).name.toLowerCase()))];
    }
    issue.updated_at = now;
  }

  /** Adds a comment by a human (default "octo-human") to an issue or pull request; returns its id. */
  addComment(owner: string, name: string, number: number, body: string, user = HUMAN_LOGIN): number {
    const repo = this.repoRecord(owner, name);
    const issue = repo.issues.get(number);
    if (!issue) throw new Error(`no issue #${number} in ${owner}/${name}`);
    return repo.addComment(issue, body, humanActor(user)).id;
  }

  setPermission(login: string, permission: Permission): void {
    this.world.permissions.set(login.toLowerCase(), permission);
  }

  private repoRecord(owner: string, name: string): RepoRecord {
    const repo = this.world.findRepo(owner, name);
    if (!repo) throw new Error(`the fake has no repository ${owner}/${name}`);
    return repo;
  }

  private seed(seed: FakeRepoSeed, fallbackId: number): void {
    const branch = seed.defaultBranch ?? "main";
    const repo = new RepoRecord(this.world, seed.id ?? fallbackId, seed.owner, seed.name, branch);
    const who = { name: HUMAN_LOGIN, email: `${HUMAN_LOGIN}@users.noreply.github.com` };
    repo.commitFiles(branch, seed.files, "Initial commit", who, SEED_DATE);
    this.world.addRepo(repo);
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = (req.method ?? "GET").toUpperCase();
    let outcome: Outcome;
    try {
      outcome = url.pathname.startsWith("/_codeload/")
        ? { reply: this.codeload(method, url) }
        : this.dispatch(method, url, req.headers.authorization, raw);
    } catch (error) {
      const text = `${method} ${url.pathname}: ${(error as Error).stack ?? String(error)}`;
      this.internalErrors.push(text);
      outcome = { reply: { status: 500, body: { message: `Fake GitHub internal error: ${text}` } } };
    }
    const { reply } = outcome;
    this.used++;
    const headers: Record<string, string> = {
      "x-github-request-id": `FAKE:${(++this.requestCounter).toString(16).toUpperCase().padStart(6, "0")}`,
      "x-github-media-type": "github.v3; format=json",
      "x-github-api-version-selected": "2022-11-28",
      "x-ratelimit-limit": String(RATE_LIMIT),
      "x-ratelimit-remaining": String(Math.max(RATE_LIMIT - this.used, 0)),
      "x-ratelimit-reset": String(this.rateReset),
      "x-ratelimit-used": String(this.used),
      "x-ratelimit-resource": "core",
      ...Object.fromEntries(Object.entries(reply.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    };
    const body =
      reply.raw ??
      (reply.status === 204 || reply.body === undefined
        ? Buffer.alloc(0)
        : Buffer.from(JSON.stringify(reply.body)));
    if (body.length > 0) headers["content-type"] ??= "application/json; charset=utf-8";
    headers["content-length"] = String(body.length);
    this.requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      operationId: outcome.operationId,
      status: reply.status,
      bytesIn: raw.length,
      bytesOut: body.length,
      at,
      injected: outcome.injected === true,
      actor: outcome.actor?.login,
    });
    res.writeHead(reply.status, headers);
    res.end(body);
  }

  /**
   * The archive host a tarball request redirects to (codeload.github.com on GitHub): not an API
   * call (no operationId in the log, no rate limit), authorised by the link's one-time token.
   */
  private codeload(method: string, url: URL): Reply {
    const link = this.world.archiveLinks.get(url.searchParams.get("token") ?? "");
    const m = /^\/_codeload\/([^/]+)\/([^/]+)\/legacy\.tar\.gz\/([0-9a-f]{40})$/.exec(url.pathname);
    if (method !== "GET" || !link || !m || link.commit !== m[3] || link.repo.fullName !== `${m[1]}/${m[2]}`) {
      return { status: 404, raw: Buffer.from("404: Not Found"), headers: { "content-type": "text/plain" } };
    }
    this.world.archiveLinks.delete(url.searchParams.get("token")!);
    const commit = link.repo.git.commit(link.commit)!;
    const top = `${link.repo.owner}-${link.repo.name}-${link.commit.slice(0, 7)}`;
    const mtime = Math.floor(Date.parse(commit.committer.date) / 1000);
    return {
      status: 200,
      raw: tarGz(link.repo.git, link.commit, commit.tree, top, mtime),
      headers: {
        "content-type": "application/x-gzip",
        "content-disposition": `attachment; filename=${top}.tar.gz`,
      },
    };
  }

  private authenticate(header: string | undefined): Actor | undefined {
    const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? "");
    if (!m) return undefined;
    if (m[1] === this.token) return { login: BOT_LOGIN, type: "Bot" };
    const login = this.userTokens.get(m[1]!);
    return login ? { login, type: "User" } : undefined;
  }

  private dispatch(method: string, url: URL, authorization: string | undefined, raw: Buffer): Outcome {
    const path = url.pathname;
    if (path === "/graphql") return this.dispatchGraphql(method, authorization, raw);
    const match = this.api.match(method, path);
    const operationId = match?.op.operationId;
    const actor = this.authenticate(authorization);
    if (!actor) {
      return {
        operationId,
        reply: {
          status: 401,
          body: {
            message: "Bad credentials",
            documentation_url: "https://docs.github.com/rest",
            status: "401",
          },
        },
      };
    }
    if (!match) {
      this.violations.push(`${method} ${path}: no such operation in GitHub's OpenAPI description`);
      return {
        actor,
        reply: {
          status: 404,
          headers: { "x-fake-openapi": "no-operation" },
          body: { message: "Not Found", documentation_url: "https://docs.github.com/rest", status: "404" },
        },
      };
    }
    let value: unknown;
    if (raw.length > 0) {
      try {
        value = JSON.parse(raw.toString("utf8"));
      } catch {
        return this.error(match, actor, new HttpError(400, "Problems parsing JSON"));
      }
    }
    const problems = this.api.validate(match, url.searchParams, { present: raw.length > 0, value });
    if (problems.length > 0) {
      const details = problems.join("; ");
      this.violations.push(`${method} ${path} (${match.op.operationId}): ${details}`);
      return this.error(
        match,
        actor,
        new HttpError(422, `Invalid request (OpenAPI): ${details}`, {}, { "x-fake-openapi": "invalid" }),
      );
    }
    const fault = this.faults.find(
      (f) => (!f.method || f.method.toUpperCase() === method) && testPath(f.path, path),
    );
    if (fault && fault.skip > 0) {
      fault.skip--;
    } else if (fault) {
      if (--fault.remaining <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
      if (fault.afterHandling) {
        const handled = HANDLERS[match.op.operationId];
        if (handled) {
          try {
            handled(this.context(method, url, match, value, actor));
          } catch (error) {
            if (!(error instanceof HttpError)) throw error;
          }
        }
      }
      return {
        operationId,
        actor,
        injected: true,
        reply: {
          status: fault.status,
          headers: fault.headers,
          body: fault.body ?? { message: `Injected failure (${fault.status})`, status: String(fault.status) },
        },
      };
    }
    const handler = HANDLERS[match.op.operationId];
    if (!handler) {
      this.unimplemented.push(`${method} ${match.op.template} (${match.op.operationId})`);
      return this.error(
        match,
        actor,
        new HttpError(
          501,
          `Fake GitHub does not implement ${match.op.operationId}`,
          {},
          { "x-fake-openapi": "not-implemented" },
        ),
      );
    }
    try {
      return { operationId, actor, reply: handler(this.context(method, url, match, value, actor)) };
    } catch (error) {
      if (error instanceof HttpError) return this.error(match, actor, error);
      throw error;
    }
  }

  /** POST /graphql: GitHub's GraphQL endpoint (not in the REST description), with the same faults. */
  private dispatchGraphql(method: string, authorization: string | undefined, raw: Buffer): Outcome {
    const operationId = GRAPHQL_OPERATION;
    const actor = this.authenticate(authorization);
    if (!actor) {
      return {
        operationId,
        reply: {
          status: 401,
          body: {
            message: "This endpoint requires you to be authenticated.",
            documentation_url: GRAPHQL_DOCS,
          },
        },
      };
    }
    if (method !== "POST") {
      this.violations.push(`${method} /graphql: GitHub's GraphQL endpoint takes POST only`);
      return {
        operationId,
        actor,
        reply: { status: 404, body: { message: "Not Found", documentation_url: GRAPHQL_DOCS } },
      };
    }
    let value: unknown;
    try {
      value = JSON.parse(raw.toString("utf8"));
    } catch {
      this.violations.push("POST /graphql: the body is not JSON");
      return {
        operationId,
        actor,
        reply: { status: 400, body: { message: "Problems parsing JSON", documentation_url: GRAPHQL_DOCS } },
      };
    }
    const fault = this.faults.find(
      (f) => (!f.method || f.method.toUpperCase() === method) && testPath(f.path, "/graphql"),
    );
    if (fault && fault.skip > 0) {
      fault.skip--;
    } else if (fault) {
      if (--fault.remaining <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
      if (fault.afterHandling) graphql(this.world, actor, value);
      return {
        operationId,
        actor,
        injected: true,
        reply: {
          status: fault.status,
          headers: fault.headers,
          body: fault.body ?? { message: `Injected failure (${fault.status})`, status: String(fault.status) },
        },
      };
    }
    const result = graphql(this.world, actor, value);
    if (result.violation) this.violations.push(`POST /graphql: ${result.violation}`);
    return { operationId, actor, reply: result.reply };
  }

  private context(method: string, url: URL, match: RouteMatch, body: unknown, actor: Actor): Ctx {
    return {
      world: this.world,
      method,
      path: url.pathname,
      query: url.searchParams,
      params: match.params,
      body,
      actor,
      documentationUrl: match.op.documentationUrl,
    };
  }

  private error(match: RouteMatch, actor: Actor, err: HttpError): Outcome {
    return {
      operationId: match.op.operationId,
      actor,
      reply: { status: err.status, headers: err.headers, body: errorBody(err, match.op.documentationUrl) },
    };
  }
}

function testPath(re: RegExp, path: string): boolean {
  re.lastIndex = 0;
  return re.test(path);
}

export async function startFakeGitHub(opts: FakeGitHubOptions): Promise<FakeGitHub> {
  const fake = new FakeGitHub(await loadOpenApi(), opts);
  await fake.listen();
  return fake;
}
