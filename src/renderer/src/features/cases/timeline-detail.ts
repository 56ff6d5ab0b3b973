import type { i18n as I18n, TFunction } from 'i18next';
import {
  CASE_STATUSES,
  CONSENT_PURPOSES,
  type CaseStatus,
  type ConsentPurpose,
  type TimelineEntry,
} from '../../../../shared/domain/cases';
import { REFERRAL_STATUSES, type ReferralStatus } from '../../../../shared/domain/documents';
import { fieldLabel } from './field-label';

type CasesT = TFunction<['cases', 'shell']>;

const text = (value: string | string[] | undefined): string =>
  Array.isArray(value) ? value.join(', ') : (value ?? '');

const isStatus = (value: string): value is CaseStatus =>
  (CASE_STATUSES as readonly string[]).includes(value);
const isPurpose = (value: string): value is ConsentPurpose =>
  (CONSENT_PURPOSES as readonly string[]).includes(value);

/** The lines under a timeline entry, from its codes and ids (the core sends no prose). */
export function timelineDetail(entry: TimelineEntry, t: CasesT, i18n: I18n): string[] {
  const { detail } = entry;
  const status = (code: string) => (isStatus(code) ? t(`codes.statuses.${code}`) : code);
  switch (entry.kind) {
    case 'status_changed': {
      const lines = [
        t('timeline.statusChange', {
          from: status(text(detail.from)),
          to: status(text(detail.to)),
        }),
      ];
      if (text(detail.reason)) lines.push(t('timeline.reason', { reason: text(detail.reason) }));
      return lines;
    }
    case 'consent_granted':
    case 'consent_withdrawn': {
      const purpose = text(detail.purpose);
      return purpose
        ? [
            t('timeline.purpose', {
              purpose: isPurpose(purpose) ? t(`codes.consentPurposes.${purpose}`) : purpose,
            }),
          ]
        : [];
    }
    case 'profile_edited': {
      const fields = Array.isArray(detail.fields) ? detail.fields : [text(detail.fields)];
      const names = fields.filter(Boolean).map((field) => fieldLabel(field, t, i18n));
      return names.length ? [t('timeline.fields', { fields: names.join(', ') })] : [];
    }
    case 'attachment_added':
    case 'attachment_removed': {
      const name = text(detail.fileName ?? detail.name);
      return name ? [t('timeline.file', { name })] : [];
    }
    case 'referral_created':
      return text(detail.referralId)
        ? [i18n.t('referrals:timeline.referral', { id: text(detail.referralId) })]
        : [];
    case 'referral_status_changed': {
      const code = text(detail.status);
      const known = (REFERRAL_STATUSES as readonly string[]).includes(code);
      return code
        ? [
            i18n.t('referrals:timeline.status', {
              status: known ? i18n.t(`referrals:statuses.${code as ReferralStatus}`) : code,
            }),
          ]
        : [];
    }
    default:
      return [];
  }
}
