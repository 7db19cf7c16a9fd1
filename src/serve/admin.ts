import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Finding } from '../findings/finding.js';
import { sendError, sendJson } from './respond.js';
import type { Exchange, GateMode, StoredRecord } from './types.js';

/** The prefix of the gate's own endpoints; every other path ingests. */
export const ADMIN_PREFIX = '/_gate/';

/** What the admin endpoints read and do. */
export interface AdminView {
  readonly mode: GateMode;
  readonly policy: string | undefined;
  records(): StoredRecord[];
  findings(): Finding[];
  exchanges(): Exchange[];
  reset(): Promise<void>;
}

/** An exchange as JSON: its body as base64. */
function exchangeJson(exchange: Exchange): Omit<Exchange, 'body'> & { body: string } {
  return { ...exchange, body: exchange.body.toString('base64') };
}

/**
 * `GET /_gate/health`, `/_gate/records`, `/_gate/findings`, `/_gate/exchanges` and `POST /_gate/reset`.
 * The request body, if any, is ignored.
 */
export async function handleAdmin(req: IncomingMessage, res: ServerResponse, path: string, view: AdminView): Promise<void> {
  req.resume();
  const name = path.slice(ADMIN_PREFIX.length).replace(/\/$/, '');
  const method = req.method ?? '';
  if (name === 'reset') {
    if (method !== 'POST') return sendError(res, 405, 'method-not-allowed', { allow: 'POST' });
    await view.reset();
    return sendJson(res, 200, { status: 'reset' });
  }
  const reads: Record<string, () => unknown> = {
    health: () => ({ status: 'ok', mode: view.mode, ...(view.policy ? { policy: view.policy } : {}) }),
    records: () => view.records(),
    findings: () => view.findings(),
    exchanges: () => view.exchanges().map(exchangeJson),
  };
  if (!Object.hasOwn(reads, name)) return sendError(res, 404, 'not-found');
  if (method !== 'GET' && method !== 'HEAD') return sendError(res, 405, 'method-not-allowed', { allow: 'GET, HEAD' });
  sendJson(res, 200, reads[name]!());
}
