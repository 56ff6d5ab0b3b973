import type { RouteObject } from 'react-router';

/** The document register and one document, each loaded when first opened. */
export const documentsRoutes: RouteObject[] = [
  {
    path: 'documents',
    lazy: async () => ({ Component: (await import('./register/RegisterPage')).RegisterPage }),
  },
  {
    path: 'documents/:documentId',
    lazy: async () => ({ Component: (await import('./register/DocumentPage')).DocumentPage }),
  },
];
