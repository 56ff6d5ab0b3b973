import type { TFunction } from 'i18next';
import type { AuditAction } from '../../../shared/domain/audit';
import { catalogues, type Catalogue } from './catalogues';
import {
  DEFAULT_NAMESPACE,
  FEATURE_NAMESPACES,
  NAMESPACES,
  type FeatureNamespace,
} from './feature-namespaces';

/** `<namespace>:<group>.<key>` for each namespace that has that group, as i18next types it. */
type GroupKey<Group extends string> = {
  [N in FeatureNamespace]: Catalogue[N] extends Record<Group, infer Messages>
    ? `${N}:${Group}.${KeyPath<Messages>}`
    : never;
}[FeatureNamespace];

/** Dotted paths to the leaves (`account.created`). */
type KeyPath<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${KeyPath<T[K]>}`;
}[keyof T & string];

/**
 * The `t` of any component, whatever namespace it is bound to. Helpers every feature shares
 * (`errorMessage`, `fieldErrorMessage`) take it and pass keys that name their namespace.
 */
export type AnyNamespaceT = TFunction<FeatureNamespace[]>;

export type ReasonKey = GroupKey<'reasons'>;
export type FormErrorKey = GroupKey<'formErrors'>;
export type AuditActionKey = GroupKey<'auditActions'>;

function owners(list: (namespace: FeatureNamespace) => readonly string[]) {
  return new Map(NAMESPACES.flatMap((namespace) => list(namespace).map((key) => [key, namespace])));
}

// Built from the contract's typed lists, not from the catalogues: the catalogue tests prove each
// namespace translates exactly its lists, so a key found here is one its namespace has.
const REASON_OWNERS = owners((namespace) => FEATURE_NAMESPACES[namespace].reasons);
const AUDIT_ACTION_OWNERS = owners((namespace) => FEATURE_NAMESPACES[namespace].auditActions);
// A form's own checks have no contract list; each namespace's `formErrors` is its list.
const FORM_ERROR_OWNERS = owners((namespace) => {
  const messages = catalogues.th[namespace] as { formErrors?: Record<string, string> };
  return Object.keys(messages.formErrors ?? {});
});

/** The message for a reason main gives (`accounts:reasons.user_name_taken`), if it has one. */
export function reasonKey(reason: string | undefined): ReasonKey | undefined {
  const namespace = reason === undefined ? undefined : REASON_OWNERS.get(reason);
  return namespace && (`${namespace}:reasons.${reason}` as ReasonKey);
}

/** The message for a form's own check (`shell:formErrors.password_mismatch`), if it has one. */
export function formErrorKey(message: string | undefined): FormErrorKey | undefined {
  const namespace = message === undefined ? undefined : FORM_ERROR_OWNERS.get(message);
  return namespace && (`${namespace}:formErrors.${message}` as FormErrorKey);
}

/**
 * The label of an audit action. Actions are dotted (`account.created`) and i18next reads the dot
 * as its key separator, so the catalogues nest them (`"account": { "created": … }`) under
 * `auditActions`: the JSON then reads like the action list, grouped by what was acted on.
 */
export function auditActionKey(action: AuditAction): AuditActionKey {
  // Every action has an owner (checked at compile time in feature-namespaces.ts); were one missing,
  // i18next would report the key as missing rather than the audit screen failing.
  const namespace = AUDIT_ACTION_OWNERS.get(action) ?? DEFAULT_NAMESPACE;
  return `${namespace}:auditActions.${action}` as AuditActionKey;
}
