import { MessageTexts } from '@assoc/platform-domain';

/** The reasons only this domain gives, each in French and English (ADR 0026). */
export const LOYALTY_MESSAGES = {} satisfies Record<string, MessageTexts>;
