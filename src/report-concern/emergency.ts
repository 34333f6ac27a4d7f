/**
 * The panel shown as soon as the person says someone is in immediate danger: the emergency number
 * for `country` as a working `tel:` link (UK: 999, text relay 18000, emergencySMS), the national
 * helpline, or a plain sentence when we have no checked number for that country (never a guess).
 */
import {html, nothing} from 'lit';
import {emergencyFor, helplineFor, telHref} from '../core/contacts.js';
import {helplineLine} from '../core/delivery-status.js';
import {regionName} from '../core/intl.js';
import {w} from './words.js';

const countryName = (code: string) => regionName(code);

export function emergencyPanel(country: string) {
  const e = emergencyFor(country);
  return html`<div class="emergency" part="emergency">
    <h3>${w.callNow()}</h3>
    ${e
      ? html`<p>
            <a class="button warning call" href=${telHref(e.call)}>${w.call()} <bdi class="ltr">${e.call.display}</bdi></a>
          </p>
          ${e.textRelay
            ? html`<p>${w.textRelay()} <a href=${telHref(e.textRelay)} class="ltr"><bdi>${e.textRelay.display}</bdi></a></p>`
            : nothing}
          ${e.emergencySms
            ? html`<p>${w.emergencySms()} <a href="sms:${e.call.dial}" class="ltr"><bdi>${e.call.display}</bdi></a></p>`
            : nothing}`
      : html`<p><strong>${w.noNumber(countryName(country))}</strong></p>`}
    ${helplineFor(country) ? helplineLine(country) : nothing}
    <p>${w.afterEmergency()}</p>
  </div>`;
}
