import {
  adoptionProblem,
  answerProblems,
  commentProblems,
  ideaProblems,
  IdeaKind,
  IdeaStatus,
  isOpenToSupport,
  recommendationProblems,
} from './ideas';
import {
  contributionKey,
  contributionPoints,
  contributionPointsProblems,
  DEFAULT_CONTRIBUTION_POINTS,
  sharePercentProblems,
} from './rewards';

describe('ideas', () => {
  it('names every field of a bad idea at once, and accepts a good one', () => {
    expect(ideaProblems({ title: ' a ', description: 'x'.repeat(2001), kind: 'CAR' })).toEqual([
      { path: 'title', reason: 'minLength', params: { min: 3 } },
      { path: 'description', reason: 'maxLength', params: { max: 2000 } },
      { path: 'kind', reason: 'ideaKindInvalid' },
    ]);
    expect(ideaProblems({ title: '', description: '', kind: IdeaKind.SERVICE })).toEqual([
      { path: 'title', reason: 'required' },
    ]);
    expect(ideaProblems({ title: 'Ouvert tard le jeudi', description: '', kind: IdeaKind.SERVICE })).toEqual([]);
    expect(ideaProblems({ title: 'Bad\u0007', description: '', kind: IdeaKind.OTHER })[0].reason).toBe(
      'controlCharacter',
    );
  });

  it('checks comments and recommendations', () => {
    expect(commentProblems('   ')).toEqual([{ path: 'body', reason: 'required' }]);
    expect(commentProblems('Oui !')).toEqual([]);
    expect(recommendationProblems('Top')).toEqual([{ path: 'text', reason: 'minLength', params: { min: 10 } }]);
    expect(recommendationProblems('Accueil chaleureux et bons conseils')).toEqual([]);
  });

  it('lets the board answer until the idea is adopted, always with a reason', () => {
    const open = { status: IdeaStatus.OPEN, adoptedAt: null };
    expect(answerProblems(open, IdeaStatus.ACCEPTED, 'Bonne idée')).toEqual([]);
    expect(answerProblems(open, IdeaStatus.OPEN, 'x')).toEqual([{ path: 'status', reason: 'ideaAnswerInvalid' }]);
    expect(answerProblems(open, IdeaStatus.DECLINED, ' ')).toEqual([{ path: 'reason', reason: 'required' }]);
    const adopted = { status: IdeaStatus.ACCEPTED, adoptedAt: new Date() };
    expect(answerProblems(adopted, IdeaStatus.DECLINED, 'Non')).toEqual([
      { path: 'status', reason: 'ideaAlreadyAdopted' },
    ]);
  });

  it('adopts only an accepted idea, once', () => {
    expect(adoptionProblem({ status: IdeaStatus.UNDER_STUDY, adoptedAt: null })?.reason).toBe('ideaNotAccepted');
    expect(adoptionProblem({ status: IdeaStatus.ACCEPTED, adoptedAt: null })).toBeNull();
    expect(adoptionProblem({ status: IdeaStatus.ACCEPTED, adoptedAt: new Date() })?.reason).toBe('ideaAlreadyAdopted');
  });

  it('takes support until declined', () => {
    expect(isOpenToSupport({ status: IdeaStatus.UNDER_STUDY, adoptedAt: null })).toBe(true);
    expect(isOpenToSupport({ status: IdeaStatus.DECLINED, adoptedAt: null })).toBe(false);
  });
});

describe('contribution rewards', () => {
  it('gives each event its own idempotency key and the board’s points', () => {
    const settings = { adoptedIdeaPoints: 80, usefulContributionPoints: 5, helpfulRecommendationPoints: 7 };
    expect(contributionKey({ kind: 'adoptedIdea', ideaId: 'i1' })).toBe('community:idea-adopted:i1');
    expect(contributionKey({ kind: 'usefulIdea', ideaId: 'i1' })).not.toBe(
      contributionKey({ kind: 'adoptedIdea', ideaId: 'i1' }),
    );
    expect(contributionPoints({ kind: 'adoptedIdea', ideaId: 'i1' }, settings)).toBe(80);
    expect(contributionPoints({ kind: 'usefulComment', commentId: 'c' }, settings)).toBe(5);
    expect(contributionPoints({ kind: 'helpfulRecommendation', recommendationId: 'r' }, settings)).toBe(7);
  });

  it('checks the board’s points and a share percent', () => {
    expect(contributionPointsProblems(DEFAULT_CONTRIBUTION_POINTS)).toEqual([]);
    expect(contributionPointsProblems({ adoptedIdeaPoints: -1, usefulContributionPoints: 1.5 })).toEqual([
      { path: 'adoptedIdeaPoints', reason: 'min', params: { min: 0 } },
      { path: 'usefulContributionPoints', reason: 'isInt' },
    ]);
    expect(contributionPointsProblems({ helpfulRecommendationPoints: 10_001 })[0].reason).toBe('max');
    expect(sharePercentProblems(0)[0].reason).toBe('min');
    expect(sharePercentProblems(101)[0].reason).toBe('max');
    expect(sharePercentProblems(10)).toEqual([]);
  });
});
