import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import type { MentorProfile } from '../../src/shared/domain/mentoring';
import { installFakeKaona, type FakeHandlers } from './support/fake-kaona';
import {
  FAKE_SUPERVISOR,
  MENTOR_REFERENCE_HANDLERS,
  mentorItem,
  mentorProfile,
} from './support/fake-mentors';
import { FAKE_OFFICER, signedInAs, type FakePerson } from './support/fake-session';
import { sessionUser } from './support/render-cases-page';
import { renderMentorsPage } from './support/render-mentors-page';
import { label } from './support/text';

const { th } = catalogues;
const m = th.mentors;

beforeEach(() => {
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      configurable: true,
      value: { addEventListener: () => {}, removeEventListener: () => {} },
    });
  }
});

const LIST = [
  mentorItem(),
  mentorItem({
    userId: 22,
    fullName: 'เกศินี ออนไลน์',
    organisationKind: 'volunteer',
    organisationName: 'ชมรมอาสา',
    onlineOnly: true,
    provinceIds: [],
    skills: ['shop_setup'],
    activeMentees: 10,
    capacity: 10,
  }),
  mentorItem({ userId: 23, fullName: 'กมล ยังไม่กรอก', hasProfile: false, skills: [] }),
];

function setup(path: string, person: FakePerson = FAKE_SUPERVISOR, handlers: FakeHandlers = {}) {
  const fake = installFakeKaona({
    session: { info: signedInAs(person) },
    handlers: {
      ...MENTOR_REFERENCE_HANDLERS,
      'mentors.list': () => ({ ok: true, value: LIST }),
      'assignments.ofMentor': () => ({ ok: true, value: [] }),
      ...handlers,
    },
  });
  const rendered = renderMentorsPage(path, sessionUser(person));
  const callsTo = (channel: string) =>
    fake.calls.filter((call) => call.channel === channel).map((call) => call.input);
  return { fake, callsTo, ...rendered };
}

