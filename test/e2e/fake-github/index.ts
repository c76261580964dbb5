// A local, stateful stand-in for GitHub's REST API, for end-to-end tests of the Action.
//
//   const fake = await startFakeGitHub({ repos: [{ owner: "acme", name: "infra", files: { ... } }] });
//   // run `node dist/index.js` with GITHUB_API_URL=fake.url and GITHUB_TOKEN=ghs_test ...
//   expect(fake.violations).toEqual([]);
//   expect(fake.repo("acme", "infra").pulls).toHaveLength(1);
//   await fake.close();
//
// Every request is checked against GitHub's published OpenAPI description (@octokit/openapi):
// unknown operations get 404 with `x-fake-openapi: no-operation`, invalid parameters or bodies 422
// with `x-fake-openapi: invalid`; both are recorded in `fake.violations`. Operations that exist on
// GitHub but are not implemented here answer 501 and are listed in `fake.unimplemented`.
//
// Modules: server.ts (HTTP, auth, faults, log), openapi.ts (routing + validation), git-store.ts
// (git objects with real ids), state.ts (repositories, issues, labels), shapes.ts (response JSON),
// handlers/* (REST operations), inspect.ts (snapshots for assertions).

export { startFakeGitHub, FakeGitHub } from "./server.js";
export type { FakeGitHubOptions, FakeRepoSeed, FailRule, RecordedRequest } from "./server.js";
export type { FakeComment, FakeCommit, FakeIssue, FakeLabel, FakePull, FakeRepoState } from "./inspect.js";
export type { Permission } from "./state.js";
export { gitObjectId } from "./git-store.js";
