import { createHashRouter } from 'react-router';
import { routes } from './routes';

/**
 * A hash router: the packaged app is loaded from a file, where only the part after `#` can
 * change without a reload, and main opens print routes as `index.html#/print/<kind>/<id>`.
 */
export function createAppRouter() {
  return createHashRouter(routes);
}

export type AppRouter = ReturnType<typeof createAppRouter>;
