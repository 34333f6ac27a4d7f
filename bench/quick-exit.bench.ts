// Quick exit: render 20 exit buttons (as on a page with several widgets), then a triple-Shift exit.
import {watchLongTasks, time, publish, fail} from './harness.js';
import '../src/quick-exit/index.js';
import type {HopeQuickExit} from '../src/quick-exit/index.js';

try {
  const tasks = watchLongTasks();
  const host = document.getElementById('host')!;
  const renderMs = await time(async () => {
    for (let i = 0; i < 20; i++) host.append(document.createElement('hope-quick-exit'));
    await Promise.all([...host.querySelectorAll<HopeQuickExit>('hope-quick-exit')].map((e) => e.updateComplete));
  });
  let left = false;
  const first = host.querySelector<HopeQuickExit>('hope-quick-exit')!;
  first.navigate = () => (left = true);
  const exitMs = await time(() => {
    for (let i = 0; i < 3; i++) document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Shift', shiftKey: true, bubbles: true}));
  });
  if (!left) throw new Error('triple Shift did not exit');
  const long = tasks.stop();
  publish({metrics: {renderMs, exitMs, maxLongTaskMs: Math.max(0, ...long)}, budgets: {renderMs: 100, exitMs: 50, maxLongTaskMs: 50}});
} catch (e) {
  fail(e);
}
