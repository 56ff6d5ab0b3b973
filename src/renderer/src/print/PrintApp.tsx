import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import { LanguageProvider } from '../app/providers/LanguageProvider';
import { cssVariablesResolver, theme } from '../app/theme';
import type { createPrintRouter } from './print-routes';

interface PrintAppProps {
  /** `createPrintRouter()`, or a memory router over `printRoutes` in tests. */
  router: ReturnType<typeof createPrintRouter>;
  queryClient: QueryClient;
}

/**
 * What a print window mounts instead of the App: the print route and the providers it needs, and
 * no session gate. The window shares the signed-in session of the app (main decides what its
 * calls may do); when nobody is signed in or the app is locked, the view is refused and the page
 * reports the failure to its host, rather than showing a sign-in or lock screen nobody can see.
 */
export function PrintApp({ router, queryClient }: PrintAppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        defaultColorScheme="light"
        env={import.meta.env.MODE === 'test' ? 'test' : 'default'}
      >
        <LanguageProvider>
          <RouterProvider router={router} />
        </LanguageProvider>
      </MantineProvider>
    </QueryClientProvider>
  );
}
