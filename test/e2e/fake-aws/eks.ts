// A fake EKS speaking REST JSON: `GET /clusters/{name}` answers `{"cluster": {...}}` from the clusters
// of the account whose role signed the request (SigV4 with credentials the fake STS issued) in the
// signing region; errors carry `x-amzn-errortype` and a JSON message like AWS's.

import type { IncomingMessage, ServerResponse } from "node:http";
import { checkSigned, readBody, requestId, send, type Fault, type FakeState } from "./state.js";

export interface EksOptions {
  /** DescribeCluster `cluster` objects per account id; a cluster's region comes from its ARN. */
  clusters: Record<string, Record<string, unknown>[]>;
  /** Role ARNs without eks:DescribeCluster. */
  denyDescribe?: string[];
  /** Access entries per account id (a cluster's entries: DescribeAccessEntry, ListAssociatedAccessPolicies). */
  accessEntries?: Record<string, FakeAccessEntry[]>;
}

export interface FakeAccessEntry {
  cluster: string;
  principalArn: string;
  groups: string[];
  policies: { policyArn: string; type: "cluster" | "namespace"; namespaces?: string[] }[];
}

class EksError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

function faultError(fault: Exclude<Fault, "reset">): EksError {
  switch (fault) {
    case "throttle-429":
      return new EksError(429, "ThrottlingException", "Rate exceeded");
    case "throttle-400":
      return new EksError(400, "ThrottlingException", "Rate exceeded");
    case "server-500":
      return new EksError(500, "ServerException", "An internal error occurred.");
    case "server-503":
      return new EksError(503, "ServiceUnavailableException", "The service is unavailable. Try again later.");
  }
}

export function eksHandler(state: FakeState, options: EksOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req);
    const url = new URL(req.url ?? "/", "http://fake");
    const match = /^\/clusters\/([^/]+)(?:\/access-entries\/([^/]+)(\/access-policies)?)?$/.exec(
      url.pathname,
    );
    const name = match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
    const principal = match?.[2] === undefined ? undefined : decodeURIComponent(match[2]);
    const action = principal
      ? match?.[3]
        ? "ListAssociatedAccessPolicies"
        : "DescribeAccessEntry"
      : "DescribeCluster";
    const id = requestId();
    const call = { service: "eks" as const, action, ...(name && { target: principal ?? name }) };
    let callerRoleArn: string | undefined;
    try {
      const fault = state.faults.eks.shift();
      if (fault === "reset") {
        state.calls.push({ ...call, status: 0, code: "reset" });
        req.socket.destroy();
        return;
      }
      if (fault !== undefined) throw faultError(fault);
      if (req.method !== "GET" || name === undefined) {
        throw new EksError(404, "UnknownOperationException", "Unknown operation");
      }
      const signed = checkSigned(state, req, body, "eks");
      if (!signed.ok) throw new EksError(signed.status, signed.code, signed.message);
      const { credentials, region } = signed;
      callerRoleArn = credentials.roleArn;
      const clusterArn = `arn:aws:eks:${region}:${credentials.accountId}:cluster/${name}`;
      if ((options.denyDescribe ?? []).includes(credentials.roleArn)) {
        const roleName = credentials.roleArn.split("/").pop() ?? "";
        throw new EksError(
          403,
          "AccessDeniedException",
          `User: arn:aws:sts::${credentials.accountId}:assumed-role/${roleName}/${credentials.sessionName} is not authorized to perform: eks:DescribeCluster on resource: ${clusterArn}`,
        );
      }
      if (principal) {
        const entry = (options.accessEntries?.[credentials.accountId] ?? []).find(
          (e) => e.cluster === name && e.principalArn === principal,
        );
        if (!entry) {
          throw new EksError(
            404,
            "ResourceNotFoundException",
            `The specified principalArn could not be found. You can view your available access entries with 'list-access-entries'.`,
          );
        }
        const answer = match?.[3]
          ? {
              clusterName: name,
              principalArn: principal,
              associatedAccessPolicies: entry.policies.map((p) => ({
                policyArn: p.policyArn,
                accessScope: { type: p.type, namespaces: p.namespaces ?? [] },
                associatedAt: 1767225600,
                modifiedAt: 1767225600,
              })),
            }
          : {
              accessEntry: {
                clusterName: name,
                principalArn: principal,
                kubernetesGroups: entry.groups,
                accessEntryArn: `arn:aws:eks:${region}:${credentials.accountId}:access-entry/${name}/role/x`,
                createdAt: 1767225600,
                modifiedAt: 1767225600,
                tags: {},
                username: principal,
                type: "STANDARD",
              },
            };
        state.calls.push({ ...call, status: 200, callerRoleArn });
        send(res, 200, "application/json", JSON.stringify(answer), { "x-amzn-requestid": id });
        return;
      }
      const cluster = (options.clusters[credentials.accountId] ?? []).find(
        (c) => c.name === name && c.arn === clusterArn,
      );
      if (cluster === undefined) {
        throw new EksError(404, "ResourceNotFoundException", `No cluster found for name: ${name}.`, {
          clusterName: null,
          nodegroupName: null,
          fargateProfileName: null,
          addonName: null,
          subscriptionId: null,
        });
      }
      state.calls.push({ ...call, status: 200, callerRoleArn });
      send(res, 200, "application/json", JSON.stringify({ cluster }), { "x-amzn-requestid": id });
    } catch (error) {
      if (!(error instanceof EksError)) throw error;
      state.calls.push({
        ...call,
        status: error.status,
        code: error.type,
        ...(callerRoleArn && { callerRoleArn }),
      });
      send(
        res,
        error.status,
        "application/json",
        JSON.stringify({ ...error.extra, message: error.message }),
        {
          "x-amzn-errortype": `${error.type}:http://internal.amazon.com/coral/com.amazonaws.eks/`,
          "x-amzn-requestid": id,
        },
      );
    }
  };
}
