import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../shared/permissions';

interface RoleFieldProps {
  value: Role | undefined;
  onChange: (role: Role) => void;
  error?: string;
  /** Why the role cannot be changed here, when it cannot. */
  lockedReason?: string;
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The four roles as radio buttons, each with one line on what that role can do. */
export function RoleField({ value, onChange, error, lockedReason }: RoleFieldProps) {
  const { t } = useTranslation(['accounts', 'auth']);
  return (
    <Radio.Group
      label={t('fields.role')}
      description={lockedReason}
      withAsterisk={!lockedReason}
      value={value ?? null}
      onChange={(next) => {
        if (isRole(next)) onChange(next);
      }}
      error={error}
    >
      <Stack gap="xs" mt="xs">
        {ROLES.map((role) => (
          <Radio
            key={role}
            value={role}
            label={t(`auth:roles.${role}`)}
            description={t(`roleDescriptions.${role}`)}
            disabled={!!lockedReason}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
