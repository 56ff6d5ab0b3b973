import type { z } from 'zod';
import type {
  OfficeSettings,
  officeSettingsPatchSchema,
} from '../../../shared/domain/office-settings';
import type { SignedInCall } from '../call/call-context';
import { readOfficeSettings, writeOfficeSettings } from './office-settings';

type SettingsPatch = z.output<typeof officeSettingsPatchSchema>;

/** Applies a patch of the office settings; returns what changed (nothing: no write, no event). */
export async function updateOfficeSettings(
  call: SignedInCall,
  patch: SettingsPatch,
): Promise<{ settings: OfficeSettings; changed: (keyof OfficeSettings)[] }> {
  const current = await readOfficeSettings(call.db);
  const next = { ...current, ...patch };
  const changed = (Object.keys(patch) as (keyof OfficeSettings)[]).filter(
    (field) => patch[field] !== current[field],
  );
  if (changed.length === 0) return { settings: current, changed };
  await call.audited(
    { action: 'settings.changed', outcome: 'success', details: { fields: changed } },
    (trx) => writeOfficeSettings(trx, next, call.clock.now()),
  );
  return { settings: next, changed };
}
