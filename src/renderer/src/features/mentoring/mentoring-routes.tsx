import type { RouteObject } from 'react-router';

/** The mentor's workspace, a mentee, the conflicts to pick, and the reminders. */
export const mentoringRoutes: RouteObject[] = [
  {
    path: 'workspace',
    lazy: async () => ({ Component: (await import('./WorkspacePage')).WorkspacePage }),
  },
  {
    path: 'workspace/cases/:caseId',
    lazy: async () => ({ Component: (await import('./MenteePage')).MenteePage }),
  },
  {
    path: 'workspace/conflicts',
    lazy: async () => ({ Component: (await import('./ConflictsPage')).ConflictsPage }),
  },
  {
    path: 'reminders',
    lazy: async () => ({ Component: (await import('./RemindersPage')).RemindersPage }),
  },
];
