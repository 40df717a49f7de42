import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { AssociationReads, AssociationSummary } from '@assoc/associations-api';
import {
  customerLocale,
  customerNav,
  CustomerCard,
  customerPageFrame,
  customerPaths,
  CustomerSessions,
  joinCustomerLink,
  sendCustomerPage,
} from '@assoc/customers-api';
import { ShopReads } from '@assoc/directory-api';
import { LoyaltyReads } from '@assoc/loyalty-api';
import {
  AppConfig,
  ClientIp,
  field,
  FormErrors,
  formErrors,
  htmlLang,
  HttpRequest,
  HttpResponse,
  Locale,
  markup,
  Public,
  RateLimit,
  RateLimiter,
  redirectAfterPost,
  renderNotFoundPage,
  renderPublicPage,
  SafeHtml,
  sendPublicPage,
} from '@assoc/platform-api';
import { AuthorNames } from './author-names.service';
import { CoCreatedProductsService } from './co-created-products.service';
import { communityPaths } from './community-paths';
import { communityPageTexts } from './community-page.texts';
import {
  communityHomeMain,
  IdeaFormValues,
  ideaMain,
  ideasMain,
  newIdeaMain,
  PageContext,
  PageIdea,
  recommendMain,
  RecommendFormValues,
} from './community-page.views';
import { customer } from './contributor';
import { IdeaOutcomes } from './idea-outcomes.service';
import { IdeasService, IdeaView } from './ideas.service';
import { RecommendationsService } from './recommendations.service';

/** Customers' writes (ideas, supports, comments, recommendations): per address, as other public forms. */
export const COMMUNITY_RATE_LIMITS = { write: { limit: 60, windowMs: 10 * 60 * 1000 } } satisfies Record<
  string,
  RateLimit
>;

/**
 * The community's public pages (issue 17, ADR 0035), server-rendered on the public page kit (ADR 0022) inside
 * the customers' page frame, in the customer's language (`?lang=`, else their stored one, else Accept-Language),
 * forms without JavaScript (POST, then 303 to the page with a one-time notice):
 * - `/communaute/:slug`: open ideas with their supports, adopted ideas and what became of them, co-created
 *   products, the shops taking the card and the rewards, published recommendations, a call to join; with its
 *   link preview;
 * - `/communaute/:slug/idees` (every idea), `/idees/nouvelle` (propose: signed in, "ideas" consent),
 *   `/idees/:id` (the idea; support, withdraw, comment);
 * - `/communaute/:slug/commerces`: recommend a shop (signed in), one's own recommendations.
 */
@Controller('communaute')
export class CommunityPagesController {
  constructor(
    private readonly associations: AssociationReads,
    private readonly sessions: CustomerSessions,
    private readonly ideas: IdeasService,
    private readonly outcomes: IdeaOutcomes,
    private readonly names: AuthorNames,
    private readonly loyalty: LoyaltyReads,
    private readonly recommendations: RecommendationsService,
    private readonly coCreated: CoCreatedProductsService,
    private readonly shops: ShopReads,
    private readonly config: AppConfig,
    private readonly limiter: RateLimiter,
  ) {}

