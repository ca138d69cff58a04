import { boot } from './boot';

const search = window.location.search;
// A shared link may carry a long sentence compressed (`z`); its decoder loads only for such links.
if (new URLSearchParams(search).has('z')) {
  void import('../state/urlCompact').then(({ expandSearch }) => {
    const expanded = expandSearch(search);
    boot(expanded.search, undefined, expanded.notices);
  });
} else {
  boot(search);
}
