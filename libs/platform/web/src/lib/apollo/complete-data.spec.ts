import type { ObservableQuery } from '@apollo/client';
import { firstValueFrom, of, toArray } from 'rxjs';
import { completeData, resultData } from './complete-data';

type Data = { widgets: string[] };

function result(partial: Partial<ObservableQuery.Result<Data>>): ObservableQuery.Result<Data> {
  return { loading: false, networkStatus: 7, partial: false, ...partial } as ObservableQuery.Result<Data>;
}

describe('completeData', () => {
  it('passes the cached answer, then the server’s, and skips the empty loading state', async () => {
    const results = of(
      result({ data: undefined, dataState: 'empty', loading: true }),
      result({ data: { widgets: ['cached'] }, dataState: 'complete', loading: true }),
      result({ data: { widgets: ['fresh'] }, dataState: 'complete' }),
    );
    const seen = await firstValueFrom(
      results.pipe(
        completeData((data: Data) => data.widgets),
        toArray(),
      ),
    );
    expect(seen).toEqual([['cached'], ['fresh']]);
  });

  it('ends the stream with the error of an error result, as a one-shot query would', async () => {
    const failure = new Error('NOT_FOUND');
    const results = of(result({ data: undefined, dataState: 'empty', error: failure }));
    await expect(firstValueFrom(results.pipe(completeData((data: Data) => data.widgets)))).rejects.toBe(failure);
  });
});

describe('resultData', () => {
  it('picks from the answer’s data', async () => {
    expect(await firstValueFrom(of({ data: { widgets: ['a'] } }).pipe(resultData((d: Data) => d.widgets)))).toEqual([
      'a',
    ]);
  });

  it('fails instead of handing undefined on when the answer holds no data', async () => {
    await expect(firstValueFrom(of({ data: undefined }).pipe(resultData((d: Data) => d.widgets)))).rejects.toThrow(
      'The GraphQL answer holds no data',
    );
  });
});
