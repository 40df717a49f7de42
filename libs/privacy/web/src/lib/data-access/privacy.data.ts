import { inject, Injectable } from '@angular/core';
import { resultData } from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { map, Observable } from 'rxjs';
import {
  AssociationDataExportDocument,
  DataExportFieldsFragment,
  MyDataExportDocument,
  RequestAssociationDataExportDocument,
  RequestMyDataExportDocument,
} from '../graphql/privacy.generated';

export type DataExport = DataExportFieldsFragment;

/**
 * The exports of one's data and of the association. Reads are `network-only` on each visit and on each
 * poll: the status changes on the server (the job), never through this client, so a cached READY or
 * PENDING would be wrong. Asking writes the new export into the read's cache entry.
 */
@Injectable({ providedIn: 'root' })
export class PrivacyData {
  private readonly apollo = inject(Apollo);

  myExport(): Observable<DataExport | null> {
    return this.apollo
      .query({ query: MyDataExportDocument, fetchPolicy: 'network-only' })
      .pipe(map((result) => result.data?.myDataExport ?? null));
  }

  requestMyExport(): Observable<DataExport> {
    return this.apollo
      .mutate({
        mutation: RequestMyDataExportDocument,
        update: (cache, result) => {
          const made = result.data?.requestMyDataExport;
          if (made) cache.writeQuery({ query: MyDataExportDocument, data: { myDataExport: made } });
        },
      })
      .pipe(resultData((data) => data.requestMyDataExport));
  }

  associationExport(): Observable<DataExport | null> {
    return this.apollo
      .query({ query: AssociationDataExportDocument, fetchPolicy: 'network-only' })
      .pipe(map((result) => result.data?.associationDataExport ?? null));
  }

  requestAssociationExport(): Observable<DataExport> {
    return this.apollo
      .mutate({
        mutation: RequestAssociationDataExportDocument,
        update: (cache, result) => {
          const made = result.data?.requestAssociationDataExport;
          if (made) cache.writeQuery({ query: AssociationDataExportDocument, data: { associationDataExport: made } });
        },
      })
      .pipe(resultData((data) => data.requestAssociationDataExport));
  }
}
