import { precompileQuery } from '../db/precompiled-query';
import type { Db } from './case-file-repository';

export interface PlaceRow {
  subdistrictId: number;
  subdistrictName: string;
  districtName: string;
  provinceId: number;
  provinceName: string;
}

const selectTwoPlaces = precompileQuery((db, params: { first: number; second: number | null }) =>
  db
    .selectFrom('address_subdistricts as s')
    .innerJoin('address_districts as d', 'd.id', 's.district_id')
    .innerJoin('address_provinces as p', 'p.id', 'd.province_id')
    .select([
      's.id as subdistrictId',
      's.name_th as subdistrictName',
      'd.name_th as districtName',
      'p.id as provinceId',
      'p.name_th as provinceName',
    ])
    .where('s.id', 'in', [params.first, params.second]),
);

/** Subdistrict → district → province names for the (at most two) addresses of one person. */
export async function placesOf(
  db: Db,
  subdistrictIds: readonly (number | null)[],
): Promise<Map<number, PlaceRow>> {
  const ids = [...new Set(subdistrictIds.filter((id): id is number => id !== null))];
  if (ids.length === 0) return new Map();
  if (ids.length > 2) throw new RangeError('a person has two addresses');
  const rows = await selectTwoPlaces.execute(db, { first: ids[0]!, second: ids[1] ?? null });
  return new Map(rows.map((row) => [row.subdistrictId, row]));
}
