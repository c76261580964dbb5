// JSON Schema of the argo-cd chart values that argocd-cluster-link writes, from the chart's
// values.yaml and templates (argo-helm): configs.clusterCredentials is a list of entries with a
// `name` before chart 7.0.0 and a map keyed by cluster name from 7.0.0; `namespaces` is a
// comma-separated string; `config` is the ArgoCD cluster secret's config object; configs.cm
// `resource.respectRBAC` is `normal` or `strict`; `<component>.podAnnotations` is a map of strings.
import { Ajv } from "ajv";

const stringMap = { type: "object", additionalProperties: { type: "string" } };

const clusterConfig = {
  type: "object",
  additionalProperties: false,
  properties: {
    bearerToken: { type: "string", minLength: 1 },
    username: { type: "string" },
    password: { type: "string" },
    awsAuthConfig: {
      type: "object",
      additionalProperties: false,
      required: ["clusterName"],
      properties: {
        clusterName: { type: "string", minLength: 1 },
        roleARN: { type: "string", pattern: "^(arn:aws[a-z-]*:iam::\\d{12}:role/.+|\\$\\{[a-z0-9_]+\\})$" },
        profile: { type: "string" },
      },
    },
    execProviderConfig: { type: "object" },
    tlsClientConfig: {
      type: "object",
      additionalProperties: false,
      properties: {
        caData: { type: "string", pattern: "^[A-Za-z0-9+/]+=*$" },
        certData: { type: "string" },
        keyData: { type: "string" },
        insecure: { type: "boolean" },
        serverName: { type: "string" },
      },
    },
    disableCompression: { type: "boolean" },
    proxyUrl: { type: "string" },
  },
};

const entryProperties = {
  server: { type: "string", pattern: "^https://" },
  labels: stringMap,
  annotations: stringMap,
  namespaces: { type: "string", pattern: "^[a-z0-9-]+(,[a-z0-9-]+)*$" },
  clusterResources: { type: "boolean" },
  project: { type: "string" },
  shard: { type: ["string", "integer"] },
  config: clusterConfig,
};

/** A component: its service account, and the annotations of its pod template (values.yaml `podAnnotations`). */
const serviceAccount = {
  type: "object",
  properties: {
    serviceAccount: { type: "object", properties: { annotations: stringMap, name: { type: "string" } } },
    podAnnotations: stringMap,
  },
};

export function chartValuesSchema(form: "list" | "map") {
  const listEntry = {
    type: "object",
    additionalProperties: false,
    required: ["name", "server", "config"],
    properties: { name: { type: "string", pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, ...entryProperties },
  };
  const mapEntry = {
    type: "object",
    additionalProperties: false,
    required: ["server", "config"],
    properties: { name: { type: "string" }, ...entryProperties },
  };
  return {
    type: "object",
    properties: {
      crds: { type: "object", properties: { install: { type: "boolean" } } },
      configs: {
        type: "object",
        properties: {
          cm: {
            type: "object",
            // argocd-cm `resource.respectRBAC` (argo-cd util/settings/settings.go): only these values.
            properties: { "resource.respectRBAC": { type: "string", enum: ["normal", "strict"] } },
            additionalProperties: { type: ["string", "boolean", "number"] },
          },
          clusterCredentials:
            form === "list"
              ? { type: "array", items: listEntry }
              : {
                  type: "object",
                  propertyNames: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" },
                  additionalProperties: mapEntry,
                },
        },
      },
      controller: serviceAccount,
      server: serviceAccount,
      applicationSet: serviceAccount,
    },
  };
}

const ajv = new Ajv({ allErrors: true, strict: false });
const validators = {
  list: ajv.compile(chartValuesSchema("list")),
  map: ajv.compile(chartValuesSchema("map")),
};

/** Schema errors of rendered values (placeholders already substituted), as readable strings. */
export function chartValuesErrors(values: unknown, form: "list" | "map"): string[] {
  const validate = validators[form];
  return validate(values) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
