/** What a receiver's answer must not contain: a stack trace, or values echoed from the payload it refused. */

const STACK_TRACE: readonly RegExp[] = [
  /^\s*at .{1,300}\(.{1,400}:\d+:\d+\)\s*$/m, // V8: "    at fn (file.js:1:2)"
  /^\s+at (?:async )?\/?[\w$./\\-]{1,300}:\d+:\d+\s*$/m, // V8 anonymous frame: "    at /app/x.js:1:2"
  /Traceback \(most recent call last\)/, // Python
  /^\s+File "[^"\n]{1,400}", line \d+, in /m, // Python frame
  /Exception in thread "/, // JVM
  /^\s+at [\w$.<>]{1,300}\([\w$]{1,100}\.(?:java|kt|scala|groovy):\d+\)/m, // JVM frame
  /^goroutine \d+ \[[a-z ]{1,40}\]:/m, // Go panic
  /\.rb:\d+:in [`']/, // Ruby
  /^\s+at [\w.<>`]{1,300}\(.{0,300}\) in .{1,400}:line \d+/m, // .NET
  /^(?:PHP )?(?:Fatal error|Stack trace):/m, // PHP
];

/** True when a response body carries a stack trace (only the first 64 KiB are looked at). */
export function hasStackTrace(body: string): boolean {
  const text = body.length > 65_536 ? body.slice(0, 65_536) : body;
  return STACK_TRACE.some((re) => re.test(text));
}

/** Shortest payload string worth looking for in an answer (shorter ones match by chance). */
const MIN_ECHO = 12;
/** Most payload strings compared with one answer. */
const MAX_LEAVES = 200;

/**
 * True when an answer repeats a string value of the payload (as written, or JSON-escaped) that is
 * not one of the policy's own literals (enum and const values may be named in an error message).
 */
export function echoesPayload(body: string, payload: unknown, literals: ReadonlySet<string>): boolean {
  if (body.length < MIN_ECHO) return false;
  for (const leaf of stringLeaves(payload)) {
    if (leaf.length < MIN_ECHO || literals.has(leaf)) continue;
    if (body.includes(leaf) || body.includes(JSON.stringify(leaf).slice(1, -1))) return true;
  }
  return false;
}

function stringLeaves(value: unknown): string[] {
  const out: string[] = [];
  const stack: unknown[] = [value];
  let visited = 0;
  while (stack.length > 0 && out.length < MAX_LEAVES && visited++ < 10_000) {
    const v = stack.pop();
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) stack.push(...v);
    else if (typeof v === 'object' && v !== null) stack.push(...Object.values(v));
  }
  return out;
}
