import { sql, type Kysely } from 'kysely';

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
//
// SQLITE-ONLY: the full-text index of the case list (FTS5 with the trigram tokenizer) and the
// triggers that keep it in step with `cases` and `beneficiaries`. A PostgreSQL edition would put
// pg_trgm indexes here instead; nothing else in the schema depends on this file.
//
// Thai is written without spaces between words, so a word tokenizer cannot find "ศรี" inside
// "สมศรี"; trigrams can, for any fragment of three characters or more. One row per case (rowid =
// case id): the person's names, nickname, national ID and phone (in the local form a clerk types,
// 0812345678), and the case number.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE VIRTUAL TABLE case_search USING fts5(
      names, nickname, national_id, phone, case_number,
      tokenize = 'trigram remove_diacritics 1'
    )
  `.execute(db);

  const localPhone = (column: string) =>
    `CASE WHEN ${column} LIKE '+66%' THEN '0' || substr(${column}, 4) ELSE ${column} END`;
  const row = (b: string) =>
    sql.raw(`
      ${b}.first_name || ' ' || ${b}.last_name || ' ' || ${b}.latin_name,
      ${b}.nickname,
      coalesce(${b}.national_id, ''),
      ${localPhone(`${b}.phone`)}
    `);

  // Cases saved before this migration (none in a normal upgrade, which runs 0004 and 0005
  // together, but the index must never silently miss a case).
  await sql`
    INSERT INTO case_search (rowid, names, nickname, national_id, phone, case_number)
    SELECT c.id, ${row('b')}, c.case_number FROM cases c JOIN beneficiaries b ON b.id = c.beneficiary_id
  `.execute(db);
  await sql`
    CREATE TRIGGER case_search_insert AFTER INSERT ON cases
    BEGIN
      INSERT INTO case_search (rowid, names, nickname, national_id, phone, case_number)
      SELECT new.id, ${row('b')}, new.case_number FROM beneficiaries b WHERE b.id = new.beneficiary_id;
    END
  `.execute(db);
  await sql`
    CREATE TRIGGER case_search_case_number AFTER UPDATE OF case_number, beneficiary_id ON cases
    BEGIN
      DELETE FROM case_search WHERE rowid = old.id;
      INSERT INTO case_search (rowid, names, nickname, national_id, phone, case_number)
      SELECT new.id, ${row('b')}, new.case_number FROM beneficiaries b WHERE b.id = new.beneficiary_id;
    END
  `.execute(db);
  await sql`
    CREATE TRIGGER case_search_delete AFTER DELETE ON cases
    BEGIN
      DELETE FROM case_search WHERE rowid = old.id;
    END
  `.execute(db);
  await sql`
    CREATE TRIGGER case_search_person AFTER UPDATE OF first_name, last_name, latin_name, nickname,
      national_id, phone ON beneficiaries
    BEGIN
      UPDATE case_search SET
        names = new.first_name || ' ' || new.last_name || ' ' || new.latin_name,
        nickname = new.nickname,
        national_id = coalesce(new.national_id, ''),
        phone = ${sql.raw(localPhone('new.phone'))}
      WHERE rowid IN (SELECT id FROM cases WHERE beneficiary_id = new.id);
    END
  `.execute(db);
}
