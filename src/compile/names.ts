/** Normalise a field name for matching: `userId`, `user_id`, `UserID`, `user-id`, `user.id` are one name. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[\s_.\-]/g, '');
}
