import fc from 'fast-check';
import { resultsByDay, resultsCsv, totalsOf } from '../index';

describe('results', () => {
  it('groups by the association’s calendar day and shop', () => {
    const rows = resultsByDay(
      [{ at: new Date('2026-06-30T21:00:00Z'), shopId: 'a' }],
      [
        { at: new Date('2026-06-30T22:30:00Z'), shopId: 'a', basketCents: 2500 },
        { at: new Date('2026-06-30T10:00:00Z'), shopId: 'b', basketCents: null },
      ],
      'Europe/Paris',
    );
    expect(rows).toEqual([
      { day: '2026-06-30', shopId: 'a', claimed: 1, redeemed: 0, basketCents: 0, basketCount: 0 },
      { day: '2026-06-30', shopId: 'b', claimed: 0, redeemed: 1, basketCents: 0, basketCount: 0 },
      { day: '2026-07-01', shopId: 'a', claimed: 0, redeemed: 1, basketCents: 2500, basketCount: 1 },
    ]);
  });

  it('loses nothing: the totals of the rows are the counts and sums of the facts', () => {
    const fact = fc.record({
      at: fc.date({ min: new Date('2026-01-01'), max: new Date('2027-01-01'), noInvalidDate: true }),
      shopId: fc.constantFrom('a', 'b', 'c'),
    });
    fc.assert(
      fc.property(
        fc.array(fact),
        fc.array(fc.record({ fact, basket: fc.option(fc.integer({ min: 0, max: 100000 })) })),
        (claims, reds) => {
          const redemptions = reds.map((r) => ({ ...r.fact, basketCents: r.basket }));
          const totals = totalsOf(resultsByDay(claims, redemptions, 'Europe/Paris'));
          expect(totals).toEqual({
            claimed: claims.length,
            redeemed: redemptions.length,
            basketCents: redemptions.reduce((s, r) => s + (r.basketCents ?? 0), 0),
            basketCount: redemptions.filter((r) => r.basketCents !== null).length,
          });
        },
      ),
    );
  });

  it('writes CSV for French and English spreadsheets', () => {
    const rows = [{ day: '2026-07-01', shopId: 'a', claimed: 2, redeemed: 1, basketCents: 123456, basketCount: 1 }];
    const names = new Map([['a', '=Boulangerie; du "Château"']]);
    expect(resultsCsv(rows, names, 'fr')).toBe(
      '\uFEFFDate;Boutique;Bons retirés;Utilisations;Paniers (EUR);Paniers renseignés\r\n01/07/2026;"\'=Boulangerie; du ""Château""";2;1;1234,56;1\r\n',
    );
    expect(resultsCsv(rows, new Map([['a', 'Fleurs']]), 'en')).toBe(
      'Date,Shop,Vouchers claimed,Redemptions,Baskets (EUR),Baskets recorded\r\n2026-07-01,Fleurs,2,1,1234.56,1\r\n',
    );
  });
});
