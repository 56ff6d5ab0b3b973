import { Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * "มีสำเนาสำรองอยู่แล้ว?": on the first run and the database-missing screen, the way into the
 * restore flow instead of setting up a new office or hunting for the lost file.
 */
export function RestoreOffer({ onStart }: { onStart: () => void }) {
  const { t } = useTranslation('restore');
  return (
    <Paper withBorder p="md">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4">
          {t('flow.offerSetup')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('flow.intro')}
        </Text>
        <Button variant="light" onClick={onStart} data-testid="restore-offer">
          {t('flow.offerButton')}
        </Button>
      </Stack>
    </Paper>
  );
}

/** For the backup page: the signed-in admin's way to `/restore`. */
export function RestoreLink() {
  const { t } = useTranslation('restore');
  return (
    <Anchor component={Link} to="/restore" data-testid="restore-link">
      {t('flow.pageLink')}
    </Anchor>
  );
}
