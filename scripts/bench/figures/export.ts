import { readdirSync, rmSync, mkdirSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { exportReport } from '../../../src/main/core/reports/reports-service';
import { reportColumns, type ReportFilters } from '../../../src/shared/domain/reports';
import { timeMs } from '../timing';
import type { BenchContext, Figure } from '../types';

/**
 * Exporting the beneficiary register of every case (100,000 by default) to XLSX (issue 11):
 * through the app's service (the save path, the `reports.export` worker job reading in chunks
 * with the consent filter, the masking and labels, exceljs streaming, the audit event and the
 * rename), beside raw better-sqlite3 reading the same rows with one join and exceljs writing
 * them plainly, in the same run. Every case is moved into fiscal year 2569 first (both
 * databases) so that one report holds them all. Target: under 20 s.
 */

const FISCAL_YEAR = 2569;
const FILTERS: ReportFilters = { fiscalYear: FISCAL_YEAR, provinceId: null, department: null };

export const exportXlsxFigure: Figure = {
  name: 'cases-export-xlsx',
  async run(context: BenchContext) {
    const bench = context.state.cases;
    if (!bench) throw new Error('bench: run the cases seed figure first');
    const outDir = join(context.dir, 'exports');
    mkdirSync(outDir, { recursive: true });
    await bench.db.updateTable('cases').set({ intake_date: '2026-01-15' }).execute();
    bench.raw.prepare(`UPDATE cases SET intake_date = '2026-01-15'`).run();

    const signedIn = bench.core.sessions.signedInCall();
    // The bench office's admin holds `reports.read` only; the register needs a supervisor.
    const call = { ...signedIn, user: { ...signedIn.user, role: 'supervisor' as const } };
    let rows = 0;
    const coreMs = await timeMs(async () => {
      bench.core.sessions.touch();
      const outcome = await exportReport(
        call,
        { chooseSavePath: async ({ suggestedName }) => join(outDir, suggestedName) },
        {
          report: 'beneficiary_register',
          filters: FILTERS,
          language: 'th',
          format: 'xlsx',
          reason: 'วัดความเร็วการส่งออก (bench)',
        },
      );
      if (!outcome.done) throw new Error('bench: the export did not finish');
      rows = outcome.rows;
    });
    if (rows !== bench.rows) throw new Error(`bench: exported ${rows} of ${bench.rows} rows`);

    const rawMs = await timeMs(() => rawExport(bench.raw, join(outDir, 'raw.xlsx')));
    for (const name of readdirSync(outDir)) rmSync(join(outDir, name));
    return {
      label: `reports: export ${rows} register rows to XLSX`,
      unit: 'ms',
      core: { key: 'export_100k_xlsx_ms', value: coreMs },
      raw: { key: 'export_100k_xlsx_raw_ms', value: rawMs },
      ratioKey: 'export_100k_xlsx_ratio',
    };
  },
};

/** The same rows, one query, no consent subquery, labels or masking: the floor. */
async function rawExport(raw: NonNullable<BenchContext['state']['cases']>['raw'], file: string) {
  const stream = createWriteStream(file);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false });
  const sheet = workbook.addWorksheet('raw');
  sheet.addRow(reportColumns('beneficiary_register', 'th').map((c) => c.header)).commit();
  const statement = raw.prepare(`
    SELECT c.case_number, b.first_name || ' ' || b.last_name, b.national_id,
      (SELECT group_concat(g.target_group, ',') FROM case_target_groups g WHERE g.case_id = c.id),
      c.department, c.flagship_project, p.name_th, c.status, c.intake_date, u.full_name
    FROM cases c
    JOIN beneficiaries b ON b.id = c.beneficiary_id
    LEFT JOIN address_provinces p ON p.id = c.province_id
    LEFT JOIN users u ON u.id = c.mentor_id
    WHERE c.intake_date >= '2025-10-01' AND c.intake_date <= '2026-09-30'
    ORDER BY c.sort_key, c.id`);
  statement.raw(true);
  for (const row of statement.iterate() as Iterable<unknown[]>) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
  if (!stream.closed) await once(stream, 'close');
}
