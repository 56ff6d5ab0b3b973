import { Button, Group, Stack, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DetailsTable, type DetailRow } from '../../../components/DetailsTable';
import { useLanguage } from '../../../app/providers/language-context';
import { formatDate } from '../../../i18n/format';
import { INTAKE_STEPS, type IntakeFormValues } from '../intake-form';
import { reviewSections } from '../review-rows';
import { addressesQueries } from '../../addresses/addresses-queries';
import { formatThaiPlace } from '../../addresses/format-address';
import { useSkillLabels } from '../../mentors/use-skill-labels';

interface ReviewStepProps {
  /** Goes back to a step to change something. */
  onEdit: (step: number) => void;
}

/** The Thai place names of the addresses' subdistricts (reference data, cached for good). */
function usePlaceNames(subdistrictIds: (number | null)[]): Map<number, string> {
  const ids = [...new Set(subdistrictIds.filter((id): id is number => id !== null))];
  const results = useQueries({ queries: ids.map((id) => addressesQueries.place(id)) });
  const names = new Map<number, string>();
  results.forEach((result, index) => {
    const place = result.data;
    if (!place) return;
    names.set(
      ids[index]!,
      formatThaiPlace({
        subdistrictName: place.subdistrictNameTh,
        districtName: place.districtNameTh,
        provinceName: place.provinceNameTh,
        isBangkok: place.isBangkok,
      }),
    );
  });
  return names;
}

/** Everything typed, as it will be saved: dates in พ.ศ., the ID with its dashes, baht with commas. */
export function ReviewStep({ onEdit }: ReviewStepProps) {
  const { t } = useTranslation(['intake', 'cases']);
  const { language } = useLanguage();
  const { getValues } = useFormContext<IntakeFormValues>();
  const values = getValues();
  const skills = useSkillLabels();
  const places = usePlaceNames([
    values.contact.registeredAddress.subdistrictId,
    values.contact.currentAddress.subdistrictId,
  ]);
  const sections = reviewSections(values, {
    t,
    date: (isoDate) => formatDate(isoDate, language),
    language,
    place: (subdistrictId) => (subdistrictId === null ? '' : (places.get(subdistrictId) ?? '')),
    skillLabel: skills.label,
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
