import type { RouteObject } from 'react-router';
import { CHANGE_PASSWORD_PATH } from '../../app/layout/UserMenu';

/**
 * The signed-in pages of the auth feature. Sign-in, lock and setup are no routes: the session
 * gate shows them in place of the whole app.
 */
export const authRoutes: RouteObject[] = [
  {
    path: CHANGE_PASSWORD_PATH.slice(1),
    lazy: async () => ({
      Component: (await import('./password/ChangePasswordPage')).ChangePasswordPage,
    }),
  },
];
