import { describe, expect, it } from 'vitest';
import { catalogues as allCatalogues } from '../../src/renderer/src/i18n/catalogues';
const { th, en } = allCatalogues;
import { ERROR_CODES } from '../../src/shared/contract/errors';

/** Every leaf as [dotted key, value]; a non-string leaf (array, number) is reported as such. */
function leaves(tree: unknown, prefix = ''): [string, unknown][] {
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) return [[prefix, tree]];
  return Object.entries(tree).flatMap(([key, value]) =>
    leaves(value, prefix ? `${prefix}.${key}` : key),
  );
}

const placeholders = (message: unknown) =>
  typeof message === 'string'
    ? [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()
    : [];

const catalogues = { th, en };

describe('i18n catalogues', () => {
  it('have exactly the same keys in Thai and English', () => {
    const thKeys = leaves(th)
      .map(([key]) => key)
      .sort();
    const enKeys = leaves(en)
      .map(([key]) => key)
      .sort();
    expect(enKeys).toEqual(thKeys);
    expect(thKeys.length).toBeGreaterThan(20);
  });

  it.each(Object.entries(catalogues))(
    '%s has only non-empty string messages',
    (_language, catalogue) => {
      const bad = leaves(catalogue).filter(
        ([, value]) => typeof value !== 'string' || value.trim() === '',
      );
      expect(bad).toEqual([]);
    },
  );

  it('use the same interpolation placeholders in both languages', () => {
    const enByKey = new Map(leaves(en));
    const mismatched = leaves(th)
      .filter(
        ([key, message]) => placeholders(message).join() !== placeholders(enByKey.get(key)).join(),
      )
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it.each(Object.entries(catalogues))(
    '%s has a message for every error code and no others',
    (_language, catalogue) => {
      expect(Object.keys(catalogue.errors).sort()).toEqual([...ERROR_CODES].sort());
    },
  );

  it('writes the Thai error messages in Thai', () => {
    for (const code of ERROR_CODES) expect(th.errors[code]).toMatch(/[\u0E01-\u0E5B]/);
  });
});

describe('catalogue files', () => {
  it('never claim the same top-level key twice (a later file would silently win)', async () => {
    const { catalogueParts } = await import('../../src/renderer/src/i18n/catalogues');
    for (const parts of Object.values(catalogueParts)) {
      const keys = parts.flatMap((part) => Object.keys(part));
      expect(keys.length).toBe(new Set(keys).size);
    }
  });
});
