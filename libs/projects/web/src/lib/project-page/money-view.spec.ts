import { LedgerEntryKind, participantAccount, PROJECT_CASH, projectMoney, Share } from '@assoc/projects-domain';
import en from '../../i18n/en.json';
import fr from '../../i18n/fr.json';
import { MoneyModel, moneyView, transferKey } from './money-view';
import { say } from './said.testing';

const NAMES: Record<string, string> = { m1: 'Marc Pinel', m2: 'Lucie Roy', m3: 'Thomas Bel', m4: 'Anne Gal' };

const nameOf = (locale: 'fr' | 'en', key: string) =>
  key === PROJECT_CASH ? (locale === 'fr' ? fr : en).projects.ledger.project : NAMES[key];

/** The balances section as text: the basis sentence, each row, each transfer. */
function read(model: MoneyModel, locale: 'fr' | 'en'): string[] {
  const texts = locale === 'fr' ? fr : en;
  const view = moneyView(model);
  return [
    say(texts, locale, view.basis),
    ...view.rows.map((r) => `${nameOf(locale, r.key)}: ${say(texts, locale, r.status)}`),
    ...(view.transfers.length
      ? view.transfers.map((t) =>
          say(texts, locale, {
            key: transferKey(t),
            params: { from: nameOf(locale, t.from), to: nameOf(locale, t.to), amount: t.cents },
          }),
        )
      : [say(texts, locale, { key: 'projects.balances.settled', params: {} })]),
  ];
}

const shares: Share[] = Object.keys(NAMES).map((membershipId) => ({ membershipId, cents: 19_650 }));

describe('the balances section (issue 16: balances and settle-up never contradict each other)', () => {
  it('right after funding, says everyone owes their share and each pays it to the project — not "everyone is settled"', () => {
    const text = read(projectMoney([], shares, false), 'fr');
    expect(text[0]).toMatch(/^Avant la clôture, chaque participant est comparé à sa part du budget voté \(786,00 €\)/);
    expect(text).toContain('Marc Pinel: doit 196,50 €');
    expect(text).toContain('Caisse du projet: reste à encaisser 786,00 €');
    expect(text).toContain('Marc Pinel verse 196,50 € à la caisse du projet');
    expect(text).not.toContain('Tout le monde est à jour.');
    expect(read(projectMoney([], shares, false), 'en')).toContain('Marc Pinel pays €196.50 to the project fund');
  });

  it('once closed, says the shares were recomputed on what was spent and the cash hands out what it holds, in English too', () => {
    const entries = [
      ...Object.keys(NAMES).map((who, i) => ({
        id: String(i),
        debit: PROJECT_CASH,
        credit: participantAccount(who),
        cents: 19_650,
        kind: LedgerEntryKind.CONTRIBUTION,
      })),
      {
        id: '9',
        debit: 'supplier:Imprimeur' as const,
        credit: PROJECT_CASH,
        cents: 60_000,
        kind: LedgerEntryKind.EXPENSE,
      },
    ];
    const fr = read(projectMoney(entries, shares, true), 'fr');
    expect(fr[0]).toMatch(
      /^Projet clôturé : les parts ont été recalculées sur ce qui a réellement été dépensé \(600,00 €\)/,
    );
    expect(fr).toContain('Marc Pinel: à recevoir 46,50 €');
    expect(fr).toContain('Caisse du projet: rend 186,00 € qu’elle détient encore');
    expect(fr).toContain('La caisse du projet verse 46,50 € à Marc Pinel');
    const english = read(projectMoney(entries, shares, true), 'en');
    expect(english[0]).toMatch(/^Project closed: the shares were recomputed on what was really spent \(€600\.00\)/);
    expect(english).toContain('Project fund: hands out the €186.00 it still holds');
    expect(english).toContain('The project fund pays €46.50 to Marc Pinel');
  });
});
