import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {WidgetElement} from '../core/widget-element.js';
import {visibleText} from '../core/read-aloud.js';
import {FocusAfterUpdate} from '../core/focus.js';
import {httpUrl} from '../core/validators.js';
import {SubmissionController, type SubmissionState} from '../core/submission.js';
import {configMessage, deliveryStatus, helplineLine} from '../core/delivery-status.js';
import {errorSummary, honeypot, serverFieldErrors, type FieldError} from '../core/form-kit.js';
import {takeHandoffFromLocation, type Handoff} from '../core/handoff.js';
import {EXPLOITATION_TYPES, isExploitationType} from '../core/vocabulary.js';
import {buttonStyles, formStyles, reserveSpace} from '../core/styles.js';
import {INDICATOR_IDS} from '../indicators/catalogue.js';
import {PLACE_TYPES} from '../indicators/places.js';
import {
  FIELDS,
  STEPS,
  emptyAnswers,
  fieldForPointer,
  looksLikeUkPostcode,
  problemsFor,
  stepOf,
  toData,
  type Answers,
  type Field,
  type Problem,
  type Step,
} from './answers.js';
import {emergencyPanel} from './emergency.js';
import {later, stillLoading} from '../core/later.js';
import {dangerStep, heading} from './first-step.js';
import {problemText, w} from './words.js';
import {reportConcernStyles} from './report-concern.styles.js';

const KNOWN = {exploitationTypes: EXPLOITATION_TYPES, indicators: INDICATOR_IDS, placeTypes: PLACE_TYPES};
const QUESTIONS = STEPS.length - 1;
/** The steps after the first question and check-answers, fetched once the first question is on screen. */
const laterSteps = later(() => import('./later-steps.js'));
const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/** What the report form can be given by the indicator checklist (or any host): ids only, never free text. */
export type ReportPrefill = Partial<Handoff>;

/**
 * Report a concern about modern slavery: a GOV.UK-style multi-step form that starts with
 * the immediate-danger question, ends with "check your answers", and sends one envelope
 * (`hope-widgets/report-concern@1`) to `endpoint`, exactly once.
 *
 * Put fallback content inside the tag for pages without JavaScript, e.g. the helpline number.
 * Reads a `#hope-report=v1;…` hand-off from the indicator checklist (then removes it from the
 * address bar) and merges it like `prefill()`.
 *
 * @tag hope-report-concern
 * @summary Report a concern about modern slavery: a GOV.UK-style multi-step form that starts with
 * the immediate-danger question, ends with "check your answers", and sends one envelope
 * (`hope-widgets/report-concern@1`) to `endpoint`, exactly once.
 * @fires {CustomEvent<HopeEventDetail>} hope-submit - Once per envelope, before the first attempt. Not cancelable (hosts that deliver themselves set `deliver`). Detail never holds answers.
 * @fires {CustomEvent<HopeEventDetail>} hope-submitted - Delivered: `{kind, id, schema, status, reference}`.
 * @fires {CustomEvent<HopeEventDetail>} hope-error - Queued (`willRetry: true`), rejected, or not configured (`kind: 'config'`).
 * @csspart base - The wrapper (carries `lang` and `dir`).
 * @csspart read-aloud - The Listen / Stop button (shown only when the device has a voice for the page's language).
 * @csspart language-switcher - The language switcher (absent with `language-switcher="off"`).
 * @csspart not-sent - "It has not been sent": the endpoint refused it or is misconfigured; shows the helpline.
 * @csspart error-summary - "There is a problem" and its links.
 * @csspart emergency - The emergency-number panel.
 * @csspart summary - The check-your-answers list.
 * @csspart status - The live delivery status (sending, queued, delivered, rejected).
 * @csspart confirmation - The "Report sent" panel with the reference.
 * @csspart config-message - Shown when neither `endpoint` nor `deliver` is set.
 * @cssproperty --hope-color-text - Text colour (default: inherited).
 * @cssproperty --hope-color-link - Links (default #1d70b8).
 * @cssproperty --hope-color-focus - Focus highlight (default #ffdd00).
 * @cssproperty --hope-color-error - Errors and warning buttons (default #d4351c).
 * @cssproperty --hope-color-button - Continue and Send buttons (default #00703c).
 * @cssproperty --hope-color-panel - The confirmation panel (default #00703c).
 * @cssproperty --hope-color-secondary-text - Hints and captions (default #484949).
 * @cssproperty --hope-color-border - Lines between answers on check-your-answers (default #b1b4b6).
 * @cssproperty --hope-color-emergency-background - Background of the emergency panel (default #fef7f6).
 * @cssproperty --hope-space - The base spacing unit (default 1rem).
 * @cssproperty --hope-font-family - Font (default: inherited).
 * @cssproperty --hope-color-emergency-text - Text of the emergency panel (default #0b0c0c).
 */
