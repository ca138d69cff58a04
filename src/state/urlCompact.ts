/**
 * Long sentences in links. A 5,000-character Chinese sentence percent-encodes to ~45,000
 * characters — past what servers accept (HTTP 431 from ~8 KB). Share links carry the text
 * compressed as `z` (lz-string, URL-safe alphabet) whenever that is shorter than `text`; the
 * address bar keeps the readable `text` unless it would pass the limit. Loaded only when a link has
 * `z`, an address grows past the limit, or the Share dialog opens.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { t } from '../i18n/t';

export { LINK_LIMIT } from './urlState';

/** `search` ("?a=1&text=…") with `text` as `z` when that is shorter. */
export function compactSearch(search: string): string {
  const sp = new URLSearchParams(search);
  const text = sp.get('text');
  if (text === null) return search;
  const plain = sp.toString();
  sp.delete('text');
  sp.set('z', compressToEncodedURIComponent(text));
  const packed = sp.toString();
  return packed.length < plain.length ? `?${packed}` : search;
}

/** A whole link (absolute or not) with its query compacted. */
export function compactLink(link: string): string {
  const q = link.indexOf('?');
  return q < 0 ? link : link.slice(0, q) + compactSearch(link.slice(q));
}

/** `search` with `z` expanded back into `text`; a damaged `z` is dropped with a notice. */
export function expandSearch(search: string): { search: string; notices: string[] } {
  const sp = new URLSearchParams(search);
  const z = sp.get('z');
  if (z === null) return { search, notices: [] };
  sp.delete('z');
  const text = z === '' ? '' : decompressFromEncodedURIComponent(z);
  if (!text)
    return {
      search: `?${sp}`,
      notices: [t('notice.badCompressed')],
    };
  if (!sp.has('text')) sp.set('text', text);
  return { search: `?${sp}`, notices: [] };
}
