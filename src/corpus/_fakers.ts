import { Faker } from '@faker-js/faker';
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as enGB } from '@faker-js/faker/locale/en_GB';
import { faker as enIN } from '@faker-js/faker/locale/en_IN';
import { faker as enUS } from '@faker-js/faker/locale/en_US';
import { faker as es } from '@faker-js/faker/locale/es';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as nl } from '@faker-js/faker/locale/nl';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as ptBR } from '@faker-js/faker/locale/pt_BR';

/** Locales the corpus draws people, phones and addresses from. */
export const CORPUS_LOCALES = ['en_US', 'en_GB', 'de', 'fr', 'en_IN', 'pt_BR', 'es', 'it', 'nl', 'pl'] as const;
/** One corpus locale. */
export type CorpusLocale = (typeof CORPUS_LOCALES)[number];

const DEFS = { en_US: enUS, en_GB: enGB, de, fr, en_IN: enIN, pt_BR: ptBR, es, it, nl, pl } as const;

/** "Now" for generated dates, fixed so that a seed always gives the same corpus. */
const REF_DATE = '2025-06-01T12:00:00.000Z';

/** Seeded faker instances, one per locale, plus `rng` (en_US) for choices. */
export interface Fakers {
  readonly rng: Faker;
  readonly byLocale: Readonly<Record<CorpusLocale, Faker>>;
}

/** Fresh, seeded faker instances (deterministic for a seed). */
export function makeFakers(seed: number): Fakers {
  const byLocale = {} as Record<CorpusLocale, Faker>;
  CORPUS_LOCALES.forEach((loc, i) => {
    const f = new Faker({ locale: [DEFS[loc].rawDefinitions] });
    f.seed(seed * 31 + i + 1);
    f.setDefaultRefDate(REF_DATE);
    byLocale[loc] = f;
  });
  const rng = new Faker({ locale: [enUS.rawDefinitions] });
  rng.seed(seed);
  rng.setDefaultRefDate(REF_DATE);
  return { rng, byLocale };
}

/** Pick an element (the generator's one source of randomness is `rng`). */
export function pick<T>(f: Faker, items: readonly T[]): T {
  return f.helpers.arrayElement(items as T[]);
}

/** A locale for one value. */
export function locale(fk: Fakers): Faker {
  return fk.byLocale[pick(fk.rng, CORPUS_LOCALES)];
}
