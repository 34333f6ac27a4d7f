import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {SendingElement} from '../core/sending-element.js';
import {buttonStyles, formStyles} from '../core/styles.js';
import {encodeHandoff, type Handoff} from '../core/handoff.js';
import {EXPLOITATION_TYPES, exploitationTypeLabel, type ExploitationType} from '../core/vocabulary.js';
import {
  INDICATOR_GROUPS,
  INDICATORS,
  groupLabel,
  indicatorExplanation,
  indicatorLabel,
  placeTypeLabel,
  PLACE_SUGGESTS,
  PLACE_TYPES,
  typesForIndicators,
  type IndicatorGroup,
  type IndicatorGroupId,
  type PlaceType,
} from '../indicators/index.js';
import {checklistStyles} from './indicator-checklist.styles.js';
import {emergencyLine, emphasisFor, helpline, meaning} from './guidance.js';
import {prefillReportForm, reportUrlWith} from './handoff-to-form.js';
import type {SendPart} from './send.js';

/** What the person chose: ids and types only, never free text (the hand-off and the optional send carry exactly this). */
export interface ChecklistSelection extends Handoff {
  exploitationTypes: ExploitationType[];
  indicators: string[];
  placeType?: PlaceType;
}

type Note = '' | 'opening' | 'added' | 'failed' | 'cleared';

/** Types a person can start from: those with a group of signs of their own. */
const START_TYPES = INDICATOR_GROUPS.map((g) => g.id).filter((id): id is IndicatorGroupId & ExploitationType => id !== 'general');
const ALL_GROUPS = INDICATOR_GROUPS.map((g) => g.id);

const isPlace = (v: string | undefined): v is PlaceType => (PLACE_TYPES as readonly string[]).includes(v ?? '');
const isStartType = (v: string | undefined): v is ExploitationType => (START_TYPES as readonly string[]).includes(v ?? '');

/**
 * @tag hope-indicator-checklist
 * @summary "Spot the signs": the recognised signs of modern slavery in plain language, grouped by
 * type of exploitation, leading to the right next step: the emergency number in danger, the
 * helpline, or the report form pre-filled with what was ticked.
 *
 * Put fallback content inside the tag (the helpline number and a link) for pages without JavaScript.
 * Nothing the person ticks is stored on the device or sent anywhere, unless the host sets
 * `endpoint` and the person presses "Send the signs" (anonymous: ids, types and place type only).
 *
 * @fires hope-submit - Before an optional send of the selection. Not cancelable. Never carries the answers.
 * @fires hope-submitted - The selection was delivered.
 * @fires hope-error - A send failed or will be retried, or `endpoint` is set but unusable.
 * @csspart base - The wrapper (carries `lang` and `dir`).
 * @csspart heading - The title.
 * @csspart start - The "where did you see it / what might be happening" questions.
 * @csspart group - One group of signs (heading button and its signs).
 * @csspart results - The "what you can do" panel.
 * @csspart guidance - The live part of the panel: danger, meaning, helpline, reporting.
 * @csspart report-button - The button that hands the selection to the report form.
 * @csspart send - The optional send area (only with `endpoint`).
 * @csspart send-button - The optional send button.
 * @csspart status - The live status of an optional send.
 * @csspart confirmation - The confirmation panel after a send.
 * @csspart config-message - Shown when `endpoint` is set but unusable.
 * @csspart error-summary - The error summary after a rejected send.
 * @cssproperty --hope-color-text - Text colour (inherits by default).
 * @cssproperty --hope-color-link - Link and group-heading colour (default #1d70b8).
 * @cssproperty --hope-color-focus - Focus highlight (default #ffdd00).
 * @cssproperty --hope-color-error - Danger and error colour (default #d4351c).
 * @cssproperty --hope-color-border - Lines between groups (default #b1b4b6).
 * @cssproperty --hope-color-results-border - Border of the results panel (default #1d70b8).
 * @cssproperty --hope-color-button - Primary button background (default #00703c).
 * @cssproperty --hope-group-heading-size - Font size of group headings (default 1.1875rem).
 * @cssproperty --hope-space - Base spacing (default 1rem).
 */
