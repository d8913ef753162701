/** A form's listing (`src/forms/<id>/list.ts`) with the words of its links in the page's language. Build-time. */
import { currentLocale, type Locale } from '~/i18n/locale';
import type { FormListing } from '~/lib/forms/list-row';
import { listingOf, loadListings } from '~/lib/forms/listings';
import { translateListing } from '~/lib/forms/translation';
import { formWordsIn } from './index';

/**
 * How lists show a form's records (`src/forms/<id>/list.ts`), with the words of its links
 * ("New meeting") in the language of the page being built.
 */
export async function listingInLanguage(formId: string, locale: Locale = currentLocale()): Promise<FormListing> {
  await loadListings([formId]);
  const listing = listingOf(formId);
  return locale === 'en' ? listing : translateListing(listing, formWordsIn(formId, locale)?.list);
}
