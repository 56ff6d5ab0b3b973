import type { z } from 'zod';
import type { AddressView, addressSchema } from '../../../shared/domain/cases';
import type { PlaceRow } from './case-file-places-repository';

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
