import { RetentionPeriod } from '@assoc/platform-domain';

/** How long a prepared export stays downloadable; the export job deletes the file once this has passed. */
export const EXPORT_LINK_RETENTION = {
  key: 'privacy.exportLink',
  days: 7,
  what: {
    fr: 'Archive de vos données (export) : le lien et le fichier sont supprimés',
    en: 'Archive of your data (export): the link and the file are deleted',
  },
} as const satisfies RetentionPeriod;

/** The privacy domain's retention periods, registered by its api module and printed on the privacy page. */
export const PRIVACY_RETENTION: readonly RetentionPeriod[] = [EXPORT_LINK_RETENTION];
