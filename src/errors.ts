/** The closed set of reasons the tool itself could not do its job (exit code 2). */
export type ToolErrorCode =
  | 'usage'
  | 'policy-unreadable'
  | 'policy-invalid'
  | 'input-unreadable'
  | 'input-invalid'
  | 'input-too-large'
  | 'url-unreachable'
  | 'compile-failed'
  | 'fixtures-missing'
  | 'internal';

/** An error that stops a command: printed as one line, exit code 2, never a stack trace. */
export class ToolError extends Error {
  override readonly name = 'ToolError';
  readonly code: ToolErrorCode;
  /** Extra lines (e.g. every problem of a broken policy), printed after the message. */
  readonly details: readonly string[];

  constructor(code: ToolErrorCode, message: string, options: { cause?: unknown; details?: readonly string[] } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options.details ?? [];
  }
}

/** True when `error` is a ToolError (also across module copies). */
export function isToolError(error: unknown): error is ToolError {
  return error instanceof ToolError || (error instanceof Error && error.name === 'ToolError' && 'code' in error);
}

/** Wrap an unknown failure as a ToolError that names the stage, keeping the cause. */
export function wrapError(stage: string, code: ToolErrorCode, error: unknown): ToolError {
  if (isToolError(error)) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new ToolError(code, `${stage}: ${firstLine(reason)}`, { cause: error });
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0] ?? '';
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
