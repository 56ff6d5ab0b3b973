import type { RouteObject } from 'react-router';

/** The batch page and the verify screen, each loaded when first opened. */
export const certificatesRoutes: RouteObject[] = [
  {
    path: 'certificates',
    lazy: async () => ({ Component: (await import('./CertificatesPage')).CertificatesPage }),
  },
  {
    path: 'verify',
    lazy: async () => ({ Component: (await import('./VerifyPage')).VerifyPage }),
  },
];
