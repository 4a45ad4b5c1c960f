/**
 * The policy docs/embedding.md ("Under a strict Content-Security-Policy") promises the widgets work under.
 * The demo page is served with it (`npm start`, and scripts/check-demo.mjs), so that any inline script,
 * inline style or unsafe DOM sink in the build shows up as a console error on the page itself.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');
