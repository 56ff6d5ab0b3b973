/** Restore from a backup (issue 11): methods, reasons and audit actions of the `restore` namespace. */
export const restoreAuditActions = [] as const;

export const restoreReasons = [] as const;

export const restoreMethods = {};
