import type { Insertable } from 'kysely';
import type { z } from 'zod';
import type { contactSchema, identitySchema } from '../../../shared/domain/cases/intake';
import type { BeneficiariesTable } from '../db/schema';
import { nameSortKey } from './person-names';

export interface NewPerson {
  identity: z.output<typeof identitySchema>;
  contact: z.output<typeof contactSchema>;
  /** The province of the registered address, as `checkAddresses` (or the import) found it. */
  provinceId: number | null;
  /** `nameKey(first, last)`, computed once by the caller for its duplicate check too. */
  nameKey: string;
  /** ISO instant and account of the save. */
  at: string;
  userId: number;
}

/**
 * The `beneficiaries` row of a newly registered person, the same for the intake form and a
 * spreadsheet import: an ID document is either the national ID or another document, never both,
 * and the current address copies the registered one when the person lives there.
 */
export function newBeneficiaryRow(person: NewPerson): Insertable<BeneficiariesTable> {
  const { identity, contact, at, userId } = person;
  const registered = contact.registeredAddress;
  const current = contact.currentSameAsRegistered ? registered : contact.currentAddress;
  return {
    title: identity.title,
    title_other: identity.title === 'other' ? identity.titleOther : '',
    first_name: identity.firstName,
    last_name: identity.lastName,
    nickname: identity.nickname,
    latin_name: identity.latinName,
    birth_date: identity.birthDate,
    sex: identity.sex,
    has_thai_id: identity.hasThaiId ? 1 : 0,
    national_id: identity.hasThaiId ? identity.nationalId : null,
    other_id_document: identity.hasThaiId ? null : identity.otherIdDocument,
    other_id_number: identity.hasThaiId ? '' : identity.otherIdNumber,
    phone: contact.phone,
    line_id: contact.lineId,
    registered_line: registered.line,
    registered_subdistrict_id: registered.subdistrictId,
    registered_postcode: registered.postcode,
    current_same_as_registered: contact.currentSameAsRegistered ? 1 : 0,
    current_line: current.line,
    current_subdistrict_id: current.subdistrictId,
    current_postcode: current.postcode,
    province_id: person.provinceId,
    name_key: person.nameKey,
    sort_key: nameSortKey(identity.firstName, identity.lastName),
    created_at: at,
    created_by: userId,
    updated_at: at,
  };
}
