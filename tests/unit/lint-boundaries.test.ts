import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** Lints `code` as if it were the file at `path`; returns the rules that fired. */
async function rulesFired(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the layer rules of docs/architecture.md are enforced by lint', () => {
  it('rejects a renderer file that imports from src/main', async () => {
    expect(
      await rulesFired(
        'src/renderer/src/probe.ts',
        "import { createCore } from '../../main/core/create-core';\nexport const x = createCore;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
  });

  it('lets the renderer import src/shared', async () => {
    expect(
      await rulesFired(
        'src/renderer/src/probe.ts',
        "import { CHANNELS } from '../../shared/contract';\nexport const x = CHANNELS;\n",
      ),
    ).toEqual([]);
  });

  it('keeps Electron and the other layers out of the core', async () => {
    expect(
      await rulesFired(
        'src/main/core/probe.ts',
        "import { app } from 'electron';\nexport const x = app;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await rulesFired(
        'src/main/core/probe.ts',
        "import { createDispatcher } from '../ipc/dispatch';\nexport const x = createDispatcher;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
  });

  it('keeps src/shared free of Node built-ins and of the other layers', async () => {
    expect(
      await rulesFired(
        'src/shared/probe.ts',
        "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await rulesFired(
        'src/shared/probe.ts',
        "import { createCore } from '../main/core/create-core';\nexport const x = createCore;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
  });

  it('keeps the preload away from main and migrations away from the app', async () => {
    expect(
      await rulesFired(
        'src/preload/probe.ts',
        "import { createCore } from '../main/core/create-core';\nexport const x = createCore;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
    expect(
      await rulesFired(
        'src/main/core/db/migrations/9999-probe.ts',
        "import { LANGUAGES } from '../../../../shared/domain/preferences';\nexport const x = LANGUAGES;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
  });
});
