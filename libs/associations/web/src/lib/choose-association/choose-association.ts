import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { SessionStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';

/** The associations a person belongs to; picking one makes it the current association. */
@Component({
  selector: 'assoc-choose-association',
  imports: [MatButtonModule, MatCardModule, MatIconModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './choose-association.html',
  styleUrl: './choose-association.scss',
})
export class ChooseAssociation {
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  protected async choose(id: string): Promise<void> {
    await this.session.switchAssociation(id);
    await this.router.navigateByUrl('/directory');
  }
}
