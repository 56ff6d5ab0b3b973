/** Reports (issue 11): methods, reasons and audit actions of the `reports` namespace. */
export const reportsAuditActions = [] as const;

export const reportsReasons = [] as const;

export const reportsMethods = {};
