import DataLoader from 'dataloader';
import type { HttpRequest } from '../http/http-types';

/**
 * One DataLoader per request and per name, kept on the request object: batching within a request,
 * never caching across requests (or across associations).
 */
export function requestLoader<K, V>(
  req: HttpRequest,
  name: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
): DataLoader<K, V> {
  const holder = req as HttpRequest & { loaders?: Map<string, DataLoader<unknown, unknown>> };
  holder.loaders ??= new Map();
  let loader = holder.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch);
    holder.loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}
