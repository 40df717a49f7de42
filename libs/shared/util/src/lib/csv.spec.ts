import { calendarDayIn, csvDay, csvDocument, csvField, csvText } from './csv';

describe('CSV writer', () => {
  it('writes French spreadsheets with a BOM, semicolons and CRLF', () => {
    expect(csvDocument(['Date', 'Boutique'], [['01/06/2026', 'Chez "Léa"; fleurs']], 'fr')).toBe(
      '\uFEFFDate;Boutique\r\n01/06/2026;"Chez ""Léa""; fleurs"\r\n',
    );
  });

  it('writes English spreadsheets with commas and no BOM', () => {
    expect(csvDocument(['Day', 'Shop'], [['2026-06-01', 'A, B']], 'en')).toBe('Day,Shop\r\n2026-06-01,"A, B"\r\n');
  });

  it("quotes either locale's separator in both, so no spreadsheet cuts a formula out of a cell", () => {
    expect(csvDocument(['Shop'], [['Fleurs;=HYPERLINK("x")'], ['A, B']], 'en')).toBe(
      'Shop\r\n"Fleurs;=HYPERLINK(""x"")"\r\n"A, B"\r\n',
    );
    expect(csvDocument(['Boutique', 'Montant'], [['A, B', '1234,56']], 'fr')).toBe(
      '\uFEFFBoutique;Montant\r\n"A, B";1234,56\r\n',
    );
  });

  it('neutralises formulas and quotes line breaks', () => {
    expect(csvText('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(csvText('Boulangerie')).toBe('Boulangerie');
    expect(csvField('a\nb')).toBe('"a\nb"');
  });

  it('gives the calendar day in a time zone, across midnight', () => {
    expect(calendarDayIn(new Date('2026-06-30T22:30:00Z'), 'Europe/Paris')).toBe('2026-07-01');
    expect(calendarDayIn(new Date('2026-06-30T22:30:00Z'), 'UTC')).toBe('2026-06-30');
    expect(csvDay('2026-07-01', 'fr')).toBe('01/07/2026');
    expect(csvDay('2026-07-01', 'en')).toBe('2026-07-01');
  });
});
