/** Seeds and replay commands: every fuzz result can be reproduced from the run's seed and the case path. */

/** The seed of one case within a run: stable per case name, so adding a case leaves the others unchanged. */
export function caseSeed(runSeed: number, caseName: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < caseName.length; i++) {
    hash ^= caseName.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (runSeed ^ hash) | 0;
}

/** A fresh run seed (32-bit, as fast-check takes). */
export function freshSeed(): number {
  return (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;
}

/** Split a replay path `<case>:<fast-check path>` (the fast-check part may be empty). */
export function parseCasePath(path: string): { caseName: string; fcPath: string | undefined } {
  const colon = path.indexOf(':');
  if (colon < 0) return { caseName: path, fcPath: undefined };
  const fcPath = path.slice(colon + 1);
  return { caseName: path.slice(0, colon), fcPath: fcPath === '' ? undefined : fcPath };
}

/** What the replay command names. */
export interface ReplayTarget {
  readonly policy: string;
  readonly url: string;
  readonly seed: number;
  readonly path?: string;
}

/** The CLI command that replays a run (or, with a path, one shrunk case). Headers are left out: they may hold credentials. */
export function replayCommand(target: ReplayTarget): string {
  const args = ['telemetry-gate', 'fuzz', 'receiver', '--policy', target.policy, '--url', target.url, '--seed', String(target.seed)];
  if (target.path !== undefined) args.push('--path', target.path);
  return args.map(shellQuote).join(' ');
}

function shellQuote(arg: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
