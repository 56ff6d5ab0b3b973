import type { z } from 'zod';
import type {
  OfficeSettings,
  officeSettingsPatchSchema,
} from '../../../shared/domain/office-settings';
import type { Clock } from '../clock';
import type { SessionManager } from '../session/session-manager';
import { readOfficeSettings, writeOfficeSettings } from './office-settings';

export class OfficeSettingsService {
  constructor(
    private readonly sessions: SessionManager,
    private readonly clock: Clock,
  ) {}

  get(): Promise<OfficeSettings> {
    return readOfficeSettings(this.sessions.unlocked().db);
  }

  async update(patch: z.output<typeof officeSettingsPatchSchema>): Promise<OfficeSettings> {
    const unlocked = this.sessions.unlocked();
    const current = await readOfficeSettings(unlocked.db);
    const next = { ...current, ...patch };
    const changed = (Object.keys(patch) as (keyof OfficeSettings)[]).filter(
      (field) => patch[field] !== current[field],
    );
    if (changed.length === 0) return current;
    await unlocked.db.transaction().execute(async (trx) => {
      await writeOfficeSettings(trx, next, this.clock.now());
      await unlocked.audit.record(
        {
          action: 'settings.changed',
          outcome: 'success',
          actor: this.sessions.actor(),
          details: { fields: changed },
        },
        trx,
      );
    });
    if (changed.includes('idleLockMinutes')) this.sessions.setIdleLockMinutes(next.idleLockMinutes);
    return next;
  }
}
