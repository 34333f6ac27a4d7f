import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/quick-exit/index.js';

type Args = {href: string};

/** In Storybook the exit is caught (it would leave Storybook): the story says where it would have gone. */
function catchExit(href: string) {
  document.querySelector('#exit-output')!.textContent = `Would now replace the page with ${href}`;
}

const meta: Meta<Args> = {
  title: 'Elements/Quick exit',
  component: 'hope-quick-exit',
  args: {href: 'https://www.bbc.co.uk/weather'},
  render: ({href}) => html`
    <hope-quick-exit href=${href} .navigate=${catchExit}><a href=${href}>Exit this page</a></hope-quick-exit>
    <p>Press Shift three times, or use the button.</p>
    <output id="exit-output"></output>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const CustomDestination: Story = {args: {href: 'https://www.google.com/search?q=weather'}};
/** `javascript:` and other non-http(s) addresses fall back to the default. */
export const UnsafeDestinationFallsBack: Story = {args: {href: 'javascript:alert(1)'}};
