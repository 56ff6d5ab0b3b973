import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { DocumentDetail } from '../../../../../shared/domain/documents';
import { roleHasPermission } from '../../../../../shared/permissions';
import { NotFoundPage } from '../../../app/errors/NotFoundPage';
import { useLanguage } from '../../../app/providers/language-context';
import { useSignedInUser } from '../../../app/session/session-context';
import { DetailsTable } from '../../../components/DetailsTable';
import { PageHeader } from '../../../components/PageHeader';
import { QueryView } from '../../../components/QueryView';
import { formatDate, formatDateTime } from '../../../i18n/format';
import { PrintPreview } from '../../../print/PrintPreview';
import { casePath } from '../../cases/case-paths';
import { REGISTER_PATH } from '../document-paths';
import { documentsQueries } from '../documents-queries';
import { DocumentOutputButtons } from '../output/DocumentOutputButtons';
import { DocumentStatusBadge } from './DocumentStatusBadge';
import { VoidDocumentModal } from './VoidDocumentModal';

/** `/documents/:documentId`: one document from the register, read with one audited get. */
export function DocumentPage() {
  const { documentId } = useParams();
  const id = /^\d{1,9}$/.test(documentId ?? '') ? Number(documentId) : 0;
  if (id <= 0) return <NotFoundPage />;
  return <DocumentLoader key={id} documentId={id} />;
}

function DocumentLoader({ documentId }: { documentId: number }) {
  const { t } = useTranslation('documents');
  const document = useQuery(documentsQueries.document(documentId));
  return (
    <QueryView query={document} errorTitle={t('register.document.loadFailed')}>
      {(detail) => <DocumentView detail={detail} refetch={() => void document.refetch()} />}
    </QueryView>
  );
}

export function DocumentView({ detail, refetch }: { detail: DocumentDetail; refetch: () => void }) {
  const { t } = useTranslation('documents');
  const { language } = useLanguage();
  const canIssue = roleHasPermission(useSignedInUser().role, 'documents.issue');
  const [voiding, setVoiding] = useState(false);
  const rows = [
    { label: t('register.document.number'), value: detail.number },
    { label: t('register.document.kind'), value: t(`register.kinds.${detail.kind}`) },
    {
      label: t('register.document.case'),
      value: (
        <Anchor component={Link} to={casePath(detail.caseId)}>
          {detail.personName} ({detail.caseNumber})
        </Anchor>
      ),
    },
    { label: t('register.document.issuedOn'), value: formatDate(detail.issuedOn, language) },
    { label: t('register.document.issuedBy'), value: detail.issuedByDisplayName },
    {
      label: t('register.document.status'),
      value: <DocumentStatusBadge status={detail.status} />,
    },
    ...(detail.status === 'void'
      ? [
          {
            label: t('register.document.voidedAt'),
            value: detail.voidedAt ? formatDateTime(detail.voidedAt, language) : '',
          },
          { label: t('register.document.voidReason'), value: detail.voidReason ?? '' },
        ]
      : []),
    {
      label: t('register.document.printCount'),
      value:
        detail.printCount > 0
          ? t('register.document.printTimes', { count: detail.printCount })
          : t('register.document.notPrinted'),
    },
    {
      label: t('register.document.sha256'),
      value: (
        <Text ff="monospace" size="xs">
          {detail.sha256}
        </Text>
      ),
    },
  ];

  return (
    <Stack gap="lg">
      <PageHeader
        title={`${t(`register.kinds.${detail.kind}`)} ${detail.number}`}
        description={
          <Anchor component={Link} to={REGISTER_PATH}>
            {t('register.document.back')}
          </Anchor>
        }
        actions={
          <Group>
            {detail.status === 'issued' && detail.intact && (
              <DocumentOutputButtons documentIds={[detail.documentId]} onDone={refetch} />
            )}
            {canIssue && detail.status === 'issued' && (
              <Button color="red" variant="light" onClick={() => setVoiding(true)}>
                {t('register.document.void')}
              </Button>
            )}
          </Group>
        }
      />
      {detail.intact ? (
        <Alert color="teal" variant="light" role="status" data-testid="document-intact">
          {t('register.document.intact')}
        </Alert>
      ) : (
        <Alert color="red" variant="filled" role="alert" data-testid="document-damaged">
          {t('register.document.damaged')}
        </Alert>
      )}
      <section aria-label={t('register.document.details')}>
        <DetailsTable rows={rows} />
      </section>
      <Paper withBorder p="md" component="section" aria-label={t('register.document.preview')}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('register.document.preview')}
          </Title>
          <PrintPreview
            view={{
              items: [
                {
                  documentId: detail.documentId,
                  kind: detail.kind,
                  status: detail.status,
                  copy: detail.printCount > 0,
                  model: detail.model,
                },
              ],
              images: detail.images,
            }}
          />
        </Stack>
      </Paper>
      {voiding && (
        <VoidDocumentModal
          documentId={detail.documentId}
          number={detail.number}
          onClose={() => setVoiding(false)}
          onVoided={refetch}
        />
      )}
    </Stack>
  );
}
