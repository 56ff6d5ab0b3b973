import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../../shared/domain/vault';
import { useLanguage } from '../../app/providers/language-context';
import { PrintSheet } from '../../components/print/PrintSheet';
import { formatDate } from '../../i18n/format';
import { localToday } from '../../i18n/local-today';

interface AuditAnchorSheetProps {
  anchor: NonNullable<VaultStatus['anchor']>;
  agencyName: string;
  printing: boolean;
}

/**
 * The checkpoint on its own sheet, for the office's paper file. Paper is out of reach of whoever
 * might replace the database with an older copy, so a later check has something to compare with.
 */
export function AuditAnchorSheet({ anchor, agencyName, printing }: AuditAnchorSheetProps) {
  const { t } = useTranslation('audit');
  const { language } = useLanguage();
  return (
    <PrintSheet printing={printing} testId="audit-anchor-sheet">
      <h1>{t('anchor.sheet.title')}</h1>
      <dl>
        <dt>{t('anchor.sheet.agency')}</dt>
        <dd>{agencyName}</dd>
        <dt>{t('anchor.sheet.printedOn')}</dt>
        <dd>{formatDate(localToday(), language)}</dd>
      </dl>
      <dl className="kaona-print-box">
        <dt>{t('anchor.seq')}</dt>
        <dd>{anchor.seq}</dd>
        <dt>{t('anchor.fingerprint')}</dt>
        <dd>{anchor.fingerprint}</dd>
      </dl>
      <p>{t('anchor.sheet.keep')}</p>
      <p>{t('anchor.sheet.compare')}</p>
    </PrintSheet>
  );
}
