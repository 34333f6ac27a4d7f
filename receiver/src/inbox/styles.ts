/** The inbox's one stylesheet, served from /inbox/inbox.css (the CSP allows no inline style). */
export const INBOX_CSS = `
:root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1b; background: #fff; }
body { margin: 0; }
a { color: #0b4f9c; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible {
  outline: 3px solid #fd0; outline-offset: 0; box-shadow: 0 0 0 6px #1b1b1b; }
.skip { position: absolute; left: -9999px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 1; }
header { background: #1d3557; color: #fff; padding: .75rem 1rem; display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
header a { color: #fff; }
header nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; padding: 0; }
header form { margin-left: auto; }
main { padding: 1rem; max-width: 70rem; }
h1 { font-size: 1.6rem; margin-top: .5rem; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: bold; padding: .5rem 0; }
th, td { text-align: left; border-bottom: 1px solid #b1b4b6; padding: .5rem; vertical-align: top; }
tr.danger td { background: #fde8e8; }
td:first-child a { white-space: nowrap; }
.badge { display: inline-block; padding: 0 .4rem; border: 2px solid currentColor; font-weight: bold; }
.danger-badge { color: #a4161a; }
.banner { border: 4px solid #a4161a; background: #fde8e8; padding: .75rem; font-weight: bold; }
.notice { border-left: 6px solid #1d70b8; padding: .5rem .75rem; background: #eef4fb; }
.error { border-left: 6px solid #a4161a; padding: .5rem .75rem; background: #fde8e8; }
form.filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; margin-bottom: 1rem; }
label { display: block; font-weight: bold; }
.hint { display: block; color: #484949; }
.field-error { display: block; color: #a4161a; font-weight: bold; }
[aria-invalid="true"] { border-color: #a4161a; }
label.inline { display: inline; font-weight: normal; }
input, select, textarea, button { font: inherit; }
input, select, textarea { border: 2px solid #1b1b1b; padding: .3rem; }
textarea { width: 100%; max-width: 40rem; min-height: 6rem; }
button { background: #00703c; color: #fff; border: 0; padding: .5rem 1rem; cursor: pointer; }
button.secondary { background: #f3f2f1; color: #1b1b1b; border: 2px solid #1b1b1b; }
button.warning { background: #a4161a; }
dl { display: grid; grid-template-columns: minmax(10rem, max-content) 1fr; gap: .25rem 1rem; }
dt { font-weight: bold; }
dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.login { max-width: 24rem; }
.login p, .stack > * + * { margin-top: 1rem; }
`;
