import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { icaclsArguments, icaclsPath, windowsAccountName } from './windows-acl';

/**
 * Creates a data folder that only its person can open: mode 0700 on macOS and Linux; on Windows,
 * where the mode means nothing, an ACL for the person, SYSTEM and Administrators, set before
 * anything is written into it. A folder that already exists is left as it is: it may be one the
 * office chose and set up on purpose. Returns whether the folder was created.
 *
 * If the ACL cannot be set, the still-empty folder is removed again and the error thrown, so
 * Kaona does not start in a folder that inherited whatever its parent allows, and the next start
 * tries afresh.
 */
export function createPrivateFolder(
  folder: string,
  options: { platform: NodeJS.Platform; restrictToOwner?: (folder: string) => void },
): boolean {
  if (existsSync(folder)) return false;
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  if (options.platform === 'win32') {
    try {
      (options.restrictToOwner ?? restrictToOwnerWithIcacls)(folder);
    } catch (error) {
      rmdirSync(folder);
      throw error;
    }
  }
  return true;
}

/**
 * Runs icacls without a shell (the folder's name is an argument, never parsed as a command).
 * Synchronous because it must finish before Electron writes its lock file and profile into the
 * folder; it runs once, when the folder is first created.
 */
function restrictToOwnerWithIcacls(folder: string): void {
  const account = windowsAccountName({ env: process.env, userName: userInfo().username });
  execFileSync(icaclsPath(process.env), icaclsArguments(folder, account), {
    stdio: 'ignore',
    windowsHide: true,
    timeout: 30_000,
  });
}
