import { z } from 'zod';
import type { AppInfo } from '../../domain/app-info';
import { method, output } from '../define';

export const appReasons = ['not_available_here', 'sign_out_first'] as const;

export const appMethods = {
  'app.info': method({ input: z.strictObject({}), output: output<AppInfo>(), access: 'public' }),
  /**
   * "Open another folder" on the sign-in screen when the database cannot be read. Desktop only
   * (CONFLICT `not_available_here` in the web host); on a choice the app restarts there.
   */
  'app.chooseDataFolder': method({
    input: z.strictObject({}),
    output: output<{ chosen: boolean }>(),
    access: 'public',
  }),
};
