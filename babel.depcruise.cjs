/**
 * Babel settings dependency-cruiser transpiles TS/TSX with (.dependency-cruiser.cjs). Type-only
 * imports are turned into plain imports first, so the import rule covers types too: a layer may
 * not depend on a higher one even for a type.
 */
// On Program: the TypeScript preset drops type imports as it enters Program, before any
// ImportDeclaration visitor would run.
const keepTypeImports = () => ({
  visitor: {
    Program(path) {
      for (const node of path.node.body) {
        if (node.type !== 'ImportDeclaration' && !(node.type === 'ExportNamedDeclaration' && node.source))
          continue;
        if (node.importKind === 'type') node.importKind = 'value';
        if (node.exportKind === 'type') node.exportKind = 'value';
        for (const s of node.specifiers ?? []) {
          if (s.importKind === 'type') s.importKind = 'value';
          if (s.exportKind === 'type') s.exportKind = 'value';
        }
      }
    },
  },
});

module.exports = {
  plugins: [keepTypeImports],
  presets: [
    ['@babel/preset-typescript', { isTSX: true, allExtensions: true, onlyRemoveTypeImports: true }],
    ['@babel/preset-react', { runtime: 'automatic' }],
  ],
};
