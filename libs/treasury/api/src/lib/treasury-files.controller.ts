import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { Allow, CurrentMember, Member, Permission } from '@assoc/platform-api';
import { shopStatementCsv } from '@assoc/treasury-domain';
import { Response } from 'express';
import { TreasuryService } from './treasury.service';

/**
 * A shop's monthly statement as CSV for the president and board
 * (`GET /api/treasury/shops/<shop id>/statement.csv?month=2026-03&locale=fr`), for a French or English spreadsheet.
 */
@Controller('api/treasury')
export class TreasuryFilesController {
  constructor(private readonly treasury: TreasuryService) {}

  @Allow(Permission.ViewTreasury)
  @Get('shops/:shopId/statement.csv')
  async statement(
    @Param('shopId') shopId: string,
    @Query('month') month: string | undefined,
    @Query('locale') locale: string | undefined,
    @Member() member: CurrentMember,
    @Res() res: Response,
  ): Promise<void> {
    const lang = locale === 'en' ? 'en' : 'fr';
    const statement = await this.treasury.statement(member, shopId, month ?? '');
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader(
      'content-disposition',
      `attachment; filename="${lang === 'fr' ? 'releve' : 'statement'}-${statement.month}.csv"`,
    );
    res.send(shopStatementCsv(statement, lang));
  }
}
