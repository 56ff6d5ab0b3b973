import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VerifyResult, VerifyVerdict } from '../../../../shared/domain/documents';
import { useLanguage } from '../../app/providers/language-context';
import { formatDate, formatDateTime } from '../../i18n/format';

const COLORS: Record<VerifyVerdict, string> = {
  valid: 'green',
  void: 'orange',
  forged: 'red',
  unknown: 'gray',
};

/** The verify screen's answer, in the colour of its verdict, with what the register holds. */
export function VerdictCard({ result }: { result: VerifyResult }) {
  const { t } = useTranslation('certificates');
  const { language } = useLanguage();
  const { verdict } = result;
  return (
    <Alert
      color={COLORS[verdict]}
      variant="light"
      title={
        <Text size="xl" fw={700} component="span">
          {t(`verify.verdicts.${verdict}.title`)}
        </Text>
      }
      data-verdict={verdict}
      role="status"
    >
      <Stack gap={4}>
        {(verdict === 'valid' || verdict === 'void') && (
          <>
            <Text size="xl" fw={700}>
              {result.holderName}
            </Text>
            <Text>{t('verify.serial', { serial: result.serial })}</Text>
            {result.issuedOn && (
              <Text>{t('verify.issuedOn', { date: formatDate(result.issuedOn, language) })}</Text>
            )}
            {result.achievement && <Text>{t(`achievements.${result.achievement}`)}</Text>}
          </>
        )}
        {verdict === 'valid' && result.bySerialOnly && (
          <Text fw={600}>{t('verify.bySerialOnly')}</Text>
        )}
        {verdict === 'void' && (
          <>
            <Text>{t('verify.voidReason', { reason: result.voidReason ?? '' })}</Text>
            {result.voidedAt && (
              <Text>
                {t('verify.voidedAt', { date: formatDateTime(result.voidedAt, language) })}
              </Text>
            )}
          </>
        )}
        {verdict === 'forged' && <Text>{t('verify.verdicts.forged.body')}</Text>}
        {verdict === 'unknown' && (
          <Text>{t(`verify.unknownCauses.${result.unknownCause ?? 'no_such_serial'}`)}</Text>
        )}
      </Stack>
    </Alert>
  );
}
