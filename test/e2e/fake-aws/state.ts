// What the fake OIDC, STS and EKS servers share: configuration, issued credentials, recorded calls,
// injected faults, and small HTTP helpers.

import { randomBytes, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parseAuthorization, verifySignature } from "./sigv4.js";

/** Who may assume a role: with a GitHub OIDC token (audience + sub patterns) and/or from other roles. */
export interface TrustRule {
  roleArn: string;
  /** `token.actions.githubusercontent.com:aud` must equal this. */
  audience?: string;
  /** `token.actions.githubusercontent.com:sub` StringLike patterns (`*` any run, `?` one character). */
  subjectPatterns?: string[];
  /** Role ARNs allowed to sts:AssumeRole into this role (chaining). */
  allowedRoleArns?: string[];
}

/** One injected failure, used by the next request to the service. */
export type Fault = "throttle-429" | "throttle-400" | "server-500" | "server-503" | "reset";

export interface Call {
  service: "oidc" | "sts" | "eks" | "iam";
  action: string;
  status: number;
  /** The role whose credentials signed the request (STS AssumeRole, EKS). */
  callerRoleArn?: string;
  /** The role assumed (STS) or the cluster asked for (EKS). */
  target?: string;
  /** The AWS error code returned, if any. */
  code?: string;
}

export interface IssuedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  roleArn: string;
  accountId: string;
  sessionName: string;
  expiration: Date;
}

export interface FakeState {
  calls: Call[];
  faults: { sts: Fault[]; eks: Fault[] };
  issued: Map<string, IssuedCredentials>;
}

export function newState(faults?: { sts?: Fault[]; eks?: Fault[] }): FakeState {
  return {
    calls: [],
    faults: { sts: [...(faults?.sts ?? [])], eks: [...(faults?.eks ?? [])] },
    issued: new Map(),
  };
}

const KEY_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** STS-like temporary credentials: ASIA + 16 characters, a 40-character secret, an opaque session token. */
export function issueCredentials(
  state: FakeState,
  roleArn: string,
  sessionName: string,
  seconds: number,
): IssuedCredentials {
  const accessKeyId =
    "ASIA" + [...randomBytes(16)].map((b) => KEY_CHARS[b % KEY_CHARS.length] ?? "A").join("");
  const credentials: IssuedCredentials = {
    accessKeyId,
    secretAccessKey: randomBytes(30).toString("base64"),
    sessionToken: "FwoG" + randomBytes(96).toString("base64"),
    roleArn,
    accountId: roleArn.split(":")[4] ?? "",
    sessionName,
    expiration: new Date(Math.floor(Date.now() / 1000 + seconds) * 1000),
  };
  state.issued.set(accessKeyId, credentials);
  return credentials;
}

export type SignatureCheck =
  | { ok: true; credentials: IssuedCredentials; region: string }
  | { ok: false; status: number; code: string; message: string };

/** Checks that a request is SigV4-signed for `service` by credentials this fake STS issued. */
export function checkSigned(
  state: FakeState,
  req: IncomingMessage,
  body: Buffer,
  service: string,
): SignatureCheck {
  const signed = parseAuthorization(req.headers.authorization);
  if (signed === undefined) {
    return {
      ok: false,
      status: 403,
      code: "MissingAuthenticationToken",
      message: "Request is missing Authentication Token",
    };
  }
  const credentials = state.issued.get(signed.accessKeyId);
  if (credentials === undefined || req.headers["x-amz-security-token"] !== credentials.sessionToken) {
    return {
      ok: false,
      status: 403,
      code: service === "eks" ? "UnrecognizedClientException" : "InvalidClientTokenId",
      message: "The security token included in the request is invalid.",
    };
  }
  if (signed.service !== service || !verifySignature(req, body, signed, credentials.secretAccessKey)) {
    return {
      ok: false,
      status: 403,
      code: service === "eks" ? "InvalidSignatureException" : "SignatureDoesNotMatch",
      message:
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.",
    };
  }
  if (credentials.expiration.getTime() <= Date.now()) {
    return {
      ok: false,
      status: 403,
      code: service === "eks" ? "ExpiredTokenException" : "ExpiredToken",
      message: "The security token included in the request is expired",
    };
  }
  return { ok: true, credentials, region: signed.region };
}

export function requestId(): string {
  return randomUUID();
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    "content-type": contentType,
    "content-length": Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

/** Starts an HTTP server on 127.0.0.1 with a random port. Handler errors become 500s. */
export async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    handler(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, "text/plain", `fake server error: ${String(error)}`);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}` };
}

export async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** IAM StringLike: `*` matches any run of characters, `?` exactly one; everything else literally. */
export function stringLike(pattern: string, value: string): boolean {
  const source = pattern.replace(/[.+^${}()|[\]\\*?]/g, (c) =>
    c === "*" ? ".*" : c === "?" ? "." : `\\${c}`,
  );
  return new RegExp(`^${source}$`, "s").test(value);
}
