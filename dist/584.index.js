export const id = 584;
export const ids = [584];
export const modules = {

/***/ 4819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ proxyConfigured),
/* harmony export */   Hd: () => (/* binding */ proxyAgents),
/* harmony export */   iJ: () => (/* binding */ proxyFor)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
// The proxy a request must go through, from HTTPS_PROXY / HTTP_PROXY / NO_PROXY (lower-case first,
// as curl reads them), and an agent that tunnels Node's http(s) requests through it with CONNECT.
// Self-hosted runners behind a proxy set these; the AWS SDK and Octokit ignore them on their own.



function variable(env, name) {
    const value = env[name.toLowerCase()] ?? env[name.toUpperCase()];
    return value?.trim() || undefined;
}
/** Whether any proxy variable is set: without one nothing changes in how requests are made. */
function proxyConfigured(env) {
    return Boolean(variable(env, "https_proxy") ?? variable(env, "http_proxy"));
}
/** Whether NO_PROXY exempts `host:port`: `*`, a host, a domain suffix (`.corp`, `*.corp`), optionally with `:port`. */
function bypassed(host, port, env) {
    const list = variable(env, "no_proxy");
    if (!list)
        return false;
    const name = host.toLowerCase().replace(/^\[|\]$/g, "");
    return list
        .split(/[\s,]+/)
        .filter(Boolean)
        .some((raw) => {
        const entry = raw.toLowerCase();
        if (entry === "*")
            return true;
        const match = /^(.*?)(?::(\d+))?$/.exec(entry.replace(/^\[|\](?=:|$)/g, ""));
        const [, pattern = "", entryPort] = match;
        if (entryPort && entryPort !== port)
            return false;
        const domain = pattern.replace(/^\*?\./, "");
        return name === domain || name.endsWith(`.${domain}`);
    });
}
/** The proxy URL for `target`, or undefined to connect directly. */
function proxyFor(target, env) {
    const secure = target.protocol === "https:";
    const port = target.port || (secure ? "443" : "80");
    if (bypassed(target.hostname, port, env))
        return undefined;
    const raw = secure
        ? (variable(env, "https_proxy") ?? variable(env, "http_proxy"))
        : variable(env, "http_proxy");
    if (!raw)
        return undefined;
    try {
        return new URL(raw.includes("://") ? raw : `http://${raw}`);
    }
    catch {
        throw new Error(`The proxy variable's value ${JSON.stringify(raw)} is not a URL, e.g. http://proxy.corp:3128.`);
    }
}
/** Opens a CONNECT tunnel through `proxy` to host:port. */
function tunnel(proxy, host, port, callback) {
    const authority = `${host.includes(":") ? `[${host}]` : host}:${port}`;
    const credentials = proxy.username
        ? `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`
        : undefined;
    const request = (proxy.protocol === "https:" ? node_https__WEBPACK_IMPORTED_MODULE_1__ : node_http__WEBPACK_IMPORTED_MODULE_0__).request({
        host: proxy.hostname.replace(/^\[|\]$/g, ""),
        port: proxy.port || (proxy.protocol === "https:" ? 443 : 80),
        method: "CONNECT",
        path: authority,
        agent: false,
        headers: {
            host: authority,
            ...(credentials && { "proxy-authorization": `Basic ${Buffer.from(credentials).toString("base64")}` }),
        },
    });
    request.once("connect", (response, socket) => {
        if (response.statusCode === 200)
            return callback(null, socket);
        socket.destroy();
        callback(new Error(`The proxy ${proxy.host} refused CONNECT ${authority}: HTTP ${response.statusCode}.`));
    });
    request.once("error", (error) => callback(new Error(`The proxy ${proxy.host} cannot be reached for ${authority}: ${error.message}`)));
    request.end();
}
/** An https.Agent that tunnels through the proxy NO_PROXY does not exempt the host from. */
class ProxyHttpsAgent extends node_https__WEBPACK_IMPORTED_MODULE_1__.Agent {
    env;
    constructor(env) {
        super({ keepAlive: true });
        this.env = env;
    }
    createConnection = (options, callback) => {
        const proxy = proxyFor(new URL(`https://${options.host}:${options.port}`), this.env);
        const direct = node_https__WEBPACK_IMPORTED_MODULE_1__.Agent.prototype
            .createConnection;
        if (!proxy)
            return direct.call(this, options, callback);
        tunnel(proxy, options.host, options.port, (error, socket) => {
            if (error || !socket)
                return callback(error ?? new Error("no socket"));
            callback(null, node_tls__WEBPACK_IMPORTED_MODULE_2__.connect({ ...options, socket, servername: options.servername ?? options.host }));
        });
        return undefined;
    };
}
/** The same for plain http targets (local endpoints, tests): the tunnel carries the bytes as they are. */
class ProxyHttpAgent extends node_http__WEBPACK_IMPORTED_MODULE_0__.Agent {
    env;
    constructor(env) {
        super({ keepAlive: true });
        this.env = env;
    }
    createConnection = (options, callback) => {
        const proxy = proxyFor(new URL(`http://${options.host}:${options.port}`), this.env);
        const direct = node_http__WEBPACK_IMPORTED_MODULE_0__.Agent.prototype
            .createConnection;
        if (!proxy)
            return direct.call(this, options, callback);
        tunnel(proxy, options.host, options.port, callback);
        return undefined;
    };
}
/** Agents for Node's http/https clients (the AWS SDK's NodeHttpHandler), or none without a proxy. */
function proxyAgents(env) {
    if (!proxyConfigured(env))
        return undefined;
    return { httpAgent: new ProxyHttpAgent(env), httpsAgent: new ProxyHttpsAgent(env) };
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS: () => (/* binding */ DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS),
/* harmony export */   GitHubClient: () => (/* binding */ GitHubClient),
/* harmony export */   createClient: () => (/* binding */ createClient),
/* harmony export */   describeRequestFailure: () => (/* binding */ describeRequestFailure),
/* harmony export */   rateLimitReset: () => (/* binding */ rateLimitReset),
/* harmony export */   rerunAfter: () => (/* binding */ rerunAfter)
/* harmony export */ });
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9988);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4819);
// The GitHub REST client: Octokit with GitHub's documented retry and rate-limit behaviour. Transient
// 5xx answers are retried with backoff (plugin-retry); primary and secondary rate limits wait for
// `retry-after` and retry twice (plugin-throttling), but never longer than the run allows; every
// write is spaced from the one before it, as GitHub asks bots to.





