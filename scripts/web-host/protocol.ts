/** The wire details shared by the web host's server and the bridge it injects into the page. */
export const RPC_PATH = '/rpc';
export const BRIDGE_PATH = '/__kaona/bridge.js';
export const TOKEN_HEADER = 'X-Kaona-Token';
/** Test-only (with --manual-clock): POST `{ "advanceMs": n }` moves the core's clock forward. */
export const CLOCK_PATH = '/__test/clock';
/** GET: server-sent events, one frame per core event (`session.changed`, `job.progress`). */
export const EVENTS_PATH = '/__kaona/events';
