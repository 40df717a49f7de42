import { Module } from '@nestjs/common';
import { PRIVACY_MESSAGES, PRIVACY_PERMISSIONS, PRIVACY_RETENTION } from '@assoc/privacy-domain';
import { registerMessages, registerPermissions, registerRetention } from '@assoc/platform-domain';

// This domain's own error reasons, permissions and retention periods, registered with the platform (ADR 0026).
registerMessages('privacy', PRIVACY_MESSAGES);
registerPermissions('privacy', PRIVACY_PERMISSIONS);
registerRetention('privacy', PRIVACY_RETENTION);

/**
 * What the platform does with personal data (issue 25): a person's export and the president's export of
 * the association (built by a job from every domain's `PersonalDataSource`, offered by an expiring link),
 * and the public privacy and legal-notice pages.
 */
@Module({})
export class PrivacyModule {}
