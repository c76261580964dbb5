// Fake GitHub OIDC token endpoint, STS, EKS and IAM on 127.0.0.1 for end-to-end tests of the lookup, in
// process or in a child process running the built Action: point it at them with env().
//
//   const aws = await startFakeAws({ trust: [...], clusters: { "111122223333": [fakeCluster(...)] } });
//   spawn("node", ["dist/index.js"], { env: { ...process.env, ...aws.env() } });
//   ...
//   await aws.close();

import { eksHandler, type EksOptions } from "./eks.js";
import { iamHandler, type IamOptions } from "./iam.js";
import { newIssuer, oidcHandler, type RunIdentity } from "./oidc.js";
import { closeServer, listen, newState, type Call, type Fault, type TrustRule } from "./state.js";
import { stsHandler } from "./sts.js";

export { fakeCluster, FIXTURE_CA, type FakeClusterOptions } from "./clusters.js";
export { stringLike, type Call, type Fault, type TrustRule } from "./state.js";
export type { RunIdentity } from "./oidc.js";
export type { FakeRole } from "./iam.js";
export type { FakeAccessEntry } from "./eks.js";

export interface FakeAwsOptions extends EksOptions, IamOptions {
  trust: TrustRule[];
  /** The run the OIDC tokens describe (sub, repository, ids, ref, event...). */
  run?: RunIdentity;
  /** Audiences of the account's IAM OIDC provider; default ["sts.amazonaws.com"]. */
  providerAudiences?: string[];
  /** Failures for the next requests, in order, per service; more can be pushed later via `faults`. */
  faults?: { sts?: Fault[]; eks?: Fault[] };
}

export interface FakeAws {
  /** ACTIONS_ID_TOKEN_REQUEST_URL: already has a query, so `&audience=...` can be appended. */
  oidcUrl: string;
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  oidcToken: string;
  stsUrl: string;
  eksUrl: string;
  iamUrl: string;
  /** The options it serves from: roles, clusters and access entries may be changed while it runs. */
  options: FakeAwsOptions;
  /** Every request, in order, with its answer (never tokens or keys). */
  calls: Call[];
  /** Queues of injected failures, consumed one per request. */
  faults: { sts: Fault[]; eks: Fault[] };
  /** A token exactly as the OIDC endpoint would issue it (for tests that bypass the endpoint). */
  issueToken(audience?: string): string;
  /** The environment variables that point a job (and the AWS SDK) at the fakes. */
  env(): Record<string, string>;
  close(): Promise<void>;
}

export async function startFakeAws(options: FakeAwsOptions): Promise<FakeAws> {
  const state = newState(options.faults);
  const issuer = newIssuer(options.run ?? {});
  const oidc = await listen(oidcHandler(state, issuer));
  const sts = await listen(
    stsHandler(state, issuer, {
      trust: options.trust,
      ...(options.providerAudiences && { providerAudiences: options.providerAudiences }),
    }),
  );
  const eks = await listen(eksHandler(state, options));
  const iam = await listen(iamHandler(state, options));
  const oidcUrl = `${oidc.url}/_apis/idtoken?api-version=2.0`;
  return {
    oidcUrl,
    oidcToken: issuer.requestToken,
    stsUrl: sts.url,
    eksUrl: eks.url,
    iamUrl: iam.url,
    options,
    calls: state.calls,
    faults: state.faults,
    issueToken: (audience) => issuer.tokenFor(audience),
    env: () => ({
      ACTIONS_ID_TOKEN_REQUEST_URL: oidcUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: issuer.requestToken,
      AWS_ENDPOINT_URL_STS: sts.url,
      AWS_ENDPOINT_URL_EKS: eks.url,
      AWS_ENDPOINT_URL_IAM: iam.url,
    }),
    close: async () => {
      await Promise.all([
        closeServer(oidc.server),
        closeServer(sts.server),
        closeServer(eks.server),
        closeServer(iam.server),
      ]);
    },
  };
}
