import { useEffect, useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { MethodInput } from '../../../../shared/contract';
import type { DuplicateReport } from '../../../../shared/domain/cases/duplicates';
import { intakeSchema, type Intake } from '../../../../shared/domain/cases/intake';
import { useKaonaMutation } from '../../api';
import { reportServerError } from '../../components/forms/server-errors';
import type { DuplicateDecision } from './duplicates/SimilarCandidates';
import { INTAKE_STEPS, REVIEW_STEP, type IntakeFormValues } from './intake-form';
import { intakeResolver } from './intake-resolver';
import { INTAKE_SAVE_STALES } from './intake-queries';
import { INTAKE_SERVER_ERRORS } from './intake-server-errors';
import { relativeToForm, serverErrorStep } from './server-error-step';
import { useIntakeDraft } from './use-intake-draft';

export type WizardView = 'step' | 'duplicates';

/** Main's word that the duplicate check must be looked at again before saving. */
const DUPLICATE_REASONS = new Set(['possible_duplicate', 'national_id_taken']);

/**
 * The wizard's flow: one step at a time (each validated on "next"), the duplicate check between
 * the last step and the review, the save, and the draft kept all along.
 */
export function useIntakeWizard(initial: { values: IntakeFormValues; step: number }) {
  const navigate = useNavigate();
  const form = useForm<IntakeFormValues, unknown, Intake>({
    resolver: intakeResolver,
    defaultValues: initial.values,
  });
  const [step, setStep] = useState(initial.step);
  const [view, setView] = useState<WizardView>('step');
  const [report, setReport] = useState<DuplicateReport | null>(null);
  const [decisions, setDecisions] = useState<Record<number, DuplicateDecision>>({});
  const [attempted, setAttempted] = useState(false);
  const draft = useIntakeDraft(form, step);

  const check = useKaonaMutation({
    call: (api, input: MethodInput<'cases.checkDuplicates'>) => api.cases.checkDuplicates(input),
  });
  const create = useKaonaMutation({
    call: (api, input: MethodInput<'cases.create'>) => api.cases.create(input),
    invalidates: INTAKE_SAVE_STALES,
  });
  const createForPerson = useKaonaMutation({
    call: (api, input: MethodInput<'cases.createForPerson'>) => api.cases.createForPerson(input),
    invalidates: INTAKE_SAVE_STALES,
  });

  // Once "next" has shown errors, each one is checked again as the clerk corrects it.
  useEffect(() => {
    if (!attempted) return;
    return form.subscribe({
      formState: { values: true },
      callback: ({ name }) => {
        if (name) void form.trigger(name as FieldPath<IntakeFormValues>);
      },
    });
  }, [attempted, form]);

  const goTo = (next: number) => {
    setView('step');
    setStep(next);
  };

  const reviewed = () =>
    Object.entries(decisions)
      .filter(([, decision]) => decision === 'different')
      .map(([id]) => Number(id));

  const runDuplicateCheck = async () => {
    const parsed = intakeSchema.safeParse(form.getValues());
    if (!parsed.success) return;
    const { identity, contact } = parsed.data;
    const found = await check.mutateAsync({
      nationalId: identity.hasThaiId ? identity.nationalId : '',
      firstName: identity.firstName,
      lastName: identity.lastName,
      birthDate: identity.birthDate,
      phone: contact.phone,
    });
    setReport(found);
    const undecided = found.similar.some(
      (candidate) => decisions[candidate.beneficiaryId] !== 'different',
    );
    if (found.sameNationalId || undecided) {
      setView('duplicates');
      setStep(REVIEW_STEP - 1);
    } else {
      goTo(REVIEW_STEP);
    }
  };

  const next = async () => {
    const section = INTAKE_STEPS[step];
    if (!section || section === 'review') return;
    const valid = await form.trigger(section, { shouldFocus: true });
    if (!valid) {
      setAttempted(true);
      return;
    }
    if (step === REVIEW_STEP - 1) {
      // A failed check is shown by `check.error`; the clerk can press "next" again.
      await runDuplicateCheck().catch(() => undefined);
      return;
    }
    goTo(step + 1);
  };

  const back = () => (view === 'duplicates' ? setView('step') : goTo(Math.max(0, step - 1)));

  const leaveFor = async (caseId: number) => {
    await draft.finish();
    await navigate(`/cases/${caseId}`);
  };

  const save = form.handleSubmit(
    async (intake) => {
      try {
        const saved = await create.mutateAsync({ intake, reviewedDuplicates: reviewed() });
        await leaveFor(saved.caseId);
      } catch (caught) {
        const error = relativeToForm(caught);
        if (error.code === 'CONFLICT' && DUPLICATE_REASONS.has(error.reason ?? '')) {
          await runDuplicateCheck().catch(() => undefined);
          return;
        }
        reportServerError(error, form.setError, INTAKE_SERVER_ERRORS);
        const errorStep = serverErrorStep(error);
        if (errorStep !== undefined) goTo(errorStep);
      }
    },
    (errors) => {
      // Only a draft from an older version could get here: go to the first step with an error.
      const first = INTAKE_STEPS.findIndex((section) => section in errors);
      setAttempted(true);
      if (first !== -1) goTo(first);
    },
  );

  const newCaseForPerson = async (beneficiaryId: number) => {
    const parsed = intakeSchema.safeParse(form.getValues());
    if (!parsed.success) return;
    const { programme, baseline, business } = parsed.data;
    try {
      const saved = await createForPerson.mutateAsync({
        beneficiaryId,
        programme,
        baseline,
        business,
      });
      await leaveFor(saved.caseId);
    } catch {
      // Shown by `createForPerson.error` (open_case_exists: they already have an open case).
    }
  };

  return {
    form,
    step,
    view,
    report,
    decisions,
    check,
    create,
    createForPerson,
    next,
    back,
    goTo,
    save,
    decide: (beneficiaryId: number, decision: DuplicateDecision) =>
      setDecisions((current) => ({ ...current, [beneficiaryId]: decision })),
    continueToReview: () => goTo(REVIEW_STEP),
    openCase: (caseId: number) => void navigate(`/cases/${caseId}`),
    newCaseForPerson,
  };
}
