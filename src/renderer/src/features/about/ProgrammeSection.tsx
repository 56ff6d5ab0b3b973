import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/providers/language-context';
import { formatDate } from '../../i18n/format';
import { MOU_SIGNED_ON, TARGET_GROUP_KEYS } from './programme';

export function ProgrammeSection() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="about-programme">
      <Stack gap="sm">
        <Title order={2} id="about-programme">
          {t('about.programme.heading')}
        </Title>
        <Text>{t('about.programme.body')}</Text>
        <Text>{t('about.programme.mou', { date: formatDate(MOU_SIGNED_ON, language) })}</Text>
        <Title order={3} mt="sm">
          {t('about.groups.heading')}
        </Title>
        <List>
          {TARGET_GROUP_KEYS.map((key) => (
            <List.Item key={key}>{t(`about.groups.${key}`)}</List.Item>
          ))}
        </List>
        <Text size="sm" c="dimmed">
          {t('about.groups.note')}
        </Text>
      </Stack>
    </Paper>
  );
}
