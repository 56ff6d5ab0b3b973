import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const DATABASE_FILE = 'kaona.db';

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}

export function databaseExists(dataDir: string): boolean {
  return existsSync(databasePath(dataDir));
}
