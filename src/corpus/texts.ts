import type { Faker } from '@faker-js/faker';
import type { Entity } from '../findings/entities.js';
import { pick } from './_fakers.js';

/** A sentence carrying a value, in the voice of a log line, support note or error message. */
export function freeText(f: Faker, entity: Entity, v: string): string {
  const order = `order ${f.string.numeric(6)}`;
  const templates: Partial<Record<Entity, string[]>> = {
    EMAIL: [`Please contact ${v} for details about ${order}`, `password reset requested for ${v}`, `invite sent to ${v} by admin`, `Bounce: mailbox ${v} unavailable (550)`],
    PHONE: [`Customer asked for a callback on ${v} regarding ${order}`, `SMS delivery failed to ${v}`, `call me at ${v} after 5pm`],
    IP_ADDRESS: [`login from ${v} blocked after 5 attempts`, `request from ${v} took 231ms`, `client ${v} exceeded rate limit`],
    CREDIT_CARD: [`payment with card ${v} declined (insufficient funds)`, `charge failed for card ${v}`],
    IBAN: [`payout to ${v} scheduled for Friday`, `refund sent to IBAN ${v}`],
    US_SSN: [`applicant SSN ${v} failed verification`, `background check for ${v} pending`, `ssn=${v.replace(/-/g, '')} rejected by validator`],
    PERSON_NAME: [`Contact ${v} about the overdue invoice`, `Ticket escalated by ${v} on behalf of the customer`, `Assigned to ${v} for review`, `Hello ${v}, your export is ready`],
    STREET_ADDRESS: [`ship to ${v} before noon`, `Delivery address changed to ${v}`, `parcel left at ${v} (front door)`],
    GEO_COORDINATES: [`device reported position ${v} with accuracy 12m`, `last seen at ${v}`],
    JWT: [`Authorization: Bearer ${v}`, `token refresh failed for ${v}`],
    API_KEY: [`using key ${v} for upstream calls`, `rejected credential ${v} (401)`],
    PASSWORD: [`login attempt user=admin password=${v}`, `db connect failed pwd=${v} host=db.internal`],
    UUID_USER_ID: [`quota exceeded user_id=${v} plan=pro`, `deleting data for userId=${v}`],
    MAC_ADDRESS: [`new device ${v} joined the network`, `DHCP lease renewed for ${v}`],
    USER_AGENT: [`unsupported browser: ${v}`, `session started with ${v}`],
    DATE_OF_BIRTH: [`customer born on ${v} requested age verification`, `DOB: ${v} does not match records`],
    FILE_PATH_WITH_USERNAME: [`failed to read config at ${v}`, `wrote crash dump to ${v}`],
  };
  return pick(f, templates[entity] ?? [`value ${v}`]);
}

/** A stack trace (JavaScript or Python) whose message or frames carry a value. */
export function stackTrace(f: Faker, entity: Entity, v: string): string {
  const line = (): number => f.number.int({ min: 1, max: 400 });
  if (entity === 'FILE_PATH_WITH_USERNAME') {
    if (f.datatype.boolean()) {
      return `TypeError: Cannot read properties of undefined (reading 'id')\n    at parse (${v}:${line()}:${line()})\n    at Object.<anonymous> (/app/src/index.js:${line()}:3)\n    at Module._compile (node:internal/modules/cjs/loader:1364:14)`;
    }
    return `Traceback (most recent call last):\n  File "${v}", line ${line()}, in main\n    run()\n  File "/usr/lib/python3.11/runpy.py", line 198, in _run_module_as_main\nKeyError: 'id'`;
  }
  const msg = {
    EMAIL: `Error: user ${v} not found`,
    PHONE: `ValidationError: phone ${v} is not reachable`,
    IP_ADDRESS: `Error: connect ECONNREFUSED ${v}:5432`,
    JWT: `JsonWebTokenError: invalid signature for ${v}`,
    API_KEY: `AuthError: key ${v} revoked`,
  }[entity as string] ?? `Error: bad value ${v}`;
  return `${msg}\n    at handler (/app/src/routes/${pick(f, ['users', 'billing', 'auth'])}.js:${line()}:${line()})\n    at processTicksAndRejections (node:internal/process/task_queues:95:5)`;
}
