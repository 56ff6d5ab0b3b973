import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../../shared/domain/cases/drafts';
import { useLanguage } from '../../app/providers/language-context';
import { formatDateTime } from '../../i18n/format';

interface DraftResumeOfferProps {
  draft: Draft;
  onResume: () => void;
  onStartOver: () => void;
  discarding: boolean;
}

/** An intake left unfinished (a lock, a crash, a restart): carry on with it, or throw it away. */
export function DraftResumeOffer({
  draft,
  onResume,
  onStartOver,
  discarding,
}: DraftResumeOfferProps) {
  const { t } = useTranslation('intake');
  const { language } = useLanguage();
  return (
    <Alert
      color="blue"
      variant="light"
      title={t('draft.title')}
      role="region"
      aria-label={t('draft.title')}
    >
      <Text size="sm" mb="md">
        {t('draft.text', { savedAt: formatDateTime(draft.savedAt, language) })}
      </Text>
      <Group>
        <Button onClick={onResume} data-autofocus>
          {t('draft.resume')}
        </Button>
        <Button variant="default" onClick={onStartOver} loading={discarding}>
          {t('draft.startOver')}
        </Button>
      </Group>
    </Alert>
  );
}
