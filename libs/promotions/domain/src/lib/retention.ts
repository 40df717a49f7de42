import { RetentionPeriod } from '@assoc/platform-domain';
import { VOUCHER_EMAIL_RETENTION_DAYS } from './campaign-rules';

/** The promotions' retention periods (issue 25 part 6): the campaign job reads the constant, the privacy page prints this. */
export const PROMOTIONS_RETENTION: readonly RetentionPeriod[] = [
  {
    key: 'promotions.voucherEmails',
    days: VOUCHER_EMAIL_RETENTION_DAYS,
    what: {
      fr: 'Adresses e-mail des bons retirés pour un temps fort : effacées après la fin de la campagne, les bons restent',
      en: 'E-mail addresses of vouchers claimed in a campaign: erased after the campaign ends, the vouchers stay',
    },
  },
];
