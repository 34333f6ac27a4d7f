import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/index.js';

const meta: Meta = {
  title: 'Building blocks/Language switcher',
  component: 'hope-language-switcher',
  render: () => html`<hope-language-switcher></hope-language-switcher>
    <p>Choosing a language changes every widget on the page:</p>
    <hope-quick-exit></hope-quick-exit>`,
};
export default meta;
export const Default: StoryObj = {};
