import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorMessage, KaonaApiError } from '../../src/renderer/src/api';
import { AccountsPage } from '../../src/renderer/src/features/accounts/AccountsPage';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import { createI18n } from '../../src/renderer/src/i18n/create-i18n';
import { fakeAccountHandlers } from './support/fake-accounts';
import { installFakeKaona } from './support/fake-kaona';
import { renderAdminPage } from './support/render-admin-page';
import { fill, label } from './support/text';

const { th } = catalogues;
const STRONG_PASSWORD = 'Mekong-sunrise-ladder-72';

function callsTo(fake: ReturnType<typeof installFakeKaona>, channel: string) {
  return fake.calls.filter((call) => call.channel === channel);
}

async function openPage() {
  const fake = installFakeKaona({ handlers: fakeAccountHandlers() });
  const rendered = renderAdminPage(<AccountsPage />);
  const table = await screen.findByRole('table', { name: th.accounts.tableLabel });
  return { fake, table, ...rendered };
}

async function openMenuAction(
  user: ReturnType<typeof renderAdminPage>['user'],
  fullName: string,
  item: string,
) {
  await user.click(
    screen.getByRole('button', { name: fill(th.accounts.menu.label, { name: fullName }) }),
  );
  await user.click(await screen.findByRole('menuitem', { name: item }));
}

