// @ts-check
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { optimize } from 'svgo';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { browserWords } from './src/build/browser-words.ts';
import { formNouns } from './src/build/form-nouns.ts';

/**
 * The one inline script: it applies the saved text size and theme before the first
 * paint. A strict CSP allows it only by its hash, computed here from the same file
 * the layout inlines, so the two cannot drift apart.
 */
const earlySettings = readFileSync(new URL('./src/scripts/early-settings.js', import.meta.url), 'utf8');
const earlySettingsHash = /** @type {`sha256-${string}`} */ (
  `sha256-${createHash('sha256').update(earlySettings).digest('base64')}`
);

/**
 * Decimals kept in the pictures' coordinates. They are drawn on a 72-unit grid at 28–80 px,
 * so a tenth of a unit is at most 0.11 px on screen (and on paper at 300 dpi about a third of
 * a dot): no one can see it. Keeping 1 decimal instead of SVGO's 3 makes a guide page's HTML
 * 2.3 KB gzip smaller (17.3 → 15.0 KB for the code of ethics), and a first visit's HTML is
 * the one file that blocks the first paint.
 */
const PICTURE_PRECISION = 1;

/**
 * OpenMoji pictures, made smaller (about a third) with SVGO before Astro copies them into
 * the site: the registry in src/pictures/index.ts imports `openmoji/color/svg/<HEX>.svg`,
 * and this resolves each to an optimised copy in node_modules/.cache (keyed by content).
 */
function optimizedOpenMoji() {
  const cacheDir = fileURLToPath(new URL('./node_modules/.cache/wb-pictures/', import.meta.url));
  return {
    name: 'wb-optimized-openmoji',
    enforce: /** @type {const} */ ('pre'),
    /** @param {string} source */
    resolveId(source) {
      const match = /^openmoji\/color\/svg\/([0-9A-F-]+)\.svg$/.exec(source);
      if (!match) return null;
      const original = readFileSync(new URL(`./node_modules/openmoji/color/svg/${match[1]}.svg`, import.meta.url), 'utf8');
      const key = createHash('sha256').update(original).update(`precision ${PICTURE_PRECISION}`).digest('hex').slice(0, 10);
      const out = join(cacheDir, `${match[1]}-${key}.svg`);
      if (!existsSync(out)) {
        mkdirSync(cacheDir, { recursive: true });
        const { data } = optimize(original, {
          multipass: true,
          floatPrecision: PICTURE_PRECISION,
          // SVGO 4's default preset keeps the viewBox, which the pictures need to scale.
          plugins: ['preset-default', 'removeDimensions'],
        });
        writeFileSync(out, data);
      }
      return out;
    },
  };
}

/**
 * Alpine's CSP build reads every global once at start-up, skipping the ones whose getter
 * Chromium reports as deprecated (`styleMedia`, `sharedStorage`). Chromium 156 also
 * reports `fence` (FencedFrame), which Lighthouse flags; skip it the same way. It also skips
 * `speechSynthesis`: reading it makes the browser set up its speech engine, the dearest of
 * the globals read (issue 17: 4–8 ms of the about 25 ms all 180 getters take, at 4× CPU
 * slowdown), on every Alpine page, where only "Listen" needs it, on a tap. No component's
 * data holds it (the read-aloud scripts keep it to themselves), so no expression reaches it.
 */
function alpineSkipDeprecatedGlobals() {
  const skip = 'if (key === "styleMedia" || key === "sharedStorage")';
  return {
    name: 'wb-alpine-skip-deprecated-globals',
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!id.includes('@alpinejs/csp') || !code.includes(skip)) return null;
      return { code: code.replace(skip, 'if (key === "styleMedia" || key === "sharedStorage" || key === "fence" || key === "speechSynthesis")'), map: null };
    },
  };
}

/**
 * Dynamic imports as they are: no preloading of a lazy chunk's own imports, and no
 * preload helper (0.9 KB gzip) in every page that has a dynamic import. Astro sets
 * `modulePreload: { polyfill: false }` over our `modulePreload: false`, so Vite kept
 * wrapping every `import()` in its helper, with lists of the files to preload. The lazy
 * chunks here load late (a first Finish, a history, a file chosen) and, after the first
 * visit, from the service worker's cache, where a waterfall of imports costs nothing.
 */
