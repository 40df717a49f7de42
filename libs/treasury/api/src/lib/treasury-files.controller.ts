import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { Allow, CurrentMember, Member, Permission } from '@assoc/platform-api';
import { shopStatementCsv } from '@assoc/treasury-domain';
import { Response } from 'express';
import { TreasuryService } from './treasury.service';

/**
 * A shop's monthly statement for the president and board, as CSV for a French or English spreadsheet
 * (`GET /api/treasury/shops/<shop id>/statement.csv?month=2026-03&locale=fr`) and as PDF (`statement.pdf`).
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

  @Allow(Permission.ViewTreasury)
  @Get('shops/:shopId/statement.pdf')
  async statementPdf(
    @Param('shopId') shopId: string,
    @Query('month') month: string | undefined,
    @Query('locale') locale: string | undefined,
    @Member() member: CurrentMember,
    @Res() res: Response,
  ): Promise<void> {
    const lang = locale === 'en' ? 'en' : 'fr';
    const { statement, pdf } = await this.treasury.statementPdf(member, shopId, month ?? '', lang);
    res.setHeader('content-type', 'application/pdf');
    res.setHeader(
      'content-disposition',
      `attachment; filename="${lang === 'fr' ? 'releve' : 'statement'}-${statement.month}.pdf"`,
    );
    res.send(pdf);
  }
}
