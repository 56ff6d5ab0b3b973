import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { ManualClock } from '../../src/main/core/clock';
import { createCore, type Core } from '../../src/main/core/create-core';
import type { JobWorkerEntry } from '../../src/main/core/jobs/job-worker-entry';
import { backupFolderChooser } from '../../src/main/core/files/choose-folder';
import {
  DOWNLOADS_FOLDER,
  downloadsFolderChooser,
} from '../../src/main/core/files/downloads-folder';
import { createDispatcher, type Dispatch } from '../../src/main/ipc/dispatch';
import { contract } from '../../src/shared/contract';
import { bridgeBundle, bridgeScript } from './bridge';
import { chromiumPdfPrinter, type WarmChromium } from './pdf-printer';
import { fetchSiteIsAllowed, hostIsAllowed, originIsAllowed } from './guard';
import { handleClock } from './clock';
import { createEventStreams } from './events';
import { BRIDGE_PATH, CLOCK_PATH, EVENTS_PATH, RPC_PATH } from './protocol';
import { send, sendStatus } from './responses';
import { handleRpc } from './rpc';
import { readHtmlWithBridge, resolveStaticFile } from './static-files';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const DEFAULT_STATIC_ROOT = join(REPO_ROOT, 'out/renderer');

/** Only ever loopback: the web host serves the real core, which holds real (test) data. */
const LOOPBACK = '127.0.0.1';

export interface WebHostOptions {
  dataDir: string;
  /** 0 or absent: a free port chosen by the OS. */
  port?: number;
  /** The built renderer; default `out/renderer`. */
  staticRoot?: string;
  /** Stop the core's clock; tests move it with POST /__test/clock (idle lock without waiting). */
  manualClock?: boolean;
  /** Save PDF through a warm headless Chromium (default true; it starts on the first PDF). */
  printing?: boolean;
  /** A Chromium the caller keeps warm and closes (the bench prints its raw baseline with it). */
  chromium?: WarmChromium;
  /**
   * Where backups go and where "restore" looks for the newest (default `<dataDir>/downloads/
   * backups`); two hosts given the same folder can restore what the other backed up.
   */
  backupDir?: string;
  /**
   * Where background jobs' worker threads start. By default the sources through tsx, which
   * costs seconds per job; the e2e suite passes the built `out/main/job-worker.js` (npm test
   * builds first).
   */
  jobWorker?: JobWorkerEntry;
}

export interface WebHost {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  port: number;
  /** The per-run RPC token; tests use it to call /rpc directly. */
  token: string;
  /** The core behind it and its dispatcher, for the bench's seeding and calls in process. */
  core: Core;
  dispatch: Dispatch;
  close: () => Promise<void>;
}

/**
 * Starts the dev/test web host (docs/architecture.md §7): the built renderer and the real core,
 * served on 127.0.0.1 only, the core reachable solely through POST /rpc and its events through
 * GET /__kaona/events, both with the run's token.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const staticRoot = resolve(options.staticRoot ?? DEFAULT_STATIC_ROOT);
  if (!existsSync(join(staticRoot, 'index.html'))) {
    throw new Error(`no built renderer in ${staticRoot}: run \`npm run build\` or drop --no-build`);
  }
  const token = randomBytes(32).toString('base64url');
  const bridge = bridgeScript(await bridgeBundle(), token);
  const clock = options.manualClock ? new ManualClock() : undefined;
  let port = 0;
  const printer =
    options.printing === false
      ? undefined
      : chromiumPdfPrinter({
          url: () => `http://${LOOPBACK}:${port}/`,
          ...(options.chromium ? { chromium: options.chromium } : {}),
        });
  const core = createCore({
    identity: await webHostIdentity(options.dataDir),
    host: {
      // No save dialog in a browser tab: files go to the data folder's downloads/.
      chooseSavePath: downloadsFolderChooser(resolve(options.dataDir)),
      chooseFolder: backupFolderChooser(
        resolve(options.backupDir ?? join(options.dataDir, DOWNLOADS_FOLDER, 'backups')),
      ),
      ...(printer ? { printing: printer } : {}),
    },
    ...(clock ? { clock } : {}),
    ...(options.jobWorker ? { jobWorker: options.jobWorker } : {}),
  });
  const dispatch = createDispatcher({
    contract,
    handlers: core.handlers,
    getSession: core.getSession,
    onAuthorized: (channel) => core.noteActivity(channel),
    // The channel only: error messages can carry personal data (see createDispatcher).
    onInternalError: (channel, error) =>
      console.error(
        `kaona web host: internal error in ${channel} (${(error as Error)?.name ?? 'unknown'})`,
      ),
  });
  const eventStreams = createEventStreams({ token, events: core.events });

  const server = createServer((request, response) => {
    route(request, response).catch(() => {
      if (!response.headersSent) sendStatus(response, 500);
      else response.destroy();
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!hostIsAllowed(request, port) || !originIsAllowed(request)) {
      request.resume();
      return sendStatus(response, 403);
    }
    const path = (request.url ?? '/').split('?', 1)[0] ?? '/';
    if (path === RPC_PATH) return handleRpc(request, response, { token, dispatch });
    if (path === CLOCK_PATH && clock) return handleClock(request, response, { token, clock });
    if (path === EVENTS_PATH) return eventStreams.handle(request, response);

    const headOnly = request.method === 'HEAD';
    if (request.method !== 'GET' && !headOnly) {
      request.resume();
      return sendStatus(response, 405, { Allow: 'GET, HEAD' });
    }
    if (path === BRIDGE_PATH) {
      if (!fetchSiteIsAllowed(request, ['same-origin', 'none'])) return sendStatus(response, 403);
      return send(
        response,
        200,
        bridge,
        { 'Content-Type': 'text/javascript; charset=utf-8' },
        headOnly,
      );
    }
    return serveStatic(response, path, headOnly);
  }

  async function serveStatic(
    response: ServerResponse,
    path: string,
    headOnly: boolean,
  ): Promise<void> {
    const found = await resolveStaticFile(staticRoot, path);
    if (found.kind === 'bad-request') return sendStatus(response, 400);
    if (found.kind === 'not-found') return sendStatus(response, 404);
    // Every page gets the bridge, as every Electron window gets the preload.
    const body = found.file.endsWith('.html')
      ? await readHtmlWithBridge(found.file)
      : await readFile(found.file);
    send(response, 200, body, { 'Content-Type': found.contentType }, headOnly);
  }

  try {
    port = await listen(server, options.port ?? 0);
  } catch (error) {
    await core.close();
    if (!options.chromium) await printer?.close();
    throw error;
  }

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= new Promise<void>((done) => {
      // Streams first: their clients see a clean end, and the core loses every subscriber.
      eventStreams.closeAll();
      server.close(() => done());
      server.closeAllConnections();
    })
      .finally(() => core.close())
      // A Chromium the caller lent is the caller's to close.
      .finally(() => (options.chromium ? undefined : printer?.close())));

  return { url: `http://${LOOPBACK}:${port}/`, port, token, core, dispatch, close };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen({ host: LOOPBACK, port, exclusive: true }, () => {
      server.off('error', reject);
      resolveListen((server.address() as AddressInfo).port);
    });
  });
}

async function webHostIdentity(dataDir: string) {
  const manifest = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  return {
    name: 'Kaona',
    version: manifest.version,
    dataDir: resolve(dataDir),
    runtime: { electron: null, chrome: null, node: process.versions.node },
  };
}
