import { captureStatements, replayer } from '../capture';
import { rawAuditWriter } from '../case-office';
import { openMentoringBench, type MentoringBench } from '../mentoring-office';
import { median } from '../timing';
import type { SqliteDatabase } from '../../../src/main/core/db/connection';
import type { Comparison, Figure } from '../types';
import { closeMentoring } from './mentoring';

/**
 * The programme dashboard (issue 11) of fiscal year 2569 on the mentoring office (`rows` cases,
 * 1,000,000 sessions), with outcomes added for the mentored cases (milestones and six monthly
 * figures for about half of them), through the app's dispatcher as the admin (`reports.read`):
 * schema check, the grouped queries, the folding and the audit event. The raw side runs the very
 * statements that call ran (captured once) plus one chained audit row, in the same run. Target:
 * under 200 ms. Runs alone too (`--only dashboard`): it then opens and closes its own office.
 */

const WARM_UP = 5;
const ROUNDS = 30;
const FISCAL_YEAR = 2569;
/** The bench office's admin (case-office.ts) and the officer the mentoring office signs in. */
const ADMIN = { userName: 'bench.admin', password: 'Bench-admin-2569!' };
const OFFICER = { userName: 'bench.officer', password: 'Bench-officer-2569!' };
const AT = '2026-11-26T03:00:00.000Z';

/**
 * Wall time and this process's CPU time of one run. On a shared machine (the build PCs run several
 * jobs on two cores) the wall time includes waiting for a core; the CPU time is the work itself.
 */
async function timed(work: () => unknown): Promise<{ wall: number; cpu: number }> {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  await work();
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/** `KAONA_BENCH_DETAIL=1`: each captured statement's time on the raw side, to stderr. */
function printDetail(raw: SqliteDatabase, captured: readonly { sql: string; args: unknown[] }[]) {
  for (const { sql, args } of captured) {
    const statement = raw.prepare(sql);
    const run = () => (statement.reader ? statement.all(...args) : statement.run(...args));
    run();
    const start = process.hrtime.bigint();
    for (let i = 0; i < 5; i++) run();
    const ms = Number(process.hrtime.bigint() - start) / 5e6;
    process.stderr.write(
      `bench:   ${ms.toFixed(1).padStart(7)} ms  ${sql.replace(/\s+/g, ' ').slice(0, 110)}\n`,
    );
  }
}

/**
 * Outcomes for the mentored cases other than the two 40-case mentors' (the compartment figures
 * read those): the same statements on both sides. Idempotent, so a second run adds nothing.
 */
function seedOutcomes(sqlite: SqliteDatabase, skip: readonly number[]): void {
  const mentored = `mentor_id IS NOT NULL AND mentor_id NOT IN (${skip.join(', ')})`;
  sqlite.transaction(() => {
    for (const [kind, days, share] of [
      ['shop_opened', 30, 3],
      ['products_listed', 45, 3],
      ['first_order', 60, 2],
    ] as const)
      sqlite
        .prepare(
          `INSERT OR IGNORE INTO outcome_milestones (id, case_id, kind, occurred_on, shop_name,
            shop_ref, products_count, note, revision, recorded_at, recorded_by)
           SELECT id || ':${kind}', id, '${kind}', date(intake_date, '+${days} days'), '', '',
             NULL, '', 1, ?, mentor_id
           FROM cases WHERE ${mentored} AND id % 5 < ${share}`,
        )
        .run(AT);
    sqlite
      .prepare(
        `WITH k (n) AS (VALUES (1), (2), (3), (4), (5), (6))
         INSERT OR IGNORE INTO outcome_months (id, case_id, month, orders, sales_satang,
           income_satang, source, evidence_attachment_id, note, revision, recorded_at, recorded_by)
         SELECT c.id || ':' || strftime('%Y-%m', c.intake_date, '+' || k.n || ' months'), c.id,
           strftime('%Y-%m', c.intake_date, '+' || k.n || ' months'), k.n * 3,
           (c.id * 7919 % 2000000) + k.n * 100000, (c.id * 7919 % 1500000) + k.n * 50000,
           'self_reported', NULL, '', 1, ?, c.mentor_id
         FROM cases c, k WHERE ${mentored.replaceAll('mentor_id', 'c.mentor_id')} AND c.id % 2 = 0`,
      )
      .run(AT);
  })();
  // The seed analysed the rest; the outcome tables were empty then.
  sqlite.exec('ANALYZE outcome_milestones; ANALYZE outcome_months');
}

async function signIn(bench: MentoringBench, person: { userName: string; password: string }) {
  for (const [channel, input] of [
    ['session.signOut', {}],
    ['session.signIn', person],
  ] as const) {
    const result = await bench.call(channel, input);
    if (!result.ok) throw new Error(`bench: ${channel} failed: ${JSON.stringify(result.error)}`);
  }
}

export const dashboardFigure: Figure = {
  name: 'dashboard',
  async run(context): Promise<Comparison> {
    const own = !context.state.mentoring;
    const bench = context.state.mentoring ?? (await openMentoringBench(context.dir, context.rows));
    const skip = [bench.officerId, bench.compartmentMentorId];
    seedOutcomes(bench.core.sessions.unlocked().sqlite, skip);
    seedOutcomes(bench.raw, skip);
    await signIn(bench, ADMIN);
    const db = bench.core.sessions.signedInCall().db;
    const input = { fiscalYear: FISCAL_YEAR };
    const call = async () => {
      const result = await bench.call('dashboard.get', input);
      if (!result.ok) throw new Error(`bench: dashboard.get failed: ${JSON.stringify(result)}`);
    };
    const captured = await captureStatements(
      bench.core.sessions.unlocked().sqlite,
      db as never,
      call,
    );
    const replay = replayer(bench.raw, captured);
    const audit = bench.raw.transaction(rawAuditWriter(bench.raw, bench.userId));
    const times = {
      core: [] as number[],
      raw: [] as number[],
      coreCpu: [] as number[],
      rawCpu: [] as number[],
    };
    for (let round = 0; round < WARM_UP + ROUNDS; round++) {
      bench.core.sessions.touch();
      const core = await timed(call);
      const raw = await timed(() => {
        replay();
        audit('dashboard.viewed', { fiscalYear: FISCAL_YEAR });
      });
      if (round >= WARM_UP) {
        times.core.push(core.wall);
        times.raw.push(raw.wall);
        times.coreCpu.push(core.cpu);
        times.rawCpu.push(raw.cpu);
      }
    }
    if (process.env.KAONA_BENCH_DETAIL) printDetail(bench.raw, captured);
    if (own) {
      context.state.mentoring = bench;
      await closeMentoring(context);
    } else {
      // The figures after this one read the office as the officer, through its Kysely.
      await signIn(bench, OFFICER);
      bench.db = bench.core.sessions.signedInCall().db;
    }
    return {
      label: `dashboard: fiscal year ${FISCAL_YEAR}, ${context.rows} cases, ${bench.sessions} sessions (dashboard.get, ${captured.length} statements)`,
      unit: 'ms',
      core: { key: 'dashboard_ms', value: median(times.core) },
      raw: { key: 'dashboard_raw_ms', value: median(times.raw) },
      ratioKey: 'dashboard_ratio',
      baselines: [
        { label: 'CPU time, core', key: 'dashboard_cpu_ms', value: median(times.coreCpu) },
        { label: 'CPU time, raw', key: 'dashboard_raw_cpu_ms', value: median(times.rawCpu) },
      ],
    };
  },
};
