import { MessageTexts } from '@assoc/platform-domain';

/**
 * The reasons only identity gives, each in French and English, once: its api module registers them with
 * the platform's catalogue (`registerMessages`). Generic reasons (required, isInt, min, max,
 * endBeforeStart...) are the platform's. `{name}` placeholders are filled from the problem's params.
 */
export const IDENTITY_MESSAGES = {
  passwordTooShort: {
    fr: 'Le mot de passe doit comporter au moins {min} caractères.',
    en: 'The password must have at least {min} characters.',
  },
  passwordTooLong: {
    fr: 'Le mot de passe doit comporter au plus {max} caractères.',
    en: 'The password must have at most {max} characters.',
  },
  passwordRepeated: {
    fr: 'Le mot de passe ne doit pas répéter un seul caractère.',
    en: 'The password must not repeat a single character.',
  },
  passwordContainsEmail: {
    fr: 'Le mot de passe ne doit pas contenir votre adresse e-mail.',
    en: 'The password must not contain your e-mail address.',
  },
  passwordCommon: {
    fr: 'Ce mot de passe est trop courant : choisissez-en un autre.',
    en: 'This password is too common: choose another one.',
  },
  emailTaken: {
    fr: 'Un compte existe déjà avec cette adresse e-mail.',
    en: 'An account already exists with this e-mail address.',
  },
  invalidCredentials: { fr: 'Adresse e-mail ou mot de passe incorrect.', en: 'Wrong e-mail address or password.' },
  currentPasswordWrong: {
    fr: 'Le mot de passe actuel est incorrect.',
    en: 'The current password is wrong.',
  },
  emailUnchanged: {
    fr: "C'est déjà l'adresse e-mail de votre compte.",
    en: 'This is already your account’s e-mail address.',
  },
  accountLocked: {
    fr: 'Trop de tentatives sur ce compte : il est bloqué. Choisissez un nouveau mot de passe (« Mot de passe oublié ») pour le débloquer.',
    en: 'Too many attempts on this account: it is locked. Choose a new password (“Forgot password”) to unlock it.',
  },
} as const satisfies MessageTexts;
