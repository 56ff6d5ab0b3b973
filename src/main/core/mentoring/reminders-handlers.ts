import type { FeatureHandlers } from '../handlers';
import { officeReminders } from './reminders-service';

/** The office's reminders (the header badge's count and its list). */
export function remindersHandlers(): FeatureHandlers<'reminders'> {
  return { 'reminders.list': (_input, call) => officeReminders(call) };
}
