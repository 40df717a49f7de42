import { embedSnippets, widgetUrls } from './embed-snippet';
import { fillText, formatWidgetDay, formatWidgetPrice, formatWidgetSlot, WIDGET_TEXTS } from './widget-texts';
import { WidgetSize } from './widget-rules';

describe('the widget’s words and formats', () => {
  it('formats prices in the widget’s language', () => {
    expect(formatWidgetPrice(1250, 'EUR', 'fr')).toBe('12,50\u00a0€');
    expect(formatWidgetPrice(1250, 'EUR', 'en')).toBe('€12.50');
    expect(formatWidgetPrice(0, 'EUR', 'en')).toBe('€0.00');
  });

  it('shows a cashmob’s slot in the association’s time zone, right across daylight saving', () => {
    // 14:00 UTC on 20 December is 15:00 in Paris (winter); 13:00 UTC on 20 June is 15:00 (summer)
    expect(formatWidgetSlot('2026-12-20T14:00:00Z', '2026-12-20T16:00:00Z', 'Europe/Paris', 'fr')).toBe(
      'dimanche 20 décembre, 15:00 – 17:00',
    );
    expect(formatWidgetSlot('2026-06-20T13:00:00Z', '2026-06-20T15:00:00Z', 'Europe/Paris', 'en')).toBe(
      'Saturday 20 June, 15:00 – 17:00',
    );
    expect(formatWidgetDay('2026-12-31T23:30:00Z', 'Europe/Paris', 'fr')).toBe('1 janvier');
  });

  it('has every text in both languages', () => {
    expect(Object.keys(WIDGET_TEXTS.en).sort()).toEqual(Object.keys(WIDGET_TEXTS.fr).sort());
    expect(fillText(WIDGET_TEXTS.fr.until, { date: '24 décembre' })).toBe("Jusqu'au 24 décembre");
  });

  it('builds the two snippets, escaped, under the app’s origin', () => {
    expect(widgetUrls('https://app.example.fr/', 'abc')).toEqual({
      script: 'https://app.example.fr/widget.js',
      embed: 'https://app.example.fr/embed/widgets/abc',
      data: 'https://app.example.fr/api/public/widgets/abc',
    });
    const { script, iframe } = embedSnippets(
      'https://app.example.fr',
      '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
      WidgetSize.SMALL,
      'Les "commerces" de Vitré',
    );
    expect(script).toBe(
      '<script async src="https://app.example.fr/widget.js" data-widget="1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed"></script>',
    );
    expect(iframe).toBe(
      '<iframe src="https://app.example.fr/embed/widgets/1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed" title="Les &quot;commerces&quot; de Vitré" loading="lazy" style="width:100%;max-width:100%;height:420px;border:0"></iframe>',
    );
  });
});
