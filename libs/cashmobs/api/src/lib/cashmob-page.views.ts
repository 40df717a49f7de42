import { CashmobStatus, SignUpStatus } from '@assoc/cashmobs-domain';
import { TRADE_CATEGORY_LABELS } from '@assoc/directory-domain';
import {
  checkboxField,
  formAlert,
  FormErrors,
  htmlLang,
  icon,
  Locale,
  markup,
  raw,
  SafeHtml,
  shareBox,
  textField,
} from '@assoc/platform-api';
import { formatMoney } from '@assoc/shared-util';
import { whenText } from './cashmob-mails';
import { cashmobPageTexts } from './cashmob-page.texts';
import { MySignUpModel, PublicCashmobModel } from './cashmob.models';

/** The sign-up form's fields as typed (kept when the form comes back with errors). */
export interface SignUpFormValues {
  firstName: string;
  email: string;
  amount: string;
  consent: boolean;
}

/** What the public page shows after a sign-up (its address says it once: `?receipt=confirmed|waiting&rank=N`). */
export interface SignUpReceipt {
  status: SignUpStatus;
  waitingRank: number | null;
}

/** The sign-up form's own fields: a refusal naming another one (the slug: closed) is said above the form. */
const SIGN_UP_FIELDS = ['firstName', 'email', 'amount', 'consent'];

const euros = (cents: number, locale: Locale) => formatMoney(cents, 'EUR', locale === Locale.EN ? 'en-GB' : 'fr-FR');

/** A form's general message: "check the fields" when the fields say why, else the reason itself (closed, too many tries). */
function alertOf(errors: FormErrors | null, fields: string[], checkFields: string): FormErrors | null {
  if (!errors) return null;
  return Object.keys(errors.fields).some((f) => fields.includes(f)) ? { ...errors, message: checkFields } : errors;
}

/** What the public pages say about a cashmob: the shop, the organiser's story, when, where, how much, how many. */
export function cashmobFacts(c: PublicCashmobModel, locale: Locale): SafeHtml {
  const t = cashmobPageTexts(locale);
  const lang = htmlLang(locale) as 'fr' | 'en';
  return markup`<header class="identity">
      ${c.shopLogoUrl ? markup`<img class="logo" src="${c.shopLogoUrl}" alt="" width="72" height="72" />` : ''}
      <div>
        <p class="kicker">${t.kicker(c.associationName)}</p>
        <h1>${c.shopName}</h1>
        <p class="sub">
          ${TRADE_CATEGORY_LABELS[c.trade]?.[lang] ?? c.trade} ·
          <a href="/b/${c.shopId}" data-testid="shop-page-link">${t.shopPage}</a>
        </p>
      </div>
    </header>
    ${c.story ? markup`<blockquote class="story">${c.story}</blockquote>` : ''}
    <dl class="facts">
      <div>
        <dt>${icon('schedule')}${t.when}</dt>
        <dd data-testid="public-when">${whenText(c, locale)}</dd>
      </div>
      <div>
        <dt>${icon('place')}${t.where}</dt>
        <dd>
          ${c.address}, ${c.postcode} ${c.town}<br />
          <span class="sub">${t.meetingPoint(c.meetingPoint)}</span>
        </dd>
      </div>
      <div>
        <dt>${icon('store')}${t.spend}</dt>
        <dd>${t.spendRange(euros(c.spendMinCents, locale), euros(c.spendMaxCents, locale))}</dd>
      </div>
      <div>
        <dt>${icon('group')}${t.coming}</dt>
        <dd data-testid="public-coming">
          ${t.comingCount(c.confirmedCount)}${c.spotsLeft !== null ? ` · ${t.spotsLeft(c.spotsLeft)}` : ''}
        </dd>
      </div>
    </dl>`;
}

