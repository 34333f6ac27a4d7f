// WebKitGTK (Debian webkit2gtk-driver) through WebDriver. Needs an X display: run via scripts/test.mjs, which
// starts `xvfb-run` and WebKitWebDriver on WEBKIT_DRIVER_PORT.
import {webdriverLauncher} from '@web/test-runner-webdriver';
import base from './web-test-runner.config.mjs';

export default {
  ...base,
  concurrency: 1,
  browsers: [
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
      path: '/',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
  ],
};
