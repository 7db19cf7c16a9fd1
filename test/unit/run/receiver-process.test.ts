import { describe, expect, it } from 'vitest';
import { startReceiver } from '../../../src/run/receiver-process.js';

const SERVER = "const s=require('http').createServer((q,r)=>r.end('ok'));s.listen(0,'127.0.0.1',()=>console.log('listening on http://127.0.0.1:'+s.address().port+' (test)'))";

describe('startReceiver', () => {
  it('reads the first loopback URL a port-0 receiver prints, and stop() ends it by its PID', async () => {
    const started = await startReceiver({ argv: ['node', '-e', SERVER], cwd: process.cwd(), timeoutMs: 10_000, label: 't/r' });
    expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(started.url)).text()).toBe('ok');
    await started.stop();
    expect(() => process.kill(started.pid, 0)).toThrow();
    await expect(fetch(started.url, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
  });

  it.each([
    ['exits early', ['node', '-e', 'process.exit(3)'], 10_000, "run: receiver t/r: node -e 'process.exit(3)' exited before serving (exit code 3)"],
    ['cannot be started', ['/nonexistent/receiver-binary'], 10_000, 'run: receiver t/r: /nonexistent/receiver-binary cannot be started (ENOENT)'],
    ['prints no URL in time', ['node', '-e', 'setInterval(()=>{},1000)'], 300, "run: receiver t/r: node -e 'setInterval(()=>{},1000)' did not print its URL within 300 ms"],
  ])('a receiver that %s is a ToolError (exit 2)', async (_, argv, timeoutMs, message) => {
    await expect(startReceiver({ argv, cwd: process.cwd(), timeoutMs, label: 't/r' })).rejects.toMatchObject({ code: 'url-unreachable', message });
  });
});
