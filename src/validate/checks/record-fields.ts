/** Look a field up in a record: an own top-level key first (OTLP keys contain dots), then a dotted path. */
export function lookupField(record: Record<string, unknown>, name: string): { found: boolean; value: unknown; path: string[] } {
  if (Object.hasOwn(record, name)) return { found: true, value: record[name], path: [name] };
  const path = name.split('.');
  let current: unknown = record;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || Array.isArray(current) || !Object.hasOwn(current, segment)) {
      return { found: false, value: undefined, path };
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return { found: true, value: current, path };
}
