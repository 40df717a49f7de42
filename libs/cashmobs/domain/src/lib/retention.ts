import { RetentionPeriod } from '@assoc/platform-domain';
import { PURGE_AFTER_DAYS } from './cashmob-schedule';

/** The cashmobs' retention periods (issue 25 part 6): the purge job reads PURGE_AFTER_DAYS, the privacy page prints this. */
export const CASHMOBS_RETENTION: readonly RetentionPeriod[] = [
  {
    key: 'cashmobs.signUps',
    days: PURGE_AFTER_DAYS,
    what: {
      fr: 'Inscriptions publiques à un cashmob (prénom, e-mail, lien personnel) : effacées après la fin du cashmob, les nombres restent',
      en: 'Public cashmob sign-ups (first name, e-mail, personal link): erased after the cashmob ends, the counts stay',
    },
  },
];
