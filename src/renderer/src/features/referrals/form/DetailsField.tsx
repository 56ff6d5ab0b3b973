import { Badge, Checkbox, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REFERRAL_DETAILS, type ReferralDetail } from '../../../../../shared/domain/documents';
import { BADGE_WHOLE } from '../../../components/badge-whole';

/** PDPA s.26: only a role allowed to see them may put these in a letter (main checks too). */
export const SENSITIVE_DETAILS: readonly ReferralDetail[] = ['national_id', 'disability'];

interface DetailsFieldProps {
  value: readonly ReferralDetail[];
  onChange: (value: ReferralDetail[]) => void;
  canReveal: boolean;
  error?: string;
}

/**
 * What the letter says about the person beyond the name, each ticked on purpose (PDPA s.22:
 * only what the receiving agency needs).
 */
export function DetailsField({ value, onChange, canReveal, error }: DetailsFieldProps) {
  const { t } = useTranslation('referrals');
  return (
    <Checkbox.Group
      label={t('form.details')}
      description={t('form.detailsHint')}
      value={[...value]}
      onChange={(next) => onChange(REFERRAL_DETAILS.filter((detail) => next.includes(detail)))}
      error={error}
    >
      <Stack gap="xs" mt="xs">
        {REFERRAL_DETAILS.map((detail) => {
          const sensitive = SENSITIVE_DETAILS.includes(detail);
          return (
            <Checkbox
              key={detail}
              value={detail}
              disabled={sensitive && !canReveal && !value.includes(detail)}
              label={
                <Group gap={6} wrap="nowrap">
                  <span>{t(`details.${detail}`)}</span>
                  {sensitive && (
                    <Badge
                      color="red"
                      variant="light"
                      size="sm"
                      style={{ textTransform: 'none' }}
                      styles={BADGE_WHOLE}
                    >
                      {t('sensitive')}
                    </Badge>
                  )}
                </Group>
              }
              description={sensitive ? t('form.sensitiveHint') : undefined}
            />
          );
        })}
      </Stack>
    </Checkbox.Group>
  );
}
