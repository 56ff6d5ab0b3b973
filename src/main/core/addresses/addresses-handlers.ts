import { AppError } from '../errors';
import type { FeatureHandlers } from '../handlers';
import {
  listDistricts,
  listProvinces,
  listSubdistricts,
  placeOfSubdistrict,
  placesByPostcode,
} from './addresses-repository';

/**
 * The address picker's reference data. Reading it reveals nothing about anybody, so unlike case
 * reads it writes no audit event; the permission still keeps it to office roles.
 */
export function addressesHandlers(): FeatureHandlers<'addresses'> {
  return {
    'addresses.provinces': (_input, call) => listProvinces(call.db),
    'addresses.districts': ({ provinceId }, call) => listDistricts(call.db, provinceId),
    'addresses.subdistricts': ({ districtId }, call) => listSubdistricts(call.db, districtId),
    'addresses.byPostcode': ({ postcode }, call) => placesByPostcode(call.db, postcode),
    'addresses.place': async ({ subdistrictId }, call) => {
      const place = await placeOfSubdistrict(call.db, subdistrictId);
      if (!place) throw new AppError('NOT_FOUND', 'place_not_found');
      return place;
    },
  };
}
