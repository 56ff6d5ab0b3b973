import { Button, Group, Stack, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formLevelError } from '../../components/forms/server-errors';
import { DuplicateStep } from './duplicates/DuplicateStep';
import { INTAKE_STEPS, REVIEW_STEP, type IntakeFormValues } from './intake-form';
import { IntakeStepper } from './IntakeStepper';
import { StepView } from './StepView';
import { useIntakeWizard } from './use-intake-wizard';

interface IntakeWizardProps {
  initialValues: IntakeFormValues;
  initialStep: number;
}

/**
 * The intake, one step at a time. Enter in a field means "next" (the step is checked, nothing is
 * saved); only the review page saves. Focus goes to the new step's heading, so a screen reader
 * announces it and Tab continues from the top of the step.
 */
export function IntakeWizard({ initialValues, initialStep }: IntakeWizardProps) {
  const { t } = useTranslation(['intake', 'shell']);
  const wizard = useIntakeWizard({ values: initialValues, step: initialStep });
  const { form, step, view, report } = wizard;
  const stepName = INTAKE_STEPS[step] ?? 'identity';
  const onReview = step === REVIEW_STEP;
  const showDuplicates = view === 'duplicates' && report !== null;

  const heading = useRef<HTMLHeadingElement>(null);
  const shown = `${view}:${step}`;
  const lastShown = useRef(shown);
  useEffect(() => {
    if (lastShown.current === shown) return;
    lastShown.current = shown;
    heading.current?.focus();
  }, [shown]);

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (showDuplicates) return;
    if (onReview) void wizard.save(event);
    else void wizard.next();
  };

  return (
    <FormProvider {...form}>
      <Stack gap="lg">
        <IntakeStepper active={step} onBack={(index) => index < step && wizard.goTo(index)} />
        <form onSubmit={onSubmit} noValidate aria-labelledby="intake-step-heading">
          <Stack gap="lg">
            <Title order={2} id="intake-step-heading" ref={heading} tabIndex={-1}>
              {showDuplicates ? t('duplicates.heading') : t(`steps.${stepName}`)}
            </Title>
            {showDuplicates ? (
              <DuplicateStep
                report={report}
                decisions={wizard.decisions}
                onDecide={wizard.decide}
                onOpen={wizard.openCase}
                onContinue={wizard.continueToReview}
                onNewCase={(id) => void wizard.newCaseForPerson(id)}
                newCasePending={wizard.createForPerson.isPending}
                newCaseError={wizard.createForPerson.error}
              />
            ) : (
              <StepView step={stepName} onEdit={wizard.goTo} />
            )}
            {wizard.check.error && !showDuplicates && (
              <ErrorAlert title={t('duplicates.checkFailed')} error={wizard.check.error} />
            )}
            {onReview && formLevelError(form.formState.errors) && (
              <ErrorAlert
                title={t('review.saveFailed')}
                error={formLevelError(form.formState.errors)}
              />
            )}
            <Group>
              {(step > 0 || showDuplicates) && (
                <Button variant="default" onClick={wizard.back}>
                  {t('wizard.back')}
                </Button>
              )}
              {!showDuplicates && (
                <Button
                  type="submit"
                  loading={onReview ? form.formState.isSubmitting : wizard.check.isPending}
                >
                  {onReview ? t('wizard.save') : t('wizard.next')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      </Stack>
    </FormProvider>
  );
}
