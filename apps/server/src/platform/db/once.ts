/** Wraps an async function so that every call after the first gets the first call's promise (close, shutdown). */
export function once<T>(run: () => Promise<T>): () => Promise<T> {
  let started: Promise<T> | undefined;
  return () => (started ??= run());
}
