/**
 * OTLP/JSON export requests (OTLP 1.x JSON encoding): logs, traces and metrics. Records are log records
 * (`otlp-log`), spans (`otlp-span`), span events (`otlp-span-event`) and metric data points (`otlp-datapoint`),
 * in payload order (a span before its events).
 */
import { describeValue } from '../findings/mask.js';
import type { DecodedRecord } from './types.js';
import type { AttributeLayer } from './otlp-pointer.js';
import { anyValueExtras, attributeExtras, otlpRecord, stringExtra } from './otlp-record.js';
import { expectObject, invalid, isObject, listAt, optionalObjectAt, own, type JsonObject } from './_shape.js';

const STAGE = 'OTLP';
const SIGNALS = [
  ['resourceLogs', 'scopeLogs'],
  ['resourceSpans', 'scopeSpans'],
  ['resourceMetrics', 'scopeMetrics'],
] as const;
const METRIC_DATA = ['gauge', 'sum', 'histogram', 'exponentialHistogram', 'summary'] as const;

type Visit = (scope: JsonObject, at: string, layers: readonly AttributeLayer[], out: DecodedRecord[]) => void;

/** Decode an OTLP/JSON logs, traces or metrics export request into one record per log, span, span event or point. */
export function decodeOtlp(payload: unknown): DecodedRecord[] {
  if (!isObject(payload) || SIGNALS.every(([key]) => own(payload, key) === undefined)) {
    throw invalid(STAGE, `expected an object with resourceLogs, resourceSpans or resourceMetrics, received ${describeValue(payload)}`);
  }
  const out: DecodedRecord[] = [];
  const visits: readonly Visit[] = [visitLogs, visitSpans, visitMetrics];
  SIGNALS.forEach(([resourceKey, scopeKey], s) => {
    listAt(payload, resourceKey, '', STAGE).forEach((resourceItem, i) => {
      const rAt = `/${resourceKey}/${i}`;
      const resourceEntry = expectObject(resourceItem, rAt, STAGE);
      const resource = attributeLayer(optionalObjectAt(resourceEntry, 'resource', rAt, STAGE), `${rAt}/resource`);
      listAt(resourceEntry, scopeKey, rAt, STAGE).forEach((scopeItem, j) => {
        const sAt = `${rAt}/${scopeKey}/${j}`;
        const scopeEntry = expectObject(scopeItem, sAt, STAGE);
        const scope = attributeLayer(optionalObjectAt(scopeEntry, 'scope', sAt, STAGE), `${sAt}/scope`);
        visits[s]?.(scopeEntry, sAt, [resource, scope], out);
      });
    });
  });
  return out;
}

function attributeLayer(owner: JsonObject | undefined, at: string): AttributeLayer {
  return { list: listAt(owner, 'attributes', at, STAGE), at: `${at}/attributes` };
}

/** Each entry of `owner[key]` as an object with its pointer. */
function items(owner: JsonObject, key: string, at: string): [JsonObject, string][] {
  return listAt(owner, key, at, STAGE).map((item, i) => [expectObject(item, `${at}/${key}/${i}`, STAGE), `${at}/${key}/${i}`]);
}

function visitLogs(scope: JsonObject, at: string, layers: readonly AttributeLayer[], out: DecodedRecord[]): void {
  for (const [log, logAt] of items(scope, 'logRecords', at)) {
    const extras = [
      ...anyValueExtras(log, 'body', 'body', logAt),
      ...stringExtra(log, 'severityText', 'severity.text', logAt),
      ...stringExtra(log, 'eventName', 'event.name', logAt),
    ];
    out.push(otlpRecord('otlp-log', out.length, logAt, [...layers, attributeLayer(log, logAt)], extras));
  }
}

function visitSpans(scope: JsonObject, at: string, layers: readonly AttributeLayer[], out: DecodedRecord[]): void {
  for (const [span, spanAt] of items(scope, 'spans', at)) {
    const spanLayers = [...layers, attributeLayer(span, spanAt)];
    const status = optionalObjectAt(span, 'status', spanAt, STAGE);
    const extras = [
      ...stringExtra(span, 'name', 'span.name', spanAt),
      ...(status === undefined ? [] : stringExtra(status, 'message', 'status.message', `${spanAt}/status`)),
      ...items(span, 'links', spanAt).flatMap(([link, linkAt]) => attributeExtras(attributeLayer(link, linkAt))),
    ];
    out.push(otlpRecord('otlp-span', out.length, spanAt, spanLayers, extras));
    for (const [event, eventAt] of items(span, 'events', spanAt)) {
      const eventExtras = stringExtra(event, 'name', 'event.name', eventAt);
      out.push(otlpRecord('otlp-span-event', out.length, eventAt, [...spanLayers, attributeLayer(event, eventAt)], eventExtras));
    }
  }
}

function visitMetrics(scope: JsonObject, at: string, layers: readonly AttributeLayer[], out: DecodedRecord[]): void {
  for (const [metric, metricAt] of items(scope, 'metrics', at)) {
    const metricExtras = [
      ...stringExtra(metric, 'name', 'metric.name', metricAt),
      ...stringExtra(metric, 'description', 'metric.description', metricAt),
    ];
    for (const dataKey of METRIC_DATA) {
      const data = optionalObjectAt(metric, dataKey, metricAt, STAGE);
      if (data === undefined) continue;
      for (const [point, pointAt] of items(data, 'dataPoints', `${metricAt}/${dataKey}`)) {
        const exemplars = items(point, 'exemplars', pointAt).flatMap(([exemplar, exemplarAt]) =>
          attributeExtras({ list: listAt(exemplar, 'filteredAttributes', exemplarAt, STAGE), at: `${exemplarAt}/filteredAttributes` }),
        );
        out.push(otlpRecord('otlp-datapoint', out.length, pointAt, [...layers, attributeLayer(point, pointAt)], [...metricExtras, ...exemplars]));
      }
    }
  }
}
