/** This domain's tables. */
export const LOYALTY_ENTITIES = [];
