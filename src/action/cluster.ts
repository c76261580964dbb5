// The target cluster's facts: from a facts file in the workspace, or read from AWS through
// OIDC → STS → EKS with the preflight checks.

import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { PreflightCheck } from "../aws/preflight.js";
import { InvalidInputError, LayoutError } from "../core/errors.js";
import { checkFactsMatchRequest, parseClusterFactsText } from "../facts/parse.js";
import type { ClusterFacts } from "../facts/types.js";
import { readAccounts } from "../layout/discover.js";
import type { RepoReader } from "../repo/reader.js";
import type { LinkRequest } from "../request/types.js";
import type { LinkConfig } from "./config.js";
import type { RunContext } from "./event.js";
import type { ActionInputs } from "./inputs.js";
import type { ActionIo } from "./io.js";

export async function readFacts(
  inputs: ActionInputs,
  config: LinkConfig,
  request: LinkRequest,
  reader: RepoReader,
  ctx: RunContext,
  io: ActionIo,
): Promise<{ facts?: ClusterFacts; checks: PreflightCheck[] }> {
  if (inputs.factsPath) {
    const path = resolve(io.workspace, inputs.factsPath);
    const facts = parseClusterFactsText(await readFile(path, "utf8"), inputs.factsPath);
    const mismatch = checkFactsMatchRequest(facts, request);
    if (mismatch.length > 0) throw new InvalidInputError(`facts ${inputs.factsPath}`, mismatch);
    return { facts, checks: [] };
  }
  // The AWS SDK is loaded only on this path: a run from a facts file (or one that stops earlier) starts faster.
  const [{ defaultRoleArn, lookupClusters }, { runSessionName }] = await Promise.all([
    import("../aws/lookup.js"),
    import("../aws/credentials.js"),
  ]);
  const accounts = await readAccounts(reader);
  const accountId = (account: string, key: string) => {
    const id = accounts[account];
    if (!id) {
      throw new LayoutError(
        `${key} "${account}" has no account id in config/common.tfvars (accounts: ${Object.keys(accounts).join(", ") || "none"}); ` +
          `add it there or as accounts.${account}.id in the config file.`,
      );
    }
    return id;
  };
  const roleName = inputs.lookupRoleName ?? config.aws.lookupRoleName ?? "argocd-cluster-link-lookup";
  const lookupRoleArn =
    inputs.lookupRoleArn ??
    config.aws.lookupRoleArn ??
    defaultRoleArn(accountId(request.targetAccount, "target-account"), roleName);
  const chainName = inputs.chainRoleName ?? config.aws.chainRoleName;
  const source = config.aws.sourceCluster;
  const result = await lookupClusters({
    getIdToken: io.getIdToken,
    ...((inputs.audience ?? config.aws.audience) ? { audience: inputs.audience ?? config.aws.audience } : {}),
    region: inputs.awsRegion ?? config.aws.region ?? request.targetRegion,
    lookupRoleArn,
    ...(chainName
      ? { chainRoleArn: defaultRoleArn(accountId(request.targetAccount, "target-account"), chainName) }
      : {}),
    sessionName: runSessionName(ctx.runId, ctx.runAttempt),
    defaultBranch: ctx.defaultBranch,
    target: { name: request.targetCluster, region: request.targetRegion },
    ...(source
      ? {
          source: {
            name: source.name,
            region: source.region ?? request.targetRegion,
            roleArn: defaultRoleArn(
              accountId(request.sourceAccount, "source-account"),
              chainName ?? roleName,
            ),
          },
        }
      : {}),
    method: request.method,
    mask: io.setSecret,
    log: io.info,
  });
  if (result.target) {
    const mismatch = checkFactsMatchRequest(result.target, request);
    if (mismatch.length > 0) throw new InvalidInputError("cluster read from EKS", mismatch);
  }
  return { ...(result.target ? { facts: result.target } : {}), checks: result.checks };
}
