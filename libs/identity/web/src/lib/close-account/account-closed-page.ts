import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

/** /account-closed: where one lands, signed out, after closing one's account (issue 25). */
@Component({
  selector: 'assoc-account-closed-page',
  imports: [RouterLink, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'identity.close.closedTitle' | translate }}</h1>
    <p>{{ 'identity.close.closedText' | translate }}</p>
    <p>{{ 'identity.close.closedKept' | translate }}</p>
    <a mat-flat-button routerLink="/signup">{{ 'identity.close.closedSignUp' | translate }}</a>
  `,
})
export class AccountClosedPage {}
