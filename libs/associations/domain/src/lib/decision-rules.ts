/** How many of the votes cast must be "for" for a proposal to pass. */
export enum Majority {
  SIMPLE = 'SIMPLE',
  TWO_THIRDS = 'TWO_THIRDS',
}

export const DEFAULT_QUORUM_PERCENT = 50;
export const DEFAULT_MAJORITY = Majority.SIMPLE;
