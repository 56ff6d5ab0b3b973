import { sql, type Kysely, type RawBuilder } from 'kysely';
import { getDatabase, setEngMode } from 'thai-address-universal';

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
//
// Fills the address reference tables of 0004 from the npm dataset `thai-address-universal`,
// pinned to exactly 2.2.0 in package.json (ADR 0018). This file must always see that same data:
// a newer edition of the dataset comes in through a new migration, never by bumping the package
// under this one.
//
// Ids are our own, not the DOPA geocodes: the dataset's geocodes are unreliable (Bueng Kan has
// none, 114 subdistricts have none, 136 are shared by two subdistricts, about 15% carry another
// district's prefix). Each level is numbered from 1 in the order of (parent id, Thai name by code
// point): a fixed order that depends neither on the package's internal order nor on the ICU
// version's Thai collation. The test pins a few ids so that a changed result cannot go unnoticed.

interface Place {
  nameTh: string;
  nameEn: string;
}

interface SubdistrictPlace extends Place {
  postcodes: Set<string>;
}

/** Row i of the Thai and the English tables is the same place: both decode one tree. */
async function datasetRows() {
  await setEngMode(false);
  const thai = getDatabase();
  await setEngMode(true);
  const english = getDatabase();
  // The switch is process-wide: leave the package as a later caller expects it.
  await setEngMode(false);
  if (thai.length !== english.length || thai.length === 0) {
    throw new Error('address dataset: the Thai and English tables differ in length');
  }
  return thai.map((th, i) => {
    const en = english[i]!;
    if (en.postal_code !== th.postal_code) {
      throw new Error(`address dataset: row ${i} differs between Thai and English`);
    }
    return { th, en };
  });
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The Thai names of one level, ordered, each with the id it gets. */
function numbered<T extends Place>(places: Map<string, T>, parentId: (key: string) => number) {
  const keys = [...places.keys()].sort(
    (a, b) =>
      parentId(a) - parentId(b) || byCodePoint(places.get(a)!.nameTh, places.get(b)!.nameTh),
  );
  return new Map(keys.map((key, index) => [key, index + 1]));
}

const BATCH = 500;

async function insertBatched(
  db: Kysely<unknown>,
  head: RawBuilder<unknown>,
  rows: RawBuilder<unknown>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    await sql`${head} VALUES ${sql.join(rows.slice(start, start + BATCH))}`.execute(db);
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const provinces = new Map<string, Place>();
  const districts = new Map<string, Place>();
  const subdistricts = new Map<string, SubdistrictPlace>();
  for (const { th, en } of await datasetRows()) {
    const provinceKey = th.province;
    const districtKey = `${provinceKey}|${th.district}`;
    const subdistrictKey = `${districtKey}|${th.sub_district}`;
    if (!provinces.has(provinceKey)) {
      provinces.set(provinceKey, { nameTh: th.province, nameEn: en.province });
    }
    if (!districts.has(districtKey)) {
      districts.set(districtKey, { nameTh: th.district, nameEn: en.district });
    }
    let subdistrict = subdistricts.get(subdistrictKey);
    if (!subdistrict) {
      subdistrict = { nameTh: th.sub_district, nameEn: en.sub_district, postcodes: new Set() };
      subdistricts.set(subdistrictKey, subdistrict);
    }
    // A few uninhabited islands have no postcode: the subdistrict stays, without one.
    if (/^\d{5}$/.test(th.postal_code)) subdistrict.postcodes.add(th.postal_code);
  }

  const parentKey = (key: string) => key.slice(0, key.lastIndexOf('|'));
  const provinceIds = numbered(provinces, () => 0);
  const districtIds = numbered(districts, (key) => provinceIds.get(parentKey(key))!);
  const subdistrictIds = numbered(subdistricts, (key) => districtIds.get(parentKey(key))!);

  await insertBatched(
    db,
    sql`INSERT INTO address_provinces (id, name_th, name_en)`,
    [...provinceIds].map(([key, id]) => {
      const place = provinces.get(key)!;
      return sql`(${id}, ${place.nameTh}, ${place.nameEn})`;
    }),
  );
  await insertBatched(
    db,
    sql`INSERT INTO address_districts (id, province_id, name_th, name_en)`,
    [...districtIds].map(([key, id]) => {
      const place = districts.get(key)!;
      return sql`(${id}, ${provinceIds.get(parentKey(key))!}, ${place.nameTh}, ${place.nameEn})`;
    }),
  );
  await insertBatched(
    db,
    sql`INSERT INTO address_subdistricts (id, district_id, name_th, name_en)`,
    [...subdistrictIds].map(([key, id]) => {
      const place = subdistricts.get(key)!;
      return sql`(${id}, ${districtIds.get(parentKey(key))!}, ${place.nameTh}, ${place.nameEn})`;
    }),
  );
  await insertBatched(
    db,
    sql`INSERT INTO address_postcodes (subdistrict_id, postcode)`,
    [...subdistrictIds].flatMap(([key, id]) =>
      [...subdistricts.get(key)!.postcodes].sort().map((postcode) => sql`(${id}, ${postcode})`),
    ),
  );
}
