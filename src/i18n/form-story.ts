/** The `t()` family over the signed-means-sealed words only, in English and Spanish (`formStory.*`), for the scripts that load them when needed. */
import { formStory } from './en/form-story';
import { formStory as formStoryEs } from './es/form-story';
import { createTranslate } from './translate';

export const { t } = createTranslate({ en: formStory, es: formStoryEs });
