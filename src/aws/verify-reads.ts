// The AWS reads of verification: IAM GetRole (the trust policy) and EKS DescribeAccessEntry with
// ListAssociatedAccessPolicies. A missing resource is an answer ("not applied yet"), not an error;
// a refused call says which permission the reading role lacks.

import { GetRoleCommand, IAMClient } from "@aws-sdk/client-iam";
import {
  DescribeAccessEntryCommand,
  EKSClient,
  ListAssociatedAccessPoliciesCommand,
} from "@aws-sdk/client-eks";
import type { AccessEntryAnswer, RoleAnswer } from "../verify/types.js";
import { clientConfig, type AwsCredentials, type CallContext } from "./credentials.js";
import { awsErrorCode, awsMessage } from "./errors.js";
import { RetriesExhaustedError, withRetry } from "./retry.js";

/** IAM is global; its endpoint is signed for us-east-1 (other partitions have their own). */
const IAM_REGION = "us-east-1";

function refused(action: string, resource: string, error: unknown): string {
  if (error instanceof RetriesExhaustedError) return `AWS did not answer (${error.message})`;
  const code = awsErrorCode(error);
  if (code === "AccessDenied")
    return `${action} on ${resource} was refused: allow it to the reading role (see the lookup role's policy in the docs)`;
  return `${code ?? "error"}: ${awsMessage(error)}`;
}

/** The role's trust policy (decoded), whether it exists, or why it could not be read. */
export async function readRoleTrust(
  name: string,
  credentials: AwsCredentials | undefined,
  ctx: CallContext,
): Promise<RoleAnswer> {
  const client = new IAMClient(clientConfig(IAM_REGION, credentials));
  try {
    const out = await withRetry(
      `IAM GetRole ${name}`,
      (abortSignal) => client.send(new GetRoleCommand({ RoleName: name }), { abortSignal }),
      ctx.retry,
      ctx.log,
      ctx.runtime,
    );
    const raw = out.Role?.AssumeRolePolicyDocument ?? "";
    let trust: unknown;
    try {
      // IAM returns the document URL-encoded.
      trust = JSON.parse(decodeURIComponent(raw));
    } catch {
      return { error: `role ${name} has a trust policy that is not JSON` };
    }
    return { trust };
  } catch (error) {
    if (awsErrorCode(error) === "NoSuchEntity") return { missing: true };
    return { error: refused("iam:GetRole", `role ${name}`, error) };
  } finally {
    client.destroy();
  }
}

/** The access entry's Kubernetes groups and associated access policies, or whether it is missing. */
export async function readAccessEntry(
  cluster: string,
  region: string,
  principal: string,
  credentials: AwsCredentials | undefined,
  ctx: CallContext,
): Promise<AccessEntryAnswer | { missing: true } | { error: string }> {
  const client = new EKSClient(clientConfig(region, credentials));
  const send = <T>(what: string, call: (signal: AbortSignal) => Promise<T>) =>
    withRetry(what, call, ctx.retry, ctx.log, ctx.runtime);
  try {
    const entry = await send(`EKS DescribeAccessEntry ${principal}`, (abortSignal) =>
      client.send(new DescribeAccessEntryCommand({ clusterName: cluster, principalArn: principal }), {
        abortSignal,
      }),
    );
    const policies: AccessEntryAnswer["policies"] = [];
    let nextToken: string | undefined;
    do {
      const page = await send(`EKS ListAssociatedAccessPolicies ${principal}`, (abortSignal) =>
        client.send(
          new ListAssociatedAccessPoliciesCommand({
            clusterName: cluster,
            principalArn: principal,
            ...(nextToken ? { nextToken } : {}),
          }),
          { abortSignal },
        ),
      );
      for (const p of page.associatedAccessPolicies ?? []) {
        policies.push({
          policyArn: p.policyArn ?? "",
          type: p.accessScope?.type ?? "",
          namespaces: p.accessScope?.namespaces ?? [],
        });
      }
      nextToken = page.nextToken;
    } while (nextToken);
    return { groups: entry.accessEntry?.kubernetesGroups ?? [], policies };
  } catch (error) {
    if (awsErrorCode(error) === "ResourceNotFound") return { missing: true };
    return {
      error: refused(
        "eks:DescribeAccessEntry / eks:ListAssociatedAccessPolicies",
        `cluster ${cluster}`,
        error,
      ),
    };
  } finally {
    client.destroy();
  }
}