/** `/c/:slug`: the facts, the cashmob's state or the calendar link, then the receipt or the sign-up form. */
export function publicCashmobMain(
  c: PublicCashmobModel,
  locale: Locale,
  page: {
    icsUrl: string;
    actionUrl: string;
    receipt: SignUpReceipt | null;
    values: SignUpFormValues;
    errors: FormErrors | null;
    /** The page's public address and title, for its share box. */
    share: { url: string; title: string };
  },
): SafeHtml {
  const t = cashmobPageTexts(locale);
  const errors = page.errors?.fields ?? {};
  const state =
    c.status === CashmobStatus.CANCELLED
      ? markup`<p class="notice notice-error" role="status">${t.cancelledCashmob}</p>`
      : c.status === CashmobStatus.COMPLETED
        ? markup`<p class="notice" role="status">${t.completed}</p>`
        : markup`<p class="actions">
            <a class="button" href="${page.icsUrl}" download="cashmob.ics">${icon('download')}${t.addToCalendar}</a>
          </p>`;
  const receipt = page.receipt;
  const form = receipt
    ? markup`<section class="notice notice-ok" role="status" aria-live="polite" data-testid="sign-up-receipt">
        ${
          receipt.status === SignUpStatus.CONFIRMED
            ? markup`<h2>${t.confirmedTitle}</h2>
                <p>${t.confirmed}</p>`
            : markup`<h2>${t.waitingTitle}</h2>
                <p>${t.waiting(receipt.waitingRank ?? 0)}</p>`
        }
        <p>${t.checkMail}</p>
      </section>`
    : c.acceptsSignUps
      ? markup`<section aria-labelledby="sign-up-title">
          <h2 id="sign-up-title">${t.signUpTitle}</h2>
          ${c.spotsLeft === 0 ? markup`<p class="notice">${t.fullNotice}</p>` : ''}
          <form method="post" action="${page.actionUrl}" class="stack" novalidate data-enhance>
            ${formAlert(alertOf(page.errors, SIGN_UP_FIELDS, t.formInvalid))}
            ${textField({
              name: 'firstName',
              label: t.firstName,
              value: page.values.firstName,
              error: errors['firstName'],
              autocomplete: 'given-name',
              required: true,
            })}
            ${textField({
              name: 'email',
              label: t.email,
              type: 'email',
              value: page.values.email,
              error: errors['email'],
              autocomplete: 'email',
              required: true,
            })}
            ${textField({
              name: 'amount',
              label: t.amount,
              value: page.values.amount,
              error: errors['amount'],
              inputmode: 'decimal',
              required: true,
              suffix: '€',
              hint: t.amountHint(euros(c.spendMinCents, locale), euros(c.spendMaxCents, locale)),
            })}
            ${checkboxField({
              name: 'consent',
              label: t.consent(c.associationName),
              checked: page.values.consent,
              error: errors['consent'],
              required: true,
            })}
            <button type="submit" class="button button-primary full">
              ${c.spotsLeft === 0 ? t.joinWaitingList : t.submit}
            </button>
          </form>
        </section>`
      : c.status === CashmobStatus.PUBLISHED
        ? markup`<p class="notice" role="status">${t.closed}</p>`
        : '';
  return markup`<article class="card">${cashmobFacts(c, locale)} ${state} ${form} ${shareBox(locale, page.share)}</article>`;
}

/** What the participant's page shows after an action (its address says it once: `?done=changed|cancelled`). */
export type MySignUpNotice = 'changed' | 'cancelled';

