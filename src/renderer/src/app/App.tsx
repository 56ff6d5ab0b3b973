import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './providers/AppProviders';
import type { AppRouter } from './router';

/** The whole renderer. The router is passed in so that tests can use an in-memory one. */
export function App({ router }: { router: AppRouter }) {
  return (
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
