import type { ServerResponse } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { compilePolicy, type CompiledPolicy } from '../../../src/compile/compile.js';
import { loadPolicy } from '../../../src/policy/load.js';
import { BODY_DECODERS, decodeJsonBody, type BodyDecoder } from '../../../src/serve/body-decoders.js';
import { startGateServer } from '../../../src/serve/gate-server.js';
import { EnforceBatch, gateAnswers, MAX_BATCH, type GateContext } from '../../../src/serve/ingest.js';
import { statusesOf } from '../../../src/serve/judge.js';
import { keepNewest, openRecordStore } from '../../../src/serve/record-store.js';
import { postJson, send } from './_http.js';
import { CLEAN, CLEAN_TEXT, EXTRA, OPTED_OUT, SECRET } from './_demo-payloads.js';


let compiled: CompiledPolicy;
beforeAll(async () => {
  compiled = compilePolicy(await loadPolicy('fixtures/e2e/demo.policy.yaml'));
});

/** A response double that logs what is sent to it into a shared log. */
function fakeResponse(name: string, log: string[]): ServerResponse & { status?: number; body?: string } {
  const res = {
    headersSent: false,
    status: undefined as number | undefined,
    body: undefined as string | undefined,
    writeHead(status: number) {
      res.status = status;
      res.headersSent = true;
      log.push(`answer ${name} ${status}`);
      return res;
    },
    end(text?: string) {
      res.body = text;
      return res;
    },
  };
  return res as unknown as ServerResponse & { status?: number; body?: string };
}

async function contextWith(decoders: Record<string, BodyDecoder>): Promise<GateContext> {
  const statuses = statusesOf(compiled);
  const ctx: GateContext = {
    mode: 'enforce',
    compiled,
    statuses,
    answers: gateAnswers(statuses),
    limits: { maxBodyBytes: 1 << 20, maxDecodedBytes: 8 << 20 },
    decoders: { ...BODY_DECODERS, ...decoders },
    store: await openRecordStore({ kind: 'memory' }, 100),
    findings: keepNewest(100),
    exchanges: keepNewest(100),
    batch: new EnforceBatch(),
  };
  return ctx;
}

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('EnforceBatch: bodies read in one turn are judged together, then answered', () => {
  it('judges every queued body before it sends the first answer, and answers each with its own verdict', async () => {
    const log: string[] = [];
    const logging: BodyDecoder = (body, context) => {
      log.push(`judge ${body.toString('utf8').length}`);
      return decodeJsonBody(body, context);
    };
    const ctx = await contextWith({ 'application/json': logging });
    const bodies = { clean: CLEAN_TEXT, extra: EXTRA, out: OPTED_OUT, broken: '{"a":' };
    const answers = Object.fromEntries(Object.keys(bodies).map((name) => [name, fakeResponse(name, log)]));
    for (const [name, text] of Object.entries(bodies)) ctx.batch.push({ ctx, res: answers[name]!, path: '/batch/', query: undefined, body: Buffer.from(text), contentType: 'application/json' });
    expect(log).toEqual([]);
    await turn();
    expect(log.slice(0, 4).every((line) => line.startsWith('judge '))).toBe(true);
    expect(log.slice(4)).toEqual(['answer clean 202', 'answer extra 422', 'answer out 202', 'answer broken 400']);
    expect(answers['out']!.body).toBe('{"status":"discarded"}');
    expect(answers['extra']!.body).not.toContain(SECRET);
    expect(ctx.store.list()).toHaveLength(1);
    expect(ctx.findings.list().map((f) => f.code)).toEqual(expect.arrayContaining(['opted-out-payload']));
  });

  it('answers 500 only for the body whose handling threw; the others in its batch get their verdicts', async () => {
    const log: string[] = [];
    const ctx = await contextWith({
      'application/x-boom': () => {
        throw new Error(`decoder bug near ${SECRET}`);
      },
    });
    const good = fakeResponse('good', log);
    const boom = fakeResponse('boom', log);
    const bad = fakeResponse('bad', log);
    ctx.batch.push({ ctx, res: good, path: '/e', query: undefined, body: Buffer.from(CLEAN_TEXT), contentType: 'application/json' });
    ctx.batch.push({ ctx, res: boom, path: '/e', query: undefined, body: Buffer.from(CLEAN_TEXT), contentType: 'application/x-boom' });
    ctx.batch.push({ ctx, res: bad, path: '/e', query: undefined, body: Buffer.from(EXTRA), contentType: 'application/json' });
    await turn();
    expect([good.status, boom.status, bad.status]).toEqual([202, 500, 422]);
    expect(boom.body).toBe('{"error":"internal"}');
    expect(ctx.store.list()).toHaveLength(1);
  });

  it('starts a new batch for bodies read after a flush', async () => {
    const log: string[] = [];
    const ctx = await contextWith({});
    const first = fakeResponse('first', log);
    ctx.batch.push({ ctx, res: first, path: '/e', query: undefined, body: Buffer.from(CLEAN_TEXT), contentType: 'application/json' });
    await turn();
    const second = fakeResponse('second', log);
    ctx.batch.push({ ctx, res: second, path: '/e', query: undefined, body: Buffer.from(EXTRA), contentType: 'application/json' });
    expect(second.status).toBeUndefined();
    await turn();
    expect(log).toEqual(['answer first 202', 'answer second 422']);
  });

  it(`judges at most ${MAX_BATCH} bodies a turn; the rest go in the next turn`, async () => {
    const log: string[] = [];
    const ctx = await contextWith({});
    const count = MAX_BATCH + 6;
    const replies = Array.from({ length: count }, (_, i) => fakeResponse(String(i), log));
    for (const res of replies) ctx.batch.push({ ctx, res, path: '/e', query: undefined, body: Buffer.from(CLEAN_TEXT), contentType: 'application/json' });
    await turn();
    expect(replies.filter((r) => r.status === 202)).toHaveLength(MAX_BATCH);
    await turn();
    expect(replies.map((r) => r.status)).toEqual(Array(count).fill(202));
    expect(log).toEqual(replies.map((_, i) => `answer ${i} 202`));
  });

  it('over real sockets: 60 concurrent requests of four kinds each get the answer of their own body', async () => {
    const gate = await startGateServer({ compiled, mode: 'enforce' });
    try {
      const kinds: [string, number][] = [
        [CLEAN_TEXT, 202],
        [EXTRA, 422],
        [OPTED_OUT, 202],
        ['{"contact":', 400],
      ];
      const sent = Array.from({ length: 60 }, (_, i) => kinds[(i * 7) % kinds.length]!);
      const replies = await Promise.all(sent.map(([body]) => postJson(`${gate.url}/batch/`, body)));
      expect(replies.map((r) => r.status)).toEqual(sent.map(([, status]) => status));
      for (const [i, reply] of replies.entries()) {
        if (sent[i]![0] === OPTED_OUT) expect(JSON.parse(reply.text)).toEqual({ status: 'discarded' });
        expect(reply.text).not.toContain(SECRET);
      }
      expect(gate.records()).toHaveLength(sent.filter(([body]) => body === CLEAN_TEXT).length);
      const health = await send(`${gate.url}/_gate/health`, { method: 'GET' });
      expect(health.status).toBe(200);
    } finally {
      await gate.close();
    }
  });
});
