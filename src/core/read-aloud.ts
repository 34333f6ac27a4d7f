/**
 * Read aloud: a "Listen" control that speaks what a widget shows, for people who read little in
 * any language. Only voices that run on the device (`localService`): a network voice would send
 * the person's ticked signs to a speech service. No such voice for the page's language: no
 * control. Quick exit stops it at once. Nothing is recorded or sent.
 */
import {html, nothing, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {msg} from '@lit/localize';
import {getLocale} from './localization.js';
import {QUICK_EXIT_EVENT} from './events.js';

type Synth = Pick<SpeechSynthesis, 'getVoices' | 'speak' | 'cancel'> & Partial<Pick<SpeechSynthesis, 'addEventListener' | 'removeEventListener'>>;

let override: Synth | undefined;
/** For tests: a recording fake in place of the browser's `speechSynthesis` (undefined restores it). */
export function useSpeechSynthesisForTests(fake: Synth | undefined): void {
  override = fake;
}

function synth(): Synth | undefined {
  return override ?? (typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis);
}

/** The locale a voice speaks, in our terms (`zh-CN` → `zh-Hans`, `en_GB` → `en`). */
function voiceLocale(lang: string): string {
  const tag = lang.replace(/_/g, '-').toLowerCase();
  if (/^(zh|cmn)(-hans)?(-(cn|sg|my))?$/.test(tag)) return 'zh-Hans';
  return tag.split('-')[0];
}

/** A voice on the device for `locale`, or undefined. Never a network voice. */
export function localVoiceFor(locale = getLocale()): SpeechSynthesisVoice | undefined {
  let voices: SpeechSynthesisVoice[];
  try {
    voices = synth()?.getVoices() ?? [];
  } catch {
    return undefined;
  }
  const want = locale === 'zh-Hans' ? 'zh-Hans' : locale.split('-')[0].toLowerCase();
  const mine = voices.filter((v) => v.localService && voiceLocale(v.lang) === want);
  return mine.find((v) => v.default) ?? mine[0];
}

/** Stops any speech now (quick exit, leaving the page, a widget going away). */
export function stopReading(): void {
  try {
    synth()?.cancel();
  } catch {
    /* nothing is speaking */
  }
}

// Capture phase: before any widget's own quick-exit handling and the page being replaced.
if (typeof window !== 'undefined') {
  window.addEventListener(QUICK_EXIT_EVENT, stopReading, {capture: true});
  window.addEventListener('pagehide', stopReading);
}

/** A widget's Listen/Stop button; `text()` gives what the widget shows now, in reading order. */
export class ReadAloud implements ReactiveController {
  private speaking = false;
  private utterance?: SpeechSynthesisUtterance;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly text: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    synth()?.addEventListener?.('voiceschanged', this.refresh);
    window.addEventListener(QUICK_EXIT_EVENT, this.stop);
  }

  hostDisconnected(): void {
    synth()?.removeEventListener?.('voiceschanged', this.refresh);
    window.removeEventListener(QUICK_EXIT_EVENT, this.stop);
    if (this.speaking) this.stop();
  }

  /** The button; its play sign is not mirrored in right-to-left (media controls never are). */
  template() {
    if (!localVoiceFor()) return nothing;
    return html`<button type="button" class="link-button read-aloud" part="read-aloud" @click=${this.toggle}>
      <span aria-hidden="true">${this.speaking ? '■\uFE0E' : '▶\uFE0E'}</span>
      ${this.speaking ? msg('Stop', {id: 'read-aloud.stop'}) : msg('Listen', {id: 'read-aloud.listen'})}
    </button>`;
  }

  private readonly refresh = () => this.host.requestUpdate();

  private readonly toggle = () => {
    if (this.speaking) return this.stop();
    const locale = getLocale();
    const voice = localVoiceFor(locale);
    const text = this.text().replace(/\s+/g, ' ').trim();
    if (!voice || !text) return;
    stopReading();
    const u = new SpeechSynthesisUtterance(text);
    u.lang = voice.lang;
    try {
      u.voice = voice;
    } catch {
      /* a voice from another realm: the language still chooses it */
    }
    const done = () => {
      if (this.utterance !== u) return;
      this.speaking = false;
      this.host.requestUpdate();
    };
    u.addEventListener('end', done);
    u.addEventListener('error', done);
    this.utterance = u;
    this.speaking = true;
    synth()!.speak(u);
    this.host.requestUpdate();
  };

  readonly stop = () => {
    this.utterance = undefined;
    this.speaking = false;
    stopReading();
    this.host.requestUpdate();
  };
}

/** The visible text of the elements matching `selector` under `root`, in document order. */
export function visibleText(root: ParentNode, selector: string): string {
  return [...root.querySelectorAll<HTMLElement>(selector)]
    .filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden, [hidden], [aria-hidden=true]'))
    .map((el) => el.innerText.trim())
    .filter(Boolean)
    .join('. ')
    .replace(/([.!?:;。։።])\s*\./g, '$1');
}
