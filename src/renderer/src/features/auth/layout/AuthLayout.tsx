import { Box, Center, Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../app/layout/LanguageSwitch';

interface AuthLayoutProps {
  children: ReactNode;
  /** Width of the card: narrow for a password, wider for the setup wizard. */
  width?: number;
  /** The setup wizard has its own language field, so it hides the switch here. */
  withLanguageSwitch?: boolean;
}

/**
 * The frame of every screen outside the signed-in app (setup, sign-in, lock…): the app name and
 * the language switch on top, one card in the middle. Nothing of the office's data is shown.
 */
export function AuthLayout({ children, width = 440, withLanguageSwitch = true }: AuthLayoutProps) {
  const { t } = useTranslation(['auth', 'shell']);
  return (
    <Box mih="100vh" bg="gray.0">
      <Group component="header" h={60} px="lg" justify="space-between" wrap="nowrap">
        <Text component="span" fw={700} size="lg" c="indigo.8">
          {t('shell:app.name')}
        </Text>
        {withLanguageSwitch && <LanguageSwitch />}
      </Group>
      <Center component="main" px="md" pt="md" pb="xl">
        <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={width}>
          {children}
        </Paper>
      </Center>
    </Box>
  );
}
