import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { Allow, CurrentMember, HttpResponse, Member, Permission } from '@assoc/platform-api';
import { shopStatementCsv } from '@assoc/treasury-domain';
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
    @Res() res: HttpResponse,
  ): Promise<void> {
    const lang = language(locale);
    const statement = await this.treasury.statement(member, shopId, month ?? '');
    send(
      res,
      'text/csv; charset=utf-8',
      statementFileName(lang, statement.month, 'csv'),
      shopStatementCsv(statement, lang),
    );
  }

  @Allow(Permission.ViewTreasury)
  @Get('shops/:shopId/statement.pdf')
  async statementPdf(
    @Param('shopId') shopId: string,
    @Query('month') month: string | undefined,
    @Query('locale') locale: string | undefined,
    @Member() member: CurrentMember,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const lang = language(locale);
    const { statement, pdf } = await this.treasury.statementPdf(member, shopId, month ?? '', lang);
    send(res, 'application/pdf', statementFileName(lang, statement.month, 'pdf'), pdf);
  }
}

const language = (locale: string | undefined): 'fr' | 'en' => (locale === 'en' ? 'en' : 'fr');

/** `releve-2026-03.csv` in French, `statement-2026-03.pdf` in English. */
const statementFileName = (lang: 'fr' | 'en', month: string, ext: 'csv' | 'pdf') =>
  `${lang === 'fr' ? 'releve' : 'statement'}-${month}.${ext}`;

/** The file as a download. */
function send(res: HttpResponse, type: string, fileName: string, body: string | Buffer): void {
  res.header('content-type', type);
  res.header('content-disposition', `attachment; filename="${fileName}"`);
  res.send(body);
}
