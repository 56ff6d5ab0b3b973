import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildKaonaApi, ipcChannelName } from '../shared/contract/api';
import type { Result } from '../shared/contract/errors';
import { ipcEventName, type Subscribe } from '../shared/contract/events';

/**
 * Pushed events: one ipcRenderer listener per subscription, on the event's own channel only. The
 * page's listener is called with the payload alone — the IpcRendererEvent carries `sender` (the
 * ipcRenderer itself), which must never reach the page.
 */
const subscribe: Subscribe = (event, listener) => {
  const channel = ipcEventName(event);
  const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(channel, handler);
  return () => {
    ipcRenderer.removeListener(channel, handler);
  };
};

// The page gets exactly one function per contract method and `events.on`; ipcRenderer itself
// never leaves here.
const kaona = buildKaonaApi(
  (channel, input) =>
    ipcRenderer.invoke(ipcChannelName(channel), input) as Promise<Result<unknown>>,
  subscribe,
);

contextBridge.exposeInMainWorld('kaona', kaona);
