// The baseline: a plain Lit element rendering the same ten native fields as the peers.
import {LitElement, css, html} from 'lit';

const FIELDS = [
  ['name', 'Full name', 'text'], ['email', 'Email address', 'email'], ['phone', 'Phone number', 'tel'],
  ['postcode', 'Postcode', 'text'], ['organisation', 'Organisation', 'text'], ['role', 'Role', 'text'],
  ['date', 'When did you see it?', 'date'],
] as const;

class PeerForm extends LitElement {
  static override styles = css`
    :host { display: block; font: 1rem/1.4 system-ui, sans-serif; max-width: 40rem; }
    label, legend { display: block; font-weight: 700; margin: 1rem 0 0.25rem; }
    input:not([type=radio], [type=checkbox]), textarea { width: 100%; box-sizing: border-box; padding: 0.4rem; border: 2px solid; }
    button { margin-top: 1rem; padding: 0.5rem 1rem; }
  `;
  override render() {
    return html`<form>
      ${FIELDS.map(([id, label, type]) => html`<label for=${id}>${label}</label><input id=${id} name=${id} type=${type} />`)}
      <label for="description">What did you see?</label><textarea id="description" rows="4"></textarea>
      <fieldset><legend>How should we contact you?</legend>
        <label><input type="radio" name="contact" value="email" /> Email</label>
        <label><input type="radio" name="contact" value="phone" /> Phone</label>
      </fieldset>
      <label><input type="checkbox" id="consent" /> I agree to be contacted</label>
      <button type="submit">Send</button>
    </form>`;
  }
}
customElements.define('peer-form', PeerForm);