export class HopeReportConcern extends WidgetElement {
  static override styles = [...WidgetElement.styles, formStyles, buttonStyles, reportConcernStyles, reserveSpace('report-concern')];

  /** The submission client: `submission.state` is what the status shows (idle, sending, queued, delivered, rejected). */
  readonly submission = new SubmissionController(this, {widget: 'report-concern', schema: 'hope-widgets/report-concern@1', fieldFor: fieldForPointer});

  @state() private a: Answers = emptyAnswers();
  @state() private step: Step = 'danger';
  /** Problems found when the person last tried to continue from this step (worded at render time: the locale may change). */
  @state() private errors: Array<[Field, Problem]> = [];
  /** What the organisation's server did not accept (problem+json pointers we know), on any step. */
  @state() private serverPointers: string[] = [];
  @state() private postcodeHint = false;

  private reachedCheck = false;
  private fromCheck = false;
  private bot = false;
  private readonly focusNext = new FocusAfterUpdate(this);
  private reactedTo?: SubmissionState;

  /** Set to `off` to hide the built-in "Exit this page" button (for pages that already have one). */
  @property({attribute: 'quick-exit'}) quickExit?: string;

  /** Your privacy notice (http or https), linked where the person is asked for their details. */
  @property({attribute: 'privacy-url'}) privacyUrl?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // The steps after the first question arrive after it (later-steps.ts): show them when they do.
    void laterSteps.ready().then(() => this.requestUpdate());
    this.onHashChange();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** A hand-off in the fragment (`#hope-report=v1;…`): read it, remove it from the address bar, merge it. */
  private readonly onHashChange = () => {
    const handoff = takeHandoffFromLocation(KNOWN);
    if (handoff) this.prefill(handoff);
  };

  /**
   * Adds exploitation types, indicator ids and a type of place to the answers. It merges: nothing
   * the person chose or typed is overwritten or removed, unknown ids are dropped, and the form
   * stays on the step it is on (the danger question always comes first).
   */
  prefill(selection: ReportPrefill = {}): void {
    const types = (selection.exploitationTypes ?? []).filter(isExploitationType);
    const indicators = (selection.indicators ?? []).filter((id) => INDICATOR_IDS.includes(id));
    const place = selection.placeType && (PLACE_TYPES as readonly string[]).includes(selection.placeType) ? selection.placeType : '';
    this.a = {
      ...this.a,
      types: union(this.a.types, types),
      indicators: union(this.a.indicators, indicators),
      placeType: this.a.placeType || place,
    };
  }

  /** Forgets every answer and goes back to the first question (the quick exit calls it). */
  override clear(): void {
    this.a = emptyAnswers();
    this.step = 'danger';
    this.errors = [];
    this.serverPointers = [];
    this.postcodeHint = false;
    this.reachedCheck = this.fromCheck = this.bot = false;
    this.submission.reset();
  }

  private go(step: Step, focus: 'heading' | 'summary' = 'heading'): void {
    this.step = step;
    this.errors = [];
    this.fromCheck = false;
    this.focusNext.request(focus === 'summary' ? '.error-summary' : 'h2[tabindex]', 'h2[tabindex]');
    if (step === 'check') this.reachedCheck = true;
  }

  /** Client problems, then the server's, for the step on screen, in the current language. */
  private shownErrors(): FieldError[] {
    const mine: FieldError[] = this.errors.map(([field, p]) => ({field, message: problemText(field, p, FIELDS[field][2])}));
    const server = serverFieldErrors(this.serverPointers, fieldForPointer).filter(
      (e) => stepOf(e.field as Field) === this.step && !mine.some((x) => x.field === e.field),
    );
    return [...mine, ...server];
  }

  private problems(step: Step) {
    const date = this.renderRoot.querySelector<HTMLInputElement>('#date');
    return problemsFor(step, this.a, Boolean(date?.validity.badInput));
  }

  /** The step of the first answer the server did not accept, if any is left. */
  private serverStep(): Step | undefined {
    const field = this.serverPointers.map(fieldForPointer).find(Boolean);
    return field && stepOf(field);
  }

  private next(): void {
    const step = this.step;
    this.errors = this.problems(step);
    if (this.errors.length) {
      this.focusNext.request('.error-summary', 'h2[tabindex]');
      return;
    }
    // A postcode that does not look like the UK's: say so once, never block (the place may be abroad).
    if (step === 'where' && !this.postcodeHint && this.suspectPostcode()) {
      this.postcodeHint = true;
      this.focusNext.request('#postcode', 'h2[tabindex]');
      return;
    }
    this.serverPointers = this.serverPointers.filter((p) => {
      const field = fieldForPointer(p);
      return field && stepOf(field) !== step;
    });
    const pending = this.serverStep();
    if (pending) this.go(pending, 'summary');
    else this.go(this.reachedCheck ? 'check' : STEPS[STEPS.indexOf(step) + 1]);
  }

