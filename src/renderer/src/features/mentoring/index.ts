/** What other features place on their pages (the mentors' profile page takes the carry panels). */
export { CarryImportPanel } from './CarryImportPanel';
export { MergeReportsPanel } from './MergeReportsPanel';
export { ReminderBadge } from './ReminderBadge';
