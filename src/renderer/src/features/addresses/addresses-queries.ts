import { queryOptions } from '@tanstack/react-query';
import { callKaona } from '../../api';

/** Cache keys of the address reference data. */
export const addressesKeys = {
  all: ['addresses'] as const,
  provinces: () => [...addressesKeys.all, 'provinces'] as const,
  districts: (provinceId: number) => [...addressesKeys.all, 'districts', provinceId] as const,
  subdistricts: (districtId: number) => [...addressesKeys.all, 'subdistricts', districtId] as const,
  byPostcode: (postcode: string) => [...addressesKeys.all, 'byPostcode', postcode] as const,
  place: (subdistrictId: number) => [...addressesKeys.all, 'place', subdistrictId] as const,
};

// Reference data changes only with a new app version (a migration), never while it runs: once
// read it is never stale, and a picker opened twice asks main once.
const REFERENCE = { staleTime: Infinity, gcTime: 30 * 60_000 } as const;

export const addressesQueries = {
  provinces: () =>
    queryOptions({
      queryKey: addressesKeys.provinces(),
      queryFn: () => callKaona((api) => api.addresses.provinces({})),
      ...REFERENCE,
    }),
  districts: (provinceId: number) =>
    queryOptions({
      queryKey: addressesKeys.districts(provinceId),
      queryFn: () => callKaona((api) => api.addresses.districts({ provinceId })),
      ...REFERENCE,
    }),
  subdistricts: (districtId: number) =>
    queryOptions({
      queryKey: addressesKeys.subdistricts(districtId),
      queryFn: () => callKaona((api) => api.addresses.subdistricts({ districtId })),
      ...REFERENCE,
    }),
  /** A whole or partial postcode, from three digits (main finds nothing for fewer). */
  byPostcode: (postcode: string) =>
    queryOptions({
      queryKey: addressesKeys.byPostcode(postcode),
      queryFn: () => callKaona((api) => api.addresses.byPostcode({ postcode })),
      ...REFERENCE,
    }),
  place: (subdistrictId: number) =>
    queryOptions({
      queryKey: addressesKeys.place(subdistrictId),
      queryFn: () => callKaona((api) => api.addresses.place({ subdistrictId })),
      ...REFERENCE,
    }),
};
