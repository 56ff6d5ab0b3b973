import type { FieldPath } from 'react-hook-form';
import type { ServerErrorFields } from '../../components/forms/server-errors';
import { INTAKE_DEFAULTS, type IntakeFormValues } from './intake-form';

/** Every leaf of the form (`identity.birthDate`, `consents.choices`), where main's issues may point. */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    leafPaths(child, prefix ? `${prefix}.${key}` : key),
  );
}

/**
 * Where main's refusals of an intake go. Rules that need the clock or the reference data (a
 * birth date in the future, a postcode of another subdistrict) come back as reasons; main does not
 * say which address a postcode refusal is about, so it goes under the registered one, the one
 * every intake has.
 */
export const INTAKE_SERVER_ERRORS: ServerErrorFields<IntakeFormValues> = {
  fields: leafPaths(INTAKE_DEFAULTS) as FieldPath<IntakeFormValues>[],
  reasons: {
    birth_date_in_future: 'identity.birthDate',
    birth_date_too_old: 'identity.birthDate',
    national_id_taken: 'identity.nationalId',
    postcode_not_in_subdistrict: 'contact.registeredAddress.postcode',
    subdistrict_not_found: 'contact.registeredAddress.postcode',
    programme_consent_required: 'consents.choices',
    // A need the taxonomy no longer offers (retired by the admin meanwhile).
    skill_unknown: 'business.mentoringNeeds',
  },
};
