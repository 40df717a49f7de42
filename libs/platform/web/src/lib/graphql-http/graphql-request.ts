import { HttpClient } from '@angular/common/http';
import { inject, Injectable, Injector } from '@angular/core';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { map, Observable, tap } from 'rxjs';
import { SessionStore } from '../session/session-store';
import { operationName, printDocument } from './print-document';

interface GraphqlAnswer<TData> {
  data?: TData | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * One GraphQL request over the app's HttpClient (the association and language headers, the session
 * cookie), without Apollo: what the log-in page and the session need before anyone is logged in
 * (reading the viewer, logging in, saving the language). Apollo Client and graphql-js load with the
 * pages that use them (`withAppServices`, ADR 0036), about 45 kB gzip out of the first load.
 *
 * Nothing is cached. An answer with errors fails the stream with that answer, which
 * `parseServerError` and `ErrorDisplay` read as they read Apollo's; an UNAUTHENTICATED answer tells
 * the session it may have ended elsewhere, as Apollo's link does (`sessionEndedLink`).
 */
@Injectable({ providedIn: 'root' })
export class GraphqlRequest {
  private readonly http = inject(HttpClient);
  private readonly injector = inject(Injector);
  private readonly texts = new WeakMap<object, string>();

  run<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables): Observable<TData> {
    let query = this.texts.get(document);
    if (query === undefined) {
      query = printDocument(document);
      this.texts.set(document, query);
    }
    const body = { operationName: operationName(document), query, variables: variables ?? {} };
    return this.http.post<GraphqlAnswer<TData>>('/graphql', body).pipe(
      tap((answer) => {
        if (answer.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED')) this.sessionEnded();
      }),
      map((answer) => {
        if (answer.errors?.length || answer.data == null) throw answer;
        return answer.data;
      }),
    );
  }

  /** The session store is read when needed: it sends its own requests through this one. */
  private sessionEnded(): void {
    void this.injector.get(SessionStore).ended();
  }
}
