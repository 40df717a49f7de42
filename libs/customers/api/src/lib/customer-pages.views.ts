import { CUSTOMER_FIRST_NAME_MAX, CustomerPurpose, formatCardCode } from '@assoc/customers-domain';
import {
  checkboxField,
  formAlert,
  FormErrors,
  htmlLang,
  Locale,
  markup,
  SafeHtml,
  textField,
} from '@assoc/platform-api';
import { formatInstant } from '@assoc/shared-util';
import { customerPaths } from './customer-links';
import { customerPageTexts } from './customer-pages.texts';
import { CustomerProfile } from './customers.service';

export interface JoinFormValues {
  firstName: string;
  email: string;
  loyalty: boolean;
  news: boolean;
  ideas: boolean;
  from: string;
}

const PURPOSES: readonly CustomerPurpose[] = ['loyalty', 'news', 'ideas'];

/** "Check the fields" when the fields say why, else the reason itself (too many tries). */
function alertOf(errors: FormErrors | null, fields: string[], checkFields: string): FormErrors | null {
  if (!errors) return null;
  return Object.keys(errors.fields).some((f) => fields.includes(f)) ? { ...errors, message: checkFields } : errors;
}

/** The first name (join, my data), as long as the API takes it. */
function firstNameField(locale: Locale, value: string, error: string | undefined): SafeHtml {
  return textField({
    name: 'firstName',
    label: customerPageTexts(locale).firstName,
    value,
    error,
    autocomplete: 'given-name',
    required: true,
    maxlength: CUSTOMER_FIRST_NAME_MAX,
  });
}

/** The three purposes, one checkbox each, in a group whose error ("at least one") is said under its legend. */
function purposesFieldset(
  locale: Locale,
  values: Record<CustomerPurpose, boolean>,
  error: string | undefined,
  given: Partial<Record<CustomerPurpose, string | null>> = {},
  joining = true,
): SafeHtml {
  const t = customerPageTexts(locale);
  return markup`<fieldset class="field purposes" data-testid="purposes"${
    error ? markup` aria-describedby="f-consents-error"` : ''
  }>
    <legend>${joining ? t.purposes : t.purposesNow}</legend>
    <p class="hint">${joining ? t.purposesHint : t.purposesNowHint}</p>
    ${error ? markup`<p class="error" id="f-consents-error">${error}</p>` : ''}
    ${PURPOSES.map(
      (p) =>
        markup`${checkboxField({ name: p, label: t[p], checked: values[p] })}${
          given[p] ? markup`<p class="hint purpose-given">${given[p]}</p>` : ''
        }`,
    )}
  </fieldset>`;
}

/** `/communaute/:slug/rejoindre`: the join form, or "check your e-mails" once sent. */
export function joinMain(
  locale: Locale,
  page: {
    associationName: string;
    slug: string;
    actionUrl: string;
    values: JoinFormValues;
    errors: FormErrors | null;
    sent: boolean;
    signedIn: boolean;
  },
): SafeHtml {
  const t = customerPageTexts(locale);
  const lang = `?lang=${htmlLang(locale)}`;
  if (page.sent)
    return markup`<article class="card" data-testid="join-sent">
      <h1>${t.sentTitle}</h1>
      <p role="status">${t.sent}</p>
      <p><a href="${customerPaths.signIn(page.slug)}${lang}">${t.notReceived}</a></p>
    </article>`;
  const errors = page.errors?.fields ?? {};
  return markup`<article class="card">
    <h1>${t.joinTitle}</h1>
    <p>${t.joinLead(page.associationName)}</p>
    ${
      page.signedIn
        ? markup`<p class="notice">${t.alreadyIn} <a href="${customerPaths.card(page.slug)}${lang}">${t.toMyCard}</a></p>`
        : ''
    }
    <form method="post" action="${page.actionUrl}" class="stack" novalidate data-enhance data-testid="join-form">
      ${formAlert(alertOf(page.errors, ['firstName', 'email', 'consents', 'language'], t.formInvalid))}
      ${firstNameField(locale, page.values.firstName, errors['firstName'])}
      ${textField({
        name: 'email',
        label: t.email,
        type: 'email',
        value: page.values.email,
        error: errors['email'],
        autocomplete: 'email',
        required: true,
      })}
      ${purposesFieldset(locale, page.values, errors['consents'] ?? errors['loyalty'])}
      <input type="hidden" name="language" value="${htmlLang(locale)}" />
      ${page.values.from ? markup`<input type="hidden" name="from" value="${page.values.from}" />` : ''}
      <p class="hint">${t.joinPrivacy} <a href="/privacy${lang}">${t.privacyLink}</a></p>
      <button type="submit" class="button button-primary full">${t.joinSubmit}</button>
    </form>
    <p><a href="${customerPaths.signIn(page.slug)}${lang}">${customerPageTexts(locale).signInTitle}</a></p>
  </article>`;
}

