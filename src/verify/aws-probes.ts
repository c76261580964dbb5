// The probes of verification over AWS and ArgoCD: the Action gives credentials assumed through
// OIDC, the CLI gives none (the SDK's default chain: AWS_PROFILE, SSO, environment).

import type { AwsCredentials, CallContext } from "../aws/credentials.js";
import { describeCluster } from "../aws/eks.js";
import { readAccessEntry, readRoleTrust } from "../aws/verify-reads.js";
import { getArgocdCluster, type ArgocdApi } from "./argocd-api.js";
import type { VerifyProbes } from "./types.js";

export interface ProbeOptions {
  ctx: CallContext;
  /** Credentials for the target and the source account; undefined: the SDK's default chain. */
  credentials: (side: "target" | "source") => Promise<AwsCredentials | undefined>;
  /** The role the credentials are of, for messages (describeCluster names the account). */
  roleArn: (side: "target" | "source") => string;
  targetRegion: string;
  sourceCluster?: { name: string; region: string };
  argocd?: ArgocdApi;
}

const message = (error: unknown) => (error instanceof Error ? error.message.split("\n")[0]! : String(error));

export function awsProbes(opts: ProbeOptions): VerifyProbes {
  const probes: VerifyProbes = {
    getRole: async (side, name) => {
      try {
        return await readRoleTrust(name, await opts.credentials(side), opts.ctx);
      } catch (error) {
        return { error: message(error) };
      }
    },
    accessEntry: async (cluster, principal) => {
      try {
        return await readAccessEntry(
          cluster,
          opts.targetRegion,
          principal,
          await opts.credentials("target"),
          opts.ctx,
        );
      } catch (error) {
        return { error: message(error) };
      }
    },
  };
  const source = opts.sourceCluster;
  if (source) {
    probes.sourceIssuer = async () => {
      try {
        const credentials = await opts.credentials("source");
        const cluster = await describeCluster(
          {
            role: "source",
            name: source.name,
            region: source.region,
            credentials,
            roleArn: opts.roleArn("source"),
          },
          opts.ctx,
        );
        const issuer = (cluster.identity as { oidc?: { issuer?: unknown } } | undefined)?.oidc?.issuer;
        return typeof issuer === "string" ? issuer : { error: `cluster ${source.name} has no OIDC issuer` };
      } catch (error) {
        return { error: message(error) };
      }
    };
  }
  const argocd = opts.argocd;
  if (argocd) probes.argocdCluster = (server) => getArgocdCluster(argocd, server);
  return probes;
}
