import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NotFoundPage } from '../../app/errors/NotFoundPage';
import { QueryView } from '../../components/QueryView';
import { CaseFileView } from './CaseFileView';
import { casesQueries } from './cases-queries';

/** `/cases/:caseId`: one case file, read with one audited `cases.open`. */
export function CasePage() {
  const { caseId } = useParams();
  const id = /^\d{1,9}$/.test(caseId ?? '') ? Number(caseId) : 0;
  if (id <= 0) return <NotFoundPage />;
  // A new case id is a new page: nothing revealed on one case survives into another.
  return <CaseFileLoader key={id} caseId={id} />;
}

function CaseFileLoader({ caseId }: { caseId: number }) {
  const { t } = useTranslation('cases');
  const file = useQuery(casesQueries.file(caseId));
  return (
    <QueryView query={file} errorTitle={t('file.loadFailed')}>
      {(caseFile) => <CaseFileView file={caseFile} />}
    </QueryView>
  );
}
