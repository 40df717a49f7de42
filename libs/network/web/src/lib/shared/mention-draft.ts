import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MENTION_PATTERN, POST_TEXT_MAX } from '@assoc/network-domain';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A text being written with mentions: the person sees `@Name`, the API receives
 * `@[Name](membershipId)` for every member picked from the suggestions.
 */
export class MentionDraft {
  readonly control: FormControl<string>;
  /** The control as field `text`, so a server error on `text` shows under the textarea. */
  readonly form: FormGroup<{ text: FormControl<string> }>;
  private readonly mentions = new Map<string, string>();

  constructor(maxLength = POST_TEXT_MAX) {
    this.control = new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(maxLength)],
    });
    this.form = new FormGroup({ text: this.control });
  }

  /** Remembers a picked member (the display text holds `@Name`). */
  addMention(name: string, membershipId: string): void {
    this.mentions.set(name, membershipId);
  }

  /** Loads a stored text (with tokens) for editing. */
  setText(text: string): void {
    this.mentions.clear();
    const display = text.replace(new RegExp(MENTION_PATTERN.source, 'g'), (_, name: string, id: string) => {
      this.mentions.set(name, id);
      return `@${name}`;
    });
    this.control.setValue(display);
    this.control.markAsPristine();
  }

  /** The text to send: each remembered `@Name` still present becomes its token. */
  text(): string {
    let text = this.control.value.trim();
    const names = [...this.mentions.keys()].sort((a, b) => b.length - a.length);
    for (const name of names) {
      const id = this.mentions.get(name) as string;
      text = text.replace(new RegExp(`@${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu'), `@[${name}](${id})`);
    }
    return text;
  }

  reset(): void {
    this.mentions.clear();
    this.control.reset('');
  }
}
