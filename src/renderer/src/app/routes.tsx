import { Navigate, type RouteObject } from 'react-router';
import { AboutPage } from '../features/about/AboutPage';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { ChangePasswordPage } from '../features/auth/password/ChangePasswordPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { NotFoundPage } from './errors/NotFoundPage';
import { RouteErrorPage } from './errors/RouteErrorPage';
import { AppLayout } from './layout/AppLayout';
import { HOME_PATH } from './navigation';

/**
 * The app's pages. Routes outside the layout (the print templates, `#/print/<kind>/<id>`) go
 * beside the layout route, not inside it, so that a printed page has no header or menu.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        // A page that fails keeps the header and menu around its error, so the clerk can leave.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <Navigate to={HOME_PATH} replace /> },
          { path: 'about', element: <AboutPage /> },
          { path: 'accounts', element: <AccountsPage /> },
          { path: 'settings', element: <SettingsPage /> },
          { path: 'audit', element: <AuditPage /> },
          { path: 'account/password', element: <ChangePasswordPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
