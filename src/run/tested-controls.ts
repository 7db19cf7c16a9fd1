import type { StepKind } from '../evidence/types.js';
import { CONTROLS, type ControlId } from '../findings/regulations.js';
import type { FieldMap, FieldRule, Policy } from '../policy/types.js';
import { consentScenarios, STANDARD_CI_VARIABLES, type Scenario } from '../probe/scenarios.js';

/** Deepest field nesting looked at (policies are far shallower). */
const MAX_FIELD_DEPTH = 16;

/**
 * The privacy controls a step of `kind` exercises for `policy`, in catalogue order.
 * validate/test: allow-list and prohibited data, plus pseudonymisation, aggregation and sampling when the policy
 * declares them; fuzz-receiver: receiver validation, plus fail-closed when the policy has a payload consent flag;
 * probe-emitter: the consent controls its scenarios cover; lint: records/DPIA; bench-receiver: none (throughput only).
 */
export function testedControls(kind: StepKind, policy: Policy, scenarios?: readonly Scenario[]): ControlId[] {
  const out = new Set<ControlId>();
  switch (kind) {
    case 'validate':
    case 'test': {
      out.add('allow-list').add('prohibited-data');
      const rules = fieldRules(policy.fields);
      if (rules.some((r) => r.pseudonym !== undefined)) out.add('pseudonymisation');
      if (rules.some((r) => r.granularity !== undefined) || policy.aggregation !== undefined) out.add('aggregation');
      if (policy.sampling !== undefined) out.add('sampling');
      break;
    }
    case 'fuzz-receiver':
      out.add('receiver-validation');
      if (policy.consent?.payloadFlag !== undefined) out.add('fail-closed');
      break;
    case 'probe-emitter':
      for (const control of scenarioControls(policy, scenarios ?? consentScenarios(policy))) out.add(control);
      break;
    case 'lint':
      out.add('records-dpia');
      break;
    case 'bench-receiver':
      break;
  }
  return (Object.keys(CONTROLS) as ControlId[]).filter((id) => out.has(id));
}

/** The consent controls a list of emitter scenarios covers (by the variables and files each one sets). */
function scenarioControls(policy: Policy, scenarios: readonly Scenario[]): ControlId[] {
  const optOut = policy.consent?.optOut ?? {};
  const ci = new Set<string>([...STANDARD_CI_VARIABLES, 'JENKINS', ...(Array.isArray(optOut.ci) ? optOut.ci : [])]);
  const dev = new Set<string>(['ENVIRONMENT', 'NODE_ENV', ...Object.keys(optOut.devEnv ?? {})]);
  const optOutEnv = new Set<string>(Object.keys(optOut.env ?? {}));
  const defaultOn = policy.consent?.default === 'on';
  const out: ControlId[] = [];
  for (const scenario of scenarios) {
    const names = Object.keys(scenario.env);
    const isCi = names.some((n) => ci.has(n) || dev.has(n));
    const isDnt = names.includes('DO_NOT_TRACK');
    const hasFile = Object.keys(scenario.homeFiles).length > 0;
    if (isCi) out.push('ci-dev-disable');
    if (isDnt) out.push('dnt-signal');
    // A HOME file tests the file opt-out only when it must silence the emitter (an opt-in file does not).
    if (hasFile && scenario.expect === 'silent') out.push('file-opt-out');
    if (scenario.expect === 'send') {
      out.push('allow-list', 'prohibited-data');
      // Sending after an explicit opt-in exercises the enable switch; sending by default exercises no consent.
      if (!defaultOn) out.push('consent-record');
    }
    else if (!isCi && !isDnt && !hasFile && !names.some((n) => optOutEnv.has(n))) out.push('opt-in-default');
  }
  return out;
}

/** Every field rule of the allow-list, nested maps and array items included (bounded depth). */
function fieldRules(fields: FieldMap | undefined, depth = 0): FieldRule[] {
  if (fields === undefined || depth > MAX_FIELD_DEPTH) return [];
  const out: FieldRule[] = [];
  for (const rule of Object.values(fields)) {
    out.push(rule);
    out.push(...fieldRules(rule.fields, depth + 1));
    let item = rule.items;
    for (let i = 0; item !== undefined && i < MAX_FIELD_DEPTH; i++) {
      out.push(item, ...fieldRules(item.fields, depth + 1));
      item = item.items;
    }
  }
  return out;
}
