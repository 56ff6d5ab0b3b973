import { join } from 'node:path';
import { build, type Rolldown } from 'vite';

const ENTRY = join(import.meta.dirname, 'bridge-entry.ts');

let bundled: Promise<string> | undefined;

/**
 * The bridge bundle, built once per process: every e2e spec file starts its own host, and
 * bundling each time cost a vite build per file. The bundle holds no token (`bridgeScript` adds
 * it per host), so sharing it between hosts shares nothing secret. A failed build is not kept.
 */
export function bridgeBundle(): Promise<string> {
  bundled ??= bundleBridge().catch((error: unknown) => {
    bundled = undefined;
    throw error;
  });
  return bundled;
}

/**
 * Bundles the bridge entry (the contract, `buildKaonaApi`, a fetch-based invoke and the event
 * stream reader) into one classic script, in memory: the host never writes into the repo.
 */
async function bundleBridge(): Promise<string> {
  const result = await build({
    configFile: false,
    envFile: false,
    root: import.meta.dirname,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      target: 'chrome140',
      minify: true,
      sourcemap: false,
      emptyOutDir: false,
      copyPublicDir: false,
      rolldownOptions: {
        input: ENTRY,
        output: { format: 'iife', entryFileNames: 'bridge.js' },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('bridge bundle produced no script');
  return chunk.code;
}

/**
 * The script served at `/__kaona/bridge.js`: the bundle inside a function whose local variable
 * carries the token, so other scripts on the page cannot read it from `window`.
 */
export function bridgeScript(bundle: string, token: string): string {
  return `(function () {\nvar __KAONA_TOKEN__ = ${JSON.stringify(token)};\n${bundle}\n})();\n`;
}
