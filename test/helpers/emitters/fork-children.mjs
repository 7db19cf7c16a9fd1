// Hostile emitter: starts children that hold stdout and never exit, records their pids in $PIDFILE, then exits.
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';

for (let i = 0; i < 3; i++) {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => process.stdout.write("."), 50)'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (process.env.PIDFILE) appendFileSync(process.env.PIDFILE, `${child.pid}\n`);
  child.unref();
}
