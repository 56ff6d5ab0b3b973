import { writeFileSync } from 'node:fs';
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { Reason } from '../../../shared/contract';
import type { carryImportSchema, MergeReport } from '../../../shared/domain/mentoring';
import type { SignedInCall } from '../call/call-context';
import { openCompartmentAt, type OpenCompartment } from '../compartments/compartment-file';
import { eventFromCompartment } from '../compartments/compartment-events';
import { readProfile } from '../compartments/compartment-repository';
import type { DatabaseSchema } from '../db/schema';
import { AppError } from '../errors';
import { markRefreshDue } from './refresh-due';
import {
  carryMacValid,
  headerSlot,
  parseCarryFile,
  sha256Hex,
  type CarryHeader,
} from './carry-file';
import { removeWorkFile, workFilePath } from './carry-copy';
import { mergeCompartmentInto } from './compartment-merge';
import { compartmentSecret } from './compartment-secret';

type Input = z.output<typeof carryImportSchema>;

/**
 * A mentor's carried file comes back (ADR 0022). Every check comes before any change: the
 * format, the office and mentor the header names, the mentor's account, the copy's sequence;
 * then the bytes open with the mentor's compartment key from the office database, and the
 * compartment inside must be that mentor's, of this office, and vouch for the header (MAC).
 * A refusal changes nothing and is audited with its reason code only. A file that passes goes
 * through the same merge as the compartment sync; then the copy is recorded as taken in and its
 * events join the audit log once, in one transaction. A crash between the two leaves no record
 * of the copy, so importing it again merges again — and the merge changes nothing the second time.
 */
export async function importCarry(
  dataDir: string,
  call: SignedInCall,
  input: Input,
): Promise<MergeReport> {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  let header: CarryHeader;
  let work: string | null = null;
  let compartment: OpenCompartment | null = null;
  const mentor = await mentorOf(call, input.mentorId);
  const key = mentor?.key ?? null;
  try {
    try {
      const parsed = parseCarryFile(bytes);
      header = parsed.header;
      await checkHeader(call, input.mentorId, header, key !== null);
      work = workFilePath(dataDir, 'import');
      writeFileSync(work, parsed.body, { mode: 0o600 });
      try {
        compartment = await openCompartmentAt(work, input.mentorId, key!);
      } catch {
        // Not this mentor's compartment key: bytes swapped in under a header that was not theirs.
        throw refusal('carry_file_damaged');
      }
      await checkBody(call, compartment, input.mentorId, header, parsed);
    } catch (error) {
      if (error instanceof AppError && error.reason?.startsWith('carry_')) {
        await call.audit.record({
          action: 'mentor.carry_refused',
          outcome: 'denied',
          actor: call.actor,
          target: { type: 'user', id: input.mentorId },
          details: { reason: error.reason },
        });
      }
      throw error;
    }
    const report = await mergeCompartmentInto(
      { db: call.db, audit: call.audit, actor: call.actor, clock: call.clock },
      input.mentorId,
      compartment.db,
      'carried_file',
    );
    await recordImport(
      call,
      compartment,
      { id: input.mentorId, userName: mentor!.userName },
      header,
      sha256Hex(bytes),
      report,
    );
    return report;
  } finally {
    await compartment?.db.destroy();
    if (work) removeWorkFile(work);
    key?.fill(0);
  }
}

/** An active mentor's compartment key and user name (the name their events are recorded under). */
async function mentorOf(
  call: SignedInCall,
  mentorId: number,
): Promise<{ key: Buffer; userName: string } | null> {
  const row = await call.db
    .selectFrom('mentor_compartments')
    .innerJoin('users', 'users.id', 'mentor_compartments.user_id')
    .select([
      'mentor_compartments.compartment_key',
      'users.status',
      'users.role',
      'users.user_name',
    ])
    .where('mentor_compartments.user_id', '=', mentorId)
    .executeTakeFirst();
  if (!row || row.status !== 'active' || row.role !== 'mentor') return null;
  return { key: Buffer.from(row.compartment_key), userName: row.user_name };
}

async function officeUuid(call: SignedInCall): Promise<string> {
  const row = await call.db
    .selectFrom('office_identity')
    .select('office_uuid')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return row.office_uuid;
}

