import { z } from 'zod';
import type { AppInfo } from '../../domain/app-info';
import { method, output } from '../define';

export const appMethods = {
  'app.info': method({ input: z.strictObject({}), output: output<AppInfo>(), access: 'public' }),
};
