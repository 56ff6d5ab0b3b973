import { z } from 'zod';
import { officeSettingsPatchSchema, type OfficeSettings } from '../../domain/office-settings';
import { method, output } from '../define';

export const settingsAuditActions = ['settings.changed'] as const;

export const settingsReasons = [] as const;

export const settingsMethods = {
  'settings.get': method({
    input: z.strictObject({}),
    output: output<OfficeSettings>(),
    access: 'settings.read',
  }),
  'settings.update': method({
    input: officeSettingsPatchSchema,
    output: output<OfficeSettings>(),
    access: 'settings.write',
  }),
};
