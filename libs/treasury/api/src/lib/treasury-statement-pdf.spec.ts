import { readPdf } from '@assoc/platform-testing';
import { StatementPayment } from '@assoc/treasury-domain';
import { shopStatementPdf, StatementPdfInput } from './treasury-statement-pdf';

const INPUT: StatementPdfInput = {
  shopName: 'Épicerie Bœuf & Œufs',
  associationName: 'Vitrines de Vitré',
  timeZone: 'Europe/Paris',
  currency: 'EUR',
  statement: {
    shopId: 's1',
    month: '2026-03',
    openingCents: 1250,
    lines: [
      { entryId: 'e1', day: '2026-03-03', label: 'Bon fidélité « printemps »', owedCents: 500, balanceCents: 1750 },
      { entryId: 'e2', day: '2026-03-31', label: 'Virement mars', owedCents: -1750, balanceCents: 0 },
      { entryId: 'e3', day: '2026-03-31', label: 'Bon fidélité', owedCents: 123456, balanceCents: 123456 },
    ],
    closingCents: 123456,
  },
  closing: {
    closedAt: new Date('2026-04-01T22:30:00Z'),
    closedByName: 'Claire Martin',
    paidCents: 100000,
    payment: StatementPayment.PARTLY_PAID,
  },
};
const flat = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('a shop statement as PDF', () => {
  it('writes the French statement with its fonts embedded, its metadata, and every total to the cent', async () => {
    const pdf = await readPdf(await shopStatementPdf(INPUT, 'fr', new Date('2026-04-02T08:00:00Z')));
    expect(pdf.info).toMatchObject({
      Title: 'Relevé de Épicerie Bœuf & Œufs — mars 2026',
      Author: 'Vitrines de Vitré',
    });
    expect(pdf.language).toBe('fr-FR');
    expect(pdf.displayTitle).toBe(true);
    expect(pdf.fonts.length).toBeGreaterThan(0);
    expect(pdf.fonts.every((f) => f.embedded && /DejaVuSans/.test(f.name))).toBe(true);
    const text = flat(pdf.text);
    expect(text).toContain('Relevé clôturé le 2 avril 2026 par Claire Martin.');
    expect(text).toContain('Payé en partie : 1 000,00 € sur 1 234,56 €.');
    expect(text).toContain('Solde au début du mois');
    expect(text).toContain('12,50 €');
    expect(text).toContain('Bon fidélité « printemps »');
    expect(text).toContain('-17,50 €');
    expect(text).toContain('Solde à la fin du mois');
    expect(text).toContain('31/03/2026');
    expect(text).toMatch(/1 234,56 €\s*$/m);
  });

  it('writes the English draft statement, and continues a long month on further pages', async () => {
    const lines = Array.from({ length: 90 }, (_, i) => ({
      entryId: `e${i}`,
      day: '2026-02-10',
      label: `Reward ${i + 1}`,
      owedCents: 100,
      balanceCents: 100 * (i + 1),
    }));
    const pdf = await readPdf(
      await shopStatementPdf(
        {
          ...INPUT,
          statement: { ...INPUT.statement, month: '2026-02', openingCents: 0, lines, closingCents: 9000 },
          closing: null,
        },
        'en',
        new Date('2026-03-01T08:00:00Z'),
      ),
    );
    expect(pdf.info.Title).toBe('Statement for Épicerie Bœuf & Œufs — February 2026');
    expect(pdf.language).toBe('en-GB');
    expect(pdf.pages).toBeGreaterThan(1);
    const text = flat(pdf.text);
    expect(text).toContain('Draft statement: the month is not closed and may still change.');
    expect(text).toContain('Reward 90');
    expect(text).toContain('Closing balance');
    expect(text).toContain('€90.00');
    expect(text).toContain('28/02/2026');
    expect((text.match(/Balance owed/g) ?? []).length).toBe(pdf.pages);
  });
});
