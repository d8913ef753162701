import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addModulePreloads, withModulePreloads } from '../../../src/build/module-preload';

describe('modulepreload links for every first-load script', () => {
  it('adds one link per script the page loads, entries, their imports and the form chunk, once', () => {
    const dist = mkdtempSync(join(tmpdir(), 'wb-preload-'));
    mkdirSync(join(dist, '_astro'));
    mkdirSync(join(dist, 'forms'));
    writeFileSync(join(dist, '_astro', 'page.js'), 'import{a}from"./shared.js";const m={"./meet/index.ts":()=>import("./meet.js")};');
    writeFileSync(join(dist, '_astro', 'shared.js'), 'import"./deep.js";export const a=1;');
    writeFileSync(join(dist, '_astro', 'deep.js'), 'export {};');
    writeFileSync(join(dist, '_astro', 'meet.js'), 'export {};');
    writeFileSync(join(dist, '_astro', 'later.js'), 'export {};');
    const page = '<html><head><title>x</title></head><body><form data-form-id="meet"></form><script type="module" src="/_astro/page.js"></script></body></html>';
    writeFileSync(join(dist, 'forms', 'index.html'), page);
    writeFileSync(join(dist, 'index.html'), '<html><head></head><body>No scripts</body></html>');

    expect(addModulePreloads(dist)).toBe(1);
    const html = readFileSync(join(dist, 'forms', 'index.html'), 'utf8');
    const links = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    expect(links.sort()).toEqual(['/_astro/deep.js', '/_astro/meet.js', '/_astro/page.js', '/_astro/shared.js']);
    expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('</head>'));
    // Run twice: nothing is added again.
    expect(addModulePreloads(dist)).toBe(0);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain('modulepreload');
  });

  it('a page that lists forms (data-form-ids) preloads their listings, and only theirs', () => {
    const dist = mkdtempSync(join(tmpdir(), 'wb-preload-'));
    mkdirSync(join(dist, '_astro'));
    writeFileSync(join(dist, '_astro', 'hub.js'), 'const l={"../../forms/meet/list.ts":()=>o(()=>import(`./list.A.js`),[]),"../../forms/plan/list.ts":()=>o(()=>import(`./list.B.js`),[])};');
    writeFileSync(join(dist, '_astro', 'list.A.js'), 'export {};');
    writeFileSync(join(dist, '_astro', 'list.B.js'), 'export {};');
    writeFileSync(join(dist, 'index.html'), '<html><head></head><body><div data-form-ids="[&quot;meet&quot;]"></div><script type="module" src="/_astro/hub.js"></script></body></html>');
    addModulePreloads(dist);
    const links = [...readFileSync(join(dist, 'index.html'), 'utf8').matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    expect(links.sort()).toEqual(['/_astro/hub.js', '/_astro/list.A.js']);
  });

  it('keeps links already there and leaves a page without a head alone', () => {
    const html = '<head><link rel="modulepreload" href="/_astro/a.js"></head>';
    expect(withModulePreloads(html, ['/_astro/a.js', '/_astro/b.js'])).toBe('<head><link rel="modulepreload" href="/_astro/a.js"><link rel="modulepreload" href="/_astro/b.js"></head>');
    expect(withModulePreloads('<p>x</p>', ['/_astro/a.js'])).toBe('<p>x</p>');
  });
});
