import { Majority } from '@assoc/associations-domain';
import {
  countVotes,
  isApproved,
  outcomeCanStillChange,
  VoteChoice,
  VoteCounts,
  voteOutcome,
  VoteRules,
} from '../index';

describe('vote outcome', () => {
  const rules = (
    memberCount: number,
    quorumPercent = 50,
    majority: VoteRules['majority'] = Majority.SIMPLE,
  ): VoteRules => ({ memberCount, quorumPercent, majority });

  it('counts abstentions for the quorum only', () => {
    // 10 members, quorum 50 %: 2 for + 1 against + 2 abstain = 5 votes cast → quorum; 2 > 1 → approved
    expect(voteOutcome({ ...rules(10), for: 2, against: 1, abstain: 2 })).toEqual({
      quorumReached: true,
      approved: true,
      decided: false,
      remaining: 5,
    });
    // 4 votes cast: no quorum, whatever the majority
    expect(voteOutcome({ ...rules(10), for: 4, against: 0, abstain: 0 })).toMatchObject({
      quorumReached: false,
      approved: false,
    });
    // a tie fails a simple majority
    expect(isApproved({ for: 3, against: 3, abstain: 0 }, rules(10))).toBe(false);
  });

  it('requires two thirds of the votes for and against', () => {
    const twoThirds = rules(9, 0, Majority.TWO_THIRDS);
    expect(isApproved({ for: 2, against: 1, abstain: 5 }, twoThirds)).toBe(true); // exactly 2/3
    expect(isApproved({ for: 3, against: 2, abstain: 0 }, twoThirds)).toBe(false); // 60 %
    expect(isApproved({ for: 0, against: 0, abstain: 4 }, twoThirds)).toBe(false); // abstentions alone pass nothing
    expect(isApproved({ for: 0, against: 0, abstain: 4 }, rules(9, 0))).toBe(false);
    expect(isApproved({ for: 2, against: 1, abstain: 0 }, { ...twoThirds, majority: 'TWO_THIRDS' })).toBe(true);
  });

  it('uses integer arithmetic for the quorum', () => {
    // 33 % of 3 members = 0.99 → one vote is enough; 34 % = 1.02 → two needed
    expect(voteOutcome({ ...rules(3, 33), for: 1, against: 0, abstain: 0 }).quorumReached).toBe(true);
    expect(voteOutcome({ ...rules(3, 34), for: 1, against: 0, abstain: 0 }).quorumReached).toBe(false);
    expect(voteOutcome({ ...rules(3, 100), for: 3, against: 0, abstain: 0 })).toMatchObject({
      quorumReached: true,
      approved: true,
      decided: true,
    });
  });

  it('tallies choices', () => {
    expect(countVotes([VoteChoice.FOR, VoteChoice.ABSTAIN, VoteChoice.FOR, VoteChoice.AGAINST])).toEqual({
      for: 2,
      against: 1,
      abstain: 1,
    });
  });

  it('says when the president may close early', () => {
    // 5 members, simple majority, quorum 50 %: 3 for, none against → the 2 others cannot overturn it
    expect(outcomeCanStillChange({ for: 3, against: 0, abstain: 0 }, rules(5))).toBe(false);
    // 2 for, 0 against: the 3 others voting against would reject it
    expect(outcomeCanStillChange({ for: 2, against: 0, abstain: 0 }, rules(5))).toBe(true);
    // 0 for, 3 against out of 5: even 2 more for cannot pass it
    expect(outcomeCanStillChange({ for: 0, against: 3, abstain: 0 }, rules(5))).toBe(false);
    // everyone voted
    expect(outcomeCanStillChange({ for: 1, against: 1, abstain: 1 }, rules(3))).toBe(false);
  });

  /** Every way the members who have not voted could still vote (or not vote). */
  function futures(counts: VoteCounts, memberCount: number): VoteCounts[] {
    const remaining = memberCount - counts.for - counts.against - counts.abstain;
    const all: VoteCounts[] = [];
    for (let f = 0; f <= remaining; f++)
      for (let a = 0; a + f <= remaining; a++)
        for (let x = 0; x + a + f <= remaining; x++)
          all.push({ for: counts.for + f, against: counts.against + a, abstain: counts.abstain + x });
    return all;
  }

  it('agrees with brute force on every small case', () => {
    let cases = 0;
    for (const majority of [Majority.SIMPLE, Majority.TWO_THIRDS])
      for (const quorumPercent of [0, 25, 33, 50, 67, 100])
        for (let memberCount = 0; memberCount <= 7; memberCount++)
          for (let f = 0; f <= memberCount; f++)
            for (let a = 0; a + f <= memberCount; a++)
              for (let x = 0; x + a + f <= memberCount; x++) {
                const r = { memberCount, quorumPercent, majority };
                const counts = { for: f, against: a, abstain: x };
                const now = isApproved(counts, r);
                const couldChange = futures(counts, memberCount).some((future) => isApproved(future, r) !== now);
                expect(outcomeCanStillChange(counts, r)).toBe(couldChange);
                expect(voteOutcome({ ...r, ...counts }).decided).toBe(!couldChange);
                cases++;
              }
    expect(cases).toBeGreaterThan(2000);
  });
});
