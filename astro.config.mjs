// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/**
 * The one inline script: it applies the saved text size and theme before the first
 * paint. A strict CSP allows it only by its hash, computed here from the same file
 * the layout inlines, so the two cannot drift apart.
 */
const earlySettings = readFileSync(new URL('./src/scripts/early-settings.js', import.meta.url), 'utf8');
const earlySettingsHash = `sha256-${createHash('sha256').update(earlySettings).digest('base64')}`;

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  // No code blocks in the workbook; Shiki's inline styles would break the strict CSP.
  markdown: { syntaxHighlight: false },
  server: { host: '127.0.0.1', port: 4321 },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { hashes: [/** @type {any} */ (earlySettingsHash)] },
    },
  },
});
