/**
 * A feed request started while its element's code is still on the way: the script-tag loader
 * calls `prefetchFeed` on seeing `src`, and the element's FeedController takes that request
 * instead of making its own, so the feed costs no round trip of its own. Kept apart from
 * feed.ts so the loader does not carry the whole feed controller.
 */

/** The request every feed load makes (the controller and the prefetch must match). */
export const feedInit = (credentials: RequestCredentials, signal: AbortSignal): RequestInit => ({signal, credentials, headers: {Accept: 'application/json'}});

/** Requests started early, by URL; each is taken once. */
const early = new Map<string, {response: Promise<Response>; credentials: RequestCredentials; abort: AbortController}>();

export function prefetchFeed(src: string, credentials: RequestCredentials): void {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return; // the element will report the broken URL
  }
  if (early.has(url.href) || !/^https?:$/.test(url.protocol)) return;
  const abort = new AbortController();
  const response = fetch(url.href, feedInit(credentials, abort.signal));
  response.catch(() => {});
  early.set(url.href, {response, credentials, abort});
}

/** The early request for this URL, if one was made with the same credentials (dropped otherwise). */
export function takePrefetched(href: string, credentials: RequestCredentials, signal: AbortSignal): Promise<Response> | undefined {
  const pre = early.get(href);
  early.delete(href);
  if (!pre) return undefined;
  if (pre.credentials !== credentials) {
    pre.abort.abort();
    return undefined;
  }
  signal.addEventListener('abort', () => pre.abort.abort());
  return pre.response;
}
