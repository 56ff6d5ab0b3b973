import type { Kysely, Transaction } from 'kysely';
import type {
  DuplicateCandidate,
  DuplicateMatch,
  DuplicateReport,
  RelatedCase,
} from '../../../shared/domain/cases';
import { formatThaiPhone } from '../../../shared/thai/phone';
import type { DatabaseSchema } from '../db/schema';
import { displayName } from './person-names';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/** Who is being registered, reduced to what the check compares (all already normalised). */
export interface DuplicateProbe {
  /** 13 digits, or empty when none (or none valid) was typed. */
  nationalId: string;
  nameKey: string;
  birthDate: string;
  /** E.164, or empty. */
  phone: string;
}

/**
 * The people a new registration may duplicate: the one holding the same national ID, and those
 * with the same name key and the same birth date or phone. Each lookup uses an index
 * (national ID, name key); the report never carries a full national ID.
 */
export async function findDuplicates(db: Db, probe: DuplicateProbe): Promise<DuplicateReport> {
  const byId = probe.nationalId
    ? await db
        .selectFrom('beneficiaries')
        .select('id')
        .where('national_id', '=', probe.nationalId)
        .executeTakeFirst()
    : undefined;
  const similar = probe.nameKey
    ? await db
        .selectFrom('beneficiaries')
        .select(['id', 'birth_date', 'phone'])
        .where('name_key', '=', probe.nameKey)
        .where((eb) =>
          probe.phone
            ? eb.or([eb('birth_date', '=', probe.birthDate), eb('phone', '=', probe.phone)])
            : eb('birth_date', '=', probe.birthDate),
        )
        .orderBy('id')
        .limit(50)
        .execute()
    : [];

  const matches = new Map<number, DuplicateMatch[]>();
  if (byId) matches.set(byId.id, ['national_id']);
  for (const row of similar) {
    const matchedOn = matches.get(row.id) ?? [];
    if (row.birth_date === probe.birthDate) matchedOn.push('name_and_birth_date');
    if (probe.phone && row.phone === probe.phone) matchedOn.push('name_and_phone');
    matches.set(row.id, matchedOn);
  }
  const candidates = await describeCandidates(db, matches);
  return {
    sameNationalId: byId ? (candidates.find((c) => c.beneficiaryId === byId.id) ?? null) : null,
    similar: candidates.filter((c) => !c.matchedOn.includes('national_id')),
  };
}

async function describeCandidates(
  db: Db,
  matches: Map<number, DuplicateMatch[]>,
): Promise<DuplicateCandidate[]> {
  const ids = [...matches.keys()];
  if (ids.length === 0) return [];
  const people = await db
    .selectFrom('beneficiaries as b')
    .leftJoin('address_provinces as p', 'p.id', 'b.province_id')
    .select([
      'b.id',
      'b.title',
      'b.title_other',
      'b.first_name',
      'b.last_name',
      'b.nickname',
      'b.birth_date',
      'b.phone',
      (eb) =>
        eb.fn
          .coalesce(eb.fn('substr', ['b.national_id', eb.val(10)]), eb.val(''))
          .as('idLastDigits'),
      'p.name_th as provinceName',
    ])
    .where('b.id', 'in', ids)
    .orderBy('b.id')
    .execute();
  const cases = await db
    .selectFrom('cases')
    .select(['id', 'beneficiary_id', 'case_number', 'status', 'intake_date'])
    .where('beneficiary_id', 'in', ids)
    .orderBy('id', 'desc')
    .execute();
  return people.map((person) => ({
    beneficiaryId: person.id,
    displayName: displayName(person),
    nickname: person.nickname,
    birthDate: person.birth_date,
    phone: person.phone ? formatThaiPhone(person.phone) : '',
    idLastDigits: String(person.idLastDigits),
    provinceName: person.provinceName,
    matchedOn: matches.get(person.id) ?? [],
    cases: cases
      .filter((row) => row.beneficiary_id === person.id)
      .map((row): RelatedCase => ({
        caseId: row.id,
        caseNumber: row.case_number,
        status: row.status,
        intakeDate: row.intake_date,
      })),
  }));
}
