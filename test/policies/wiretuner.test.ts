import { type PolicyCase, describePolicy } from './_helpers.js';


const DOC = 'af89e7ea7eb9a7edbc9724ec70f9e354ab75435c65b1db208fe50fc87f57e8b2';
const ARTBOARD = '8f400c257611ed5d30c0e6607ac61074307dfa24cf70a8e92c3e8147d67d2c70';

// Mostly the cases of server/telemetry-collector/test/collector.test.js, plus the hashing rule.
const cases: PolicyCase[] = [
  {
    name: 'a valid sample with telemetryOptIn=true and hashed ids is clean',
    event: { documentId: DOC, artboardId: ARTBOARD, fps: 60, frameTimeMs: 16.67, eventReplayRate: 1000, samplingIntervalMs: 100, snapshotDurationMs: 250, cursorLatencyUs: 5000, platform: 'macos', flagsActive: ['enable-gpu-acceleration'], telemetryOptIn: true },
    findings: [],
  },
  {
    name: 'a sample without optional fields is clean',
    event: { fps: 60, frameTimeMs: 16.67, eventReplayRate: 1000, samplingIntervalMs: 100, platform: 'windows', flagsActive: [], telemetryOptIn: true },
    findings: [],
  },
  {
    name: 'a sample with telemetryOptIn=false must not be sent (the collector discards it)',
    event: { fps: 60, frameTimeMs: 16.67, eventReplayRate: 1000, samplingIntervalMs: 100, platform: 'macos', flagsActive: [], telemetryOptIn: false },
    findings: [['opted-out-payload', '/telemetryOptIn']],
  },
  {
    name: 'a sample without the telemetryOptIn field lacks the consent flag',
    event: { fps: 60, frameTimeMs: 16.67, eventReplayRate: 1000, samplingIntervalMs: 100, platform: 'macos', flagsActive: [] },
    findings: [['consent-flag-missing', '']],
  },
  {
    name: 'fps above 240 is out of range',
    event: { fps: 300, frameTimeMs: 16.67, eventReplayRate: 1000, samplingIntervalMs: 100, platform: 'macos', flagsActive: [], telemetryOptIn: true },
    findings: [['invalid-value', '/fps']],
  },
  {
    name: 'linux is not a platform',
    event: { fps: 60, frameTimeMs: 16.67, eventReplayRate: 1000, samplingIntervalMs: 100, platform: 'linux', flagsActive: [], telemetryOptIn: true },
    findings: [['invalid-value', '/platform']],
  },
  {
    name: 'a negative eventReplayRate and frame time are refused',
    event: { fps: 60, frameTimeMs: -1, eventReplayRate: -100, samplingIntervalMs: 100, platform: 'macos', flagsActive: [], telemetryOptIn: true },
    findings: [['invalid-value', '/eventReplayRate'], ['invalid-value', '/frameTimeMs']],
  },
  {
    name: 'a fractional eventReplayRate is not an integer',
    event: { fps: 60, frameTimeMs: 16.67, eventReplayRate: 999.5, samplingIntervalMs: 100, platform: 'macos', flagsActive: [], telemetryOptIn: true },
    findings: [['invalid-value', '/eventReplayRate']],
  },
  {
    name: 'a missing fps is a missing field',
    event: { frameTimeMs: 16.67, eventReplayRate: 1000, samplingIntervalMs: 100, platform: 'macos', flagsActive: [], telemetryOptIn: true },
    findings: [['missing-field', '']],
  },
  {
    name: 'a raw document UUID is not the SHA-256 the policy requires',
    event: { documentId: 'a3bb189e-8bf9-4bc6-9c8e-d3d0c2b3e9f1', fps: 60, frameTimeMs: 16.67, eventReplayRate: 1000, samplingIntervalMs: 100, platform: 'macos', flagsActive: [], telemetryOptIn: true },
    findings: [['not-pseudonymised', '/documentId']],
  },
  {
    name: 'a flag name that is not a flag identifier is refused',
    event: { fps: 60, frameTimeMs: 16.67, eventReplayRate: 1000, samplingIntervalMs: 100, platform: 'macos', flagsActive: ['new-rendering-pipeline', 'Beta Tester Group'], telemetryOptIn: true },
    findings: [['invalid-value', '/flagsActive/1']],
  },
  {
    name: 'a hardware serial number is prohibited, whatever its spelling',
    event: { fps: 60, frameTimeMs: 16.67, eventReplayRate: 1000, samplingIntervalMs: 100, platform: 'macos', flagsActive: [], telemetryOptIn: true, SerialNumber: 'C02XK0ABJG5H' },
    findings: [['prohibited-field', '/SerialNumber']],
  },
  {
    name: 'an unlisted field is unknown',
    event: { fps: 60, frameTimeMs: 16.67, eventReplayRate: 1000, samplingIntervalMs: 100, platform: 'macos', flagsActive: [], telemetryOptIn: true, appVersion: '1.4.2' },
    findings: [['unknown-field', '/appVersion']],
  },
];

await describePolicy('wiretuner', cases);
