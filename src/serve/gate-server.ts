import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ToolError } from '../errors.js';
import type { Finding } from '../findings/finding.js';
import { ADMIN_PREFIX, handleAdmin } from './admin.js';
import { BODY_DECODERS } from './body-decoders.js';
import { EnforceBatch, gateAnswers, handleIngest, type GateContext } from './ingest.js';
import { statusesOf } from './judge.js';
import { keepNewest, openRecordStore } from './record-store.js';
import { sendError } from './respond.js';
import type { Exchange, GateServer, GateServerOptions } from './types.js';

/** Default largest request body (1 MiB) when neither the options nor the policy's `receiver.maxBodyBytes` set one. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * Start the policy-enforcing (or capturing) receiver on node:http. Ingests POST on every path outside
 * `/_gate/`; resolves once listening. Loopback unless `host` says otherwise.
 */
export async function startGateServer(options: GateServerOptions): Promise<GateServer> {
  const { mode, compiled } = options;
  if (mode === 'enforce' && compiled === undefined) throw new ToolError('usage', 'serve: enforce mode needs a policy');
  const maxBodyBytes = options.maxBodyBytes ?? compiled?.policy.receiver?.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const keep = options.maxKept ?? 10_000;
  const store = await openRecordStore(options.store ?? { kind: 'memory' }, keep).catch((error: unknown) => {
    throw new ToolError('input-unreadable', `serve: cannot open the store file (${(error as { code?: string }).code ?? 'error'})`, { cause: error });
  });
  const statuses = statusesOf(compiled);
  const ctx: GateContext = {
    mode,
    compiled,
    statuses,
    answers: gateAnswers(statuses),
    limits: { maxBodyBytes, maxDecodedBytes: options.maxDecodedBytes ?? maxBodyBytes * 8 },
    decoders: { ...BODY_DECODERS, ...options.decoders },
    store,
    findings: keepNewest<Finding>(keep),
    exchanges: keepNewest<Exchange>(Math.min(keep, 1000)),
    batch: new EnforceBatch(),
  };
  const reset = async (): Promise<void> => {
    ctx.findings.clear();
    ctx.exchanges.clear();
    await store.reset();
  };
  const view = { mode, policy: compiled?.policy.policy, records: store.list, findings: ctx.findings.list, exchanges: ctx.exchanges.list, reset };

  const internal = (res: ServerResponse): void => {
    // A bug, not bad input: answer without any detail, never a stack.
    sendError(res, 500, 'internal', { close: true });
  };
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    if (path.startsWith(ADMIN_PREFIX)) return void handleAdmin(req, res, path, view).catch(() => internal(res));
    handleIngest(req, res, path, q < 0 ? undefined : new URLSearchParams(url.slice(q + 1)), ctx);
  };
  const timeouts = options.timeouts ?? {};
  const requestTimeout = timeouts.requestMs ?? 30_000;
  const server = createServer(
    {
      headersTimeout: Math.min(timeouts.headersMs ?? 10_000, requestTimeout),
      requestTimeout,
      keepAliveTimeout: timeouts.keepAliveMs ?? 5_000,
      // How often node checks for requests over their timeout (its default, 30 s, would let one live 60 s).
      connectionsCheckingInterval: Math.max(50, Math.min(5_000, Math.floor(requestTimeout / 4))),
    },
    (req, res) => {
      try {
        handle(req, res);
      } catch {
        internal(res);
      }
    },
  );
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      void store.close();
      reject(new ToolError('usage', `serve: cannot listen on ${host}:${options.port ?? 0} (${error.code ?? 'error'})`));
    });
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    mode,
    records: () => store.list(),
    findings: () => ctx.findings.list(),
    exchanges: () => ctx.exchanges.list(),
    reset,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => store.close());
      return closing;
    },
  };
}
