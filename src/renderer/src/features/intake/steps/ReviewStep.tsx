import { Button, Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DetailsTable, type DetailRow } from '../../../components/DetailsTable';
import { useLanguage } from '../../../app/providers/language-context';
import { formatDate } from '../../../i18n/format';
import { INTAKE_STEPS, type IntakeFormValues } from '../intake-form';
import { reviewSections } from '../review-rows';

interface ReviewStepProps {
  /** Goes back to a step to change something. */
  onEdit: (step: number) => void;
}

/** Everything typed, as it will be saved: dates in พ.ศ., the ID with its dashes, baht with commas. */
export function ReviewStep({ onEdit }: ReviewStepProps) {
  const { t } = useTranslation(['intake', 'cases']);
  const { language } = useLanguage();
  const { getValues } = useFormContext<IntakeFormValues>();
  const sections = reviewSections(getValues(), {
    t,
    date: (isoDate) => formatDate(isoDate, language),
    language,
  });
  return (
    <Stack gap="lg">
      {sections.map(({ step, rows }) => (
        <ReviewSection
          key={step}
          title={t(`steps.${step}`)}
          rows={rows}
          action={
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => onEdit(INTAKE_STEPS.indexOf(step))}
            >
              {t('review.edit', { section: t(`steps.${step}`) })}
            </Button>
          }
        />
      ))}
    </Stack>
  );
}

function ReviewSection({
  title,
  rows,
  action,
}: {
  title: string;
  rows: DetailRow[];
  action: ReactNode;
}) {
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {title}
        </Title>
        {action}
      </Group>
      <DetailsTable rows={rows} />
    </Stack>
  );
}
