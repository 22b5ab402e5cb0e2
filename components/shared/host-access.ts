import { browser } from 'wxt/browser';

/**
 * The sites the extension must reach: the manifest's host permissions (Certif Pro; the reconstruction
 * too in the demo/test build). Firefox treats an MV3 add-on's host permissions as grantable by the
 * user: an install may leave them ungranted, or the user may withdraw them in about:addons. Without
 * them the content script never runs on the platform, so the views ask for them first.
 */
export function platformOrigins(): string[] {
  return browser.runtime.getManifest().host_permissions ?? [];
}

/** True when every host permission of the manifest is granted (or the browser cannot tell). */
export async function hasHostAccess(): Promise<boolean> {
  try {
    const origins = platformOrigins();
    return origins.length === 0 || (await browser.permissions.contains({ origins }));
  } catch {
    return true; // no permissions API: the browser granted host permissions at install
  }
}

/** Asks the user for the host permissions (must run in a click handler: Firefox needs a user gesture). */
export async function requestHostAccess(): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: platformOrigins() });
  } catch {
    return false;
  }
}

/** Calls `listener` whenever permissions are granted or withdrawn elsewhere; returns the unsubscribe. */
export function onHostAccessChange(listener: () => void): () => void {
  try {
    browser.permissions.onAdded.addListener(listener);
    browser.permissions.onRemoved.addListener(listener);
  } catch {
    return () => {};
  }
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}
