import { writeFileSync } from 'node:fs';
import type { Comparison } from './types';

const UNIT_LABEL = { ms: 'ms', us: 'µs' } as const;

/** All figures as one flat `snake_case → number` map, ratios included. */
export function flattenFigures(comparisons: readonly Comparison[]): Record<string, number> {
  const figures: Record<string, number> = {};
  const put = (key: string, value: number) => {
    if (Object.hasOwn(figures, key)) throw new Error(`bench: figure key ${key} used twice`);
    if (!/^[a-z][a-z0-9_]*$/.test(key))
      throw new Error(`bench: figure key ${key} is not snake_case`);
    figures[key] = round(value);
  };
  for (const comparison of comparisons) {
    put(comparison.core.key, comparison.core.value);
    put(comparison.raw.key, comparison.raw.value);
    put(comparison.ratioKey, comparison.core.value / comparison.raw.value);
    for (const baseline of comparison.baselines ?? []) put(baseline.key, baseline.value);
  }
  return figures;
}

export function formatTable(comparisons: readonly Comparison[], header: string): string {
  const rows = [['figure', 'core', 'raw', 'core/raw', 'baseline', 'keys']];
  for (const comparison of comparisons) {
    const unit = UNIT_LABEL[comparison.unit];
    const value = (number: number) => `${formatNumber(number)} ${unit}`;
    rows.push([
      comparison.label,
      value(comparison.core.value),
      value(comparison.raw.value),
      `${formatNumber(comparison.core.value / comparison.raw.value)}×`,
      (comparison.baselines ?? [])
        .map((baseline) => `${baseline.label} ${value(baseline.value)}`)
        .join(', '),
      [
        comparison.core.key,
        comparison.raw.key,
        comparison.ratioKey,
        ...(comparison.baselines ?? []).map((b) => b.key),
      ].join(' '),
    ]);
  }
  const widths = rows[0]!.map((_, column) =>
    Math.max(...rows.map((row) => [...row[column]!].length)),
  );
  const lines = rows.map((row) =>
    row
      .map((cell, column) =>
        column === 0 || column >= 4 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((width) => '─'.repeat(width)).join('  '));
  return `${header}\n\n${lines.join('\n')}\n`;
}

export function writeJsonReport(file: string, rows: number, figures: Record<string, number>): void {
  const report = { schema: 1, rows, node: process.versions.node, figures };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}

function formatNumber(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function round(value: number): number {
  return Number(value.toPrecision(6));
}
