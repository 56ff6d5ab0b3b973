import { describe, expect, it } from 'vitest';
import {
  MATCH_WEIGHTS,
  rankSuggestions,
  scoreMentor,
  compareCodePoints,
  compareSuggestions,
  type MatchCase,
  type MatchMentor,
} from '../../src/main/core/mentors/matching';
import type { ConsentPurpose } from '../../src/shared/domain/cases';
import type { MatchReason, MentorSuggestion } from '../../src/shared/domain/mentoring';
import { auditEvents, insertTestCase, officeDb, PLACES } from '../support/cases';
import { insertMentorProfile, insertMentorUser, useMentorOffice } from '../support/mentors';

const TODAY = '2026-11-26';

function mentor(overrides: Partial<MatchMentor> = {}): MatchMentor {
  return {
    userId: 10,
    fullName: 'มาลี ลาซาด้า',
    accountActive: true,
    organisationKind: 'department',
    organisationName: 'พก.',
    isExternal: false,
    skills: ['shop_setup', 'product_photography'],
    categories: ['fashion'],
    provinceIds: [PLACES.khonKaen.provinceId],
    onlineOnly: false,
    languages: ['th'],
    capacity: 10,
    activeMentees: 0,
    availableFrom: null,
    availableUntil: null,
    active: true,
    ...overrides,
  };
}

function matchCase(overrides: Partial<MatchCase> = {}): MatchCase {
  return {
    caseId: 1,
    currentMentorId: null,
    needs: ['shop_setup', 'product_photography', 'finance_bookkeeping'],
    productCategory: 'fashion',
    provinceId: PLACES.khonKaen.provinceId,
    hasSmartphone: true,
    hasInternet: true,
    languages: ['th'],
    granted: new Set<ConsentPurpose>(['programme']),
    ...overrides,
  };
}

const reason = (s: MentorSuggestion, criterion: MatchReason['criterion']) =>
  s.reasons.find((r) => r.criterion === criterion)!;

