export * from './lib/campaign.entity';
export * from './lib/campaign-offer.entity';
export * from './lib/campaign-voucher.entity';
export * from './lib/campaign-redemption.entity';
export * from './lib/promotions.module';
export * from './lib/campaign-transitions.service';
export * from './lib/campaign-results.service';
export * from './lib/campaign-calendar.service';
