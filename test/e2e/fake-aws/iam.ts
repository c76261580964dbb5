// A fake IAM speaking the Query protocol (form-encoded POST, XML answers): GetRole returns a role
// of the account whose credentials signed the request, its trust policy URL-encoded as IAM does;
// an unknown role is NoSuchEntity (404).

import type { IncomingMessage, ServerResponse } from "node:http";
import { checkSigned, readBody, requestId, send, type FakeState } from "./state.js";

const XMLNS = "https://iam.amazonaws.com/doc/2010-05-08/";

export interface FakeRole {
  name: string;
  /** The trust policy document (an object; served URL-encoded). */
  trust: unknown;
}

export interface IamOptions {
  /** Roles per account id. */
  roles?: Record<string, FakeRole[]>;
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c] ?? c,
  );

function errorXml(status: number, code: string, message: string, id: string): [number, string] {
  return [
    status,
    [
      `<ErrorResponse xmlns="${XMLNS}">`,
      `  <Error><Type>Sender</Type><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error>`,
      `  <RequestId>${id}</RequestId>`,
      "</ErrorResponse>",
      "",
    ].join("\n"),
  ];
}

export function iamHandler(state: FakeState, options: IamOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req);
    const form = new URLSearchParams(body.toString("utf8"));
    const action = form.get("Action") ?? "";
    const name = form.get("RoleName") ?? "";
    const id = requestId();
    const reply = (status: number, xml: string, code?: string, callerRoleArn?: string) => {
      state.calls.push({
        service: "iam",
        action,
        status,
        target: name,
        ...(code ? { code } : {}),
        ...(callerRoleArn ? { callerRoleArn } : {}),
      });
      send(res, status, "text/xml", xml, { "x-amzn-requestid": id });
    };
    if (req.method !== "POST" || action !== "GetRole") {
      const [status, xml] = errorXml(400, "InvalidAction", `Could not find operation ${action}`, id);
      return reply(status, xml, "InvalidAction");
    }
    const signed = checkSigned(state, req, body, "iam");
    if (!signed.ok) {
      const [status, xml] = errorXml(signed.status, signed.code, signed.message, id);
      return reply(status, xml, signed.code);
    }
    const { credentials } = signed;
    const role = (options.roles?.[credentials.accountId] ?? []).find((r) => r.name === name);
    if (!role) {
      const [status, xml] = errorXml(404, "NoSuchEntity", `The role with name ${name} cannot be found.`, id);
      return reply(status, xml, "NoSuchEntity", credentials.roleArn);
    }
    const xml = [
      `<GetRoleResponse xmlns="${XMLNS}">`,
      "  <GetRoleResult>",
      "    <Role>",
      "      <Path>/</Path>",
      `      <RoleName>${escapeXml(role.name)}</RoleName>`,
      "      <RoleId>AROAFAKEFAKEFAKEFAKE1</RoleId>",
      `      <Arn>arn:aws:iam::${credentials.accountId}:role/${escapeXml(role.name)}</Arn>`,
      "      <CreateDate>2026-01-01T00:00:00Z</CreateDate>",
      `      <AssumeRolePolicyDocument>${escapeXml(encodeURIComponent(JSON.stringify(role.trust)))}</AssumeRolePolicyDocument>`,
      "      <MaxSessionDuration>3600</MaxSessionDuration>",
      "    </Role>",
      "  </GetRoleResult>",
      `  <ResponseMetadata><RequestId>${id}</RequestId></ResponseMetadata>`,
      "</GetRoleResponse>",
      "",
    ].join("\n");
    reply(200, xml, undefined, credentials.roleArn);
  };
}
