/**
 * The renderer's Content-Security-Policy. Scripts only from the app itself; no eval, no inline
 * script, no remote fetches. Inline *styles* are allowed because the component library (Mantine)
 * sets CSS variables through style attributes; styles cannot run code.
 *
 * `dev` relaxes it for the Vite dev server only (React Fast Refresh injects an inline preamble and
 * HMR talks over a websocket); built apps and the web host always get the strict policy.
 */
export function contentSecurityPolicy({ dev = false }: { dev?: boolean } = {}): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'none'"],
    'script-src': dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': dev ? ["'self'", 'ws:'] : ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-src': ["'none'"],
    'worker-src': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
