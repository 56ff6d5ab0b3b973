import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/providers/language-context';
import { formatDate } from '../../i18n/format';
import { MOU_SIGNED_ON, TARGET_GROUP_KEYS } from './programme';

export function ProgrammeSection() {
  const { t } = useTranslation('about');
  const { language } = useLanguage();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="about-programme">
      <Stack gap="sm">
        <Title order={2} id="about-programme">
          {t('programme.heading')}
        </Title>
        <Text>{t('programme.body')}</Text>
        <Text>{t('programme.mou', { date: formatDate(MOU_SIGNED_ON, language) })}</Text>
        <Title order={3} mt="sm">
          {t('groups.heading')}
        </Title>
        <List>
          {TARGET_GROUP_KEYS.map((key) => (
            <List.Item key={key}>{t(`groups.${key}`)}</List.Item>
          ))}
        </List>
        <Text size="sm" c="dimmed">
          {t('groups.note')}
        </Text>
      </Stack>
    </Paper>
  );
}
