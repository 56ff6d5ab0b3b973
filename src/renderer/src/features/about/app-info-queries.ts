import { queryOptions } from '@tanstack/react-query';
import type { Language } from '../../../../shared/domain/preferences';
import { callKaona } from '../../api';

export const appInfoKeys = {
  all: ['app-info'] as const,
  /** Keyed by the screen's language: the info reports the saved language, which just changed. */
  info: (language: Language) => [...appInfoKeys.all, language] as const,
};

export const appInfoQueries = {
  info: (language: Language) =>
    queryOptions({
      queryKey: appInfoKeys.info(language),
      queryFn: () => callKaona((api) => api.app.info()),
    }),
};
