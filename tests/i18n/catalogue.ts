/** The PO catalogues as the build reads them (Lingui's own config and reader), for the tests. */
import { getConfig } from '@lingui/conf';
import { getCatalogs } from '@lingui/cli/api';

export type Catalogue = Record<string, string>;

/** Every language's messages (id → text), read from src/locales/<language>/<part>.po. */
export async function readCatalogues(): Promise<Record<string, Catalogue>> {
  const config = getConfig({ cwd: process.cwd() });
  const catalogs = await getCatalogs(config);
  const out: Record<string, Catalogue> = {};
  for (const locale of config.locales) {
    out[locale] = {};
    // Every part's file (page, tour, …): one id lives in one part.
    for (const catalog of catalogs) {
      const messages = (await catalog.read(locale)) ?? {};
      for (const [id, m] of Object.entries(messages)) if (!m.obsolete) out[locale][id] = m.translation ?? '';
    }
  }
  return out;
}
