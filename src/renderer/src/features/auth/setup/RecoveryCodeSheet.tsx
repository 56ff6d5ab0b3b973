import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/providers/language-context';
import { formatDate } from '../../../i18n/format';
import './recovery-sheet.css';

interface RecoveryCodeSheetProps {
  agencyName: string;
  adminUserName: string;
  recoveryCode: string;
}

/** Today as a local calendar date (`YYYY-MM-DD`): the day the sheet is printed in this office. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The page that `window.print()` puts on paper: who it belongs to, when it was issued (Buddhist
 * era), the code, and how to use and keep it. A direct child of <body>, so that the print CSS can
 * hide everything else.
 */
export function RecoveryCodeSheet({
  agencyName,
  adminUserName,
  recoveryCode,
}: RecoveryCodeSheetProps) {
  const { t } = useTranslation('auth');
  const { language } = useLanguage();
  return createPortal(
    <div className="kaona-recovery-sheet" data-testid="recovery-sheet">
      <h1>{t('setup.sheet.title')}</h1>
      <dl>
        <dt>{t('setup.sheet.agency')}</dt>
        <dd>{agencyName}</dd>
        <dt>{t('setup.sheet.issuedOn')}</dt>
        <dd>{formatDate(localToday(), language)}</dd>
        <dt>{t('setup.sheet.adminUserName')}</dt>
        <dd>{adminUserName}</dd>
      </dl>
      <p>
        <strong>{t('setup.sheet.code')}</strong>
      </p>
      <p className="kaona-recovery-code">{recoveryCode.split('-').join(' ')}</p>
      <p>
        <strong>{t('setup.sheet.howTo')}</strong>
      </p>
      <ol>
        <li>{t('setup.sheet.step1')}</li>
        <li>{t('setup.sheet.step2')}</li>
        <li>{t('setup.sheet.step3')}</li>
        <li>{t('setup.sheet.step4')}</li>
      </ol>
    </div>,
    document.body,
  );
}
