import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { cssVariablesResolver, theme } from '../theme';
import { LanguageProvider } from './LanguageProvider';

interface AppProvidersProps {
  /** The cache of what main answered (`createQueryClient`); passed in so tests can look inside. */
  queryClient: QueryClient;
  children: ReactNode;
}

export function AppProviders({ queryClient, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        defaultColorScheme="light"
        // Under vitest (jsdom, where every element measures 0×0) Mantine's popovers would decide
        // their anchor is scrolled out of view and hide menus now and then; its test mode turns
        // that, transitions and portals off. The built app is never in this mode.
        env={import.meta.env.MODE === 'test' ? 'test' : 'default'}
      >
        {/* Short confirmations ("account added"); failures stay on screen as alerts instead. Bottom
            right, so that they never cover the header's lock and sign-out controls. */}
        <Notifications position="bottom-right" />
        <LanguageProvider>{children}</LanguageProvider>
      </MantineProvider>
    </QueryClientProvider>
  );
}