/**
 * A fetch that sends each request through the proxy the environment names for its URL (undici's
 * ProxyAgent: CONNECT tunnels), or the global fetch for URLs NO_PROXY exempts. undici loads only
 * when a proxy is configured.
 */
function proxiedFetch(env) {
    const dispatchers = new Map();
    return async (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        const proxy = (0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .proxyFor */ .iJ)(url, env);
        if (!proxy)
            return fetch(input, init);
        const undici = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19));
        let dispatcher = dispatchers.get(proxy.href);
        if (!dispatcher)
            dispatchers.set(proxy.href, (dispatcher = new undici.ProxyAgent(proxy.href)));
        const response = await undici.fetch(url, { ...init, dispatcher });
        return response;
    };
}
const WRITE_METHODS = new Set(["POST", "PATCH", "PUT", "DELETE"]);
/**
 * Spaces every write request (each attempt, retries included) `writeIntervalMs` after the start of
 * the write before it. Registered as the first plugin, so its wrap is the innermost one: it sees the
 * requests as they go out, after the retry and throttling plugins' own waits. (The throttling
 * plugin's write groups cannot do this: they space when a write is queued, and a comment then waits
 * again for the notification group while the next write, a label, is sent right behind it.)
 */
function writeSpacing(octokit, options) {
    const interval = typeof options.writeIntervalMs === "number" ? options.writeIntervalMs : 0;
    let turn = Promise.resolve();
    let lastStart = -Infinity;
    octokit.hook.wrap("request", async (request, endpoint) => {
        if (!WRITE_METHODS.has(String(endpoint.method).toUpperCase()))
            return request(endpoint);
        // One write at a time in order of arrival; each starts `interval` after the previous start.
        const mine = turn.then(async () => {
            const wait = lastStart + interval - Date.now();
            if (wait > 0)
                await new Promise((resolve) => setTimeout(resolve, wait));
            lastStart = Date.now();
        });
        turn = mine.catch(() => { });
        await mine;
        return request(endpoint);
    });
    return {};
}
const GitHubClient = _octokit_rest__WEBPACK_IMPORTED_MODULE_2__/* .Octokit */ .E.plugin(writeSpacing, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
const RATE_LIMIT_RETRIES = 2;
const DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS = 300;
function createClient(options) {
    const maxWait = options.maxRateLimitWaitSeconds ?? DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS;
    // Spacing is writeSpacing's: the plugin's own write and notification groups are made no-ops.
    const unspaced = () => new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: 0 });
    const decide = (kind, retryAfter, method, url, retryCount) => {
        if (retryAfter > maxWait) {
            options.log(`GitHub ${kind} on ${method} ${url}: it resets in ${retryAfter}s, more than max-rate-limit-wait-seconds (${maxWait}); not waiting.`);
            return false;
        }
        options.log(`GitHub ${kind} on ${method} ${url}: retrying in ${retryAfter}s.`);
        return retryCount < RATE_LIMIT_RETRIES;
    };
    const env = options.env ?? process.env;
    return new GitHubClient({
        auth: options.token,
        ...((0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .proxyConfigured */ .$o)(env) && { request: { fetch: proxiedFetch(env) } }),
        baseUrl: options.baseUrl.replace(/\/+$/, ""),
        userAgent: "argocd-cluster-link",
        writeIntervalMs: options.writeIntervalMs,
        log: { debug: () => { }, info: () => { }, warn: options.log, error: options.log },
        throttle: {
            write: unspaced(),
            notifications: unspaced(),
            onRateLimit: (retryAfter, request, _octokit, retryCount) => decide("rate limit", retryAfter, request.method, request.url, retryCount),
            onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => decide("secondary rate limit", retryAfter, request.method, request.url, retryCount),
        },
    });
}
/**
 * A failed GitHub call as people can act on it: the call (method and path), GitHub's status and
 * its message; other errors as their message.
 */
