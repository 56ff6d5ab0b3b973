import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type {
  CertificateAchievement,
  DocumentDetail,
  PrintView,
} from '../../../../shared/domain/documents';
import { useKaonaMutation } from '../../api';
import { LoadingState } from '../../components/LoadingState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { reportServerError, formLevelError } from '../../components/forms/server-errors';
import { PrintPreview } from '../../print/PrintPreview';
import { casesKeys } from '../cases/cases-queries';
import { DocumentOutputButtons } from '../documents/output/DocumentOutputButtons';
import { mentoringQueries } from '../mentoring/mentoring-queries';
import {
  WORDING_FIELDS,
  wordingDefaults,
  wordingSchema,
  type WordingValues,
} from './certificate-form';
import { certificatesKeys, certificatesQueries } from './certificates-queries';
import { WordingFields } from './WordingFields';

interface IssueCertificateModalProps {
  caseId: number;
  onClose: () => void;
}

const MILESTONE_ACHIEVEMENTS = ['shop_opened', 'first_order'] as const;

/** The case page's "issue a certificate": wording, a preview, then the issue and its output. */
export function IssueCertificateModal({ caseId, onClose }: IssueCertificateModalProps) {
  const { t } = useTranslation(['certificates', 'shell']);
  const progress = useQuery(mentoringQueries.progress(caseId));
  const letterhead = useQuery(certificatesQueries.letterhead());
  const ready = !progress.isPending && !letterhead.isPending;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('issue.title')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('shell:common.close') }}
    >
      {ready ? (
        <IssueForm
          caseId={caseId}
          reached={(progress.data?.milestones ?? []).map((milestone) => milestone.kind)}
          defaultSignerIds={letterhead.data?.defaultCertificateSignerIds ?? []}
          onClose={onClose}
        />
      ) : (
        <LoadingState />
      )}
    </Modal>
  );
}

function IssueForm({
  caseId,
  reached,
  defaultSignerIds,
  onClose,
}: {
  caseId: number;
  reached: readonly string[];
  defaultSignerIds: readonly number[];
  onClose: () => void;
}) {
  const { t } = useTranslation(['certificates', 'shell']);
  const disabled: Partial<Record<CertificateAchievement, string>> = {};
  for (const kind of MILESTONE_ACHIEVEMENTS)
    if (!reached.includes(kind)) disabled[kind] = t(`issue.notReached.${kind}`);
  const first = (['shop_opened', 'first_order', 'training'] as const).find((a) => !disabled[a]);
  const form = useForm<WordingValues>({
    resolver: zodResolver(wordingSchema),
    defaultValues: wordingDefaults(first ?? 'training', defaultSignerIds),
  });
  const [view, setView] = useState<PrintView | null>(null);
  const [issued, setIssued] = useState<DocumentDetail | null>(null);
  const preview = useKaonaMutation({
    call: (api, wording: WordingValues) => api.certificates.preview({ caseId, wording }),
  });
  const issue = useKaonaMutation({
    call: (api, wording: WordingValues) => api.certificates.issue({ caseId, wording }),
    invalidates: [casesKeys.file(caseId), certificatesKeys.all],
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
  const submit = form.handleSubmit(async (wording) => {
    try {
      setIssued(await issue.mutateAsync(wording));
    } catch (error) {
      fail(error);
    }
  });

  if (issued)
    return (
      <Stack gap="md">
        <Alert color="green" title={t('issue.done')}>
          <Text>{t('issue.doneSerial', { serial: issued.number })}</Text>
        </Alert>
        <DocumentOutputButtons documentIds={[issued.documentId]} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('shell:common.close')}
          </Button>
        </Group>
      </Stack>
    );
  const serverError = formLevelError(form.formState.errors);
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <WordingFields form={form} disabled={disabled} />
        {serverError && <ErrorAlert title={t('shell:forms.failed')} error={serverError} />}
        {view && <PrintPreview view={view} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={issue.isPending}>
            {t('shell:forms.cancel')}
          </Button>
          <Button variant="light" onClick={() => void showPreview()} loading={preview.isPending}>
            {t('issue.preview')}
          </Button>
          <Button type="submit" loading={issue.isPending}>
            {t('issue.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
