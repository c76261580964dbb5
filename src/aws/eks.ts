// EKS DescribeCluster with the short-lived credentials, and its failures explained.

import { DescribeClusterCommand, EKSClient } from "@aws-sdk/client-eks";
import { accountOf, clientConfig, type AwsCredentials, type CallContext } from "./credentials.js";
import {
  AwsLookupError,
  awsErrorCode,
  awsMessage,
  expiredError,
  isExpiredCredentials,
  unavailableError,
  unexpectedError,
} from "./errors.js";
import { RetriesExhaustedError, withRetry } from "./retry.js";

export interface DescribeInput {
  /** What the cluster is to the link ("target" or "source"), for messages. */
  role: "target" | "source";
  name: string;
  region: string;
  /** Undefined: the SDK's default chain (the CLI's verify). */
  credentials: AwsCredentials | undefined;
  /** The role whose credentials these are: its account is where the cluster is looked up. */
  roleArn: string;
}

/** The `cluster` object of DescribeCluster, as the SDK returns it (validated later). */
export async function describeCluster(
  input: DescribeInput,
  ctx: CallContext,
): Promise<Record<string, unknown>> {
  const what = `EKS DescribeCluster for the ${input.role} cluster "${input.name}"`;
  const client = new EKSClient(clientConfig(input.region, input.credentials));
  try {
    const output = await withRetry(
      what,
      (abortSignal) => client.send(new DescribeClusterCommand({ name: input.name }), { abortSignal }),
      ctx.retry,
      ctx.log,
      ctx.runtime,
    );
    if (typeof output?.cluster !== "object" || output.cluster === null) {
      throw new AwsLookupError(
        "aws-error",
        `${what} returned no cluster.`,
        "Rerun the job; this is not expected from EKS.",
      );
    }
    ctx.log(`Described ${input.role} cluster ${input.name}: ${output.cluster.status ?? "status unknown"}`);
    return output.cluster as Record<string, unknown>;
  } catch (error) {
    throw describeError(what, input, error);
  } finally {
    client.destroy();
  }
}

function describeError(what: string, input: DescribeInput, error: unknown): Error {
  if (error instanceof AwsLookupError) return error;
  if (error instanceof RetriesExhaustedError) return unavailableError(what, input.region, error);
  const code = awsErrorCode(error);
  const account = accountOf(input.roleArn);
  const partition = input.roleArn.split(":")[1] || "aws";
  const clusterArn = `arn:${partition}:eks:${input.region}:${account}:cluster/${input.name}`;
  if (code === "ResourceNotFound") {
    return new AwsLookupError(
      "cluster-not-found",
      `The ${input.role} cluster "${input.name}" was not found in account ${account}, region ${input.region} (${awsMessage(error)}).`,
      [
        `The lookup used role ${input.roleArn}, so it looked in account ${account}.`,
        `Check the cluster name and region (aws eks list-clusters --region ${input.region} in account ${account});`,
        "if the cluster lives in another account, give a role of that account to assume (chained role).",
      ].join("\n"),
      { cause: error },
    );
  }
  if (code === "AccessDenied") {
    return new AwsLookupError(
      "cluster-access-denied",
      `${what} was refused: role ${input.roleArn} lacks eks:DescribeCluster on ${clusterArn} (${awsMessage(error)}).`,
      [
        `Allow it in an identity policy of ${input.roleArn}:`,
        `  { "Effect": "Allow", "Action": "eks:DescribeCluster", "Resource": "${clusterArn}" }`,
        "(AWS checks permissions before existence, so also check the cluster name, region and account.)",
      ].join("\n"),
      { cause: error },
    );
  }
  if (isExpiredCredentials(code)) return expiredError(what, error);
  return unexpectedError(what, error);
}
