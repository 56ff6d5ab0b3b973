import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { MISSING_TRANSLATION } from '../../src/renderer/src/i18n/create-i18n';

// findBy… waits up to 1 s by default. A Mantine menu opens through a transition and a portal, and
// on a loaded 2-core machine (Argon2id in another process) it was seen to take longer: the menu
// tests then failed now and then. A hang guard, not a speed check.
configure({ asyncUtilTimeout: 5_000 });

// jsdom lacks the layout APIs Mantine asks for; these stand-ins answer "no match, no size".
Object.defineProperty(window, 'matchMedia', {
  configurable: true,
  value: (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList,
});

class ResizeObserverStub implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
window.ResizeObserver = ResizeObserverStub;

// jsdom has no FontFaceSet. Mantine's growing text areas listen on it, and the print route waits
// on it (wait-for-print-assets.ts): one stand-in for every file, fonts "already loaded".
Object.defineProperty(document, 'fonts', {
  configurable: true,
  value: {
    addEventListener: () => {},
    removeEventListener: () => {},
    load: () => Promise.resolve([]),
    ready: Promise.resolve(),
  },
});
window.HTMLElement.prototype.scrollIntoView = () => {};

// A raw key on screen is a bug a test should catch even when it asserts something else.
let missingTranslations: unknown[][] = [];
beforeEach(() => {
  missingTranslations = [];
  const originalError = console.error.bind(console);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (args[0] === MISSING_TRANSLATION) missingTranslations.push(args.slice(1));
    else originalError(...args);
  });
});

afterEach(() => {
  cleanup();
  // Files share one jsdom per worker (vitest.config.ts, isolate: false): nothing a test leaves in
  // the document — a portal Mantine appended to the body, a title, a hash, stored values, fake
  // timers — may reach the next file.
  document.body.innerHTML = '';
  document.title = '';
  if (window.location.hash !== '') window.history.replaceState(null, '', window.location.pathname);
  window.localStorage.clear();
  window.sessionStorage.clear();
  vi.useRealTimers();
  vi.restoreAllMocks();
  Reflect.deleteProperty(window, 'kaona');
  document.documentElement.lang = 'th';
  if (missingTranslations.length > 0) {
    throw new Error(`Missing translations: ${JSON.stringify(missingTranslations)}`);
  }
});
