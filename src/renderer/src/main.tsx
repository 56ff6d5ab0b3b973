import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app/fonts.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './api';
import { App } from './app/App';
import { createAppRouter } from './app/router';
import { PrintApp } from './print/PrintApp';
import { createPrintRouter, isPrintLocation } from './print/print-routes';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// A print window (main or the web host opened `#/print/<ticket>`) gets the print route alone,
// outside the session gate: see PrintApp.
createRoot(container).render(
  <StrictMode>
    {isPrintLocation(window.location.hash) ? (
      <PrintApp router={createPrintRouter()} queryClient={createQueryClient()} />
    ) : (
      <App router={createAppRouter()} queryClient={createQueryClient()} />
    )}
  </StrictMode>,
);
