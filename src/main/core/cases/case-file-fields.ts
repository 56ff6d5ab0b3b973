import type { FieldChangeRow } from './case-file-history-repository';

/** A field's value as the change history keeps it, before it is turned into text. */
export type FieldValue = string | number | boolean | null | readonly string[];
export type Fields = Record<string, FieldValue>;

/**
 * Display-neutral text: what the screen formats in the reader's language later (a code stays a
 * code, a date stays ISO, money stays satang). Lists of codes are sets: without repeats, sorted, comma-joined.
 */
export function displayValue(value: FieldValue): string | null {
  if (value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return [...new Set(value)].sort().join(',');
}

/**
 * The fields of one section that differ, named `<section>.<field>`. Fields in `sensitive` are
 * marked so; their values are dropped before they are written (see the history repository).
 */
export function changedFields(
  section: string,
  before: Fields,
  after: Fields,
  sensitive: ReadonlySet<string> = new Set(),
): FieldChangeRow[] {
  const changes: FieldChangeRow[] = [];
  for (const [name, value] of Object.entries(after)) {
    const oldValue = displayValue(before[name] ?? null);
    const newValue = displayValue(value);
    if (oldValue === newValue) continue;
    const isSensitive = sensitive.has(name);
    changes.push({
      field: `${section}.${name}`,
      oldValue: isSensitive ? null : oldValue,
      newValue: isSensitive ? null : newValue,
      sensitive: isSensitive,
    });
  }
  return changes;
}
