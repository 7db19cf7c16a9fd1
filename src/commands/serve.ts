import { compilePolicy, type CompiledPolicy } from '../compile/compile.js';
import { ToolError } from '../errors.js';
import { loadPolicy } from '../policy/load.js';
import { startGateServer } from '../serve/gate-server.js';
import { tuneHeapForServing } from '../serve/tune-heap.js';
import type { GateMode } from '../serve/types.js';
import { parseCommandArgs, pathIn } from './_options.js';
import type { Command, Io } from './types.js';

const NAME = 'serve';

/** An Io that can also write to stdout while the command runs (the URL line); falls back to `log`. */
type StreamingIo = Io & { readonly print?: (text: string) => void };

/** `serve --policy P [--port N] [--host H] [--mode enforce|capture] [--store FILE] [--max-body-bytes N]`: runs until SIGINT/SIGTERM. */
export const serveCommand: Command = {
  name: NAME,
  summary: 'run the reference receiver: enforce the policy on incoming telemetry (422 + codes), or capture everything',
  usage: `${NAME} --policy P [--port N] [--host H] [--mode enforce|capture] [--store FILE.ndjson] [--max-body-bytes N]`,
  async run(args, io: StreamingIo) {
    const { values } = parseCommandArgs(NAME, args, {
      policy: { type: 'string', short: 'p' },
      port: { type: 'string' },
      host: { type: 'string' },
      mode: { type: 'string' },
      store: { type: 'string' },
      'max-body-bytes': { type: 'string' },
    }, false);
    const mode = modeOf(values.mode);
    if (mode === 'enforce' && values.policy === undefined) throw new ToolError('usage', `${NAME}: --policy is required in enforce mode`);
    const compiled: CompiledPolicy | undefined = values.policy === undefined ? undefined : compilePolicy(await loadPolicy(pathIn(io, values.policy)));
    const port = intOf('port', values.port, 0, 0, 65_535);
    const maxBody = values['max-body-bytes'] === undefined ? undefined : intOf('max-body-bytes', values['max-body-bytes'], 0, 1, 2 ** 30);
    const host = values.host ?? '127.0.0.1';

    tuneHeapForServing();
    const server = await startGateServer({
      mode,
      host,
      port,
      ...(compiled ? { compiled } : {}),
      ...(values.store ? { store: { kind: 'ndjson' as const, path: pathIn(io, values.store) } } : {}),
      ...(maxBody !== undefined ? { maxBodyBytes: maxBody } : {}),
    });
    const line = `telemetry-gate serve: listening on ${server.url} (${mode})`;
    if (io.print) io.print(`${line}\n`);
    else io.log(line);
    if (!/^(127\.|::1$|localhost$)/.test(host)) io.log(`${NAME}: warning: bound to ${host}, which is not loopback; /_gate/ endpoints expose what was stored`);

    const signal = await untilSignal();
    await server.close();
    io.log(`${NAME}: ${signal}: stopped (${server.records().length} records kept, ${server.findings().length} findings)`);
    return { stdout: '', exitCode: 0 };
  },
};

function modeOf(value: string | undefined): GateMode {
  if (value === undefined || value === 'enforce' || value === 'capture') return value ?? 'enforce';
  throw new ToolError('usage', `${NAME}: --mode must be enforce or capture`);
}

function intOf(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) throw new ToolError('usage', `${NAME}: --${name} must be an integer from ${min} to ${max}`);
  return n;
}

/** Resolve with the name of the first SIGINT or SIGTERM, then stop listening for them. */
function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(signal);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}
