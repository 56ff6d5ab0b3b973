import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { roleHasPermission } from '../../../../shared/permissions';
import { useSignedInUser } from '../../app/session/session-context';

/** The settings page's way to the letterhead page (admin only; main checks every call). */
export function LetterheadLink() {
  const { t } = useTranslation('letterhead');
  const { role } = useSignedInUser();
  if (!roleHasPermission(role, 'letterhead.manage')) return null;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="letterhead-link-title">
      <Group justify="space-between" align="center">
        <Stack gap={4}>
          <Title order={2} size="h3" id="letterhead-link-title">
            {t('title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('linkIntro')}
          </Text>
        </Stack>
        <Button component={Link} to="/settings/letterhead" variant="default">
          {t('open')}
        </Button>
      </Group>
    </Paper>
  );
}
