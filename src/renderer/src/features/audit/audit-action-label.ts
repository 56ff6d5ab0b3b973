import type { AuditAction } from '../../../../shared/domain/audit';
import { auditActionKey, type AnyNamespaceT } from '../../i18n/message-keys';

/**
 * What an audit action is called on screen. The label lives in the namespace of the feature that
 * records the action (`account.created` in `accounts`), not in `audit`, so that a new feature
 * brings its labels with it.
 */
export function auditActionLabel(action: AuditAction, t: AnyNamespaceT): string {
  return t(auditActionKey(action));
}