function dynamicImportsAsIs() {
  const helperId = '\0vite/preload-helper.js';
  return {
    name: 'wb-dynamic-imports-as-is',
    enforce: /** @type {const} */ ('pre'),
    config: () => ({ build: { modulePreload: /** @type {const} */ (false) } }),
    /** @param {string} id */
    load(id) {
      return id === helperId ? 'export const __vitePreload = (load) => load();' : null;
    },
  };
}

/**
 * Alpine without the parts the workbook never uses (3.7 KB gzip of every Alpine page): the
 * directives x-transition, x-modelable, x-teleport, x-ignore, x-effect, x-id, x-init and x-html (the
 * CSP build's own x-html, which refuses, stays), the magics $dispatch, $store, $data and $id,
 * the warnings for plugins not installed (x-collapse, x-intersect, x-trap, x-mask), and the
 * whole plugin API: the Alpine object keeps only data and start (all the workbook calls) and
 * the three setters the CSP build calls on it as it loads (setEvaluator, setRawEvaluator,
 * setReactivityEngine), so the bundler drops the code only the API reached (issue 17: 1.0 KB
 * gzip: the Alpine object's other entries, such as store, plugin, bind, entangle, interceptor),
 * and with the plugin API the look for its interceptors in every component's data (0.4 KB with
 * x-init); x-show keeps only its plain way in and out (no element has a transition; 0.1 KB).
 * Each registration is switched off where Alpine makes it. The build stops when one is not
 * found or the object is not as expected (an Alpine update: look again), when Alpine's own code
 * calls anything else on its object, or when a page or script uses one of the parts taken out,
 * or any part of Alpine but data and start.
 * @param {string} srcDir
 */
