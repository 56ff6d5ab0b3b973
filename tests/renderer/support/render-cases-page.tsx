import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { createQueryClient } from '../../../src/renderer/src/api';
import { LanguageProvider } from '../../../src/renderer/src/app/providers/LanguageProvider';
import {
  SessionContext,
  type SessionContextValue,
} from '../../../src/renderer/src/app/session/session-context';
import { theme } from '../../../src/renderer/src/app/theme';
import { CaseListPage } from '../../../src/renderer/src/features/cases/CaseListPage';
import { CasePage } from '../../../src/renderer/src/features/cases/CasePage';
import type { SessionUserInfo } from '../../../src/shared/domain/accounts';
import { FAKE_OFFICER, type FakePerson } from './fake-session';

/** A fake person as the session shows them (without the password). */
export function sessionUser({ password: _password, ...user }: FakePerson): SessionUserInfo {
  return user;
}

const OFFICER = sessionUser(FAKE_OFFICER);

/**
 * The case pages at `path` as the signed-in shell shows them, with the list and the case file as
 * routes (so that links between them and the address's search params work).
 */
export function renderCasesPage(path: string, user: SessionUserInfo = OFFICER) {
  notifications.clean();
  const session: SessionContextValue = {
    info: { status: 'signed-in', user, agencyName: 'สำนักงาน พม. จังหวัดขอนแก่น', idleLockMinutes: 5 },
    refresh: vi.fn(async () => {}),
    apply: vi.fn(),
  };
  const router = createMemoryRouter(
    [
      { path: '/cases', element: <CaseListPage /> },
      { path: '/cases/:caseId', element: <CasePage /> },
    ],
    { initialEntries: [path] },
  );
  const queryClient = createQueryClient();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <MantineProvider theme={theme}>
        <Notifications />
        <LanguageProvider>
          <SessionContext.Provider value={session}>
            <RouterProvider router={router} />
          </SessionContext.Provider>
        </LanguageProvider>
      </MantineProvider>
    </QueryClientProvider>,
  );
  return { ...result, router, queryClient, user: userEvent.setup() };
}