describe('the mentor registry', () => {
  it('lists mentors in Thai order with organisation, skills, areas and load', async () => {
    const { user } = setup('/mentors');
    const table = await screen.findByRole('table', { name: m.registry.tableLabel });
    const names = within(table)
      .getAllByRole('rowheader')
      .map((cell) => within(cell).getByRole('link').textContent);
    // Thai order: ก before เก (the leading vowel is skipped), then บ.
    expect(names).toEqual(['กมล ยังไม่กรอก', 'เกศินี ออนไลน์', 'บุญมี ลาซาด้า']);
    const boonmee = within(table).getByRole('row', { name: /บุญมี ลาซาด้า/ });
    expect(within(boonmee).getByText('Lazada')).toBeVisible();
    expect(within(boonmee).getByText(m.registry.external)).toBeVisible();
    expect(within(boonmee).getByText('การถ่ายภาพสินค้า, การลงสินค้าและตั้งราคา')).toBeVisible();
    expect(await within(boonmee).findByText('ขอนแก่น')).toBeVisible();
    expect(within(boonmee).getByText('3/10')).toBeVisible();
    const online = within(table).getByRole('row', { name: /เกศินี ออนไลน์/ });
    expect(within(online).getByText(m.registry.online)).toBeVisible();
    expect(within(online).getByText('10/10')).toBeVisible();
    const missing = within(table).getByRole('row', { name: /กมล ยังไม่กรอก/ });
    expect(within(missing).getByText(m.registry.noProfile)).toBeVisible();

    await user.type(screen.getByRole('textbox', { name: m.registry.search }), 'ชมรม');
    await waitFor(() => expect(within(table).getAllByRole('rowheader')).toHaveLength(1));
    expect(within(table).getByText('เกศินี ออนไลน์')).toBeVisible();
  });

  it('adds a profile to an account: Lazada is external, and a place or "online" is needed', async () => {
    const saved: MentorProfile[] = [];
    const { user, callsTo, router } = setup('/mentors', FAKE_SUPERVISOR, {
      'mentors.candidates': () => ({
        ok: true,
        value: [
          { userId: 31, fullName: 'ประภา พี่เลี้ยง', role: 'mentor', hasProfile: false },
          { userId: 21, fullName: 'บุญมี ลาซาด้า', role: 'mentor', hasProfile: true },
        ],
      }),
      'mentors.get': () =>
        saved.length > 0
          ? { ok: true, value: saved[0]! }
          : { ok: false, error: { code: 'NOT_FOUND', reason: 'mentor_not_found' } },
      'mentors.save': (input) => {
        const profile = mentorProfile({ ...input, userId: input.userId, version: 1 });
        saved.push(profile);
        return { ok: true, value: profile };
      },
    });
    await user.click(await screen.findByRole('button', { name: m.registry.addProfile }));
    const dialog = await screen.findByRole('dialog', { name: m.registry.addProfileTitle });
    await user.click(
      await within(dialog).findByRole('combobox', { name: m.registry.addProfileAccount }),
    );
    const option = await screen.findByRole('option', { name: /ประภา พี่เลี้ยง/, hidden: true });
    expect(screen.queryByRole('option', { name: /บุญมี/, hidden: true })).not.toBeInTheDocument();
    await user.click(option);
    await user.click(within(dialog).getByRole('button', { name: m.registry.addProfileGo }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/mentors/31'));

    expect(await screen.findByText(m.profile.newIntro)).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'Lazada' }));
    const external = screen.getByRole('checkbox', { name: m.fields.isExternal });
    expect(external).toBeChecked();
    expect(external).toBeDisabled();
    await user.type(
      screen.getByRole('textbox', { name: label(m.fields.organisationName) }),
      'Lazada Thailand',
    );
    await user.click(screen.getByRole('button', { name: m.profile.save }));
    expect(await screen.findByText(m.formErrors.province_or_online)).toBeVisible();
    expect(callsTo('mentors.save')).toHaveLength(0);

    await user.click(screen.getByRole('checkbox', { name: m.fields.onlineOnly }));
    await user.click(screen.getByRole('button', { name: m.profile.save }));
    await waitFor(() => expect(callsTo('mentors.save')).toHaveLength(1));
    expect(callsTo('mentors.save')[0]).toMatchObject({
      userId: 31,
      expectedVersion: null,
      organisationKind: 'lazada',
      organisationName: 'Lazada Thailand',
      isExternal: true,
      onlineOnly: true,
      languages: ['th'],
      capacity: 10,
    });
    // Saved: the page now shows the profile, as main has it.
    expect(await screen.findByRole('region', { name: m.profile.details })).toBeVisible();
  });

  it('on a conflict reloads the profile and says someone else changed it', async () => {
    let version = 4;
    const { user, callsTo } = setup('/mentors/21', FAKE_SUPERVISOR, {
      'mentors.get': () => ({
        ok: true,
        value: mentorProfile({ version, contact: version > 4 ? 'LINE ใหม่' : 'LINE boonmee' }),
      }),
      'mentors.save': () => {
        version = 5;
        return { ok: false, error: { code: 'CONFLICT' } };
      },
    });
    await user.click(await screen.findByRole('button', { name: m.profile.edit }));
    const contact = screen.getByRole('textbox', { name: m.fields.contact });
    await user.clear(contact);
    await user.type(contact, '081-000-0000');
    await user.click(screen.getByRole('button', { name: m.profile.save }));
    expect(await screen.findByText(m.profile.conflict)).toBeVisible();
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: m.fields.contact })).toHaveValue('LINE ใหม่'),
    );
    expect(callsTo('mentors.save')[0]).toMatchObject({ expectedVersion: 4 });
  });

  it('shows an officer the profile and mentees without "add" or "edit"', async () => {
    setup('/mentors/21', FAKE_OFFICER, {
      'mentors.get': () => ({ ok: true, value: mentorProfile() }),
    });
    const details = await screen.findByRole('region', { name: m.profile.details });
    expect(within(details).getByText('LINE boonmee')).toBeVisible();
    expect(await screen.findByText(m.profile.menteesEmpty)).toBeVisible();
    expect(screen.queryByRole('button', { name: m.profile.edit })).not.toBeInTheDocument();
  });
});
