import { Alert, Button, FileButton, Paper, Stack, Stepper, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_FILE_MAX_BYTES,
  type ImportApplied,
  type ImportChecked,
  type ImportOpened,
  type ImportSettings,
} from '../../../../shared/domain/imports';
import { callKaona, errorMessage, KaonaApiError, toKaonaApiError } from '../../api';
import { PageHeader } from '../../components/PageHeader';
import { fileToBase64 } from '../cases/attachment-bytes';
import { DoneStep } from './DoneStep';
import { MappingStep } from './MappingStep';
import { ReportStep } from './ReportStep';

type Step =
  | { name: 'choose' }
  | { name: 'map'; opened: ImportOpened }
  | { name: 'report'; opened: ImportOpened; settings: ImportSettings; checked: ImportChecked }
  | { name: 'done'; opened: ImportOpened; checked: ImportChecked; applied: ImportApplied };

const STEP_INDEX = { choose: 0, map: 1, report: 2, done: 3 } as const;

/**
 * `/imports`: a spreadsheet of people becomes cases. Choose the file (main keeps it in memory),
 * map its columns, look at the dry run's report, import the valid rows (one transaction, with
 * progress and cancel), then download the rows that failed to fix them and import again.
 */
export function ImportPage() {
  const { t } = useTranslation('imports');
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<KaonaApiError | null>(null);
  const resetPicker = useRef<() => void>(null);
  const importId = step.name === 'choose' ? null : step.opened.importId;

  // Main holds the file until told: leaving the page (or choosing another) lets it go at once.
  useEffect(() => {
    if (!importId) return undefined;
    return () => {
      void callKaona((api) => api.imports.discard({ importId })).catch(() => undefined);
    };
  }, [importId]);

  async function choose(file: File | null) {
    resetPicker.current?.();
    if (!file) return;
    setFailure(null);
    // Refused before reading: a huge file read into the page would freeze an office PC.
    if (file.size > IMPORT_FILE_MAX_BYTES) {
      setFailure(new KaonaApiError({ code: 'VALIDATION', reason: 'import_file_too_large' }));
      return;
    }
    setBusy(true);
    try {
      const contentBase64 = await fileToBase64(file);
      const opened = await callKaona((api) =>
        api.imports.open({ fileName: file.name.slice(0, 255), contentBase64 }),
      );
      setStep({ name: 'map', opened });
    } catch (caught) {
      setFailure(toKaonaApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('description')} />
      <Stepper active={STEP_INDEX[step.name]} size="sm">
        <Stepper.Step label={t('steps.choose')} />
        <Stepper.Step label={t('steps.map')} />
        <Stepper.Step label={t('steps.report')} />
        <Stepper.Step label={t('steps.done')} />
      </Stepper>
      {failure && (
        <Alert color="red" variant="light" role="alert" title={t('choose.failed')}>
          {errorMessage(failure, t)}
        </Alert>
      )}
      {step.name === 'choose' && (
        <Paper withBorder p="md">
          <Stack gap="sm" align="flex-start">
            <Text>{t('choose.intro')}</Text>
            <Text size="sm" c="dimmed">
              {t('choose.limits')}
            </Text>
            <FileButton
              resetRef={resetPicker}
              onChange={(file) => void choose(file)}
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            >
              {(props) => (
                <Button loading={busy} data-testid="import-choose" {...props}>
                  {t('choose.button')}
                </Button>
              )}
            </FileButton>
          </Stack>
        </Paper>
      )}
      {step.name === 'map' && (
        <MappingStep
          opened={step.opened}
          onChecked={(settings, checked) =>
            setStep({ name: 'report', opened: step.opened, settings, checked })
          }
          onBack={() => setStep({ name: 'choose' })}
        />
      )}
      {step.name === 'report' && (
        <ReportStep
          opened={step.opened}
          settings={step.settings}
          checked={step.checked}
          onBack={() => setStep({ name: 'map', opened: step.opened })}
          onApplied={(applied) =>
            setStep({ name: 'done', opened: step.opened, checked: step.checked, applied })
          }
        />
      )}
      {step.name === 'done' && (
        <DoneStep
          opened={step.opened}
          checked={step.checked}
          applied={step.applied}
          onAgain={() => setStep({ name: 'choose' })}
        />
      )}
    </Stack>
  );
}
