export * from './lib/treasury.module';
export * from './lib/treasury.entities';
export * from './lib/treasury-ledger.service';
