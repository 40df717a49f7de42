import { monthBounds } from './statement';

/**
 * Closing a shop's monthly statement (issue 17): the board closes a past month, the statement is then
 * what it said that day, and the payment is recorded against it.
 *
 * A closed month freezes the shop's payable up to its end: an entry dated in it, or before it, would
 * change that statement (or its opening), so no line of that payable may be dated on or before the
 * last day of the latest closed month ("closed through"). The board's own entries are refused there;
 * a posting of another domain (a loyalty redemption carrying the day it happened) is booked on the
 * first open day instead (`openDay`), so the money is owed on the next statement and never lost.
 */

/** The month a day is in (yyyy-mm). */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The first day after a month (yyyy-mm-dd): the first day a payable closed through `month` may take. */
export function firstOpenDay(closedThrough: string): string {
  return monthBounds(closedThrough).to;
}

/** A month is closable once it is over in the association's time zone: strictly before today's month. */
export function isPastMonth(month: string, today: string): boolean {
  return month < monthOf(today);
}

/**
 * The day an entry touching payables closed through these months may be booked on: its own day when it
 * is open for all of them, else the first day after the latest closed month (null: none closed).
 */
export function openDay(day: string, closedThrough: readonly (string | null)[]): string {
  const latest = closedThrough.filter((m): m is string => !!m).sort();
  if (!latest.length) return day;
  const first = firstOpenDay(latest[latest.length - 1]);
  return day < first ? first : day;
}

/** Where a closed statement stands: nothing owed, waiting for (the rest of) its payment, or paid. */
export enum StatementPayment {
  /** The association owed the shop nothing at the end of the month. */
  NOTHING_OWED = 'NOTHING_OWED',
  UNPAID = 'UNPAID',
  PARTLY_PAID = 'PARTLY_PAID',
  PAID = 'PAID',
}

/** The state of a closed statement owing `closingCents`, against what was paid for it (payments not reversed). */
export function statementPayment(closingCents: number, paidCents: number): StatementPayment {
  if (closingCents <= 0) return StatementPayment.NOTHING_OWED;
  if (paidCents <= 0) return StatementPayment.UNPAID;
  return paidCents >= closingCents ? StatementPayment.PAID : StatementPayment.PARTLY_PAID;
}

/** The source reference of a payment recorded against a closed statement (`{ domain: 'treasury', ref }`). */
export function closingPaymentRef(closingId: string): string {
  return `closing:${closingId}`;
}
