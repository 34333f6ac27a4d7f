/**
 * The shared form code: the one rule per check (validators.ts), the one message per rule and
 * the text field of the form kit (form-kit.ts), and the focus helper (focus.ts), driven in a
 * small form as a person would use it.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {LitElement, html as litHtml} from 'lit';
import {checkText, errorSummary, textField, type FieldError} from '../../src/core/form-kit.js';
import {FocusAfterUpdate} from '../../src/core/focus.js';
import {
  asciiEmail, codePoints, dialString, httpUrl, mailtoHref, showsNumber, tidyPhone, tooLong, validEmail, validPhone,
} from '../../src/core/validators.js';
import {deepActiveElement, textOf} from '../helpers.js';
import {sendKeys} from '@web/test-runner-commands';

describe('core: validators', () => {
  it('phone numbers: 7 to 15 digits as people write them, tidied for the receiver', () => {
    for (const ok of ['07700 900982', '+44 (0)20 7946 0123', '020.7946.0123', '0049 30/1234567', '+1-202-555-0143']) expect(validPhone(ok), ok).to.equal(true);
    for (const bad of ['12345', 'call me maybe', '+44 20 7946 0123 0123 0123', '0800 CALL NOW', '']) expect(validPhone(bad), bad).to.equal(false);
    expect(tidyPhone(' 020.7946 / 0123 ')).to.equal('020 7946 0123');
  });

  it('dialling: digits and a leading +, a (0) after the country code dropped', () => {
    expect(dialString('+44 (0)800 012 1700')).to.equal('+448000121700');
    expect(dialString('+44 (0) 20 7946 0123')).to.equal('+442079460123');
    expect(dialString('(020) 7946 0123')).to.equal('02079460123');
    expect(dialString('999')).to.equal('999');
  });

  it('a number shown is the number dialled, or its national form; anything else must show the number dialled', () => {
    expect(showsNumber('020 7946 0123', '+442079460123')).to.equal(true);
    expect(showsNumber('+44 20 7946 0123', '+442079460123')).to.equal(true);
    expect(showsNumber('+44 (0)20 7946 0123', '+442079460123')).to.equal(false);
    expect(showsNumber('0800 111 222', '+449090000000')).to.equal(false);
    expect(showsNumber('Free helpline', '+448000121700')).to.equal(false);
  });

  it('email: one rule for every form, internationalised domains in their ASCII form', () => {
    expect(validEmail('zofia@example.org')).to.equal(true);
    expect(validEmail(' ana@przykład.pl ')).to.equal(true);
    expect(asciiEmail('ana@przykład.pl')).to.equal('ana@xn--przykad-rjb.pl');
    for (const bad of ['zofia@', 'not-an-email', 'a b@example.org', 'a@b', `${'a'.repeat(320)}@example.org`]) expect(validEmail(bad), bad).to.equal(false);
  });

  it('mailto: only for a bare address (a query would add recipients or words)', () => {
    expect(mailtoHref('help@example.org')).to.equal('mailto:help@example.org');
    expect(mailtoHref('help@example.org?bcc=spy@example.com')).to.equal(undefined);
    expect(mailtoHref('x?bcc=spy@example.org')).to.equal(undefined);
    expect(mailtoHref('help@example.org?subject=Hi')).to.equal(undefined);
  });

  it('http(s) URLs: relative to the page unless absolute; never javascript:, never with spaces', () => {
    expect(httpUrl('/privacy')).to.equal(new URL('/privacy', document.baseURI).href);
    expect(httpUrl('/privacy', {absolute: true})).to.equal(undefined);
    expect(httpUrl('http://example.org/', {https: true})).to.equal(undefined);
    expect(httpUrl('https://example.org/a b')).to.equal(undefined);
    expect(httpUrl('javascript:alert(1)')).to.equal(undefined);
    expect(httpUrl('https://example.org/x', {absolute: true, https: true})).to.equal('https://example.org/x');
  });

  it('lengths are counted in code points, as the schemas count them', () => {
    expect(codePoints('😀😀')).to.equal(2);
    expect('😀😀'.length).to.equal(4);
    expect(tooLong('😀'.repeat(200), 200)).to.equal(false);
    expect(tooLong('😀'.repeat(201), 200)).to.equal(true);
    expect(tooLong(`  ${'a'.repeat(200)}  `, 200)).to.equal(false);
  });
});

class KitForm extends LitElement {
  value = '';
  errors: FieldError[] = [];
  readonly focusNext = new FocusAfterUpdate(this);

  override render() {
    const error = this.errors.find((e) => e.field === 'phone')?.message;
    return litHtml`${errorSummary(this.errors, this.renderRoot)}
      <form novalidate @submit=${this.submit}>
        ${textField({id: 'phone', label: 'Phone number', hint: 'With the country code if abroad', value: this.value, error, type: 'tel', onInput: (v) => (this.value = v)})}
        <button>Send</button>
      </form>`;
  }

  private submit(e: Event) {
    e.preventDefault();
    this.errors = validPhone(this.value) ? [] : [{field: 'phone', message: checkText.phone()}];
    this.focusNext.request('[data-error-summary]');
  }
}
customElements.define('test-kit-form', KitForm);

describe('core: form kit and focus', () => {
  it('a text field: label, hint and error tied to the control; aria-invalid only when wrong; focus goes to the summary', async () => {
    const el = await fixture<KitForm>(html`<test-kit-form></test-kit-form>`);
    const input = () => el.shadowRoot!.querySelector<HTMLInputElement>('#phone')!;
    expect(el.shadowRoot!.querySelector('label')!.getAttribute('for')).to.equal('phone');
    expect(input().getAttribute('aria-describedby')).to.equal('phone-hint');
    expect(input().hasAttribute('aria-invalid')).to.equal(false);
    input().focus();
    await sendKeys({type: '12 34'});
    expect(el.value).to.equal('12 34');
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    const summary = el.shadowRoot!.querySelector('[data-error-summary]')!;
    expect(deepActiveElement()).to.equal(summary);
    expect(textOf(summary)).to.contain(checkText.phone());
    expect(input().getAttribute('aria-invalid')).to.equal('true');
    expect(input().getAttribute('aria-describedby')).to.equal('phone-hint phone-error');
    expect(textOf(el.shadowRoot!.querySelector('#phone-error'))).to.equal(`Error: ${checkText.phone()}`);
    await expect(el).to.be.accessible();
  });

  it('the too-long message gives the limit in the page’s numbers', () => {
    expect(checkText.tooLong(2000)).to.equal('Shorten this answer to 2,000 characters or fewer');
  });
});
