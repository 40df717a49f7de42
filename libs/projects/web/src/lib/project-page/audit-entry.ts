/**
 * An audit row of the API (`action`, and `before` / `after` as JSON summaries) read into what the
 * trail shows: a status change with the event that caused it and its figures, or a money movement
 * with its accounts and the project's cash before and after. Unknown shapes fall back to `other`.
 */
export type AuditDescription =
  | {
      kind: 'status';
      from: string | null;
      to: string | null;
      event: string | null;
      /** The event's figures: vote counts, funding total and participants, reasons for a cancellation. */
      votes: { for: number; against: number; abstain: number; memberCount: number } | null;
      funding: { totalCents: number; participants: number } | null;
      reasons: string[];
    }
  | {
      kind: 'money';
      action: string;
      cents: number | null;
      /** Ledger accounts: the money goes from the credited account to the debited one. */
      from: string | null;
      to: string | null;
      cashBefore: number | null;
      cashAfter: number | null;
    }
  | {
      /** A decision or a setting with its own sentence (a second signature, the overpayment limit). */
      kind: 'decision';
      action: DecisionAction;
      cents: number | null;
      reason: string | null;
      /** The overpayment limit set, or null when lifted. */
      limitCents: number | null;
    }
  | { kind: 'other'; action: string };

/** The audited decisions and settings the trail words itself (`projects.audit.action.*`). */
export const DECISION_ACTIONS = ['EXPENSE_APPROVED', 'EXPENSE_REJECTED', 'OVERPAYMENT_LIMIT'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];
const isDecision = (action: string): action is DecisionAction =>
  (DECISION_ACTIONS as readonly string[]).includes(action);

/** The ledger entry kinds the API audits under their own name. */
export const MONEY_ACTIONS: readonly string[] = ['CONTRIBUTION', 'EXPENSE', 'REFUND', 'CORRECTION'];

function parse(json: string | null | undefined): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const count = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

export function describeAudit(entry: {
  action: string;
  before: string | null;
  after: string | null;
}): AuditDescription {
  const before = parse(entry.before);
  const after = parse(entry.after);
  if (entry.action === 'STATUS') {
    const votes =
      count(after['for']) !== null
        ? {
            for: count(after['for']) ?? 0,
            against: count(after['against']) ?? 0,
            abstain: count(after['abstain']) ?? 0,
            memberCount: count(after['memberCount']) ?? 0,
          }
        : null;
    const totalCents = count(after['totalCents']);
    return {
      kind: 'status',
      from: text(before['status']),
      to: text(after['status']),
      event: text(after['event']),
      votes,
      funding: totalCents !== null ? { totalCents, participants: count(after['participants']) ?? 0 } : null,
      reasons: Array.isArray(after['reasons'])
        ? after['reasons'].filter((r): r is string => typeof r === 'string')
        : [],
    };
  }
  if (MONEY_ACTIONS.includes(entry.action)) {
    return {
      kind: 'money',
      action: entry.action,
      cents: count(after['cents']),
      from: text(after['credit']),
      to: text(after['debit']),
      cashBefore: count(before['cashCents']),
      cashAfter: count(after['cashCents']),
    };
  }
  if (isDecision(entry.action)) {
    return {
      kind: 'decision',
      action: entry.action,
      cents: count(after['cents']),
      reason: text(after['reason']),
      limitCents: count(after['overpaymentLimitCents']),
    };
  }
  return { kind: 'other', action: entry.action };
}
