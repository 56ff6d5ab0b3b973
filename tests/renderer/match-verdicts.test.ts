import { describe, expect, it } from 'vitest';
import { MATCH_BLOCKERS, MATCH_VERDICTS } from '../../src/shared/domain/mentoring';
import en from '../../src/renderer/src/i18n/locales/en/mentors.json';
import th from '../../src/renderer/src/i18n/locales/th/mentors.json';

type Catalogue = { match: Record<string, Record<string, string>> };

describe('the words of a mentor suggestion', () => {
  it.each([
    ['th', th],
    ['en', en],
  ])('every verdict the core can give has its sentence in %s', (_language, catalogue) => {
    const match = (catalogue as unknown as Catalogue).match;
    for (const [criterion, verdicts] of Object.entries(MATCH_VERDICTS)) {
      for (const verdict of verdicts)
        expect(match[criterion]?.[verdict], `${criterion}.${verdict}`).toBeTruthy();
      expect(match.criteria?.[criterion], criterion).toBeTruthy();
    }
  });

  it('every blocker has its sentence in both languages', () => {
    for (const catalogue of [th, en] as unknown as { blockers: Record<string, unknown> }[])
      for (const blocker of MATCH_BLOCKERS)
        expect(catalogue.blockers[blocker], blocker).toBeTruthy();
  });
});
