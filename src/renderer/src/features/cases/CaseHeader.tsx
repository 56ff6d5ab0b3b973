import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CASE_TRANSITIONS, type CaseFile } from '../../../../shared/domain/cases';
import { roleHasPermission } from '../../../../shared/permissions';
import { useLanguage } from '../../app/providers/language-context';
import { useSignedInUser } from '../../app/session/session-context';
import { formatDate } from '../../i18n/format';
import { ageInYears } from './case-age';
import { CASES_PATH, casePath } from './case-paths';
import { CaseStatusBadge } from './CaseStatusBadge';
import { ChangeStatusModal } from './ChangeStatusModal';
import { IssueCertificateButton } from '../certificates/IssueCertificateButton';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

/** Who the person is and where the case stands, with the one action on the case as a whole. */
export function CaseHeader({ file }: { file: CaseFile }) {
  const { t } = useTranslation('cases');
  const { language } = useLanguage();
  const { role } = useSignedInUser();
  const [changingStatus, setChangingStatus] = useState(false);
  const { profile, case: details } = file;
  const granted = file.consents.filter((consent) => consent.granted).length;
  const canMove =
    roleHasPermission(role, 'cases.write') && CASE_TRANSITIONS[details.status].length > 0;

  return (
    <Paper withBorder p="lg" component="header">
      <Stack gap="md">
        <Anchor component={Link} to={CASES_PATH} size="sm">
          {t('file.back')}
        </Anchor>
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={1}>{profile.displayName}</Title>
            {profile.nickname && (
              <Text c="dimmed">{t('file.nickname', { nickname: profile.nickname })}</Text>
            )}
            <Group gap="xs">
              <CaseStatusBadge status={details.status} />
              {details.targetGroups.map((group) => (
                <Badge key={group} variant="outline" style={{ textTransform: 'none' }}>
                  {t(`codes.targetGroups.${group}`)}
                </Badge>
              ))}
            </Group>
            {details.statusReason && (
              <Text size="sm" c="dimmed">
                {t('fields.case.statusReason')}: {details.statusReason}
              </Text>
            )}
          </Stack>
          <Group gap="sm">
            <IssueCertificateButton caseId={details.caseId} />
            {canMove && (
              <Button variant="default" onClick={() => setChangingStatus(true)}>
                {t('file.changeStatus')}
              </Button>
            )}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 2, md: 5 }} spacing="md">
          <Fact label={t('file.caseNumber')}>
            <Text ff="monospace">{details.caseNumber}</Text>
          </Fact>
          <Fact label={t('file.age')}>
            {t('file.years', { count: ageInYears(profile.birthDate) })}
          </Fact>
          <Fact label={t('file.intakeDate')}>{formatDate(details.intakeDate, language)}</Fact>
          <Fact label={t('file.mentor')}>{details.mentorName ?? t('file.noMentor')}</Fact>
          <Fact label={t('file.consents')}>
            {t('file.consentSummary', { granted, total: file.consents.length })}
          </Fact>
        </SimpleGrid>
        {file.otherCases.length > 0 && (
          <Fact label={t('file.otherCases')}>
            <Group gap="md">
              {file.otherCases.map((other) => (
                <Group key={other.caseId} gap={6}>
                  <Anchor component={Link} to={casePath(other.caseId)} ff="monospace">
                    {other.caseNumber}
                  </Anchor>
                  <CaseStatusBadge status={other.status} />
                </Group>
              ))}
            </Group>
          </Fact>
        )}
      </Stack>
      {changingStatus && (
        <ChangeStatusModal
          caseId={details.caseId}
          status={details.status}
          onClose={() => setChangingStatus(false)}
        />
      )}
    </Paper>
  );
}
