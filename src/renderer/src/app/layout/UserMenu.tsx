import { AccordionChevron, Box, Button, Kbd, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSessionCommands } from '../session/session-commands';
import { useSignedInUser } from '../session/session-context';

export const CHANGE_PASSWORD_PATH = '/account/password';

/** Who is signed in, and the three things they can do about their session. */
export function UserMenu() {
  const { t } = useTranslation('auth');
  const user = useSignedInUser();
  const { lockNow, signOut } = useSessionCommands();
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" width={260} shadow="md">
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          h="auto"
          py={4}
          // A plain chevron says "this opens a menu"; it is only decoration for screen readers.
          rightSection={<AccordionChevron size={14} aria-hidden />}
          // The name read out must contain what is shown (name and role), for speech control.
          aria-label={t('userMenu.open', {
            name: user.fullName,
            role: t(`roles.${user.role}`),
          })}
        >
          <Box ta="right">
            <Text size="sm" fw={700} c="dark" lh={1.4} truncate maw={220}>
              {user.fullName}
            </Text>
            <Text size="xs" c="dimmed" lh={1.4}>
              {t(`roles.${user.role}`)}
            </Text>
          </Box>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.userName}</Menu.Label>
        <Menu.Item onClick={() => void navigate(CHANGE_PASSWORD_PATH)}>
          {t('userMenu.changePassword')}
        </Menu.Item>
        <Menu.Item
          onClick={lockNow}
          rightSection={<Kbd size="xs">{t('userMenu.lockShortcut')}</Kbd>}
        >
          {t('userMenu.lock')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" onClick={signOut}>
          {t('userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
