/**
 * Where a printed address may break across lines: only between its parts, never inside a word, so
 * a reader copying a handout by hand does not read "tour=forg" and "etting" as two things. The
 * places follow the Chicago Manual of Style (17th ed., 14.18): after "://", before a
 * single slash, a dot, "?", "#" and "&", and after "=".
 */
export function urlBreaks(url: string): string[] {
  const pieces: string[] = [];
  let piece = '';
  // The slashes of "://" stay with the scheme; a break follows them.
  const scheme = url.indexOf('://');
  const inScheme = (i: number) => scheme >= 0 && (i === scheme + 1 || i === scheme + 2);
  for (let i = 0; i < url.length; i++) {
    const c = url[i];
    if ('/?#&.'.includes(c) && !inScheme(i) && piece !== '') {
      pieces.push(piece);
      piece = '';
    }
    piece += c;
    if ((c === '=' || (scheme >= 0 && i === scheme + 2)) && i < url.length - 1) {
      pieces.push(piece);
      piece = '';
    }
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}
