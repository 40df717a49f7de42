import { TreasuryClosingEntity } from './treasury-closing.entity';
import { TreasuryEntryEntity, TreasuryLineEntity } from './treasury-entry.entity';

export const TREASURY_ENTITIES = [TreasuryEntryEntity, TreasuryLineEntity, TreasuryClosingEntity];
