import type { AuditEvent } from '../../../../shared/domain/audit';

/**
 * Reported by the sign-in attempt file, which sits in the data folder where anyone could have
 * written it: main records what it says, and marks it so.
 */
export function isUnverified(event: AuditEvent): boolean {
  return event.details?.unverified === true;
}

/** Recorded in a mentor's own compartment and merged into the office log at a later sign-in. */
export function isFromCompartment(event: AuditEvent): boolean {
  return event.details?.via === 'compartment';
}
