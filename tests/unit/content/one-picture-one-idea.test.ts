/**
 * One picture means one thing across the site (issue 14). A reader at grade 2–4 learns
 * a picture as a word: if the same picture stands for "feedback" on one page and for
 * "I share my own life" on the next, it helps neither.
 *
 * What can be checked by a program:
 * 1. The hard-words list: no two hard words share a picture, unless they are one idea
 *    (listed in SAME_IDEA: "advocate" and "self-advocate").
 * 2. Pictures given one idea (IDEAS, so far the ones that stood for several things:
 *    "people", "speech" and the pictures that took over their other ideas): wherever
 *    they are shown (a guide page's key point or own picture, a hard word, a form or one
 *    of its choices, the menu, a page heading), the words next to them say that idea.
 *    Checking every picture this way needs each one's idea written down: add a line to
 *    IDEAS when a picture gets a meaning of its own.
 *
 * The guide pages checked are the English ones (content/learn/*.mdx): the words are matched in English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { forms } from '~/forms';
import { t, type MessageKey } from '~/i18n';
import { mainSections } from '~/lib/site';
import { allFields, optionsOf } from '~/lib/forms/fields';
import type { PictureName } from '~/pictures';
import { readPages, root } from './prose';

interface HardWordEntry {
  id: string;
  term: string;
  meaning: string;
  picture?: string;
}
const hardWords = JSON.parse(readFileSync(join(root, 'content/hard-words.json'), 'utf8')) as HardWordEntry[];

/** Hard words that are one idea, and so may share one picture. */
const SAME_IDEA: readonly (readonly string[])[] = [
  ['advocate', 'self-advocacy', 'self-advocate'],
  ['feedback', 'constructive-feedback'],
  ['accessibility', 'wcag'],
  ['confidential', 'privacy'],
  ['peer', 'peer-mentor'],
];

/** Pictures with one idea, and words that every place showing the picture must say. */
const IDEAS: Partial<Record<PictureName, { idea: string; words: RegExp }>> = {
  people: { idea: 'my mentees', words: /\bmentees?\b/i },
  speech: { idea: 'feedback', words: /\bfeedback\b/i },
  talkTogether: { idea: 'we talk about how things are going', words: /\b(?:talk|goes over)\b/i },
  speakingHead: { idea: 'I share my own life', words: /\bshare\b/i },
  person: { idea: 'everyone is a whole person', words: /\bwhole person\b/i },
  mirror: { idea: 'the intern learns by watching you', words: /\bwatching\b/i },
  group: { idea: 'mentoring a group', words: /\bmentoring (?:in )?a group\b/i },
  teacher: { idea: 'leading a group with someone (co-facilitating)', words: /\b(?:co-facilitat\w*|lead a group)\b/i },
  faceToFace: { idea: 'face-to-face', words: /\bface-to-face\b/i },
  brain: { idea: 'intellectual or developmental disability', words: /\bintellectual or developmental disability\b/i },
  healthWorker: { idea: 'the interdisciplinary team (care staff)', words: /\binterdisciplinary team\b/i },
  theater: { idea: 'role play', words: /\brole play\b/i },
  label: { idea: 'People First Language', words: /\bPeople First Language\b/i },
  circle: { idea: 'Circle of Support', words: /\bCircle of Support\b/i },
  compass: { idea: 'person-centered plan', words: /\bperson-centered plan\b/i },
  statueOfLiberty: { idea: 'rights', words: /\brights\b/i },
  twoHearts: { idea: 'rapport', words: /\brapport\b/i },
  walking: { idea: 'independent', words: /\bindependent\b/i },
  factory: { idea: 'employer', words: /\bemployer\b/i },
};

/** One place a picture is shown, with the words next to it. */
interface Use {
  picture: string;
  where: string;
  text: string;
}

/** Every place a picture is shown with words: hard words, guide pages, forms. */
function uses(): Use[] {
  const found: Use[] = [];
  for (const word of hardWords) {
    if (word.picture) found.push({ picture: word.picture, where: `content/hard-words.json: ${word.id}`, text: `${word.term} ${word.meaning}` });
  }
  for (const page of readPages()) {
    if (page.data['picture']) found.push({ picture: page.data['picture'], where: `content/learn/${page.file}: the page's picture`, text: `${page.data['title']} ${page.data['summary']}` });
    for (const match of page.source.matchAll(/<KeyPoint\b[^>]*\bpicture="([^"]+)"[^>]*>([\s\S]*?)<\/KeyPoint>/g)) {
      const line = page.source.slice(0, match.index).split('\n').length;
      found.push({ picture: match[1]!, where: `content/learn/${page.file}:${line}`, text: match[2]!.replace(/<[^>]+>/g, ' ') });
    }
  }
  for (const def of forms) {
    found.push({ picture: def.picture, where: `src/forms/${def.id}: the form's picture`, text: [def.title, def.shortTitle, ...def.intro].join(' ') });
    for (const field of allFields(def)) {
      for (const option of optionsOf(field)) {
        if (option.picture) found.push({ picture: option.picture, where: `src/forms/${def.id}: ${field.name} = ${option.value}`, text: [option.label, option.hint, option.official].filter(Boolean).join(' ') });
      }
    }
  }
  for (const section of mainSections) found.push({ picture: section.picture, where: `src/lib/site.ts: ${section.href}`, text: `${t(section.label)} ${t(section.blurb)}` });
  // A picture beside words from the catalog on the same line: `<Picture name="people" /> <span>{t('mentees.crumbMentees')}</span>`.
  for (const file of astroFiles(join(root, 'src'))) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      const picture = /<Picture name="([^"]+)"/.exec(line)?.[1];
      const keys = [...line.matchAll(/\bt\('([\w.]+)'\)/g)].map((m) => m[1] as MessageKey);
      if (picture && keys.length > 0) found.push({ picture, where: `${relative(root, file)}:${i + 1}`, text: keys.map((key) => t(key)).join(' ') });
    });
  }
  return found;
}

/** The .astro files under `dir`. */
function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? astroFiles(join(dir, entry.name)) : entry.name.endsWith('.astro') ? [join(dir, entry.name)] : [],
  );
}

/** The hard words of the same idea as `id` (itself included). */
const ideaOf = (id: string): readonly string[] => SAME_IDEA.find((group) => group.includes(id)) ?? [id];

describe('one picture, one idea', () => {
  test('no two hard words share a picture unless they are one idea', () => {
    const byPicture = new Map<string, string[]>();
    for (const word of hardWords) if (word.picture) byPicture.set(word.picture, [...(byPicture.get(word.picture) ?? []), word.id]);
    const shared = [...byPicture]
      .filter(([, ids]) => ids.some((id) => !ideaOf(ids[0]!).includes(id)))
      .map(([picture, ids]) => `"${picture}" is the picture of ${ids.join(', ')}`);
    expect(shared).toEqual([]);
  });

  test('a picture with one idea is shown only with that idea\'s words', () => {
    const wrong = uses().flatMap((use) => {
      const idea = IDEAS[use.picture as PictureName];
      return idea && !idea.words.test(use.text.replace(/\s+/g, ' ')) ? [`${use.where}: "${use.picture}" means "${idea.idea}": ${use.text.replace(/\s+/g, ' ').trim().slice(0, 80)}`] : [];
    });
    expect(wrong).toEqual([]);
  });
});
