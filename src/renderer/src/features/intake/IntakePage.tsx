import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKaonaMutation } from '../../api';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DraftResumeOffer } from './DraftResumeOffer';
import {
  INTAKE_DEFAULTS,
  REVIEW_STEP,
  valuesFromDraft,
  type IntakeFormValues,
} from './intake-form';
import { intakeQueries } from './intake-queries';
import { IntakeWizard } from './IntakeWizard';

type Start = { values: IntakeFormValues; step: number };

/**
 * /cases/new. An unfinished intake of this person's is offered first; the wizard starts only once
 * they chose, so an empty form never overwrites the draft they may still want.
 */
export function IntakePage() {
  const { t } = useTranslation('intake');
  const draft = useQuery(intakeQueries.draft());
  const [start, setStart] = useState<Start | null>(null);
  const discard = useKaonaMutation({
    call: (api) => api.drafts.discard({ kind: 'intake' }),
  });

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('description')} />
      {start ? (
        <IntakeWizard initialValues={start.values} initialStep={start.step} />
      ) : (
        <QueryView query={draft} errorTitle={t('draft.loadFailed')}>
          {(found) =>
            found === null ? (
              <IntakeWizard initialValues={INTAKE_DEFAULTS} initialStep={0} />
            ) : (
              <Stack gap="md">
                <DraftResumeOffer
                  draft={found}
                  discarding={discard.isPending}
                  onResume={() =>
                    setStart({
                      values: valuesFromDraft(found.json),
                      // The review needs the duplicate check first: resume on the step before it.
                      step: Math.min(found.step, REVIEW_STEP - 1),
                    })
                  }
                  onStartOver={() =>
                    discard.mutate(undefined, {
                      onSuccess: () => setStart({ values: INTAKE_DEFAULTS, step: 0 }),
                    })
                  }
                />
                {discard.error && (
                  <ErrorAlert title={t('draft.discardFailed')} error={discard.error} />
                )}
              </Stack>
            )
          }
        </QueryView>
      )}
    </Stack>
  );
}
