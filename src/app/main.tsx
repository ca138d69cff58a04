import { boot } from './boot';

const search = window.location.search;
// A shared link may carry a long sentence compressed (`z`); its decoder loads only for such links.
if (new URLSearchParams(search).has('z')) {
  void import('../state/urlCompact').then(({ expandSearch }) => {
    const expanded = expandSearch(search);
    // Its notice is worded once the reader's language is in.
    boot(expanded.search, undefined, () => expandSearch(search).notices);
  });
} else {
  boot(search);
}
