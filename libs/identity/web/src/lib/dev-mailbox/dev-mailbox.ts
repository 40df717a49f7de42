import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { DateTimePipe, LanguageStore, parseServerError } from '@assoc/platform-web/core';
import { TranslatePipe } from '@ngx-translate/core';
import { IdentityData } from '../data-access/identity.data';
import { linkify } from './linkify';

/** Development only: the mails the API would have sent, with clickable links. */
@Component({
  selector: 'assoc-dev-mailbox',
  imports: [MatButtonModule, MatExpansionModule, MatIconModule, MatProgressBarModule, TranslatePipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dev-mailbox.html',
  styleUrl: './dev-mailbox.scss',
})
export class DevMailbox {
  private readonly data = inject(IdentityData);
  protected readonly lang = inject(LanguageStore).language;

  protected readonly mails = rxResource({
    stream: () => this.data.devMailbox(50),
  });

  protected readonly messages = computed(() =>
    (this.mails.hasValue() ? this.mails.value() : []).map((mail) => ({ ...mail, parts: linkify(mail.text) })),
  );
  protected readonly errorCode = computed(() => {
    const error = this.mails.error();
    return error ? parseServerError(error).code : null;
  });
}
