// GraphQL (POST /graphql): exactly one operation, the `createCommitOnBranch` mutation the publisher
// sends, validated like GitHub does (variables against the input type, the branch head against
// `expectedHeadOid`) and applied to the git store like the REST handlers. Any other document is
// answered with GitHub-shaped `errors` and recorded as a violation: the fake does not guess.

import type { PathEdit } from "../git-store.js";
import type { Reply } from "../http.js";
import { BOT_IDENTITY, type Actor, type World } from "../state.js";

/** The one document accepted, whitespace-insensitive; the operation may be named. */
const MUTATION =
  /^mutation(?:\s+[_A-Za-z]\w*)?\s*\(\s*\$input\s*:\s*CreateCommitOnBranchInput!\s*\)\s*\{\s*createCommitOnBranch\s*\(\s*input\s*:\s*\$input\s*\)\s*\{\s*commit\s*\{\s*oid\s*\}\s*\}\s*\}$/;

export interface GraphqlResult {
  reply: Reply;
  /** Why the request is not one GitHub would accept as sent (a bug in the client), if it is not. */
  violation?: string;
}

const OK = 200;

function errors(...list: Record<string, unknown>[]): Reply {
  return { status: OK, body: { errors: list } };
}

/** A document or variables GitHub would reject before running anything. */
function rejected(message: string, extra: Record<string, unknown> = {}): GraphqlResult {
  return { reply: errors({ message, ...extra }), violation: message };
}

