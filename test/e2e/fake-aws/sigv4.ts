// Verifies AWS Signature Version 4 on requests to the fake STS and EKS: the same canonical request,
// string to sign and key derivation as AWS, enough for the SDK's requests (no chunked payloads).

import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

export interface SignedBy {
  accessKeyId: string;
  region: string;
  service: string;
  date: string;
  signedHeaders: string[];
  signature: string;
}

const AUTH =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/([0-9]{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/;

/** The parts of a SigV4 Authorization header, or undefined when the request is not SigV4-signed. */
export function parseAuthorization(header: string | undefined): SignedBy | undefined {
  const match = header === undefined ? null : AUTH.exec(header);
  if (match === null) return undefined;
  const [, accessKeyId = "", date = "", region = "", service = "", headers = "", signature = ""] = match;
  return { accessKeyId, date, region, service, signedHeaders: headers.split(";"), signature };
}

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data).digest();

/** RFC 3986 escaping as the AWS SDKs do it. */
function uriEscape(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** True when `signed` is a valid signature of `req` (with `body`) by the secret key. */
export function verifySignature(
  req: IncomingMessage,
  body: Buffer,
  signed: SignedBy,
  secret: string,
): boolean {
  const url = new URL(req.url ?? "/", "http://fake");
  // Non-S3 services sign the path escaped once more than it is sent.
  const path = url.pathname.split("/").map(uriEscape).join("/");
  const query = [...url.searchParams.entries()]
    .map(([k, v]) => [uriEscape(k), uriEscape(v)])
    .sort(([a = "", b = ""], [c = "", d = ""]) => (a === c ? (b < d ? -1 : 1) : a < c ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  const headers = signed.signedHeaders.map((name) => {
    const value = req.headers[name];
    const text = Array.isArray(value) ? value.join(",") : (value ?? "");
    return `${name}:${text.trim().replace(/\s+/g, " ")}\n`;
  });
  const payloadHash = (req.headers["x-amz-content-sha256"] as string | undefined) ?? sha256(body);
  const canonical = [
    req.method ?? "GET",
    path,
    query,
    headers.join(""),
    signed.signedHeaders.join(";"),
    payloadHash,
  ].join("\n");
  const amzDate = String(req.headers["x-amz-date"] ?? "");
  const scope = `${signed.date}/${signed.region}/${signed.service}/aws4_request`;
  const toSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256(canonical)].join("\n");
  let key = hmac(`AWS4${secret}`, signed.date);
  for (const part of [signed.region, signed.service, "aws4_request"]) key = hmac(key, part);
  const expected = Buffer.from(hmac(key, toSign).toString("hex"));
  const given = Buffer.from(signed.signature);
  return (
    amzDate.startsWith(signed.date) &&
    signed.signedHeaders.includes("host") &&
    expected.length === given.length &&
    timingSafeEqual(expected, given)
  );
}
