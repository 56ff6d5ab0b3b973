import type { ReferralDetail } from '../../../shared/domain/documents';
import type { LetterAddress, LetterPerson } from '../../../shared/domain/documents/letter-text';
import { requireCase } from '../cases/case-file-lookup';
import { placesOf } from '../cases/case-file-places-repository';
import { type Db, targetGroupsOf } from '../cases/case-file-repository';
import { disabilityTypesOf } from '../cases/case-file-sections';
import { displayName } from '../cases/person-names';
import { AppError } from '../errors';

/**
 * What a referral letter is written from: the referral, the receiving agency, the case and its
 * person with the names of their address places. Read in the caller's transaction when issuing,
 * so the letter says what the database holds at the moment the number is taken.
 */
export async function readLetterSource(db: Db, referralId: number) {
  const referral = await db
    .selectFrom('referrals')
    .selectAll()
    .where('id', '=', referralId)
    .executeTakeFirst();
  if (!referral) throw new AppError('NOT_FOUND', 'referral_not_found');
  const agency = await db
    .selectFrom('agencies')
    .selectAll()
    .where('id', '=', referral.agency_id)
    .executeTakeFirstOrThrow();
  const { caseRow, person } = await requireCase(db, referral.case_id);
  const details = JSON.parse(referral.details) as ReferralDetail[];
  // The current address is where the person lives and can be reached.
  const same = person.current_same_as_registered === 1;
  const line = same ? person.registered_line : person.current_line;
  const subdistrictId = same ? person.registered_subdistrict_id : person.current_subdistrict_id;
  const postcode = same ? person.registered_postcode : person.current_postcode;
  const places = await placesOf(db, [subdistrictId]);
  const place = subdistrictId === null ? undefined : places.get(subdistrictId);
  const address: LetterAddress | null =
    line.trim() === '' && !place
      ? null
      : {
          line,
          subdistrictName: place?.subdistrictName ?? null,
          districtName: place?.districtName ?? null,
          provinceName: place?.provinceName ?? null,
          postcode,
        };
  const letterPerson: LetterPerson = {
    displayName: displayName(person),
    nationalId: person.national_id,
    birthDate: person.birth_date,
    address,
    phone: person.phone,
    targetGroups: await targetGroupsOf(db, caseRow.id),
    disabilityTypes: disabilityTypesOf(caseRow),
    occupation: caseRow.occupation,
    products: caseRow.products,
  };
  return {
    referral: {
      id: referral.id,
      caseId: referral.case_id,
      status: referral.status,
      letterDocumentId: referral.letter_document_id,
      version: referral.version,
      addressee: referral.addressee,
      reason: referral.reason,
      requestedService: referral.requested_service,
      references: JSON.parse(referral.reference_list) as string[],
      enclosures: JSON.parse(referral.enclosures) as string[],
      contactPerson: referral.contact_person,
      details,
    },
    agency: { id: agency.id, name: agency.name },
    beneficiaryId: person.id,
    person: letterPerson,
  };
}

export type LetterSource = Awaited<ReturnType<typeof readLetterSource>>;