function alpineWithoutUnusedParts(srcDir) {
  const registrations = [
    'directive("transition",',
    'directive("modelable",',
    'directive("teleport",',
    'directive("ignore", handler);',
    'directive("effect",',
    'directive("id",',
    'directive("html", (el, { expression }, { effect: effect3',
    'magic("dispatch",',
    'magic("store",',
    'magic("data",',
    'magic("id",',
    'warnMissingPluginDirective("Collapse"',
    'warnMissingPluginDirective("Intersect"',
    'warnMissingPluginDirective("Focus"',
    'warnMissingPluginDirective("Mask"',
    'directive("init",',
  ];
  /** What stays on the Alpine object: what the workbook calls, and what the CSP build calls as it loads. */
  const kept = ['data', 'start', 'setEvaluator', 'setRawEvaluator', 'setReactivityEngine'];
  const used = /\bx-(transition|modelable|teleport|ignore|effect|id|html|init|collapse|intersect|trap|mask)\b|\$(dispatch|store|data|id)\b|\bAlpine\.(?!data\b|start\b)[A-Za-z$]/;
  /** @param {string} dir @returns {string[]} */
  const sources = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'build' ? [] : sources(path);
      return /\.(astro|ts|mdx)$/.test(entry.name) ? [path] : [];
    });
  return {
    name: 'wb-alpine-without-unused-parts',
    buildStart() {
      for (const file of sources(srcDir)) {
        const match = used.exec(readFileSync(file, 'utf8'));
        if (match) throw new Error(`${file} uses ${match[0]}, which alpineWithoutUnusedParts (astro.config.mjs) takes out of Alpine`);
      }
    },
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!id.includes('@alpinejs/csp')) return null;
      let out = code;
      for (const registration of registrations) {
        if (!out.includes(registration)) throw new Error(`${id}: ${registration} not found; see alpineWithoutUnusedParts in astro.config.mjs`);
        out = out.replace(registration, `false && ${registration}`);
      }
      /**
       * `code` with the block from `start` to the end of the first `end` after it ('' for just `start`) replaced, padded to as many lines
       * (the lines after it keep their place in the source map); stops the build when it is not there.
       * @param {string} code @param {string} start @param {string} end @param {string} replacement @param {string} what
       */
      const replaceBlock = (code, start, end, replacement, what) => {
        const from = code.indexOf(start);
        const to = from < 0 ? -1 : code.indexOf(end, from + start.length);
        if (to < 0) throw new Error(`${id}: ${what} not as expected; see alpineWithoutUnusedParts in astro.config.mjs`);
        const lines = code.slice(from, to + end.length).split('\n').length;
        return `${code.slice(0, from)}${replacement}${'\n'.repeat(lines - replacement.split('\n').length)}${code.slice(to + end.length)}`;
      };
      // Interceptors (what $persist and the like put in a component's data) come only from the
      // plugin API, now gone: looking for them in every component's data at start does nothing.
      out = replaceBlock(out, 'function initInterceptors(data2, cleanup = () => {\n}) {', '\n  return recurse(data2);\n}\n', 'function initInterceptors() {}', 'initInterceptors');
      // Nor do the magics get the means to make one (the workbook's magics: $el, $refs, $root, $watch).
      out = replaceBlock(out, 'let utils = { interceptor, ...utilities };', '', 'let utils = { ...utilities };', 'the magics\' utilities');
      // x-show's way in and out without transitions: no element ever gets one (x-transition is
      // gone, and nothing else sets _x_transition), so only the plain branches stay, same timing.
      out = replaceBlock(
        out,
        '  if (value) {\n    if (el._x_transition && (el._x_transition.enter || el._x_transition.leave)) {',
        '  }) : Promise.resolve(hide);\n',
        '  if (value) {\n    clickAwayCompatibleShow();\n    return;\n  }\n  el._x_hidePromise = Promise.resolve(hide);\n',
        '_x_toggleAndCascadeWithTransitions',
      );
      const head = 'var Alpine = {';
      const from = out.indexOf(head);
      const to = out.indexOf('\n};\n', from);
      const entries = from < 0 || to < 0 ? '' : out.slice(from + head.length, to);
      for (const name of kept) {
        if (!new RegExp(`\\n  ${name},\\n`).test(entries)) throw new Error(`${id}: Alpine.${name} not found in the Alpine object; see alpineWithoutUnusedParts in astro.config.mjs`);
      }
      // Alpine's own code reaches its object as alpine_default (the CSP build's setters): nothing else may be asked of it.
      for (const [, name] of out.matchAll(/\balpine_default\.([A-Za-z$_]+)/g)) {
        if (!kept.includes(name ?? '')) throw new Error(`${id}: Alpine's code calls Alpine.${name}, which alpineWithoutUnusedParts (astro.config.mjs) takes out`);
      }
      // As many lines as before, so the lines after it keep their place in the source map.
      out = `${out.slice(0, from)}${head} ${kept.join(', ')}${'\n'.repeat(entries.split('\n').length - 1)}${out.slice(to)}`;
      return { code: out, map: null };
    },
  };
}

/**
 * Alpine's CSP build tokenizes and parses an expression again every time it is evaluated
 * (its evaluator calls `generateRuntimeFunction(expression)` inside the function it returns),
 * so every effect run and every row of an `x-for` parses its expressions anew: on the mentee
 * page with 20 meeting cards that is most of Alpine's start-up work. The parsed function
 * depends only on the expression's text (the parser and `Evaluator` keep no state), so it
 * is made once per text and kept. A parse error is not kept: it is thrown each time, as before.
 * The build stops if the function is not found (an Alpine update changed it: look again).
 */
function alpineParseEachExpressionOnce() {
  const head = 'function generateRuntimeFunction(expression) {';
  return {
    name: 'wb-alpine-parse-each-expression-once',
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!id.includes('@alpinejs/csp')) return null;
      if (!code.includes(head)) throw new Error(`${id}: generateRuntimeFunction not found; see alpineParseEachExpressionOnce in astro.config.mjs`);
      const cached = [
        'var wbRuntimeFunctions = new Map();',
        head,
        '  let made = wbRuntimeFunctions.get(expression);',
        '  if (!made) {',
        '    made = wbGenerateRuntimeFunction(expression);',
        '    wbRuntimeFunctions.set(expression, made);',
        '  }',
        '  return made;',
        '}',
        'function wbGenerateRuntimeFunction(expression) {',
      ].join('\n');
      return { code: code.replace(head, cached), map: null };
    },
  };
}

