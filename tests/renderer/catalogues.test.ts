import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import { createI18n } from '../../src/renderer/src/i18n/create-i18n';
import { FEATURE_NAMESPACES, NAMESPACES } from '../../src/renderer/src/i18n/feature-namespaces';
import { REASONS } from '../../src/shared/contract';
import { ERROR_CODES } from '../../src/shared/contract/errors';
import { commonReasons } from '../../src/shared/contract/reasons';
import { AUDIT_ACTIONS } from '../../src/shared/domain/audit';
import { group, leaves } from './support/catalogue-leaves';

const { th, en } = catalogues;
const LANGUAGES = Object.entries(catalogues) as [keyof typeof catalogues, typeof th][];
const THAI = /[\u0E01-\u0E5B]/;

const placeholders = (message: unknown) =>
  typeof message === 'string'
    ? [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()
    : [];

const keysOf = (tree: unknown) => leaves(tree).map(([key]) => key);
const sorted = (list: readonly string[]) => [...list].sort();

describe.each(NAMESPACES)('the %s namespace', (namespace) => {
  it('has exactly the same keys in Thai and English', () => {
    expect(sorted(keysOf(en[namespace]))).toEqual(sorted(keysOf(th[namespace])));
    expect(keysOf(th[namespace]).length).toBeGreaterThan(0);
  });

  it.each(LANGUAGES)('%s has only non-empty string messages', (_language, catalogue) => {
    const bad = leaves(catalogue[namespace]).filter(
      ([, value]) => typeof value !== 'string' || value.trim() === '',
    );
    expect(bad).toEqual([]);
  });

  it('uses the same interpolation placeholders in both languages', () => {
    const enByKey = new Map(leaves(en[namespace]));
    const mismatched = leaves(th[namespace])
      .filter(
        ([key, message]) => placeholders(message).join() !== placeholders(enByKey.get(key)).join(),
      )
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it.each(LANGUAGES)(
    '%s translates exactly the reasons of its feature’s contract lists',
    (_language, catalogue) => {
      const translated = Object.keys(group(catalogue, namespace, 'reasons'));
      expect(sorted(translated)).toEqual(sorted(FEATURE_NAMESPACES[namespace].reasons));
    },
  );

  it.each(LANGUAGES)(
    '%s names exactly the audit actions of its feature’s contract lists',
    (_language, catalogue) => {
      const named = keysOf(group(catalogue, namespace, 'auditActions'));
      expect(sorted(named)).toEqual(sorted(FEATURE_NAMESPACES[namespace].auditActions));
    },
  );

  it('writes its Thai reasons and audit-action names in Thai', () => {
    const messages = [
      ...leaves(group(th, namespace, 'reasons')),
      ...leaves(group(th, namespace, 'auditActions')),
    ];
    for (const [key, message] of messages) expect(message, key).toMatch(THAI);
  });

  it('is its own i18next namespace, so no other file can overwrite its keys', () => {
    for (const [language, catalogue] of LANGUAGES) {
      const i18n = createI18n(language);
      expect(i18n.getResourceBundle(language, namespace)).toEqual(catalogue[namespace]);
    }
  });
});

describe('the reasons and audit actions of the contract', () => {
  const owners = (list: 'reasons' | 'auditActions', item: string) =>
    NAMESPACES.filter((namespace) =>
      (FEATURE_NAMESPACES[namespace][list] as readonly string[]).includes(item),
    );

  it.each(REASONS)('reason %s belongs to exactly one namespace', (reason) => {
    expect(owners('reasons', reason)).toHaveLength(1);
  });

  it.each(AUDIT_ACTIONS)('audit action %s belongs to exactly one namespace', (action) => {
    expect(owners('auditActions', action)).toHaveLength(1);
  });

  it('never gives one form check to two namespaces (the message would depend on their order)', () => {
    const keys = NAMESPACES.flatMap((namespace) => Object.keys(group(th, namespace, 'formErrors')));
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('leaves the reasons that several features give to the shell', () => {
    for (const reason of commonReasons) expect(owners('reasons', reason)).toEqual(['shell']);
  });
});

describe('the shell namespace', () => {
  it.each(LANGUAGES)('%s has a message for every error code and no others', (_l, catalogue) => {
    expect(Object.keys(catalogue.shell.errors).sort()).toEqual([...ERROR_CODES].sort());
  });

  it('writes the Thai error messages in Thai', () => {
    for (const code of ERROR_CODES) expect(th.shell.errors[code]).toMatch(THAI);
  });

  it('is the default namespace', () => {
    expect(createI18n('th').t('common.retry')).toBe(th.shell.common.retry);
  });
});
