import { Alert, Anchor, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { REFERRAL_TRANSITIONS, type Referral } from '../../../../../shared/domain/documents';
import { useLanguage } from '../../../app/providers/language-context';
import { DetailsTable } from '../../../components/DetailsTable';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate, formatDateTime, THAI_TIME_ZONE } from '../../../i18n/format';
import { casePath } from '../../cases/case-paths';
import { ReferralLetterPanel } from '../../documents/letter/ReferralLetterPanel';
import { ReferralFormModal } from '../form/ReferralFormModal';
import { REFERRALS_PATH } from '../referral-paths';
import { ReferralStatusCell } from '../ReferralStatusBadge';
import { useReferralPermissions } from '../use-referral-permissions';
import { StatusChangeModal } from './StatusChangeModal';
import { StatusHistory } from './StatusHistory';

/** Statuses recorded here; `sent` comes from issuing the letter. */
function recordableMoves(referral: Referral) {
  return REFERRAL_TRANSITIONS[referral.status].filter((status) => status !== 'sent');
}

/** One referral: who and where to, what it says, its history, its letter, and what comes next. */
export function ReferralView({
  referral,
  onChanged,
}: {
  referral: Referral;
  onChanged: () => void;
}) {
  const { t } = useTranslation(['referrals', 'shell']);
  const { language } = useLanguage();
  const { canWrite } = useReferralPermissions();
  const [editing, setEditing] = useState(false);
  const [changing, setChanging] = useState(false);
  const none = t('page.none');
  const date = (value: string | null) => (value ? formatDate(value, language) : none);
  const lines = (list: readonly string[]) =>
    list.length === 0 ? (
      none
    ) : (
      <List size="sm">
        {list.map((item, index) => (
          <List.Item key={index}>{item}</List.Item>
        ))}
      </List>
    );
  const isDraft = referral.status === 'draft';
  const moves = recordableMoves(referral);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={REFERRALS_PATH} size="sm">
        {t('page.backToList')}
      </Anchor>
      <PageHeader
        title={t('page.title', { agency: referral.agencyName })}
        actions={
          canWrite && (
            <>
              {isDraft && (
                <Button
                  variant="default"
                  onClick={() => setEditing(true)}
                  disabled={!referral.consentGiven}
                >
                  {t('page.edit')}
                </Button>
              )}
              {moves.length > 0 && (
                <Button onClick={() => setChanging(true)}>{t('page.changeStatus')}</Button>
              )}
            </>
          )
        }
      />
      {!referral.consentGiven && isDraft && (
        <Alert color="yellow" variant="light" role="status">
          {t('page.consentWithdrawn')}
        </Alert>
      )}
      <Paper withBorder p="lg" component="section" aria-label={t('page.summary')}>
        <DetailsTable
          rows={[
            { label: t('page.person'), value: referral.personName },
            {
              label: t('page.case'),
              value: (
                <Anchor component={Link} to={casePath(referral.caseId)}>
                  {t('page.openCase', { caseNumber: referral.caseNumber })}
                </Anchor>
              ),
            },
            { label: t('page.agency'), value: referral.agencyName },
            { label: t('page.addressee'), value: referral.addressee },
            { label: t('page.status'), value: <ReferralStatusCell referral={referral} /> },
            {
              label: t('page.created'),
              value: formatDateTime(referral.createdAt, language, { timeZone: THAI_TIME_ZONE }),
            },
            { label: t('page.sentOn'), value: date(referral.sentOn) },
            { label: t('page.statusOn'), value: date(referral.statusOn) },
            { label: t('page.letter'), value: referral.letterNumber ?? t('page.noLetter') },
          ]}
        />
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="referral-texts">
        <Stack gap="md">
          <Title order={2} size="h4" id="referral-texts">
            {t('page.texts')}
          </Title>
          <DetailsTable
            rows={[
              {
                label: t('page.reason'),
                value: <Text style={{ whiteSpace: 'pre-wrap' }}>{referral.reason}</Text>,
              },
              {
                label: t('page.requestedService'),
                value: <Text style={{ whiteSpace: 'pre-wrap' }}>{referral.requestedService}</Text>,
              },
              { label: t('page.enclosures'), value: lines(referral.enclosures) },
              { label: t('page.references'), value: lines(referral.references) },
              { label: t('page.contactPerson'), value: referral.contactPerson || none },
              {
                label: t('page.details'),
                value:
                  referral.details.length === 0
                    ? t('page.onlyName')
                    : referral.details.map((detail) => t(`details.${detail}`)).join(', '),
              },
            ]}
          />
        </Stack>
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="referral-history">
        <Stack gap="md">
          <Title order={2} size="h4" id="referral-history">
            {t('page.history')}
          </Title>
          <StatusHistory history={referral.history} />
        </Stack>
      </Paper>
      <ReferralLetterPanel referral={referral} onChanged={onChanged} />
      {editing && (
        <ReferralFormModal
          caseId={referral.caseId}
          referral={referral}
          onClose={() => setEditing(false)}
          onSaved={onChanged}
        />
      )}
      {changing && (
        <StatusChangeModal
          referral={referral}
          moves={moves}
          onClose={() => setChanging(false)}
          onSaved={onChanged}
        />
      )}
    </Stack>
  );
}
