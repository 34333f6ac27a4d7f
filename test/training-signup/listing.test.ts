import {expect} from '@open-wc/testing';
import {resetPageLocaleForTests, setLocale} from '../../src/core/localization.js';
import {QUICK_EXIT_EVENT} from '../../src/core/events.js';
import {PAGE_SIZE} from '../../src/training-signup/index.js';
import {deepActiveElement, textOf, waitFor} from '../helpers.js';
import {$, $$, NOW, PROGRAMME, book, choose, fill, session, titles, typeInto, widget} from './support.js';

describe('hope-training-signup: the list of sessions', () => {
  afterEach(async () => {
    resetPageLocaleForTests();
    await setLocale('en');
  });

  it('is accessible (axe), list and form', async () => {
    const el = await widget();
    await expect(el).to.be.accessible();
    await book(el, 'Briefing for police');
    await expect(el).to.be.accessible();
  });

  it('offers only upcoming sessions: past, started, booking-closed and cancelled ones are never shown', async () => {
    const el = await widget();
    expect(titles(el)).to.deep.equal(['Online introduction', 'Briefing for police', 'Health settings (full)', 'Employers session']);
    const text = textOf(el.shadowRoot as unknown as Element);
    for (const hidden of ['Already happened', 'Started this morning', 'Booking closed yesterday', 'Cancelled session']) {
      expect(text).not.to.contain(hidden);
    }
  });

  it('depends on the injected clock, not on today: a year later nothing is left to book', async () => {
    const el = await widget();
    el.now = NOW + 365 * 24 * 3600_000;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([]);
    expect(textOf(el.shadowRoot as unknown as Element)).to.contain('There are no upcoming training sessions');
  });

  it('groups sessions by month, in order, under month headings', async () => {
    const el = await widget();
    const months = $$(el, 'h3.month').map((h) => textOf(h));
    expect(months).to.deep.equal(['February 2027', 'March 2027', 'April 2027']);
    const febList = $$(el, 'h3.month')[0].nextElementSibling!;
    expect([...febList.querySelectorAll('.session-title')].map((h) => textOf(h))).to.deep.equal(['Online introduction', 'Briefing for police']);
  });

  it('shows places honestly: a count, one place, full with the waiting list, and no claim when unknown', async () => {
    const el = await widget();
    const card = (title: string) => textOf($$(el, '[part~=session]').find((x) => textOf(x.querySelector('.session-title')) === title));
    expect(card('Online introduction')).to.contain('3 places left');
    expect(card('Briefing for police')).to.contain('1 place left');
    expect(card('Briefing for police')).not.to.contain('places left');
    expect(card('Health settings (full)')).to.contain('Full — join the waiting list');
    expect(card('Health settings (full)')).to.contain('Join the waiting list');
    expect(card('Employers session')).not.to.match(/places? left|Full/);
    expect(card('Employers session')).to.contain('Book a place');
  });

  it('a full session leads to the waiting list form, not a booking', async () => {
    const el = await widget({endpoint: '/receiver/unused/submit'});
    await book(el, 'Health settings (full)');
    expect(textOf($(el, '#ts-form-heading'))).to.equal('Join the waiting list');
    expect(textOf($(el, '[part~=submit]'))).to.equal('Join the waiting list');
    expect(deepActiveElement()).to.equal($(el, '#ts-form-heading'));
  });

  it('filters by how you take part: hybrid sessions count as both online and in person', async () => {
    const el = await widget();
    await choose(el, 'ts-format', 'online');
    expect(titles(el)).to.deep.equal(['Online introduction', 'Health settings (full)']);
    expect(textOf($(el, '.count'))).to.equal('2 sessions');
    expect($(el, '.count')!.getAttribute('role')).to.equal('status');
    await choose(el, 'ts-format', 'in-person');
    expect(titles(el)).to.deep.equal(['Briefing for police', 'Health settings (full)', 'Employers session']);
    await choose(el, 'ts-format', '');
    expect(titles(el)).to.have.length(4);
  });

  it('filters by audience, always keeping sessions open to everyone', async () => {
    const el = await widget();
    const options = $$<HTMLOptionElement>(el, '#ts-audience option').map((o) => textOf(o));
    expect(options).to.deep.equal(['Anyone', 'Volunteers', 'Police', 'Health services', 'Businesses and employers']);
    await choose(el, 'ts-audience', 'police');
    expect(titles(el)).to.deep.equal(['Online introduction', 'Briefing for police']);
    await choose(el, 'ts-format', 'in-person');
    expect(titles(el)).to.deep.equal(['Briefing for police']);
    expect(textOf($(el, '.count'))).to.equal('1 session');
  });

  it('when nothing matches, says so and offers every session again', async () => {
    const el = await widget({
      sessions: [
        session({id: 'a', title: 'Police only', audience: ['police'], format: 'online'}),
        session({id: 'b', title: 'Business only', audience: ['businesses'], format: 'in-person', venue: {address: 'Hall'}}),
      ],
    });
    await choose(el, 'ts-audience', 'police');
    await choose(el, 'ts-format', 'in-person');
    expect(titles(el)).to.deep.equal([]);
    expect(textOf($(el, '.count'))).to.equal('0 sessions');
    const all = $$<HTMLButtonElement>(el, 'button').find((b) => textOf(b) === 'Show all sessions')!;
    all.click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Police only', 'Business only']);
    expect(deepActiveElement()).to.equal($(el, '#ts-format'));
  });

  it(`shows ${PAGE_SIZE} at a time; "Show more" adds the next ones and moves focus to the first new session`, async () => {
    const many = Array.from({length: 45}, (_, i) =>
      session({id: `s${i}`, title: `Session number ${i + 1}`, start: new Date(NOW + (i + 1) * 86400_000).toISOString().replace('.000', ''), end: new Date(NOW + (i + 1) * 86400_000 + 3600_000).toISOString().replace('.000', '')}),
    );
    const el = await widget({sessions: many});
    expect(titles(el)).to.have.length(PAGE_SIZE);
    expect(textOf($(el, '.count'))).to.equal('45 sessions');
    const more = () => $$<HTMLButtonElement>(el, 'button').find((b) => textOf(b).startsWith('Show more sessions'));
    expect(textOf(more())).to.contain('20 of 45 shown');
    more()!.click();
    await el.updateComplete;
    expect(titles(el)).to.have.length(40);
    expect(deepActiveElement()).to.equal($(el, '#ts-s-20'));
    expect(textOf(deepActiveElement())).to.equal('Session number 21');
    more()!.click();
    await el.updateComplete;
    expect(titles(el)).to.have.length(45);
    expect(more()).to.equal(undefined);
  });

  it('the session attribute opens that session straight away, without moving focus', async () => {
    const el = await widget({session: 'feb-police'});
    expect(textOf($(el, '#ts-form-heading'))).to.equal('Book a place');
    expect(textOf($(el, '.summary-title'))).to.equal('Briefing for police');
    expect(deepActiveElement()).not.to.equal($(el, '#ts-form-heading'));
    expect($(el, '#ts-name')).to.exist;
  });

  it('a link to a session that is no longer open says so and lists the others', async () => {
    const el = await widget({session: 'past'});
    expect($(el, '#ts-form-heading')).to.equal(null);
    expect(textOf(el.shadowRoot as unknown as Element)).to.contain('The session in your link is no longer open for booking');
    expect(titles(el)).to.have.length(4);
  });

  it('Book moves focus to the form heading; Back returns to the same session', async () => {
    const el = await widget();
    await book(el, 'Employers session');
    expect(deepActiveElement()).to.equal($(el, '#ts-form-heading'));
    $<HTMLButtonElement>(el, '.back')!.click();
    await el.updateComplete;
    expect(textOf(deepActiveElement())).to.equal('Employers session');
  });

  it('shows where and how: venue with postcode isolated, online joining, organiser contact, accessibility', async () => {
    const el = await widget();
    const police = $$(el, '[part~=session]')[1];
    expect(textOf(police)).to.contain('Example Hall');
    expect(police.querySelector('.address')!.textContent).to.equal('1 Example Street\nLeicester');
    expect(textOf(police.querySelector('bdi.ltr'))).to.equal('LE1 0AA');
    expect(textOf(police.querySelector('details'))).to.contain('Access at the venue: Step-free entrance.');
    const online = $$(el, '[part~=session]')[0];
    expect(textOf(online)).to.contain('The joining link is sent to you after booking.');
    expect(online.querySelector('a[href="mailto:training@example.org"]')).to.exist;
    expect(textOf(online)).to.contain('Everyone (open to the public) and Volunteers');
  });

  it('feed text is text: markup in titles, descriptions and venues is shown, never run', async () => {
    const evil = '<img src=x onerror="window.__hopeXss=1"><script>window.__hopeXss=2</script>';
    const el = await widget({
      sessions: [
        session({
          id: 'x',
          title: `Title ${evil}`,
          description: `About ${evil}`,
          format: 'in-person',
          venue: {name: `<b>Hall</b>`, address: `<a href="javascript:alert(1)">here</a>`, accessibility: evil},
          organiser: {name: '<i>Org</i>'},
          platform: '<u>x</u>',
        }),
      ],
    });
    const r = el.shadowRoot!;
    expect(r.querySelectorAll('img, script, b, i, u, a[href^="javascript"]').length).to.equal(0);
    expect(textOf($(el, '.session-title'))).to.equal(`Title ${evil}`);
    expect(textOf(r.querySelector('details'))).to.contain('About <img src=x');
    await book(el, `Title ${evil}`);
    expect(textOf($(el, '.summary-title'))).to.equal(`Title ${evil}`);
    expect(r.querySelectorAll('img, script, b, i, u').length).to.equal(0);
    expect((window as unknown as {__hopeXss?: number}).__hopeXss).to.equal(undefined);
  });

  it('right-to-left: locale="ar" puts dir="rtl" and lang on the wrapper, never on the host', async () => {
    const el = await widget({locale: 'ar'});
    await waitFor(() => $(el, '[part=base]')?.getAttribute('dir') === 'rtl', {message: 'rtl'});
    expect($(el, '[part=base]')!.getAttribute('lang')).to.equal('ar');
    expect(el.hasAttribute('dir')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('fits 320 px without horizontal scrolling', async () => {
    const el = await widget();
    el.style.width = '320px';
    el.style.display = 'block';
    await el.updateComplete;
    const base = $(el, '[part=base]')!;
    expect(base.scrollWidth).to.be.at.most(320);
    await book(el, 'Briefing for police');
    expect(base.scrollWidth).to.be.at.most(320);
    const button = $(el, '[part~=submit]')!.getBoundingClientRect();
    expect(button.height).to.be.at.least(44);
  });

  it('a quick exit forgets what the person typed and chose', async () => {
    const el = await widget();
    await choose(el, 'ts-format', 'online');
    await book(el, 'Online introduction');
    await fill(el);
    window.dispatchEvent(new CustomEvent(QUICK_EXIT_EVENT, {detail: {href: 'https://www.bbc.co.uk/weather'}}));
    await el.updateComplete;
    expect($(el, '#ts-form-heading')).to.equal(null);
    expect(titles(el)).to.have.length(4);
    await book(el, 'Online introduction');
    expect($<HTMLInputElement>(el, '#ts-name')!.value).to.equal('');
    expect($<HTMLInputElement>(el, '#ts-email')!.value).to.equal('');
    expect($<HTMLInputElement>(el, '#ts-consent-contact')!.checked).to.equal(false);
    await typeInto(el, 'ts-name', 'x');
  });

  it('keeps PROGRAMME untouched (the widget never mutates what the host gave it)', async () => {
    const before = JSON.stringify(PROGRAMME);
    const el = await widget();
    await book(el, 'Health settings (full)');
    expect(JSON.stringify(PROGRAMME)).to.equal(before);
  });
});
