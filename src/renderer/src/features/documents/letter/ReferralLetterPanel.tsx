import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MethodInput } from '../../../../../shared/contract';
import type { Referral } from '../../../../../shared/domain/documents';
import { useKaonaMutation } from '../../../api';
import { useLanguage } from '../../../app/providers/language-context';
import { DetailsTable } from '../../../components/DetailsTable';
import { FormFooter } from '../../../components/forms/FormFooter';
import { formatDate } from '../../../i18n/format';
import { documentPath, REGISTER_PATH } from '../document-paths';
import { documentsKeys, documentsQueries, EMPTY_FILTER } from '../documents-queries';
import { DocumentOutputButtons } from '../output/DocumentOutputButtons';
import { DocumentStatusBadge } from '../register/DocumentStatusBadge';
import { LetterPreviewModal } from './LetterPreviewModal';

/**
 * The referral page's letter panel: preview, issue the numbered letter, then print or save it.
 * Main checks everything again (consent, draft, letterhead, signer); the panel only explains
 * beforehand what would be refused.
 */
export function ReferralLetterPanel({
  referral,
  onChanged,
}: {
  referral: Referral;
  onChanged: () => void;
}) {
  const { t } = useTranslation('documents');
  return (
    <Paper withBorder p="md" component="section" aria-label={t('letter.title')}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('letter.title')}
        </Title>
        {referral.letterDocumentId !== null ? (
          <IssuedLetter
            referral={referral}
            documentId={referral.letterDocumentId}
            onChanged={onChanged}
          />
        ) : referral.status === 'draft' ? (
          <DraftLetter referral={referral} onChanged={onChanged} />
        ) : (
          <Text c="dimmed">{t('letter.notDraft')}</Text>
        )}
      </Stack>
    </Paper>
  );
}

function DraftLetter({ referral, onChanged }: { referral: Referral; onChanged: () => void }) {
  const { t } = useTranslation(['documents', 'shell']);
  const letterhead = useQuery(documentsQueries.letterhead());
  const signers = useQuery(documentsQueries.signers());
  const [chosen, setChosen] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const defaultSigner = letterhead.data?.defaultLetterSignerId ?? null;
  const signerId = chosen !== null ? Number(chosen) : defaultSigner;
  const issue = useKaonaMutation({
    call: (api, input: MethodInput<'documents.issueLetter'>) => api.documents.issueLetter(input),
    invalidates: [documentsKeys.lists()],
  });

  if (!referral.consentGiven)
    return (
      <Alert color="orange" variant="light">
        {t('letter.noConsent')}
      </Alert>
    );
  if (letterhead.data && !letterhead.data.configured)
    return (
      <Alert color="orange" variant="light">
        {t('letter.notConfigured')}
      </Alert>
    );

  const confirm = async () => {
    try {
      const issued = await issue.mutateAsync({ referralId: referral.referralId, signerId });
      notifications.show({
        color: 'teal',
        message: t('letter.issued', { number: issued.number }),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      });
      setConfirming(false);
      onChanged();
    } catch {
      // The dialog shows main's reason (issue.error) and stays open.
    }
  };

  const signerOptions = (signers.data ?? []).map((signer) => ({
    value: String(signer.signerId),
    label: signer.fullName,
  }));
  return (
    <Stack gap="sm">
      <Select
        label={t('letter.signer')}
        description={signerOptions.length > 0 ? t('letter.signerHint') : t('letter.noSigners')}
        data={signerOptions}
        value={signerId === null ? null : String(signerId)}
        onChange={setChosen}
        allowDeselect={false}
        maw={420}
      />
      <Group>
        <Button variant="default" onClick={() => setPreviewing(true)}>
          {t('letter.preview')}
        </Button>
        <Button
          onClick={() => {
            issue.reset();
            setConfirming(true);
          }}
        >
          {t('letter.issue')}
        </Button>
      </Group>
      {previewing && (
        <LetterPreviewModal
          referralId={referral.referralId}
          signerId={signerId}
          onClose={() => setPreviewing(false)}
        />
      )}
      {confirming && (
        <Modal
          opened
          onClose={() => setConfirming(false)}
          title={t('letter.confirmTitle')}
          closeButtonProps={{ 'aria-label': t('shell:common.close') }}
        >
          <Stack gap="md">
            <Text size="sm">{t('letter.confirmText')}</Text>
            <FormFooter
              submitLabel={t('letter.confirm')}
              pending={issue.isPending}
              error={issue.error ?? undefined}
              onCancel={() => setConfirming(false)}
              onConfirm={() => void confirm()}
              focusCancel
            />
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}

/**
 * The letter once issued: from the register's list (not audited: no content is read). A letter
 * voided before any reply can be replaced by a new one (main checks it again).
 */
function IssuedLetter({
  referral,
  documentId,
  onChanged,
}: {
  referral: Referral;
  documentId: number;
  onChanged: () => void;
}) {
  const { t } = useTranslation('documents');
  const { language } = useLanguage();
  const list = useQuery(documentsQueries.list({ ...EMPTY_FILTER, caseId: referral.caseId }));
  const row = list.data?.rows.find((each) => each.documentId === documentId);
  return (
    <Stack gap="sm">
      <DetailsTable
        rows={[
          { label: t('letter.number'), value: row?.number ?? referral.letterNumber ?? '' },
          {
            label: t('letter.issuedOn'),
            value: row
              ? formatDate(row.issuedOn, language)
              : referral.sentOn
                ? formatDate(referral.sentOn, language)
                : '',
          },
          {
            label: t('letter.status'),
            value: row ? (
              <DocumentStatusBadge status={row.status} voidReason={row.voidReason} />
            ) : (
              ''
            ),
          },
        ]}
      />
      <Group>
        {row?.status !== 'void' && (
          <DocumentOutputButtons documentIds={[documentId]} onDone={() => void list.refetch()} />
        )}
        <Anchor component={Link} to={documentPath(documentId)}>
          {t('letter.openInRegister')}
        </Anchor>
        <Anchor component={Link} to={REGISTER_PATH} size="sm" c="dimmed">
          {t('register.title')}
        </Anchor>
      </Group>
      {row?.status === 'void' && referral.status === 'sent' && (
        <>
          <Text>{t('letter.replaceVoided')}</Text>
          <DraftLetter referral={referral} onChanged={onChanged} />
        </>
      )}
    </Stack>
  );
}
