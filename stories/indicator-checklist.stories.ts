import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import '../src/indicator-checklist/index.js';
import type {Envelope} from '../src/core/envelope.js';

type Args = {
  country: string;
  placeType: string;
  exploitationType: string;
  reportUrl: string;
  organisation: string;
};

/** In Storybook the report-url hand-off is caught (it would leave Storybook): the story shows the address instead. */
function catchNavigation(url: string) {
  document.querySelector('#checklist-output')!.textContent = `Would now replace the page with ${url}`;
}

/** Example transport for the optional send: nothing leaves Storybook, the envelope is shown. */
async function showEnvelope(envelope: Envelope) {
  document.querySelector('#checklist-output')!.textContent = JSON.stringify(envelope.data);
  return {status: 201, body: {reference: 'DEMO-0001'}};
}

const meta: Meta<Args> = {
  title: 'Elements/Indicator checklist',
  component: 'hope-indicator-checklist',
  args: {country: 'GB', placeType: '', exploitationType: '', reportUrl: '', organisation: ''},
  argTypes: {
    country: {control: 'select', options: ['GB', 'US', 'DE', 'BR']},
    placeType: {control: 'select', options: ['', 'car-wash', 'nail-bar', 'farm', 'factory', 'private-house']},
    exploitationType: {control: 'select', options: ['', 'labour', 'sexual', 'criminal', 'domestic-servitude', 'child']},
  },
  render: ({country, placeType, exploitationType, reportUrl, organisation}) => html`
    <hope-indicator-checklist
      country=${country}
      place-type=${placeType || nothing}
      exploitation-type=${exploitationType || nothing}
      report-url=${reportUrl || nothing}
      organisation=${organisation || nothing}
      .navigate=${catchNavigation}
    >
      <p>Modern Slavery &amp; Exploitation Helpline: 08000 121 700 (free, 24 hours).</p>
    </hope-indicator-checklist>
    <output id="checklist-output"></output>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

/** Hands the selection to a report page on another URL, as `#hope-report=v1;…` (caught here). */
export const ReportOnAnotherPage: Story = {args: {reportUrl: '/report-a-concern'}};

/** A car-wash campaign page: starts from the place, with the labour signs open. */
export const CarWashCampaign: Story = {args: {placeType: 'car-wash', reportUrl: '/report-a-concern'}};

/** Where we have no checked emergency number, it says so instead of guessing. */
export const CountryWithoutCheckedNumbers: Story = {args: {country: 'BR'}};

/** Same page: "Report what you saw" pre-fills the report form below and moves focus to it. */
export const WithReportFormOnThePage: Story = {
  render: () => html`
    <hope-indicator-checklist report-form="report"></hope-indicator-checklist>
    <hope-report-concern id="report" .deliver=${showEnvelope}></hope-report-concern>
    <output id="checklist-output"></output>
  `,
  loaders: [
    async () => {
      await import('../src/report-concern/index.js');
      return {};
    },
  ],
};

/** The optional anonymous send (here through a `deliver` function; on a site, `endpoint`). */
export const OptionalSend: Story = {
  args: {organisation: 'Example Council (demo)'},
  render: ({organisation}) => html`
    <hope-indicator-checklist organisation=${organisation} .deliver=${showEnvelope}></hope-indicator-checklist>
    <output id="checklist-output"></output>
  `,
};
