import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { BackupReminder } from '../../features/backup/BackupReminder';
import { VaultNotices } from '../../features/vault/VaultNotices';
import { AppHeader } from './AppHeader';
import { AppNavigation } from './AppNavigation';
import { LanguageSaveAlert } from './LanguageSaveAlert';

export function AppLayout() {
  const { t } = useTranslation();
  // The column folds away only in a narrow window; on a normal office screen it is always there.
  const [navOpened, { toggle, close }] = useDisclosure(false);
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="lg"
    >
      <AppShell.Header>
        <AppHeader navOpened={navOpened} onToggleNav={toggle} />
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
        <AppNavigation onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <LanguageSaveAlert />
        <VaultNotices />
        <BackupReminder />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
