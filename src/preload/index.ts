import { contextBridge, ipcRenderer } from 'electron';
import { buildKaonaApi, ipcChannelName } from '../shared/contract/api';
import type { Result } from '../shared/contract/errors';

// The page gets exactly one function per contract method; ipcRenderer itself never leaves here.
const kaona = buildKaonaApi(
  (channel, input) =>
    ipcRenderer.invoke(ipcChannelName(channel), input) as Promise<Result<unknown>>,
);

contextBridge.exposeInMainWorld('kaona', kaona);
