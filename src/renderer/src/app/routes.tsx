import type { RouteObject } from 'react-router';
import { StartupScreen } from '../components/StartupScreen';
import { aboutRoutes } from '../features/about/about-routes';
import { accountsRoutes } from '../features/accounts/accounts-routes';
import { auditRoutes } from '../features/audit/audit-routes';
import { authRoutes } from '../features/auth/auth-routes';
import { casesRoutes } from '../features/cases/cases-routes';
import { intakeRoutes } from '../features/intake/intake-routes';
import { mentorsRoutes } from '../features/mentors/mentors-routes';
import { mentoringRoutes } from '../features/mentoring/mentoring-routes';
import { referralsRoutes } from '../features/referrals/referrals-routes';
import { settingsRoutes } from '../features/settings/settings-routes';
import { NotFoundPage } from './errors/NotFoundPage';
import { RouteErrorPage } from './errors/RouteErrorPage';
import { HomeRedirect } from './HomeRedirect';
import { AppLayout } from './layout/AppLayout';

/**
 * The app's pages: one line per feature, each feature's pages loaded when first opened. Routes
 * outside the layout (the print templates, `#/print/<kind>/<id>`) go beside the layout route, not
 * inside it, so that a printed page has no header or menu.
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
          ...auditRoutes,
          ...intakeRoutes,
          ...authRoutes,
          ...casesRoutes,
          ...mentorsRoutes,
          ...mentoringRoutes,
          ...referralsRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
