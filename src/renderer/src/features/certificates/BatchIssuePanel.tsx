import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  CERTIFICATE_BATCH_MAX,
  type CertificateAchievement,
  type CertificateBatchResult,
  type PrintView,
} from '../../../../shared/domain/documents';
import { useKaonaMutation } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormFooter } from '../../components/forms/FormFooter';
import { formLevelError, reportServerError } from '../../components/forms/server-errors';
import { PrintPreview } from '../../print/PrintPreview';
import { casesKeys } from '../cases/cases-queries';
import { DocumentOutputButtons } from '../documents/output/DocumentOutputButtons';
import {
  WORDING_FIELDS,
  wordingDefaults,
  wordingSchema,
  type WordingValues,
} from './certificate-form';
import { certificatesKeys } from './certificates-queries';
import { WordingFields } from './WordingFields';

interface BatchIssuePanelProps {
  /** The cases chosen, in the table's order (the serials follow it). */
  caseIds: number[];
  milestone: 'shop_opened' | 'first_order' | null;
  defaultSignerIds: readonly number[];
  onIssued: () => void;
}

/** The wording for the whole batch, a preview of the first chosen, and the confirmed issue. */
export function BatchIssuePanel({
  caseIds,
  milestone,
  defaultSignerIds,
  onIssued,
}: BatchIssuePanelProps) {
  const { t } = useTranslation(['certificates', 'shell']);
  const form = useForm<WordingValues>({
    resolver: zodResolver(wordingSchema),
    defaultValues: wordingDefaults(milestone ?? 'training', defaultSignerIds),
  });
  const disabled: Partial<Record<CertificateAchievement, string>> = {};
  for (const kind of ['shop_opened', 'first_order'] as const)
    if (kind !== milestone) disabled[kind] = t('batch.otherMilestone');
  const [view, setView] = useState<PrintView | null>(null);
  const [confirming, setConfirming] = useState<WordingValues | null>(null);
  const [result, setResult] = useState<CertificateBatchResult | null>(null);
  const preview = useKaonaMutation({
    call: (api, wording: WordingValues) =>
      api.certificates.preview({ caseId: caseIds[0]!, wording }),
  });
  const issue = useKaonaMutation({
    call: (api, wording: WordingValues) => api.certificates.issueBatch({ caseIds, wording }),
    invalidates: [certificatesKeys.all, casesKeys.files()],
  });
  const fail = (error: unknown) =>
    reportServerError(error, form.setError, { fields: WORDING_FIELDS });
  const showPreview = form.handleSubmit(async (wording) => {
    try {
      setView(await preview.mutateAsync(wording));
    } catch (error) {
      fail(error);
    }
  });
  const ask = form.handleSubmit((wording) => setConfirming(wording));
  const confirm = async () => {
    if (!confirming) return;
    try {
      setResult(await issue.mutateAsync(confirming));
      setConfirming(null);
      onIssued();
    } catch {
      // Shown in the confirmation dialog from the mutation's state.
    }
  };

  if (result)
    return (
      <Paper withBorder p="lg">
        <Stack gap="md">
          <Alert color="green" title={t('batch.done', { n: result.documentIds.length })}>
            <Text>
              {t('batch.doneRange', { first: result.firstSerial, last: result.lastSerial })}
            </Text>
          </Alert>
          <DocumentOutputButtons documentIds={result.documentIds} />
          <Group>
            <Button variant="default" onClick={() => setResult(null)}>
              {t('batch.another')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    );
  const serverError = formLevelError(form.formState.errors);
  const tooMany = caseIds.length > CERTIFICATE_BATCH_MAX;
  return (
    <Paper withBorder p="lg">
      <form onSubmit={(event) => void ask(event)} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3">
            {t('batch.wordingTitle')}
          </Title>
          <WordingFields form={form} disabled={disabled} />
          {serverError && <ErrorAlert title={t('shell:forms.failed')} error={serverError} />}
          {view && <PrintPreview view={view} />}
          {tooMany && (
            <Text c="red" size="sm">
              {t('batch.tooMany', { max: CERTIFICATE_BATCH_MAX })}
            </Text>
          )}
          <Group>
            <Button
              variant="light"
              disabled={caseIds.length === 0}
              loading={preview.isPending}
              onClick={() => void showPreview()}
            >
              {t('batch.previewFirst')}
            </Button>
            <Button type="submit" disabled={caseIds.length === 0 || tooMany}>
              {t('batch.submit', { n: caseIds.length })}
            </Button>
          </Group>
        </Stack>
      </form>
      {confirming && (
        <Modal
          opened
          onClose={() => setConfirming(null)}
          title={t('batch.confirmTitle')}
          closeButtonProps={{ 'aria-label': t('shell:common.close') }}
        >
          <Stack gap="md">
            <Text>{t('batch.confirmBody', { n: caseIds.length })}</Text>
            <FormFooter
              submitLabel={t('batch.submit', { n: caseIds.length })}
              pending={issue.isPending}
              error={issue.error ?? undefined}
              onCancel={() => setConfirming(null)}
              onConfirm={() => void confirm()}
            />
          </Stack>
        </Modal>
      )}
    </Paper>
  );
}
