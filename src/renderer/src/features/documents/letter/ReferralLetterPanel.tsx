import type { Referral } from '../../../../../shared/domain/documents';

/**
 * The referral page's letter panel: preview, issue the numbered letter, then print or save it.
 * (Foundation placeholder; the register-and-letter branch fills it.)
 */
export function ReferralLetterPanel(props: { referral: Referral; onChanged: () => void }) {
  return <div data-testid="referral-letter" data-referral={props.referral.referralId} />;
}
