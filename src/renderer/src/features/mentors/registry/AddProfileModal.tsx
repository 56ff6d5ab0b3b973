import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ROLES, type Role } from '../../../../../shared/permissions';
import { compareThaiNames } from '../../../../../shared/thai';
import { QueryView } from '../../../components/QueryView';
import { mentorPath } from '../mentor-paths';
import { mentorsQueries } from '../mentors-queries';

/**
 * Picks the account to give a profile: a mentor account without one, or an officer or
 * supervisor who will also mentor. The profile itself is filled in on the mentor's page.
 */
export function AddProfileModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['mentors', 'auth', 'shell']);
  const navigate = useNavigate();
  const candidates = useQuery(mentorsQueries.candidates());
  const [chosen, setChosen] = useState<string | null>(null);
  const roleName = (role: string) =>
    (ROLES as readonly string[]).includes(role) ? t(`auth:roles.${role as Role}`) : role;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('registry.addProfileTitle')}
      closeButtonProps={{ 'aria-label': t('shell:common.close') }}
    >
      <QueryView query={candidates} errorTitle={t('registry.loadFailed')}>
        {(list) => {
          const open = list
            .filter((candidate) => !candidate.hasProfile)
            .sort((a, b) => compareThaiNames(a.fullName, b.fullName));
          if (open.length === 0) return <Text c="dimmed">{t('registry.addProfileNone')}</Text>;
          return (
            <Stack gap="md">
              <Select
                label={t('registry.addProfileAccount')}
                description={t('registry.addProfileHint')}
                data={open.map((candidate) => ({
                  value: String(candidate.userId),
                  label: `${candidate.fullName} (${roleName(candidate.role)})`,
                }))}
                value={chosen}
                onChange={setChosen}
                searchable
                comboboxProps={{ withinPortal: false }}
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose}>
                  {t('shell:forms.cancel')}
                </Button>
                <Button
                  disabled={chosen === null}
                  onClick={() => chosen && void navigate(mentorPath(Number(chosen)))}
                >
                  {t('registry.addProfileGo')}
                </Button>
              </Group>
            </Stack>
          );
        }}
      </QueryView>
    </Modal>
  );
}
