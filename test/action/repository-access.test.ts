// Which GitHub failures are a repository the token cannot read or write, and what the report says.
import { describe, expect, it } from "vitest";
import { refusal, writeRefused, type RepositoryOrigin } from "../../src/action/repository-access.js";

/** An error shaped like Octokit's RequestError. */
function requestError(status: number, message: string, headers: Record<string, string> = {}) {
  return Object.assign(new Error(message), {
    status,
    request: { method: "POST", url: "https://api.github.com/repos/octo-org/infra/git/refs" },
    response: { headers },
  });
}

const HOME: RepositoryOrigin = {
  repository: "octo-org/infra",
  home: "octo-org/infra",
  configPath: ".github/argocd-cluster-link.yml",
  accounts: [],
};

describe("refusal", () => {
  it("is GitHub's answer for a 403 or 404, and for a GraphQL FORBIDDEN or NOT_FOUND", () => {
    expect(refusal(requestError(404, "Not Found"))).toBe(
      "GitHub call POST /repos/octo-org/infra/git/refs failed with HTTP 404: Not Found",
    );
    expect(refusal(requestError(403, "Resource not accessible by integration"))).toContain("HTTP 403");
    const graphql = Object.assign(new Error("Request failed due to following response errors"), {
      errors: [{ type: "FORBIDDEN", message: "Resource not accessible by integration" }],
    });
    expect(refusal(graphql)).toBe("GitHub GraphQL FORBIDDEN: Resource not accessible by integration");
  });

  it("is nothing for a rate limit, a server error or any other failure: those are not the token's access", () => {
    expect(
      refusal(
        requestError(403, "API rate limit exceeded", {
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset": "2000000000",
        }),
      ),
    ).toBeUndefined();
    expect(refusal(requestError(403, "You have exceeded a secondary rate limit"))).toBeUndefined();
    expect(refusal(requestError(500, "Server Error"))).toBeUndefined();
    expect(refusal(requestError(422, "Reference already exists"))).toBeUndefined();
    expect(refusal(new Error("socket hang up"))).toBeUndefined();
    expect(
      refusal(Object.assign(new Error("x"), { errors: [{ type: "STALE_DATA", message: "moved" }] })),
    ).toBeUndefined();
  });
});

describe("writeRefused", () => {
  it("the workflow's own repository: the job's permissions, or the pull request setting when GitHub names it", () => {
    const permissions = writeRefused(
      requestError(403, "Resource not accessible by integration"),
      HOME,
      "Stopped.",
    )!;
    expect(permissions.headline).toBe("The token cannot write to octo-org/infra. Stopped.");
    expect(permissions.message).toContain("the repository that runs the workflow");
    expect(permissions.message).toContain("contents: write, issues: write and pull-requests: write");
    const setting = writeRefused(
      requestError(403, "GitHub Actions is not permitted to create or approve pull requests."),
      HOME,
      "Stopped.",
    )!;
    expect(setting.message).toContain("Allow GitHub Actions to create and approve pull requests");
    expect(writeRefused(requestError(502, "Bad Gateway"), HOME, "Stopped.")).toBeUndefined();
  });
});
