import { Alert, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONSENT_NOTICE_VERSION } from '../../../../../shared/domain/cases/codes';

const SECTIONS = ['purposes', 'recipients', 'retention', 'rights'] as const;

/**
 * The notice read to the person before they consent (PDPA s.23). Its text is in the `intake`
 * catalogues; a changed text needs a new CONSENT_NOTICE_VERSION, which each consent records.
 */
export function ConsentNotice() {
  const { t } = useTranslation('intake');
  return (
    <Alert color="blue" variant="light" title={t('notice.title')}>
      <Text size="sm" mb="sm">
        {t('notice.intro')}
      </Text>
      {SECTIONS.map((section) => (
        <div key={section}>
          <Title order={3} size="h5" mt="sm">
            {t(`notice.${section}.heading`)}
          </Title>
          <List size="sm" spacing={4} mt={4}>
            {(t(`notice.${section}.items`, { returnObjects: true }) as string[]).map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        </div>
      ))}
      <Text size="xs" c="dimmed" mt="sm">
        {t('notice.version', { version: CONSENT_NOTICE_VERSION })}
      </Text>
    </Alert>
  );
}
