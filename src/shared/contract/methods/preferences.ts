import { z } from 'zod';
import { preferencesPatchSchema, type Preferences } from '../../domain/preferences';
import { method, output } from '../define';

export const preferencesReasons = [] as const;

export const preferencesMethods = {
  'preferences.get': method({
    input: z.strictObject({}),
    output: output<Preferences>(),
    access: 'public',
  }),
  'preferences.set': method({
    input: preferencesPatchSchema,
    output: output<Preferences>(),
    access: 'public',
  }),
};
