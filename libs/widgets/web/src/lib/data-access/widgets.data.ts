import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ApolloCache } from '@apollo/client';
import { completeData, resultData } from '@assoc/platform-web/core';
import type {
  CreateFeaturedProductInput,
  CreateWidgetInput,
  UpdateFeaturedProductInput,
  UpdateWidgetInput,
} from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { map, Observable, tap } from 'rxjs';
import {
  CreateFeaturedProductDocument,
  CreateWidgetDocument,
  DeleteFeaturedProductDocument,
  DeleteWidgetDocument,
  FeaturedProductFieldsFragment,
  MyFeaturedProductsDocument,
  MyFeaturedProductsQuery,
  UpdateFeaturedProductDocument,
  UpdateWidgetDocument,
  WidgetDocument,
  WidgetFieldsFragment,
  WidgetShopChoicesDocument,
  WidgetShopChoicesQuery,
  WidgetsDocument,
} from '../graphql/widgets.generated';

export type MyFeaturedProducts = MyFeaturedProductsQuery['myFeaturedProducts'];
export type WidgetShopChoice = WidgetShopChoicesQuery['widgetShopChoices'][number];

/** Drops a deleted object from the cache; lists holding it skip it from then on. */
function evict(cache: ApolloCache, __typename: string, id: string): void {
  cache.evict({ id: cache.identify({ __typename, id }) });
  cache.gc();
}

/**
 * The widgets' GraphQL operations (the association's embeddable widgets, a shop's featured
 * products). Reads are watched (cache-and-network): a page seen before shows at once and refreshes
 * behind; mutations update the cache, so the watching pages change without asking again.
 */
@Injectable({ providedIn: 'root' })
export class WidgetsData {
  private readonly apollo = inject(Apollo);
  private readonly http = inject(HttpClient);

  widgets(): Observable<WidgetFieldsFragment[]> {
    return this.apollo.watchQuery({ query: WidgetsDocument }).valueChanges.pipe(completeData((data) => data.widgets));
  }

  /** One widget (from the list's cached copy at once, through the `Query.widget` read policy). */
  widget(id: string): Observable<WidgetFieldsFragment> {
    return this.apollo
      .watchQuery({ query: WidgetDocument, variables: { id } })
      .valueChanges.pipe(completeData((data) => data.widget));
  }

  /** The shops a widget may show (members with a described shop). */
  shopChoices(): Observable<WidgetShopChoice[]> {
    return this.apollo
      .watchQuery({ query: WidgetShopChoicesDocument })
      .valueChanges.pipe(completeData((data) => data.widgetShopChoices));
  }

  /** Creates a widget; it joins the cached list (newest last, as the server lists them). */
  createWidget(input: CreateWidgetInput): Observable<WidgetFieldsFragment> {
    return this.apollo
      .mutate({
        mutation: CreateWidgetDocument,
        variables: { input },
        update: (cache, { data }) => {
          const widget = data?.createWidget;
          if (!widget) return;
          cache.updateQuery({ query: WidgetsDocument }, (list) =>
            list ? { widgets: [...list.widgets.filter((w) => w.id !== widget.id), widget] } : list,
          );
        },
      })
      .pipe(resultData((data) => data.createWidget));
  }

  /** Saves a widget; the answer (with its id) updates the cached widget. */
  updateWidget(input: UpdateWidgetInput): Observable<WidgetFieldsFragment> {
    return this.apollo
      .mutate({ mutation: UpdateWidgetDocument, variables: { input } })
      .pipe(resultData((data) => data.updateWidget));
  }

  deleteWidget(id: string): Observable<unknown> {
    return this.apollo.mutate({
      mutation: DeleteWidgetDocument,
      variables: { id },
      update: (cache) => evict(cache, 'Widget', id),
    });
  }

  /** My shop's featured products and how many it may have. */
  myFeaturedProducts(): Observable<MyFeaturedProducts> {
    return this.apollo
      .watchQuery({ query: MyFeaturedProductsDocument })
      .valueChanges.pipe(completeData((data) => data.myFeaturedProducts));
  }

  /** Adds a product; it joins the cached list last (the server gives it the next position). */
  createProduct(input: CreateFeaturedProductInput): Observable<FeaturedProductFieldsFragment> {
    return this.apollo
      .mutate({
        mutation: CreateFeaturedProductDocument,
        variables: { input },
        update: (cache, { data }) => {
          const product = data?.createFeaturedProduct;
          if (!product) return;
          cache.updateQuery({ query: MyFeaturedProductsDocument }, (mine) =>
            mine
              ? {
                  myFeaturedProducts: {
                    ...mine.myFeaturedProducts,
                    products: [...mine.myFeaturedProducts.products, product],
                  },
                }
              : mine,
          );
        },
      })
      .pipe(resultData((data) => data.createFeaturedProduct));
  }

  /** Saves a product; the answer (with its id) updates the cached product. */
  updateProduct(input: UpdateFeaturedProductInput): Observable<FeaturedProductFieldsFragment> {
    return this.apollo
      .mutate({ mutation: UpdateFeaturedProductDocument, variables: { input } })
      .pipe(resultData((data) => data.updateFeaturedProduct));
  }

  deleteProduct(id: string): Observable<unknown> {
    return this.apollo.mutate({
      mutation: DeleteFeaturedProductDocument,
      variables: { id },
      update: (cache) => evict(cache, 'FeaturedProduct', id),
    });
  }

  /** Uploads a product's photo (multipart, not GraphQL) and puts the new photo URL in the cached product. */
  uploadProductPhoto(id: string, photo: File): Observable<string | null> {
    const body = new FormData();
    body.append('photo', photo);
    return this.http
      .post<{ photoUrl: string | null }>(`/api/widgets/products/${encodeURIComponent(id)}/photo`, body)
      .pipe(
        map((response) => response.photoUrl),
        tap((photoUrl) => {
          const cache = this.apollo.client.cache;
          cache.modify({
            id: cache.identify({ __typename: 'FeaturedProduct', id }),
            fields: { photoUrl: () => photoUrl },
          });
        }),
      );
  }
}
