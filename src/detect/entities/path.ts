import type { Emit } from '../_hit.js';

/**
 * File paths under a real user's home: `/Users/x/`, `/home/x/`, `C:\Users\x\` (DESIGN rule 6).
 * Service and shared homes stay quiet: `/home/runner`, `/root` (not under /home), `/Users/Shared`,
 * `C:\Users\Public`, CI and container accounts, and placeholders such as `$USER` or `<user>`.
 */

const HOME = /(?<![\p{L}\p{N}.-])(?:\/(?:Users|home|Home)\/|[A-Za-z]:(?:\\{1,2}|\/)(?:Users|Documents and Settings)(?:\\{1,2}|\/))([^\\/\s:*?"'<>|,;()[\]{}]{1,64})/gu;
const SERVICE = new Set([
  'runner', 'runneradmin', 'shared', 'public', 'default', 'default user', 'defaultuser0', 'all users', 'administrator',
  'guest', 'circleci', 'travis', 'jenkins', 'gitlab-runner', 'buildkite-agent', 'vsts', 'vsts-agent', 'vagrant',
  'ubuntu', 'ec2-user', 'centos', 'debian', 'fedora', 'node', 'app', 'appuser', 'docker', 'www-data', 'nobody',
  'user', 'username', 'me', 'codespace', 'gitpod', 'vscode', 'coder', 'linuxbrew', 'runner-admin', 'git', 'ci',
  'build', 'builder', 'bot', 'service', 'daemon', 'postgres', 'mysql', 'redis', 'nginx', 'apache', 'jovyan',
  'wdagutilityaccount', 'localservice', 'networkservice', 'systemprofile', 'dev', 'developer', 'test', 'tester',
]);

/** True when a home-directory name belongs to a person rather than a service account or placeholder. */
export function personalHome(name: string): boolean {
  const n = name.trim().toLowerCase();
  if (n.length === 0 || n === '.' || n === '..' || n === '~' || n === '*') return false;
  if (/^[$%{<[]/.test(n) || n.includes('${') || n.includes('{{')) return false;
  return !SERVICE.has(n) && !SANDBOX.test(n);
}

/** Numbered sandbox accounts of serverless runtimes (AWS Lambda's `sbx_user1051`). */
const SANDBOX = /^sbx_user\d+$/;

/** Find home-directory paths in text. */
export function findHomePaths(text: string, emit: Emit): void {
  HOME.lastIndex = 0;
  for (let n = 0; n < 16; n++) {
    const m = HOME.exec(text);
    if (!m) return;
    if (personalHome(m[1] as string)) emit('FILE_PATH_WITH_USERNAME', m[0], 0.9);
  }
}
