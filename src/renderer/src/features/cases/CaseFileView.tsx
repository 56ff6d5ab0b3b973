import { Alert, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../../../shared/domain/cases';
import { AttachmentsTab } from './AttachmentsTab';
import { CaseHeader } from './CaseHeader';
import { ConsentsTab } from './ConsentsTab';
import { MentoringTab } from '../mentors/case-tab/MentoringTab';
import { HistoryTab } from './HistoryTab';
import { ProgressTab } from '../mentoring/ProgressTab';
import { ProfileTab } from './ProfileTab';
import { ReferralsTab } from '../referrals/ReferralsTab';
import { PdpaTab } from '../pdpa/PdpaTab';
import { usePdpaPermissions } from '../pdpa/use-pdpa-permissions';
import { TimelineTab } from './TimelineTab';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../app/providers/language-context';

const TABS = ['profile', 'mentoring', 'history', 'timeline', 'attachments', 'consents'] as const;

/** The case file: who, where the case stands, and its parts in tabs. */
export function CaseFileView({ file }: { file: CaseFile }) {
  const { t } = useTranslation(['cases', 'mentoring', 'referrals', 'pdpa']);
  const { canRequest } = usePdpaPermissions();
  const { language } = useLanguage();
  const { erasedAt } = file.profile;
  return (
    <Stack gap="lg">
      <CaseHeader file={file} />
      {erasedAt !== null && (
        <Alert color="gray" title={t('file.erasedTitle')} data-testid="case-erased">
          {t('file.erasedBody', { at: formatDateTime(erasedAt, language) })}
        </Alert>
      )}
      <Tabs defaultValue="profile" keepMounted={false}>
        <Tabs.List aria-label={t('file.tabs')}>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {t(`tabs.${tab}`)}
            </Tabs.Tab>
          ))}
          <Tabs.Tab value="progress">{t('mentoring:progress.tab')}</Tabs.Tab>
          <Tabs.Tab value="referrals">{t('referrals:tab.title')}</Tabs.Tab>
          {canRequest && <Tabs.Tab value="pdpa">{t('pdpa:tab')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="profile" pt="md">
          <ProfileTab file={file} />
        </Tabs.Panel>
        <Tabs.Panel value="mentoring" pt="md">
          <MentoringTab caseId={file.case.caseId} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryTab caseId={file.case.caseId} />
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="md">
          <TimelineTab entries={file.timeline} />
        </Tabs.Panel>
        <Tabs.Panel value="attachments" pt="md">
          <AttachmentsTab
            caseId={file.case.caseId}
            attachments={file.attachments}
            readOnly={erasedAt !== null}
          />
        </Tabs.Panel>
        <Tabs.Panel value="consents" pt="md">
          <ConsentsTab file={file} />
        </Tabs.Panel>
        <Tabs.Panel value="progress" pt="md">
          <ProgressTab caseId={file.case.caseId} attachments={file.attachments} />
        </Tabs.Panel>
        <Tabs.Panel value="referrals" pt="md">
          <ReferralsTab file={file} />
        </Tabs.Panel>
        {canRequest && (
          <Tabs.Panel value="pdpa" pt="md">
            <PdpaTab file={file} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
