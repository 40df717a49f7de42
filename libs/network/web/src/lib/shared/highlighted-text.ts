import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { highlightParts } from './rich-text';

/** A search snippet with its matched words marked; nothing else of it is read as markup. */
@Component({
  selector: 'assoc-highlighted-text',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@for (part of parts(); track $index) {
    @if (part.marked) {
      <mark>{{ part.text }}</mark>
    } @else {
      <span>{{ part.text }}</span>
    }
  }`,
  styles: `
    :host {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    mark {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      border-radius: 3px;
      padding: 0 2px;
    }
  `,
})
export class HighlightedText {
  readonly snippet = input.required<string>();
  protected readonly parts = computed(() => highlightParts(this.snippet()));
}
