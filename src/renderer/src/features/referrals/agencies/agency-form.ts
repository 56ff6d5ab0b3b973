import type { z } from 'zod';
import type { Agency, agencySaveSchema } from '../../../../../shared/domain/documents';

export type AgencyFormValues = z.input<typeof agencySaveSchema>;
export type AgencyFormOutput = z.output<typeof agencySaveSchema>;

export const AGENCY_FORM_FIELDS = [
  'name',
  'addressee',
  'addressLines',
  'phone',
  'email',
  'contactPerson',
  'active',
] as const;

/** A new agency (version 0) or the one being edited, its address as lines in one box. */
export function agencyDefaults(agency: Agency | null): AgencyFormValues {
  return agency
    ? {
        agencyId: agency.agencyId,
        name: agency.name,
        addressee: agency.addressee,
        addressLines: agency.addressLines.join('\n'),
        phone: agency.phone,
        email: agency.email,
        contactPerson: agency.contactPerson,
        active: agency.active,
        version: agency.version,
      }
    : {
        name: '',
        addressee: '',
        addressLines: '',
        phone: '',
        email: '',
        contactPerson: '',
        active: true,
        version: 0,
      };
}
