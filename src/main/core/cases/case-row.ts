import type { z } from 'zod';
import type { baselineSchema, businessSchema, programmeSchema } from '../../../shared/domain/cases';

/** The parts of the intake a case is made of (the wizard's, or a returning person's new case). */
export interface CaseSections {
  programme: z.output<typeof programmeSchema>;
  baseline: z.output<typeof baselineSchema>;
  business: z.output<typeof businessSchema>;
}

const flag = (value: boolean): 0 | 1 => (value ? 1 : 0);

/** The case row's columns that come from the form, as stored. */
export function caseRow({ programme, baseline, business }: CaseSections) {
  return {
    department: programme.department,
    flagship_project: programme.flagshipProject,
    referral_source: programme.referralSource,
    referral_source_detail: programme.referralSourceDetail,
    household_size: baseline.householdSize,
    monthly_income_satang: baseline.monthlyIncomeSatang,
    welfare_card: flag(baseline.welfareCard),
    disability_card: flag(baseline.disabilityCard),
    disability_types: JSON.stringify([...new Set(baseline.disabilityTypes)]),
    health_notes: baseline.healthNotes,
    caregiver_name: baseline.caregiverName,
    caregiver_relation: baseline.caregiverRelation,
    occupation: baseline.occupation,
    skills: business.skills,
    products: business.products,
    has_smartphone: flag(business.hasSmartphone),
    has_internet: flag(business.hasInternet),
    has_bank_account: flag(business.hasBankAccount),
    has_product_photos: flag(business.hasProductPhotos),
    has_online_shop: flag(business.hasOnlineShop),
    lazada_seller_id: business.lazadaSellerId,
    goals: business.goals,
    notes: business.notes,
    mentoring_needs: JSON.stringify(business.mentoringNeeds),
    product_category: business.productCategory,
    languages: JSON.stringify(business.languages),
  };
}
