import { queryOptions } from '@tanstack/react-query';
import { callKaona } from '../../api';

/** Cache keys of the backup history; `all` is what a new backup stales. */
export const backupKeys = {
  all: ['backup'] as const,
  status: () => [...backupKeys.all, 'status'] as const,
  history: () => [...backupKeys.all, 'history'] as const,
};

export const backupQueries = {
  /** The newest backup, its age and whether the reminder is due. */
  status: () =>
    queryOptions({
      queryKey: backupKeys.status(),
      queryFn: () => callKaona((api) => api.backup.status({})),
    }),
  history: () =>
    queryOptions({
      queryKey: backupKeys.history(),
      queryFn: () => callKaona((api) => api.backup.history({})),
    }),
};
