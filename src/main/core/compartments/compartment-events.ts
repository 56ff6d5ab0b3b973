import { AUDIT_ACTIONS, type AuditAction } from '../../../shared/domain/audit';
import type { AuditEntry } from '../audit/audit-log';
import type { CompartmentEventsTable } from './compartment-schema';
import type { Selectable } from 'kysely';

type Details = NonNullable<AuditEntry['details']>;

const KNOWN = new Set<string>(AUDIT_ACTIONS);
const OUTCOMES = new Set(['success', 'failure', 'denied']);

/**
 * What a mentor's session can record: its own sign-ins, locks and password changes, a slot the
 * compartment refused, and the mentor's work. Anything else in the events table was not written
 * by Kaona (the compartment is the mentor's file) and does not enter the office's audit log.
 */
function mentorMayRecord(action: string): action is AuditAction {
  if (!KNOWN.has(action)) return false;
  return (
    action.startsWith('session.') ||
    action.startsWith('mentoring.') ||
    action === 'account.password_changed' ||
    action === 'vault.slot_rejected'
  );
}

/**
 * One event of the compartment as the office records it, or null when it is not one Kaona
 * writes there. The actor is the compartment's mentor — id and user name as the office knows
 * them — whatever the row says: the audit screen shows and searches by user name, so a row
 * naming `admin` would otherwise put the mentor's doings under the admin's name. (Every event
 * Kaona writes in a compartment is the mentor's own; a refused slot is found by their name.)
 * Details keep only flat values.
 */
export function eventFromCompartment(
  entry: Selectable<CompartmentEventsTable>,
  mentor: { id: number; userName: string },
  via: 'compartment' | 'carried_file' = 'compartment',
): AuditEntry | null {
  if (!mentorMayRecord(entry.action) || !OUTCOMES.has(entry.outcome)) return null;
  const at = new Date(entry.at);
  if (Number.isNaN(at.getTime())) return null;
  return {
    action: entry.action,
    outcome: entry.outcome as AuditEntry['outcome'],
    actor: { id: mentor.id, userName: mentor.userName, role: 'mentor' },
    at,
    ...(entry.target_type && entry.target_id && isCode(entry.target_type) && isCode(entry.target_id)
      ? { target: { type: entry.target_type, id: entry.target_id } }
      : {}),
    details: { ...flatDetails(entry.details), via },
  };
}

/**
 * What Kaona writes in a mentor's event details are ids, codes, counts and dates. Anything else —
 * a name, free text, a megabyte — did not come from Kaona and stays out of the office's log.
 */
const CODE = /^[A-Za-z0-9_.:-]{1,64}$/;
const DETAILS_KEYS_MAX = 16;
const LIST_ITEMS_MAX = 50;

function isCode(value: string): boolean {
  return CODE.test(value);
}

function flatDetails(text: string | null): Details {
  if (!text) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const details: Details = {};
  for (const [key, value] of Object.entries(parsed).slice(0, DETAILS_KEYS_MAX)) {
    if (!isCode(key)) continue;
    if (
      value === null ||
      (typeof value === 'string' && isCode(value)) ||
      (typeof value === 'number' && Number.isFinite(value)) ||
      typeof value === 'boolean'
    )
      details[key] = value;
    else if (
      Array.isArray(value) &&
      value.length <= LIST_ITEMS_MAX &&
      value.every((item) => typeof item === 'string' && isCode(item))
    )
      details[key] = value as string[];
  }
  return details;
}
