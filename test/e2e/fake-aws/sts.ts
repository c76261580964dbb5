// A fake STS speaking the AWS query protocol: POST form bodies, XML answers and errors shaped like AWS's.
// AssumeRoleWithWebIdentity verifies the JWT against the fake OIDC issuer and the role's trust rule;
// AssumeRole must be SigV4-signed with credentials this fake issued.

import { verify } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { ISSUER, type OidcIssuer } from "./oidc.js";
import {
  checkSigned,
  issueCredentials,
  readBody,
  requestId,
  send,
  stringLike,
  type Fault,
  type FakeState,
  type IssuedCredentials,
  type TrustRule,
} from "./state.js";

const XMLNS = "https://sts.amazonaws.com/doc/2011-06-15/";
const ROLE_ARN = /^arn:aws[a-z-]*:iam::([0-9]{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

export interface StsOptions {
  trust: TrustRule[];
  /** Audiences (client IDs) of the account's IAM OIDC provider; default ["sts.amazonaws.com"]. */
  providerAudiences?: string[];
}

class StsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly type: "Sender" | "Receiver" = "Sender",
  ) {
    super(message);
  }
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c] ?? c,
  );

function errorXml(error: StsError, id: string): string {
  return [
    `<ErrorResponse xmlns="${XMLNS}">`,
    "  <Error>",
    `    <Type>${error.type}</Type>`,
    `    <Code>${escapeXml(error.code)}</Code>`,
    `    <Message>${escapeXml(error.message)}</Message>`,
    "  </Error>",
    `  <RequestId>${id}</RequestId>`,
    "</ErrorResponse>",
    "",
  ].join("\n");
}

function faultError(fault: Fault): StsError | "reset" {
  switch (fault) {
    case "throttle-429":
      return new StsError(429, "Throttling", "Rate exceeded");
    case "throttle-400":
      return new StsError(400, "Throttling", "Rate exceeded");
    case "server-500":
      return new StsError(
        500,
        "InternalFailure",
        "The request processing has failed because of an unknown error.",
        "Receiver",
      );
    case "server-503":
      return new StsError(503, "ServiceUnavailable", "Service is unable to handle request.", "Receiver");
    case "reset":
      return "reset";
  }
}

function credentialsXml(credentials: IssuedCredentials, role: RegExpExecArray): string[] {
  const [, account = "", roleName = ""] = role;
  const roleId = `AROA${credentials.accessKeyId.slice(4, 20)}`;
  return [
    "    <AssumedRoleUser>",
    `      <Arn>arn:aws:sts::${account}:assumed-role/${roleName}/${escapeXml(credentials.sessionName)}</Arn>`,
    `      <AssumedRoleId>${roleId}:${escapeXml(credentials.sessionName)}</AssumedRoleId>`,
    "    </AssumedRoleUser>",
    "    <Credentials>",
    `      <AccessKeyId>${credentials.accessKeyId}</AccessKeyId>`,
    `      <SecretAccessKey>${credentials.secretAccessKey}</SecretAccessKey>`,
    `      <SessionToken>${credentials.sessionToken}</SessionToken>`,
    `      <Expiration>${credentials.expiration.toISOString().replace(".000Z", "Z")}</Expiration>`,
    "    </Credentials>",
  ];
}

function duration(form: URLSearchParams): number {
  const text = form.get("DurationSeconds");
  if (text === null) return 3600;
  const seconds = Number(text);
  if (!Number.isInteger(seconds) || seconds < 900 || seconds > 43200) {
    throw new StsError(
      400,
      "ValidationError",
      `1 validation error detected: Value '${text}' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900`,
    );
  }
  return seconds;
}

function readRoleAndSession(form: URLSearchParams): {
  role: RegExpExecArray;
  roleArn: string;
  sessionName: string;
} {
  const roleArn = form.get("RoleArn") ?? "";
  const sessionName = form.get("RoleSessionName") ?? "";
  const role = ROLE_ARN.exec(roleArn);
  if (role === null) throw new StsError(400, "ValidationError", `${roleArn} is invalid`);
  if (!SESSION_NAME.test(sessionName)) {
    throw new StsError(
      400,
      "ValidationError",
      `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`,
    );
  }
  return { role, roleArn, sessionName };
}

interface JwtClaims {
  iss?: unknown;
  aud?: unknown;
  sub?: unknown;
  exp?: unknown;
  nbf?: unknown;
}

function verifyToken(token: string, issuer: OidcIssuer): JwtClaims {
  const [header = "", payload = "", signature = ""] = token.split(".");
  const valid =
    token.split(".").length === 3 &&
    verify(
      "sha256",
      Buffer.from(`${header}.${payload}`),
      issuer.publicKey,
      Buffer.from(signature, "base64url"),
    );
  if (!valid)
    throw new StsError(
      400,
      "InvalidIdentityToken",
      "The web identity token could not be validated: invalid signature",
    );
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as JwtClaims;
  if (claims.iss !== ISSUER) {
    throw new StsError(
      400,
      "InvalidIdentityToken",
      `No OpenIDConnect provider found in your account for ${String(claims.iss)}`,
    );
  }
  const now = Math.floor(Date.now() / 1000);
  if (typeof claims.exp !== "number" || claims.exp <= now) {
    throw new StsError(
      400,
      "ExpiredTokenException",
      `Token expired: current date/time ${now} must be before the expiration date/time${String(claims.exp)}`,
    );
  }
  return claims;
}

