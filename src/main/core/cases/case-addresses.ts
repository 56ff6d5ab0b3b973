import type { z } from 'zod';
import type { addressSchema, contactSchema } from '../../../shared/domain/cases';
import { AppError } from '../errors';
import { provinceOfSubdistrict, subdistrictHasPostcode } from '../addresses/addresses-repository';
import type { Kysely, Transaction } from 'kysely';
import type { DatabaseSchema } from '../db/schema';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;
type Address = z.output<typeof addressSchema>;
type Contact = z.output<typeof contactSchema>;

/**
 * Checks an address against the reference data (intake and edits alike): the subdistrict exists and the postcode is one
 * of its postcodes (some subdistricts have two). Returns the subdistrict's province, or null for
 * an address without a subdistrict.
 */
export async function checkAddress(db: Db, address: Address): Promise<number | null> {
  if (address.subdistrictId === null) return null;
  const provinceId = await provinceOfSubdistrict(db, address.subdistrictId);
  if (provinceId === undefined) throw new AppError('VALIDATION', 'subdistrict_not_found');
  if (
    address.postcode !== '' &&
    !(await subdistrictHasPostcode(db, address.subdistrictId, address.postcode))
  )
    throw new AppError('VALIDATION', 'postcode_not_in_subdistrict');
  return provinceId;
}

/**
 * Both addresses of a contact; the province kept for the list's filter is the current address's
 * (the registered one when the person lives where they are registered).
 */
export async function checkAddresses(db: Db, contact: Contact): Promise<number | null> {
  const registered = await checkAddress(db, contact.registeredAddress);
  if (contact.currentSameAsRegistered) return registered;
  return checkAddress(db, contact.currentAddress);
}
