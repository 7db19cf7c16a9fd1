import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** How one emitter run is set up. */
export interface RunEmitterOptions {
  readonly command: string;
  readonly args: readonly string[];
  /** Variables beyond PATH and HOME (scenario, endpoints, canaries); nothing else of ours leaks in. */
  readonly env: Readonly<Record<string, string>>;
  /** Files planted in the fresh HOME: relative path → content. */
  readonly homeFiles?: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  /** Wait after exit for in-flight requests before the group is ended (default 100 ms). */
  readonly graceMs?: number;
  /** Written to the emitter's stdin (e.g. canaries); closed afterwards. */
  readonly stdin?: string;
  /** Working directory of the emitter (default: ours). */
  readonly cwd?: string;
  /** PATH for the emitter (default: ours). */
  readonly path?: string;
  /** Bytes of stdout and of stderr kept (default 64 KiB); the rest is read and discarded. */
  readonly keepBytes?: number;
}

/** What one emitter run did. */
export interface EmitterRun {
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  /** Why the command could not start (e.g. ENOENT), if it could not. */
  readonly spawnError?: string;
  readonly stdout: string;
  readonly stderr: string;
  readonly stdoutBytes: number;
  readonly stderrBytes: number;
  /** Files (and links) under HOME afterwards, relative, sorted, planted ones left out; bounded. */
  readonly homeWrites: readonly string[];
  readonly durationMs: number;
}

/** Most HOME entries listed after a run. */
export const MAX_HOME_ENTRIES = 200;

/** The emitter's whole environment: PATH, HOME, then the given variables (a given PATH/HOME is ignored). */
export function sandboxEnv(path: string, home: string, extra: Readonly<Record<string, string>>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(extra)) if (key !== 'PATH' && key !== 'HOME') env[key] = value;
  return { PATH: path, HOME: home, ...env };
}

/** Run CMD once in a clean sandbox (own process group, fresh HOME removed afterwards); never hangs past the timeout. */
export async function runEmitter(options: RunEmitterOptions): Promise<EmitterRun> {
  const home = await mkdtemp(join(tmpdir(), 'tg-probe-home-'));
  try {
    for (const [relative, content] of Object.entries(options.homeFiles ?? {})) {
      const target = join(home, relative);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, content);
    }
    const env = sandboxEnv(options.path ?? process.env['PATH'] ?? '/usr/bin:/bin', home, options.env);
    const run = await spawnBounded(options, env, options.cwd ?? process.cwd());
    const planted = new Set(Object.keys(options.homeFiles ?? {}));
    const homeWrites = (await listFiles(home)).filter((f) => !planted.has(f));
    return { ...run, homeWrites };
  } finally {
    await rm(home, { recursive: true, force: true, maxRetries: 2 }).catch(() => undefined);
  }
}

type Spawned = Omit<EmitterRun, 'homeWrites'>;

function spawnBounded(options: RunEmitterOptions, env: Record<string, string>, cwd: string): Promise<Spawned> {
  const keep = options.keepBytes ?? 64 * 1024;
  const started = Date.now();
  return new Promise((resolve) => {
    const out = sink(keep);
    const err = sink(keep);
    let timedOut = false;
    let done = false;
    const child = spawn(options.command, [...options.args], { cwd, env, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
    const killGroup = (): void => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The group is already gone.
      }
    };
    const finish = (exitCode: number | null, signal: string | null, spawnError?: string): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      killGroup();
      child.stdout?.destroy();
      child.stderr?.destroy();
      resolve({
        exitCode, signal, timedOut, ...(spawnError ? { spawnError } : {}),
        stdout: out.text(), stderr: err.text(), stdoutBytes: out.total(), stderrBytes: err.total(), durationMs: Date.now() - started,
      });
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
      // Exit normally follows at once; if it does not (e.g. a zombie), stop waiting anyway.
      setTimeout(() => finish(null, 'SIGKILL'), 1000).unref();
    }, options.timeoutMs);
    child.stdout.on('data', out.add);
    child.stderr.on('data', err.add);
    child.stdout.on('error', () => undefined);
    child.stderr.on('error', () => undefined);
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.stdin ?? '');
    child.on('error', (error: NodeJS.ErrnoException) => finish(null, null, error.code ?? 'spawn-failed'));
    child.on('exit', (code, signal) => {
      // Children may still hold the pipes or be mid-request: wait a bounded grace, then end the group.
      setTimeout(() => finish(code, signal), timedOut ? 0 : options.graceMs ?? 100);
    });
  });
}

function sink(keep: number): { add: (chunk: Buffer) => void; text: () => string; total: () => number } {
  const parts: Buffer[] = [];
  let kept = 0;
  let total = 0;
  return {
    add: (chunk: Buffer) => {
      total += chunk.length;
      if (kept >= keep) return;
      const part = chunk.subarray(0, keep - kept);
      parts.push(part);
      kept += part.length;
    },
    text: () => Buffer.concat(parts).toString('utf8'),
    total: () => total,
  };
}

/** Files and links under `root`, relative with `/`, sorted; at most MAX_HOME_ENTRIES, depth 16, links not followed. */
export async function listFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string, prefix: string, depth: number): Promise<void> => {
    if (depth > 16 || found.length >= MAX_HOME_ENTRIES) return;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (found.length >= MAX_HOME_ENTRIES) return;
      const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) await walk(join(dir, entry.name), relative, depth + 1);
      else found.push(relative);
    }
  };
  await walk(root, '', 0);
  return found;
}
