import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { cssVariablesResolver, theme } from '../theme';
import { LanguageProvider } from './LanguageProvider';

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      {/* Short confirmations ("account added"); failures stay on screen as alerts instead. Bottom
          right, so that they never cover the header's lock and sign-out controls. */}
      <Notifications position="bottom-right" />
      <LanguageProvider>{children}</LanguageProvider>
    </MantineProvider>
  );
}
