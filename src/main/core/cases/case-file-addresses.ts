import type { z } from 'zod';
import type { AddressView, addressSchema } from '../../../shared/domain/cases';
import { AppError } from '../errors';
import type { Db } from './case-file-repository';
import { placesOf, subdistrictHasPostcode, type PlaceRow } from './case-file-places-repository';

export type AddressInput = z.output<typeof addressSchema>;

/**
 * Bangkok is told apart by its name in the reference data, not by an id: the ids are the
 * dataset's (10 in the Department of Provincial Administration's codes) and a later dataset
 * could number differently, while กรุงเทพมหานคร is the one province whose parts are เขต/แขวง.
 */
export const BANGKOK_NAME_TH = 'กรุงเทพมหานคร';

export function isBangkokProvince(provinceNameTh: string | null): boolean {
  return provinceNameTh === BANGKOK_NAME_TH;
}

export function addressView(address: AddressInput, places: Map<number, PlaceRow>): AddressView {
  const place = address.subdistrictId === null ? undefined : places.get(address.subdistrictId);
  return {
    line: address.line,
    subdistrictId: address.subdistrictId,
    postcode: address.postcode,
    subdistrictName: place?.subdistrictName ?? null,
    districtName: place?.districtName ?? null,
    provinceId: place?.provinceId ?? null,
    provinceName: place?.provinceName ?? null,
    isBangkok: isBangkokProvince(place?.provinceName ?? null),
  };
}

/**
 * The rule intake applies too: a chosen subdistrict must exist, and a postcode typed with it must
 * be one of that subdistrict's (a few have two). Returns the address's province, for the list's
 * province filter.
 */
export async function checkAddress(db: Db, address: AddressInput): Promise<number | null> {
  if (address.subdistrictId === null) return null;
  const place = (await placesOf(db, [address.subdistrictId])).get(address.subdistrictId);
  if (!place) throw new AppError('VALIDATION', 'subdistrict_not_found');
  if (
    address.postcode !== '' &&
    !(await subdistrictHasPostcode(db, place.subdistrictId, address.postcode))
  )
    throw new AppError('VALIDATION', 'postcode_not_in_subdistrict');
  return place.provinceId;
}