/** What the header alone can tell, before any key is used. */
async function checkHeader(
  call: SignedInCall,
  mentorId: number,
  header: CarryHeader,
  mentorActive: boolean,
): Promise<void> {
  if (header.officeUuid !== (await officeUuid(call))) throw refusal('carry_other_office');
  if (header.mentorId !== mentorId) throw refusal('carry_other_mentor');
  if (!mentorActive) throw refusal('carry_mentor_removed');
  if (!headerSlot(header)) throw refusal('carry_file_damaged');
  const taken = await call.db
    .selectFrom('mentor_carry_imports')
    .select(['sequence', 'mentor_id'])
    .where('carry_id', '=', header.carryId)
    .orderBy('sequence', 'desc')
    .executeTakeFirst();
  if (taken && taken.mentor_id !== mentorId) throw refusal('carry_other_mentor');
  if (taken && taken.sequence >= header.sequence) throw refusal('carry_older_copy');
}

/** What only the opened compartment can tell: whose it is, whose office, and the header's MAC. */
async function checkBody(
  call: SignedInCall,
  compartment: OpenCompartment,
  mentorId: number,
  header: CarryHeader,
  parsed: Parameters<typeof carryMacValid>[0],
): Promise<void> {
  const profile = await readProfile(compartment.db);
  if (profile.user_id !== mentorId) throw refusal('carry_other_mentor');
  const meta = await compartment.db.selectFrom('meta').selectAll().executeTakeFirst();
  if (!meta || meta.office_uuid !== (await officeUuid(call))) throw refusal('carry_other_office');
  const secret = await compartmentSecret(compartment.db);
  try {
    if (!carryMacValid(parsed, secret)) throw refusal('carry_file_damaged');
  } finally {
    secret.fill(0);
  }
  if (meta.carry_id !== header.carryId || meta.carried !== 1) throw refusal('carry_file_damaged');
}

/**
 * The copy is taken in: recorded (so an older one is refused), audited, its new events merged
 * into the audit log, and the mentor's compartment on the office PC marked for refresh so it
 * shows what arrived from the other PC.
 */
async function recordImport(
  call: SignedInCall,
  compartment: OpenCompartment,
  mentor: { id: number; userName: string },
  header: CarryHeader,
  fileSha256: string,
  report: MergeReport,
): Promise<void> {
  const previous = await call.db
    .selectFrom('mentor_carry_imports')
    .select((eb) => eb.fn.max('events_through_seq').as('through'))
    .where('carry_id', '=', header.carryId)
    .executeTakeFirst();
  const mergedThrough = Number(previous?.through ?? 0);
  const events = await compartment.db
    .selectFrom('events')
    .selectAll()
    .where('seq', '>', mergedThrough)
    .orderBy('seq')
    .execute();
  const through = events.length > 0 ? events[events.length - 1]!.seq : mergedThrough;
  await call.db.transaction().execute(async (trx: Transaction<DatabaseSchema>) => {
    await trx
      .insertInto('mentor_carry_imports')
      .values({
        carry_id: header.carryId,
        sequence: header.sequence,
        mentor_id: mentor.id,
        imported_at: call.clock.now().toISOString(),
        file_sha256: fileSha256,
        events_through_seq: through,
      })
      .execute();
    // The file is the mentor's to edit: its events pass the same filter as a compartment's.
    for (const entry of events) {
      const event = eventFromCompartment(entry, mentor, 'carried_file');
      if (event) await call.audit.recordIn(trx, event);
    }
    await call.audit.recordIn(trx, {
      action: 'mentor.carry_imported',
      outcome: 'success',
      actor: call.actor,
      target: { type: 'user', id: mentor.id },
      details: {
        sequence: header.sequence,
        mergeId: report.mergeId,
        events: events.length,
        conflicts: report.conflicts,
      },
    });
    await markRefreshDue(trx, [mentor.id]);
  });
  await call.audit.afterCommit();
}

function refusal(reason: Extract<Reason, `carry_${string}`>): AppError {
  return new AppError(reason === 'carry_older_copy' ? 'CONFLICT' : 'VALIDATION', reason);
}
