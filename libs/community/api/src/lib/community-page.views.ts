import {
  IdeaKind,
  IdeaOutcomeKind,
  IdeaStatus,
  IDEA_DESCRIPTION_MAX,
  IDEA_TITLE_MAX,
  RECOMMENDATION_MAX,
} from '@assoc/community-domain';
import { formAlert, FormErrors, htmlLang, Locale, markup, SafeHtml, textField } from '@assoc/platform-api';
import { communityPaths } from './community-paths';
import { communityPageTexts } from './community-page.texts';
import { IdeaOutcome } from './idea-outcomes.service';

/** An idea as the public pages show it. */
export interface PageIdea {
  id: string;
  title: string;
  description: string;
  kind: IdeaKind;
  status: IdeaStatus;
  authorName: string;
  answerReason: string | null;
  supportCount: number;
  commentCount: number;
  supportedByViewer: boolean;
  adopted: boolean;
  outcome: IdeaOutcome | null;
}

export interface PageComment {
  id: string;
  authorName: string;
  body: string;
  useful: boolean;
  createdAt: Date;
}

export interface PageContext {
  locale: Locale;
  slug: string;
  timeZone: string;
  /** The signed-in customer, or null. */
  customer: { firstName: string; ideasConsent: boolean } | null;
}

const lang = (c: PageContext) => `?lang=${htmlLang(c.locale)}`;

function day(c: PageContext, date: Date): string {
  return new Intl.DateTimeFormat(c.locale === Locale.EN ? 'en-GB' : 'fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: c.timeZone,
  }).format(new Date(date));
}

/** What an adopted idea became, with its state now. */
export function outcomeLine(c: PageContext, outcome: IdeaOutcome): SafeHtml {
  const t = communityPageTexts(c.locale);
  if (outcome.kind === IdeaOutcomeKind.PROJECT)
    return markup`<p data-testid="idea-outcome">${t.becameProject(outcome.title)} : ${
      t.projectStatuses[outcome.projectStatus ?? ''] ?? ''
    }.</p>`;
  const dates =
    outcome.startsAt && outcome.endsAt ? ` (${t.campaignDates(day(c, outcome.startsAt), day(c, outcome.endsAt))})` : '';
  return markup`<p data-testid="idea-outcome">${t.becameCampaign(outcome.title)}${dates} : ${
    t.campaignStatuses[outcome.campaignStatus ?? ''] ?? ''
  }.</p>`;
}

function statusLabel(c: PageContext, idea: Pick<PageIdea, 'status' | 'adopted'>): string {
  const t = communityPageTexts(c.locale);
  return idea.adopted ? t.adopted : t.statuses[idea.status];
}

/** An idea in a list: title (linked), kind and state, supports and comments. */
export function ideaItem(c: PageContext, idea: PageIdea): SafeHtml {
  const t = communityPageTexts(c.locale);
  return markup`<li class="item" data-testid="idea-item" data-idea="${idea.id}">
    <h3><a href="${communityPaths.idea(c.slug, idea.id)}${lang(c)}">${idea.title}</a></h3>
    <p class="sub">${t.kinds[idea.kind]} · ${statusLabel(c, idea)} · ${t.supports(idea.supportCount)} · ${t.comments(
      idea.commentCount,
    )}</p>
    ${idea.outcome ? outcomeLine(c, idea.outcome) : ''}
  </li>`;
}

function ideaList(c: PageContext, ideas: readonly PageIdea[], empty: string, testid: string): SafeHtml {
  return ideas.length
    ? markup`<ul class="items" data-testid="${testid}">${ideas.map((i) => ideaItem(c, i))}</ul>`
    : markup`<p class="sub" data-testid="${testid}">${empty}</p>`;
}

export interface CommunityHome {
  association: { name: string };
  openIdeas: PageIdea[];
  adoptedIdeas: PageIdea[];
  loyalty: {
    enabled: boolean;
    shops: { name: string; town: string }[];
    rewards: { label: string; pointsCost: number }[];
  };
  recommendations: { shopName: string; authorName: string; text: string }[];
  coCreated: { productName: string; ideaTitle: string }[];
  joinUrl: string;
  signInUrl: string;
}

