import { resolveConfig } from 'electron-vite';
import { build } from 'vite';

/**
 * Builds only the renderer, with exactly the configuration `electron-vite build` uses (same
 * plugins, CSP injection, target and output folder), so the browser sees what Electron loads.
 */
export async function buildRenderer(repoRoot: string): Promise<void> {
  process.env.NODE_ENV_ELECTRON_VITE = 'production';
  const { config } = await resolveConfig({ root: repoRoot }, 'build', 'production');
  if (!config?.renderer) throw new Error('electron.vite.config.ts has no renderer configuration');
  await build(config.renderer);
}
