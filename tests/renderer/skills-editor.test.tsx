import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SkillsSection } from '../../src/renderer/src/features/mentors/skills/SkillsSection';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import type { Skill } from '../../src/shared/domain/mentoring';
import { installFakeKaona } from './support/fake-kaona';
import { SAMPLE_SKILLS } from './support/fake-mentors';
import { FAKE_OFFICER, signedInAs } from './support/fake-session';
import { renderAdminPage } from './support/render-admin-page';
import { sessionUser } from './support/render-cases-page';
import { label } from './support/text';

const { th } = catalogues;
const s = th.mentors.skills;

function setup() {
  let skills: Skill[] = SAMPLE_SKILLS.slice(0, 3);
  const fake = installFakeKaona({
    handlers: {
      'mentors.skills': () => ({ ok: true, value: skills }),
      'mentors.saveSkill': (input) => {
        if (input.code === 'shop_setup' && !skills.some((skill) => skill.code === input.code))
          return { ok: false, error: { code: 'CONFLICT', reason: 'skill_code_taken' } };
        const others = skills.filter((skill) => skill.code !== input.code);
        const usedBy = skills.find((skill) => skill.code === input.code)?.usedBy ?? 0;
        skills = [...others, { ...input, usedBy }];
        return { ok: true, value: skills };
      },
    },
  });
  const rendered = renderAdminPage(<SkillsSection />);
  const saves = () =>
    fake.calls.filter((call) => call.channel === 'mentors.saveSkill').map((call) => call.input);
  return { ...rendered, saves };
}

describe('the skills editor', () => {
  it('lists the skills in order, in Thai and English, with how many use each', async () => {
    setup();
    const table = await screen.findByRole('table', { name: s.tableLabel });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'การถ่ายภาพสินค้า',
      'การลงสินค้าและตั้งราคา',
      'บรรจุภัณฑ์และการขนส่ง',
    ]);
    expect(within(rows[0]!).getByText('Product photography')).toBeVisible();
    expect(within(rows[0]!).getByText('3')).toBeVisible();
  });

  it('adds a skill with a code, refusing a malformed or taken one', async () => {
    const { user, saves } = setup();
    await user.click(await screen.findByRole('button', { name: s.add }));
    const dialog = await screen.findByRole('dialog', { name: s.addTitle });
    const code = within(dialog).getByRole('textbox', { name: label(s.code) });
    await user.type(code, 'Live Selling');
    await user.type(within(dialog).getByRole('textbox', { name: label(s.labelTh) }), 'ไลฟ์ขายของ');
    await user.type(
      within(dialog).getByRole('textbox', { name: label(s.labelEn) }),
      'Live selling',
    );
    await user.click(within(dialog).getByRole('button', { name: s.save }));
    expect(await within(dialog).findByText(th.mentors.formErrors.skill_code_format)).toBeVisible();
    expect(saves()).toHaveLength(0);

    await user.clear(code);
    await user.type(code, 'shop_setup');
    await user.click(within(dialog).getByRole('button', { name: s.save }));
    expect(await within(dialog).findByText(th.mentors.reasons.skill_code_taken)).toBeVisible();

    await user.clear(code);
    await user.type(code, 'live_selling');
    await user.click(within(dialog).getByRole('button', { name: s.save }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(saves().at(-1)).toEqual({
      code: 'live_selling',
      labelTh: 'ไลฟ์ขายของ',
      labelEn: 'Live selling',
      active: true,
      sortOrder: 40,
    });
    expect(await screen.findByText('ไลฟ์ขายของ')).toBeVisible();
  });

  it('renames a skill without changing its code, and retires one in use', async () => {
    const { user, saves } = setup();
    await user.click(await screen.findByRole('button', { name: `${s.edit} การถ่ายภาพสินค้า` }));
    const dialog = await screen.findByRole('dialog', { name: /product_photography/ });
    expect(within(dialog).getByRole('textbox', { name: label(s.code) })).toHaveAttribute(
      'readonly',
    );
    const thai = within(dialog).getByRole('textbox', { name: label(s.labelTh) });
    await user.clear(thai);
    await user.type(thai, 'ถ่ายรูปสินค้า');
    await user.click(within(dialog).getByRole('button', { name: s.save }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(saves().at(-1)).toMatchObject({ code: 'product_photography', labelTh: 'ถ่ายรูปสินค้า' });

    await user.click(await screen.findByRole('button', { name: `${s.retire} ถ่ายรูปสินค้า` }));
    await waitFor(() =>
      expect(saves().at(-1)).toMatchObject({ code: 'product_photography', active: false }),
    );
    expect(await screen.findByRole('button', { name: `${s.restore} ถ่ายรูปสินค้า` })).toBeVisible();
    expect(screen.getByText(s.retired)).toBeVisible();
  });

  it('is not shown to a role that may not change settings', () => {
    installFakeKaona({ session: { info: signedInAs(FAKE_OFFICER) } });
    renderAdminPage(<SkillsSection />, sessionUser(FAKE_OFFICER));
    expect(screen.queryByText(s.title)).not.toBeInTheDocument();
  });
});
