const globals = globalThis as typeof globalThis & { __stopTestDatabase?: () => Promise<void> };

export default async function globalTeardown(): Promise<void> {
  await globals.__stopTestDatabase?.();
}
