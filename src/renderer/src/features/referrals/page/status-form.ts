import { z } from 'zod';
import { REFERRAL_STATUSES, referralStatusSchema } from '../../../../../shared/domain/documents';

/** The status dialog: nothing chosen at first (`choose_status`), then main's own checks. */
export const statusFormSchema = z
  .object({
    status: z.union([z.literal(''), z.enum(REFERRAL_STATUSES)]),
    on: referralStatusSchema.shape.on,
    note: referralStatusSchema.shape.note,
  })
  .superRefine((form, ctx) => {
    if (form.status === '')
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'choose_status' });
  });

export type StatusFormValues = z.input<typeof statusFormSchema>;