/** `/communaute/:slug`: the public community page. */
export function communityHomeMain(c: PageContext, home: CommunityHome): SafeHtml {
  const t = communityPageTexts(c.locale);
  return markup`<div class="card stack" data-testid="community-page">
    <div>
      <p class="kicker">${home.association.name}</p>
      <h1>${t.communityTitle(home.association.name)}</h1>
      <p>${t.communityIntro}</p>
    </div>
    ${
      c.customer
        ? ''
        : markup`<div class="notice" data-testid="join-call">
            <p>${t.joinCall}</p>
            <p class="actions">
              <a class="button button-primary" href="${home.joinUrl}">${t.joinButton}</a>
              <a href="${home.signInUrl}">${t.signInLink}</a>
            </p>
          </div>`
    }
    <section>
      <h2>${t.openIdeas}</h2>
      ${ideaList(c, home.openIdeas, t.noOpenIdea, 'open-ideas')}
      <p class="actions">
        <a class="button button-primary" href="${communityPaths.newIdea(c.slug)}${lang(c)}">${t.propose}</a>
        <a class="button" href="${communityPaths.ideas(c.slug)}${lang(c)}">${t.allIdeas}</a>
      </p>
    </section>
    <section>
      <h2>${t.adoptedIdeas}</h2>
      ${ideaList(c, home.adoptedIdeas, t.noAdoptedIdea, 'adopted-ideas')}
    </section>
    ${
      home.coCreated.length
        ? markup`<section data-testid="co-created">
            <h2>${t.coCreatedTitle}</h2>
            <ul>${home.coCreated.map((p) => markup`<li>${t.coCreatedItem(p.productName, p.ideaTitle)}</li>`)}</ul>
          </section>`
        : ''
    }
    <section data-testid="loyalty-shops">
      <h2>${t.shopsTitle}</h2>
      ${
        home.loyalty.enabled && home.loyalty.shops.length
          ? markup`<ul>${home.loyalty.shops.map((s) => markup`<li>${s.name}${s.town ? ` (${s.town})` : ''}</li>`)}</ul>`
          : markup`<p class="sub">${t.noShops}</p>`
      }
      ${
        home.loyalty.rewards.length
          ? markup`<h3>${t.rewardsTitle}</h3>
            <ul data-testid="rewards">${home.loyalty.rewards.map((r) => markup`<li>${t.reward(r.label, r.pointsCost)}</li>`)}</ul>`
          : ''
      }
    </section>
    <section data-testid="recommendations">
      <h2>${t.recommendationsTitle}</h2>
      ${
        home.recommendations.length
          ? markup`<ul class="items">${home.recommendations.map(
              (r) =>
                markup`<li class="item"><p><strong>${r.shopName}</strong></p><p>« ${r.text} »</p><p class="sub">${r.authorName}</p></li>`,
            )}</ul>`
          : ''
      }
      <p class="actions"><a class="button" href="${communityPaths.recommend(c.slug)}${lang(c)}">${t.recommendButton}</a></p>
    </section>
  </div>`;
}

/** `/communaute/:slug/idees`: every idea, newest first. */
export function ideasMain(c: PageContext, ideas: readonly PageIdea[], notice: string | null): SafeHtml {
  const t = communityPageTexts(c.locale);
  return markup`<div class="card stack" data-testid="ideas-page">
    <div>
      <h1>${t.ideasTitle}</h1>
      <p>${t.ideasIntro}</p>
    </div>
    ${notice ? markup`<p class="notice notice-ok" role="status">${notice}</p>` : ''}
    <p class="actions"><a class="button button-primary" href="${communityPaths.newIdea(c.slug)}${lang(c)}">${t.propose}</a></p>
    ${ideaList(c, ideas, t.noOpenIdea, 'all-ideas')}
  </div>`;
}

export interface IdeaFormValues {
  title: string;
  description: string;
  kind: string;
}

function consentNotice(c: PageContext): SafeHtml {
  const t = communityPageTexts(c.locale);
  return markup`<p class="notice" data-testid="consent-needed">${t.consentNeeded}
    <a href="/communaute/${encodeURIComponent(c.slug)}/moi${lang(c)}">${t.myDataLink}</a></p>`;
}

