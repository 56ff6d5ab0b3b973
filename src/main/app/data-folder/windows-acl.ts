import { win32 } from 'node:path';

/**
 * Well-known SIDs, written `*S-…` so icacls takes them as SIDs. Names would not do: a Windows
 * installed in another language may call the groups by translated names (German Windows says
 * "Administratoren"), and there "Administrators" does not resolve.
 */
export const SYSTEM_SID = '*S-1-5-18';
export const ADMINISTRATORS_SID = '*S-1-5-32-544';

/** Full control for this folder, its subfolders (CI) and its files (OI). */
const FULL_CONTROL_INHERITED = '(OI)(CI)F';

/**
 * icacls's arguments that leave a new data folder to the signed-in person, SYSTEM and the
 * Administrators group, and nobody else: `/inheritance:r` drops what the parent folder would pass
 * down (an IT image may give "Users" read access to whole profiles), `/grant:r` replaces rather
 * than adds to whatever else those three already had.
 */
export function icaclsArguments(folder: string, account: string): string[] {
  return [
    folder,
    '/inheritance:r',
    '/grant:r',
    `${account}:${FULL_CONTROL_INHERITED}`,
    `${SYSTEM_SID}:${FULL_CONTROL_INHERITED}`,
    `${ADMINISTRATORS_SID}:${FULL_CONTROL_INHERITED}`,
    '/q',
  ];
}

/**
 * The signed-in account as icacls looks it up: `DOMAIN\name`, where the domain is the PC's name
 * for a local account. Qualified, because a local account and a domain account may share a name.
 */
export function windowsAccountName(options: {
  env: Readonly<Record<string, string | undefined>>;
  userName: string;
}): string {
  const domain = options.env.USERDOMAIN?.trim();
  return domain ? `${domain}\\${options.userName}` : options.userName;
}

/**
 * icacls.exe by its full path in System32: found through PATH, a program of the same name in a
 * folder the person can write to would run instead.
 */
export function icaclsPath(env: Readonly<Record<string, string | undefined>>): string {
  const windowsFolder = [env.SystemRoot, env.windir].find(
    (folder) => folder !== undefined && win32.isAbsolute(folder),
  );
  return win32.join(windowsFolder ?? 'C:\\Windows', 'System32', 'icacls.exe');
}
