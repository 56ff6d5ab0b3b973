// Child process for the key-rotation crash test: signs in as the admin, removes an account, and
// kills itself with SIGKILL at the named step of the key rotation that the removal starts.
import { contract } from '../../src/shared/contract';
import { createCore } from '../../src/main/core/create-core';
import type { RotationStep } from '../../src/main/core/auth/vault/key-rotation';
import { createDispatcher } from '../../src/main/ipc/dispatch';
import { testIdentity } from './core';

const [dataDir, crashAt, adminUserName, adminPassword, userId] = process.argv.slice(2);
if (!dataDir || !crashAt || !adminUserName || !adminPassword || !userId)
  throw new Error('usage: rotation-crash-child <dir> <step> <admin> <password> <userId>');

const core = createCore({
  identity: testIdentity(dataDir),
  onRotationStep: (step: RotationStep) => {
    if (step === crashAt) process.kill(process.pid, 'SIGKILL');
  },
});
const dispatch = createDispatcher({
  contract,
  handlers: core.handlers,
  getSession: core.getSession,
});
const signedIn = await dispatch('session.signIn', {
  userName: adminUserName,
  password: adminPassword,
});
if (!signedIn.ok) throw new Error(`sign-in failed: ${JSON.stringify(signedIn.error)}`);
await dispatch('accounts.remove', { userId: Number(userId) });
// Reaching this line means the step never came: the parent reports that as a failure.
process.stdout.write('finished without crashing\n');
