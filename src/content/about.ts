/**
 * What the page says about itself: its version, its licences and how to cite it. A test holds
 * VERSION to package.json's and CITATION.cff's, so the three cannot drift apart.
 */
export const VERSION = '0.2.0';
export const RELEASE_YEAR = 2026;
export const AUTHORS = 'RNN Explainer contributors';
export const TITLE = 'RNN Explainer: an interactive explainer of recurrent neural networks';
export const CODE_LICENCE = 'MIT';
export const CONTENT_LICENCE = 'CC BY 4.0';
export const CONTENT_LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';

/** A citation a teacher can paste, with the address the reader has open. */
export const citation = (url: string): string =>
  `${AUTHORS}. ${TITLE}, version ${VERSION}, ${RELEASE_YEAR}. ${url}. Code ${CODE_LICENCE}; content ${CONTENT_LICENCE}.`;

/** The credit an exported figure carries in its metadata. */
export const figureRights = (): string =>
  `© ${RELEASE_YEAR} ${AUTHORS}, RNN Explainer ${VERSION}. ${CONTENT_LICENCE} (${CONTENT_LICENCE_URL}).`;
