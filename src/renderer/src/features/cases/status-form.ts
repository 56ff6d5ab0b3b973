import { z } from 'zod';
import { CASE_STATUSES, statusChangeSchema } from '../../../../shared/domain/cases';

/**
 * The status dialog. Closing a case needs a reason (main refuses it otherwise, with the same
 * reason key, so the message is one and the same).
 */
export const statusFormSchema = z
  .object({
    to: z.union([z.literal(''), z.enum(CASE_STATUSES)]),
    reason: statusChangeSchema.shape.reason,
  })
  .superRefine((form, ctx) => {
    if (form.to === '') ctx.addIssue({ code: 'custom', path: ['to'], message: 'choose_one' });
    if (form.to === 'closed' && form.reason.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'status_reason_required' });
    }
  });

export type StatusFormValues = z.input<typeof statusFormSchema>;
