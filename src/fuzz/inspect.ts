import type { CompiledPolicy } from '../compile/compile.js';
import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make.js';
import { getUrl, type RequestOptions } from '../probe/http.js';
import { checkPayload } from '../validate/validate.js';

/** Most stored items validated from one inspection answer. */
const MAX_STORED = 10_000;

/**
 * `receiver-stored-violation`: GET the receiver's inspection URL (a JSON array of stored records, or of
 * `{payload}` entries as `serve` lists them) and validate each item with the policy.
 */
export async function inspectStored(compiled: CompiledPolicy, inspectUrl: string, options: RequestOptions): Promise<{ findings: Finding[]; problem?: string }> {
  const outcome = await getUrl(inspectUrl, { ...options, maxResponseBytes: 64 * 1024 * 1024 });
  if (outcome.kind !== 'response') return { findings: [], problem: `inspection URL failed (${outcome.kind})` };
  if (outcome.status !== 200) return { findings: [], problem: `inspection URL answered ${outcome.status}` };
  let items: unknown;
  try {
    items = JSON.parse(outcome.body);
  } catch {
    return { findings: [], problem: 'inspection URL did not answer JSON' };
  }
  if (!Array.isArray(items)) items = (items as { records?: unknown } | null)?.records;
  if (!Array.isArray(items)) return { findings: [], problem: 'inspection URL did not answer a JSON array of records' };
  const groups = new Map<string, number[]>();
  items.slice(0, MAX_STORED).forEach((item, i) => {
    const codes = violations(compiled, isEntry(item) ? item.payload : item);
    if (codes.length === 0) return;
    const key = codes.join(', ');
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const findings = [...groups].map(([codes, indices]) =>
    makeFinding(
      {
        code: 'receiver-stored-violation',
        input: inspectUrl,
        pointer: `/${indices[0]}`,
        message: `Receiver stored ${indices.length === 1 ? '1 item' : `${indices.length} items`} that break${indices.length === 1 ? 's' : ''} the policy (${codes}), the first at index ${indices[0]}.`,
      },
      compiled.regimes,
    ),
  );
  return { findings };
}

function isEntry(item: unknown): item is { payload: unknown } {
  return typeof item === 'object' && item !== null && !Array.isArray(item) && Object.hasOwn(item, 'payload') && Object.hasOwn(item, 'seq');
}

/** The distinct error codes of one stored item (decoded as the policy's format, else by shape). */
function violations(compiled: CompiledPolicy, payload: unknown): string[] {
  for (const format of [undefined, 'auto'] as const) {
    try {
      const { findings } = checkPayload(compiled, payload, { input: 'stored', ...(format ? { format } : {}) });
      return [...new Set(findings.filter((f) => f.severity === 'error').map((f) => f.code))].sort();
    } catch {
      continue;
    }
  }
  return ['not a payload of this policy'];
}
