// The local CLI: `plan` prints what a link changes, `apply` writes it as one local git branch per
// step, `list` and `verify` show the links a repository holds and whether AWS and ArgoCD have them.
// Exit codes: 0 done, 1 unexpected failure (verify: not linked), 2 invalid request, facts or
// arguments, 3 layout not understood. Each command's code loads only when it runs (see COMMANDS).

import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { InvalidInputError, LayoutError } from "../core/errors.js";
import { replaceInvisible } from "../core/text.js";
import { VERSION } from "../core/version.js";
import { CliUsageError, didYouMean, type CliIo, type CliValues, type CommandContext } from "./command.js";

export type { CliIo } from "./command.js";

const PROGRAM = "argocd-cluster-link";

interface CliCommand {
  /** Its usage line, after the program name; optional options in brackets. */
  usage: string;
  /** The options it reads: any other option given to it is a usage error, not silently ignored. */
  options: readonly (keyof CliValues)[];
  run: (context: CommandContext) => Promise<number>;
}

/** Every command, in the order --help lists them. A new command is one entry here. */
const COMMANDS: Record<string, CliCommand> = {
  plan: {
    usage: "plan  [--repo DIR] --request FILE --facts FILE [--json]",
    options: ["repo", "request", "facts", "json"],
    run: async (context) => (await import("./link.js")).runLinkCommand("plan", context),
  },
  apply: {
    usage: "apply [--repo DIR] --request FILE --facts FILE [--json]",
    options: ["repo", "request", "facts", "json"],
    run: async (context) => (await import("./link.js")).runLinkCommand("apply", context),
  },
  rotate: {
    usage: "rotate [--repo DIR] [--link NAME...] [--force] [--json]",
    options: ["repo", "link", "force", "json"],
    run: async ({ values, io, stderr }) =>
      (await import("./rotate.js")).rotateCommand(
        {
          repoDir: resolve(values.repo ?? "."),
          links: values.link ?? [],
          force: values.force ?? false,
          json: values.json ?? false,
          now: (io.now ?? (() => new Date()))(),
        },
        io.stdout,
        stderr,
      ),
  },
  unlink: {
    usage: "unlink [--repo DIR] --link NAME [--dry-run] [--json]",
    options: ["repo", "link", "dry-run", "json"],
    run: async (context) => (await import("./unlink.js")).runUnlinkCommand(context),
  },
  list: {
    usage: "list  [--repo DIR] [--json]",
    options: ["repo", "json"],
    run: async (context) => (await import("./list.js")).runListCommand(context),
  },
  verify: {
    usage: "verify --link NAME [--repo DIR] [--argocd-server URL] [--json]",
    options: ["repo", "link", "argocd-server", "argocd-ca-cert", "argocd-timeout", "json"],
    run: async (context) => (await import("./verify.js")).runVerifyCommand(context),
  },
};

const OPTIONS = {
  repo: { type: "string" },
  request: { type: "string" },
  facts: { type: "string" },
  json: { type: "boolean", default: false },
  link: { type: "string", multiple: true },
  force: { type: "boolean", default: false },
  "dry-run": { type: "boolean", default: false },
  "argocd-server": { type: "string" },
  "argocd-ca-cert": { type: "string" },
  "argocd-timeout": { type: "string" },
  help: { type: "boolean", short: "h", default: false },
  version: { type: "boolean", default: false },
} as const;

/** The usage lines, also shown (alone) after a mistake in the arguments. */
export const USAGE = `Usage:
${Object.values(COMMANDS)
  .map((c) => `  ${PROGRAM} ${c.usage}\n`)
  .join("")}  ${PROGRAM} --help | --version
`;

