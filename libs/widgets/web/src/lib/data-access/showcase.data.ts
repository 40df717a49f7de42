import { inject, Injectable } from '@angular/core';
import { completeData } from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { Observable } from 'rxjs';
import { ShopShowcaseDocument, ShopShowcaseQuery } from '../graphql/widgets.generated';

export type ShopShowcase = ShopShowcaseQuery['shopShowcase'];

/**
 * The public shop showcase's read, in its own file so the public page's chunk does not carry the
 * widget editor's documents (ADR 0022).
 */
@Injectable({ providedIn: 'root' })
export class ShowcaseData {
  private readonly apollo = inject(Apollo);

  /** A shop's public showcase: from the cache at once when seen before, then from the server. */
  showcase(id: string): Observable<ShopShowcase> {
    return this.apollo
      .watchQuery({ query: ShopShowcaseDocument, variables: { id } })
      .valueChanges.pipe(completeData((data) => data.shopShowcase));
  }
}
