import { Alert, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONSENT_NOTICE_VERSION } from '../../../../../shared/domain/cases/codes';

/** The notice's sections and their points, in reading order (the text is in the catalogues). */
const SECTIONS = {
  purposes: ['programme', 'share_lazada', 'share_volunteers', 'photos', 'referral'],
  recipients: ['office', 'lazada', 'agencies'],
  retention: ['period'],
  rights: ['access', 'withdraw', 'erase'],
} as const;

type Section = keyof typeof SECTIONS;
const SECTION_ORDER = Object.keys(SECTIONS) as Section[];

/**
 * The notice read to the person before they consent (PDPA s.23): purposes, recipients (Lazada
 * among them), retention and rights. A changed text needs a new CONSENT_NOTICE_VERSION, which
 * each consent records.
 */
export function ConsentNotice() {
  const { t } = useTranslation('intake');
  return (
    <Alert color="blue" variant="light" title={t('notice.title')}>
      <Text size="sm" mb="sm">
        {t('notice.intro')}
      </Text>
      {SECTION_ORDER.map((section) => (
        <div key={section}>
          <Title order={3} size="h5" mt="sm">
            {t(`notice.${section}.heading`)}
          </Title>
          <List size="sm" spacing={4} mt={4}>
            {SECTIONS[section].map((item) => (
              <List.Item key={item}>
                {t(`notice.${section}.items.${item}` as `notice.purposes.items.programme`)}
              </List.Item>
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
