// Hostile emitter: POSTs a body that claims to be JSON but is not.
try {
  await fetch(`${process.env.OTEL_EXPORTER_OTLP_ENDPOINT}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"resourceSpans": [ {oops', signal: AbortSignal.timeout(3000) });
} catch {
  // Ignored.
}
