import { describe, expect, it } from 'vitest';
import {
  CODE_LABELS,
  REFERRAL_STATUS_COLUMNS,
  REPORT_COLUMNS,
} from '../../src/shared/domain/reports';
import thCases from '../../src/renderer/src/i18n/locales/th/cases.json';
import enCases from '../../src/renderer/src/i18n/locales/en/cases.json';
import thDocuments from '../../src/renderer/src/i18n/locales/th/documents.json';
import enDocuments from '../../src/renderer/src/i18n/locales/en/documents.json';
import thReferrals from '../../src/renderer/src/i18n/locales/th/referrals.json';
import enReferrals from '../../src/renderer/src/i18n/locales/en/referrals.json';

/** The files print the words the screens show: the core's copies agree with the catalogues. */
describe('report code labels', () => {
  it.each([
    ['th', thCases, thDocuments, thReferrals],
    ['en', enCases, enDocuments, enReferrals],
  ] as const)('match the %s catalogues', (language, cases, documents, referrals) => {
    expect(CODE_LABELS.department[language]).toEqual(cases.codes.departmentsShort);
    expect(CODE_LABELS.caseStatus[language]).toEqual(cases.codes.statuses);
    expect(CODE_LABELS.targetGroup[language]).toEqual(cases.codes.targetGroups);
    expect(CODE_LABELS.flagshipProject[language]).toEqual(cases.codes.flagshipProjects);
    expect(CODE_LABELS.documentKind[language]).toEqual(documents.register.kinds);
    expect(CODE_LABELS.documentStatus[language]).toEqual(documents.register.statuses);
    const headers = REPORT_COLUMNS.referrals_by_status.map((column) => column.label[language]);
    expect(headers.slice(1, -1)).toEqual(REFERRAL_STATUS_COLUMNS.map((s) => referrals.statuses[s]));
  });
});
