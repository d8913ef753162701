/**
 * The floor page for the first-visit benchmark: a built page's title and main text as the
 * plain HTML a person would write by hand (headings, paragraphs, lists), with no
 * stylesheet, script, font or picture. No site with that text can paint it sooner.
 */

/** Tags the floor keeps (without their attributes); every other tag is dropped, its text kept. */
const kept = 'h[1-6]|p|ul|ol|li|strong|em';

/** `html` without its elements marked `hidden` (a hard word's meaning, closed). */
function withoutHidden(html: string): string {
  let out = html;
  for (let open = /<([a-z]+)\b[^>]*\shidden[\s>=]/i.exec(out); open; open = /<([a-z]+)\b[^>]*\shidden[\s>=]/i.exec(out)) {
    const tag = new RegExp(`<(/?)${open[1]}\\b[^>]*>`, 'gi');
    tag.lastIndex = open.index;
    let depth = 0;
    let end = out.length;
    for (let m = tag.exec(out); m; m = tag.exec(out)) {
      depth += m[1] ? -1 : 1;
      if (depth === 0) {
        end = m.index + m[0].length;
        break;
      }
    }
    out = out.slice(0, open.index) + out.slice(end);
  }
  return out;
}

/** The floor page for the built page `html`. */
export function floorPage(html: string): string {
  const title = /<title>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '';
  const description = /<meta name="description" content="([^"]*)"/i.exec(html)?.[1] ?? '';
  const main = /<main\b[^>]*>([\s\S]*?)<\/main>/i.exec(html)?.[1] ?? '';
  const body = withoutHidden(main)
    .replace(/<(script|style|template|svg)\b[\s\S]*?<\/\1>/gi, '')
    .replace(new RegExp(`<(/?)(${kept})\\b[^>]*>`, 'gi'), '<$1$2>')
    .replace(new RegExp(`<(?!/?(?:${kept})>)[^>]*>`, 'gi'), ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<meta name="description" content="${description}">`,
    '<link rel="icon" href="data:,">',
    '</head>',
    '<body>',
    `<main>${body}</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
