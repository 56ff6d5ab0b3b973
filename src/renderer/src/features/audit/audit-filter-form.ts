import { z } from 'zod';
import {
  AUDIT_ACTIONS,
  AUDIT_OUTCOMES,
  auditQuerySchema,
  type AuditQuery,
} from '../../../../shared/domain/audit';
import { buddhistDateSchema, EMPTY_DATE } from './buddhist-date';

export const DATE_ORDER = 'date_order';

/**
 * The filter boxes, turned into the query main parses with `auditQuerySchema`. The pieces are
 * that schema's own (user name, action and outcome lists); dates are typed in the Buddhist era
 * and leave as ISO dates.
 */
export const auditFilterFormSchema = z
  .object({
    actorUserName: auditQuerySchema.shape.actorUserName.unwrap(),
    action: z.union([z.literal(''), z.enum(AUDIT_ACTIONS)]),
    outcome: z.union([z.literal(''), z.enum(AUDIT_OUTCOMES)]),
    from: buddhistDateSchema,
    to: buddhistDateSchema,
  })
  .refine(({ from, to }) => !from || !to || from <= to, { path: ['to'], message: DATE_ORDER })
  .transform(({ actorUserName, action, outcome, from, to }): AuditQuery => ({
    ...(actorUserName.trim() ? { actorUserName: actorUserName.trim() } : {}),
    ...(action ? { action } : {}),
    ...(outcome ? { outcome } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  }));

export type AuditFilterFormInput = z.input<typeof auditFilterFormSchema>;

export const EMPTY_FILTERS: AuditFilterFormInput = {
  actorUserName: '',
  action: '',
  outcome: '',
  from: EMPTY_DATE,
  to: EMPTY_DATE,
};
