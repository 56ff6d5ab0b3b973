import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NotFoundPage } from '../../../app/errors/NotFoundPage';
import { QueryView } from '../../../components/QueryView';
import { referralsQueries } from '../referrals-queries';
import { ReferralView } from './ReferralView';

/** `/referrals/:referralId`: one referral, read with one audited `referrals.get`. */
export function ReferralPage() {
  const { referralId } = useParams();
  const id = /^\d{1,9}$/.test(referralId ?? '') ? Number(referralId) : 0;
  if (id <= 0) return <NotFoundPage />;
  return <ReferralLoader key={id} referralId={id} />;
}

function ReferralLoader({ referralId }: { referralId: number }) {
  const { t } = useTranslation('referrals');
  const referral = useQuery(referralsQueries.referral(referralId));
  return (
    <QueryView query={referral} errorTitle={t('page.loadFailed')}>
      {(data) => <ReferralView referral={data} onChanged={() => void referral.refetch()} />}
    </QueryView>
  );
}
