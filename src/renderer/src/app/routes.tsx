import { Navigate, type RouteObject } from 'react-router';
import { AboutPage } from '../features/about/AboutPage';
import { NotFoundPage } from './errors/NotFoundPage';
import { RouteErrorPage } from './errors/RouteErrorPage';
import { AppLayout } from './layout/AppLayout';
import { HOME_PATH } from './navigation';

/**
 * The app's pages. Routes outside the layout (the print templates, `#/print/<kind>/<id>`) go
 * beside the layout route, not inside it, so that a printed page has no header or menu.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        // A page that fails keeps the header and menu around its error, so the clerk can leave.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <Navigate to={HOME_PATH} replace /> },
          { path: 'about', element: <AboutPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
