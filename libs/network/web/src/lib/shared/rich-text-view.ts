import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { textSegments } from './rich-text';

/** A post or comment text: line breaks kept, links clickable, mentions as links to the member. */
@Component({
  selector: 'assoc-rich-text',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@for (segment of segments(); track $index) {
    @if (segment.kind === 'link') {
      <a [href]="segment.href" target="_blank" rel="noopener noreferrer nofollow">{{ segment.text }}</a>
    } @else if (segment.kind === 'mention') {
      <a class="mention" [routerLink]="['/members', segment.membershipId]">&#64;{{ segment.name }}</a>
    } @else {
      <span>{{ segment.text }}</span>
    }
  }`,
  styles: `
    :host {
      display: block;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .mention {
      font-weight: 600;
      text-decoration: none;
    }
    .mention:hover {
      text-decoration: underline;
    }
  `,
})
export class RichTextView {
  readonly text = input.required<string>();
  protected readonly segments = computed(() => textSegments(this.text()));
}
