import type { BenchContext, BenchDatabases } from '../types';

export function requireDatabases(context: BenchContext): BenchDatabases {
  const databases = context.state.databases;
  if (!databases)
    throw new Error(
      'bench: this figure reads the databases the insert figure fills; run insert first',
    );
  return databases;
}