describe('the accounts page', () => {
  it('lists the accounts in Thai order with Thai role labels, status and Buddhist-era sign-in times', async () => {
    const { table } = await openPage();
    const rows = within(table).getAllByRole('row').slice(1);
    // Intl.Collator('th') files เกษม under ก; code-point order would put it after ส.
    expect(rows.map((row) => within(row).getAllByRole('rowheader')[0]?.textContent)).toEqual([
      'เกษม สุขใจ',
      'บุญมี ลาซาด้า',
      'สมศรี ใจดี' + th.accounts.you,
      'อรุณ มีสุข',
    ]);

    const [kasem, boonmee, somsri, arun] = rows as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    expect(within(kasem).getByText('kasem.s')).toBeInTheDocument();
    expect(within(kasem).getByText(th.auth.roles.officer)).toBeInTheDocument();
    expect(within(kasem).getByText('เจ้าพนักงานธุรการ')).toBeInTheDocument();
    expect(within(kasem).getByText(th.accounts.status.active)).toBeInTheDocument();
    expect(within(kasem).getByText('13 มี.ค. 2569 17:30')).toBeInTheDocument();

    expect(within(somsri).getByText(th.auth.roles.admin)).toBeInTheDocument();
    expect(within(somsri).getByText('14 มี.ค. 2569 09:05')).toBeInTheDocument();

    expect(within(boonmee).getByText(th.auth.roles.mentor)).toBeInTheDocument();
    expect(within(boonmee).getByText(th.accounts.status.disabled)).toBeInTheDocument();
    expect(within(boonmee).getByText(th.accounts.neverSignedIn)).toBeInTheDocument();

    expect(within(arun).getByText(th.auth.roles.supervisor)).toBeInTheDocument();
    expect(within(arun).getByText(th.accounts.mustChangePassword)).toBeInTheDocument();
    // No CE year anywhere in the table.
    expect(table.textContent).not.toMatch(/2026/);
  });

  it('speaks English when that is the chosen language, still in the Buddhist era', async () => {
    installFakeKaona({ preferences: { language: 'en' }, handlers: fakeAccountHandlers() });
    renderAdminPage(<AccountsPage />);
    const table = await screen.findByRole('table', { name: catalogues.en.accounts.tableLabel });
    const somsri = within(table).getByRole('row', { name: /สมศรี ใจดี/ });
    expect(within(somsri).getByText(catalogues.en.auth.roles.admin)).toBeInTheDocument();
    expect(within(somsri).getByText('14 Mar 2569 BE, 09:05')).toBeInTheDocument();
  });

  it('refuses a bad user name and mismatched passwords without calling main', async () => {
    const { fake, user } = await openPage();
    await user.click(screen.getByRole('button', { name: th.accounts.add }));
    const dialog = await screen.findByRole('dialog', { name: th.accounts.create.title });

    await user.type(within(dialog).getByLabelText(label(th.accounts.fields.userName)), 'สมชาย');
    await user.type(within(dialog).getByLabelText(label(th.accounts.fields.fullName)), 'สมชาย ขยัน');
    await user.type(
      within(dialog).getByLabelText(label(th.accounts.fields.temporaryPassword)),
      STRONG_PASSWORD,
    );
    await user.type(
      within(dialog).getByLabelText(label(th.accounts.fields.confirmPassword)),
      `${STRONG_PASSWORD}x`,
    );
    await user.click(within(dialog).getByRole('button', { name: th.accounts.create.submit }));

    expect(
      await within(dialog).findByText(th.shell.formErrors.user_name_format),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(th.shell.formErrors.password_mismatch)).toBeInTheDocument();
    expect(
      within(dialog).getByLabelText(label(th.accounts.fields.confirmPassword)),
    ).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByLabelText(label(th.accounts.fields.userName))).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(callsTo(fake, 'accounts.create')).toEqual([]);
  });

  it('sends the new account to main, without the second password box, and shows it in the list', async () => {
    const { fake, user } = await openPage();
    await user.click(screen.getByRole('button', { name: th.accounts.add }));
    const dialog = await screen.findByRole('dialog', { name: th.accounts.create.title });
    expect(within(dialog).getByText(th.accounts.create.firstSignIn)).toBeInTheDocument();

    await user.type(
      within(dialog).getByLabelText(label(th.accounts.fields.userName)),
      ' Somchai.K ',
    );
    await user.type(within(dialog).getByLabelText(label(th.accounts.fields.fullName)), 'สมชาย ขยัน');
    await user.type(
      within(dialog).getByLabelText(label(th.accounts.fields.position)),
      'นักพัฒนาสังคมปฏิบัติการ',
    );
    await user.click(within(dialog).getByRole('radio', { name: th.auth.roles.supervisor }));
    await user.type(
      within(dialog).getByLabelText(label(th.accounts.fields.temporaryPassword)),
      STRONG_PASSWORD,
    );
    await user.type(
      within(dialog).getByLabelText(label(th.accounts.fields.confirmPassword)),
      STRONG_PASSWORD,
    );
    await user.click(within(dialog).getByRole('button', { name: th.accounts.create.submit }));

    expect(
      await screen.findByText(fill(th.accounts.create.done, { userName: 'somchai.k' })),
    ).toBeInTheDocument();
    expect(callsTo(fake, 'accounts.create').map((call) => call.input)).toEqual([
      {
        userName: 'somchai.k',
        fullName: 'สมชาย ขยัน',
        position: 'นักพัฒนาสังคมปฏิบัติการ',
        role: 'supervisor',
        temporaryPassword: STRONG_PASSWORD,
      },
    ]);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('row', { name: /สมชาย ขยัน/ })).toBeInTheDocument();
    expect(callsTo(fake, 'accounts.list')).toHaveLength(2);
  });

  it('shows main refusing a taken user name under the user name field', async () => {
    const fake = installFakeKaona({
      handlers: {
        ...fakeAccountHandlers(),
        'accounts.create': () => ({
          ok: false,
          error: { code: 'CONFLICT', reason: 'user_name_taken' },
        }),
      },
    });
    const { user } = renderAdminPage(<AccountsPage />);
    await user.click(await screen.findByRole('button', { name: th.accounts.add }));
    const dialog = await screen.findByRole('dialog', { name: th.accounts.create.title });
    await user.type(within(dialog).getByLabelText(label(th.accounts.fields.userName)), 'kasem.s');
    await user.type(within(dialog).getByLabelText(label(th.accounts.fields.fullName)), 'เกษม อีกคน');
    await user.type(
      within(dialog).getByLabelText(label(th.accounts.fields.temporaryPassword)),
      STRONG_PASSWORD,
    );
    await user.type(
      within(dialog).getByLabelText(label(th.accounts.fields.confirmPassword)),
      STRONG_PASSWORD,
    );
    await user.click(within(dialog).getByRole('button', { name: th.accounts.create.submit }));

    expect(
      await within(dialog).findByText(th.accounts.reasons.user_name_taken),
    ).toBeInTheDocument();
    expect(callsTo(fake, 'accounts.create')).toHaveLength(1);
  });

  it('asks before removing an account, explains what removal means, then calls accounts.remove', async () => {
    const { fake, user } = await openPage();
    await openMenuAction(user, 'เกษม สุขใจ', th.accounts.menu.remove);

    const dialog = await screen.findByRole('dialog', {
      name: fill(th.accounts.remove.title, { name: 'เกษม สุขใจ' }),
    });
    expect(
      within(dialog).getByText(fill(th.accounts.remove.noSignIn, { name: 'เกษม สุขใจ' })),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(th.accounts.remove.keyChanged)).toBeInTheDocument();
    expect(within(dialog).getByText(th.accounts.remove.auditKept)).toBeInTheDocument();
    expect(callsTo(fake, 'accounts.remove')).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: th.accounts.remove.submit }));
    expect(
      await screen.findByText(fill(th.accounts.remove.done, { userName: 'kasem.s' })),
    ).toBeInTheDocument();
    expect(callsTo(fake, 'accounts.remove').map((call) => call.input)).toEqual([{ userId: 2 }]);
    await waitFor(() =>
      expect(screen.queryByRole('row', { name: /เกษม สุขใจ/ })).not.toBeInTheDocument(),
    );
  });

  it('cancelling the removal calls nothing', async () => {
    const { fake, user } = await openPage();
    await openMenuAction(user, 'เกษม สุขใจ', th.accounts.menu.remove);
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: th.shell.forms.cancel }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(callsTo(fake, 'accounts.remove')).toEqual([]);
  });

  it("shows main's last_admin refusal in the dialog", async () => {
    installFakeKaona({
      handlers: {
        ...fakeAccountHandlers(),
        'accounts.disable': () => ({
          ok: false,
          error: { code: 'CONFLICT', reason: 'last_admin' },
        }),
      },
    });
    const { user } = renderAdminPage(<AccountsPage />);
    await screen.findByRole('table', { name: th.accounts.tableLabel });
    await openMenuAction(user, 'อรุณ มีสุข', th.accounts.menu.disable);
    const dialog = await screen.findByRole('dialog', {
      name: fill(th.accounts.disable.title, { name: 'อรุณ มีสุข' }),
    });
    await user.click(within(dialog).getByRole('button', { name: th.accounts.disable.submit }));

    const expected = errorMessage(
      new KaonaApiError({ code: 'CONFLICT', reason: 'last_admin' }),
      createI18n('th').t,
    );
    expect(expected).toBe(th.accounts.reasons.last_admin);
    expect(await within(dialog).findByText(expected)).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('offers only "edit" on the signed-in admin’s own row, and no role change there', async () => {
    const { fake, user } = await openPage();
    await user.click(
      screen.getByRole('button', { name: fill(th.accounts.menu.label, { name: 'สมศรี ใจดี' }) }),
    );
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual([th.accounts.menu.edit]);

    await user.click(items[0]!);
    const dialog = await screen.findByRole('dialog', {
      name: fill(th.accounts.edit.title, { name: 'สมศรี ใจดี' }),
    });
    expect(within(dialog).getByRole('radio', { name: th.auth.roles.admin })).toBeDisabled();
    expect(within(dialog).getByText(th.accounts.fields.ownRole)).toBeInTheDocument();
    const position = within(dialog).getByLabelText(label(th.accounts.fields.position));
    await user.clear(position);
    await user.type(position, 'นักพัฒนาสังคมชำนาญการพิเศษ');
    await user.click(within(dialog).getByRole('button', { name: th.accounts.edit.submit }));

    await screen.findByText(fill(th.accounts.edit.done, { userName: 'admin.kk' }));
    expect(callsTo(fake, 'accounts.update').map((call) => call.input)).toEqual([
      { userId: 1, fullName: 'สมศรี ใจดี', position: 'นักพัฒนาสังคมชำนาญการพิเศษ' },
    ]);
  });

  it('changes the role of another account', async () => {
    const { fake, user } = await openPage();
    await openMenuAction(user, 'เกษม สุขใจ', th.accounts.menu.edit);
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: th.auth.roles.supervisor }));
    await user.click(within(dialog).getByRole('button', { name: th.accounts.edit.submit }));
    await screen.findByText(fill(th.accounts.edit.done, { userName: 'kasem.s' }));
    expect(callsTo(fake, 'accounts.update').map((call) => call.input)).toEqual([
      { userId: 2, fullName: 'เกษม สุขใจ', position: 'เจ้าพนักงานธุรการ', role: 'supervisor' },
    ]);
  });

  it('re-enables a disabled account with a new temporary password and says why one is needed', async () => {
    const { fake, user } = await openPage();
    await user.click(
      screen.getByRole('button', { name: fill(th.accounts.menu.label, { name: 'บุญมี ลาซาด้า' }) }),
    );
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual([
      th.accounts.menu.edit,
      th.accounts.menu.enable,
      th.accounts.menu.remove,
    ]);
    await user.click(items[1]!);

    const dialog = await screen.findByRole('dialog', {
      name: fill(th.accounts.enable.title, { name: 'บุญมี ลาซาด้า' }),
    });
    expect(within(dialog).getByText(th.accounts.enable.why)).toBeInTheDocument();
    await user.type(
      within(dialog).getByLabelText(label(th.accounts.fields.temporaryPassword)),
      STRONG_PASSWORD,
    );
    await user.type(
      within(dialog).getByLabelText(label(th.accounts.fields.confirmPassword)),
      STRONG_PASSWORD,
    );
    await user.click(within(dialog).getByRole('button', { name: th.accounts.enable.submit }));

    await screen.findByText(fill(th.accounts.enable.done, { userName: 'boonmee.l' }));
    expect(callsTo(fake, 'accounts.enable').map((call) => call.input)).toEqual([
      { userId: 4, temporaryPassword: STRONG_PASSWORD },
    ]);
  });

  it('refuses a weak temporary password before calling main', async () => {
    const { fake, user } = await openPage();
    await openMenuAction(user, 'เกษม สุขใจ', th.accounts.menu.resetPassword);
    const dialog = await screen.findByRole('dialog');
    await user.type(
      within(dialog).getByLabelText(label(th.accounts.fields.temporaryPassword)),
      'password123',
    );
    await user.type(
      within(dialog).getByLabelText(label(th.accounts.fields.confirmPassword)),
      'password123',
    );
    await user.click(
      within(dialog).getByRole('button', { name: th.accounts.resetPassword.submit }),
    );
    expect(await within(dialog).findByText(th.shell.reasons.password_weak)).toBeInTheDocument();
    expect(callsTo(fake, 'accounts.resetPassword')).toEqual([]);
  });
});
