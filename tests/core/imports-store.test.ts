import { describe, expect, it } from 'vitest';
import { ImportStore, type OpenImport } from '../../src/main/core/imports/import-store';

/** The file an import holds: only its sender reaches it, and it is wiped when the period ends. */
function entry(importId: string, ownerId: number): OpenImport {
  return {
    importId,
    ownerId,
    fileName: 'ทะเบียน.xlsx',
    bytes: Buffer.from('เลขประจำตัวประชาชน,3400000000019'),
    sha256: '0'.repeat(64),
    headers: ['เลขประจำตัวประชาชน'],
    rowCount: 1,
    checked: null,
    appliedBatchId: null,
  };
}

describe('ImportStore', () => {
  it('gives a file only to the account that sent it', () => {
    const store = new ImportStore(() => undefined);
    store.put(entry('a', 7));
    expect(store.get('a', 7)?.importId).toBe('a');
    expect(store.get('a', 8)).toBeUndefined();
  });

  it('keeps one file per person and zero-fills the one it replaces', () => {
    const store = new ImportStore(() => undefined);
    const first = entry('a', 7);
    store.put(first);
    store.put(entry('b', 8));
    store.put(entry('c', 7));
    expect(store.get('a', 7)).toBeUndefined();
    expect(first.bytes.every((byte) => byte === 0)).toBe(true);
    expect(store.size).toBe(2);
  });

  it('forgets and wipes every file when the signed-in period ends (lock, sign-out, quit)', () => {
    let leave: () => void = () => undefined;
    const store = new ImportStore((listener) => (leave = listener));
    const held = [entry('a', 7), entry('b', 8)];
    for (const file of held) store.put(file);
    leave();
    expect(store.size).toBe(0);
    for (const file of held) expect(file.bytes.every((byte) => byte === 0)).toBe(true);
  });
});
