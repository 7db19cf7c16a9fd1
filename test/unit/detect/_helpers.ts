import { detect, detectString } from '../../../src/detect/index.js';
import type { Entity } from '../../../src/findings/entities.js';

/** Entities found in one string scanned under an optional key, sorted and unique. */
export function entitiesIn(text: string, key?: string): Entity[] {
  return [...new Set(detectString(text, key).map((d) => d.entity))].sort();
}

/** Entities found in a JSON value, as `pointer entity` strings, sorted. */
export function findingsIn(value: unknown): string[] {
  return detect(value).map((d) => `${d.pointer} ${d.entity}`).sort();
}
