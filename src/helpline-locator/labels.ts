/** Words for topics and channels, from functions called at render time (never module-level `msg()`). */
import {msg} from '@lit/localize';
import type {ChannelType, Topic} from './types.js';

export function topicLabel(topic: Topic): string {
  switch (topic) {
    case 'emergency':
      return msg('Emergency', {id: 'helpline-locator.topic.emergency'});
    case 'modern-slavery':
      return msg('Modern slavery', {id: 'helpline-locator.topic.modern-slavery'});
    case 'labour-exploitation':
      return msg('Exploitation at work', {id: 'helpline-locator.topic.labour-exploitation'});
    case 'sexual-exploitation':
      return msg('Sexual exploitation', {id: 'helpline-locator.topic.sexual-exploitation'});
    case 'criminal-exploitation':
      return msg('Forced to commit crimes', {id: 'helpline-locator.topic.criminal-exploitation'});
    case 'children':
      return msg('Children and young people', {id: 'helpline-locator.topic.children'});
    case 'domestic-abuse':
      return msg('Domestic abuse', {id: 'helpline-locator.topic.domestic-abuse'});
    case 'crisis-support':
      return msg('Someone to talk to in a crisis', {id: 'helpline-locator.topic.crisis-support'});
    case 'police':
      return msg('Police', {id: 'helpline-locator.topic.police'});
    case 'grievance':
      return msg('Problems with my employer', {id: 'helpline-locator.topic.grievance'});
    case 'other':
      return msg('Other help', {id: 'helpline-locator.topic.other'});
  }
}

/** The action a channel's link performs ("Call", "Text"…). */
export function channelLabel(type: ChannelType): string {
  switch (type) {
    case 'phone':
      return msg('Call', {id: 'helpline-locator.channel.phone'});
    case 'sms':
      return msg('Text', {id: 'helpline-locator.channel.sms'});
    case 'whatsapp':
      return msg('Message on WhatsApp', {id: 'helpline-locator.channel.whatsapp'});
    case 'chat':
      return msg('Chat online', {id: 'helpline-locator.channel.chat'});
    case 'email':
      return msg('Email', {id: 'helpline-locator.channel.email'});
    case 'web':
      return msg('Website', {id: 'helpline-locator.channel.web'});
  }
}
