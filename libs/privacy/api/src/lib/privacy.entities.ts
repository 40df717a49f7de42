/** The tables this library owns. */
export const PRIVACY_ENTITIES: (new () => object)[] = [];
