/**
 * Requests started by the boot script before the app's code has even been parsed, handed over once to
 * whoever asks for the same URL. Only GETs of public data belong here.
 */
const started = new Map<string, Promise<Response>>()

/** Starts a GET now, unless one for this URL is already waiting to be taken. */
export function fetchEarly(url: string): void {
  if (!started.has(url)) started.set(url, fetch(url, { headers: { accept: 'application/json' } }))
}

/** The early response for `url`, once (a later call fetches afresh), or undefined if none was started. */
export function takeEarlyFetch(url: string): Promise<Response> | undefined {
  const response = started.get(url)
  started.delete(url)
  return response
}
