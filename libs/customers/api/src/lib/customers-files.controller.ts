import { Controller, Get, Query, Res } from '@nestjs/common';
import { AssociationReads } from '@assoc/associations-api';
import {
  Allow,
  AppConfig,
  AppError,
  Clock,
  CurrentMember,
  HttpResponse,
  Member,
  Permission,
} from '@assoc/platform-api';
import { joinCustomerLink } from './customer-links';
import { customersPosterPdf } from './customers-poster';

/** The shop-window poster for the board (`GET /api/customers/poster.pdf?locale=fr`): a QR code to the join page. */
@Controller('api/customers')
export class CustomersFilesController {
  constructor(
    private readonly associations: AssociationReads,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @Allow(Permission.ViewCustomers)
  @Get('poster.pdf')
  async poster(
    @Query('locale') locale: string | undefined,
    @Member() member: CurrentMember,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const lang = locale === 'en' ? 'en' : 'fr';
    const association = await this.associations.summary(member.associationId);
    if (!association) throw AppError.notFound();
    const pdf = await customersPosterPdf({
      associationName: association.name,
      link: joinCustomerLink(association.slug, lang, 'poster', this.config.PUBLIC_URL),
      locale: lang,
      now: this.clock.now(),
    });
    res.header('content-type', 'application/pdf');
    res.header('content-disposition', `attachment; filename="${lang === 'fr' ? 'affiche' : 'poster'}.pdf"`);
    res.send(pdf);
  }
}
