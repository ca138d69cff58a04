/**
 * The view an offline copy opens in: the state saved into the file, with what the address's query
 * names laid over it — so `offline.html?embed=1` is the embed of the saved view, as the Share
 * dialog promises, and `?step=3` moves only the step. A query that names a preset asks for that
 * preset, so the saved view's settings give way to it (as a new preset does everywhere else).
 */
export function bakedView(baked: string, query: string): string {
  const asked = new URLSearchParams(query);
  const view = asked.has('preset') ? new URLSearchParams() : new URLSearchParams(baked);
  for (const [k, v] of asked) view.set(k, v);
  const s = view.toString();
  return s === '' ? '' : `?${s}`;
}
