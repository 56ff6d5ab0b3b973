import { BaselineStep } from './steps/BaselineStep';
import { BusinessStep } from './steps/BusinessStep';
import { ConsentsStep } from './steps/ConsentsStep';
import { ContactStep } from './steps/ContactStep';
import { IdentityStep } from './steps/IdentityStep';
import { ProgrammeStep } from './steps/ProgrammeStep';
import { ReviewStep } from './steps/ReviewStep';
import type { IntakeStep } from './intake-form';

/** One step's fields; the others are not mounted (react-hook-form keeps their values). */
export function StepView({ step, onEdit }: { step: IntakeStep; onEdit: (step: number) => void }) {
  switch (step) {
    case 'identity':
      return <IdentityStep />;
    case 'contact':
      return <ContactStep />;
    case 'programme':
      return <ProgrammeStep />;
    case 'baseline':
      return <BaselineStep />;
    case 'business':
      return <BusinessStep />;
    case 'consents':
      return <ConsentsStep />;
    case 'review':
      return <ReviewStep onEdit={onEdit} />;
  }
}
