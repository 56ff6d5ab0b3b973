/**
 * Switches and variables that open an installed Kaona to a debugger or write its insides to a
 * log. An installed build refuses to start with any of them (ADR 0014): a remote-debugging port
 * or a Node inspector is a socket through which any program on the PC, under any account, can
 * read the decrypted case files and the database key while someone is signed in.
 */

/** Switch names refused together with every longer name they begin (`--inspect-brk=…`). */
const REFUSED_SWITCH_FAMILIES = [
  // Node's inspector: --inspect, --inspect-brk, --inspect-port, --inspect-publish-uid, --inspect-wait
  'inspect',
  // Node's old spellings; --debug-port is still an alias of --inspect-port.
  'debug',
  // Chromium's DevTools protocol: --remote-debugging-port, --remote-debugging-pipe, …-address
  'remote-debugging-',
  // Chromium starts a child process under another program (a debugger, a tracer) with these.
  'renderer-cmd-prefix',
  'utility-cmd-prefix',
  'gpu-launcher',
  'wait-for-debugger',
] as const;

/** Switch names refused exactly. */
const REFUSED_SWITCHES = [
  // V8 flags: --allow-natives-syntax, --expose-gc… change the engine under the page.
  'js-flags',
  // Chromium's log, to stderr or a file: renderer console messages and internal errors.
  'enable-logging',
  'log-file',
  // Chromium's network log: every request the app makes, written to a file.
  'log-net-log',
] as const;

/** Variables refused when set to anything but the empty string. */
const REFUSED_VARIABLES = [
  // Node options for the main process (--inspect, --require a script of one's own).
  'NODE_OPTIONS',
  // The binary runs as plain Node with full access to the files; only Electron's RunAsNode fuse
  // truly stops it (main never runs), but refusing here keeps the rule in one list.
  'ELECTRON_RUN_AS_NODE',
  // Chromium's log (see --enable-logging), and where to write it.
  'ELECTRON_ENABLE_LOGGING',
  'ELECTRON_LOG_FILE',
  // Node core modules print their internals (paths, sockets, streams) to stderr.
  'NODE_DEBUG',
  'NODE_DEBUG_NATIVE',
] as const;

/**
 * Chromium reads `--name`, `-name` and, on Windows, `/name` as the same switch, with a value after
 * `=`, and on Windows it ignores case; Node also accepts `_` for `-` in its option names. Every
 * spelling is treated as a switch on every platform: an installed Kaona takes no file arguments,
 * so a false alarm costs nothing and a missed spelling could cost the data.
 */
const SWITCH = /^(?:--?|\/)([^=]+)/;

function switchName(arg: string): string | undefined {
  return SWITCH.exec(arg)?.[1]?.toLowerCase().replaceAll('_', '-');
}

function isRefusedSwitch(name: string): boolean {
  return (
    (REFUSED_SWITCHES as readonly string[]).includes(name) ||
    REFUSED_SWITCH_FAMILIES.some((family) => name.startsWith(family))
  );
}

/**
 * The debugging switches and variables this start carries, as `--name` and `NAME` (never their
 * values), in the order found and each once; empty when the start is clean. The whole command
 * line is read, also after a `--` terminator: Node and Chromium do not agree on where switches end.
 */
export function debuggingSwitches(options: {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
}): string[] {
  const found = new Set<string>();
  // argv[0] is the executable, whose path may well begin with '/'.
  for (const arg of options.argv.slice(1)) {
    const name = switchName(arg);
    if (name !== undefined && isRefusedSwitch(name)) found.add(`--${name}`);
  }
  // Windows variables ignore case (process.env does too); a plain object from a test does not.
  for (const [key, value] of Object.entries(options.env)) {
    const upper = key.toUpperCase();
    if (value && (REFUSED_VARIABLES as readonly string[]).includes(upper)) found.add(upper);
  }
  return [...found];
}

/** The error box an installed Kaona shows before it exits: Thai first, then English. */
export function refusedStartMessage(found: readonly string[]): { title: string; body: string } {
  const list = found.join(', ');
  return {
    title: 'Kaona',
    body: [
      'Kaona ไม่เปิดโปรแกรม เพราะถูกสั่งให้เปิดพร้อมตัวเลือกสำหรับดีบัก ซึ่งอาจทำให้ผู้อื่นอ่านข้อมูลผู้รับบริการได้',
      `ตัวเลือกที่พบ: ${list}`,
      'โปรดเปิด Kaona จากไอคอนตามปกติ หรือแจ้งฝ่ายไอทีให้ลบตัวเลือกเหล่านี้ออกจากทางลัดหรือตัวแปรสภาพแวดล้อม',
      '',
      'Kaona did not start: it was started with debugging options, which could let others read beneficiaries’ data.',
      `Found: ${list}`,
      'Start Kaona from its usual icon, or ask IT to remove these options from the shortcut or the environment variables.',
    ].join('\n'),
  };
}
