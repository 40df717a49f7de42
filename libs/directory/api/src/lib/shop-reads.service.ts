import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * What other domains may ask about shops (issue 21: domains talk through services): a shop's card
 * (name, address, logo), who owns it, the shops of an association, as plain types, never `ShopEntity`;
 * a read that must stay one statement gets a SQL fragment from here instead of naming the `shops` table.
 */
@Injectable()
export class ShopReads {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
}
