// Shared types and helpers for the REST handlers: the request context, replies, GitHub-style
// errors and Link-header pagination.

import type { Actor, RepoRecord, World } from "./state.js";

export interface Reply {
  status: number;
  body?: unknown;
  /** A binary body sent as is (an archive), instead of `body` as JSON. */
  raw?: Buffer;
  headers?: Record<string, string>;
}

export interface Ctx {
  world: World;
  method: string;
  /** Request path without the query string, still percent-encoded. */
  path: string;
  query: URLSearchParams;
  /** Decoded path parameters of the matched OpenAPI operation. */
  params: Record<string, string>;
  body: unknown;
  actor: Actor;
  /** The operation's documentation link, used in error bodies like GitHub does. */
  documentationUrl: string;
}

export type Handler = (ctx: Ctx) => Reply;

/** A GitHub-shaped error: `{ message, errors?, documentation_url, status }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function notFound(): HttpError {
  return new HttpError(404, "Not Found");
}

export function unprocessable(message: string): HttpError {
  return new HttpError(422, message);
}

/** 422 "Validation Failed" with GitHub's `errors` array. */
export function validationFailed(...errors: Record<string, unknown>[]): HttpError {
  return new HttpError(422, "Validation Failed", { errors });
}

export function errorBody(err: HttpError, documentationUrl: string): Record<string, unknown> {
  return {
    message: err.message,
    ...err.extra,
    documentation_url: documentationUrl,
    status: String(err.status),
  };
}

export function repoOf(ctx: Ctx): RepoRecord {
  const owner = ctx.params.owner ?? "";
  const repo = ctx.params.repo ?? "";
  const found = ctx.world.findRepo(owner, repo);
  if (!found) throw notFound();
  return found;
}

export function intParam(ctx: Ctx, name: string): number {
  const n = Number(ctx.params[name]);
  if (!Number.isInteger(n)) throw notFound();
  return n;
}

/** The request body as an object (validation already ran, so this is a type assertion). */
export function bodyOf<T>(ctx: Ctx): T {
  return (ctx.body ?? {}) as T;
}

/**
 * Slices `items` by `per_page` (default 30, max 100) and `page`, and adds a Link header with
 * next/last/first/prev relations like GitHub does.
 */
export function paginate<T>(ctx: Ctx, items: T[]): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(ctx.query.get("per_page") ?? 30) || 30, 1), 100);
  const page = Math.max(Number(ctx.query.get("page") ?? 1) || 1, 1);
  const lastPage = Math.max(Math.ceil(items.length / perPage), 1);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (p: number): string => {
    const q = new URLSearchParams(ctx.query);
    q.set("per_page", String(perPage));
    q.set("page", String(p));
    return `${ctx.world.apiUrl}${ctx.path}?${q.toString()}`;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`<${link(page - 1)}>; rel="prev"`);
  if (page < lastPage) rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(lastPage)}>; rel="last"`);
  if (page > 1) rels.push(`<${link(1)}>; rel="first"`);
  return { items: slice, headers: rels.length > 0 ? { link: rels.join(", ") } : {} };
}
