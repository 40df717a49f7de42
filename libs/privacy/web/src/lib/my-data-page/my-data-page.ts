import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** /account/data — take one's data away (GDPR articles 15 and 20). */
@Component({
  selector: 'assoc-my-data-page',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<h1>{{ 'privacy.myData.title' | translate }}</h1>
    <p>{{ 'privacy.myData.intro' | translate }}</p>`,
})
export class MyDataPage {}
