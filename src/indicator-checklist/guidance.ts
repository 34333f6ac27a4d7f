/**
 * What the results panel says, in this order: danger first (the emergency number for the
 * country, or plainly that we have no checked one), what the ticked signs can mean and who
 * decides, then the national helpline as working links. It never says that something is or is
 * not slavery. Every string is looked up at render time.
 */
import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import {emergencyFor, helplineFor, telHref} from '../core/contacts.js';
import {regionName} from '../core/intl.js';

/** How strongly the panel urges action: the number of signs changes only this, never the options. */
export type Emphasis = 'none' | 'some' | 'several' | 'danger';

export function emphasisFor(count: number, danger: boolean): Emphasis {
  if (danger) return 'danger';
  if (!count) return 'none';
  return count >= 3 ? 'several' : 'some';
}

const countryName = (code: string) => regionName(code);

/** "If anyone is in danger now, call 999", or that we have no checked number for the country. */
export function emergencyLine(country: string, danger: boolean) {
  const e = emergencyFor(country);
  if (!e) {
    const name = countryName(country);
    return html`<p class="danger-line">
      ${msg(str`We do not have a checked emergency number for ${name}. If anyone is in danger now, call your local emergency number.`, {
        id: 'indicator-checklist.no-emergency-number',
      })}
    </p>`;
  }
  return html`<div class=${danger ? 'notice warning' : ''}>
    ${danger
      ? html`<p><strong>${msg('Some of the signs you ticked can mean that someone is in danger.', {id: 'indicator-checklist.danger.signs'})}</strong></p>`
      : nothing}
    <p class="danger-line">
      ${msg('If anyone is in danger now, call', {id: 'indicator-checklist.danger.call'})}
      <a class="tel ltr" href=${telHref(e.call)}><bdi>${e.call.display}</bdi></a>.
      ${e.textRelay
        ? html`${msg('If you cannot speak or hear on the phone, use text relay:', {id: 'indicator-checklist.danger.text-relay'})}
            <a class="tel ltr" href=${telHref(e.textRelay)}><bdi>${e.textRelay.display}</bdi></a>.`
        : nothing}
    </p>
  </div>`;
}

/** What the signs can mean and who decides: more signs change the emphasis, never the message. */
export function meaning(count: number) {
  if (!count) {
    return html`<p>${msg('Tick the signs you noticed. What you can do will show here.', {id: 'indicator-checklist.meaning.none'})}</p>`;
  }
  return html`<p><strong>${msg(str`Signs you ticked: ${count}`, {id: 'indicator-checklist.meaning.count'})}</strong></p>
    <p>
      ${count >= 3
        ? msg('When several signs appear together, it matters even more that you tell someone.', {id: 'indicator-checklist.meaning.several'})
        : msg('A sign can have other explanations. It can also mean that someone is being exploited.', {id: 'indicator-checklist.meaning.some'})}
      ${msg('You do not need to be sure. It is not up to you to decide what is happening: trained people at a helpline or the police do that.', {
        id: 'indicator-checklist.meaning.who-decides',
      })}
    </p>`;
}

/** The national modern-slavery helpline as working links, or plainly that we have none. */
export function helpline(country: string) {
  const h = helplineFor(country);
  if (!h) {
    return html`<p>
      ${msg('We do not have a checked helpline for this country. The organisation that runs this website may be able to tell you who to contact.', {
        id: 'indicator-checklist.no-helpline',
      })}
    </p>`;
  }
  const web = h.web ? new URL(h.web) : undefined;
  return html`<p>
      ${msg('Talk to the helpline:', {id: 'indicator-checklist.helpline.intro'})}
      <strong><bdi>${h.name}</bdi></strong>
    </p>
    <ul class="contacts">
      <li>
        ${msg('Phone:', {id: 'indicator-checklist.helpline.phone'})}
        <a class="tel ltr" href=${telHref(h.call)}><bdi>${h.call.display}</bdi></a>
      </li>
      ${h.text
        ? html`<li>
            ${msg('Text:', {id: 'indicator-checklist.helpline.text'})}
            <a class="tel ltr" href="sms:${h.text.dial}"><bdi>${h.text.display}</bdi></a>
          </li>`
        : nothing}
      ${web
        ? html`<li>
            ${msg('Online:', {id: 'indicator-checklist.helpline.online'})}
            <a href=${web.href} rel="noreferrer"><bdi class="ltr">${web.host.replace(/^www\./, '') + web.pathname.replace(/\/$/, '')}</bdi></a>
          </li>`
        : nothing}
    </ul>
    <p>
      ${h.id === 'gb-modern-slavery-helpline'
        ? msg('It is free, confidential and open 24 hours a day, every day. You do not have to give your name.', {id: 'indicator-checklist.helpline.gb'})
        : msg('It is open 24 hours a day, every day.', {id: 'indicator-checklist.helpline.hours'})}
    </p>`;
}
