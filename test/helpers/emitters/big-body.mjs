// Hostile emitter: POSTs a 50 MB JSON body to $OTEL_EXPORTER_OTLP_ENDPOINT/v1/traces.
const body = Buffer.alloc(50 * 1024 * 1024, 'a');
body.write('{"x":"', 0);
body.write('"}', body.length - 2);
try {
  await fetch(`${process.env.OTEL_EXPORTER_OTLP_ENDPOINT}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(5000) });
} catch {
  // The receiver may close the connection early.
}
