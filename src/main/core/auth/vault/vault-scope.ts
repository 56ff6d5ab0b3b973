import type { AuditActor } from '../../audit/audit-log';
import type { Clock } from '../../clock';
import type { UnlockedDatabase } from '../unlocked-database';
import type { RotationStep } from './key-rotation';

/** What every change to the key slots works with: the open office database and who acts. */
export interface VaultScope {
  dataDir: string;
  unlocked: UnlockedDatabase;
  clock: Clock;
  actor: AuditActor;
  /** Tests kill the process at each step of a key rotation. */
  onRotationStep?: (step: RotationStep) => void;
}
