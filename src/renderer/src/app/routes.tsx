import type { RouteObject } from 'react-router';
import { StartupScreen } from '../components/StartupScreen';
import { aboutRoutes } from '../features/about/about-routes';
import { accountsRoutes } from '../features/accounts/accounts-routes';
import { auditRoutes } from '../features/audit/audit-routes';
import { authRoutes } from '../features/auth/auth-routes';
import { casesRoutes } from '../features/cases/cases-routes';
import { documentsRoutes } from '../features/documents/documents-routes';
import { certificatesRoutes } from '../features/certificates/certificates-routes';
import { intakeRoutes } from '../features/intake/intake-routes';
import { letterheadRoutes } from '../features/letterhead/letterhead-routes';
import { mentorsRoutes } from '../features/mentors/mentors-routes';
import { mentoringRoutes } from '../features/mentoring/mentoring-routes';
import { referralsRoutes } from '../features/referrals/referrals-routes';
import { settingsRoutes } from '../features/settings/settings-routes';
import { dashboardRoutes } from '../features/dashboard/dashboard-routes';
import { reportsRoutes } from '../features/reports/reports-routes';
import { importsRoutes } from '../features/imports/imports-routes';
import { backupRoutes } from '../features/backup/backup-routes';
import { restoreRoutes } from '../features/restore/restore-routes';
import { pdpaRoutes } from '../features/pdpa/pdpa-routes';
import { NotFoundPage } from './errors/NotFoundPage';
import { RouteErrorPage } from './errors/RouteErrorPage';
import { HomeRedirect } from './HomeRedirect';
import { AppLayout } from './layout/AppLayout';

/**
 * The app's pages: one line per feature, each feature's pages loaded when first opened. Routes
 * outside the layout go beside the layout route, not inside it. The print route
 * (`#/print/<ticket>`) is not here at all: a print window mounts PrintApp with its own router
 * (src/renderer/src/print/print-routes.tsx), with no header, menu or session gate.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    // While the first page's code loads (a fraction of a second, once per start).
    HydrateFallback: StartupScreen,
    children: [
      {
        // A page that fails keeps the header and menu around its error, so the clerk can leave.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomeRedirect /> },
          ...aboutRoutes,
          ...accountsRoutes,
          ...settingsRoutes,
          ...letterheadRoutes,
          ...auditRoutes,
          ...intakeRoutes,
          ...authRoutes,
          ...casesRoutes,
          ...mentorsRoutes,
          ...mentoringRoutes,
          ...documentsRoutes,
          ...certificatesRoutes,
          ...referralsRoutes,
          ...dashboardRoutes,
          ...reportsRoutes,
          ...importsRoutes,
          ...backupRoutes,
          ...restoreRoutes,
          ...pdpaRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
