/**
 * A case's lifecycle. The core refuses any move not listed here; `closed` needs a reason.
 * graduated, referred_out and closed are final: a person who comes back gets a new case.
 */
export const CASE_STATUSES = [
  'intake',
  'active',
  'mentoring',
  'graduated',
  'referred_out',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  intake: ['active', 'closed'],
  active: ['mentoring', 'referred_out', 'closed'],
  // Mentoring can end without a result and the case goes back to active.
  mentoring: ['active', 'graduated', 'referred_out', 'closed'],
  graduated: [],
  referred_out: [],
  closed: [],
};

export const FINAL_STATUSES: readonly CaseStatus[] = ['graduated', 'referred_out', 'closed'];

export function canMoveCase(from: CaseStatus, to: CaseStatus): boolean {
  return CASE_TRANSITIONS[from].includes(to);
}

/** A case still open: a new case for the same person waits until this one is final. */
export function isOpenStatus(status: CaseStatus): boolean {
  return !FINAL_STATUSES.includes(status);
}
