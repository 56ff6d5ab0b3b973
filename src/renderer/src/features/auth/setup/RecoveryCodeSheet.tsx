import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/providers/language-context';
import { PrintSheet } from '../../../components/print/PrintSheet';
import { formatDate } from '../../../i18n/format';
import { localToday } from '../../../i18n/local-today';

interface RecoveryCodeSheetProps {
  agencyName: string;
  recoveryCode: string;
  printing: boolean;
}

/**
 * The page that goes on paper: the office, when it was issued (Buddhist era), the code, and how
 * to use and keep it. No user name: a lost sheet should not also say whose account it opens.
 * The warning against "Save as PDF" is in Thai and English whatever the screen's language, since
 * the print window offering it may be in either.
 */
export function RecoveryCodeSheet({ agencyName, recoveryCode, printing }: RecoveryCodeSheetProps) {
  const { t, i18n } = useTranslation('auth');
  const { language } = useLanguage();
  const paperOnly = (['th', 'en'] as const).map((lng) =>
    i18n.getFixedT(lng, 'auth')('setup.sheet.paperOnly'),
  );
  return (
    <PrintSheet printing={printing} testId="recovery-sheet">
      <h1>{t('setup.sheet.title')}</h1>
      <dl>
        <dt>{t('setup.sheet.agency')}</dt>
        <dd>{agencyName}</dd>
        <dt>{t('setup.sheet.issuedOn')}</dt>
        <dd>{formatDate(localToday(), language)}</dd>
      </dl>
      <p className="kaona-print-warning" data-testid="recovery-sheet-paper-only">
        {paperOnly.map((line) => (
          <span key={line} style={{ display: 'block' }}>
            {line}
          </span>
        ))}
      </p>
      <p>
        <strong>{t('setup.sheet.code')}</strong>
      </p>
      <p className="kaona-print-box">{recoveryCode.split('-').join(' ')}</p>
      <p>
        <strong>{t('setup.sheet.howTo')}</strong>
      </p>
      <ol>
        <li>{t('setup.sheet.step1')}</li>
        <li>{t('setup.sheet.step2')}</li>
        <li>{t('setup.sheet.step3')}</li>
        <li>{t('setup.sheet.step4')}</li>
      </ol>
    </PrintSheet>
  );
}
