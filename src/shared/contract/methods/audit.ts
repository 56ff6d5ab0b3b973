import { z } from 'zod';
import { auditQuerySchema, type AuditEvent, type AuditVerification } from '../../domain/audit';
import { method, output } from '../define';

export const auditReasons = [] as const;

export const auditMethods = {
  'audit.list': method({
    input: auditQuerySchema,
    output: output<{ events: AuditEvent[]; hasMore: boolean }>(),
    access: 'audit.read',
  }),
  'audit.verify': method({
    input: z.strictObject({}),
    output: output<AuditVerification>(),
    access: 'audit.read',
  }),
};
