import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './src/shared/security/csp';

/** Writes the CSP into index.html as a meta tag, from the one policy in `src/shared/security`. */
function injectCsp(dev: boolean): Plugin {
  return {
    name: 'kaona-csp',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy({ dev }) },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig(({ command }) => ({
  main: {
    build: {
      // Native and Node-only packages (the SQLite binding, argon2) stay in node_modules.
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // A background job's worker thread (src/main/core/jobs): out/main/job-worker.js.
          'job-worker': resolve(__dirname, 'src/main/core/jobs/job-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot load ES modules or require from node_modules: build one
      // self-contained CommonJS file.
      externalizeDeps: false,
      isolatedEntries: true,
      minify: true,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), injectCsp(command === 'serve')],
    build: {
      target: 'chrome140',
      minify: true,
      rolldownOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
}));
