import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { createQueryClient } from '../../../src/renderer/src/api';
import { App } from '../../../src/renderer/src/app/App';
import { routes } from '../../../src/renderer/src/app/routes';

/** The whole renderer as main.tsx mounts it, with an in-memory router starting at `path`. */
export function renderApp(path = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = createQueryClient();
  const user = userEvent.setup();
  return {
    user,
    router,
    queryClient,
    ...render(<App router={router} queryClient={queryClient} />),
  };
}
