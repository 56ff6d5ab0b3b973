import type { RouteObject } from 'react-router';

/** Programme dashboard (issue 11): its pages, loaded when first opened. */
export const dashboardRoutes: RouteObject[] = [];