/** An error while running the mutation: `data.createCommitOnBranch` is null. */
function failed(type: string, message: string): GraphqlResult {
  return {
    reply: {
      status: OK,
      body: {
        data: { createCommitOnBranch: null },
        errors: [{ type, path: ["createCommitOnBranch"], locations: [{ line: 2, column: 3 }], message }],
      },
    },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

interface CommitInput {
  owner: string;
  name: string;
  branchName: string;
  expectedHeadOid: string;
  headline: string;
  body: string | undefined;
  additions: { path: string; contents: string }[];
  deletions: { path: string }[];
}

/** Problems of `$input` against CreateCommitOnBranchInput, as GitHub words them: path → explanation. */
function checkInput(input: unknown): {
  problems: { path: string[]; explanation: string }[];
  value?: CommitInput;
} {
  const problems: { path: string[]; explanation: string }[] = [];
  const problem = (path: string[], explanation: string) => problems.push({ path, explanation });
  if (!isObject(input)) return { problems: [{ path: [], explanation: "Expected value to not be null" }] };
  const known = new Set(["branch", "expectedHeadOid", "message", "fileChanges", "clientMutationId"]);
  for (const key of Object.keys(input))
    if (!known.has(key)) problem([key], "Field is not defined on CreateCommitOnBranchInput");

  const branch = input.branch;
  let owner = "";
  let name = "";
  let branchName = "";
  if (!isObject(branch)) problem(["branch"], "Expected value to not be null");
  else if (branch.id !== undefined) {
    // Valid on GitHub, but the fake resolves branches by name only.
    problem(["branch", "id"], "Fake GitHub resolves a branch by repositoryNameWithOwner and branchName only");
  } else {
    const full = branch.repositoryNameWithOwner;
    if (typeof full !== "string" || !/^[^/\s]+\/[^/\s]+$/.test(full)) {
      problem(["branch", "repositoryNameWithOwner"], 'Expected "owner/name"');
    } else [owner, name] = full.split("/") as [string, string];
    if (typeof branch.branchName !== "string" || branch.branchName === "") {
      problem(["branch", "branchName"], "Expected value to not be null");
    } else branchName = branch.branchName;
  }

  const expected = input.expectedHeadOid;
  if (typeof expected !== "string") problem(["expectedHeadOid"], "Expected value to not be null");
  else if (!/^[0-9a-f]{40}$/.test(expected))
    problem(["expectedHeadOid"], "Could not coerce value to GitObjectID");

  const message = input.message;
  if (!isObject(message)) problem(["message"], "Expected value to not be null");
  else {
    if (typeof message.headline !== "string")
      problem(["message", "headline"], "Expected value to not be null");
    if (message.body !== undefined && message.body !== null && typeof message.body !== "string") {
      problem(["message", "body"], "Could not coerce value to String");
    }
  }

  const changes = input.fileChanges;
  const additions: CommitInput["additions"] = [];
  const deletions: CommitInput["deletions"] = [];
  if (changes !== undefined && !isObject(changes)) problem(["fileChanges"], "Expected an input object");
  else if (changes) {
    for (const key of Object.keys(changes)) {
      if (key !== "additions" && key !== "deletions")
        problem(["fileChanges", key], "Field is not defined on FileChanges");
    }
    for (const [kind, list] of [
      ["additions", changes.additions],
      ["deletions", changes.deletions],
    ] as const) {
      if (list === undefined || list === null) continue;
      if (!Array.isArray(list)) {
        problem(["fileChanges", kind], "Expected a list");
        continue;
      }
      list.forEach((item: unknown, i) => {
        const at = ["fileChanges", kind, String(i)];
        if (!isObject(item) || typeof item.path !== "string" || item.path === "") {
          problem([...at, "path"], "Expected value to not be null");
          return;
        }
        if (kind === "deletions") {
          deletions.push({ path: item.path });
          return;
        }
        if (typeof item.contents !== "string" || !BASE64.test(item.contents)) {
          problem([...at, "contents"], "Could not coerce value to Base64String");
          return;
        }
        additions.push({ path: item.path, contents: item.contents });
      });
    }
  }
  if (problems.length > 0) return { problems };
  const msg = message as { headline: string; body?: string | null };
  return {
    problems,
    value: {
      owner,
      name,
      branchName,
      expectedHeadOid: expected as string,
      headline: msg.headline,
      body: msg.body ?? undefined,
      additions,
      deletions,
    },
  };
}

function malformedPath(path: string): boolean {
  return path.startsWith("/") || path.split("/").some((s) => s === "" || s === "." || s === "..");
}

export function graphql(world: World, actor: Actor, request: unknown): GraphqlResult {
  if (!isObject(request) || typeof request.query !== "string") {
    return rejected("A query attribute must be specified and must be a string.");
  }
  const document = request.query.trim();
  if (!MUTATION.test(document)) {
    const field = /^(?:mutation|query)?[^{]*\{\s*([_A-Za-z]\w*)/.exec(document)?.[1];
    return rejected(
      field && field !== "createCommitOnBranch"
        ? `Field '${field}' is not implemented by the fake GitHub (only the createCommitOnBranch mutation is)`
        : "The fake GitHub accepts only `mutation ($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid } } }`",
    );
  }
  const variables = isObject(request.variables) ? request.variables : {};
  const { problems, value } = checkInput(variables.input);
  if (!value) {
    const first = problems[0]!;
    return rejected(
      `Variable $input of type CreateCommitOnBranchInput! was provided invalid value for ${first.path.join(".")} (${first.explanation})`,
      { locations: [{ line: 1, column: 11 }], extensions: { value: variables.input ?? null, problems } },
    );
  }

  const repo = world.findRepo(value.owner, value.name);
  if (!repo) {
    return failed(
      "NOT_FOUND",
      `Could not resolve to a Repository with the name '${value.owner}/${value.name}'.`,
    );
  }
  const head = repo.branch(value.branchName);
  if (!head) return failed("NOT_FOUND", `A ref named "refs/heads/${value.branchName}" does not exist.`);
  if (head !== value.expectedHeadOid) {
    return failed(
      "STALE_DATA",
      `Expected branch to point to "${value.expectedHeadOid}" but it did not. Pull and try again.`,
    );
  }
  const headCommit = repo.git.commit(head)!;
  const edits: PathEdit[] = [];
  for (const { path } of value.deletions) {
    if (malformedPath(path) || !repo.git.lookup(headCommit.tree, path)) {
      return failed(
        "UNPROCESSABLE",
        `A path was requested for deletion which does not exist as of commit oid \`${head}\``,
      );
    }
    edits.push({ path, entry: null });
  }
  for (const { path, contents } of value.additions) {
    if (malformedPath(path)) return failed("UNPROCESSABLE", `The path "${path}" is not a valid file path.`);
    const sha = repo.git.putBlob(Buffer.from(contents, "base64"));
    edits.push({ path, entry: { mode: "100644", type: "blob", sha } });
  }
  const now = world.now();
  const author =
    actor.type === "Bot"
      ? { ...BOT_IDENTITY, date: now }
      : { name: actor.login, email: `${actor.login}@users.noreply.github.com`, date: now };
  // GitHub commits these itself ("web-flow") and signs them, for apps and users alike.
  const committer = { name: "GitHub", email: "noreply@github.com", date: now };
  const sha = repo.git.putCommit(
    {
      tree: repo.git.editTree(headCommit.tree, edits),
      parents: [head],
      author,
      committer,
      message: value.body ? `${value.headline}\n\n${value.body}` : value.headline,
    },
    true,
  );
  repo.refs.set(`refs/heads/${value.branchName}`, sha);
  return { reply: { status: OK, body: { data: { createCommitOnBranch: { commit: { oid: sha } } } } } };
}
