/**
 * The single permission table: role → what it may do. The IPC wrapper in main checks it for every
 * channel; the renderer only uses it to hide what the role cannot do.
 */
export const ROLES = ['admin', 'supervisor', 'officer', 'mentor'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  /** Lock, sign out, change one's own password: everyone signed in. */
  'session.own',
  'settings.read',
  'settings.write',
  'accounts.manage',
  'audit.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: ['session.own', 'settings.read', 'settings.write', 'accounts.manage', 'audit.read'],
  supervisor: ['session.own', 'settings.read'],
  officer: ['session.own', 'settings.read'],
  mentor: ['session.own'],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
