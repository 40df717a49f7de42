/** This domain's tables. */
export const CUSTOMERS_ENTITIES = [];