  private suspectPostcode(): boolean {
    const p = this.a.postcode.trim();
    return ['GB', 'UK'].includes(this.countryCode) && p !== '' && !looksLikeUkPostcode(p);
  }

  private send(): void {
    if (this.submission.busy) return;
    for (const step of STEPS) {
      const problems = this.problems(step);
      if (problems.length) {
        this.go(step, 'summary');
        this.errors = problems;
        this.fromCheck = true;
        return;
      }
    }
    this.serverPointers = [];
    this.submission.submit(toData(this.a, this.countryCode), {honeypot: this.bot});
  }

  private readonly onSubmit = (e: Event) => {
    e.preventDefault();
    if (this.step === 'check') this.send();
    else this.next();
  };

  /** Every control is named after its answer: one listener keeps the answers up to date. */
  private readonly onInput = (e: Event) => {
    const t = e.target as HTMLInputElement;
    const k = t.name as Field;
    if (!(k in this.a)) return;
    const current = this.a[k];
    const value = Array.isArray(current)
      ? [...current.filter((x) => x !== t.value), ...(t.checked ? [t.value] : [])]
      : typeof current === 'boolean'
        ? t.checked
        : t.value;
    this.a = {...this.a, [k]: value};
  };

  private readonly onChange = (e: Event) => {
    if ((e.target as HTMLInputElement).name === 'postcode') this.postcodeHint = this.suspectPostcode();
  };

  private readonly back = () => {
    const i = STEPS.indexOf(this.step);
    this.go(this.fromCheck ? 'check' : STEPS[i - 1]);
  };

  private readonly change = (e: Event, step: Step) => {
    e.preventDefault();
    this.go(step);
    this.fromCheck = true;
  };

  private readonly startAgain = () => {
    this.clear();
    this.focusNext.request('h2[tabindex]');
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const s = this.submission.state;
    if (s === this.reactedTo) return;
    this.reactedTo = s;
    if (s.phase === 'delivered') this.focusNext.request('.panel-title', 'h2[tabindex]');
    if (s.phase === 'rejected') {
      // Lead the person back to the answer the organisation did not accept; nothing is lost.
      this.serverPointers = s.pointers.filter((p) => fieldForPointer(p));
      const step = this.serverStep();
      if (step) {
        this.go(step, 'summary');
        this.fromCheck = true;
      }
    }
  }

  /** Listen: the current question with its hint and options (never what the person typed). */
  protected override readAloudText(): string {
    const form = this.renderRoot.querySelector('form');
    return form ? visibleText(form, 'h1, h2, legend, label, .hint, .caption') : '';
  }

  override render() {
    const a = this.a;
    const cc = this.countryCode;
    const s = this.submission.state;
    const busy = this.submission.busy;
    const done = s.phase === 'delivered';
    const errors = this.shownErrors();
    const index = STEPS.indexOf(this.step);
    const problem = this.submission.configProblem;
    const view = {
      a,
      country: cc,
      privacyUrl: httpUrl(this.privacyUrl),
      postcodeHint: this.postcodeHint,
      err: (f: Field) => errors.find((e) => e.field === f)?.message,
    };
    return this.frame(html`
      ${this.quickExit === 'off' ? nothing : html`<hope-quick-exit></hope-quick-exit>`}
      ${this.languageSwitcherTemplate()}
      ${configMessage(problem, cc)}
      ${done
        ? nothing
        : html`${(index > 0 || this.fromCheck) && !busy ? html`<button type="button" class="link-button back" @click=${this.back}>${w.back()}</button>` : nothing}
            ${errorSummary(errors, this.renderRoot)}
            <form novalidate @submit=${this.onSubmit} @input=${this.onInput} @change=${this.onChange}>
              ${this.step === 'check'
                ? html`${heading(w.check())} ${a.danger === 'yes' ? emergencyPanel(cc) : nothing}
                    ${laterSteps.get()?.checkAnswers(a, cc, this.change, busy) ?? stillLoading()} ${honeypot((filled) => (this.bot = filled))}
                    <button class="button" type="submit" ?disabled=${Boolean(problem)} aria-disabled=${busy ? 'true' : nothing}>
                      ${w.send()}
                    </button>`
                : html`<p class="caption">${w.progress(index + 1, QUESTIONS)}</p>
                    ${this.step === 'danger' ? dangerStep(view) : (laterSteps.get()?.stepContent(this.step, view) ?? stillLoading())}
                    <button class="button" type="submit">${w.continue()}</button>`}
            </form>`}
      ${deliveryStatus(s, cc, {delivered: w.sent(), next: html`<p>${w.next()}</p>${helplineLine(cc)}`})}
      ${done
        ? html`${a.danger === 'yes' ? emergencyPanel(cc) : nothing}
            <button type="button" class="button secondary" @click=${this.startAgain}>${w.again()}</button>`
        : nothing}
    `);
  }
}