export function stsHandler(state: FakeState, issuer: OidcIssuer, options: StsOptions) {
  const providerAudiences = options.providerAudiences ?? ["sts.amazonaws.com"];
  const ruleFor = (roleArn: string) => options.trust.find((rule) => rule.roleArn === roleArn);

  function assumeRoleWithWebIdentity(form: URLSearchParams): string[] {
    const { role, roleArn, sessionName } = readRoleAndSession(form);
    const claims = verifyToken(form.get("WebIdentityToken") ?? "", issuer);
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!audiences.some((aud) => typeof aud === "string" && providerAudiences.includes(aud))) {
      throw new StsError(400, "InvalidIdentityToken", "Incorrect token audience");
    }
    const rule = ruleFor(roleArn);
    const allowed =
      rule?.audience !== undefined &&
      audiences.includes(rule.audience) &&
      typeof claims.sub === "string" &&
      (rule.subjectPatterns ?? []).some((pattern) => stringLike(pattern, claims.sub as string));
    if (!allowed)
      throw new StsError(403, "AccessDenied", "Not authorized to perform sts:AssumeRoleWithWebIdentity");
    const credentials = issueCredentials(state, roleArn, sessionName, duration(form));
    return [
      `<AssumeRoleWithWebIdentityResponse xmlns="${XMLNS}">`,
      "  <AssumeRoleWithWebIdentityResult>",
      `    <Audience>${escapeXml(String(audiences[0]))}</Audience>`,
      `    <SubjectFromWebIdentityToken>${escapeXml(String(claims.sub))}</SubjectFromWebIdentityToken>`,
      ...credentialsXml(credentials, role),
      `    <Provider>arn:aws:iam::${role[1]}:oidc-provider/token.actions.githubusercontent.com</Provider>`,
      "  </AssumeRoleWithWebIdentityResult>",
    ];
  }

  function assumeRole(form: URLSearchParams, caller: IssuedCredentials): string[] {
    const { role, roleArn, sessionName } = readRoleAndSession(form);
    const rule = ruleFor(roleArn);
    if (!(rule?.allowedRoleArns ?? []).includes(caller.roleArn)) {
      const roleName = caller.roleArn.split("/").pop() ?? "";
      throw new StsError(
        403,
        "AccessDenied",
        `User: arn:aws:sts::${caller.accountId}:assumed-role/${roleName}/${caller.sessionName} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
      );
    }
    const credentials = issueCredentials(state, roleArn, sessionName, Math.min(duration(form), 3600));
    return [
      `<AssumeRoleResponse xmlns="${XMLNS}">`,
      "  <AssumeRoleResult>",
      ...credentialsXml(credentials, role),
      "    <PackedPolicySize>0</PackedPolicySize>",
      "  </AssumeRoleResult>",
    ];
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req);
    const form = new URLSearchParams(body.toString("utf8"));
    const action = form.get("Action") ?? "(none)";
    const id = requestId();
    const call = { service: "sts" as const, action, target: form.get("RoleArn") ?? undefined };
    try {
      const fault = state.faults.sts.shift();
      if (fault !== undefined) {
        const error = faultError(fault);
        if (error === "reset") {
          state.calls.push({ ...call, status: 0, code: "reset" });
          req.socket.destroy();
          return;
        }
        throw error;
      }
      if (req.method !== "POST") throw new StsError(400, "InvalidAction", "Only POST is supported");
      if (form.get("Version") !== "2011-06-15") {
        throw new StsError(400, "InvalidParameterValue", "Version must be 2011-06-15");
      }
      let result: string[];
      let caller: IssuedCredentials | undefined;
      if (action === "AssumeRoleWithWebIdentity") {
        result = assumeRoleWithWebIdentity(form);
      } else if (action === "AssumeRole") {
        const signed = checkSigned(state, req, body, "sts");
        if (!signed.ok) throw new StsError(signed.status, signed.code, signed.message);
        caller = signed.credentials;
        result = assumeRole(form, caller);
      } else {
        throw new StsError(400, "InvalidAction", `Could not find operation ${action} for version 2011-06-15`);
      }
      state.calls.push({ ...call, status: 200, ...(caller && { callerRoleArn: caller.roleArn }) });
      const xml = [
        ...result,
        "  <ResponseMetadata>",
        `    <RequestId>${id}</RequestId>`,
        "  </ResponseMetadata>",
      ];
      xml.push(`</${action}Response>`, "");
      send(res, 200, "text/xml", xml.join("\n"), { "x-amzn-requestid": id });
    } catch (error) {
      if (!(error instanceof StsError)) throw error;
      state.calls.push({ ...call, status: error.status, code: error.code });
      send(res, error.status, "text/xml", errorXml(error, id), { "x-amzn-requestid": id });
    }
  };
}
