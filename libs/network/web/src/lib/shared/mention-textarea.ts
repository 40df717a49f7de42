import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FieldErrorPipe } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, debounceTime, distinctUntilChanged, map, of, Subject, switchMap } from 'rxjs';
import { NetworkData } from '../data-access/network.data';
import { MentionDraft } from './mention-draft';

interface Candidate {
  id: string;
  name: string;
  shopName: string | null;
}

// "@Luc" or "@Lucie Ga" just before the caret, at the start or after a blank.
const MENTION_QUERY = /(?:^|\s)@([\p{L}\p{M}'’.-]{1,40}(?: [\p{L}\p{M}'’.-]{0,40})?)$/u;

let nextId = 0;

/** Red only once the person has left the field or tried to send, not after a successful send. */
const TOUCHED_ONLY: ErrorStateMatcher = {
  isErrorState: (control: AbstractControl | null) => !!control && control.invalid && control.touched,
};

/**
 * A textarea where typing @ suggests members of the directory; picking one inserts a mention. The
 * textarea points at the suggestions while they are shown (aria-controls) and at the highlighted one
 * (aria-activedescendant); it carries no aria-expanded, which a multi-line text box may not (ARIA 1.2).
 */
@Component({
  selector: 'assoc-mention-textarea',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="full" [subscriptSizing]="hint() ? 'fixed' : 'dynamic'">
      <mat-label>{{ label() | translate }}</mat-label>
      <textarea
        #area
        matInput
        [formControl]="draft().control"
        [errorStateMatcher]="errorState"
        [rows]="rows()"
        [attr.aria-autocomplete]="'list'"
        [attr.aria-controls]="candidates().length ? listId : null"
        [attr.aria-activedescendant]="candidates().length ? listId + '-' + active() : null"
        (input)="onInput()"
        (click)="onInput()"
        (keydown)="onKeydown($event)"
        (blur)="closeSoon()"
      ></textarea>
      @if (hint()) {
        <mat-hint>{{ 'network.mentionHint' | translate }}</mat-hint>
      }
      @if (draft().control.invalid && draft().control.touched) {
        <mat-error>{{ draft().control.errors | assocFieldError }}</mat-error>
      }
    </mat-form-field>
    @if (candidates().length > 0) {
      <ul class="suggestions" role="listbox" [id]="listId" [attr.aria-label]="'network.mentionSuggestions' | translate">
        @for (c of candidates(); track c.id; let i = $index) {
          <li
            role="option"
            [id]="listId + '-' + i"
            [attr.aria-selected]="i === active()"
            [class.active]="i === active()"
            (mousedown)="$event.preventDefault(); pick(c)"
          >
            <strong>{{ c.name }}</strong>
            @if (c.shopName) {
              <span>{{ c.shopName }}</span>
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
      position: relative;
    }
    .full {
      width: 100%;
    }
    .suggestions {
      position: absolute;
      z-index: 5;
      left: 8px;
      right: 8px;
      top: calc(100% - 20px);
      list-style: none;
      margin: 0;
      padding: 4px 0;
      max-width: 420px;
      background: var(--mat-sys-surface-container);
      border-radius: 12px;
      box-shadow: var(--mat-sys-level3);
    }
    li {
      display: flex;
      flex-direction: column;
      padding: 8px 14px;
      cursor: pointer;
    }
    li span {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    li.active,
    li:hover {
      background: var(--mat-sys-secondary-container);
    }
  `,
})
export class MentionTextarea {
  readonly draft = input.required<MentionDraft>();
  readonly label = input.required<string>();
  readonly rows = input(3);
  /** The "type @ to mention" hint under the box (hidden while the feed's composer is folded to one line). */
  readonly hint = input(true);

  private readonly network = inject(NetworkData);
  private readonly area = viewChild.required<ElementRef<HTMLTextAreaElement>>('area');
  protected readonly errorState = TOUCHED_ONLY;
  protected readonly listId = `assoc-mention-list-${nextId++}`;
  protected readonly candidates = signal<Candidate[]>([]);
  protected readonly active = signal(0);
  private readonly queries = new Subject<string | null>();
  private closeTimer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    const subscription = this.queries
      .pipe(
        debounceTime(150),
        distinctUntilChanged(),
        switchMap((search) =>
          search
            ? this.network.mentionCandidates(search).pipe(
                map((nodes) =>
                  nodes.map((m) => ({
                    id: m.id,
                    name: m.user.name,
                    shopName: m.shop?.name ?? null,
                  })),
                ),
                catchError(() => of([] as Candidate[])),
              )
            : of([] as Candidate[]),
        ),
      )
      .subscribe((candidates) => {
        this.candidates.set(candidates);
        this.active.set(0);
      });
    inject(DestroyRef).onDestroy(() => {
      subscription.unsubscribe();
      if (this.closeTimer) clearTimeout(this.closeTimer);
    });
  }

  protected onInput(): void {
    const query = this.currentQuery();
    if (!query) this.candidates.set([]);
    this.queries.next(query?.search ?? null);
  }

  protected onKeydown(event: KeyboardEvent): void {
    const count = this.candidates().length;
    if (!count) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active.set((this.active() + step + count) % count);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      this.pick(this.candidates()[this.active()]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.close();
    }
  }

  protected closeSoon(): void {
    this.closeTimer = setTimeout(() => this.close(), 150);
  }

  protected pick(candidate: Candidate): void {
    const query = this.currentQuery();
    const area = this.area().nativeElement;
    const value = this.draft().control.value;
    const caret = area.selectionStart ?? value.length;
    const start = query ? caret - query.search.length - 1 : caret;
    const inserted = `@${candidate.name} `;
    const next = value.slice(0, start) + inserted + value.slice(caret);
    this.draft().addMention(candidate.name, candidate.id);
    this.draft().control.setValue(next);
    this.draft().control.markAsDirty();
    this.close();
    const position = start + inserted.length;
    area.focus();
    area.setSelectionRange(position, position);
  }

  private close(): void {
    this.candidates.set([]);
    this.queries.next(null);
  }

  private currentQuery(): { search: string } | null {
    const area = this.area().nativeElement;
    const before = area.value.slice(0, area.selectionStart ?? area.value.length);
    const match = MENTION_QUERY.exec(before);
    return match ? { search: match[1] } : null;
  }
}
