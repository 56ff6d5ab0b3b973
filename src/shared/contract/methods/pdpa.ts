/** Data subject rights (issue 11): methods, reasons and audit actions of the `pdpa` namespace. */
export const pdpaAuditActions = [] as const;

export const pdpaReasons = [] as const;

export const pdpaMethods = {};
