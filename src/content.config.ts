/**
 * Content collections.
 *
 * `learn`: the Easy Read guide, one MDX file per page in `content/learn/`; the Spanish
 * pages in `content/learn/es/` with the same file names (ids `es/<name>`).
 * `hardWords` / `hardWordsEs`: the hard-words lists in `content/hard-words.json` and
 * `content/hard-words.es.json`, used by `<HardWord>`, form pages and the Hard words page.
 */
import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';

/** Which part of the guide a page belongs to; also the order of the parts. */
export const sections = ['peer-mentor', 'supervisor', 'about'] as const;

const learn = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/learn' }),
  schema: z.object({
    /** The page's heading and title. Short and plain. */
    title: z.string().min(3).max(60),
    /** One short sentence: shown in the "This page is about" box and in lists. */
    summary: z.string().min(10).max(140),
    /** Place within its section (1 comes first). */
    order: z.number().int().positive(),
    /** The part of the guide. */
    section: z.enum(sections),
    /** Who the page is written for. */
    audience: z.enum(['peer mentors', 'supervisors', 'everyone']),
    /** The page's picture: a name from src/pictures/index.ts (checked at render). */
    picture: z.string(),
    /** Alt text for the page's picture when it carries meaning; empty by default. */
    pictureAlt: z.string().default(''),
  }),
});

const hardWordSchema = z.object({
  /** The word or phrase as it appears in text. */
  term: z.string().min(2),
  /** Its meaning in one or two short sentences. */
  meaning: z.string().min(10).max(300),
  /** Optional picture name. */
  picture: z.string().optional(),
});

const hardWords = defineCollection({ loader: file('./content/hard-words.json'), schema: hardWordSchema });
/** The Spanish hard-words list: the same ids, Spanish terms and meanings (and a few Spanish-only words). */
const hardWordsEs = defineCollection({ loader: file('./content/hard-words.es.json'), schema: hardWordSchema });

export const collections = { learn, hardWords, hardWordsEs };
