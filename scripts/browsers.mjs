/** Finds Debian's browsers (or ones named by CHROME_PATH / FIREFOX_PATH) and says what to install when one is missing. */
import {existsSync} from 'node:fs';
import {execSync} from 'node:child_process';

const first = (paths) => paths.filter(Boolean).find((p) => existsSync(p));
const onPath = (cmd) => {
  try {
    return execSync(`command -v ${cmd}`, {stdio: ['ignore', 'pipe', 'ignore'], shell: '/bin/sh'}).toString().trim() || undefined;
  } catch {
    return undefined;
  }
};

export function findBrowsers() {
  return {
    chromium: first([process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']),
    firefox: first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']),
    webkit:
      onPath('WebKitWebDriver') && onPath('xvfb-run') && existsSync('/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser')
        ? onPath('WebKitWebDriver')
        : undefined,
  };
}

export const INSTALL_HINT = {
  chromium: 'Chromium not found. Install it: sudo apt-get install -y chromium   (or set CHROME_PATH to a Chromium/Chrome binary)',
  firefox: 'Firefox not found. Install it: sudo apt-get install -y firefox-esr   (or set FIREFOX_PATH to a Firefox binary)',
  webkit: 'WebKit skipped (optional). To add it: sudo apt-get install -y webkit2gtk-driver xvfb',
};

/** Flags for Debian's Chromium as the scripts launch it here: as root, headless, on a machine with no network beyond loopback. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
