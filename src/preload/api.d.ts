import type { KaonaApi } from '../shared/contract';

declare global {
  interface Window {
    /** Kaona's API, built by the preload (Electron) or the web host (tests) from the contract. */
    readonly kaona: KaonaApi;
  }
}

export {};