/** `/communaute/:slug/idees/nouvelle`: the form (the signed-in customer with the ideas consent). */
export function newIdeaMain(c: PageContext, form: { values: IdeaFormValues; errors: FormErrors | null }): SafeHtml {
  const t = communityPageTexts(c.locale);
  const e = form.errors?.fields ?? {};
  const consent = !!c.customer?.ideasConsent;
  return markup`<div class="card stack">
    <h1>${t.newIdeaTitle}</h1>
    ${consent ? '' : consentNotice(c)}
    ${formAlert(form.errors)}
    <form method="post" action="${communityPaths.newIdea(c.slug)}${lang(c)}" class="stack" novalidate data-testid="idea-form">
      ${textField({ name: 'title', label: t.title, hint: t.titleHint, value: form.values.title, error: e['title'], required: true, maxlength: IDEA_TITLE_MAX })}
      <div class="field">
        <label for="f-description">${t.description}</label>
        <textarea id="f-description" name="description" rows="5" maxlength="${IDEA_DESCRIPTION_MAX}"${
          e['description'] ? markup` aria-invalid="true" aria-describedby="f-description-error"` : ''
        }>${form.values.description}</textarea>
        ${e['description'] ? markup`<p class="error" id="f-description-error">${e['description']}</p>` : ''}
      </div>
      <fieldset class="field">
        <legend>${t.kind}</legend>
        ${Object.values(IdeaKind).map(
          (k) =>
            markup`<span class="check"><input type="radio" id="f-kind-${k}" name="kind" value="${k}"${
              form.values.kind === k ? ' checked' : ''
            }${e['kind'] ? markup` aria-invalid="true" aria-describedby="f-kind-error"` : ''} /><label for="f-kind-${k}">${
              t.kinds[k]
            }</label></span>`,
        )}
        ${e['kind'] ? markup`<p class="error" id="f-kind-error">${e['kind']}</p>` : ''}
      </fieldset>
      ${e['consent'] ? markup`<p class="error">${e['consent']}</p>` : ''}
      <p class="actions"><button type="submit" class="button button-primary">${t.send}</button></p>
    </form>
  </div>`;
}

/** `/communaute/:slug/idees/:id`: the idea, its answer, what it became, supports and comments with their forms. */
export function ideaMain(
  c: PageContext,
  idea: PageIdea,
  comments: readonly PageComment[],
  form: { comment: string; errors: FormErrors | null; notice: string | null; signInUrl: string },
): SafeHtml {
  const t = communityPageTexts(c.locale);
  const action = (what: string) => `${communityPaths.idea(c.slug, idea.id)}/${what}${lang(c)}`;
  const closed = idea.status === IdeaStatus.DECLINED;
  const e = form.errors?.fields ?? {};
  return markup`<div class="card stack" data-testid="idea-page">
    <div>
      <p class="kicker">${t.kinds[idea.kind]} · ${statusLabel(c, idea)}</p>
      <h1>${idea.title}</h1>
      <p class="sub">${t.by(idea.authorName)}</p>
    </div>
    ${form.notice ? markup`<p class="notice notice-ok" role="status">${form.notice}</p>` : ''}
    ${formAlert(form.errors)}
    ${idea.description ? markup`<p class="description">${idea.description}</p>` : ''}
    <p data-testid="support-count"><strong>${t.supports(idea.supportCount)}</strong></p>
    ${
      closed
        ? markup`<p class="sub">${t.declinedClosed}</p>`
        : !c.customer
          ? markup`<p><a href="${form.signInUrl}">${t.signInToSupport}</a></p>`
          : idea.supportedByViewer
            ? markup`<form method="post" action="${action('retirer')}">
                <p>${t.supported}</p>
                <button type="submit" class="button" data-testid="withdraw">${t.withdraw}</button>
              </form>`
            : markup`<form method="post" action="${action('soutenir')}">
                <button type="submit" class="button button-primary" data-testid="support">${t.support}</button>
              </form>`
    }
    <section>
      <h2>${t.answerTitle}</h2>
      ${
        idea.answerReason
          ? markup`<p data-testid="answer"><strong>${t.statuses[idea.status]}</strong> — ${idea.answerReason}</p>`
          : markup`<p class="sub">${t.noAnswer}</p>`
      }
    </section>
    ${idea.outcome ? markup`<section><h2>${t.becameTitle}</h2>${outcomeLine(c, idea.outcome)}</section>` : ''}
    <section>
      <h2>${t.commentsTitle}</h2>
      ${
        comments.length
          ? markup`<ul class="items" data-testid="comments">${comments.map(
              (m) =>
                markup`<li class="item"><p class="sub">${m.authorName} · ${day(c, m.createdAt)}${
                  m.useful ? markup` · <strong>${t.useful}</strong>` : ''
                }</p><p>${m.body}</p></li>`,
            )}</ul>`
          : markup`<p class="sub">${t.noComment}</p>`
      }
      ${
        c.customer && !closed
          ? c.customer.ideasConsent
            ? markup`<form method="post" action="${action('commenter')}" class="stack" novalidate data-testid="comment-form">
                <div class="field">
                  <label for="f-body">${t.commentLabel}</label>
                  <textarea id="f-body" name="body" rows="3"${
                    e['body'] ? markup` aria-invalid="true" aria-describedby="f-body-error"` : ''
                  }>${form.comment}</textarea>
                  ${e['body'] ? markup`<p class="error" id="f-body-error">${e['body']}</p>` : ''}
                </div>
                <p class="actions"><button type="submit" class="button">${t.commentSend}</button></p>
              </form>`
            : consentNotice(c)
          : ''
      }
    </section>
  </div>`;
}

