import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { theme } from '../theme';
import { LanguageProvider } from './LanguageProvider';

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <LanguageProvider>{children}</LanguageProvider>
    </MantineProvider>
  );
}
