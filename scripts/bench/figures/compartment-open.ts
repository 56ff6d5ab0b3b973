import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import {
  compartmentPath,
  createCompartmentFile,
  openCompartment,
} from '../../../src/main/core/compartments/compartment-file';
import { readProfile } from '../../../src/main/core/compartments/compartment-repository';
import { openRawKeyed } from '../raw-db';
import { median, timeMs } from '../timing';
import type { Figure } from '../types';

const WARM_UP = 3;
const ROUNDS = 15;

/**
 * A mentor's sign-in after the Argon2id step: open their compartment (key, pragmas, the
 * compartment's migration check) and read the profile the header shows, versus opening the same
 * file raw and reading one row. The Argon2id cost is the same as for anyone (`unlock_kdf_ms`).
 */
export const compartmentOpenFigure: Figure = {
  name: 'compartment-open',
  async run(context) {
    const dataDir = join(context.dir, 'compartments');
    const key = randomBytes(32);
    await createCompartmentFile(dataDir, 7, key, {
      user_id: 7,
      user_name: 'mentor.bench',
      full_name: 'Mentor Bench',
      position: '',
      must_change_password: 0,
      agency_name: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น',
      idle_lock_minutes: 5,
      slot: null,
      updated_at: new Date().toISOString(),
    });
    const coreTimes: number[] = [];
    const rawTimes: number[] = [];
    for (let round = 0; round < WARM_UP + ROUNDS; round++) {
      const coreMs = await timeMs(async () => {
        const compartment = await openCompartment(dataDir, 7, key);
        await readProfile(compartment.db);
        await compartment.db.destroy();
      });
      const rawMs = await timeMs(() => {
        const sqlite = openRawKeyed(compartmentPath(dataDir, 7), key);
        sqlite.prepare('SELECT * FROM profile WHERE id = 1').get();
        sqlite.close();
      });
      if (round >= WARM_UP) {
        coreTimes.push(coreMs);
        rawTimes.push(rawMs);
      }
    }
    return {
      label: 'compartment open (mentor)',
      unit: 'ms',
      core: { key: 'compartment_open_ms', value: median(coreTimes) },
      raw: { key: 'compartment_open_raw_ms', value: median(rawTimes) },
      ratioKey: 'compartment_open_ratio',
    };
  },
};