export interface RecommendFormValues {
  shopId: string;
  text: string;
}

/** `/communaute/:slug/commerces`: recommend a shop, and the customer's own recommendations. */
export function recommendMain(
  c: PageContext,
  shops: readonly { id: string; name: string }[],
  mine: readonly { shopName: string; text: string; status: string }[],
  form: { values: RecommendFormValues; errors: FormErrors | null; notice: string | null },
): SafeHtml {
  const t = communityPageTexts(c.locale);
  const e = form.errors?.fields ?? {};
  return markup`<div class="card stack" data-testid="recommend-page">
    <div><h1>${t.recommendTitle}</h1><p>${t.recommendIntro}</p></div>
    ${form.notice ? markup`<p class="notice notice-ok" role="status">${form.notice}</p>` : ''}
    ${c.customer?.ideasConsent ? '' : consentNotice(c)}
    ${formAlert(form.errors)}
    <form method="post" action="${communityPaths.recommend(c.slug)}${lang(c)}" class="stack" novalidate data-testid="recommend-form">
      <div class="field">
        <label for="f-shopId">${t.shop}</label>
        <select id="f-shopId" name="shopId"${e['shopId'] ? markup` aria-invalid="true" aria-describedby="f-shopId-error"` : ''}>
          <option value="">${t.chooseShop}</option>
          ${shops.map((s) => markup`<option value="${s.id}"${form.values.shopId === s.id ? ' selected' : ''}>${s.name}</option>`)}
        </select>
        ${e['shopId'] ? markup`<p class="error" id="f-shopId-error">${e['shopId']}</p>` : ''}
      </div>
      <div class="field">
        <label for="f-text">${t.recommendationText}</label>
        <textarea id="f-text" name="text" rows="4" maxlength="${RECOMMENDATION_MAX}"${
          e['text'] ? markup` aria-invalid="true" aria-describedby="f-text-error"` : ''
        }>${form.values.text}</textarea>
        ${e['text'] ? markup`<p class="error" id="f-text-error">${e['text']}</p>` : ''}
      </div>
      ${e['consent'] ? markup`<p class="error">${e['consent']}</p>` : ''}
      <p class="actions"><button type="submit" class="button button-primary">${t.recommendSend}</button></p>
    </form>
    ${
      mine.length
        ? markup`<section><h2>${t.myRecommendations}</h2><ul class="items" data-testid="my-recommendations">${mine.map(
            (r) => markup`<li class="item"><p><strong>${r.shopName}</strong> · ${r.status}</p><p>${r.text}</p></li>`,
          )}</ul></section>`
        : ''
    }
  </div>`;
}
