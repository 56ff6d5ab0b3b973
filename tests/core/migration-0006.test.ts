import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKysely, openEncryptedDatabase } from '../../src/main/core/db/connection';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { randomKey } from '../support/database';

/** Reads one row of a count or a lookup. */
async function one<T>(db: Kysely<unknown>, query: ReturnType<typeof sql<T>>): Promise<T> {
  const result = await query.execute(db);
  return result.rows[0]!;
}

describe('migration 0006-address-data', () => {
  let dir: string;
  let db: Kysely<unknown>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kaona-test-'));
    const sqlite = openEncryptedDatabase(join(dir, 'kaona.db'), randomKey(), { create: true });
    db = createKysely(sqlite) as unknown as Kysely<unknown>;
    const migrator = new Migrator({
      db,
      provider: { getMigrations: async () => ({ ...MIGRATIONS }) },
    });
    await migrator.migrateTo('0005-case-search-sqlite');
    expect(await one(db, sql<{ n: number }>`SELECT count(*) AS n FROM address_provinces`)).toEqual({
      n: 0,
    });
    const started = performance.now();
    const result = await migrator.migrateTo('0006-address-data');
    // Reported, never asserted (tests do not assert wall-clock times).
    console.info(`migration 0006 took ${Math.round(performance.now() - started)} ms`);
    expect(result.error).toBeUndefined();
  });

  afterAll(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads 77 provinces, 928 districts and the subdistricts of thai-address-universal 2.2.0', async () => {
    const counts = await one(
      db,
      sql<{ provinces: number; districts: number; subdistricts: number; postcodes: number }>`
        SELECT (SELECT count(*) FROM address_provinces) AS provinces,
               (SELECT count(*) FROM address_districts) AS districts,
               (SELECT count(*) FROM address_subdistricts) AS subdistricts,
               (SELECT count(DISTINCT postcode) FROM address_postcodes) AS postcodes
      `,
    );
    expect(counts).toEqual({ provinces: 77, districts: 928, subdistricts: 7475, postcodes: 970 });
  });

  it('gives every place the id of the documented order (parent, then Thai name by code point)', async () => {
    // Pinned: a different dataset or order would move ids that stored addresses point to.
    const bangkok = await one(
      db,
      sql<{ id: number }>`SELECT id FROM address_provinces WHERE name_th = 'กรุงเทพมหานคร'`,
    );
    expect(bangkok.id).toBe(2);
    const silom = await one(
      db,
      sql<{ id: number; district: string }>`
        SELECT s.id, d.name_th AS district FROM address_subdistricts s
        JOIN address_districts d ON d.id = s.district_id WHERE s.name_th = 'สีลม'
      `,
    );
    expect(silom).toEqual({ id: 129, district: 'บางรัก' });
  });

  it('has Bangkok with its 50 เขต and their แขวง, in Thai and English', async () => {
    const districts = await sql<{ name_th: string; name_en: string }>`
      SELECT d.name_th, d.name_en FROM address_districts d
      JOIN address_provinces p ON p.id = d.province_id
      WHERE p.name_th = 'กรุงเทพมหานคร' ORDER BY d.id
    `.execute(db);
    expect(districts.rows).toHaveLength(50);
    expect(districts.rows).toContainEqual({ name_th: 'บางรัก', name_en: 'Bang Rak' });
    expect(districts.rows).toContainEqual({ name_th: 'จตุจักร', name_en: 'Chatuchak' });
    const province = await one(
      db,
      sql<{
        name_en: string;
      }>`SELECT name_en FROM address_provinces WHERE name_th = 'กรุงเทพมหานคร'`,
    );
    expect(province.name_en).toBe('Bangkok');
    const lumphini = await one(
      db,
      sql<{ name_en: string; district: string; postcode: string }>`
        SELECT s.name_en, d.name_th AS district, pc.postcode FROM address_subdistricts s
        JOIN address_districts d ON d.id = s.district_id
        JOIN address_postcodes pc ON pc.subdistrict_id = s.id
        WHERE s.name_th = 'ลุมพินี'
      `,
    );
    expect(lumphini).toEqual({ name_en: 'Lumpini', district: 'ปทุมวัน', postcode: '10330' });
  });

  it('knows a subdistrict’s postcode, and the subdistricts that have two', async () => {
    const sriphum = await sql<{ postcode: string }>`
      SELECT pc.postcode FROM address_postcodes pc
      JOIN address_subdistricts s ON s.id = pc.subdistrict_id
      JOIN address_districts d ON d.id = s.district_id
      WHERE s.name_th = 'ศรีภูมิ' AND d.name_th = 'เมืองเชียงใหม่'
    `.execute(db);
    expect(sriphum.rows).toEqual([{ postcode: '50200' }]);

    const phraKhanong = await sql<{ postcode: string }>`
      SELECT pc.postcode FROM address_postcodes pc
      JOIN address_subdistricts s ON s.id = pc.subdistrict_id
      JOIN address_districts d ON d.id = s.district_id
      WHERE s.name_th = 'พระโขนง' AND d.name_th = 'คลองเตย' ORDER BY pc.postcode
    `.execute(db);
    expect(phraKhanong.rows).toEqual([{ postcode: '10110' }, { postcode: '10260' }]);

    const several = await one(
      db,
      sql<{ n: number }>`
        SELECT count(*) AS n FROM (
          SELECT subdistrict_id FROM address_postcodes GROUP BY subdistrict_id HAVING count(*) > 1
        )
      `,
    );
    expect(several.n).toBe(20);
  });

  it('keeps the few subdistricts without a postcode (uninhabited islands), without one', async () => {
    const without = await one(
      db,
      sql<{ n: number }>`
        SELECT count(*) AS n FROM address_subdistricts s
        WHERE NOT EXISTS (SELECT 1 FROM address_postcodes pc WHERE pc.subdistrict_id = s.id)
      `,
    );
    expect(without.n).toBe(43);
  });

  it('leaves every foreign key valid and no place without children', async () => {
    expect((await sql`PRAGMA foreign_key_check`.execute(db)).rows).toEqual([]);
    const empty = await one(
      db,
      sql<{ provinces: number; districts: number }>`
        SELECT
          (SELECT count(*) FROM address_provinces p
            WHERE NOT EXISTS (SELECT 1 FROM address_districts d WHERE d.province_id = p.id)) AS provinces,
          (SELECT count(*) FROM address_districts d
            WHERE NOT EXISTS (SELECT 1 FROM address_subdistricts s WHERE s.district_id = d.id)) AS districts
      `,
    );
    expect(empty).toEqual({ provinces: 0, districts: 0 });
  });

  it('stores names without stray spaces and English names in Latin letters', async () => {
    const bad = await one(
      db,
      sql<{ n: number }>`
        SELECT count(*) AS n FROM address_subdistricts
        WHERE name_th <> trim(name_th) OR name_th = '' OR name_en = '' OR name_en GLOB '*[ก-๙]*'
      `,
    );
    expect(bad.n).toBe(0);
  });
});
