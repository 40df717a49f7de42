import type { ObservableQuery } from '@apollo/client';
import { filter, map, OperatorFunction } from 'rxjs';

/**
 * For a data-access service's watched query (`apollo.watchQuery(...).valueChanges`): each complete
 * result, picked with `pick`. With the default `cache-and-network`, a page read before shows at
 * once from the cache and the server's answer follows; later cache writes (a mutation returning the
 * changed object with its id) emit again. An error result ends the stream with that error, as a
 * one-shot query's would, so components keep showing it the same way.
 */
export function completeData<TData, T>(pick: (data: TData) => T): OperatorFunction<ObservableQuery.Result<TData>, T> {
  return (results) =>
    results.pipe(
      map((result) => {
        if (result.error) throw result.error;
        return result;
      }),
      filter((result) => result.dataState === 'complete'),
      map((result) => pick(result.data as TData)),
    );
}

/**
 * For a data-access service's one-shot query or mutation: the answer's data, picked with `pick`. An
 * answer without data (which errorPolicy 'none' does not produce) fails the stream instead of
 * handing `undefined` to the component.
 */
export function resultData<TData, T>(
  pick: (data: TData) => T,
): OperatorFunction<{ data?: TData | null | undefined }, T> {
  return map((result) => {
    if (result.data == null) throw new Error('The GraphQL answer holds no data');
    return pick(result.data);
  });
}
