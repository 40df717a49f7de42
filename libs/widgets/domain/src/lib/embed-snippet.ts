import { WIDGET_SIZE_METRICS, WidgetSize } from './widget-rules';

/** The address of a widget's script, its iframe page and its public data, under the app's origin. */
export function widgetUrls(origin: string, widgetId: string): { script: string; embed: string; data: string } {
  const base = origin.replace(/\/+$/, '');
  const id = encodeURIComponent(widgetId);
  return {
    script: `${base}/widget.js`,
    embed: `${base}/embed/widgets/${id}`,
    data: `${base}/api/public/widgets/${id}`,
  };
}

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The two ways to put a widget on a page: a script tag (renders right where it is pasted, inside a
 * Shadow DOM, no iframe) or an iframe (for sites that refuse scripts). Both are one line.
 */
export function embedSnippets(
  origin: string,
  widgetId: string,
  size: WidgetSize,
  title: string,
): { script: string; iframe: string } {
  const urls = widgetUrls(origin, widgetId);
  const height = WIDGET_SIZE_METRICS[size].iframeHeight;
  return {
    script: `<script async src="${attr(urls.script)}" data-widget="${attr(widgetId)}"></script>`,
    iframe: `<iframe src="${attr(urls.embed)}" title="${attr(title)}" loading="lazy" style="width:100%;max-width:100%;height:${height}px;border:0"></iframe>`,
  };
}
