import {expect} from '@open-wc/testing';
import {decodeHandoff, encodeHandoff, HANDOFF_MAX_LENGTH, takeHandoffFromLocation} from '../../src/core/handoff.js';

describe('hand-off codec (#hope-report=v1;…)', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('writes the documented format', () => {
    expect(encodeHandoff({exploitationTypes: ['labour', 'criminal'], indicators: ['documents-held', 'debt-bondage'], placeType: 'car-wash'})).to.equal(
      '#hope-report=v1;t=labour,criminal;i=documents-held,debt-bondage;p=car-wash',
    );
    expect(encodeHandoff({exploitationTypes: [], indicators: []})).to.equal('#hope-report=v1');
  });

  it('round-trips, dropping unknown ids and anything that is not an id (never free text)', () => {
    const hash = encodeHandoff({exploitationTypes: ['labour', 'Bad Type'], indicators: ['debt-bondage', 'made-up', '<script>'], placeType: 'farm'});
    expect(hash).not.to.contain('script');
    const known = {exploitationTypes: ['labour'], indicators: ['debt-bondage'], placeTypes: ['farm']};
    expect(decodeHandoff(hash, known)).to.deep.equal({exploitationTypes: ['labour'], indicators: ['debt-bondage'], placeType: 'farm'});
    expect(decodeHandoff('#hope-report=v1;t=labour,nope;i=made-up;p=moon', known)).to.deep.equal({exploitationTypes: ['labour'], indicators: []});
  });

  it('ignores other fragments, other versions and malformed input', () => {
    expect(decodeHandoff('#main-content')).to.equal(null);
    expect(decodeHandoff('#hope-report=v2;t=labour')).to.equal(null);
    expect(decodeHandoff('#hope-report=%E0%A4%A')).to.equal(null);
    expect(decodeHandoff('#hope-report=v1;' + 'i=' + 'a,'.repeat(HANDOFF_MAX_LENGTH))).to.equal(null);
  });

  it('never writes more than 2 kB: indicators beyond it are left off', () => {
    const many = Array.from({length: 400}, (_, i) => `indicator-number-${i}`);
    const hash = encodeHandoff({exploitationTypes: ['labour'], indicators: many});
    expect(hash.length).to.be.at.most(HANDOFF_MAX_LENGTH);
    const back = decodeHandoff(hash)!;
    expect(back.indicators.length).to.be.greaterThan(50);
    expect(back.indicators).to.deep.equal(many.slice(0, back.indicators.length));
  });

  it('takes the fragment from the address and removes it without a new history entry', () => {
    const before = history.length;
    history.replaceState(null, '', location.pathname + location.search + '#hope-report=v1;t=sexual;i=advertised-online');
    const got = takeHandoffFromLocation({exploitationTypes: ['sexual'], indicators: ['advertised-online']});
    expect(got).to.deep.equal({exploitationTypes: ['sexual'], indicators: ['advertised-online']});
    expect(location.hash).to.equal('');
    expect(history.length).to.equal(before);
  });

  it('leaves a fragment that is not ours alone', () => {
    history.replaceState(null, '', location.pathname + location.search + '#top');
    expect(takeHandoffFromLocation()).to.equal(null);
    expect(location.hash).to.equal('#top');
  });
});
