import type { z } from 'zod';
import type { MethodDefinition } from './define';
import type { Result } from './errors';
import type { EventName, EventPayload, KaonaEvents } from './events';
import type { IsJsonSafe } from './json';
import { accountsMethods, accountsReasons } from './methods/accounts';
import { appMethods, appReasons } from './methods/app';
import { auditMethods, auditReasons } from './methods/audit';
import { preferencesMethods, preferencesReasons } from './methods/preferences';
import { sessionMethods, sessionReasons } from './methods/session';
import { settingsMethods, settingsReasons } from './methods/settings';
import { setupMethods, setupReasons } from './methods/setup';
import { jobsMethods, jobsReasons } from './methods/jobs';
import { vaultMethods, vaultReasons } from './methods/vault';
import { addressesMethods, addressesReasons } from './methods/addresses';
import { casesMethods, casesReasons } from './methods/cases';
import { draftsMethods, draftsReasons } from './methods/drafts';
import { mentorsMethods, mentorsReasons } from './methods/mentors';
import { mentoringMethods, mentoringReasons } from './methods/mentoring';
import { letterheadMethods, letterheadReasons } from './methods/letterhead';
import { referralsMethods, referralsReasons } from './methods/referrals';
import { documentsMethods, documentsReasons } from './methods/documents';
import { certificatesMethods, certificatesReasons } from './methods/certificates';
import { dashboardMethods, dashboardReasons } from './methods/dashboard';
import { reportsMethods, reportsReasons } from './methods/reports';
import { importsMethods, importsReasons } from './methods/imports';
import { backupMethods, backupReasons } from './methods/backup';
import { restoreMethods, restoreReasons } from './methods/restore';
import { pdpaMethods, pdpaReasons } from './methods/pdpa';
import { commonReasons } from './reasons';

/** Every IPC method Kaona has. Main, preload, the web host and the renderer all derive from it. */
export const contract = {
  ...appMethods,
  ...preferencesMethods,
  ...setupMethods,
  ...sessionMethods,
  ...accountsMethods,
  ...settingsMethods,
  ...auditMethods,
  ...jobsMethods,
  ...vaultMethods,
  ...addressesMethods,
  ...casesMethods,
  ...draftsMethods,
  ...mentorsMethods,
  ...mentoringMethods,
  ...letterheadMethods,
  ...referralsMethods,
  ...documentsMethods,
  ...certificatesMethods,
  ...dashboardMethods,
  ...reportsMethods,
  ...importsMethods,
  ...backupMethods,
  ...restoreMethods,
  ...pdpaMethods,
} satisfies Record<string, MethodDefinition>;

/**
 * Every reason main may give with an error (`user_name_taken`), each feature's list plus the
 * common ones. `AppError` accepts only these, and the catalogue test checks each is translated.
 */
export const REASONS = [
  ...commonReasons,
  ...appReasons,
  ...preferencesReasons,
  ...setupReasons,
  ...sessionReasons,
  ...accountsReasons,
  ...settingsReasons,
  ...auditReasons,
  ...jobsReasons,
  ...vaultReasons,
  ...addressesReasons,
  ...casesReasons,
  ...draftsReasons,
  ...mentorsReasons,
  ...mentoringReasons,
  ...letterheadReasons,
  ...referralsReasons,
  ...documentsReasons,
  ...certificatesReasons,
  ...dashboardReasons,
  ...reportsReasons,
  ...importsReasons,
  ...backupReasons,
  ...restoreReasons,
  ...pdpaReasons,
] as const;
export type Reason = (typeof REASONS)[number];

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];

export type MethodInput<C extends Channel> = z.input<Contract[C]['input']>;
export type MethodParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type MethodOutput<C extends Channel> = Contract[C]['output'] extends {
  readonly __output?: infer T;
}
  ? T
  : never;

type Namespace<C> = C extends `${infer N}.${string}` ? N : never;
type MethodName<C, N extends string> = C extends `${N}.${infer M}` ? M : never;

/** Methods whose input is an empty object may be called without an argument. */
type Args<C extends Channel> =
  Record<never, never> extends MethodInput<C> ? [input?: MethodInput<C>] : [input: MethodInput<C>];

export type KaonaMethod<C extends Channel> = (...args: Args<C>) => Promise<Result<MethodOutput<C>>>;

/**
 * The shape of `window.kaona`: `kaona.preferences.set({ language: 'en' })`, and
 * `kaona.events.on('session.changed', listener)` for what main pushes.
 */
export type KaonaApi = {
  readonly [N in Namespace<Channel>]: {
    readonly [C in Channel as MethodName<C, N>]: KaonaMethod<C>;
  };
} & { readonly events: KaonaEvents };

// ── compile-time checks ───────────────────────────────────────────────────────────────────────
// Outputs and event payloads travel as structured clones over IPC but as JSON through the web
// host: anything that is not plain JSON (a Date, a Map, bytes) would arrive differently. A
// failing check names the offending channel or event in the compiler's message.
type NonJsonOutputs = {
  [C in Channel]: IsJsonSafe<MethodOutput<C>> extends true ? never : C;
}[Channel];
type NonJsonEvents = {
  [E in EventName]: IsJsonSafe<EventPayload<E>> extends true ? never : E;
}[EventName];
export const OUTPUTS_ARE_JSON: [NonJsonOutputs] extends [never] ? true : NonJsonOutputs = true;
export const EVENT_PAYLOADS_ARE_JSON: [NonJsonEvents] extends [never] ? true : NonJsonEvents = true;
// `events` is the subscription object on window.kaona; no method namespace may take its name.
export const NO_EVENTS_NAMESPACE: 'events' extends Namespace<Channel> ? never : true = true;

/** Splits `preferences.set` into its namespace and method name. */
export function splitChannel(channel: Channel): [namespace: string, name: string] {
  const dot = channel.indexOf('.');
  return [channel.slice(0, dot), channel.slice(dot + 1)];
}

export { method, output } from './define';
export type { Access, MethodDefinition } from './define';
export * from './errors';
export { contractEvents, EVENT_NAMES, ipcEventName, isEventName } from './events';
export type { EventName, EventPayload, KaonaEvents, Subscribe, Unsubscribe } from './events';
export type { JsonSafe, IsJsonSafe } from './json';
