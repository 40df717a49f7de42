import { assertBuilt } from './server';

/** Each journey file starts its own API (browserJourneys); this only fails fast when the app was not built. */
export default async function globalSetup(): Promise<void> {
  assertBuilt();
}
