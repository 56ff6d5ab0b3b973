import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema';

/**
 * Matches the address words of a spreadsheet row (province, district, subdistrict, postcode) to
 * the reference data of migration 0006, all held in memory for the job (7,475 subdistricts): one
 * read, then each row is map lookups. Names are compared without their unit words (จังหวัด, จ.,
 * อำเภอ, อ., เขต, ตำบล, ต., แขวง) and spaces, in Thai or English.
 */
export interface AddressWords {
  subdistrict: string;
  district: string;
  province: string;
  postcode: string;
}

export type AddressMatch =
  | { matched: true; subdistrictId: number; provinceId: number; postcode: string }
  | { matched: false; problem: 'address_not_matched' | 'postcode_not_in_subdistrict' | null };

interface Place {
  id: number;
  parentId: number;
  key: string;
}

const UNIT_WORDS =
  /^(จังหวัด|จ\.|อำเภอ|อ\.|เขต|ตำบล|ต\.|แขวง|changwat|amphoe|khet|tambon|khwaeng)\s*/iu;

export function placeKey(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .replace(UNIT_WORDS, '')
    .replace(/\s+/gu, '')
    .toLowerCase()
    .replace(/^กทม\.?$/u, 'กรุงเทพมหานคร')
    .replace(/^bangkok$/u, 'กรุงเทพมหานคร');
}

export class AddressMatcher {
  private readonly provinces = new Map<string, number>();
  private readonly districts = new Map<string, Place[]>();
  private readonly subdistricts = new Map<string, Place[]>();
  private readonly postcodes = new Map<number, string[]>();
  private readonly subdistrictsOfPostcode = new Map<string, number[]>();
  private readonly districtProvince = new Map<number, number>();
  private readonly subdistrictDistrict = new Map<number, number>();

  static async load(db: Kysely<DatabaseSchema>): Promise<AddressMatcher> {
    const matcher = new AddressMatcher();
    for (const row of await db
      .selectFrom('address_provinces')
      .select(['id', 'name_th', 'name_en'])
      .execute()) {
      matcher.provinces.set(placeKey(row.name_th), row.id);
      matcher.provinces.set(placeKey(row.name_en), row.id);
    }
    for (const row of await db
      .selectFrom('address_districts')
      .select(['id', 'province_id', 'name_th', 'name_en'])
      .execute()) {
      matcher.districtProvince.set(row.id, row.province_id);
      for (const name of [row.name_th, row.name_en])
        push(matcher.districts, placeKey(name), { id: row.id, parentId: row.province_id, key: '' });
    }
    for (const row of await db
      .selectFrom('address_subdistricts')
      .select(['id', 'district_id', 'name_th', 'name_en'])
      .execute()) {
      matcher.subdistrictDistrict.set(row.id, row.district_id);
      for (const name of [row.name_th, row.name_en])
        push(matcher.subdistricts, placeKey(name), {
          id: row.id,
          parentId: row.district_id,
          key: '',
        });
    }
    for (const row of await db
      .selectFrom('address_postcodes')
      .select(['subdistrict_id', 'postcode'])
      .execute()) {
      push(matcher.postcodes, row.subdistrict_id, row.postcode);
      push(matcher.subdistrictsOfPostcode, row.postcode, row.subdistrict_id);
    }
    return matcher;
  }

  /**
   * The subdistrict the words name: by province → district → subdistrict, or, without a usable
   * province or district, by the subdistrict's name among the postcode's subdistricts. No words at
   * all is no address (not a problem); words that match nothing are `address_not_matched`.
   */
  match(words: AddressWords): AddressMatch {
    const postcode = words.postcode.replace(/\s/gu, '');
    if (!words.subdistrict && !words.district && !words.province && !postcode)
      return { matched: false, problem: null };
    const subdistrictKey = placeKey(words.subdistrict);
    const candidates = (this.subdistricts.get(subdistrictKey) ?? []).filter((place) =>
      this.fits(place, words),
    );
    let subdistrictId: number | undefined;
    if (candidates.length === 1) subdistrictId = candidates[0]!.id;
    else if (candidates.length > 1 && postcode) {
      const ofPostcode = new Set(this.subdistrictsOfPostcode.get(postcode) ?? []);
      const narrowed = candidates.filter((place) => ofPostcode.has(place.id));
      if (narrowed.length === 1) subdistrictId = narrowed[0]!.id;
    }
    if (subdistrictId === undefined) return { matched: false, problem: 'address_not_matched' };
    const known = this.postcodes.get(subdistrictId) ?? [];
    if (postcode && !known.includes(postcode))
      return { matched: false, problem: 'postcode_not_in_subdistrict' };
    const districtId = this.subdistrictDistrict.get(subdistrictId)!;
    return {
      matched: true,
      subdistrictId,
      provinceId: this.districtProvince.get(districtId)!,
      postcode: postcode || (known.length === 1 ? known[0]! : ''),
    };
  }

  private fits(subdistrict: Place, words: AddressWords): boolean {
    const districtId = subdistrict.parentId;
    const provinceId = this.districtProvince.get(districtId);
    if (words.province) {
      const wanted = this.provinces.get(placeKey(words.province));
      if (wanted === undefined || wanted !== provinceId) return false;
    }
    if (words.district) {
      const districts = this.districts.get(placeKey(words.district)) ?? [];
      if (!districts.some((district) => district.id === districtId)) return false;
    }
    if (!words.province && !words.district) {
      const postcode = words.postcode.replace(/\s/gu, '');
      if (!postcode) return false;
      return (this.subdistrictsOfPostcode.get(postcode) ?? []).includes(subdistrict.id);
    }
    return true;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
