import { PubSub } from './pub-sub';

/** Events waiting for a slow subscriber beyond this are dropped, oldest first. */
const MAX_BUFFERED = 100;

/**
 * The events of one topic as an async iterator, for a GraphQL subscription. Each payload goes
 * through `map` (in order; `undefined` skips it). `options.first`, when given, is the first value
 * (the current state, read once listening has started, so no change falls between the two).
 * `return()` (the client unsubscribed or left) stops listening at once, even while no event is coming.
 */
export function pubSubStream<T>(
  pubSub: PubSub,
  topic: string,
  map: (payload: Record<string, unknown>) => Promise<T | undefined> | T | undefined,
  options: { first?: () => Promise<T | undefined> | T | undefined } = {},
): AsyncIterableIterator<T> {
  const ready: T[] = [];
  const waiting: ((result: IteratorResult<T>) => void)[] = [];
  let finished = false;
  let chain: Promise<void> = Promise.resolve();

  const push = (value: T) => {
    const next = waiting.shift();
    if (next) next({ value, done: false });
    else {
      ready.push(value);
      if (ready.length > MAX_BUFFERED) ready.shift();
    }
  };
  const produce = (value: () => Promise<T | undefined> | T | undefined) => {
    chain = chain
      .then(() => (finished ? undefined : value()))
      .then((result) => {
        if (!finished && result !== undefined) push(result);
      })
      .catch(() => undefined);
  };
  const unsubscribe = pubSub.subscribe(topic, (payload) => produce(() => map(payload)));
  const first = options.first;
  if (first) produce(first);
  const finish = (): IteratorResult<T> => {
    if (!finished) {
      finished = true;
      unsubscribe();
      ready.length = 0;
      for (const next of waiting.splice(0)) next({ value: undefined, done: true });
    }
    return { value: undefined, done: true };
  };

  return {
    next(): Promise<IteratorResult<T>> {
      if (ready.length) return Promise.resolve({ value: ready.shift() as T, done: false });
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return(): Promise<IteratorResult<T>> {
      return Promise.resolve(finish());
    },
    throw(error?: unknown): Promise<IteratorResult<T>> {
      finish();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
