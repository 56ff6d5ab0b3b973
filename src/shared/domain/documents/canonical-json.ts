import type { JsonValue } from '../../contract/json';

/**
 * JSON with object keys sorted at every level and no spaces: the same model always gives the same
 * text, so its SHA-256 identifies the document (the register stores both). Arrays keep their
 * order; `undefined` members are dropped as JSON.stringify does.
 */
export function canonicalJson(value: JsonValue): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, JsonValue> = {};
  for (const key of Object.keys(value).sort()) {
    const member = value[key];
    if (member !== undefined) sorted[key] = sortKeys(member);
  }
  return sorted;
}
