import type { QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { RouterProvider } from 'react-router/dom';
import { HOME_PATH } from './navigation';
import { AppProviders } from './providers/AppProviders';
import type { AppRouter } from './router';
import { SessionProvider } from './session/SessionProvider';

interface AppProps {
  /** Passed in so that tests can use an in-memory router. */
  router: AppRouter;
  queryClient: QueryClient;
}

/**
 * The whole renderer. The router lives only inside the session gate: nothing of the signed-in app
 * is mounted while locked or signed out.
 */
export function App({ router, queryClient }: AppProps) {
  // The next person to sign in starts on the home page, not on the page the last one left open.
  const goHome = useCallback(() => void router.navigate(HOME_PATH, { replace: true }), [router]);
  return (
    <AppProviders queryClient={queryClient}>
      <SessionProvider onSignedOut={goHome}>
        <RouterProvider router={router} />
      </SessionProvider>
    </AppProviders>
  );
}
