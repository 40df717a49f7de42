import {
  OFFER_CODE_RANDOM_BYTES,
  offerCodeFrom,
  VOUCHER_RANDOM_BYTES,
  voucherCodeFrom,
} from '@assoc/promotions-domain';
import { newSecretToken } from '@assoc/platform-api';
import { randomBytes } from 'node:crypto';

/** 16 random bytes, base64url (22 characters): a public campaign page's address. */
export function newCampaignSlug(): string {
  return newSecretToken(16);
}

/** An offer's short public code (7 characters, no look-alikes). */
export function newOfferCode(): string {
  return offerCodeFrom(randomBytes(OFFER_CODE_RANDOM_BYTES));
}

/** A personal voucher: 80 bits from the system's CSPRNG, Crockford base32. */
export function newVoucherCode(): string {
  return voucherCodeFrom(randomBytes(VOUCHER_RANDOM_BYTES));
}