describe('scoring one mentor for one case', () => {
  it('gives each criterion its weight and says why, in codes and numbers', () => {
    const s = scoreMentor(matchCase(), mentor(), TODAY);
    expect(s.reasons.map((r) => [r.criterion, r.verdict, r.points, r.maxPoints])).toEqual([
      ['skills', 'partial', 27, 40],
      ['product_category', 'matched', 15, 15],
      ['place', 'same_province', 20, 20],
      ['language', 'shared', 10, 10],
      ['load', 'has_room', 10, 10],
      ['availability', 'available', 5, 5],
    ]);
    expect(reason(s, 'skills').params).toEqual({
      matched: ['shop_setup', 'product_photography'],
      needed: 3,
    });
    expect(s.score).toBe(27 + 15 + 20 + 10 + 10 + 5);
    expect(s.blockers).toEqual([]);
    expect(Object.values(MATCH_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('skills: all, none, and no needs recorded gives everyone the neutral half', () => {
    expect(
      reason(scoreMentor(matchCase({ needs: ['shop_setup'] }), mentor(), TODAY), 'skills'),
    ).toMatchObject({ verdict: 'matched', points: 40 });
    expect(
      reason(scoreMentor(matchCase({ needs: ['customer_service'] }), mentor(), TODAY), 'skills'),
    ).toMatchObject({ verdict: 'none', points: 0, params: { matched: [], needed: 1 } });
    expect(reason(scoreMentor(matchCase({ needs: [] }), mentor(), TODAY), 'skills')).toMatchObject({
      verdict: 'no_needs',
      points: 20,
    });
  });

  it('product category: matched, not matched, not recorded', () => {
    const other = scoreMentor(matchCase({ productCategory: 'food' }), mentor(), TODAY);
    expect(reason(other, 'product_category')).toMatchObject({ verdict: 'none', points: 0 });
    const none = scoreMentor(matchCase({ productCategory: null }), mentor(), TODAY);
    expect(reason(none, 'product_category')).toMatchObject({ verdict: 'not_recorded', points: 7 });
  });

  it('place: same province, online with and without a phone and internet, elsewhere', () => {
    const online = mentor({ onlineOnly: true, provinceIds: [] });
    expect(reason(scoreMentor(matchCase(), online, TODAY), 'place')).toMatchObject({
      verdict: 'online',
      points: 12,
    });
    expect(
      reason(scoreMentor(matchCase({ hasInternet: false }), online, TODAY), 'place'),
    ).toMatchObject({ verdict: 'online_without_device', points: 4 });
    const bangkok = mentor({ provinceIds: [PLACES.bangkok.provinceId] });
    expect(reason(scoreMentor(matchCase(), bangkok, TODAY), 'place')).toMatchObject({
      verdict: 'other_province',
      points: 0,
    });
  });

  it('language, load and availability', () => {
    const lao = scoreMentor(matchCase({ languages: ['lo', 'th'] }), mentor(), TODAY);
    expect(reason(lao, 'language')).toMatchObject({ points: 10, params: { languages: ['th'] } });
    const english = scoreMentor(matchCase(), mentor({ languages: ['en'] }), TODAY);
    expect(reason(english, 'language')).toMatchObject({ verdict: 'none', points: 0 });

    const half = scoreMentor(matchCase(), mentor({ activeMentees: 5 }), TODAY);
    expect(reason(half, 'load')).toMatchObject({ points: 5, params: { active: 5, capacity: 10 } });
    const full = scoreMentor(matchCase(), mentor({ activeMentees: 10 }), TODAY);
    expect(reason(full, 'load')).toMatchObject({ verdict: 'over_capacity', points: 0 });
    expect(full.overCapacity).toBe(true);
    // Full is not blocked: the clerk may still assign with a reason.
    expect(full.blockers).toEqual([]);

    const later = scoreMentor(matchCase(), mentor({ availableFrom: '2026-12-01' }), TODAY);
    expect(reason(later, 'availability')).toMatchObject({
      verdict: 'unavailable',
      points: 0,
      params: { from: '2026-12-01' },
    });
    expect(later.blockers).toEqual(['unavailable']);
    const lastDay = scoreMentor(matchCase(), mentor({ availableUntil: TODAY }), TODAY);
    expect(lastDay.blockers).toEqual([]);
  });
});

describe('blockers', () => {
  const lazada = mentor({ organisationKind: 'lazada', isExternal: true });
  const volunteer = mentor({ organisationKind: 'volunteer', isExternal: true });

  it('an outside mentor needs the sharing consent of their organisation', () => {
    expect(scoreMentor(matchCase(), lazada, TODAY).blockers).toEqual(['no_sharing_consent']);
    const shared = matchCase({ granted: new Set(['programme', 'share_lazada']) });
    expect(scoreMentor(shared, lazada, TODAY).blockers).toEqual([]);
    // Consent to share with Lazada says nothing about volunteers.
    expect(scoreMentor(shared, volunteer, TODAY).blockers).toEqual(['no_sharing_consent']);
    const volunteers = matchCase({ granted: new Set(['programme', 'share_volunteers']) });
    expect(scoreMentor(volunteers, volunteer, TODAY).blockers).toEqual([]);
    // A volunteer group inside the ministry's own staff needs only the programme consent.
    const inside = mentor({ organisationKind: 'volunteer', isExternal: false });
    expect(scoreMentor(matchCase(), inside, TODAY).blockers).toEqual([]);
  });

  it('every mentor needs the programme consent; inactive, disabled and current are named', () => {
    const withdrawn = matchCase({ granted: new Set(['share_lazada']) });
    expect(scoreMentor(withdrawn, mentor(), TODAY).blockers).toEqual(['no_sharing_consent']);
    expect(scoreMentor(matchCase(), mentor({ active: false }), TODAY).blockers).toEqual([
      'mentor_inactive',
    ]);
    expect(scoreMentor(matchCase(), mentor({ accountActive: false }), TODAY).blockers).toEqual([
      'mentor_inactive',
    ]);
    expect(scoreMentor(matchCase({ currentMentorId: 10 }), mentor(), TODAY).blockers).toEqual([
      'current_mentor',
    ]);
  });
});

describe('ranking and its tie-break', () => {
  const rank = (mentors: MatchMentor[], limit = 10, c = matchCase()) =>
    rankSuggestions(
      mentors.map((m) => scoreMentor(c, m, TODAY)),
      limit,
    );

  it('1: the higher score first', () => {
    const list = rank([mentor({ userId: 1, skills: [] }), mentor({ userId: 2 })]);
    expect(list.map((s) => [s.mentorId, s.rank])).toEqual([
      [2, 1],
      [1, 2],
    ]);
  });

  it('2: equal scores, the lower load ratio first (compared exactly)', () => {
    // 0 of 10 and 1 of 20 both give the full load points (9.5 rounds to 10).
    const a = mentor({ userId: 1, capacity: 20, activeMentees: 1, fullName: 'ก ก' });
    const b = mentor({ userId: 2, capacity: 10, activeMentees: 0, fullName: 'ฮ ฮ' });
    const list = rank([a, b]);
    expect(list[0]!.score).toBe(list[1]!.score);
    expect(list.map((s) => s.mentorId)).toEqual([2, 1]);
  });

  it('3: equal score and load, the name in Thai order (a leading vowel sorts by its consonant)', () => {
    // Code points put เ after every consonant; Thai order puts เกษม under ก, before ขวัญ.
    const a = mentor({ userId: 1, fullName: 'ขวัญ ดี' });
    const b = mentor({ userId: 2, fullName: 'เกษม ดี' });
    expect('เกษม' > 'ขวัญ').toBe(true);
    expect(rank([a, b]).map((s) => s.fullName)).toEqual(['เกษม ดี', 'ขวัญ ดี']);
  });

  it('names compare by code point, as SQLite compares the stored keys (not by UTF-16 unit)', () => {
    // U+1F600 is stored as a surrogate pair (0xD83D…), which UTF-16 order puts before U+FF21.
    expect('\u{1F600}' < '\uFF21').toBe(true);
    expect(compareCodePoints('\u{1F600}', '\uFF21')).toBeGreaterThan(0);
    expect(compareCodePoints('ab', 'abc')).toBeLessThan(0);
    expect(compareCodePoints('abc', 'abc')).toBe(0);
  });

  it('4: equal in all else, the lower account id', () => {
    const list = rank([
      mentor({ userId: 7, fullName: 'สมชาย ใจดี' }),
      mentor({ userId: 3, fullName: 'สมชาย ใจดี' }),
    ]);
    expect(list.map((s) => s.mentorId)).toEqual([3, 7]);
  });

  it('gives the same list whatever order the mentors are read in', () => {
    const mentors = Array.from({ length: 40 }, (_, i) =>
      mentor({
        userId: i + 1,
        fullName: ['สมศรี', 'เกษม', 'ขวัญ', 'อนันต์'][i % 4]! + ' ' + String(i % 3),
        activeMentees: i % 5,
        capacity: 5 + (i % 3),
        skills: i % 2 === 0 ? ['shop_setup'] : ['shop_setup', 'finance_bookkeeping'],
      }),
    );
    const expected = rank(mentors, 40);
    for (let seed = 1; seed <= 5; seed++) {
      const shuffled = [...mentors].sort(
        (a, b) => ((a.userId * 7919 * seed) % 97) - ((b.userId * 7919 * seed) % 97),
      );
      expect(rank(shuffled, 40)).toEqual(expected);
    }
    const scored = expected.slice(0, 10);
    for (let i = 1; i < scored.length; i++)
      expect(compareSuggestions(scored[i - 1]!, scored[i]!)).toBeLessThan(0);
  });

  it('lists assignable mentors ranked, then blocked ones that would have ranked among them', () => {
    const list = rank(
      [
        mentor({ userId: 1, active: false }),
        mentor({ userId: 2, skills: [] }),
        mentor({ userId: 3, skills: [], provinceIds: [] }),
        mentor({ userId: 4, skills: [], provinceIds: [], languages: ['en'] }),
      ],
      2,
    );
    expect(list.map((s) => [s.mentorId, s.rank, s.blockers])).toEqual([
      [2, 1, []],
      [3, 2, []],
      [1, 0, ['mentor_inactive']],
    ]);
  });
});

describe('assignments.suggest against the database', () => {
  const office = useMentorOffice();

  it('ranks the registered mentors for a case, explains each, and audits the read', async () => {
    const db = officeDb(office());
    const { caseId } = await insertTestCase(db, { status: 'active', granted: ['share_lazada'] });
    await db
      .updateTable('cases')
      .set({ mentoring_needs: '["shop_setup","finance_bookkeeping"]', product_category: 'fashion' })
      .where('id', '=', caseId)
      .execute();
    const lazada = office().mentorId;
    await insertMentorProfile(db, lazada, { skills: ['shop_setup'] });
    const staff = await insertMentorUser(db, 'เกษม ทองคำ', 'officer');
    await insertMentorProfile(db, staff, {
      organisation_kind: 'department',
      organisation_name: 'พก.',
      department: 'dep',
      is_external: 0,
      skills: ['shop_setup', 'finance_bookkeeping'],
    });
    const volunteer = await insertMentorUser(db, 'ขวัญ อาสา');
    await insertMentorProfile(db, volunteer, {
      organisation_kind: 'volunteer',
      is_external: 1,
      skills: ['shop_setup', 'finance_bookkeeping'],
    });
    const admin = await insertMentorUser(db, 'แอดมิน ผู้ดูแล', 'admin');
    await insertMentorProfile(db, admin);

    const list = await office().ok('assignments.suggest', { caseId });
    expect(list.tieBreak).toBe('score_then_load_then_name_then_id');
    expect(list.suggestions.map((s) => [s.mentorId, s.rank, s.score, s.blockers])).toEqual([
      [staff, 1, 100, []],
      [lazada, 2, 80, []],
      [volunteer, 0, 100, ['no_sharing_consent']],
    ]);
    expect(reason(list.suggestions[1]!, 'skills')).toMatchObject({
      verdict: 'partial',
      points: 20,
      params: { matched: ['shop_setup'], needed: 2 },
    });

    const events = await auditEvents(office(), 'mentor.suggestions_viewed');
    expect(events.map((e) => [e.target_type, e.target_id, JSON.parse(e.details ?? '{}')])).toEqual([
      ['case', String(caseId), { shown: 3, blocked: 1 }],
    ]);

    expect(await office().call('assignments.suggest', { caseId: 999_999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'case_not_found' },
    });
  });
});
