import type { TFunction } from 'i18next';
import type { DetailRow } from '../../components/DetailsTable';
import type { Language } from '../../../../shared/domain/preferences';
import {
  formatNationalId,
  formatThaiPhone,
  isValidNationalId,
  parseThaiPhone,
} from '../../../../shared/thai';
import type { IntakeFormValues, IntakeStep } from './intake-form';

interface ReviewFormat {
  t: TFunction<['intake', 'cases']>;
  date: (isoDate: string) => string;
  language: Language;
  /** "ตำบล… อำเภอ… จังหวัด…" of a subdistrict, or '' while it is not known yet. */
  place: (subdistrictId: number | null) => string;
  /** A mentoring need's name (the skills taxonomy is data); the code when not given. */
  skillLabel?: (code: string) => string;
}

const SATANG_PER_BAHT = 100;

/** The review page's rows, one section per step; empty answers read "—" rather than vanish. */
export function reviewSections(
  values: IntakeFormValues,
  { t, date, language, place, skillLabel = (code) => code }: ReviewFormat,
): { step: Exclude<IntakeStep, 'review'>; rows: DetailRow[] }[] {
  const { identity, contact, programme, baseline, business, consents } = values;
  const yes = (flag: boolean) => (flag ? t('review.yes') : t('review.no'));
  const text = (value: string) => (value.trim() === '' ? t('review.none') : value);
  const list = (items: string[]) => (items.length === 0 ? t('review.none') : items.join(', '));
  const money = new Intl.NumberFormat(language === 'th' ? 'th-TH' : 'en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const address = (value: { line: string; subdistrictId: number | null; postcode: string }) =>
    text(
      [value.line, place(value.subdistrictId), value.postcode]
        .filter((part) => part.trim() !== '')
        .join(' '),
    );
  const title =
    identity.title === 'other'
      ? identity.titleOther
      : identity.title
        ? t(`cases:codes.titles.${identity.title}`)
        : '';
  const phone = parseThaiPhone(contact.phone).ok ? formatThaiPhone(contact.phone) : contact.phone;

  return [
    {
      step: 'identity',
      rows: [
        {
          label: t('identity.name'),
          value: text(`${title}${identity.firstName} ${identity.lastName}`),
        },
        { label: t('identity.nickname'), value: text(identity.nickname) },
        { label: t('identity.latinName'), value: text(identity.latinName) },
        {
          label: t('identity.birthDate'),
          value: identity.birthDate ? date(identity.birthDate) : t('review.none'),
        },
        {
          label: t('identity.sex'),
          value: identity.sex ? t(`cases:codes.sexes.${identity.sex}`) : t('review.none'),
        },
        identity.hasThaiId
          ? {
              label: t('identity.nationalId'),
              value: isValidNationalId(identity.nationalId)
                ? formatNationalId(identity.nationalId)
                : text(identity.nationalId),
            }
          : {
              label: identity.otherIdDocument
                ? t(`cases:codes.otherIdDocuments.${identity.otherIdDocument}`)
                : t('identity.otherIdDocument'),
              value: text(identity.otherIdNumber),
            },
      ],
    },
    {
      step: 'contact',
      rows: [
        { label: t('contact.phone'), value: text(phone) },
        { label: t('contact.lineId'), value: text(contact.lineId) },
        { label: t('contact.registeredAddress'), value: address(contact.registeredAddress) },
        {
          label: t('contact.currentAddress'),
          value: contact.currentSameAsRegistered
            ? t('review.sameAsRegistered')
            : address(contact.currentAddress),
        },
      ],
    },
    {
      step: 'programme',
      rows: [
        {
          label: t('programme.targetGroups'),
          value: list(
            programme.targetGroups.map((group) => t(`cases:codes.targetGroups.${group}`)),
          ),
        },
        {
          label: t('programme.department'),
          value: programme.department
            ? t(`cases:codes.departments.${programme.department}`)
            : t('review.none'),
        },
        {
          label: t('programme.flagshipProject'),
          value: t(`cases:codes.flagshipProjects.${programme.flagshipProject}`),
        },
        {
          label: t('programme.referralSource'),
          value: programme.referralSource
            ? [
                t(`cases:codes.referralSources.${programme.referralSource}`),
                programme.referralSourceDetail,
              ]
                .filter(Boolean)
                .join(' — ')
            : t('review.none'),
        },
      ],
    },
    {
      step: 'baseline',
      rows: [
        { label: t('baseline.householdSize'), value: text(String(baseline.householdSize ?? '')) },
        {
          label: t('baseline.monthlyIncome'),
          value:
            baseline.monthlyIncomeSatang === null
              ? t('review.none')
              : t('review.baht', {
                  amount: money.format(baseline.monthlyIncomeSatang / SATANG_PER_BAHT),
                }),
        },
        { label: t('baseline.welfareCard'), value: yes(baseline.welfareCard) },
        {
          label: t('baseline.disabilityCard'),
          value: baseline.disabilityCard
            ? list(baseline.disabilityTypes.map((type) => t(`cases:codes.disabilityTypes.${type}`)))
            : t('review.no'),
        },
        {
          label: t('baseline.caregiverName'),
          value: text(
            [baseline.caregiverName, baseline.caregiverRelation].filter(Boolean).join(' — '),
          ),
        },
        { label: t('baseline.occupation'), value: text(baseline.occupation) },
        { label: t('baseline.healthNotes'), value: text(baseline.healthNotes) },
      ],
    },
    {
      step: 'business',
      rows: [
        { label: t('business.skills'), value: text(business.skills) },
        { label: t('business.products'), value: text(business.products) },
        { label: t('business.hasSmartphone'), value: yes(business.hasSmartphone) },
        { label: t('business.hasInternet'), value: yes(business.hasInternet) },
        { label: t('business.hasBankAccount'), value: yes(business.hasBankAccount) },
        { label: t('business.hasProductPhotos'), value: yes(business.hasProductPhotos) },
        { label: t('business.hasOnlineShop'), value: yes(business.hasOnlineShop) },
        { label: t('business.lazadaSellerId'), value: text(business.lazadaSellerId) },
        { label: t('business.goals'), value: text(business.goals) },
        {
          label: t('cases:fields.business.mentoringNeeds'),
          value: list((business.mentoringNeeds ?? []).map(skillLabel)),
        },
        {
          label: t('cases:fields.business.productCategory'),
          value: business.productCategory
            ? t(`cases:codes.productCategories.${business.productCategory}`)
            : t('review.none'),
        },
        {
          label: t('cases:fields.business.languages'),
          value: list((business.languages ?? []).map((code) => t(`cases:codes.languages.${code}`))),
        },
        { label: t('business.notes'), value: text(business.notes) },
      ],
    },
    {
      step: 'consents',
      rows: [
        ...consents.choices.map((choice) => ({
          label: t(`consents.purposes.${choice.purpose}`),
          value: choice.granted ? t('review.granted') : t('review.notGranted'),
        })),
        {
          label: t('consents.givenBy'),
          value:
            consents.givenBy === 'guardian'
              ? `${t('consents.givers.guardian')} — ${consents.guardianName}`
              : t('consents.givers.self'),
        },
        { label: t('review.noticeVersion'), value: consents.noticeVersion },
      ],
    },
  ];
}
