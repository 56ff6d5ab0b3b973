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
import { CasePage } from '../../../src/renderer/src/features/cases/CasePage';
import { ConflictsPage } from '../../../src/renderer/src/features/mentoring/ConflictsPage';
import { MenteePage } from '../../../src/renderer/src/features/mentoring/MenteePage';
import { RemindersPage } from '../../../src/renderer/src/features/mentoring/RemindersPage';
import { WorkspacePage } from '../../../src/renderer/src/features/mentoring/WorkspacePage';
import type { SessionUserInfo } from '../../../src/shared/domain/accounts';

/** The mentoring pages (and the office case page, for its progress tab) at `path`. */
export function renderMentoringPage(path: string, user: SessionUserInfo) {
  notifications.clean();
  const session: SessionContextValue = {
    info: { status: 'signed-in', user, agencyName: 'สำนักงาน พม. จังหวัดขอนแก่น', idleLockMinutes: 5 },
    refresh: vi.fn(async () => {}),
    apply: vi.fn(),
  };
  const router = createMemoryRouter(
    [
      { path: '/workspace', element: <WorkspacePage /> },
      { path: '/workspace/cases/:caseId', element: <MenteePage /> },
      { path: '/workspace/conflicts', element: <ConflictsPage /> },
      { path: '/reminders', element: <RemindersPage /> },
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