  @Public()
  @Get(':slug')
  async home(@Param('slug') slug: string, @Req() req: HttpRequest, @Res() res: HttpResponse): Promise<void> {
    const page = await this.context(slug, req, res);
    if (!page) return;
    const { association, card, c } = page;
    const t = communityPageTexts(c.locale);
    const [open, adopted, loyalty, recommendations, coCreated] = await Promise.all([
      this.pageIdeas(association.id, card, c.locale, 'IN_PROGRESS', 30),
      this.pageIdeas(association.id, card, c.locale, 'ADOPTED', 30),
      this.loyalty.publicSummary(association.id),
      this.recommendations.published(association.id, undefined, 20),
      this.coCreated.list(association.id),
    ]);
    const [shopNames, authorName] = await Promise.all([
      this.shops.names(
        association.id,
        recommendations.map((r) => r.shopId),
      ),
      this.names.of(
        association.id,
        recommendations.map((r) => ({ authorMembershipId: null, authorCustomerId: r.customerId })),
        c.locale,
      ),
    ]);
    const main = communityHomeMain(c, {
      association,
      openIdeas: open,
      adoptedIdeas: adopted,
      loyalty,
      recommendations: recommendations.map((r) => ({
        shopName: shopNames.get(r.shopId) ?? '',
        authorName: authorName({ authorMembershipId: null, authorCustomerId: r.customerId }).name,
        text: r.text,
      })),
      coCreated,
      joinUrl: joinCustomerLink(association.slug, htmlLang(c.locale), 'communaute'),
      signInUrl: `${customerPaths.signIn(association.slug)}?lang=${htmlLang(c.locale)}`,
    });
    const base = this.config.PUBLIC_URL.replace(/\/$/, '');
    // A public page with its link preview (not the customers' private frame: it is meant to be shared).
    sendPublicPage(
      res,
      renderPublicPage({
        locale: c.locale,
        url: req.originalUrl,
        openGraph: {
          title: t.communityTitle(association.name),
          description: t.communityDescription(association.name),
          siteName: association.name,
          url: `${base}${communityPaths.home(association.slug)}?lang=${htmlLang(c.locale)}`,
        },
        association: { name: association.name },
        main: markup`<div class="customer-page">${customerNav({
          locale: c.locale,
          association,
          customer: card,
          current: 'community',
          url: req.originalUrl,
        })}${main}</div>`,
      }),
    );
  }

  @Public()
  @Get(':slug/idees')
  async list(@Param('slug') slug: string, @Req() req: HttpRequest, @Res() res: HttpResponse): Promise<void> {
    const page = await this.context(slug, req, res);
    if (!page) return;
    const { association, card, c } = page;
    const t = communityPageTexts(c.locale);
    const ideas = await this.pageIdeas(association.id, card, c.locale, null, 50);
    this.send(req, res, page, t.ideasTitle, ideasMain(c, ideas, req.query['done'] === 'proposed' ? t.proposed : null));
  }

  @Public()
  @Get(':slug/idees/nouvelle')
  async newIdea(@Param('slug') slug: string, @Req() req: HttpRequest, @Res() res: HttpResponse): Promise<void> {
    const page = await this.context(slug, req, res, true);
    if (!page) return;
    const t = communityPageTexts(page.c.locale);
    this.send(
      req,
      res,
      page,
      t.newIdeaTitle,
      newIdeaMain(page.c, { values: { title: '', description: '', kind: '' }, errors: null }),
    );
  }

  @Public()
  @Post(':slug/idees/nouvelle')
  async propose(
    @Param('slug') slug: string,
    @ClientIp() ip: string,
    @Req() req: HttpRequest,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const page = await this.context(slug, req, res, true);
    if (!page?.card) return;
    const values: IdeaFormValues = {
      title: field(req.body, 'title'),
      description: field(req.body, 'description'),
      kind: field(req.body, 'kind'),
    };
    const card = page.card;
    await this.write(
      ip,
      page,
      async () => {
        const id = await this.ideas.propose(page.association.id, customer(card.customerId), values);
        redirectAfterPost(res, `${communityPaths.idea(slug, id)}?lang=${htmlLang(page.c.locale)}&done=proposed`);
      },
      (errors) =>
        this.send(
          req,
          res,
          page,
          communityPageTexts(page.c.locale).newIdeaTitle,
          newIdeaMain(page.c, { values, errors }),
          errors.status,
        ),
    );
  }

  @Public()
  @Get(':slug/idees/:id')
  async idea(
    @Param('slug') slug: string,
    @Param('id') id: string,
    @Req() req: HttpRequest,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const page = await this.context(slug, req, res);
    if (!page) return;
    const t = communityPageTexts(page.c.locale);
    const done = req.query['done'];
    const notice =
      done === 'proposed'
        ? t.proposed
        : done === 'supported'
          ? t.supportedNotice
          : done === 'commented'
            ? t.commented
            : null;
    await this.sendIdea(req, res, page, id, { comment: '', errors: null, notice });
  }