export class HopeIndicatorChecklist extends SendingElement {
  static override styles = [...SendingElement.styles, formStyles, buttonStyles, checklistStyles];

  /**
   * Id of a `hope-report-concern` on this page (or of an element around one). "Report what you
   * saw" calls its `prefill()` with the selection, then scrolls to it and focuses it.
   */
  @property({attribute: 'report-form'}) reportForm?: string;

  /**
   * Address of the report page, for a report form on another page. "Report what you saw" clears
   * the checklist and replaces this page with that address plus `#hope-report=v1;…` (ids and
   * types only). Used when `report-form` is not set or not found.
   */
  @property({attribute: 'report-url'}) reportUrl?: string;

  /** Name of the organisation that receives the optional send, shown on its button. */
  @property() organisation?: string;

  /** Start from this place type (e.g. `car-wash` on a car-wash campaign page). */
  @property({attribute: 'place-type'}) placeType?: string;

  /** Start from this type of exploitation (`labour`, `sexual`, `criminal`, `domestic-servitude`, `child`). */
  @property({attribute: 'exploitation-type'}) exploitationType?: string;

  /**
   * How the page is left for `report-url`. Defaults to `location.replace`, so Back does not
   * return to the checklist. Replace it only in tests.
   */
  @property({attribute: false}) navigate: (url: string) => void = (url) => location.replace(url);

  @state() private ticked: ReadonlySet<string> = new Set();
  @state() private place: PlaceType | '' = '';
  @state() private type: ExploitationType | '' = '';
  @state() private open: ReadonlySet<IndicatorGroupId> = new Set(['general']);
  @state() private note: Note = '';

  private sender?: SendPart;
  private loadingSender?: Promise<unknown>;
  private focusTitle = false;

  /** The current selection: exploitation types (chosen, or pointed to by the ticked signs), indicator ids in catalogue order, place type. */
  get selection(): ChecklistSelection {
    const indicators = INDICATORS.filter((i) => this.ticked.has(i.id)).map((i) => i.id);
    const types = new Set<ExploitationType>(typesForIndicators(indicators));
    if (this.type) types.add(this.type);
    return {
      exploitationTypes: EXPLOITATION_TYPES.filter((t) => types.has(t)),
      indicators,
      ...(this.place ? {placeType: this.place} : {}),
    };
  }

  /** Forget everything the person chose (quick exit and "Clear all" call it). Nothing else is kept anywhere. */
  override clear(): void {
    this.ticked = new Set();
    this.place = isPlace(this.placeType) ? this.placeType : '';
    this.type = isStartType(this.exploitationType) ? this.exploitationType : '';
    this.open = this.openFor(this.place, this.type, new Set());
    this.note = '';
    this.sender?.reset();
  }

