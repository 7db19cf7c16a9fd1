import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, runEmitter, sandboxEnv } from '../../../src/probe/run-emitter.js';

const node = (script: string, env: Record<string, string> = {}, extra: { timeoutMs?: number; homeFiles?: Record<string, string>; stdin?: string } = {}) =>
  runEmitter({ command: process.execPath, args: ['-e', script], env, timeoutMs: extra.timeoutMs ?? 5000, graceMs: 20, ...extra });

describe('sandboxEnv', () => {
  it('keeps only PATH, HOME and the given variables; a given PATH or HOME is ignored', () => {
    expect(sandboxEnv('/bin', '/tmp/h', { A: '1', PATH: '/evil', HOME: '/root' })).toEqual({ PATH: '/bin', HOME: '/tmp/h', A: '1' });
  });
});

describe('runEmitter', () => {
  it('runs in a clean environment: none of our CI or DO_NOT_TRACK leaks in', async () => {
    process.env['CI'] = 'true';
    try {
      const run = await node('process.stdout.write(JSON.stringify(Object.keys(process.env).sort()))', { X: '1' });
      expect(JSON.parse(run.stdout)).toEqual(['HOME', 'PATH', 'X']);
      expect(run.exitCode).toBe(0);
    } finally {
      delete process.env['CI'];
    }
  });

  it('lists files written under a fresh HOME (planted ones left out), then removes HOME', async () => {
    const script = "const fs=require('fs');const h=process.env.HOME;fs.mkdirSync(h+'/.app',{recursive:true});fs.writeFileSync(h+'/.app/id','x');process.stdout.write(h)";
    const run = await node(script, {}, { homeFiles: { '.optout': '' } });
    expect(run.homeWrites).toEqual(['.app/id']);
    expect(existsSync(run.stdout)).toBe(false);
  });

  it('ends a hanging emitter at the timeout', async () => {
    const started = Date.now();
    const run = await node('setInterval(() => {}, 1000)', {}, { timeoutMs: 300 });
    expect(run.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('keeps 64 KiB of a large stdout and counts the rest', async () => {
    const run = await node("process.stdout.write(Buffer.alloc(8*1024*1024, 'x'))");
    expect(run.stdoutBytes).toBe(8 * 1024 * 1024);
    expect(run.stdout.length).toBe(64 * 1024);
  });

  it('passes stdin and reports the exit code', async () => {
    const run = await node("let d='';process.stdin.on('data',c=>d+=c).on('end',()=>{process.stdout.write(d);process.exit(3)})", {}, { stdin: 'hello' });
    expect([run.stdout, run.exitCode]).toEqual(['hello', 3]);
  });

  it('reports a command that cannot start', async () => {
    const run = await runEmitter({ command: 'tg-no-such-command-xyz', args: [], env: {}, timeoutMs: 2000 });
    expect(run.spawnError).toBe('ENOENT');
  });
});

describe('listFiles', () => {
  it('lists files and links, sorted, without following links', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tg-list-'));
    try {
      await mkdir(join(root, 'b/c'), { recursive: true });
      await writeFile(join(root, 'b/c/f'), '');
      await writeFile(join(root, 'a'), '');
      await symlink('/', join(root, 'link'));
      expect(await listFiles(root)).toEqual(['a', 'b/c/f', 'link']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
