import { describe, expect, it } from 'vitest';
import { consentWord } from '../../src/renderer/src/features/cases/consent-word';

describe('how a consent reads on the case page', () => {
  it('calls a "no" at intake a refusal, and only a "no" after a "yes" a withdrawal', () => {
    const refusedAtIntake = { purpose: 'photos' as const, granted: false };
    expect(consentWord(refusedAtIntake, [])).toBe('notGranted');
    // A yes for another purpose does not make this no a withdrawal.
    expect(consentWord(refusedAtIntake, [{ purpose: 'referral', granted: true }])).toBe(
      'notGranted',
    );
    expect(consentWord(refusedAtIntake, [{ purpose: 'photos', granted: true }])).toBe('withdrawn');
    expect(consentWord({ purpose: 'photos', granted: true }, [])).toBe('granted');
  });
});
