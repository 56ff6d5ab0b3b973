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
import { MentorPage } from '../../../src/renderer/src/features/mentors/profile/MentorPage';
import { MentorsPage } from '../../../src/renderer/src/features/mentors/registry/MentorsPage';
import type { SessionUserInfo } from '../../../src/shared/domain/accounts';

/** The registry and a mentor's page at `path`, as routes (so "add profile" can navigate). */
export function renderMentorsPage(path: string, user: SessionUserInfo) {
  notifications.clean();
  const session: SessionContextValue = {
    info: { status: 'signed-in', user, agencyName: 'สำนักงาน พม. จังหวัดขอนแก่น', idleLockMinutes: 5 },
    refresh: vi.fn(async () => {}),
    apply: vi.fn(),
  };
  const router = createMemoryRouter(
    [
      { path: '/mentors', element: <MentorsPage /> },
      { path: '/mentors/:userId', element: <MentorPage /> },
    ],
    { initialEntries: [path] },
  );
  const result = render(
    <QueryClientProvider client={createQueryClient()}>
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
  return { ...result, router, user: userEvent.setup() };
}
