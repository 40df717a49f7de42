import { offersToReview } from './offers-to-review';

describe('offersToReview (the "Offers to review (n)" count)', () => {
  it('counts only the offers still pending, so it falls to zero once every offer is reviewed', () => {
    expect(offersToReview([{ status: 'PENDING' }, { status: 'PENDING' }, { status: 'PENDING' }])).toBe(3);
    expect(offersToReview([{ status: 'APPROVED' }, { status: 'PENDING' }, { status: 'REJECTED' }])).toBe(1);
    expect(offersToReview([{ status: 'APPROVED' }, { status: 'APPROVED' }, { status: 'APPROVED' }])).toBe(0);
  });
});
