// GitHub's published OpenAPI description as the contract: maps a request to its operation
// (method + path template) and validates path/query parameters and the JSON body with ajv.
//
// The non-dereferenced description (13 MB) is parsed once per process and cached in module scope;
// it parses several times faster than the 73 MB dereferenced one. `$ref`s are resolved per
// operation into a `definitions` section of that operation's schema, and validators are compiled
// lazily on first use and cached too.

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";

type Json = Record<string, unknown>;

interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: Json;
  "x-multi-segment"?: boolean;
}

interface Operation {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Json }> } | { $ref: string };
  externalDocs?: { url?: string };
}

interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, Json>;
    parameters: Record<string, Parameter>;
    requestBodies?: Record<string, unknown>;
  };
}

export interface OperationInfo {
  method: string;
  template: string;
  operationId: string;
  documentationUrl: string;
  pathParams: Parameter[];
  queryParams: Map<string, Parameter>;
  /** undefined: the operation takes no body. */
  body?: { required: boolean; schema?: Json };
}

interface Route {
  op: OperationInfo;
  regex: RegExp;
  names: string[];
  /** Specificity: literal segments first, then single-segment before multi-segment params. */
  rank: number[];
}

export interface RouteMatch {
  op: OperationInfo;
  params: Record<string, string>;
}

const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// OpenAPI keywords that carry no validation meaning (dropped to keep the compiled code small).
const ANNOTATIONS = new Set([
  "description",
  "title",
  "example",
  "examples",
  "externalDocs",
  "deprecated",
  "readOnly",
  "writeOnly",
  "discriminator",
  "xml",
  "nullable",
]);
const SCHEMA_MAPS = new Set(["properties", "patternProperties"]);
const SCHEMA_ONE = new Set([
  "items",
  "additionalProperties",
  "not",
  "contains",
  "propertyNames",
  "if",
  "then",
  "else",
]);
const SCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);

// A loose ISO 8601 timestamp: the spec's `date-time` values as clients actually send them.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/i;

export class OpenApi {
  private readonly routes = new Map<string, Route[]>();
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  private readonly formats = new Set<string>();
  readonly operationCount: number;

  constructor(private readonly spec: Spec) {
    let count = 0;
    for (const [template, item] of Object.entries(spec.paths)) {
      for (const [method, raw] of Object.entries(item)) {
        if (!HTTP_METHODS.includes(method) || !raw.operationId) continue;
        count++;
        const op = this.operationInfo(method.toUpperCase(), template, raw);
        const route = this.route(op);
        const list = this.routes.get(op.method) ?? [];
        list.push(route);
        this.routes.set(op.method, list);
      }
    }
    for (const list of this.routes.values()) list.sort((a, b) => compareRank(a.rank, b.rank));
    this.operationCount = count;
  }

