import type { Page } from '@playwright/test';
import type { IntakeInput } from '../../src/shared/domain/cases';
import { intakeInput, type PersonOverrides } from '../support/intake-fixtures';

/**
 * Calls the core through the page's own `window.kaona`, as the renderer does, for the parts of a
 * story that other specs already walk through on screen (accounts, intake): seeding them here keeps
 * a story about something else fast. Throws with the core's answer when a call is refused.
 */
export async function callCore<T = unknown>(page: Page, method: string, input: unknown = {}) {
  const result = await page.evaluate(
    async ({ method, input }) => {
      const [namespace, name] = method.split('.') as [string, string];
      type Call = (input?: unknown) => Promise<{ ok: boolean; value?: unknown }>;
      const { kaona } = globalThis as unknown as { kaona: Record<string, Record<string, Call>> };
      return kaona[namespace]![name]!(input);
    },
    { method, input },
  );
  if (!result.ok) throw new Error(`${method} refused: ${JSON.stringify(result)}`);
  return result.value as T;
}

export interface SeedAccount {
  fullName: string;
  userName: string;
  position: string;
  role: 'admin' | 'supervisor' | 'officer' | 'mentor';
  temporary: string;
  password: string;
}

/** The admin (signed in) adds the accounts; each then sets their own password once. */
export async function seedAccounts(page: Page, accounts: SeedAccount[]): Promise<void> {
  for (const account of accounts) {
    await callCore(page, 'accounts.create', {
      userName: account.userName,
      fullName: account.fullName,
      position: account.position,
      role: account.role,
      temporaryPassword: account.temporary,
    });
  }
}

/** First sign-in of an account made by the admin: the temporary password, then its own. */
export async function firstSignInThroughApi(page: Page, account: SeedAccount): Promise<void> {
  await callCore(page, 'session.signIn', {
    userName: account.userName,
    password: account.temporary,
  });
  await callCore(page, 'session.changePassword', {
    currentPassword: account.temporary,
    newPassword: account.password,
  });
}

export interface SeedPerson extends PersonOverrides {
  /** Consents granted besides the programme (photos and referral are refused). */
  shareLazada: boolean;
  business: Partial<IntakeInput['business']>;
  monthlyIncomeSatang: number;
}

/** A case registered through the real intake call (the wizard is walked in cases.spec.ts). */
export async function seedCase(page: Page, person: SeedPerson): Promise<number> {
  const base = intakeInput(person);
  const intake: IntakeInput = {
    ...base,
    baseline: { ...base.baseline, monthlyIncomeSatang: person.monthlyIncomeSatang },
    business: { ...base.business, ...person.business },
    consents: {
      ...base.consents,
      choices: base.consents.choices.map(({ purpose }) => ({
        purpose,
        granted:
          purpose === 'programme' ||
          purpose === 'share_volunteers' ||
          (purpose === 'share_lazada' && person.shareLazada),
      })),
    },
  };
  const saved = await callCore<{ caseId: number }>(page, 'cases.create', {
    intake,
    reviewedDuplicates: [],
  });
  return saved.caseId;
}
