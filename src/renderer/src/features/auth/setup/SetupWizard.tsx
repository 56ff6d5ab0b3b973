import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Stack, Stepper, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../../shared/domain/accounts';
import { callKaona, errorMessage, toKaonaApiError, type KaonaApiError } from '../../../api';
import { useLanguage } from '../../../app/providers/language-context';
import { useSession } from '../../../app/session/session-context';
import { RestoreOffer } from '../../restore/RestoreOffer';
import { RestoreScreen } from '../../restore/RestoreScreen';
import { AuthLayout } from '../layout/AuthLayout';
import { OpenCarriedFile } from './OpenCarriedFile';
import {
  setupFormDefaults,
  setupFormSchema,
  setupPayload,
  type SetupFormOutput,
  type SetupFormValues,
} from './setup-form';
import { SetupDone } from './SetupDone';
import { SetupFooter } from './SetupFooter';
import { SetupOfficeStep } from './SetupOfficeStep';
import { SetupRecoveryStep } from './SetupRecoveryStep';

/** Where the wizard is: the office form, the recovery code (from main), or done. */
type Stage =
  | { step: 'office' }
  | { step: 'recovery'; office: SetupFormOutput; recoveryCode: string }
  | { step: 'done'; info: SessionInfo };

const STEP_INDEX = { office: 0, recovery: 1, done: 3 } as const;

/**
 * First run: nothing exists until `setup.complete` — the database, the admin and the key slots
 * are all made then. Main holds the recovery code from `setup.begin` in memory only, so
 * cancelling (or closing the app) leaves nothing behind.
 */
export function SetupWizard() {
  const { t } = useTranslation('auth');
  const { language } = useLanguage();
  const { apply, refresh } = useSession();
  const [stage, setStage] = useState<Stage>({ step: 'office' });
  const [stored, setStored] = useState(false);
  const [storedMissing, setStoredMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<KaonaApiError | null>(null);
  const [codeExpired, setCodeExpired] = useState(false);
  // The alternative to a new office: restore one from a backup (issue 11).
  const [restoring, setRestoring] = useState(false);
  const form = useForm<SetupFormValues, unknown, SetupFormOutput>({
    resolver: zodResolver(setupFormSchema),
    defaultValues: setupFormDefaults(language),
  });

  // The language control is the app's own switch; the form sends whatever it is set to.
  useEffect(() => {
    form.setValue('language', language);
  }, [form, language]);

  const fail = (caught: unknown) => {
    const error = toKaonaApiError(caught);
    // Set up meanwhile (another window, a restart): the sign-in screen is what is needed now.
    if (error.reason === 'already_set_up') void refresh();
    setFailure(error);
  };

  const toRecoveryStep = form.handleSubmit(async (office) => {
    setFailure(null);
    setCodeExpired(false);
    setBusy(true);
    try {
      const { recoveryCode } = await callKaona((api) => api.setup.begin());
      setStage({ step: 'recovery', office, recoveryCode });
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(false);
    }
  });

  const finish = async (office: SetupFormOutput) => {
    if (!stored) {
      setStoredMissing(true);
      return;
    }
    setFailure(null);
    setBusy(true);
    try {
      const info = await callKaona((api) => api.setup.complete(setupPayload(office)));
      setStage({ step: 'done', info });
    } catch (caught) {
      const error = toKaonaApiError(caught);
      if (error.reason === 'setup_not_started') {
        // Main restarted: the code on screen (maybe already printed) will never work.
        setStage({ step: 'office' });
        setStored(false);
        setCodeExpired(true);
      } else if (error.reason?.startsWith('password_')) {
        setStage({ step: 'office' });
        form.setError('password', { message: error.reason });
      } else {
        fail(error);
      }
    } finally {
      setBusy(false);
    }
  };

  const cancel = async () => {
    await callKaona((api) => api.setup.cancel()).catch(() => {
      // Nothing was saved either way: main keeps the pending code in memory only.
    });
    form.reset(setupFormDefaults(language));
    setStage({ step: 'office' });
    setStored(false);
    setStoredMissing(false);
    setFailure(null);
    setCodeExpired(false);
  };

  if (restoring) return <RestoreScreen onCancel={() => setRestoring(false)} />;

  return (
    <AuthLayout width={800} withLanguageSwitch={false}>
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('setup.title')}</Title>
          <Text c="dimmed">{t('setup.intro')}</Text>
        </div>
        <Stepper active={STEP_INDEX[stage.step]} size="sm" allowNextStepsSelect={false}>
          <Stepper.Step label={t('setup.steps.office')} />
          <Stepper.Step label={t('setup.steps.recovery')} />
          <Stepper.Step label={t('setup.steps.done')} />
        </Stepper>
        {codeExpired && (
          <Alert color="orange" variant="light" role="alert">
            {t('setup.recovery.expired')}
          </Alert>
        )}
        {failure && (
          <Alert color="red" variant="light" role="alert" title={t('setup.failed')}>
            {errorMessage(failure, t)}
          </Alert>
        )}

        {stage.step === 'office' && (
          <FormProvider {...form}>
            <form onSubmit={toRecoveryStep} noValidate>
              <Stack gap="xl">
                <SetupOfficeStep />
                <SetupFooter busy={busy} primaryLabel={t('setup.next')} onCancel={cancel} />
              </Stack>
            </form>
          </FormProvider>
        )}
        {stage.step === 'office' && <OpenCarriedFile />}
        {stage.step === 'office' && <RestoreOffer onStart={() => setRestoring(true)} />}

        {stage.step === 'recovery' && (
          <Stack gap="xl">
            <SetupRecoveryStep
              recoveryCode={stage.recoveryCode}
              agencyName={stage.office.agencyName}
              stored={stored}
              onStoredChange={setStored}
              storedMissing={storedMissing}
            />
            <SetupFooter
              busy={busy}
              onBack={() => setStage({ step: 'office' })}
              primaryLabel={t('setup.recovery.finish')}
              onPrimary={() => void finish(stage.office)}
              onCancel={cancel}
            />
          </Stack>
        )}

        {stage.step === 'done' && <SetupDone onStart={() => apply(stage.info)} />}
      </Stack>
    </AuthLayout>
  );
}
