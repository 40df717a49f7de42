export const INVITATION_TTL_DAYS = 14;

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}

export function invitationExpiry(from: Date): Date {
  return new Date(from.getTime() + INVITATION_TTL_DAYS * 24 * 3600 * 1000);
}

/** The status a person sees: a pending invitation past its expiry reads as expired. */
export function effectiveInvitationStatus(stored: InvitationStatus, expiresAt: Date, now: Date): InvitationStatus {
  return stored === InvitationStatus.PENDING && expiresAt.getTime() <= now.getTime()
    ? InvitationStatus.EXPIRED
    : stored;
}
