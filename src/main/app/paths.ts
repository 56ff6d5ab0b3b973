import { join } from 'node:path';

/**
 * Where the build put the other two halves of the app, relative to the built main entry
 * (`out/main/index.js`; inside app.asar when packaged, which Electron's fs reads transparently).
 */
export function builtAppPaths(mainDir: string): { preload: string; rendererRoot: string } {
  return {
    preload: join(mainDir, '..', 'preload', 'index.cjs'),
    rendererRoot: join(mainDir, '..', 'renderer'),
  };
}
