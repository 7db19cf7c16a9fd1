const cache = new Map<string, string>();

/** Normalise a field name for matching: `userId`, `user_id`, `UserID`, `user-id`, `user.id` are one name. */
export function normalizeName(name: string): string {
  let normal = cache.get(name);
  if (normal === undefined) {
    normal = name.toLowerCase().replace(/[\s_.\-]/g, '');
    if (cache.size >= 10_000) cache.clear(); // bounded: hostile payloads have endless distinct keys
    cache.set(name, normal);
  }
  return normal;
}
