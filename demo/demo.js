// The demo's own controls: which origin the widgets post to, receiver misbehaviour, the list of what arrived.
const SAME = '/receiver/demo/submit';
const CROSS = `${location.protocol}//${location.hostname}:${Number(location.port || 80) + 1}/receiver/demo/submit`;
const widgets = () => document.querySelectorAll('hope-report-concern, hope-helpline-locator, hope-training-signup');
let hope; // the hope-receiver that npm start runs, when it does

for (const radio of document.querySelectorAll('input[name=origin]')) {
  radio.addEventListener('change', () => useEndpoint(radio.value));
}

function useEndpoint(which) {
  const endpoint = which === 'hope' ? `${hope}/v1/submissions` : which === 'cross' ? CROSS : SAME;
  for (const w of widgets()) w.setAttribute('endpoint', endpoint);
  // hope-receiver serves the training feed with places counted live from its bookings.
  const training = document.querySelector('hope-training-signup');
  training?.setAttribute('src', which === 'hope' ? `${hope}/v1/training/sessions.json` : 'feeds/training-sessions.json');
}

fetch('/demo-config.json')
  .then((r) => r.json())
  .then((config) => {
    if (!config.hopeReceiver) return;
    hope = config.hopeReceiver;
    const radio = document.querySelector('input[name=origin][value=hope]');
    radio.disabled = false;
    radio.checked = true;
    document.getElementById('hope-url').textContent = `${hope}/v1/submissions`;
    const link = document.createElement('a');
    link.href = `${hope}/inbox`;
    link.textContent = 'Open the inbox';
    document.getElementById('hope-status').append(' ', link, '.');
    useEndpoint('hope');
  })
  .catch(() => {
    /* no config: the fixture only */
  });

const status = document.getElementById('behave-status');
for (const button of document.querySelectorAll('[data-behave]')) {
  button.addEventListener('click', async () => {
    const res = await fetch('/receiver/demo/behave', {method: 'POST', body: JSON.stringify({next: JSON.parse(button.dataset.behave)})});
    const {queued} = await res.json();
    status.textContent = `Queued: "${button.textContent}". ${queued} misbehaviour(s) waiting.`;
  });
}
document.getElementById('reset').addEventListener('click', async () => {
  await fetch('/receiver/demo', {method: 'DELETE'});
  status.textContent = 'The receiver forgot everything (the file on disk keeps its lines).';
  refresh();
});

const hostile = document.getElementById('hostile');
hostile.addEventListener('change', () => (document.getElementById('hostile-css').disabled = !hostile.checked));

async function refresh() {
  try {
    const {items} = await (await fetch('/receiver/demo/submissions')).json();
    document.getElementById('count').textContent = String(items.length);
    const list = document.getElementById('submissions');
    list.replaceChildren(
      ...items
        .slice()
        .reverse()
        .map((r) => {
          const li = document.createElement('li');
          li.textContent = `${r.reference} · ${r.envelope.schema} · ${r.receivedAt} · from ${r.origin ?? 'same origin'} · ${JSON.stringify(r.envelope.data)}`;
          return li;
        }),
    );
  } catch {
    /* the server is restarting */
  }
}
refresh();
setInterval(refresh, 2000);
document.addEventListener('hope-submitted', () => setTimeout(refresh, 100));
