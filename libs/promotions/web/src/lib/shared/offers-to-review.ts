/**
 * How many offers still wait for the board's review: the pending ones. Counting every offer kept
 * "Offres à examiner (3)" on screen after all three were approved (issue 16).
 */
export function offersToReview(offers: readonly { status: string }[]): number {
  return offers.filter((offer) => offer.status === 'PENDING').length;
}
