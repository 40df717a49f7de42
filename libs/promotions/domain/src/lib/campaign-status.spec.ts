import fc from 'fast-check';
import {
  acceptsEnrolment,
  acceptsVoucherClaims,
  allowedCampaignEvents,
  CAMPAIGN_STATUS_LABELS,
  CAMPAIGN_STATUSES,
  CampaignEvent,
  CampaignStatus as S,
  canApply,
  isPubliclyVisible,
  statusAt,
} from '../index';

const H = 3600 * 1000;
const at = (h: number) => new Date(Date.UTC(2026, 5, 1) + h * H);
const campaign = { publishedAt: at(0), cancelledAt: null, enrolmentDeadline: at(10), startsAt: at(20), endsAt: at(30) };
const ORDER = [S.ENROLLING, S.PUBLISHED, S.RUNNING, S.FINISHED];

describe('campaign status by the clock', () => {
  it('moves through enrolment, publication, running and finished, each boundary belonging to the later status', () => {
    expect(statusAt(campaign, at(5))).toBe(S.ENROLLING);
    expect(statusAt(campaign, at(10))).toBe(S.PUBLISHED);
    expect(statusAt(campaign, at(19.99))).toBe(S.PUBLISHED);
    expect(statusAt(campaign, at(20))).toBe(S.RUNNING);
    expect(statusAt(campaign, at(30))).toBe(S.FINISHED);
  });

  it('stays a draft until published, and cancelled once cancelled, whatever the time', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 100 }), (h) => {
        expect(statusAt({ ...campaign, publishedAt: null }, at(h))).toBe(S.DRAFT);
        expect(statusAt({ ...campaign, cancelledAt: at(1) }, at(h))).toBe(S.CANCELLED);
      }),
    );
  });

  it('never goes back in time (monotone)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 80 }), fc.integer({ min: 0, max: 80 }), (h, later) => {
        expect(ORDER.indexOf(statusAt(campaign, at(h + later)))).toBeGreaterThanOrEqual(
          ORDER.indexOf(statusAt(campaign, at(h))),
        );
      }),
    );
  });

  it('publishes only a draft and cancels anything not final', () => {
    expect(canApply(S.DRAFT, CampaignEvent.PUBLISH)).toBe(true);
    for (const s of [S.ENROLLING, S.PUBLISHED, S.RUNNING, S.FINISHED, S.CANCELLED])
      expect(canApply(s, CampaignEvent.PUBLISH)).toBe(false);
    for (const s of [S.DRAFT, S.ENROLLING, S.PUBLISHED, S.RUNNING])
      expect(canApply(s, CampaignEvent.CANCEL)).toBe(true);
    expect(allowedCampaignEvents(S.FINISHED)).toEqual([]);
    expect(allowedCampaignEvents(S.CANCELLED)).toEqual([]);
    expect(allowedCampaignEvents(S.DRAFT)).toEqual([CampaignEvent.PUBLISH, CampaignEvent.CANCEL]);
  });

  it('says what each status allows', () => {
    expect(CAMPAIGN_STATUSES.filter(isPubliclyVisible)).toEqual([S.PUBLISHED, S.RUNNING, S.FINISHED]);
    expect(CAMPAIGN_STATUSES.filter(acceptsVoucherClaims)).toEqual([S.PUBLISHED, S.RUNNING]);
    expect(CAMPAIGN_STATUSES.filter(acceptsEnrolment)).toEqual([S.ENROLLING]);
    for (const s of CAMPAIGN_STATUSES) expect(CAMPAIGN_STATUS_LABELS[s].fr).toBeTruthy();
  });
});
