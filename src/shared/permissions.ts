/**
 * The single permission table: role → what it may do. The IPC wrapper in main checks it for every
 * channel; the renderer only uses it to hide what the role cannot do.
 */
export const ROLES = ['admin', 'supervisor', 'officer', 'mentor'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = ['settings.read', 'settings.write'] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: ['settings.read', 'settings.write'],
  supervisor: ['settings.read'],
  officer: ['settings.read'],
  mentor: [],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
