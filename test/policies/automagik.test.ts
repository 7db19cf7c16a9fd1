import { type PolicyCase, describePolicy, logPayload, spanPayload } from './_helpers.js';


// OTLP findings point at the attribute's value as written (…/attributes/N/value/stringValue);
// a missing field points at the span or log record.
const RES = '/resourceSpans/0/resource/attributes';
const SPAN = '/resourceSpans/0/scopeSpans/0/spans/0';
const LOG = '/resourceLogs/0/scopeLogs/0/logRecords/0';
const ANON = '70634d96c0881563813b8dc64e59f5976665c3b08e2bb8a07cc1cac8216d1906';
const resource = { 'service.name': 'omni', 'service.version': '1.4.0', 'service.organization': 'namastex', anonymous_user_id: ANON, 'session.id': '6b1f0c9e-4d2a-4e7b-9a35-c8e2f1d07b64', 'telemetry.sdk.name': 'automagik-telemetry', 'telemetry.sdk.version': '0.6.3' };
const system = { 'system.os': 'linux', 'system.os_version': '6.8.0-45-generic', 'system.node_version': 'v20.18.1', 'system.architecture': 'x64', 'system.is_docker': false };

const cases: PolicyCase[] = [
  { name: "the seed's feature-used event as OTLP is clean", event: spanPayload(resource, { ...system, project: 'omni', feature_name: 'track_event', feature_category: 'api_endpoint' }), findings: [] },
  {
    name: 'a Python CLI command with a duration is clean',
    event: spanPayload({ 'service.name': 'spark', 'service.version': '0.3.2', anonymous_user_id: ANON }, { 'system.os': 'Darwin', 'system.python_version': '3.12.0', 'system.architecture': 'arm64', command: 'sync', subcommand: 'contacts', duration_ms: 125 }, 'automagik.cli.command'),
    findings: [],
  },
  {
    name: 'an error log with a code, a category and a harmless message is clean',
    event: logPayload(resource, { ...system, error_code: 'TELEMETRY-1001', error_category: 'network_timeout', error_type: 'TimeoutError', error_message: 'request to telemetry backend timed out after 5000 ms' }, 'Telemetry backend request failed'),
    findings: [],
  },
  {
    name: 'a resource attribute userId is prohibited',
    event: spanPayload({ 'service.name': 'omni', 'service.version': '1.4.0', 'service.organization': 'namastex', userId: '104823' }, { feature_name: 'track_event' }),
    findings: [['prohibited-field', `${RES}/3/value/stringValue`]],
  },
  {
    name: "the SDK's user.id (a persistent random UUID) is prohibited and a user identifier",
    event: spanPayload({ 'service.name': 'omni', 'service.version': '1.4.0', 'user.id': '5e0c2b7a-91d4-4f3e-8a6b-2c7d9e1f0a34' }, { feature_name: 'track_event' }),
    findings: [['pii-value', `${RES}/2/value/stringValue`, 'UUID_USER_ID'], ['prohibited-field', `${RES}/2/value/stringValue`]],
  },
  {
    name: 'a placeholder instead of the hashed anonymous id is not pseudonymised',
    event: spanPayload({ 'service.name': 'omni', 'service.version': '1.4.0', anonymous_user_id: 'abc123...def' }, { feature_name: 'track_event' }),
    findings: [['not-pseudonymised', `${RES}/2/value/stringValue`]],
  },
  {
    name: 'a session id that is not a random UUID is not pseudonymised',
    event: spanPayload({ 'service.name': 'omni', 'service.version': '1.4.0', 'session.id': 'marisol-laptop-1' }, { feature_name: 'track_event' }),
    findings: [['not-pseudonymised', `${RES}/2/value/stringValue`]],
  },
  {
    name: 'a home path in an error message is personal data',
    event: logPayload(resource, { error_type: 'Error', error_message: "ENOENT: no such file or directory, open '/home/marisol/projects/omni/.env'" }, 'Config load failed'),
    findings: [['pii-value', `${LOG}/attributes/1/value/stringValue`, 'FILE_PATH_WITH_USERNAME']],
  },
  {
    name: 'an email in an error message is personal data',
    event: spanPayload(resource, { error_type: 'Error', error_message: 'SMTP 550 for recipient jane.roe@example.com: mailbox unavailable', error_code: 'OMNI-1001' }, 'automagik.error'),
    findings: [['pii-value', `${SPAN}/attributes/1/value/stringValue`, 'EMAIL']],
  },
  {
    name: 'a token in a URL in an error message is a secret',
    event: spanPayload(resource, { error_type: 'Error', error_message: 'GET https://api.omni.namastex.ai/v1/contacts?access_token=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJvbW5pIiwic2NvcGUiOiJjb250YWN0czpyZWFkIiwiaWF0IjoxNzYxMTMwODAwLCJleHAiOjE3NjExMzQ0MDB9.RMpNIF3cb_NThT7l_dnP7uF4KvhAPGqAhslCPsCTFwE returned 401 Unauthorized' }, 'automagik.error'),
    findings: [['secret-value', `${SPAN}/attributes/1/value/stringValue`, 'JWT']],
  },
  {
    name: 'a gravatar URL carries an unsalted hash of an email',
    event: spanPayload(resource, { error_type: 'Error', error_message: 'avatar fetch failed: https://www.gravatar.com/avatar/3166e776d4becc214bf39b20c643fc55?s=80&d=identicon returned 404' }, 'automagik.error'),
    findings: [['unsalted-hash', `${SPAN}/attributes/1/value/stringValue`, 'UNSALTED_HASH_OF_EMAIL']],
  },
  {
    name: 'a record without service.name is missing a field',
    event: spanPayload({ 'service.version': '1.4.0', anonymous_user_id: ANON }, { feature_name: 'track_event' }),
    findings: [['missing-field', SPAN]],
  },
  {
    name: 'an OpenTelemetry attribute that carries personal data is prohibited without being listed',
    event: spanPayload({ 'service.name': 'omni', 'service.version': '1.4.0' }, { feature_name: 'track_event', 'user_agent.original': 'automagik-telemetry/0.6.3' }),
    findings: [['prohibited-field', `${SPAN}/attributes/1/value/stringValue`]],
  },
  {
    name: 'an unlisted attribute is unknown',
    event: spanPayload({ 'service.name': 'omni', 'service.version': '1.4.0' }, { feature_name: 'track_event', contact_count: 1520 }),
    findings: [['unknown-field', `${SPAN}/attributes/1/value/doubleValue`]],
  },
  {
    name: 'an endpoint with a query string and an unknown OS are invalid',
    event: spanPayload({ 'service.name': 'omni', 'service.version': '1.4.0' }, { 'system.os': 'SunOS', endpoint: 'GET /contacts?page=2', method: 'GET' }, 'automagik.api.request'),
    findings: [['invalid-value', `${SPAN}/attributes/0/value/stringValue`], ['invalid-value', `${SPAN}/attributes/1/value/stringValue`]],
  },
];

await describePolicy('automagik', cases);