export const HELP = `${PROGRAM}: link an EKS cluster to an ArgoCD in another account of a binbash Leverage repository.

${USAGE}
Commands:
  plan    Print the ordered steps (one pull request each), their files and unified diffs.
          Nothing is written.
  apply   Write each step as a commit on its own local branch in DIR,
          argocd-cluster-link/<argocd-cluster-name>/<step>, starting from HEAD. The work tree,
          the index and the checked-out branch are not touched; DIR must have no uncommitted
          changes. Running it again with the same inputs makes no new commit.
  rotate  Rotate the bearer tokens that are due (token-created at least 30 days ago, or never
          recorded), like the Action's scheduled run: one local branch per target layer,
          argocd-cluster-link/rotation.<layer>/rotate-token, starting from HEAD. --link NAME
          (repeatable) and --force rotate regardless of age. --json prints
          {"links": [{"link", "state", "age-days", "layer", "argocd-layer"}], "batches": [...]}.
  unlink  Take the link NAME (its argocd-cluster-name) out again, in reverse order: one local
          branch per step, argocd-cluster-link/<NAME>/unlink-<step>, like apply. Everything is
          read from the files the link owns; no request or facts are needed. With --dry-run it
          only prints the plan (in --json: files it removes have "action": "delete").
  list    Every link in the repository, read from the files links own: name, method, access,
          namespaces, ArgoCD release and the layer of its values, target account/region/cluster,
          bearer-token age, and each link's files. --json prints [{"name", "method", "access",
          "namespaces", "cluster-resources", "source": {"account", "release", "layer",
          "values-file"}, "target": {"account", "region", "cluster", "server"}, "files",
          "token": {"created", "age-days"} | null}].
  verify  Check that the link NAME is really there, with your own AWS credentials (the SDK's
          default chain: AWS_PROFILE, SSO, AWS_ACCESS_KEY_ID...): its IAM role and trust, its EKS
          access entry, the IRSA role (when .github/argocd-cluster-link.yml names
          aws.source-cluster), ArgoCD's cluster entry and, with --argocd-server and the
          ARGOCD_AUTH_TOKEN environment variable, whether ArgoCD reaches the cluster. One line per
          check: pass, fail (and what to do) or not checkable (and why). Exit 0 when linked, 1 when
          not. --json prints {"link", "linked", "checks": [{"check", "result", "detail"}]}.

Options:
  --repo DIR       The Leverage repository (optional; default: the current directory).
  --request FILE   The link request, YAML or JSON. Keys:
                     source-account       account folder where ArgoCD runs (e.g. shared)
                     target-account       account folder of the cluster (e.g. apps-devstg)
                     target-region        region of the cluster (e.g. us-east-1)
                     target-cluster       EKS cluster name
                     method               iam-role | bearer-token
                     access               cluster-admin | admin | edit | view
                     namespaces           list; empty or absent = cluster-wide
                     cluster-resources    true | false (default false; needs namespaces)
                     read-beyond-access   true: on ArgoCD before 2.9, accept reading Secrets and RBAC
                                          objects the access level does not read (default false)
                     argocd-instance      Helm release of the ArgoCD to use (or to create)
                     dedicated-instance   true: create a new ArgoCD release for this cluster
                     argocd-cluster-name  name in ArgoCD, a DNS-1123 label (default: from target-cluster)
                     labels               map of labels for the ArgoCD cluster secret
                     argocd-layer, target-cluster-layer, target-rbac-layer
                                          layer paths that override discovery
  --facts FILE     The target cluster as printed by
                     aws eks describe-cluster --name <target-cluster> --region <target-region>
  --link NAME      rotate: a link to rotate regardless of age (repeatable); unlink: the
                   argocd-cluster-name of the link to remove; verify: of the link to check.
  --force          rotate: rotate every bearer-token link regardless of age.
  --dry-run        unlink: print the plan, write nothing.
  --argocd-server URL
                   verify: ArgoCD's API, https:// (http only on 127.0.0.1 or localhost). The token
                   is read from ARGOCD_AUTH_TOKEN and never printed; a private CA is trusted
                   through NODE_EXTRA_CA_CERTS or --argocd-ca-cert.
  --argocd-ca-cert FILE
                   verify: PEM certificates that sign ArgoCD's server certificate.
  --argocd-timeout SECONDS
                   verify: how long ArgoCD may take to answer (1 to 300; default 30).
  --json           Print JSON instead of text (rotate, list and verify: shapes above). plan and
                   apply print {"linkId", "steps": [{"id", "account", "layers", "title", "body",
                   "apply", "files": [{"path", "action", "content"}]}], "upToDate", "notes"}
                   (apply adds "branches"). Logs go to stderr.

Exit codes:
  0  done (also when there is nothing to change); verify: linked
  1  unexpected failure (git, file system); verify: not linked (a check failed, or ArgoCD
     did not confirm that it reaches the cluster)
  2  the request, the facts or the arguments are invalid: every problem is listed
  3  the repository layout is not understood, or a file cannot be edited safely
`;

/** A parseArgs error in words, with a suggestion for a mistyped option. */
function argumentProblem(error: Error & { code?: string }): string {
  const unknown = /^Unknown option '([^']+)'/.exec(error.message)?.[1];
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown) {
    const known = Object.entries(OPTIONS).flatMap(([name, o]) => [
      `--${name}`,
      ...("short" in o ? [`-${o.short}`] : []),
    ]);
    const guess = didYouMean(unknown.split("=")[0]!, known);
    return `Unknown option ${unknown}.${guess ? ` Did you mean ${guess}?` : ""}`;
  }
  const missingValue = /^Option '(--[\w-]+)[^']*' argument missing/.exec(error.message)?.[1];
  if (missingValue) return `Option ${missingValue} needs a value.`;
  return error.message;
}

export async function runCli(argv: string[], io: CliIo, version = VERSION): Promise<number> {
  // Paths, values and messages come from outside: show bidi and invisible characters instead of echoing them.
  const stderr = (text: string) => io.stderr(replaceInvisible(text, { keepNewlines: true }));
  const usageError = (problem: string) => {
    stderr(`${problem}\n\n${USAGE}Run '${PROGRAM} --help' for every option.\n`);
    return 2;
  };
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS, tokens: true });
  } catch (error) {
    return usageError(argumentProblem(error as Error & { code?: string }));
  }
  const { values, positionals, tokens } = args;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${version}\n`);
    return 0;
  }
  const names = Object.keys(COMMANDS);
  const name = positionals[0];
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command || positionals.length !== 1) {
    const expected = `Expected one command, ${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
    if (name === undefined) return usageError(`${expected}; got none.`);
    if (!command) {
      const guess = didYouMean(name, names);
      return usageError(`${expected}; got ${name}.${guess ? ` Did you mean ${guess}?` : ""}`);
    }
    return usageError(`${expected}; got ${positionals.join(" ")}.`);
  }

  const foreign = [
    ...new Set(
      tokens.flatMap((t) =>
        t.kind === "option" && !(command.options as readonly string[]).includes(t.name)
          ? [`--${t.name}`]
          : [],
      ),
    ),
  ];
  if (foreign.length > 0)
    return usageError(
      `${foreign.join(", ")} ${foreign.length === 1 ? "is not an option" : "are not options"} of ${name}; it takes ${command.options.map((o) => `--${o}`).join(", ")}.`,
    );

  try {
    return await command.run({ values, io, stderr });
  } catch (error) {
    if (error instanceof CliUsageError) return usageError(error.message);
    if (error instanceof InvalidInputError || error instanceof LayoutError) {
      stderr(`${error.message}\n`);
      return error.exitCode;
    }
    stderr(`Unexpected failure: ${(error as Error).stack ?? error}\n`);
    return 1;
  }
}
