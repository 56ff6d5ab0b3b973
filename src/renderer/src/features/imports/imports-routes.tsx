import type { RouteObject } from 'react-router';

/** Import from a spreadsheet (issue 11): its pages, loaded when first opened. */
export const importsRoutes: RouteObject[] = [];
