import type { Migration } from 'kysely/migration';
import * as c0001 from './migrations/0001-compartment';
import * as c0002 from './migrations/0002-mentoring';

/** The compartments' own schema versions, separate from the office database's. */
export const COMPARTMENT_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-compartment': c0001,
  '0002-mentoring': c0002,
};
