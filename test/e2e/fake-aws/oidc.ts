// A GitHub Actions OIDC token endpoint: `GET $ACTIONS_ID_TOKEN_REQUEST_URL&audience=...` with
// `Authorization: bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN` answers `{"value": "<JWT>"}`. Tokens are
// RS256 JWTs signed with a key made at start; the fake STS verifies them with its public key.

import {
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  randomUUID,
  sign,
  type KeyObject,
} from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { send, type FakeState } from "./state.js";

export const ISSUER = "https://token.actions.githubusercontent.com";

/** The workflow run the tokens describe. */
export interface RunIdentity {
  /** owner/name */
  repository?: string;
  repositoryId?: string;
  repositoryOwnerId?: string;
  ref?: string;
  eventName?: string;
  environment?: string;
  runId?: string;
  runAttempt?: string;
  /** The whole sub claim; default repo:<repository>:ref:<ref> (or :environment:<name>). */
  sub?: string;
  /** Token lifetime; negative makes expired tokens. Default 300 s. */
  ttlSeconds?: number;
}

export interface OidcIssuer {
  publicKey: KeyObject;
  keyId: string;
  requestToken: string;
  tokenFor(audience: string | undefined): string;
}

export function newIssuer(run: RunIdentity): OidcIssuer {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const keyId = randomBytes(8).toString("hex").toUpperCase();
  const repository = run.repository ?? "octo-org/infra";
  const owner = repository.split("/")[0] ?? "octo-org";
  const ref = run.ref ?? "refs/heads/main";
  const sub =
    run.sub ??
    (run.environment ? `repo:${repository}:environment:${run.environment}` : `repo:${repository}:ref:${ref}`);
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return {
    publicKey: createPublicKey(privateKey),
    keyId,
    requestToken: randomBytes(24).toString("base64url"),
    tokenFor(audience) {
      const now = Math.floor(Date.now() / 1000);
      const claims = {
        jti: randomUUID(),
        sub,
        aud: audience ?? `https://github.com/${owner}`,
        ref,
        ref_type: ref.startsWith("refs/tags/") ? "tag" : "branch",
        ...(run.environment && { environment: run.environment }),
        repository,
        repository_id: run.repositoryId ?? "690001234",
        repository_owner: owner,
        repository_owner_id: run.repositoryOwnerId ?? "120004321",
        repository_visibility: "private",
        run_id: run.runId ?? "9876543210",
        run_number: "42",
        run_attempt: run.runAttempt ?? "1",
        actor: "octocat",
        actor_id: "583231",
        workflow: "argocd-cluster-link",
        event_name: run.eventName ?? "workflow_dispatch",
        runner_environment: "github-hosted",
        iss: ISSUER,
        nbf: now - 5,
        iat: now,
        exp: now + (run.ttlSeconds ?? 300),
      };
      const signingInput = `${encode({ typ: "JWT", alg: "RS256", kid: keyId })}.${encode(claims)}`;
      return `${signingInput}.${sign("sha256", Buffer.from(signingInput), privateKey).toString("base64url")}`;
    },
  };
}

export function oidcHandler(state: FakeState, issuer: OidcIssuer) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://fake");
    if (req.method === "GET" && url.pathname === "/.well-known/jwks") {
      const jwk = {
        ...issuer.publicKey.export({ format: "jwk" }),
        kid: issuer.keyId,
        alg: "RS256",
        use: "sig",
      };
      send(res, 200, "application/json", JSON.stringify({ keys: [jwk] }));
      return;
    }
    if (req.method !== "GET" || url.pathname !== "/_apis/idtoken") {
      send(res, 404, "application/json", JSON.stringify({ message: "Not Found" }));
      return;
    }
    const [scheme, credential] = (req.headers.authorization ?? "").split(" ");
    if (scheme?.toLowerCase() !== "bearer" || credential !== issuer.requestToken) {
      state.calls.push({ service: "oidc", action: "GetIdToken", status: 401 });
      send(res, 401, "application/json", JSON.stringify({ message: "Unauthorized" }));
      return;
    }
    const audience = url.searchParams.get("audience") ?? undefined;
    state.calls.push({
      service: "oidc",
      action: "GetIdToken",
      status: 200,
      ...(audience && { target: audience }),
    });
    send(res, 200, "application/json", JSON.stringify({ count: 1, value: issuer.tokenFor(audience) }));
  };
}
