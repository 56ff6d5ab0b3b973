import { Center, Loader } from '@mantine/core';
import { catalogues } from '../i18n/catalogues';

/**
 * Shown for the moment before the saved language is known. It cannot translate yet, so its one
 * (unseen) label names both languages.
 */
export function StartupScreen() {
  const label = `${catalogues.th.shell.common.loading} / ${catalogues.en.shell.common.loading}`;
  return (
    <Center h="100vh" role="status" aria-label={label}>
      <Loader />
    </Center>
  );
}
