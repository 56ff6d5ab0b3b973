import { describe, expect, it } from 'vitest';
import { EventHub } from '../../src/main/core/events/event-hub';
import { pushEventsToWindow, type PushWindow } from '../../src/main/ipc/push-events';
import type { SessionInfo } from '../../src/shared/domain/accounts';
import type { JobProgress } from '../../src/shared/domain/jobs';

const APP = 'app://kaona';
const LOCKED: SessionInfo = { status: 'locked', user: { userName: 'somsri.j', fullName: 'สมศรี' } };
const PROGRESS: JobProgress = {
  jobId: 'j1',
  kind: 'audit.verify',
  state: 'running',
  done: 1,
  total: 2,
  reason: null,
};

interface FakeWindow extends PushWindow {
  sent: { channel: string; args: unknown[] }[];
  url: string;
  windowDestroyed: boolean;
  contentsDestroyed: boolean;
}

/** A stand-in for a BrowserWindow: records what main sends, and can be destroyed or navigated. */
function fakeWindow(url = 'app://kaona/index.html#/cases'): FakeWindow {
  const window: FakeWindow = {
    sent: [],
    url,
    windowDestroyed: false,
    contentsDestroyed: false,
    isDestroyed: () => window.windowDestroyed,
    webContents: {
      isDestroyed: () => window.contentsDestroyed,
      getURL: () => window.url,
      send: (channel, ...args) => window.sent.push({ channel, args }),
    },
  };
  return window;
}

function setUp(window: PushWindow | null, appOrigin = APP) {
  const events = new EventHub();
  let current = window;
  const stop = pushEventsToWindow({ events, getWindow: () => current, appOrigin });
  return {
    events,
    stop,
    replaceWindow: (next: PushWindow | null) => {
      current = next;
    },
  };
}

describe('pushing core events to the main window', () => {
  it('sends each event on its kaona-event: channel with the payload alone', () => {
    const window = fakeWindow();
    const { events } = setUp(window);
    events.emit('session.changed', LOCKED);
    events.emit('job.progress', PROGRESS);
    expect(window.sent).toEqual([
      { channel: 'kaona-event:session.changed', args: [LOCKED] },
      { channel: 'kaona-event:job.progress', args: [PROGRESS] },
    ]);
  });

  it('sends to the dev server origin when that is the app origin', () => {
    const window = fakeWindow('http://localhost:5173/#/');
    setUp(window, 'http://localhost:5173').events.emit('session.changed', LOCKED);
    expect(window.sent).toHaveLength(1);
  });

  it.each([
    'https://evil.example/',
    'app://kaona.evil.example/index.html',
    'app://kaona@evil.example/index.html',
    'http://localhost:5173/',
    'file:///index.html',
    'about:blank',
    '',
  ])('sends nothing to a window showing %j', (url) => {
    const window = fakeWindow(url);
    setUp(window).events.emit('session.changed', LOCKED);
    expect(window.sent).toEqual([]);
  });

  it('sends nothing once the window or its webContents is destroyed, or when there is none', () => {
    const window = fakeWindow();
    const { events, replaceWindow } = setUp(window);
    window.contentsDestroyed = true;
    events.emit('session.changed', LOCKED);
    window.contentsDestroyed = false;
    window.windowDestroyed = true;
    events.emit('session.changed', LOCKED);
    replaceWindow(null);
    events.emit('session.changed', LOCKED);
    expect(window.sent).toEqual([]);
  });

  it('treats a window that throws when read (Electron, after destruction) as gone', () => {
    const throwing: PushWindow = {
      isDestroyed: () => false,
      get webContents(): never {
        throw new TypeError('Object has been destroyed');
      },
    };
    const { events } = setUp(throwing);
    const others: string[] = [];
    events.subscribe((event) => others.push(event));
    expect(() => events.emit('session.changed', LOCKED)).not.toThrow();
    expect(others).toEqual(['session.changed']);
  });

  it('follows the current window when it is replaced', () => {
    const first = fakeWindow();
    const second = fakeWindow();
    const { events, replaceWindow } = setUp(first);
    replaceWindow(second);
    events.emit('session.changed', LOCKED);
    expect(first.sent).toEqual([]);
    expect(second.sent).toHaveLength(1);
  });

  it('stops sending after unsubscribe', () => {
    const window = fakeWindow();
    const { events, stop } = setUp(window);
    stop();
    events.emit('session.changed', LOCKED);
    expect(window.sent).toEqual([]);
  });
});
