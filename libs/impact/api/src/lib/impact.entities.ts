/**
 * The tables this library owns: none, impact reads the other domains through their services. Listed
 * like every library's so apps/api composes them all the same way.
 */
export const IMPACT_ENTITIES: (new () => object)[] = [];
