import type { Draft } from '../../../src/shared/domain/cases/drafts';
import type { DuplicateReport } from '../../../src/shared/domain/cases/duplicates';
import type { FakeHandlers } from './fake-kaona';

export const NO_DUPLICATES: DuplicateReport = { sameNationalId: null, similar: [] };

/** A valid national ID (check digit 6) and one with a wrong last digit. */
export const VALID_NATIONAL_ID = '1101700230716';
export const WRONG_CHECK_NATIONAL_ID = '1101700230712';

export interface FakeIntakeState {
  draft: Draft | null;
  duplicates: DuplicateReport;
}

/** The drafts and cases methods the wizard calls, over a draft "in main" the test can look at. */
export function fakeIntakeHandlers(
  state: FakeIntakeState,
  overrides: FakeHandlers = {},
): FakeHandlers {
  return {
    'drafts.get': () => ({ ok: true, value: state.draft }),
    'drafts.save': (input) => {
      state.draft = { ...input, savedAt: '2026-03-14T02:05:00.000Z' };
      return { ok: true, value: { savedAt: state.draft.savedAt } };
    },
    'drafts.discard': () => {
      state.draft = null;
      return { ok: true, value: null };
    },
    'cases.checkDuplicates': () => ({ ok: true, value: state.duplicates }),
    'cases.create': () => ({
      ok: true,
      value: { caseId: 41, caseNumber: '2569-000041', beneficiaryId: 17 },
    }),
    ...overrides,
  };
}
