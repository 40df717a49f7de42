import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * What other domains may ask about memberships (issue 21: domains talk through services): who is an
 * active member of an association, with which role, who the board is. Answers are plain types, never
 * `MembershipEntity`; a read that must stay one statement with the caller's own query gets a SQL
 * fragment from here instead of naming the `memberships` table itself.
 */
@Injectable()
export class MembershipReads {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
}
