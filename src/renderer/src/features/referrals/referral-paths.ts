/** The referrals pages: the office's list, the agencies directory and one referral. */
export const REFERRALS_PATH = '/referrals';
export const AGENCIES_PATH = '/referrals/agencies';

export function referralPath(referralId: number): string {
  return `${REFERRALS_PATH}/${referralId}`;
}
