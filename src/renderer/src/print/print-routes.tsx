import type { RouteObject } from 'react-router';
import { createHashRouter } from 'react-router';
import { PRINT_ROUTE_PREFIX } from '../../../shared/domain/documents';
import { PrintFailed, PrintRoute } from './PrintRoute';

/**
 * The print window's only pages. They are not in the app's routes: a print window has no
 * header, menu, notifications or session screens, and nothing else of the app can be reached
 * from it (any other path fails the print).
 */
export const printRoutes: RouteObject[] = [
  {
    path: `${PRINT_ROUTE_PREFIX}:ticket`,
    element: <PrintRoute />,
    errorElement: <PrintFailed />,
  },
  { path: '*', element: <PrintFailed /> },
];

export function createPrintRouter() {
  return createHashRouter(printRoutes);
}

/** Whether the page was opened as a print window (`index.html#/print/<ticket>`). */
export function isPrintLocation(hash: string): boolean {
  return hash.startsWith(`#${PRINT_ROUTE_PREFIX}`);
}
