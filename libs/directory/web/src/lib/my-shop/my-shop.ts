import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  clearServerErrors,
  ErrorDisplay,
  FieldErrorPipe,
  parseServerError,
  SessionStore,
  ShareLink,
} from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { DirectoryData } from '../data-access/directory.data';
import { ShopLogo } from '../shared/shop-logo';
import { TRADES } from '../shared/trades';
import { OpeningHoursEditor } from './opening-hours-editor';
import { createShopForm, patchShopForm, toUpdateMyShopInput } from './shop-form';

const MAX_LOGO_BYTES = 2 * 1024 * 1024;

/** /my-shop — the member describes their shop: identity, contact, hours, logo. */
@Component({
  selector: 'assoc-my-shop',
  imports: [
    ReactiveFormsModule,
    ShareLink,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
    OpeningHoursEditor,
    ShopLogo,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-shop.html',
  styleUrl: './my-shop.scss',
})
export class MyShop {
  private readonly data = inject(DirectoryData);
  private readonly http = inject(HttpClient);
  private readonly errors = inject(ErrorDisplay);
  protected readonly session = inject(SessionStore);

  protected readonly trades = TRADES;
  protected readonly form = createShopForm();
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly shopId = signal<string | null>(null);
  protected readonly logoUrl = signal<string | null>(null);
  protected readonly previewUrl = signal<string | null>(null);
  protected readonly uploading = signal(false);
  protected readonly logoError = signal<string | null>(null);

  constructor() {
    void this.load();
    inject(DestroyRef).onDestroy(() => this.revokePreview());
  }

  private async load(): Promise<void> {
    try {
      const shop = await firstValueFrom(this.data.myShop());
      if (shop) {
        patchShopForm(this.form, shop);
        this.shopId.set(shop.id);
        this.logoUrl.set(shop.logoUrl ?? null);
      } else {
        const association = this.session.currentAssociation();
        if (association) this.form.patchValue({ town: association.town });
      }
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.loading.set(false);
    }
  }

  protected async save(): Promise<void> {
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.success('errors.checkForm');
      return;
    }
    this.saving.set(true);
    try {
      const shop = await firstValueFrom(this.data.updateMyShop(toUpdateMyShopInput(this.form)));
      if (shop) {
        patchShopForm(this.form, shop);
        this.shopId.set(shop.id);
        this.logoUrl.set(shop.logoUrl ?? this.logoUrl());
      }
      this.errors.success('directory.myShop.saved');
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.saving.set(false);
    }
  }

  protected async onLogoSelected(event: Event): Promise<void> {
    const inputElement = event.target as HTMLInputElement;
    const file = inputElement.files?.[0];
    inputElement.value = '';
    if (!file) return;
    this.logoError.set(null);
    if (!file.type.startsWith('image/')) {
      this.logoError.set('directory.myShop.logoNotImage');
      return;
    }
    if (file.size > MAX_LOGO_BYTES) {
      this.logoError.set('directory.myShop.logoTooBig');
      return;
    }
    this.revokePreview();
    this.previewUrl.set(URL.createObjectURL(file));
    const body = new FormData();
    body.append('logo', file, file.name);
    this.uploading.set(true);
    try {
      const response = await firstValueFrom(this.http.post<{ logoUrl: string }>('/api/shops/mine/logo', body));
      this.logoUrl.set(response.logoUrl);
      this.revokePreview();
      this.errors.success('directory.myShop.logoSaved');
    } catch (error) {
      this.revokePreview();
      const info = parseServerError(error);
      const message = info.fields.find((f) => f.field === 'logo')?.message ?? info.message;
      if (message) this.logoError.set(message);
      else this.errors.show(error);
    } finally {
      this.uploading.set(false);
    }
  }

  private revokePreview(): void {
    const url = this.previewUrl();
    if (url) URL.revokeObjectURL(url);
    this.previewUrl.set(null);
  }
}
