import {
  certificateWordingSchema,
  type CertificateAchievement,
  type CertificateWording,
} from '../../../../shared/domain/documents';
import { bangkokToday } from '../../../../shared/thai';

/** The wording form (per case and for a batch): the shared schema, today's date, the defaults. */
export const wordingSchema = certificateWordingSchema;

export type WordingValues = CertificateWording;

export const WORDING_FIELDS = [
  'achievement',
  'text',
  'detailText',
  'issuedOn',
  'signerIds',
] as const;

export function wordingDefaults(
  achievement: CertificateAchievement,
  signerIds: readonly number[],
): WordingValues {
  return {
    achievement,
    text: '',
    detailText: '',
    issuedOn: bangkokToday(),
    signerIds: [...signerIds].slice(0, 2),
  };
}
