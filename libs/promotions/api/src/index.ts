export * from './lib/campaign.entity';
export * from './lib/campaign-offer.entity';
export * from './lib/campaign-voucher.entity';
export * from './lib/campaign-redemption.entity';
export * from './lib/promotions.module';
export * from './lib/promotions-figures.service';
export * from './lib/promotions.entities';
export * from './lib/campaign-transitions.service';
export * from './lib/campaign-results.service';
export * from './lib/campaign-calendar.service';
export * from './lib/live-offers';
export * from './lib/running-campaigns';
export * from './lib/campaign-drafts.service';
export * from './lib/promotions-demo';
// Fixtures for other domains' tests, written by this domain (testing.ts: it imports the test kit's types only).
export * from './testing';
