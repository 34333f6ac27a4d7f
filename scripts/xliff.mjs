/** Small XLIFF 1.2 helpers for the files lit-localize writes (one <trans-unit> per message). */

const UNIT = /<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g;

export function units(xml) {
  const out = [];
  for (const m of xml.matchAll(UNIT)) {
    const body = m[2];
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const targetMatch = /<target([^>]*)>([\s\S]*?)<\/target>/.exec(body);
    const notes = [...body.matchAll(/<note[^>]*>([\s\S]*?)<\/note>/g)].map((n) => n[1]);
    out.push({id: m[1], source, target: targetMatch?.[2], targetAttrs: targetMatch?.[1] ?? '', notes});
  }
  return out;
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A translation with `${name}` placeholders, as XLIFF using the source's own <x/> elements. */
export function toTarget(text, source) {
  const placeholders = new Map([...source.matchAll(/<x id="(\d+)" equiv-text="([^"]*)"\/>/g)].map((m) => [m[2], m[0]]));
  const parts = text.split(/(\$\{[^}]+\})/);
  return parts
    .map((p) => {
      if (/^\$\{[^}]+\}$/.test(p)) {
        const x = placeholders.get(p);
        if (!x) throw new Error(`placeholder ${p} is not in the source "${source}"`);
        return x;
      }
      return escape(p);
    })
    .join('');
}

/** Adds or replaces the <target> of a unit; `state` marks it for review by a native speaker. */
export function setTarget(xml, id, target, state = 'needs-review-translation') {
  const re = new RegExp(`(<trans-unit id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>)([\\s\\S]*?)(</trans-unit>)`);
  const m = re.exec(xml);
  if (!m) return {xml, found: false};
  let body = m[2].replace(/\s*<target[^>]*>[\s\S]*?<\/target>/, '');
  body = body.replace(/(<\/source>)/, `$1\n  <target state="${state}">${target}</target>`);
  return {xml: xml.slice(0, m.index) + m[1] + body + m[3] + xml.slice(m.index + m[0].length), found: true};
}
