import { execFile } from 'node:child_process';
import { ToolError } from '../errors.js';
import { MAX_POLICY_BYTES } from '../policy/load.js';

/** Time allowed for one git call. */
const GIT_TIMEOUT_MS = 15_000;

interface GitResult {
  readonly ok: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

function git(args: readonly string[], cwd: string): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile('git', [...args], { cwd, env: { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' }, timeout: GIT_TIMEOUT_MS, maxBuffer: MAX_POLICY_BYTES + 4096, encoding: 'utf8', windowsHide: true }, (error, stdout, stderr) => {
      resolve({ ok: error === null, stdout, stderr: String(stderr) });
    });
  });
}

/** Check that `ref` names a commit in the repository at `cwd` (ToolError `usage` otherwise). */
export async function assertGitRef(ref: string, cwd: string): Promise<void> {
  if (ref === '' || ref.startsWith('-') || ref.length > 256 || /[\0\s]/.test(ref)) {
    throw new ToolError('usage', `diff: --git needs a git ref, not "${ref.slice(0, 40)}"`);
  }
  const result = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd);
  if (!result.ok) throw new ToolError('usage', `diff: "${ref.slice(0, 60)}" is not a git ref here (or this is not a git repository)`);
}

/**
 * The text of `path` (relative to `cwd`) at git `ref`, via `git show REF:./path` with no shell;
 * null when the file does not exist at that ref.
 */
export async function gitShow(ref: string, path: string, cwd: string): Promise<string | null> {
  const spec = `${ref}:./${path.replace(/^\.\//, '')}`;
  const result = await git(['show', '--end-of-options', spec], cwd);
  if (result.ok) return result.stdout;
  if (/does not exist|exists on disk, but not in|not in '|path .* does not exist/i.test(result.stderr)) return null;
  const reason = result.stderr.split('\n', 1)[0]?.slice(0, 200) ?? 'git show failed';
  throw new ToolError('policy-unreadable', `diff: cannot read ${path} at ${ref.slice(0, 60)}: ${reason}`);
}

/** Policy files (`*.policy.yaml`) under `dir` at git `ref`, as paths relative to `cwd`. */
export async function gitPolicyFiles(ref: string, dir: string, cwd: string): Promise<string[]> {
  const result = await git(['ls-tree', '--name-only', '--end-of-options', ref, `${dir.replace(/\/$/, '')}/`], cwd);
  if (!result.ok) return [];
  return result.stdout.split('\n').filter((n) => n.endsWith('.policy.yaml')).slice(0, 1000);
}
