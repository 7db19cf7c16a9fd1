/** What decides whether `text` output is coloured. */
export interface ColorContext {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether the stream written to is a terminal (`process.stdout.isTTY`). */
  readonly isTTY: boolean;
}

/**
 * Whether to colour `text` output: never under `NO_COLOR` (any non-empty value, no-color.org)
 * or `FORCE_COLOR=0`; always under another `FORCE_COLOR`; otherwise only on a terminal that is
 * not `TERM=dumb`. The CLI passes the result as `FormatOptions.color`.
 */
export function useColor({ env, isTTY }: ColorContext): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY && env.TERM !== 'dumb';
}
