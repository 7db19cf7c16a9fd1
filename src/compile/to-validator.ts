import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import type { JsonSchema } from './to-schema.js';

// ajv's standalone entry is CommonJS; its function is also exported as `default`.
const standaloneCode = standaloneCodeModule.default;

/** Options shared by the in-process and the standalone validator, so both judge alike. */
const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true, unicodeRegExp: true } as const;

/** JSON Schema → ajv validate function (all errors, strict). */
export function toValidator(schema: JsonSchema): ValidateFunction {
  const ajv = new Ajv2020({ ...AJV_OPTIONS });
  return ajv.compile(schema);
}

/**
 * JSON Schema → the source of an ES module exporting `validate` (named and default), runnable
 * with no telemetry-gate or ajv installed.
 */
export function toStandaloneModule(schema: JsonSchema): string {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: true, lines: true } });
  const validate = ajv.compile(schema);
  const code = standaloneCode(ajv, validate);
  // ajv emits require() for some runtime helpers (e.g. ucs2length); inline them to stay dependency-free.
  return /\brequire\(/.test(code) ? inlineRuntime(code) : `${code}\n`;
}

function inlineRuntime(code: string): string {
  const ucs2 = `function __ucs2length(str){let length=0;const len=str.length;let pos=0;let value;while(pos<len){length++;value=str.charCodeAt(pos++);if(value>=0xd800&&value<=0xdbff&&pos<len){value=str.charCodeAt(pos);if((value&0xfc00)===0xdc00)pos++;}}return length;}`;
  const replaced = code.replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, '__ucs2length');
  if (/\brequire\(/.test(replaced)) throw new Error('standalone validator needs a runtime helper that cannot be inlined');
  return `${ucs2}\n${replaced}\n`;
}