  @Public()
  @Post(':slug/idees/:id/:action')
  async ideaAction(
    @Param('slug') slug: string,
    @Param('id') id: string,
    @Param('action') action: string,
    @ClientIp() ip: string,
    @Req() req: HttpRequest,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const page = await this.context(slug, req, res, true);
    if (!page?.card) return;
    const who = customer(page.card.customerId);
    const back = (done: string) =>
      `${communityPaths.idea(slug, id)}?lang=${htmlLang(page.c.locale)}${done ? `&done=${done}` : ''}`;
    const comment = field(req.body, 'body');
    await this.write(
      ip,
      page,
      async () => {
        if (action === 'soutenir') {
          await this.ideas.support(page.association.id, who, id);
          return redirectAfterPost(res, back('supported'));
        }
        if (action === 'retirer') {
          await this.ideas.withdrawSupport(page.association.id, who, id);
          return redirectAfterPost(res, back(''));
        }
        if (action === 'commenter') {
          await this.ideas.comment(page.association.id, who, id, comment);
          return redirectAfterPost(res, back('commented'));
        }
        return this.notFound(req, res, page.c.locale);
      },
      (errors) => this.sendIdea(req, res, page, id, { comment, errors, notice: null }, errors.status),
    );
  }

  @Public()
  @Get(':slug/commerces')
  async recommendPage(@Param('slug') slug: string, @Req() req: HttpRequest, @Res() res: HttpResponse): Promise<void> {
    const page = await this.context(slug, req, res, true);
    if (!page) return;
    const t = communityPageTexts(page.c.locale);
    await this.sendRecommend(req, res, page, {
      values: { shopId: field(req.query, 'shop'), text: '' },
      errors: null,
      notice: req.query['done'] === 'sent' ? t.recommended : null,
    });
  }

  @Public()
  @Post(':slug/commerces')
  async recommend(
    @Param('slug') slug: string,
    @ClientIp() ip: string,
    @Req() req: HttpRequest,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const page = await this.context(slug, req, res, true);
    if (!page?.card) return;
    const values: RecommendFormValues = { shopId: field(req.body, 'shopId'), text: field(req.body, 'text') };
    const card = page.card;
    await this.write(
      ip,
      page,
      async () => {
        await this.recommendations.recommend(page.association.id, card.customerId, values);
        redirectAfterPost(res, `${communityPaths.recommend(slug)}?lang=${htmlLang(page.c.locale)}&done=sent`);
      },
      (errors) => this.sendRecommend(req, res, page, { values, errors, notice: null }, errors.status),
    );
  }

  private async sendIdea(
    req: HttpRequest,
    res: HttpResponse,
    page: Page,
    id: string,
    form: { comment: string; errors: FormErrors | null; notice: string | null },
    status = 200,
  ): Promise<void> {
    const { association, card, c } = page;
    const view = await this.ideas.find(association.id, card ? customer(card.customerId) : null, id);
    if (!view) return this.notFound(req, res, c.locale);
    const [idea] = await this.toPage(association.id, c.locale, [view]);
    const comments = await this.ideas.comments(association.id, view.id);
    const name = await this.names.of(association.id, comments, c.locale);
    const main = ideaMain(
      c,
      idea,
      comments.map((m) => ({
        id: m.id,
        authorName: name(m).name,
        body: m.body,
        useful: m.usefulAt !== null,
        createdAt: m.createdAt,
      })),
      { ...form, signInUrl: this.sessions.signInAddress(req, association.slug) },
    );
    this.send(req, res, page, idea.title, main, status);
  }

