import type {
  District,
  PostcodePlace,
  Province,
  Subdistrict,
} from '../../../src/shared/domain/addresses';
import type { FakeHandlers } from './fake-kaona';

// A small slice of the reference data, as main returns it (Thai order).
export const FAKE_PROVINCES: Province[] = [
  { id: 2, nameTh: 'กรุงเทพมหานคร', nameEn: 'Bangkok', isBangkok: true },
  { id: 30, nameTh: 'เชียงใหม่', nameEn: 'Chiang Mai', isBangkok: false },
];
export const FAKE_DISTRICTS: District[] = [
  { id: 10, provinceId: 2, nameTh: 'คลองเตย', nameEn: 'Khlong Toei' },
  { id: 11, provinceId: 2, nameTh: 'ปทุมวัน', nameEn: 'Pathum Wan' },
  { id: 20, provinceId: 30, nameTh: 'เมืองเชียงใหม่', nameEn: 'Mueang Chiang Mai' },
];
export const FAKE_SUBDISTRICTS: Subdistrict[] = [
  { id: 101, districtId: 10, nameTh: 'คลองตัน', nameEn: 'Khlong Tan', postcodes: ['10110'] },
  {
    id: 100,
    districtId: 10,
    nameTh: 'พระโขนง',
    nameEn: 'Phra Khanong',
    postcodes: ['10110', '10260'],
  },
  { id: 110, districtId: 11, nameTh: 'ลุมพินี', nameEn: 'Lumpini', postcodes: ['10330'] },
  { id: 201, districtId: 20, nameTh: 'พระสิงห์', nameEn: 'Phra Sing', postcodes: ['50200'] },
  { id: 200, districtId: 20, nameTh: 'ศรีภูมิ', nameEn: 'Si Phum', postcodes: ['50200'] },
];

export function fakePlacesOf(subdistrict: Subdistrict): PostcodePlace[] {
  const district = FAKE_DISTRICTS.find((item) => item.id === subdistrict.districtId)!;
  const province = FAKE_PROVINCES.find((item) => item.id === district.provinceId)!;
  return subdistrict.postcodes.map((postcode) => ({
    postcode,
    subdistrictId: subdistrict.id,
    subdistrictNameTh: subdistrict.nameTh,
    subdistrictNameEn: subdistrict.nameEn,
    districtId: district.id,
    districtNameTh: district.nameTh,
    districtNameEn: district.nameEn,
    provinceId: province.id,
    provinceNameTh: province.nameTh,
    provinceNameEn: province.nameEn,
    isBangkok: province.isBangkok,
  }));
}

/**
 * The five `addresses.*` methods over the slice above, answering as main does (fewer than three
 * digits find nothing; an unknown subdistrict is NOT_FOUND place_not_found). For any renderer test
 * with an address in its form: `installFakeKaona({ handlers: { ...fakeAddressHandlers() } })`.
 */
export function fakeAddressHandlers(): FakeHandlers {
  return {
    'addresses.provinces': () => ({ ok: true, value: FAKE_PROVINCES }),
    'addresses.districts': ({ provinceId }) => ({
      ok: true,
      value: FAKE_DISTRICTS.filter((item) => item.provinceId === provinceId),
    }),
    'addresses.subdistricts': ({ districtId }) => ({
      ok: true,
      value: FAKE_SUBDISTRICTS.filter((item) => item.districtId === districtId),
    }),
    'addresses.byPostcode': ({ postcode }) => ({
      ok: true,
      value:
        postcode.length < 3
          ? []
          : FAKE_SUBDISTRICTS.flatMap(fakePlacesOf).filter((place) =>
              place.postcode.startsWith(postcode),
            ),
    }),
    'addresses.place': ({ subdistrictId }) => {
      const subdistrict = FAKE_SUBDISTRICTS.find((item) => item.id === subdistrictId);
      return subdistrict
        ? { ok: true, value: fakePlacesOf(subdistrict)[0]! }
        : { ok: false, error: { code: 'NOT_FOUND', reason: 'place_not_found' } };
    },
  };
}
