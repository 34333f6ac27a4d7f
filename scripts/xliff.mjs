/**
 * XLIFF 1.2 as lit-localize writes it, read and edited with a real XML parser (@xmldom/xmldom,
 * the one lit-localize itself uses), so attribute order, entities and comments never matter.
 */
import {DOMParser, XMLSerializer} from '@xmldom/xmldom';

const serializer = new XMLSerializer();
/** xmldom's node lists are not iterable. */
const list = (nodes) => Array.from({length: nodes.length}, (_, i) => nodes.item(i));
/** The XML inside an element (serialized with the element, so its children need no namespace of their own). */
const inner = (el) => {
  if (!el) return undefined;
  const outer = serializer.serializeToString(el);
  return outer.endsWith('/>') && !el.hasChildNodes() ? '' : outer.slice(outer.indexOf('>') + 1, outer.lastIndexOf('</'));
};
const parse = (xml) => new DOMParser({onError: (level, message) => { if (level !== 'warning') throw new Error(`XLIFF: ${message}`); }}).parseFromString(xml, 'text/xml');
const child = (el, name) => list(el.childNodes).find((n) => n.nodeType === 1 && n.nodeName === name);

/** Every <trans-unit>: its id, source and target (as XML, with their <x/> placeholders), the target's state and the notes. */
export function units(xml) {
  return list(parse(xml).getElementsByTagName('trans-unit')).map((u) => {
    const target = child(u, 'target');
    return {
      id: u.getAttribute('id'),
      source: inner(child(u, 'source')) ?? '',
      target: inner(target),
      state: target?.getAttribute('state') || undefined,
      notes: list(u.getElementsByTagName('note')).map((n) => n.textContent),
    };
  });
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A translation with `${name}` placeholders, as XLIFF using the source's own <x/> elements. */
export function toTarget(text, source) {
  const xs = parse(`<source>${source}</source>`).getElementsByTagName('x');
  const placeholders = new Map(list(xs).map((x) => [x.getAttribute('equiv-text'), serializer.serializeToString(x)]));
  return text
    .split(/(\$\{[^}]+\})/)
    .map((p) => {
      if (!/^\$\{[^}]+\}$/.test(p)) return escape(p);
      const x = placeholders.get(p);
      if (!x) throw new Error(`placeholder ${p} is not in the source "${source}"`);
      return x;
    })
    .join('');
}

/** Adds or replaces the <target> of a unit; `state` marks it for review by a native speaker. */
export function setTarget(xml, id, target, state = 'needs-review-translation') {
  const doc = parse(xml);
  const unit = list(doc.getElementsByTagName('trans-unit')).find((u) => u.getAttribute('id') === id);
  if (!unit) return {xml, found: false};
  const old = child(unit, 'target');
  if (old) {
    if (old.previousSibling?.nodeType === 3 && !old.previousSibling.data.trim()) unit.removeChild(old.previousSibling);
    unit.removeChild(old);
  }
  const el = parse(`<target state="${state}">${target}</target>`).documentElement;
  const source = child(unit, 'source');
  unit.insertBefore(doc.createTextNode('\n  '), source.nextSibling);
  unit.insertBefore(doc.importNode(el, true), source.nextSibling.nextSibling);
  const out = serializer.serializeToString(doc);
  return {xml: xml.endsWith('\n') && !out.endsWith('\n') ? `${out}\n` : out, found: true};
}
