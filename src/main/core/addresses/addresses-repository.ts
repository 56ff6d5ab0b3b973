import type { Kysely, Transaction } from 'kysely';
import type {
  District,
  PostcodePlace,
  Province,
  Subdistrict,
} from '../../../shared/domain/addresses';
import { compareThai } from '../../../shared/thai';
import type { DatabaseSchema } from '../db/schema';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

// Reference data from migration 0006 (ADR 0018). Bangkok has no flag column: it is the one
// province whose units are เขต and แขวง, known by its name in the dataset.
const BANGKOK_NAME_TH = 'กรุงเทพมหานคร';

/** A postcode search starts at three digits: fewer would list a whole region. */
export const POSTCODE_SEARCH_MIN_DIGITS = 3;

const byThaiName = (a: { nameTh: string }, b: { nameTh: string }) =>
  compareThai(a.nameTh, b.nameTh);

export async function listProvinces(db: Db): Promise<Province[]> {
  const rows = await db
    .selectFrom('address_provinces')
    .select(['id', 'name_th', 'name_en'])
    .execute();
  return rows
    .map((row) => ({
      id: row.id,
      nameTh: row.name_th,
      nameEn: row.name_en,
      isBangkok: row.name_th === BANGKOK_NAME_TH,
    }))
    .sort(byThaiName);
}

export async function listDistricts(db: Db, provinceId: number): Promise<District[]> {
  const rows = await db
    .selectFrom('address_districts')
    .select(['id', 'province_id', 'name_th', 'name_en'])
    .where('province_id', '=', provinceId)
    .execute();
  return rows
    .map((row) => ({
      id: row.id,
      provinceId: row.province_id,
      nameTh: row.name_th,
      nameEn: row.name_en,
    }))
    .sort(byThaiName);
}

export async function listSubdistricts(db: Db, districtId: number): Promise<Subdistrict[]> {
  const rows = await db
    .selectFrom('address_subdistricts as s')
    .leftJoin('address_postcodes as pc', 'pc.subdistrict_id', 's.id')
    .select(['s.id', 's.district_id', 's.name_th', 's.name_en', 'pc.postcode'])
    .where('s.district_id', '=', districtId)
    .orderBy('pc.postcode')
    .execute();
  const byId = new Map<number, Subdistrict>();
  for (const row of rows) {
    let subdistrict = byId.get(row.id);
    if (!subdistrict) {
      subdistrict = {
        id: row.id,
        districtId: row.district_id,
        nameTh: row.name_th,
        nameEn: row.name_en,
        postcodes: [],
      };
      byId.set(row.id, subdistrict);
    }
    if (row.postcode !== null) subdistrict.postcodes.push(row.postcode);
  }
  return [...byId.values()].sort(byThaiName);
}

function placeQuery(db: Db) {
  return db
    .selectFrom('address_subdistricts as s')
    .innerJoin('address_districts as d', 'd.id', 's.district_id')
    .innerJoin('address_provinces as p', 'p.id', 'd.province_id')
    .select([
      's.id as subdistrictId',
      's.name_th as subdistrictNameTh',
      's.name_en as subdistrictNameEn',
      'd.id as districtId',
      'd.name_th as districtNameTh',
      'd.name_en as districtNameEn',
      'p.id as provinceId',
      'p.name_th as provinceNameTh',
      'p.name_en as provinceNameEn',
    ]);
}

type PlaceRow = Omit<PostcodePlace, 'postcode' | 'isBangkok'>;

const toPlace = (row: PlaceRow, postcode: string): PostcodePlace => ({
  postcode,
  ...row,
  isBangkok: row.provinceNameTh === BANGKOK_NAME_TH,
});

/**
 * The places a whole or partial postcode belongs to (one per subdistrict and postcode), in
 * postcode order and then by Thai name. Fewer than three digits find nothing.
 */
export async function placesByPostcode(db: Db, postcode: string): Promise<PostcodePlace[]> {
  if (postcode.length < POSTCODE_SEARCH_MIN_DIGITS) return [];
  // A range over the postcode index rather than LIKE, which SQLite would not index here.
  const rows = await placeQuery(db)
    .innerJoin('address_postcodes as pc', 'pc.subdistrict_id', 's.id')
    .select('pc.postcode')
    .where('pc.postcode', '>=', postcode.padEnd(5, '0'))
    .where('pc.postcode', '<=', postcode.padEnd(5, '9'))
    .execute();
  return rows
    .map(({ postcode: code, ...row }) => toPlace(row, code))
    .sort(
      (a, b) =>
        a.postcode.localeCompare(b.postcode) ||
        compareThai(a.provinceNameTh, b.provinceNameTh) ||
        compareThai(a.districtNameTh, b.districtNameTh) ||
        compareThai(a.subdistrictNameTh, b.subdistrictNameTh),
    );
}

/**
 * One subdistrict with its district and province, or undefined. `postcode` is its first
 * postcode ('' for the few without one); a stored address keeps its own.
 */
export async function placeOfSubdistrict(
  db: Db,
  subdistrictId: number,
): Promise<PostcodePlace | undefined> {
  const row = await placeQuery(db).where('s.id', '=', subdistrictId).executeTakeFirst();
  if (!row) return undefined;
  const first = await db
    .selectFrom('address_postcodes')
    .select('postcode')
    .where('subdistrict_id', '=', subdistrictId)
    .orderBy('postcode')
    .executeTakeFirst();
  return toPlace(row, first?.postcode ?? '');
}

/**
 * Whether `postcode` is one of the subdistrict's postcodes: how an address's postcode is
 * validated (against the data, not a pattern; a prefix does not tell the province).
 */
export async function subdistrictHasPostcode(
  db: Db,
  subdistrictId: number,
  postcode: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('address_postcodes')
    .select('subdistrict_id')
    .where('subdistrict_id', '=', subdistrictId)
    .where('postcode', '=', postcode)
    .executeTakeFirst();
  return row !== undefined;
}

/** The province a subdistrict lies in (e.g. for the case list's province filter), or undefined. */
export async function provinceOfSubdistrict(
  db: Db,
  subdistrictId: number,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('address_subdistricts as s')
    .innerJoin('address_districts as d', 'd.id', 's.district_id')
    .select('d.province_id')
    .where('s.id', '=', subdistrictId)
    .executeTakeFirst();
  return row?.province_id;
}
