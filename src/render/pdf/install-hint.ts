/** What to do when Chromium is missing: its own module, so the table of outputs can say it in a browser bundle without the launcher's file system code. */
export const INSTALL_HINT =
  'Chromium was not found. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.';
