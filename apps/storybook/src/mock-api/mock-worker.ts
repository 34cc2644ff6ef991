import { setupWorker } from 'msw/browser';

/**
 * Starts the one msw worker of the preview. The script URL is relative to
 * iframe.html, so a Storybook published under a sub-path still finds it and
 * the worker's scope covers the stories; requests that are not the API's
 * (Storybook's own files) go to the network untouched.
 */
export async function startMockWorker() {
  const worker = setupWorker();
  await worker.start({
    quiet: true,
    serviceWorker: { url: './mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
  });
  return worker;
}
