/** This domain's tables. */
export const COMMUNITY_ENTITIES = [];
