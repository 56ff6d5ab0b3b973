import { Badge, Burger, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ReminderBadge } from '../../features/mentoring/ReminderBadge';
import { isMentorOnly } from '../../../../shared/domain/accounts';
import { useSession } from '../session/session-context';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

interface AppHeaderProps {
  navOpened: boolean;
  onToggleNav: () => void;
}

export function AppHeader({ navOpened, onToggleNav }: AppHeaderProps) {
  const { t } = useTranslation(['shell', 'mentoring']);
  const { info } = useSession();
  const agencyName = info.status === 'signed-in' ? info.agencyName : '';
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={t('nav.toggle')}
        />
        <Text component="span" fw={700} size="lg" c="indigo.8" style={{ whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </Text>
        {agencyName && (
          <Text component="span" c="dimmed" size="sm" truncate="end" visibleFrom="sm" miw={0}>
            {agencyName}
          </Text>
        )}
        {isMentorOnly(info) && (
          <Badge color="orange" variant="light" style={{ flexShrink: 0 }}>
            {t('mentoring:carry.badge')}
          </Badge>
        )}
      </Group>
      <Group gap="md" wrap="nowrap">
        {info.status === 'signed-in' && <ReminderBadge />}
        <LanguageSwitch />
        <UserMenu />
      </Group>
    </Group>
  );
}