  /** The operation for a request path (percent-encoded, without query), with decoded params. */
  match(method: string, rawPath: string): RouteMatch | undefined {
    for (const route of this.routes.get(method.toUpperCase()) ?? []) {
      const m = route.regex.exec(rawPath);
      if (!m) continue;
      const params: Record<string, string> = {};
      try {
        route.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1]!)));
      } catch {
        return undefined;
      }
      return { op: route.op, params };
    }
    return undefined;
  }

  /** Problems with the request according to the operation; empty when it is valid. */
  validate(match: RouteMatch, query: URLSearchParams, body: { present: boolean; value: unknown }): string[] {
    const { op } = match;
    const problems: string[] = [];
    for (const p of op.pathParams) {
      const value = match.params[p.name];
      if (value === undefined) continue;
      problems.push(...this.checkParam(op, p, [value]));
    }
    for (const name of new Set(query.keys())) {
      const p = op.queryParams.get(name);
      if (!p) {
        problems.push(`unknown query parameter "${name}"`);
        continue;
      }
      problems.push(...this.checkParam(op, p, query.getAll(name)));
    }
    for (const p of op.queryParams.values()) {
      if (p.required && !query.has(p.name)) problems.push(`missing required query parameter "${p.name}"`);
    }
    if (!op.body) {
      if (body.present) problems.push("operation takes no request body");
    } else if (!body.present) {
      if (op.body.required) problems.push("request body is required");
    } else if (op.body.schema) {
      const validate = this.validator(`${op.operationId} body`, op.body.schema);
      if (!validate(body.value)) problems.push(this.ajv.errorsText(validate.errors, { dataVar: "body" }));
    }
    return problems;
  }

  private checkParam(op: OperationInfo, p: Parameter, raw: string[]): string[] {
    if (!p.schema) return [];
    const schema = p.schema;
    const isArray = schema.type === "array";
    if (!isArray && raw.length > 1) return [`${p.in} parameter "${p.name}" given more than once`];
    const itemType = isArray ? (isObject(schema.items) ? schema.items.type : undefined) : schema.type;
    const values = raw.map((v) => coerce(v, itemType));
    const validate = this.validator(`${op.operationId} ${p.in} ${p.name}`, schema);
    const data = isArray ? values : values[0];
    if (validate(data)) return [];
    return [this.ajv.errorsText(validate.errors, { dataVar: `${p.in}.${p.name}` })];
  }

  private validator(key: string, schema: Json): ValidateFunction {
    let v = this.validators.get(key);
    if (!v) {
      const definitions: Json = {};
      const root = this.convert(schema, definitions);
      v = this.ajv.compile(isObject(root) ? { ...root, definitions } : (root as boolean));
      this.validators.set(key, v);
    }
    return v;
  }

  /** OpenAPI 3.0 schema → JSON Schema draft-07: `$ref`s into `definitions`, `nullable` → types. */
  private convert(node: unknown, definitions: Json): unknown {
    if (!isObject(node)) return node;
    if (typeof node.$ref === "string") {
      const m = /^#\/components\/schemas\/(.+)$/.exec(node.$ref);
      if (!m) throw new Error(`unsupported $ref ${node.$ref}`);
      const name = m[1]!.replace(/~1/g, "/").replace(/~0/g, "~");
      if (!(name in definitions)) {
        definitions[name] = true; // placeholder: breaks cycles
        definitions[name] = this.convert(this.spec.components.schemas[name], definitions);
      }
      return { $ref: `#/definitions/${name.replace(/~/g, "~0").replace(/\//g, "~1")}` };
    }
    const out: Json = {};
    for (const [k, v] of Object.entries(node)) {
      if (ANNOTATIONS.has(k) || k.startsWith("x-")) continue;
      if (SCHEMA_MAPS.has(k) && isObject(v)) {
        out[k] = Object.fromEntries(
          Object.entries(v).map(([name, s]) => [name, this.convert(s, definitions)]),
        );
      } else if (SCHEMA_ONE.has(k)) {
        out[k] = Array.isArray(v) ? v.map((s) => this.convert(s, definitions)) : this.convert(v, definitions);
      } else if (SCHEMA_LISTS.has(k) && Array.isArray(v)) {
        out[k] = v.map((s) => this.convert(s, definitions));
      } else if (k === "format" && typeof v === "string") {
        this.registerFormat(v);
        out[k] = v;
      } else {
        out[k] = v;
      }
    }
    if (node.nullable === true) {
      if (typeof out.type === "string") out.type = [out.type, "null"];
      else if (Array.isArray(out.type)) out.type = [...(out.type as unknown[]), "null"];
      else return { anyOf: [{ type: "null" }, out] };
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...(out.enum as unknown[]), null];
    }
    return out;
  }

  private registerFormat(name: string): void {
    if (this.formats.has(name)) return;
    this.formats.add(name);
    // Formats are checked loosely: only date-time has a shape; the rest (uri, email, int64,
    // repo.nwo, ...) are accepted as their base type.
    this.ajv.addFormat(name, name === "date-time" ? DATE_TIME : true);
  }

  private resolveParam(p: Parameter | { $ref: string }): Parameter {
    if ("$ref" in p) {
      const name = p.$ref.replace(/^#\/components\/parameters\//, "");
      const found = this.spec.components.parameters[name];
      if (!found) throw new Error(`unknown parameter ${p.$ref}`);
      return found;
    }
    return p;
  }

  private operationInfo(method: string, template: string, raw: Operation): OperationInfo {
    const params = (raw.parameters ?? []).map((p) => this.resolveParam(p));
    let body: OperationInfo["body"];
    let rb = raw.requestBody;
    if (rb && "$ref" in rb) {
      const name = rb.$ref.replace(/^#\/components\/requestBodies\//, "");
      rb = this.spec.components.requestBodies?.[name] as typeof rb;
    }
    if (rb && !("$ref" in rb)) {
      const content = rb.content ?? {};
      const json = content["application/json"];
      body = { required: rb.required === true, schema: json?.schema };
    }
    return {
      method,
      template,
      operationId: raw.operationId,
      documentationUrl: raw.externalDocs?.url ?? "https://docs.github.com/rest",
      pathParams: params.filter((p) => p.in === "path"),
      queryParams: new Map(params.filter((p) => p.in === "query").map((p) => [p.name, p])),
      body,
    };
  }

  private route(op: OperationInfo): Route {
    const names: string[] = [];
    const rank: number[] = [];
    let literals = 0;
    const pattern = op.template
      .split("/")
      .map((segment) => {
        let kind = 0;
        const re = segment
          .split(/(\{[^}]+\})/)
          .map((part) => {
            const m = /^\{([^}]+)\}$/.exec(part);
            if (!m) return escapeRegex(part);
            const name = m[1]!;
            names.push(name);
            const multi = op.pathParams.find((p) => p.name === name)?.["x-multi-segment"] === true;
            kind = Math.max(kind, multi ? 2 : 1);
            return multi ? "(.+?)" : "([^/]+)";
          })
          .join("");
        if (kind === 0) literals++;
        rank.push(kind);
        return re;
      })
      .join("/");
    return { op, regex: new RegExp(`^${pattern}$`), names, rank: [-literals, ...rank] };
  }
}

function compareRank(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

function coerce(value: string, type: unknown): unknown {
  if (type === "integer" || type === "number") {
    return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  }
  if (type === "boolean") return value === "true" ? true : value === "false" ? false : value;
  return value;
}

let cached: Promise<OpenApi> | undefined;

export function loadOpenApi(): Promise<OpenApi> {
  cached ??= (async () => {
    const file = createRequire(import.meta.url).resolve("@octokit/openapi/generated/api.github.com.json");
    const spec = JSON.parse(await readFile(file, "utf8")) as Spec;
    return new OpenApi(spec);
  })();
  return cached;
}