  /** Resolves after the optional send part (loaded on demand) has rendered too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.loadingSender) {
      await this.loadingSender;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('placeType') || changed.has('exploitationType')) {
      if (changed.has('placeType')) this.place = isPlace(this.placeType) ? this.placeType : '';
      if (changed.has('exploitationType')) this.type = isStartType(this.exploitationType) ? this.exploitationType : '';
      this.open = this.openFor(this.place, this.type, this.ticked);
    }
    const wantsToSend = this.endpoint !== undefined || this.deliver !== undefined;
    if (wantsToSend && !this.sender && !this.loadingSender) {
      this.loadingSender = import('./send.js').then((m) => {
        this.sender = new m.SendPart(this, (p) => this.fieldFor(p));
        this.loadingSender = undefined;
        this.requestUpdate();
      });
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const sender = this.sender;
    if (sender?.sync((p) => this.fieldFor(p))) {
      const first = this.selection.indicators[0];
      const group = first && INDICATORS.find((i) => i.id === first)?.group;
      if (group && sender.errors.some((e) => e.field.startsWith('sign-')) && !this.open.has(group)) this.open = new Set([...this.open, group]);
      this.requestUpdate();
    } else if (sender?.focusSummary) {
      sender.focusSummary = false;
      this.renderRoot.querySelector<HTMLElement>('[data-error-summary]')?.focus();
    }
    if (this.focusTitle) {
      this.focusTitle = false;
      this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
    }
  }

  private fieldFor(pointer: string): string | undefined {
    if (pointer.startsWith('/data/indicators')) {
      const first = this.selection.indicators[0];
      return first ? `sign-${first}` : undefined;
    }
    if (pointer.startsWith('/data/placeType')) return 'start-place';
    if (pointer.startsWith('/data/exploitationTypes')) return 'start-type';
    return undefined;
  }

  /** General signs, the groups a place or type suggests, and any group with a ticked sign. */
  private openFor(place: PlaceType | '', type: ExploitationType | '', ticked: ReadonlySet<string>): ReadonlySet<IndicatorGroupId> {
    const types: string[] = [...(place ? PLACE_SUGGESTS[place] : []), ...(type ? [type] : [])];
    const open = new Set<IndicatorGroupId>(['general']);
    for (const g of INDICATOR_GROUPS) if (g.types.some((t) => types.includes(t)) && g.id !== 'general') open.add(g.id);
    for (const i of INDICATORS) if (ticked.has(i.id)) open.add(i.group);
    return open;
  }

  private onPlace(e: Event) {
    const value = (e.target as HTMLSelectElement).value;
    this.place = isPlace(value) ? value : '';
    this.open = this.openFor(this.place, this.type, this.ticked);
    this.changed();
  }

  private onType(e: Event) {
    const value = (e.target as HTMLSelectElement).value;
    this.type = isStartType(value) ? value : '';
    this.open = this.openFor(this.place, this.type, this.ticked);
    this.changed();
  }

  private onTick(e: Event) {
    const input = e.target as HTMLInputElement;
    const next = new Set(this.ticked);
    if (input.checked) next.add(input.value);
    else next.delete(input.value);
    this.ticked = next;
    this.changed();
  }

  private changed() {
    this.note = '';
    this.sender?.selectionChanged();
  }

  private toggleGroup(id: IndicatorGroupId) {
    const next = new Set(this.open);
    if (!next.delete(id)) next.add(id);
    this.open = next;
  }

  private toggleAll() {
    this.open = this.open.size === ALL_GROUPS.length ? new Set() : new Set(ALL_GROUPS);
  }

  private clearAll() {
    this.clear();
    this.note = 'cleared';
    this.focusTitle = true;
  }

  private async report() {
    const selection = this.selection;
    if (this.reportForm) {
      this.note = 'opening';
      if (await prefillReportForm(this, this.reportForm, selection)) {
        this.note = 'added';
        return;
      }
      if (!this.reportUrl) {
        console.error(`hope-widgets: <hope-indicator-checklist> report-form="${this.reportForm}" names no hope-report-concern with prefill() on this page.`);
        this.note = 'failed';
        return;
      }
    }
    const target = this.reportUrl ? reportUrlWith(this.reportUrl, encodeHandoff(selection)) : undefined;
    if (!target) {
      console.error(`hope-widgets: <hope-indicator-checklist> report-url "${this.reportUrl}" is not an http(s) address.`);
      this.note = 'failed';
      return;
    }
    this.clear();
    this.navigate(target);
  }

  private send() {
    const {indicators, exploitationTypes, placeType} = this.selection;
    if (!indicators.length) return;
    this.sender?.send({
      indicators,
      ...(exploitationTypes.length ? {exploitationTypes} : {}),
      ...(placeType ? {placeType} : {}),
    });
  }

