import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {WidgetElement} from '../core/widget-element.js';
import {visibleText} from '../core/read-aloud.js';
import {buttonStyles, formStyles, reserveSpace} from '../core/styles.js';
import {encodeHandoff, type Handoff} from '../core/handoff.js';
import {EXPLOITATION_TYPES, type ExploitationType} from '../core/vocabulary.js';
import {INDICATOR_GROUPS, INDICATORS, indicatorLabel, placeTypeLabel, PLACE_SUGGESTS, PLACE_TYPES, typesForIndicators, type IndicatorGroupId, type PlaceType} from '../indicators/index.js';
import {checklistStyles} from './indicator-checklist.styles.js';
import {emergencyLine, emphasisFor, helpline, meaning} from './guidance.js';
import {prefillReportForm, reportUrlWith} from './handoff-to-form.js';
import {noteText, reportAction, signGroup, START_TYPES, startQuestions, type Note} from './signs-view.js';
import {FocusAfterUpdate} from '../core/focus.js';
import type {SendPart} from './send.js';

/** What the person chose: ids and types only, never free text (the hand-off and the optional send carry exactly this). */
export interface ChecklistSelection extends Handoff {
  exploitationTypes: ExploitationType[];
  indicators: string[];
  placeType?: PlaceType;
}

const ALL_GROUPS = INDICATOR_GROUPS.map((g) => g.id);

const isPlace = (v: string | undefined): v is PlaceType => (PLACE_TYPES as readonly string[]).includes(v ?? '');
const isStartType = (v: string | undefined): v is ExploitationType => (START_TYPES as readonly string[]).includes(v ?? '');

/**
 * "Spot the signs": the recognised signs of modern slavery in plain language, grouped by
 * type of exploitation, leading to the right next step: the emergency number in danger, the
 * helpline, or the report form pre-filled with what was ticked.
 *
 * Put fallback content inside the tag (the helpline number and a link) for pages without JavaScript.
 * Nothing the person ticks is stored on the device or sent anywhere, unless the host sets
 * `endpoint` and the person presses "Send the signs" (anonymous: ids, types and place type only).
 *
 * @tag hope-indicator-checklist
 * @summary "Spot the signs": the recognised signs of modern slavery in plain language, grouped by
 * type of exploitation, leading to the right next step: the emergency number in danger, the
 * helpline, or the report form pre-filled with what was ticked.
 * @fires {CustomEvent<HopeEventDetail>} hope-submit - Before an optional send of the selection. Not cancelable. Never carries the answers.
 * @fires {CustomEvent<HopeEventDetail>} hope-submitted - The selection was delivered.
 * @fires {CustomEvent<HopeEventDetail>} hope-error - A send failed or will be retried, or `endpoint` is set but unusable.
 * @csspart base - The wrapper (carries `lang` and `dir`).
 * @csspart read-aloud - The Listen / Stop button (shown only when the device has a voice for the page's language).
 * @csspart language-switcher - The language switcher (absent with `language-switcher="off"`).
 * @csspart not-sent - "It has not been sent": the endpoint refused it or is misconfigured; shows the helpline.
 * @csspart heading - The title.
 * @csspart start - The "where did you see it / what might be happening" questions.
 * @csspart group - One group of signs (heading button and its signs).
 * @csspart results - The "what you can do" panel.
 * @csspart guidance - The live part of the panel: danger, meaning, helpline, reporting.
 * @csspart report-button - The button that hands the selection to the report form.
 * @csspart clear-button - The "Clear all" button that unticks every sign.
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
 * @cssproperty --hope-group-heading-size - Font size of group headings (default 1.1875em).
 * @cssproperty --hope-space - Base spacing (default 1rem).
 * @cssproperty --hope-lede-size - Font size of the opening paragraph (default 1.125em).
 * @cssproperty --hope-color-secondary-text - Hints and captions (default #484949).
 */
export class HopeIndicatorChecklist extends WidgetElement {
  static override styles = [...WidgetElement.styles, formStyles, buttonStyles, checklistStyles, reserveSpace('indicator-checklist')];

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
  private readonly focusNext = new FocusAfterUpdate(this);

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
    // A rejection that names the answers: mark them, open the group of the first sign, focus the summary.
    const sender = this.sender;
    if (sender?.sync((p) => this.fieldFor(p)) && sender.errors.length) {
      const first = this.selection.indicators[0];
      const group = first && INDICATORS.find((i) => i.id === first)?.group;
      if (group && sender.errors.some((e) => e.field.startsWith('sign-')) && !this.open.has(group)) this.open = new Set([...this.open, group]);
      this.focusNext.request('[data-error-summary]');
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

  private readonly onPlace = (value: string) => {
    this.place = isPlace(value) ? value : '';
    this.open = this.openFor(this.place, this.type, this.ticked);
    this.changed();
  }

  private readonly onType = (value: string) => {
    this.type = isStartType(value) ? value : '';
    this.open = this.openFor(this.place, this.type, this.ticked);
    this.changed();
  }

  private readonly onTick = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const next = new Set(this.ticked);
    if (input.checked) next.add(input.value);
    else next.delete(input.value);
    this.ticked = next;
    this.changed();
  };

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
    this.focusNext.request('#title');
  }

  private readonly report = async () => {
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
  };

  private send() {
    const {indicators, exploitationTypes, placeType} = this.selection;
    if (!indicators.length) return;
    this.sender?.send({
      indicators,
      ...(exploitationTypes.length ? {exploitationTypes} : {}),
      ...(placeType ? {placeType} : {}),
    });
  }

  /** Listen: the signs ticked, then what the person can do (the guidance and who to call). */
  protected override readAloudText(): string {
    const root = this.renderRoot;
    const ticked = [...root.querySelectorAll<HTMLInputElement>('input[name=indicators]:checked')]
      .map((i) => root.querySelector(`label[for="${i.id}"]`)?.textContent?.trim())
      .filter(Boolean);
    return [ticked.join('. '), visibleText(root, '.results')].filter(Boolean).join('. ');
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
      ${startQuestions({
        place: this.place,
        type: this.type,
        placeError: this.sender?.message('start-place'),
        typeError: this.sender?.message('start-type'),
        onPlace: this.onPlace,
        onType: this.onType,
      })}
      <div class="toolbar">
        <p>${msg(str`Signs ticked: ${count}`, {id: 'indicator-checklist.ticked-count'})}</p>
        <button type="button" class="link-button" aria-expanded=${allOpen ? 'true' : 'false'} @click=${this.toggleAll}>
          ${allOpen ? msg('Hide all signs', {id: 'indicator-checklist.hide-all'}) : msg('Show all signs', {id: 'indicator-checklist.show-all'})}
        </button>
      </div>
      <div class="groups">${INDICATOR_GROUPS.map((g) =>
        signGroup(g, {
          open: this.open.has(g.id),
          ticked: this.ticked,
          firstTicked: indicators[0],
          error: this.sender?.message(`sign-${indicators[0]}`),
          onTick: this.onTick,
          toggle: () => this.toggleGroup(g.id),
        }),
      )}</div>
      <section class="results ${emphasis}" part="results" aria-labelledby="results-title">
        <h2 id="results-title">${msg('What you can do', {id: 'indicator-checklist.results.title'})}</h2>
        <div class="guidance" part="guidance" aria-live="polite">
          ${emergencyLine(country, danger)} ${meaning(count)} ${helpline(country)}
          ${this.reportForm || this.reportUrl ? reportAction(count, emphasis === 'several' || emphasis === 'danger', this.report) : nothing} ${noteText(this.note)}
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
