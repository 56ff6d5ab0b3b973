/** Why a database could not be opened; the sign-in screen explains each one plainly. */
export type DatabaseOpenFailure =
  /** Wrong key, a plain (unencrypted) SQLite file, or a file that is not a database at all. */
  | 'not-kaona-or-wrong-key'
  /** Written by a newer Kaona: refused so that this older version never damages it. */
  | 'newer-version'
  /** The file exists but SQLite reports corruption. */
  | 'damaged'
  /** No database file where one was expected. */
  | 'missing';

export class DatabaseOpenError extends Error {
  constructor(
    readonly failure: DatabaseOpenFailure,
    options?: { cause?: unknown },
  ) {
    super(`database open failed: ${failure}`, options);
    this.name = 'DatabaseOpenError';
  }
}