/** `/communaute/:slug/connexion`: ask for a new link (the same answer whether the address is known). */
export function signInMain(
  locale: Locale,
  page: {
    slug: string;
    actionUrl: string;
    email: string;
    next: string;
    errors: FormErrors | null;
    sent: boolean;
    signedOut: boolean;
    linkProblem: string | null;
  },
): SafeHtml {
  const t = customerPageTexts(locale);
  const lang = `?lang=${htmlLang(locale)}`;
  if (page.sent)
    return markup`<article class="card" data-testid="link-sent">
      <h1>${t.sentTitle}</h1>
      <p role="status">${t.sent}</p>
    </article>`;
  return markup`<article class="card">
    <h1>${t.signInTitle}</h1>
    ${page.signedOut ? markup`<p class="notice notice-ok" role="status">${t.signedOut}</p>` : ''}
    ${page.linkProblem ? markup`<p class="notice notice-error" role="alert" data-testid="link-problem">${page.linkProblem}</p>` : ''}
    <p>${t.signInLead}</p>
    <form method="post" action="${page.actionUrl}" class="stack" novalidate data-enhance data-testid="sign-in-form">
      ${formAlert(alertOf(page.errors, ['email'], t.formInvalid))}
      ${textField({
        name: 'email',
        label: t.email,
        type: 'email',
        value: page.email,
        error: page.errors?.fields['email'],
        autocomplete: 'email',
        required: true,
      })}
      ${page.next ? markup`<input type="hidden" name="next" value="${page.next}" />` : ''}
      <button type="submit" class="button button-primary full">${t.signInSubmit}</button>
    </form>
    <p><a href="${customerPaths.join(page.slug)}${lang}">${t.notYet}</a></p>
  </article>`;
}

export interface MeFormValues {
  firstName: string;
  language: string;
  loyalty: boolean;
  news: boolean;
  ideas: boolean;
}

/**
 * `/communaute/:slug/moi`: see and correct, consents, export, erase. The forms say which they are with an
 * `intent` field, never `action`: a field of that name hides the form's action, which the page script posts to.
 */
export function meMain(
  locale: Locale,
  page: {
    slug: string;
    actionUrl: string;
    profile: CustomerProfile;
    timeZone: string;
    values: MeFormValues;
    errors: FormErrors | null;
    eraseError: string | null;
    saved: boolean;
  },
): SafeHtml {
  const t = customerPageTexts(locale);
  const lang = htmlLang(locale);
  const when = (iso: string | null) => (iso ? formatInstant(new Date(iso), lang, page.timeZone) : null);
  const given = Object.fromEntries(
    PURPOSES.map((p) => [p, page.profile.consents[p] ? t.givenOn(when(page.profile.consents[p]) ?? '') : null]),
  );
  const errors = page.errors?.fields ?? {};
  const option = (value: string, label: string) =>
    markup`<option value="${value}"${page.values.language === value ? ' selected' : ''}>${label}</option>`;
  return markup`<article class="card">
    <h1>${t.meTitle}</h1>
    <p>${t.meLead}</p>
    ${page.saved ? markup`<p class="notice notice-ok" role="status" data-testid="me-saved">${t.saved}</p>` : ''}
    <dl class="facts">
      <div><dt>${t.email}</dt><dd data-testid="me-email">${page.profile.email}</dd></div>
      <div>
        <dt>${t.card}</dt>
        <dd data-testid="me-card-code">
          ${formatCardCode(page.profile.cardCode)}${page.profile.cardRevoked ? markup` (${t.cardRevoked})` : ''}
        </dd>
      </div>
      <div><dt>${t.joinedOn(when(page.profile.joinedAt) ?? '')}</dt></div>
    </dl>
    <form method="post" action="${page.actionUrl}" class="stack" novalidate data-enhance data-testid="me-form">
      <input type="hidden" name="intent" value="update" />
      ${formAlert(alertOf(page.errors, ['firstName', 'language', 'loyalty', 'news', 'ideas'], t.formInvalid))}
      ${firstNameField(locale, page.values.firstName, errors['firstName'])}
      <div class="field">
        <label for="f-language">${t.language}</label>
        <select id="f-language" name="language"${errors['language'] ? markup` aria-invalid="true" aria-describedby="f-language-error"` : ''}>
          ${option('fr', t.french)}${option('en', t.english)}
        </select>
        ${errors['language'] ? markup`<p class="error" id="f-language-error">${errors['language']}</p>` : ''}
      </div>
      <h2>${t.consentsTitle}</h2>
      ${purposesFieldset(locale, page.values, undefined, given, false)}
      <button type="submit" class="button button-primary">${t.save}</button>
    </form>
    <section aria-labelledby="export-title">
      <h2 id="export-title">${t.exportTitle}</h2>
      <p>${t.exportLead}</p>
      <a class="button" href="${customerPaths.export(page.slug)}" download data-testid="me-export">${t.exportButton}</a>
    </section>
    <section aria-labelledby="erase-title">
      <h2 id="erase-title">${t.eraseTitle}</h2>
      <p>${t.eraseLead}</p>
      <form method="post" action="${page.actionUrl}" class="stack" novalidate data-testid="erase-form">
        <input type="hidden" name="intent" value="erase" />
        ${checkboxField({ name: 'confirm', label: t.eraseConfirm, error: page.eraseError, required: true, idPrefix: 'erase' })}
        <button type="submit" class="button button-danger">${t.eraseButton}</button>
      </form>
    </section>
  </article>`;
}

/** A message alone (erased, a link that no longer works, not found), with an optional link. */
export function messageMain(title: string, text: string, link?: { href: string; label: string }): SafeHtml {
  return markup`<article class="card center" data-testid="customer-message">
    <h1>${title}</h1>
    <p>${text}</p>
    ${link ? markup`<p><a class="button" href="${link.href}">${link.label}</a></p>` : ''}
  </article>`;
}
