import { AUDIT_ACTIONS, type AuditAction } from '../../../../shared/domain/audit';

const ACTION_PARAM = 'action';

/** The audit log filtered to one action, for a screen that points at what it is about. */
export function auditLogLink(action: AuditAction): string {
  return `/audit?${new URLSearchParams({ [ACTION_PARAM]: action }).toString()}`;
}

/** The action a link asked for; anything that is not an action is ignored (a hand-typed URL). */
export function linkedAuditAction(params: URLSearchParams): AuditAction | undefined {
  const action = params.get(ACTION_PARAM);
  return AUDIT_ACTIONS.find((known) => known === action);
}
