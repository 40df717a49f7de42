import { LedgerCsvRow, ledgerCsv, ledgerCsvFileName, LedgerEntryKind as K, PaymentMethod } from '../index';

/** A small RFC 4180 parser: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

describe('ledger CSV', () => {
  const rows: LedgerCsvRow[] = [
    // 22:30 UTC on 30 June is 00:30 on 1 July in Paris (summer time)
    {
      at: new Date('2025-06-30T22:30:00Z'),
      entryId: 'e1',
      kind: K.CONTRIBUTION,
      description: 'Acompte; "pub" presse',
      from: 'Boulangerie Martin',
      to: 'Caisse du projet',
      paymentMethod: PaymentMethod.CHEQUE,
      cents: 123456,
    },
    {
      at: new Date('2025-12-31T12:00:00Z'),
      entryId: 'e2',
      kind: K.EXPENSE,
      description: 'Affiches\nA3, couleur',
      from: 'Caisse du projet',
      to: 'Imprimerie, du Centre',
      cents: 5,
    },
    {
      at: new Date('2026-01-02T08:00:00Z'),
      entryId: 'e3',
      kind: K.CORRECTION,
      description: '=1+1',
      from: 'Imprimerie, du Centre',
      to: 'Caisse du projet',
      cents: 5,
      reverses: 'e2',
    },
  ];

  it('writes what French spreadsheets expect', () => {
    const csv = ledgerCsv(rows, 'fr');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = parseCsv(csv.slice(1), ';');
    expect(parsed).toEqual([
      [
        'Date',
        "N° d'écriture",
        'Opération',
        'Libellé',
        'De',
        'À',
        'Moyen de paiement',
        'Montant (EUR)',
        "Annule l'écriture",
      ],
      [
        '01/07/2025',
        'e1',
        'Participation',
        'Acompte; "pub" presse',
        'Boulangerie Martin',
        'Caisse du projet',
        'Chèque',
        '1234,56',
        '',
      ],
      [
        '31/12/2025',
        'e2',
        'Dépense',
        'Affiches\nA3, couleur',
        'Caisse du projet',
        'Imprimerie, du Centre',
        '',
        '0,05',
        '',
      ],
      ['02/01/2026', 'e3', 'Correction', "'=1+1", 'Imprimerie, du Centre', 'Caisse du projet', '', '0,05', 'e2'],
    ]);
    // either locale's separator is quoted in text (a spreadsheet guessing "," still reads one cell)
    expect(csv).toContain(';"Imprimerie, du Centre";');
    expect(csv).toContain(';"Acompte; ""pub"" presse";');
  });

  it('writes English settings', () => {
    const csv = ledgerCsv(rows, 'en', { timeZone: 'America/Martinique' });
    expect(csv.startsWith('Date,')).toBe(true);
    const parsed = parseCsv(csv, ',');
    expect(parsed[0]).toEqual([
      'Date',
      'Entry',
      'Type',
      'Description',
      'From',
      'To',
      'Payment method',
      'Amount (EUR)',
      'Reverses',
    ]);
    // 22:30 UTC is 18:30 in Martinique: still 30 June
    expect(parsed[1]).toEqual([
      '2025-06-30',
      'e1',
      'Contribution',
      'Acompte; "pub" presse',
      'Boulangerie Martin',
      'Caisse du projet',
      'Cheque',
      '1234.56',
      '',
    ]);
    expect(parsed[2][5]).toBe('Imprimerie, du Centre');
    expect(parsed[2][7]).toBe('0.05');
    expect(parsed).toHaveLength(4);
  });

  it('writes the currency’s own decimals', () => {
    const csv = ledgerCsv([{ ...rows[0], cents: 1500 }], 'fr', { currency: 'XPF' });
    expect(parseCsv(csv.slice(1), ';')[1][7]).toBe('1500');
    expect(parseCsv(csv.slice(1), ';')[0][7]).toBe('Montant (XPF)');
  });

  it('writes only the header for an empty ledger', () => {
    expect(parseCsv(ledgerCsv([], 'en'), ',')).toHaveLength(1);
  });

  it('names the file by date in the time zone', () => {
    expect(ledgerCsvFileName('pub-commune', new Date('2025-06-30T22:30:00Z'), 'fr')).toBe(
      'grand-livre-pub-commune-2025-07-01.csv',
    );
    expect(ledgerCsvFileName('pub-commune', new Date('2025-06-30T22:30:00Z'), 'en', 'UTC')).toBe(
      'ledger-pub-commune-2025-06-30.csv',
    );
  });
});
