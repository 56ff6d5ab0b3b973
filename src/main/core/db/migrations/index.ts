import type { Migration } from 'kysely/migration';
import * as m0001 from './0001-settings';
import * as m0002 from './0002-accounts-and-audit';
import * as m0003 from './0003-key-slot-registry';
import * as m0004 from './0004-case-files';
import * as m0005 from './0005-case-search-sqlite';
import * as m0006 from './0006-address-data';
import * as m0007 from './0007-mentoring';
import * as m0008 from './0008-documents';
import * as m0009 from './0009-documents-frozen';
import * as m0010 from './0010-imports';
import * as m0011 from './0011-backups';
import * as m0012 from './0012-pdpa';
import * as m0013 from './0013-dashboard-indexes';

/**
 * Every migration, in order. A static index because a bundled app has no migration folder to
 * scan. Names sort in order and are never reused; the position in this list is the schema version.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-settings': m0001,
  '0002-accounts-and-audit': m0002,
  '0003-key-slot-registry': m0003,
  '0004-case-files': m0004,
  '0005-case-search-sqlite': m0005,
  '0006-address-data': m0006,
  '0007-mentoring': m0007,
  '0008-documents': m0008,
  '0009-documents-frozen': m0009,
  '0010-imports': m0010,
  '0011-backups': m0011,
  '0012-pdpa': m0012,
  '0013-dashboard-indexes': m0013,
};

export const LATEST_SCHEMA_VERSION = Object.keys(MIGRATIONS).length;
