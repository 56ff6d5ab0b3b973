import type { AppIdentity } from '../../src/main/core/app-info/app-info';

export function testIdentity(dataDir: string): AppIdentity {
  return {
    name: 'Kaona',
    version: '0.0.0-test',
    dataDir,
    runtime: { electron: null, chrome: null, node: process.versions.node },
  };
}
