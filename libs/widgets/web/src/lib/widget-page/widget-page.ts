import { Clipboard } from '@angular/cdk/clipboard';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { confirmAction, ErrorDisplay } from '@assoc/platform-web';
import { embedSnippets, WidgetSize as DomainSize, widgetUrls } from '@assoc/widgets-domain';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom, Subscription } from 'rxjs';
import { WidgetsData } from '../data-access/widgets.data';
import type { WidgetFieldsFragment } from '../graphql/widgets.generated';
import { WidgetForm } from '../shared/widget-form';

type Variant = 'script' | 'iframe';

/**
 * /widgets/:id — the widget as a blog shows it (a sandboxed page of another origin that pastes the
 * real snippet), the two snippets to copy, and its settings.
 */
@Component({
  selector: 'assoc-widget-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    WidgetForm,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button routerLink="/widgets" class="back"><mat-icon svgIcon="back" />{{ 'widgets.back' | translate }}</a>
    @if (widget(); as w) {
      <header class="page-header">
        <div>
          <h1>{{ w.name }}</h1>
          <p class="page-subtitle">{{ 'widgets.preview.subtitle' | translate }}</p>
        </div>
        <div class="header-actions">
          <button mat-stroked-button type="button" (click)="editing.set(!editing())">
            <mat-icon svgIcon="edit" />{{ 'widgets.edit' | translate }}
          </button>
          <button mat-stroked-button type="button" (click)="remove(w)">
            <mat-icon svgIcon="delete" />{{ 'widgets.delete.button' | translate }}
          </button>
        </div>
      </header>

      @if (editing()) {
        <mat-card appearance="outlined" class="section-card">
          <mat-card-content>
            <assoc-widget-form [widget]="w" (saved)="saved($event)" (cancelled)="editing.set(false)" />
          </mat-card-content>
        </mat-card>
      }

      <mat-card appearance="outlined" class="section-card">
        <mat-card-header>
          <mat-card-title
            ><h2>{{ 'widgets.snippet.title' | translate }}</h2></mat-card-title
          >
        </mat-card-header>
        <mat-card-content>
          <mat-button-toggle-group
            [value]="variant()"
            (change)="variant.set($event.value)"
            [attr.aria-label]="'widgets.snippet.variant' | translate"
          >
            <mat-button-toggle value="script">{{ 'widgets.snippet.script' | translate }}</mat-button-toggle>
            <mat-button-toggle value="iframe">{{ 'widgets.snippet.iframe' | translate }}</mat-button-toggle>
          </mat-button-toggle-group>
          <p class="hint">{{ 'widgets.snippet.' + variant() + 'Hint' | translate }}</p>
          <label class="code-label" for="snippet">{{ 'widgets.snippet.label' | translate }}</label>
          <textarea
            id="snippet"
            class="code"
            readonly
            rows="3"
            [value]="snippet()"
            data-testid="snippet"
            (focus)="select($event)"
          ></textarea>
          <div class="snippet-actions">
            <button mat-flat-button type="button" (click)="copy()">
              <mat-icon svgIcon="copy" />{{ 'widgets.snippet.copy' | translate }}
            </button>
            <a mat-button [href]="urls().embed" target="_blank" rel="noopener">{{
              'widgets.snippet.openEmbed' | translate
            }}</a>
            <a mat-button [href]="urls().data" target="_blank" rel="noopener">{{
              'widgets.snippet.openData' | translate
            }}</a>
          </div>
        </mat-card-content>
      </mat-card>

      <section class="preview" [attr.aria-label]="'widgets.preview.title' | translate">
        <h2>{{ 'widgets.preview.title' | translate }}</h2>
        <p class="hint">{{ 'widgets.preview.hint' | translate }}</p>
        <iframe
          class="blog"
          sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"
          [srcdoc]="blog()"
          [title]="'widgets.preview.frameTitle' | translate"
          data-testid="preview"
        ></iframe>
      </section>
    } @else if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }
  `,
  styles: `
    .back {
      margin-bottom: 8px;
    }
    .header-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    mat-card-content {
      padding-top: 16px;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .code-label {
      display: block;
      font: var(--mat-sys-label-medium);
      margin-bottom: 4px;
    }
    .code {
      width: 100%;
      box-sizing: border-box;
      font-family: ui-monospace, Menlo, Consolas, monospace;
      font-size: 13px;
      padding: 8px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      resize: vertical;
      background: var(--mat-sys-surface-container-low);
      color: inherit;
    }
    .snippet-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 8px;
    }
    .preview h2 {
      font: var(--mat-sys-title-medium);
      margin: 24px 0 4px;
    }
    .blog {
      width: 100%;
      height: 720px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: #fff;
    }
  `,
})
export class WidgetPage {
  /** The widget's id, from the route. */
  readonly id = input.required<string>();

  private readonly data = inject(WidgetsData);
  private readonly errors = inject(ErrorDisplay);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly clipboard = inject(Clipboard);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly translate = inject(TranslateService);
  private readonly origin = inject(DOCUMENT).location.origin;

  protected readonly widget = signal<WidgetFieldsFragment | null>(null);
  protected readonly loading = signal(true);
  protected readonly editing = signal(false);
  protected readonly variant = signal<Variant>('script');
  /** Bumped after a change, so the preview reloads its data. */
  private readonly version = signal(0);
  private watching?: Subscription;

  protected readonly snippets = computed(() => {
    const w = this.widget();
    return w ? embedSnippets(this.origin, w.id, w.size as DomainSize, w.name) : { script: '', iframe: '' };
  });
  protected readonly snippet = computed(() => this.snippets()[this.variant()]);
  protected readonly urls = computed(() => widgetUrls(this.origin, this.widget()?.id ?? ''));

  /**
   * A blog-like page of its own (sandboxed: an opaque origin, no cookie) that pastes the script
   * snippet as a partner would; `data-fresh` makes it revalidate the data, so a change shows at once.
   */
  protected readonly blog = computed<SafeHtml | null>(() => {
    const w = this.widget();
    if (!w) return null;
    const t = (key: string) => escapeHtml(this.translate.instant(`widgets.preview.blog.${key}`));
    const snippet = this.snippets().script.replace('<script ', '<script data-fresh ');
    const html = `<!doctype html><html lang="${w.language === 'EN' ? 'en' : 'fr'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<style>body{margin:0;font-family:Georgia,'Times New Roman',serif;color:#222;background:#f6f3ee}header{background:#2f3e46;color:#fff;padding:18px 24px}header h1{margin:0;font-size:24px}main{max-width:760px;margin:0 auto;padding:16px 24px}p{line-height:1.6}</style></head>
<body><!-- v${this.version()} --><header><h1>${t('name')}</h1></header><main><h2>${t('title')}</h2><p>${t('intro')}</p>${snippet}<p>${t('outro')}</p></main></body></html>`;
    return this.sanitizer.bypassSecurityTrustHtml(html);
  });

  constructor() {
    // The id input is set after construction. Cached at once when the list showed it, then the
    // server's; a save updates the cached widget, which shows here.
    inject(DestroyRef).onDestroy(() => this.watching?.unsubscribe());
    queueMicrotask(() => {
      this.watching = this.data.widget(this.id()).subscribe({
        next: (widget) => {
          this.widget.set(widget);
          this.loading.set(false);
        },
        error: (error) => {
          this.errors.show(error);
          this.loading.set(false);
        },
      });
    });
  }

  protected copy(): void {
    if (this.clipboard.copy(this.snippet())) this.errors.success('widgets.snippet.copied');
  }

  protected select(event: FocusEvent): void {
    (event.target as HTMLTextAreaElement).select();
  }

  protected saved(widget: WidgetFieldsFragment): void {
    this.widget.set(widget);
    this.editing.set(false);
    this.version.update((v) => v + 1);
    this.errors.success('common.saved');
  }

  protected async remove(widget: WidgetFieldsFragment): Promise<void> {
    const ok = await confirmAction(this.dialog, {
      titleKey: 'widgets.delete.title',
      messageKey: 'widgets.delete.message',
      confirmKey: 'widgets.delete.confirm',
      params: { name: widget.name },
    });
    if (!ok) return;
    // Stop watching first: the deleted widget leaves the cache, and a watch would ask the server for it again.
    this.watching?.unsubscribe();
    try {
      await firstValueFrom(this.data.deleteWidget(widget.id));
      this.errors.success('widgets.delete.done');
      await this.router.navigate(['/widgets']);
    } catch (error) {
      this.errors.show(error);
    }
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
