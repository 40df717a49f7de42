import { Routes } from '@angular/router';
import { guestGuard, withAppServices, withTexts } from '@assoc/platform-web/first-load';
import { identityTexts } from './identity.texts';

/**
 * Public pages: log in, sign up, password reset, and the development mailbox. The log-in page has
 * neither Apollo (LogInData) nor Material; the others load them with their code (`withAppServices`,
 * ADR 0036).
 */
export const identityRoutes: Routes = withTexts(
  [identityTexts],
  [
    {
      path: 'login',
      title: 'identity.logIn.title',
      canActivate: [guestGuard],
      loadComponent: () => import('./log-in/log-in').then((m) => m.LogIn),
    },
    {
      path: 'signup',
      title: 'identity.signUp.title',
      canActivate: [guestGuard],
      loadComponent: withAppServices(() => import('./sign-up/sign-up').then((m) => m.SignUp)),
    },
    {
      path: 'signup/confirm/:token',
      title: 'identity.confirm.title',
      loadComponent: withAppServices(() => import('./confirm-sign-up/confirm-sign-up').then((m) => m.ConfirmSignUp)),
    },
    {
      path: 'forgot-password',
      title: 'identity.forgot.title',
      loadComponent: withAppServices(() => import('./forgot-password/forgot-password').then((m) => m.ForgotPassword)),
    },
    {
      path: 'reset-password/:token',
      title: 'identity.reset.title',
      loadComponent: withAppServices(() => import('./reset-password/reset-password').then((m) => m.ResetPassword)),
    },
    {
      path: 'confirm-email/:token',
      title: 'identity.emailChange.confirmTitle',
      loadComponent: withAppServices(() =>
        import('./email-change/confirm-email-change').then((m) => m.ConfirmEmailChange),
      ),
    },
    {
      path: 'undo-email-change/:token',
      title: 'identity.emailChange.undoTitle',
      loadComponent: withAppServices(() => import('./email-change/undo-email-change').then((m) => m.UndoEmailChange)),
    },
    {
      path: 'account-closed',
      title: 'identity.close.closedTitle',
      loadComponent: withAppServices(() =>
        import('./close-account/account-closed-page').then((m) => m.AccountClosedPage),
      ),
    },
    {
      path: 'dev/mailbox',
      title: 'identity.mailbox.title',
      loadComponent: withAppServices(() => import('./dev-mailbox/dev-mailbox').then((m) => m.DevMailbox)),
    },
  ],
);
