import { type PolicyCase, describePolicy } from './_helpers.js';


// "usr_" / "rul_" + base64url(sha256(JSON(id))), as analytics-go's encode_property.go hashes ids.
const USR = 'usr_-CHh8_rdIqAotcBsP64GKQkfzW2hb1JDJ_6u7q4zom4';
const REVIEWER = 'usr_d-krl9EazErVPge8bJtXRqbhcHrbsL6D2pIfAVzn5Yg';
const RUL = 'rul_LNS4E5we6G3DpSsY2DnEu8coV7azNnjuUztaQ5SW0jo';

const cases: PolicyCase[] = [
  {
    name: "the seed's own example event is clean",
    event: { batch: [{ distinct_id: USR, event: 'cf:request.created', library: 'cf-analytics-go', library_version: 'dev', properties: { $groups: { deployment: 'dep_123' }, $lib: 'cf-analytics-go', $lib_version: 'dev', has_reason: true, provider: 'commonfate/test-provider@v1', requested_by: USR, requires_approval: true, rule_id: RUL, timing: { duration_seconds: 100, mode: 'asap' } }, timestamp: '2009-11-10T23:00:00Z', type: 'capture' }] },
    findings: [],
  },
  {
    name: 'a review with the provider as an object and no override timing is clean',
    event: { batch: [{ type: 'capture', library: 'cf-analytics-go', library_version: 'v0.15.3', timestamp: '2026-01-14T03:19:02.044871Z', distinct_id: REVIEWER, event: 'cf:request.reviewed', properties: { requested_by: USR, reviewed_by: REVIEWER, provider: { publisher: 'common-fate', name: 'aws', version: 'v2.3.1', kind: 'Account' }, built_in_provider: '', pdk_provider: true, rule_id: RUL, timing: { mode: 'scheduled', duration_seconds: 3600 }, override_timing: null, pending_duration_seconds: 377.2, review: 'DENY', reviewer_is_admin: true } }] },
    findings: [],
  },
  {
    name: 'an identify with person properties at the top level is clean',
    event: { batch: [{ type: 'identify', event: '$identify', distinct_id: USR, properties: { $lib: 'cf-analytics-go', $lib_version: 'dev' }, $set: { group_count: 2, role: 'admin' } }] },
    findings: [],
  },
  {
    name: 'a $groupidentify carries the version, but its deployment-keyed distinct_id is reported (no per-event variants yet)',
    event: { batch: [{ distinct_id: '$deployment_dep_123', event: '$groupidentify', library: 'cf-analytics-go', library_version: 'dev', properties: { $group_key: 'dep_123', $group_set: { group_count: 5, idp: 'cognito', stage: 'test', user_count: 10, version: 'v0.9.0' }, $group_type: 'deployment', $lib: 'cf-analytics-go', $lib_version: 'dev' }, timestamp: '2009-11-10T23:00:00Z' }] },
    findings: [['not-pseudonymised', '/batch/0/distinct_id']],
  },
  {
    name: 'an email in properties.$set is prohibited and is personal data (Done-when)',
    event: { batch: [{ type: 'identify', event: '$identify', distinct_id: USR, properties: { $set: { role: 'admin', email: 'jane.roe@example.com' } } }] },
    findings: [['prohibited-field', '/batch/0/properties/$set/email'], ['pii-value', '/batch/0/properties/$set/email', 'EMAIL']],
  },
  {
    name: 'unhashed user ids are not pseudonymised',
    event: { batch: [{ type: 'capture', event: 'cf:request.created', distinct_id: 'usr_2ZpQ7kV1mWc9HnT4bLxR8sJdE3a', properties: { requested_by: 'usr_2ZpQ7kV1mWc9HnT4bLxR8sJdE3a', has_reason: false } }] },
    findings: [['not-pseudonymised', '/batch/0/distinct_id'], ['not-pseudonymised', '/batch/0/properties/requested_by']],
  },
  {
    name: 'an unhashed rule id is not pseudonymised',
    event: { batch: [{ type: 'capture', event: 'cf:rule.archived', distinct_id: USR, properties: { rule_id: 'rul_2ZpR1aFv6KcT3nW8mQxH5jLdB7s', archived_by: USR } }] },
    findings: [['not-pseudonymised', '/batch/0/properties/rule_id']],
  },
  {
    name: 'an Access Rule name and an AWS account id are prohibited',
    event: { batch: [{ type: 'capture', event: 'cf:rule.created', distinct_id: USR, properties: { rule_id: RUL, created_by: USR, ruleName: 'Production DB break-glass', AWSAccountID: 'prod' } }] },
    findings: [['prohibited-field', '/batch/0/properties/AWSAccountID'], ['prohibited-field', '/batch/0/properties/ruleName']],
  },
  {
    name: 'a deployment region is prohibited by name and by the policy pattern',
    event: { batch: [{ type: 'capture', event: 'cf:request.created', distinct_id: USR, properties: { requested_by: USR, region: 'ap-southeast-2' } }] },
    findings: [['custom-pattern', '/batch/0/properties/region'], ['prohibited-field', '/batch/0/properties/region']],
  },
  {
    name: 'an IP in $ip is prohibited',
    event: { batch: [{ type: 'capture', event: 'cf:request.created', distinct_id: USR, properties: { requested_by: USR, $ip: null } }] },
    findings: [['prohibited-field', '/batch/0/properties/$ip']],
  },
  {
    name: 'an unlisted property and an unknown event are refused',
    event: { batch: [{ type: 'capture', event: 'cf:request.escalated', distinct_id: USR, properties: { requested_by: USR, session_duration_seconds: 1200 } }] },
    findings: [['invalid-value', '/batch/0/event'], ['unknown-field', '/batch/0/properties/session_duration_seconds']],
  },
  {
    name: 'an unknown review outcome and timing mode are invalid',
    event: { batch: [{ type: 'capture', event: 'cf:request.reviewed', distinct_id: REVIEWER, properties: { reviewed_by: REVIEWER, review: 'ESCALATE', timing: { mode: 'later', duration_seconds: 60 } } }] },
    findings: [['invalid-value', '/batch/0/properties/review'], ['invalid-value', '/batch/0/properties/timing/mode']],
  },
  {
    name: 'an event without properties is missing a field',
    event: { batch: [{ type: 'capture', event: 'cf:rule.archived', distinct_id: USR }] },
    findings: [['missing-field', '/batch/0']],
  },
];

await describePolicy('common-fate', cases);
