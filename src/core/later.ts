/**
 * A part of a widget that is fetched after its first question is on screen (the words of the
 * signs, the booking form): requested at once, but never waited for before the first render.
 * A failed request is tried again the next time the part is needed.
 */
import {html} from 'lit';
import {msg} from '@lit/localize';

export interface Later<T> {
  /** The module, or undefined while it is on its way (asking starts or retries the request). */
  get(): T | undefined;
  /** Resolves with the module, or undefined when the request failed. */
  ready(): Promise<T | undefined>;
}

export function later<T>(load: () => Promise<T>): Later<T> {
  let value: T | undefined;
  let loading: Promise<T | undefined> | undefined;
  const ready = () =>
    (loading ??= load().then(
      (m) => (value = m),
      () => {
        loading = undefined;
        return undefined;
      },
    ));
  return {
    ready,
    get() {
      if (!value) void ready();
      return value;
    },
  };
}

/** Shown in the rare case a person reaches a part before it has arrived. */
export const stillLoading = () => html`<p class="hint" role="status">${msg('Loading…', {id: 'status.loading'})}</p>`;
