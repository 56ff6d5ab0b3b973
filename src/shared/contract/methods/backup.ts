/** Backup (issue 11): methods, reasons and audit actions of the `backup` namespace. */
export const backupAuditActions = [] as const;

export const backupReasons = [] as const;

export const backupMethods = {};
