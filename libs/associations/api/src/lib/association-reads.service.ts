import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * What other domains may ask about an association (issue 21: domains talk through services): its
 * name, slug, time zone and public facts, as plain types, never `AssociationEntity`.
 */
@Injectable()
export class AssociationReads {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
}
