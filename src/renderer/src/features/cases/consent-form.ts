import { z } from 'zod';
import { CONSENT_GIVERS, consentChangeSchema } from '../../../../shared/domain/cases';

/** Who gave (or withdrew) the consent; a guardian is named. The rest comes from the dialog. */
export const consentFormSchema = z
  .object({
    givenBy: z.enum(CONSENT_GIVERS),
    guardianName: consentChangeSchema.shape.guardianName,
    note: consentChangeSchema.shape.note,
  })
  .superRefine((form, ctx) => {
    if (form.givenBy === 'guardian' && form.guardianName.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['guardianName'], message: 'required' });
    }
  });

export type ConsentFormInput = z.input<typeof consentFormSchema>;
export type ConsentFormValues = z.output<typeof consentFormSchema>;
