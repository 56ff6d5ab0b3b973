import { win32 } from 'node:path';

/** The folder's name under the per-user app data folder, as Electron names userData. */
const APP_FOLDER = 'Kaona';

/**
 * The per-user folder Kaona uses when nobody chose another. On Windows that is
 * `%LOCALAPPDATA%\Kaona`, not Electron's `%APPDATA%` (Roaming): with a roaming profile, common in
 * ministry domains, Windows copies Roaming to a file server at every sign-out, so the encrypted
 * database, its key slots and Chromium's profile would sit on a server and on every PC the person
 * signs in to. Elsewhere it is Electron's userData (`~/.config/Kaona`,
 * `~/Library/Application Support/Kaona`), which no OS copies about.
 */
export function defaultDataDir(options: {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  electronUserData: string;
}): string {
  const { platform, env, electronUserData } = options;
  if (platform !== 'win32') return electronUserData;
  const localAppData = absoluteWindowsPath(env.LOCALAPPDATA);
  if (localAppData) return win32.join(localAppData, APP_FOLDER);
  // Windows always sets LOCALAPPDATA in a signed-in session; should it be missing, the profile's
  // own Local folder is still better than Roaming.
  const profile = absoluteWindowsPath(env.USERPROFILE);
  if (profile) return win32.join(profile, 'AppData', 'Local', APP_FOLDER);
  return electronUserData;
}

function absoluteWindowsPath(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' && win32.isAbsolute(value) ? value : undefined;
}
