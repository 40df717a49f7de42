import { CampaignChannel, campaignProblems, CampaignDraft, MAX_CAMPAIGN_DAYS, publishProblems } from '../index';

const D = 24 * 3600 * 1000;
const base = new Date('2026-06-01T08:00:00Z');
const draft = (extra: Partial<CampaignDraft> = {}): CampaignDraft => ({
  title: 'Fête des vitrines',
  theme: 'Été',
  description: '',
  enrolmentDeadline: new Date(base.getTime() + 5 * D),
  startsAt: new Date(base.getTime() + 10 * D),
  endsAt: new Date(base.getTime() + 12 * D),
  channels: CampaignChannel.BOTH,
  minDiscountPercent: null,
  ...extra,
});

describe('campaign rules', () => {
  it('accepts a sound campaign', () => {
    expect(campaignProblems(draft())).toEqual([]);
    expect(publishProblems(draft(), base)).toEqual([]);
  });

  it('names each bad field', () => {
    expect(campaignProblems(draft({ title: '  ' }))).toEqual([{ path: 'title', reason: 'isNotEmpty' }]);
    expect(campaignProblems(draft({ endsAt: draft().startsAt }))).toEqual([
      { path: 'endsAt', reason: 'endBeforeStart' },
    ]);
    expect(
      campaignProblems(draft({ endsAt: new Date(draft().startsAt.getTime() + (MAX_CAMPAIGN_DAYS + 1) * D) })),
    ).toEqual([{ path: 'endsAt', reason: 'campaignTooLong', params: { days: MAX_CAMPAIGN_DAYS } }]);
    expect(campaignProblems(draft({ enrolmentDeadline: new Date(draft().startsAt.getTime() + 1) }))).toEqual([
      { path: 'enrolmentDeadline', reason: 'enrolmentAfterStart' },
    ]);
    expect(campaignProblems(draft({ minDiscountPercent: 0 }))).toEqual([
      { path: 'minDiscountPercent', reason: 'min', params: { min: 1 } },
    ]);
    expect(campaignProblems(draft({ minDiscountPercent: 101 }))).toEqual([
      { path: 'minDiscountPercent', reason: 'max', params: { max: 100 } },
    ]);
    expect(campaignProblems(draft({ channels: 'SOMEWHERE' as CampaignChannel }))).toEqual([
      { path: 'channels', reason: 'isEnum' },
    ]);
  });

  it('publishes only while the enrolment deadline is ahead', () => {
    expect(publishProblems(draft(), new Date(base.getTime() + 5 * D))).toEqual([
      { path: 'enrolmentDeadline', reason: 'deadlineInPast' },
    ]);
  });
});
