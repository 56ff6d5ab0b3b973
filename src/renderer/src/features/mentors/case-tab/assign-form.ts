import type { z } from 'zod';
import { assignSchema, endAssignmentSchema } from '../../../../../shared/domain/mentoring';

/**
 * The dialog's part of `assignments.assign`: main asks a reason of a reassignment and of an
 * assignment beyond capacity (`reassign_needs_reason`, `over_capacity_needs_reason`); the form
 * says so before sending.
 */
export function assignFormSchema(needs: { reason: boolean; overCapacityReason: boolean }) {
  return assignSchema
    .pick({ reason: true, overCapacityReason: true })
    .superRefine((values, ctx) => {
      if (needs.reason && values.reason === '')
        ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reassign_needs_reason' });
      if (needs.overCapacityReason && values.overCapacityReason === '')
        ctx.addIssue({
          code: 'custom',
          path: ['overCapacityReason'],
          message: 'over_capacity_needs_reason',
        });
    });
}
export type AssignFormValues = z.input<ReturnType<typeof assignFormSchema>>;

export const endFormSchema = endAssignmentSchema.pick({ reason: true });
export type EndFormValues = z.input<typeof endFormSchema>;
