/** Programme dashboard (issue 11): methods, reasons and audit actions of the `dashboard` namespace. */
export const dashboardAuditActions = [] as const;

export const dashboardReasons = [] as const;

export const dashboardMethods = {};
