import { z } from 'zod';
import type { SessionInfo } from '../../domain/accounts';
import { setupSchema } from '../../domain/setup';
import { method, output } from '../define';

export const setupAuditActions = ['setup.completed'] as const;

export const setupReasons = ['already_set_up', 'setup_not_started'] as const;

/** First run: only possible while no database exists (main refuses otherwise). */
export const setupMethods = {
  'setup.begin': method({
    input: z.strictObject({}),
    output: output<{ recoveryCode: string }>(),
    access: 'public',
  }),
  'setup.cancel': method({ input: z.strictObject({}), output: output<null>(), access: 'public' }),
  'setup.complete': method({ input: setupSchema, output: output<SessionInfo>(), access: 'public' }),
};