  private renderGroup(group: IndicatorGroup, firstTicked: string | undefined) {
    const open = this.open.has(group.id);
    const signs = INDICATORS.filter((i) => i.group === group.id);
    const count = signs.filter((i) => this.ticked.has(i.id)).length;
    const label = groupLabel(group.id);
    const signsError = this.sender?.message(`sign-${firstTicked}`);
    return html`<div class="group" part="group">
      <h3 class="group-heading">
        <button type="button" class="group-toggle" id="toggle-${group.id}" aria-expanded=${open ? 'true' : 'false'}
          aria-controls="group-${group.id}" @click=${() => this.toggleGroup(group.id)}>
          <span class="group-title">${label}</span>
          ${count ? html`<span class="group-count">${msg(str`${count} ticked`, {id: 'indicator-checklist.group.ticked'})}</span>` : nothing}
          <span class="chevron" aria-hidden="true"></span>
        </button>
      </h3>
      <div class="group-body" id="group-${group.id}" ?hidden=${!open}>
        <fieldset>
          <legend class="visually-hidden">${label}</legend>
          <div class="choices">
            ${signs.map((i) => {
              const explanation = indicatorExplanation(i.id);
              const errorHere = signsError && i.id === firstTicked;
              const describedBy = [explanation ? `sign-${i.id}-hint` : '', errorHere ? 'signs-error' : ''].filter(Boolean).join(' ');
              return html`<div class="choice">
                <input type="checkbox" id="sign-${i.id}" name="indicators" value=${i.id} .checked=${this.ticked.has(i.id)}
                  autocomplete="off" aria-describedby=${describedBy || nothing} @change=${this.onTick} />
                <div class="sign">
                  <label for="sign-${i.id}">${indicatorLabel(i.id)}</label>
                  ${explanation ? html`<p class="hint" id="sign-${i.id}-hint">${explanation}</p>` : nothing}
                  ${errorHere ? this.sender!.inline('signs', signsError) : nothing}
                </div>
              </div>`;
            })}
          </div>
        </fieldset>
        <p class="source" lang="en">
          ${msg('Source:', {id: 'indicator-checklist.source'})}
          ${group.sources.map((s) => html`<a href=${s.url} rel="noreferrer">${s.title}</a>`)}
        </p>
      </div>
    </div>`;
  }

  private renderStart() {
    const placeError = this.sender?.message('start-place');
    const typeError = this.sender?.message('start-type');
    return html`<fieldset class="start" part="start">
      <legend>${msg('Start here (you can skip this)', {id: 'indicator-checklist.start.legend'})}</legend>
      <div class="form-group ${placeError ? 'has-error' : ''}">
        <label class="label" for="start-place">${msg('Where did you see it?', {id: 'indicator-checklist.start.place'})}</label>
        ${placeError ? this.sender!.inline('start-place', placeError) : nothing}
        <select id="start-place" autocomplete="off" aria-describedby=${placeError ? 'start-place-error' : nothing} @change=${this.onPlace}>
          <option value="" .selected=${!this.place}>${msg('Choose a place', {id: 'indicator-checklist.start.place-none'})}</option>
          ${PLACE_TYPES.map((p) => html`<option value=${p} .selected=${this.place === p}>${placeTypeLabel(p)}</option>`)}
        </select>
      </div>
      <div class="form-group ${typeError ? 'has-error' : ''}">
        <label class="label" for="start-type">${msg('What do you think might be happening?', {id: 'indicator-checklist.start.type'})}</label>
        ${typeError ? this.sender!.inline('start-type', typeError) : nothing}
        <select id="start-type" autocomplete="off" aria-describedby=${typeError ? 'start-type-error' : nothing} @change=${this.onType}>
          <option value="" .selected=${!this.type}>${msg('I am not sure', {id: 'indicator-checklist.start.type-none'})}</option>
          ${START_TYPES.map((t) => html`<option value=${t} .selected=${this.type === t}>${exploitationTypeLabel(t)}</option>`)}
        </select>
      </div>
    </fieldset>`;
  }

  private renderReport(count: number, strong: boolean) {
    if (!this.reportForm && !this.reportUrl) return nothing;
    return html`<div class="report">
      <p>
        ${count
          ? msg('You can report what you saw. The signs you ticked will be filled in for you.', {id: 'indicator-checklist.report.with-signs'})
          : msg('You can report a concern even if none of these signs fit.', {id: 'indicator-checklist.report.without-signs'})}
      </p>
      <button type="button" class="button ${strong ? '' : 'secondary'}" part="report-button" @click=${this.report}>
        ${msg('Report what you saw', {id: 'indicator-checklist.report.button'})}
      </button>
    </div>`;
  }

