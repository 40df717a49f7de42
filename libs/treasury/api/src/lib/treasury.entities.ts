import { TreasuryEntryEntity, TreasuryLineEntity } from './treasury-entry.entity';

export const TREASURY_ENTITIES = [TreasuryEntryEntity, TreasuryLineEntity];
