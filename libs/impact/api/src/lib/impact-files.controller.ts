import { Controller, Get, Query, Res } from '@nestjs/common';
import { dashboardCsv, ImpactPeriodKind, ImpactPeriodRequest } from '@assoc/impact-domain';
import { Allow, AppError, Clock, CurrentMember, HttpResponse, Member, Permission } from '@assoc/platform-api';
import { impactSummaryPdf } from './impact-summary-pdf';
import { ImpactService } from './impact.service';

interface PeriodQuery {
  kind?: string;
  from?: string;
  to?: string;
  locale?: string;
}

function periodOf(query: PeriodQuery): ImpactPeriodRequest {
  if (!Object.values(ImpactPeriodKind).includes(query.kind as ImpactPeriodKind)) throw AppError.field('kind', 'isEnum');
  return { kind: query.kind as ImpactPeriodKind, from: query.from ?? '', to: query.to ?? null };
}

/**
 * The dashboard as files, for the president and board: its underlying figures as CSV
 * (`GET /api/impact/dashboard.csv?kind=MONTH&from=2026-11-01&locale=fr`) and the one-page PDF summary
 * for the general assembly (`GET /api/impact/summary.pdf?…`). Same period parameters as the query.
 */
@Controller('api/impact')
export class ImpactFilesController {
  constructor(
    private readonly impact: ImpactService,
    private readonly clock: Clock,
  ) {}

  @Allow(Permission.ViewImpact)
  @Get('dashboard.csv')
  async csv(@Query() query: PeriodQuery, @Member() member: CurrentMember, @Res() res: HttpResponse): Promise<void> {
    const lang = query.locale === 'en' ? 'en' : 'fr';
    const dashboard = await this.impact.dashboard(member, periodOf(query));
    res.header('content-type', 'text/csv; charset=utf-8');
    res.header(
      'content-disposition',
      `attachment; filename="impact-${dashboard.period.fromDay}-${dashboard.period.toDay}.csv"`,
    );
    res.send(dashboardCsv(dashboard, lang));
  }

  @Allow(Permission.ViewImpact)
  @Get('summary.pdf')
  async pdf(@Query() query: PeriodQuery, @Member() member: CurrentMember, @Res() res: HttpResponse): Promise<void> {
    const lang = query.locale === 'en' ? 'en' : 'fr';
    const dashboard = await this.impact.dashboard(member, periodOf(query));
    res.header('content-type', 'application/pdf');
    res.header(
      'content-disposition',
      `inline; filename="${lang === 'fr' ? 'bilan' : 'impact-report'}-${dashboard.period.fromDay}-${dashboard.period.toDay}.pdf"`,
    );
    res.send(await impactSummaryPdf(dashboard, lang, this.clock.now()));
  }
}
