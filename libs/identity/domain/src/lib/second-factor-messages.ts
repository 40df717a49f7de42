import { MessageTexts } from '@assoc/platform-domain';

/**
 * The second factor's reasons (issue 25), in French and English; identity's module registers them with
 * IDENTITY_MESSAGES. Kept in their own list so the account pages' reasons and these evolve apart.
 */
export const SECOND_FACTOR_MESSAGES = {
  secondFactorCodeInvalid: {
    fr: 'Ce code n’est pas le bon, ou il a expiré : saisissez le code affiché maintenant par votre application, ou un code de secours.',
    en: 'This code is wrong or has expired: enter the code your app shows now, or a recovery code.',
  },
  secondFactorCodeUsed: {
    fr: 'Ce code a déjà servi : attendez le suivant dans votre application.',
    en: 'This code has already been used: wait for the next one in your app.',
  },
  secondFactorStepExpired: {
    fr: 'La connexion a expiré : saisissez à nouveau votre adresse e-mail et votre mot de passe.',
    en: 'The sign-in has expired: enter your e-mail address and password again.',
  },
  secondFactorAlreadyOn: {
    fr: 'La double authentification est déjà activée sur ce compte.',
    en: 'Two-step verification is already on for this account.',
  },
  secondFactorNotOn: {
    fr: 'La double authentification n’est pas activée sur ce compte.',
    en: 'Two-step verification is not on for this account.',
  },
  secondFactorSetupMissing: {
    fr: 'Commencez la mise en place : le code ne peut être vérifié sans elle.',
    en: 'Start the setup first: the code cannot be checked without it.',
  },
  secondFactorPasswordWrong: {
    fr: 'Le mot de passe n’est pas le bon.',
    en: 'The password is wrong.',
  },
  secondFactorNeededToRequire: {
    fr: 'Activez d’abord la double authentification sur votre propre compte (Mon compte › Sécurité) : sinon vous ne pourriez plus modifier ce réglage.',
    en: 'Turn on two-step verification on your own account first (My account › Security): otherwise you could no longer change this setting.',
  },
} as const satisfies MessageTexts;