/** `/c/sign-up/:token`: the cashmob, the sign-up's state, the QR, the amount form, cancel and erase (each confirmed first). */
export function mySignUpMain(
  s: MySignUpModel,
  locale: Locale,
  page: {
    publicUrl: string;
    actionUrl: string;
    /** This page's path (its buttons ask for it again with `?confirm=cancel|erase`), its address with `?lang=` kept, and that choice. */
    path: string;
    backUrl: string;
    lang: string | null;
    confirm: 'cancel' | 'erase' | null;
    notice: MySignUpNotice | null;
    qrSvg: string | null;
    amount: string;
    errors: FormErrors | null;
  },
): SafeHtml {
  const t = cashmobPageTexts(locale);
  const c = s.cashmob;
  const editable = s.status !== SignUpStatus.CANCELLED && c.acceptsSignUps;
  const status =
    s.status === SignUpStatus.CONFIRMED
      ? t.statusConfirmed
      : s.status === SignUpStatus.WAITING
        ? t.statusWaiting(s.waitingRank)
        : t.statusCancelled;
  const notice = page.notice
    ? markup`<p class="notice notice-ok" role="status">${page.notice === 'changed' ? t.changed : t.cancelled}</p>`
    : '';
  const confirm = page.confirm
    ? markup`<section class="notice notice-error" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-text">
        <h2 id="confirm-title">${page.confirm === 'cancel' ? t.cancelTitle : t.eraseTitle}</h2>
        <p id="confirm-text">${page.confirm === 'cancel' ? t.cancelMessage : t.eraseMessage}</p>
        <form method="post" action="${page.actionUrl}" class="actions" data-enhance>
          <input type="hidden" name="action" value="${page.confirm}" />
          <a class="button" href="${page.backUrl}">${page.confirm === 'cancel' ? t.keepSignUp : t.keep}</a>
          <button type="submit" class="button button-primary">${page.confirm === 'cancel' ? t.cancel : t.erase}</button>
        </form>
      </section>`
    : '';
  const amountError = page.errors?.fields['amount'];
  return markup`<article class="card">
    ${cashmobFacts(c, locale)}
    <p class="actions"><a href="${page.publicUrl}">${t.publicPage}</a></p>
    <section aria-labelledby="mine-title">
      <h2 id="mine-title">${t.heading(s.firstName ?? '')}</h2>
      ${notice}
      ${formAlert(alertOf(page.errors, ['amount'], t.formInvalid))}
      <p class="notice${s.status === SignUpStatus.CANCELLED ? ' notice-error' : ''}" data-testid="my-sign-up-status">
        ${status}${s.checkedInAt ? markup`<br />${t.checkedIn}` : ''}
      </p>
      ${s.intendedSpendCents !== null ? markup`<p>${t.intended(euros(s.intendedSpendCents, locale))}</p>` : ''}
      ${
        s.status === SignUpStatus.CONFIRMED && page.qrSvg
          ? markup`<figure class="qr">
              ${raw(page.qrSvg)}
              <figcaption>${t.qrCaption}<code>${s.checkInCode}</code></figcaption>
            </figure>`
          : ''
      }
      ${confirm}
      ${
        editable && !page.confirm
          ? markup`<form method="post" action="${page.actionUrl}" class="stack" novalidate data-enhance>
              <input type="hidden" name="action" value="change" />
              ${textField({
                name: 'amount',
                label: t.amount,
                value: page.amount,
                error: amountError,
                inputmode: 'decimal',
                required: true,
                suffix: '€',
                hint: t.amountHint(euros(c.spendMinCents, locale), euros(c.spendMaxCents, locale)),
              })}
              <div class="actions"><button type="submit" class="button">${t.change}</button></div>
            </form>`
          : ''
      }
      ${
        page.confirm
          ? ''
          : markup`<form method="get" action="${page.path}" class="actions">
              ${page.lang ? markup`<input type="hidden" name="lang" value="${page.lang}" />` : ''}
              ${
                editable
                  ? markup`<button type="submit" class="button button-danger" name="confirm" value="cancel">${t.cancel}</button>`
                  : ''
              }
              <button type="submit" class="button button-danger" name="confirm" value="erase">${t.erase}</button>
            </form>`
      }
      <p class="hint">${t.privacy}</p>
    </section>
  </article>`;
}

/** A message page of its own (the link no longer works, the data were erased). */
export function messageMain(title: string, text: string, status = false): SafeHtml {
  return markup`<div class="card center"${status ? markup` role="status"` : ''}>
    <h1>${title}</h1>
    ${text ? markup`<p>${text}</p>` : ''}
  </div>`;
}
