import { Stepper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INTAKE_STEPS } from './intake-form';

interface IntakeStepperProps {
  active: number;
  onBack: (step: number) => void;
}

/**
 * Where the clerk is in the wizard. Steps already passed are buttons back to them; later ones are
 * not reachable (each step is validated before the next), so they are not in the tab order.
 */
export function IntakeStepper({ active, onBack }: IntakeStepperProps) {
  const { t } = useTranslation('intake');
  return (
    <nav aria-label={t('stepper.label')}>
      <Stepper active={active} onStepClick={onBack} allowNextStepsSelect={false} size="sm" wrap>
        {INTAKE_STEPS.map((step, index) => (
          <Stepper.Step
            key={step}
            label={t(`stepper.short.${step}`)}
            aria-current={index === active ? 'step' : undefined}
            aria-label={t('stepper.step', {
              number: index + 1,
              total: INTAKE_STEPS.length,
              name: t(`steps.${step}`),
            })}
          />
        ))}
      </Stepper>
    </nav>
  );
}
