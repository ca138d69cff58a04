/**
 * The import rule (README, "Architecture"), checked in `npm test` (`npm run lint`):
 *
 *   engine ← train ← state ← compute ← ui ← features ← views ← app
 *
 * A layer imports only the layers to its left (and content/, the page's prose and data, which
 * imports only the engine). A feature never imports another feature. No cycles, between files or
 * between folders.
 */
const LAYERS = ['engine', 'train', 'state', 'compute', 'ui', 'features', 'views', 'app'];
const SHARED = ['content', 'i18n', 'locales', 'types', 'csp\\.ts', 'styles\\.css'];

const layerRules = LAYERS.map((layer, i) => ({
  name: `${layer}-imports-only-lower-layers`,
  comment: `src/${layer}/ may import ${LAYERS.slice(0, i + 1).join(', ')} and ${SHARED.join(', ')}`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: '^src/', pathNot: `^src/(${[...LAYERS.slice(0, i + 1), ...SHARED].join('|')})(/|$)` },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'content-imports-only-the-engine',
      severity: 'error',
      from: { path: '^src/content/' },
      // …and t() (i18n/t.ts), which names its words by id without loading a catalogue.
      to: { path: '^src/', pathNot: '^src/(content|engine)/|^src/i18n/t\\.ts$' },
    },
    {
      name: 'i18n-imports-only-its-catalogues',
      comment: 'the language layer serves every layer, so it imports none of them',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: { path: '^src/', pathNot: '^src/(i18n|locales)/' },
    },
    {
      name: 'features-are-independent',
      comment: 'a feature never imports another feature: what two features share belongs in ui/ or below',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-circular-folders',
      comment: 'two folders that import each other are one tangle: move what both need below both',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-orphans',
      comment: 'a module nothing imports is dead code (entry points and workers excepted)',
      severity: 'error',
      from: {
        orphan: true,
        path: '^src/',
        pathNot: [
          '\\.d\\.ts$',
          '\\.worker\\.ts$',
          '^src/app/(offline/)?main\\.tsx$',
          '^src/app/element/',
          '^src/app/offline/',
          'styles\\.css$',
        ],
      },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    // TypeScript 7 (native) has no JS API for dependency-cruiser. Babel transpiles TS/TSX to
    // JavaScript — keeping type-only imports as plain ones (babel.depcruise.cjs), so types obey the
    // layers too — and acorn reads the imports; @swc/core is installed only because dependency-cruiser scans .ts/.tsx files when
    // one TypeScript-capable parser is present (swc's own parser rejects TSX).
    parser: 'acorn',
    babelConfig: { fileName: 'babel.depcruise.cjs' },
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
  },
};
