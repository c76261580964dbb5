// The repositories a run reads and writes: the current one (with its config file) and every
// account repository the config file maps, each read through the API at the head of its base.

import type { GitHub } from "../github/client.js";
import type { Destination } from "../github/publisher.js";
import { AccountRoutedReader, GitHubRepoReader } from "../github/reader.js";
import { branchTip, defaultBranch, fullName, type RepoRef } from "../github/repositories.js";
import type { RepoReader } from "../repo/reader.js";
import { EMPTY_CONFIG, parseConfig, withCommonVariables, type LinkConfig } from "./config.js";
import { readRefused, type RepositoryOrigin } from "./repository-access.js";

export interface Sources {
  config: LinkConfig;
  /** The whole Leverage tree: paths of a mapped account come from that account's repository. */
  reader: RepoReader;
  /** Where an account's pull requests go. */
  destinationFor: (account: string) => Destination;
  /** Every repository and base pull requests may go to: the current one first, then the mapped ones. */
  destinations: Destination[];
  /** Where a repository comes from (the workflow's own, or the config keys mapping it), for errors. */
  originOf: (repository: string) => RepositoryOrigin;
}

/** Opens the current repository (and its config file), then every account repository it maps. */
export async function openRepositories(
  github: GitHub,
  here: RepoRef,
  base: string | undefined,
  configPath: string,
): Promise<Sources> {
  const opened = new Map<string, Promise<{ reader: GitHubRepoReader; destination: Destination }>>();
  const open = (repo: RepoRef, base?: string) => {
    const key = `${repo.owner}/${repo.repo}@${base ?? ""}`;
    let entry = opened.get(key);
    if (!entry) {
      entry = (async () => {
        const branch = base ?? (await defaultBranch(github, repo));
        // At most 3 calls per repository: the default branch (when the config names none), the
        // branch's tip (commit and tree), and the archive of that commit (on the first read).
        const tip = await branchTip(github, repo, branch);
        const reader = new GitHubRepoReader(github, repo, tip.commit);
        return { reader, destination: { ...repo, base: branch, baseSha: tip.commit, baseTree: tip.tree } };
      })();
      opened.set(key, entry);
    }
    return entry;
  };
  const main = await open(here, base);
  const configText = await main.reader.readFile(configPath);
  const config = configText === undefined ? EMPTY_CONFIG : parseConfig(configText, configPath);
  const byAccount = new Map<string, RepoReader>();
  const byAccountDestination = new Map<string, Destination>();
  const destinations = new Map<string, Destination>([[destinationKey(main.destination), main.destination]]);
  const originOf = (repository: string): RepositoryOrigin => ({
    repository,
    home: fullName(here),
    configPath,
    accounts: Object.entries(config.accounts)
      .filter(([, l]) => fullName(l).toLowerCase() === repository.toLowerCase())
      .map(([account]) => account),
  });
  for (const [account, location] of Object.entries(config.accounts)) {
    let mapped;
    try {
      mapped = await open({ owner: location.owner, repo: location.repo }, location.base);
    } catch (error) {
      // A repository the token cannot see is the configuration's to fix, not an unexpected failure.
      // A 404 on a named base is a missing branch when the repository itself can be read (one call,
      // on this path only).
      const ref = { owner: location.owner, repo: location.repo };
      const missingBase =
        location.base !== undefined &&
        (error as { status?: unknown }).status === 404 &&
        (await defaultBranch(github, ref).then(
          () => true,
          () => false,
        ));
      throw readRefused(error, originOf(fullName(ref)), missingBase ? location.base : undefined) ?? error;
    }
    byAccount.set(account, mapped.reader);
    byAccountDestination.set(account, mapped.destination);
    destinations.set(destinationKey(mapped.destination), mapped.destination);
  }
  return {
    config,
    reader: withCommonVariables(
      byAccount.size > 0 ? new AccountRoutedReader(main.reader, byAccount) : main.reader,
      config,
    ),
    destinationFor: (account) => byAccountDestination.get(account) ?? main.destination,
    destinations: [...destinations.values()],
    originOf,
  };
}

/** One entry per repository and base branch, however the config spells the default branch. */
const destinationKey = (d: Destination) => `${d.owner}/${d.repo}@${d.base}`;