function describeRequestFailure(error) {
    const failure = error;
    const message = error instanceof Error ? error.message : String(error);
    const { method, url } = failure?.request ?? {};
    if (typeof failure?.status !== "number" || !method || !url)
        return message;
    let path = url;
    try {
        path = new URL(url).pathname;
    }
    catch {
        // A relative URL is already the path.
    }
    return `GitHub call ${method} ${path} failed with HTTP ${failure.status}: ${message}`;
}
/**
 * When `error` is GitHub refusing a request for a rate limit, the time it may be retried: from
 * `retry-after` (secondary limits) or `x-ratelimit-reset` (the primary limit). Otherwise undefined.
 */
function rateLimitReset(error, now = Date.now()) {
    const e = error;
    if (e?.status !== 403 && e?.status !== 429)
        return undefined;
    const headers = e.response?.headers ?? {};
    const retryAfter = Number(headers["retry-after"]);
    if (Number.isFinite(retryAfter) && retryAfter > 0)
        return new Date(now + retryAfter * 1000);
    if (String(headers["x-ratelimit-remaining"]) === "0") {
        const reset = Number(headers["x-ratelimit-reset"]);
        if (Number.isFinite(reset) && reset > 0)
            return new Date(reset * 1000);
    }
    if (/\bsecondary rate\b/i.test(e.message ?? ""))
        return new Date(now + 60_000);
    return undefined;
}
/** "rerun after HH:MM UTC", rounded up to the next minute. */
function rerunAfter(reset) {
    const up = new Date(Math.ceil(reset.getTime() / 60_000) * 60_000);
    return `rerun after ${up.toISOString().slice(11, 16)} UTC`;
}


/***/ })

};
