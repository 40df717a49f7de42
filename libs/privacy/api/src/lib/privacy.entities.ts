import { DataExportEntity } from './data-export.entity';

/** The tables this library owns. */
export const PRIVACY_ENTITIES: (new () => object)[] = [DataExportEntity];
