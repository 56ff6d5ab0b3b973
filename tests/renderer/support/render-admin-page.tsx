import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { createQueryClient } from '../../../src/renderer/src/api';
import { LanguageProvider } from '../../../src/renderer/src/app/providers/LanguageProvider';
import {
  SessionContext,
  type SessionContextValue,
} from '../../../src/renderer/src/app/session/session-context';
import { theme } from '../../../src/renderer/src/app/theme';
import type { SessionUserInfo } from '../../../src/shared/domain/accounts';

/** The admin signed in for the admin-screen tests. */
export const SIGNED_IN_ADMIN: SessionUserInfo = {
  id: 1,
  userName: 'admin.kk',
  fullName: 'สมศรี ใจดี',
  position: 'นักพัฒนาสังคมชำนาญการ',
  role: 'admin',
  mustChangePassword: false,
};

/**
 * One admin page as the signed-in shell shows it (theme, language, notifications, a signed-in
 * session), without the shell's session gate: these tests are about the page, not signing in.
 */
export function renderAdminPage(page: ReactNode, user: SessionUserInfo = SIGNED_IN_ADMIN) {
  // The notification store is global: start every test without leftovers from the previous one.
  notifications.clean();
  const session: SessionContextValue = {
    info: { status: 'signed-in', user, agencyName: 'สำนักงาน พม. จังหวัดขอนแก่น', idleLockMinutes: 5 },
    refresh: vi.fn(async () => {}),
    apply: vi.fn(),
  };
  // A cache per test, with the app's own defaults (retries, staleness).
  const queryClient = createQueryClient();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <MantineProvider theme={theme}>
        <Notifications />
        <LanguageProvider>
          <SessionContext.Provider value={session}>
            <MemoryRouter>{page}</MemoryRouter>
          </SessionContext.Provider>
        </LanguageProvider>
      </MantineProvider>
    </QueryClientProvider>,
  );
  return { ...result, session, queryClient, user: userEvent.setup() };
}
