/** Import from a spreadsheet (issue 11): methods, reasons and audit actions of the `imports` namespace. */
export const importsAuditActions = [] as const;

export const importsReasons = [] as const;

export const importsMethods = {};
