import { queryOptions } from '@tanstack/react-query';
import { callKaona } from '../../api';

export const settingsKeys = {
  all: ['settings'] as const,
  office: () => [...settingsKeys.all, 'office'] as const,
};

export const settingsQueries = {
  /** The office's settings (agency name, idle-lock time). */
  office: () =>
    queryOptions({
      queryKey: settingsKeys.office(),
      queryFn: () => callKaona((api) => api.settings.get()),
    }),
};
