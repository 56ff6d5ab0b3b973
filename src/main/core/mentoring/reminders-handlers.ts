import { notBuilt } from '../call/not-built';
import type { FeatureHandlers } from '../handlers';

/** The office's reminders. */
export function remindersHandlers(): FeatureHandlers<'reminders'> {
  return notBuilt(['reminders.list']);
}
