import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { ToolError } from '../errors.js';
import { commandLine } from './steps/_step.js';

/** A receiver this run started; `stop` ends it (and only it, by its process group id). */
export interface StartedReceiver {
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** How to start a receiver. */
export interface StartReceiverOptions {
  readonly argv: readonly string[];
  readonly cwd: string;
  /** The URL it will serve; when absent, the first loopback http URL it prints on stdout. */
  readonly url?: string;
  readonly timeoutMs: number;
  /** Names the receiver in messages. */
  readonly label: string;
}

/** Most bytes of standard output scanned for the URL. */
const MAX_SCANNED = 64 * 1024;
const URL_LINE = /https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\]):\d{1,5}/;
const live = new Set<ChildProcess>();

/** Start a receiver command (no shell; `node` means this Node.js) and wait until it serves its URL. Exit 2 when it cannot start. */
export async function startReceiver(options: StartReceiverOptions): Promise<StartedReceiver> {
  const [first, ...args] = options.argv;
  const command = first === 'node' ? process.execPath : (first ?? '');
  const child = spawn(command, args, { cwd: options.cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  track(child);
  const stop = (): Promise<void> => stopChild(child);
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(fail(`did not ${options.url ? `answer on ${options.url}` : 'print its URL'} within ${options.timeoutMs} ms`)), options.timeoutMs);
      const done = (action: () => void): void => {
        clearTimeout(timer);
        action();
      };
      child.once('error', (error: NodeJS.ErrnoException) => done(() => reject(fail(`cannot be started (${error.code ?? 'error'})`))));
      child.once('exit', (code, signal) => done(() => reject(fail(`exited before serving (${signal ?? `exit code ${code}`})`))));
      if (options.url !== undefined) {
        const url = options.url;
        void waitForPort(url, options.timeoutMs).then((ok) => ok && done(() => resolve(url)));
      } else {
        let seen = '';
        child.stdout?.on('data', (chunk: Buffer) => {
          if (seen.length >= MAX_SCANNED) return;
          seen += chunk.toString('utf8').slice(0, MAX_SCANNED - seen.length);
          const match = URL_LINE.exec(seen);
          if (match) done(() => resolve(match[0]));
        });
      }
    });
    return { url, pid: child.pid ?? -1, stop };
  } catch (error) {
    await stop();
    throw error;
  } finally {
    // Keep the pipes flowing so a chatty receiver never blocks on a full pipe.
    child.stdout?.resume();
    child.stderr?.resume();
  }

  function fail(reason: string): ToolError {
    return new ToolError('url-unreachable', `run: receiver ${options.label}: ${commandLine(options.argv).slice(0, 200)} ${reason}`);
  }
}

/** True once a TCP connection to the URL's host and port succeeds (polled every 100 ms until the deadline). */
async function waitForPort(url: string, timeoutMs: number): Promise<boolean> {
  const target = new URL(url);
  const port = Number(target.port || (target.protocol === 'https:' ? 443 : 80));
  const host = target.hostname.replace(/^\[|\]$/g, '');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect({ host, port });
      socket.setTimeout(500);
      socket.once('connect', () => { socket.destroy(); resolve(true); });
      socket.once('error', () => { socket.destroy(); resolve(false); });
      socket.once('timeout', () => { socket.destroy(); resolve(false); });
    });
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** End a child we started: SIGTERM to its process group, SIGKILL after 3 s. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    untrack(child);
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
  untrack(child);
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

function onExit(): void {
  for (const child of live) signalGroup(child, 'SIGKILL');
}

function onSignal(signal: NodeJS.Signals): void {
  onExit();
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  process.kill(process.pid, signal);
}

function track(child: ChildProcess): void {
  if (live.size === 0) {
    process.on('exit', onExit);
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  live.add(child);
}

function untrack(child: ChildProcess): void {
  if (!live.delete(child) || live.size > 0) return;
  process.off('exit', onExit);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}