  private async sendRecommend(
    req: HttpRequest,
    res: HttpResponse,
    page: Page,
    form: { values: RecommendFormValues; errors: FormErrors | null; notice: string | null },
    status = 200,
  ): Promise<void> {
    const { association, card, c } = page;
    const t = communityPageTexts(c.locale);
    const shops = (await this.shops.activeMembersShops(association.id))
      .map((s) => ({ id: s.id, name: s.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    const mine = card
      ? (await this.recommendations.list(association.id, null)).filter((r) => r.customerId === card.customerId)
      : [];
    const names = new Map(shops.map((s) => [s.id, s.name]));
    const main = recommendMain(
      c,
      shops,
      mine.map((r) => ({
        shopName: names.get(r.shopId) ?? '',
        text: r.text,
        status: t.recommendationStatuses[r.status],
      })),
      form,
    );
    this.send(req, res, page, t.recommendTitle, main, status);
  }

  /**
   * A customer's write, within the per-address rate limit: `act` answers (a redirect after the POST); a refusal
   * (the limit, a field's problem) shows the form `again` with the errors, in the reader's language.
   */
  private async write(
    ip: string,
    page: Page,
    act: () => Promise<void>,
    again: (errors: FormErrors) => Promise<void> | void,
  ): Promise<void> {
    try {
      await this.limiter.consume(`community-write:${ip}`, COMMUNITY_RATE_LIMITS.write);
      await act();
    } catch (error) {
      await again(formErrors(error, page.c.locale));
    }
  }

  /** Ideas with their outcome and author, as the pages show them. */
  private async pageIdeas(
    associationId: string,
    card: CustomerCard | null,
    locale: Locale,
    filter: 'ADOPTED' | 'IN_PROGRESS' | null,
    first: number,
  ): Promise<PageIdea[]> {
    const page = await this.ideas.list(associationId, card ? customer(card.customerId) : null, filter, first);
    return this.toPage(associationId, locale, page.nodes);
  }

  private async toPage(associationId: string, locale: Locale, views: IdeaView[]): Promise<PageIdea[]> {
    const [name, outcomes] = await Promise.all([
      this.names.of(associationId, views, locale),
      this.outcomes.of(associationId, views),
    ]);
    return views.map((v) => ({
      id: v.id,
      title: v.title,
      description: v.description,
      kind: v.kind,
      status: v.status,
      authorName: name(v).name,
      answerReason: v.answerReason,
      supportCount: v.supportCount,
      commentCount: v.commentCount,
      supportedByViewer: v.supportedByViewer,
      adopted: v.adoptedAt !== null,
      outcome: outcomes.get(v.id) ?? null,
    }));
  }

  /**
   * The association and the reader (signed-in customer or not), or null once an answer is sent: a 404 page
   * for an unknown or closed association; with `required`, the sign-in page when nobody is signed in.
   */
  private async context(slug: string, req: HttpRequest, res: HttpResponse, required = false): Promise<Page | null> {
    const association = await this.associations.bySlug(slug);
    if (!association) {
      this.notFound(req, res, customerLocale(req, null));
      return null;
    }
    const card = required
      ? await this.sessions.required(req, res, association)
      : await this.sessions.current(req, association.id);
    if (required && !card) return null;
    const locale = customerLocale(req, card);
    return {
      association,
      card,
      c: {
        locale,
        slug: association.slug,
        timeZone: association.timeZone,
        customer: card ? { firstName: card.firstName, ideasConsent: card.consents.ideas } : null,
      },
    };
  }

  private send(req: HttpRequest, res: HttpResponse, page: Page, title: string, main: SafeHtml, status = 200): void {
    sendCustomerPage(
      res,
      customerPageFrame({
        locale: page.c.locale,
        url: req.originalUrl,
        title,
        association: page.association,
        customer: page.card,
        current: 'ideas',
        main,
      }),
      status,
    );
  }

  private notFound(req: HttpRequest, res: HttpResponse, locale: Locale): void {
    sendPublicPage(res, renderNotFoundPage(locale, req.originalUrl, `${this.config.PUBLIC_URL.replace(/\/$/, '')}/`), {
      status: 404,
    });
  }
}

interface Page {
  association: AssociationSummary;
  card: CustomerCard | null;
  c: PageContext;
}