/**
 * The forms' record rules (`src/forms/<id>/record.ts`: version, migrations, date field),
 * which storage runs on every read: one small chunk, not one per form.
 * @param {string} id
 */
const recordRulesModule = (id) => /[\\/]src[\\/](forms[\\/](records|storage-setup|[^\\/]+[\\/]record)|lib[\\/]forms[\\/]module)\.ts$/.test(id);

/**
 * What the guide's read-aloud and hard words share with the form pages' "Listen" and hard
 * words (loaded there on the first tap): one chunk, so a guide page loads one file for it, not two.
 * @param {string} id
 */
const pageHelpModule = (id) => /[\\/]src[\\/](scripts[\\/](speech|readable-text|hard-words)|lib[\\/](read-aloud[\\/]voices|learn[\\/]speech-chunks))\.ts$/.test(id);

/**
 * Storage and what every records page reads with it (people, records, the forms' words, the
 * form engine's small helpers): one chunk with the record rules, not fifteen small files.
 * Storage's words for its problems are not in it: they load when a problem happens (storage-words.ts).
 * Nor is what only some records pages use (storage's mentees.ts, lists.ts, erase.ts: adding, renaming,
 * listing and deleting mentees, a mentee's records page by page, deleting everything): the bundler puts
 * that with the pages that use it, so a form page's first load does without it.
 * The Listen buttons' starter (page-help.ts: forms, the mentee page, Internship, Settings) goes
 * in it too: a file of its own otherwise, for 0.6 KB that the other records pages carry for nothing.
 * @param {string} id
 */
const recordsCoreModule = (id) =>
  recordRulesModule(id) ||
  /[\\/]node_modules[\\/]idb[\\/]/.test(id) ||
  /[\\/]src[\\/](lib[\\/]storage[\\/](people|records|journal|connection|transactions|errors|migrations|health|events)|lib[\\/]storage-words|lib[\\/]backup-ui[\\/]record-words|lib[\\/]forms[\\/](fields|answer-text|visibility|initial-values)|lib[\\/]session[\\/]story|i18n[\\/](en[\\/](app|forms)|forms|moment)|lib[\\/]urls|scripts[\\/](page-help|components[\\/](focus-when-shown|modal-dialog|storage-channel)))\.ts$/.test(id);

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  // Each page's CSS inlined in its <head> (Astro adds each style's hash to the CSP): no stylesheet
  // request holds back the first paint. The print stylesheet stays a file (media="print").
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 1 },
  integrations: [mdx()],
  // English at /, Spanish (Lectura Fácil) at /es/ with the same page names. Each Spanish page is
  // its own file under src/pages/es/ that renders the English page's component in Spanish.
  i18n: { locales: ['en', 'es'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  // No code blocks in the workbook; Shiki's inline styles would break the strict CSP.
  markdown: { syntaxHighlight: false },
  server: { host: '127.0.0.1', port: 4321 },
  vite: {
    plugins: [dynamicImportsAsIs(), optimizedOpenMoji(), alpineSkipDeprecatedGlobals(), alpineParseEachExpressionOnce(), alpineWithoutUnusedParts(fileURLToPath(new URL('./src/', import.meta.url))), browserWords(fileURLToPath(new URL('./src/', import.meta.url))), formNouns()],
    // No preload helper in the bundles (see dynamicImportsAsIs): dynamic imports here are rare, late and cached offline.
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // Every small chunk costs its own gzip header and import lines.
              // Higher priority first: a group takes the dependencies of what it captures, so the
              // words engine (also on guide pages) is kept out of 'records' by a group of its own.
              { name: 'page-help', test: pageHelpModule, priority: 3 },
              // The words engine goes with Vite's one-line helper for import() (see dynamicImportsAsIs) and
              // the look for a database (Home loads storage only when there is one): small, and on
              // every page with a script, Home and guide pages included. Kept out of 'records'.
              { name: 'translate', test: /[\\/]src[\\/](i18n[\\/](translate|format|locale)|lib[\\/]storage[\\/]exists)\.ts$|^\0vite[\\/]preload-helper/, priority: 4 },
              { name: 'records', test: recordsCoreModule, priority: 1 },
            ],
          },
        },
      },
    },
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
      scriptDirective: { hashes: [earlySettingsHash] },
    },
  },
});
