import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { debuggingSwitches, refusedStartMessage } from '../../src/main/app/security/startup-guards';

const EXE = 'C:\\Program Files\\Kaona\\Kaona.exe';
const switchesIn = (...args: string[]) => debuggingSwitches({ argv: [EXE, ...args], env: {} });
const variablesIn = (env: Record<string, string | undefined>) =>
  debuggingSwitches({ argv: [EXE], env });

describe('the debugging switches an installed Kaona refuses', () => {
  it('finds every Node inspector switch, with or without a value', () => {
    expect(
      switchesIn(
        '--inspect',
        '--inspect=0.0.0.0:9229',
        '--inspect-brk',
        '--inspect-brk=9230',
        '--inspect-port=9231',
        '--inspect-publish-uid=http',
        '--inspect-wait',
        '--debug-port=9229',
      ),
    ).toEqual([
      '--inspect',
      '--inspect-brk',
      '--inspect-port',
      '--inspect-publish-uid',
      '--inspect-wait',
      '--debug-port',
    ]);
  });

  it('finds Chromium’s remote debugging, V8 flags, logs and launch prefixes', () => {
    expect(
      switchesIn(
        '--remote-debugging-port=9222',
        '--remote-debugging-pipe',
        '--remote-debugging-address=0.0.0.0',
        '--js-flags=--allow-natives-syntax',
        '--enable-logging=file',
        '--log-file=C:\\Users\\Public\\kaona.log',
        '--log-net-log=net.json',
        '--renderer-cmd-prefix=gdb --args',
        '--utility-cmd-prefix=strace',
        '--gpu-launcher=x',
        '--wait-for-debugger-children',
      ),
    ).toEqual([
      '--remote-debugging-port',
      '--remote-debugging-pipe',
      '--remote-debugging-address',
      '--js-flags',
      '--enable-logging',
      '--log-file',
      '--log-net-log',
      '--renderer-cmd-prefix',
      '--utility-cmd-prefix',
      '--gpu-launcher',
      '--wait-for-debugger-children',
    ]);
  });

  it('sees through every spelling Chromium and Node accept: one dash, slash, case, underscores', () => {
    expect(switchesIn('-remote-debugging-port=9222')).toEqual(['--remote-debugging-port']);
    expect(switchesIn('/remote-debugging-port=9222')).toEqual(['--remote-debugging-port']);
    expect(switchesIn('--Remote-Debugging-Port=9222')).toEqual(['--remote-debugging-port']);
    expect(switchesIn('--INSPECT')).toEqual(['--inspect']);
    expect(switchesIn('--inspect_brk')).toEqual(['--inspect-brk']);
    expect(switchesIn('-JS-FLAGS=--expose-gc')).toEqual(['--js-flags']);
  });

  it('reads the whole command line, also after a -- terminator', () => {
    expect(switchesIn('--', '--inspect')).toEqual(['--inspect']);
  });

  it('names each switch once and never repeats its value', () => {
    const found = switchesIn('--inspect=10.0.0.5:9229', '--inspect=9229');
    expect(found).toEqual(['--inspect']);
    expect(refusedStartMessage(found).body).not.toContain('10.0.0.5');
  });

  it('does not read the executable’s own path as a switch', () => {
    expect(debuggingSwitches({ argv: ['/opt/inspect/kaona'], env: {} })).toEqual([]);
    expect(debuggingSwitches({ argv: ['/debug/Kaona', '--lang=th'], env: {} })).toEqual([]);
  });

  it('leaves ordinary switches alone', () => {
    expect(switchesIn()).toEqual([]);
    expect(
      switchesIn('--lang=th', '--no-sandbox-warning', '--data-dir=/tmp/x', '-psn_0_1234', 'x'),
    ).toEqual([]);
    // Names that merely contain a refused word are other switches.
    expect(
      switchesIn('--force-inspect', '--no-remote-debugging', '--enable-logging-extra'),
    ).toEqual([]);
  });

  it('refuses any argument list that holds a refused switch, wherever it stands', () => {
    const ordinary = fc.constantFrom('--lang=th', 'x', '--data-dir=/tmp/k', '-psn_0_1', '--');
    const refused = fc.constantFrom(
      '--inspect',
      '--inspect-brk=1',
      '-remote-debugging-port=9222',
      '/REMOTE-DEBUGGING-PIPE',
      '--js-flags=x',
      '--enable-logging',
    );
    fc.assert(
      fc.property(fc.array(ordinary), refused, fc.array(ordinary), (before, bad, after) => {
        expect(switchesIn(...before, bad, ...after)).toHaveLength(1);
      }),
    );
  });
});

describe('the environment variables an installed Kaona refuses', () => {
  it('finds Node options, run-as-Node, logging and Node’s debug output, by name only', () => {
    expect(
      variablesIn({
        PATH: 'C:\\Windows',
        NODE_OPTIONS: '--require C:\\Users\\Public\\hook.js',
        ELECTRON_RUN_AS_NODE: '1',
        ELECTRON_ENABLE_LOGGING: 'file',
        ELECTRON_LOG_FILE: 'C:\\log.txt',
        NODE_DEBUG: 'fs,net',
        NODE_DEBUG_NATIVE: 'worker',
        LOCALAPPDATA: 'C:\\Users\\clerk\\AppData\\Local',
      }),
    ).toEqual([
      'NODE_OPTIONS',
      'ELECTRON_RUN_AS_NODE',
      'ELECTRON_ENABLE_LOGGING',
      'ELECTRON_LOG_FILE',
      'NODE_DEBUG',
      'NODE_DEBUG_NATIVE',
    ]);
  });

  it('ignores the case of the name, as Windows does', () => {
    expect(variablesIn({ node_options: '--inspect', Electron_Run_As_Node: '1' })).toEqual([
      'NODE_OPTIONS',
      'ELECTRON_RUN_AS_NODE',
    ]);
  });

  it('counts a variable that is set to something, not one that is empty or absent', () => {
    expect(variablesIn({ NODE_OPTIONS: '', ELECTRON_ENABLE_LOGGING: undefined })).toEqual([]);
    expect(variablesIn({ ELECTRON_RUN_AS_NODE: '0' })).toEqual(['ELECTRON_RUN_AS_NODE']);
  });

  it('reports switches and variables together', () => {
    expect(
      debuggingSwitches({ argv: [EXE, '--inspect'], env: { NODE_OPTIONS: '--inspect' } }),
    ).toEqual(['--inspect', 'NODE_OPTIONS']);
  });
});

describe('the message shown before an installed Kaona exits', () => {
  it('is Thai first, then English, and names what was found', () => {
    const { title, body } = refusedStartMessage(['--inspect', 'NODE_OPTIONS']);
    expect(title).toBe('Kaona');
    const thai = body.search(/[\u0E01-\u0E5B]/);
    const english = body.indexOf('Kaona did not start');
    expect(thai).toBeGreaterThanOrEqual(0);
    expect(english).toBeGreaterThan(thai);
    expect(body.slice(0, english)).toContain('--inspect, NODE_OPTIONS');
    expect(body.slice(english)).toContain('--inspect, NODE_OPTIONS');
  });
});
