import { captureStatements, replayer } from '../capture';
import { rawAuditWriter } from '../case-office';
import {
  MENTORS,
  SESSIONS,
  TIMELINE_SESSIONS,
  WORKSPACE_CASES,
  openMentoringBench,
  type MentoringBench,
} from '../mentoring-office';
import { median } from '../timing';
import type { BenchContext, Comparison, Figure } from '../types';

/**
 * The mentoring figures (issue 9), on an office of `rows` cases, 2,000 mentors and 1,000,000
 * sessions: ranking mentors for one case, a mentor's workspace (40 cases), a case timeline with
 * 300 sessions. Each call goes through the app's dispatcher (schema check, services, audit event)
 * beside raw better-sqlite3 running the very statements that call ran (captured once) plus one
 * chained audit row, in the same run. The compartment refresh and merge figures
 * (compartment-sync.ts) run on the same office; the last mentoring figure closes it.
 */

const WARM_UP = 10;
const ROUNDS = 100;

function requireMentoring(context: BenchContext): MentoringBench {
  if (!context.state.mentoring) throw new Error('bench: run the mentoring seed figure first');
  return context.state.mentoring;
}

async function timed(work: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** One call through the core against its captured statements on the raw file, alternating. */
async function compare(
  bench: MentoringBench,
  channel: string,
  input: unknown,
  auditAction: string,
): Promise<{ core: number; raw: number }> {
  const call = async () => {
    const result = await bench.call(channel, input);
    if (!result.ok) throw new Error(`bench: ${channel} failed: ${JSON.stringify(result)}`);
  };
  const captured = await captureStatements(
    bench.core.sessions.unlocked().sqlite,
    bench.db as never,
    call,
  );
  const replay = replayer(bench.raw, captured);
  const audit = bench.raw.transaction(rawAuditWriter(bench.raw, bench.userId));
  const raw = () => {
    replay();
    audit(auditAction, { n: captured.length });
  };
  const coreTimes: number[] = [];
  const rawTimes: number[] = [];
  for (let round = 0; round < WARM_UP + ROUNDS; round++) {
    bench.core.sessions.touch();
    const coreMs = await timed(call);
    const rawMs = await timed(raw);
    if (round >= WARM_UP) {
      coreTimes.push(coreMs);
      rawTimes.push(rawMs);
    }
  }
  return { core: median(coreTimes), raw: median(rawTimes) };
}

export const mentoringSeedFigure: Figure = {
  name: 'mentoring-seed',
  async run(context): Promise<Comparison> {
    const bench = await openMentoringBench(context.dir, context.rows);
    context.state.mentoring = bench;
    // The compartment figures read the office the case figures would have left.
    context.state.cases = bench;
    return {
      label: `mentoring: seed ${context.rows} cases, ${MENTORS} mentors, ${SESSIONS} sessions (same statements both sides)`,
      unit: 'ms',
      core: { key: 'mentoring_seed_ms', value: bench.seedMs.core },
      raw: { key: 'mentoring_seed_raw_ms', value: bench.seedMs.raw },
      ratioKey: 'mentoring_seed_ratio',
    };
  },
};

export const mentorRankFigure: Figure = {
  name: 'mentoring-rank',
  async run(context): Promise<Comparison> {
    const bench = requireMentoring(context);
    const times = await compare(
      bench,
      'assignments.suggest',
      { caseId: bench.rankCaseId, limit: 10 },
      'mentor.suggestions_viewed',
    );
    return {
      label: `mentoring: rank ${MENTORS} mentors for one case (assignments.suggest)`,
      unit: 'ms',
      core: { key: 'mentor_rank_ms', value: times.core },
      raw: { key: 'mentor_rank_raw_ms', value: times.raw },
      ratioKey: 'mentor_rank_ratio',
    };
  },
};

export const mentorWorkspaceFigure: Figure = {
  name: 'mentoring-workspace',
  async run(context): Promise<Comparison> {
    const bench = requireMentoring(context);
    const times = await compare(bench, 'mentoring.workspace', {}, 'mentoring.workspace_viewed');
    return {
      label: `mentoring: a mentor's workspace, ${WORKSPACE_CASES} cases (mentoring.workspace, office mode)`,
      unit: 'ms',
      core: { key: 'mentor_workspace_ms', value: times.core },
      raw: { key: 'mentor_workspace_raw_ms', value: times.raw },
      ratioKey: 'mentor_workspace_ratio',
    };
  },
};

export const timelineFigure: Figure = {
  name: 'mentoring-timeline',
  async run(context): Promise<Comparison> {
    const bench = requireMentoring(context);
    const open = await compare(
      bench,
      'cases.open',
      { caseId: bench.timelineCaseId },
      'case.viewed',
    );
    const progress = await compare(
      bench,
      'progress.get',
      { caseId: bench.timelineCaseId },
      'progress.viewed',
    );
    return {
      label: `mentoring: a case timeline with ${TIMELINE_SESSIONS} sessions (cases.open)`,
      unit: 'ms',
      core: { key: 'timeline_300_ms', value: open.core },
      raw: { key: 'timeline_300_raw_ms', value: open.raw },
      ratioKey: 'timeline_300_ratio',
      baselines: [
        { label: 'progress tab (progress.get)', key: 'progress_300_ms', value: progress.core },
        { label: 'progress tab, raw', key: 'progress_300_raw_ms', value: progress.raw },
      ],
    };
  },
};

/** Closes the mentoring office (after the compartment figures that share it). */
export async function closeMentoring(context: BenchContext): Promise<void> {
  const bench = context.state.mentoring;
  if (!bench) return;
  await bench.core.close();
  bench.raw.close();
  delete context.state.mentoring;
  delete context.state.cases;
}