  private renderNote() {
    switch (this.note) {
      case 'opening':
        return html`<p>${msg('Opening the report form…', {id: 'indicator-checklist.note.opening'})}</p>`;
      case 'added':
        return html`<p>${msg('The report form below now has the signs you ticked.', {id: 'indicator-checklist.note.added'})}</p>`;
      case 'failed':
        return html`<p class="notice warning">
          ${msg('The report form could not be opened. You can still contact the helpline above.', {id: 'indicator-checklist.note.failed'})}
        </p>`;
      case 'cleared':
        return html`<p>${msg('Everything you chose has been cleared.', {id: 'indicator-checklist.note.cleared'})}</p>`;
      default:
        return nothing;
    }
  }

  override render() {
    const country = this.countryCode;
    const {indicators} = this.selection;
    const count = indicators.length;
    const danger = INDICATORS.some((i) => i.danger && this.ticked.has(i.id));
    const emphasis = emphasisFor(count, danger);
    const allOpen = this.open.size === ALL_GROUPS.length;
    const chosen = count > 0 || this.place !== '' || this.type !== '';
    return this.frame(html`
      ${this.languageSwitcherTemplate()}
      <h2 id="title" part="heading" tabindex="-1">${msg('Spot the signs', {id: 'indicator-checklist.title'})}</h2>
      <p class="lede">
        ${msg('Tick what you noticed. These are signs that experts look for. You do not need to be sure.', {id: 'indicator-checklist.lede'})}
      </p>
      ${emergencyLine(country, false)}
      <p class="hint">
        ${msg('Nothing you tick is saved on this device or sent anywhere unless you choose to.', {id: 'indicator-checklist.privacy'})}
      </p>
      ${this.renderStart()}
      <div class="toolbar">
        <p>${msg(str`Signs ticked: ${count}`, {id: 'indicator-checklist.ticked-count'})}</p>
        <button type="button" class="link-button" aria-expanded=${allOpen ? 'true' : 'false'} @click=${this.toggleAll}>
          ${allOpen ? msg('Hide all signs', {id: 'indicator-checklist.hide-all'}) : msg('Show all signs', {id: 'indicator-checklist.show-all'})}
        </button>
      </div>
      <div class="groups">${INDICATOR_GROUPS.map((g) => this.renderGroup(g, indicators[0]))}</div>
      <section class="results ${emphasis}" part="results" aria-labelledby="results-title">
        <h2 id="results-title">${msg('What you can do', {id: 'indicator-checklist.results.title'})}</h2>
        <div class="guidance" part="guidance" aria-live="polite">
          ${emergencyLine(country, danger)} ${meaning(count)} ${helpline(country)}
          ${this.renderReport(count, emphasis === 'several' || emphasis === 'danger')} ${this.renderNote()}
        </div>
        <div class="print-only">
          <h3>${msg('Signs you ticked', {id: 'indicator-checklist.print.ticked'})}</h3>
          <ul>
            ${indicators.map((id) => html`<li>${indicatorLabel(id)}</li>`)}
          </ul>
          ${this.place ? html`<p>${msg('Where:', {id: 'indicator-checklist.print.where'})} ${placeTypeLabel(this.place)}</p>` : nothing}
        </div>
        ${this.sender?.render({count, country, organisation: this.organisation, root: this.renderRoot, onSend: () => this.send()}) ?? nothing}
        ${chosen
          ? html`<div class="actions">
              <button type="button" class="button secondary" part="clear-button" @click=${this.clearAll}>
                ${msg('Clear all', {id: 'indicator-checklist.clear'})}
              </button>
            </div>`
          : nothing}
      </section>
    `);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hope-indicator-checklist': HopeIndicatorChecklist;
  }
}
