// @vitest-environment node
/**
 * The parts of the page that speak the reader's language write no words of their own: every word a
 * reader sees (text, labels, titles, computed sentences) comes from the catalogue. Read from the
 * source's syntax tree (@babel/parser), not by pattern: JSX text, the attributes a reader or a screen
 * reader meets, and sentences in string or template literals. A file joins TRANSLATED once its words
 * moved to the catalogue; the list grows until it is every view (docs/translating.md). A single
 * letter is a symbol (h, c, y), not a word. (state/presets.ts and content/terms.ts take their words
 * from the catalogue too, but hold data that stays English: the example sentences the trained models
 * read, and the glossary's keys.)
 */
import { readFileSync } from 'node:fs';
import { parse } from '@babel/parser';
import { describe, expect, it } from 'vitest';

export const TRANSLATED = [
  'src/views/Masthead.tsx',
  'src/views/TourStartButton.tsx',
  'src/ui/controls/DetailSwitch.tsx',
  'src/ui/controls/ThemeSwitch.tsx',
  'src/ui/controls/LanguageSwitch.tsx',
  'src/ui/charts/curveText.ts',
  'src/ui/charts/CurveTable.tsx',
  'src/ui/controls/PresetPicker.tsx',
  'src/ui/controls/WeightsSwitch.tsx',
  'src/ui/controls/CellTypeSwitch.tsx',
  'src/ui/controls/ParamCount.tsx',
  'src/ui/controls/ForgetBiasCompare.tsx',
  'src/ui/shared/PanelBoundary.tsx',
  'src/ui/shared/StoryNote.tsx',
  'src/features/timeline/Legend.tsx',
  'src/features/timeline/StepReadout.tsx',
  'src/features/timeline/TimelineAnswers.tsx',
  'src/views/LoadingView.tsx',
  'src/state/presetCaptions.ts',
  'src/content/story.ts',
  'src/features/lesson/ClassResults.tsx',
  'src/features/lesson/QrScan.tsx',
  'src/features/lesson/ShareAnswers.tsx',
  'src/ui/shared/QrCode.tsx',
  'src/views/ClassView.tsx',
  'src/features/lesson/GuidedTour.tsx',
  'src/features/lesson/PredictionCard.tsx',
  'src/features/lesson/TourScroller.tsx',
  'src/features/lesson/tourStops.ts',
  'src/features/timeline/Inspector.tsx',
  'src/features/timeline/StateTable.tsx',
  'src/features/timeline/TimelineParts.tsx',
  'src/features/trained/WhoDidItPanel.tsx',
  'src/ui/controls/Knobs.tsx',
  'src/ui/controls/SequenceInput.tsx',
  'src/ui/charts/CompactMemoryChart.tsx',
  'src/views/ExploreFreely.tsx',
  'src/views/EmbedView.tsx',
  'src/views/PresenterView.tsx',
  'src/views/PresenterReadout.tsx',
  'src/views/PanelLoading.tsx',
  'src/state/keptSettings.ts',
  'src/content/cells.ts',
  'src/state/urlState.ts',
  'src/state/labUrl.ts',
  'src/state/urlCompact.ts',
  'src/app/useOpenedModel.ts',
  'src/app/boot.tsx',
  'src/views/HowThisWasMade.tsx',
  'src/ui/shared/AboutThisPage.tsx',
  'src/features/explainer/Misconceptions.tsx',
  'src/content/glossary.ts',
  'src/content/levels.ts',
  'src/features/explainer/Explainer.tsx',
  'src/features/explainer/ReachSkip.tsx',
  'src/features/explainer/LiveMath.tsx',
  'src/features/explainer/TaskKinds.tsx',
  'src/features/lesson/TeachersGuide.tsx',
  'src/features/lesson/guidePlan.ts',
  'src/features/lesson/guideAnswers.ts',
];

const SPOKEN_ATTRIBUTES = new Set([
  'aria-label',
  'title',
  'alt',
  'placeholder',
  'label',
  'legend',
  'aria-description',
]);
/** Three words in a row: a sentence or a phrase, not an id, a class name or a formula. */
const PHRASE = /\p{L}{2,}\s+\p{L}{2,}\s+\p{L}{2,}/u;

interface Found {
  line: number;
  text: string;
}

function wordsIn(file: string): Found[] {
  const source = readFileSync(file, 'utf8');
  const ast = parse(source, { sourceType: 'module', plugins: ['typescript', 'jsx'] });
  const found: Found[] = [];
  const visit = (node: unknown, parent: Record<string, unknown> | null): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, parent);
      return;
    }
    const n = node as Record<string, unknown> & { type?: string; loc?: { start: { line: number } } };
    const line = n.loc?.start.line ?? 0;
    if (n.type === 'JSXText' && /\p{L}{2,}/u.test(String(n.value)))
      found.push({ line, text: String(n.value).trim() });
    if (n.type === 'JSXAttribute') {
      const name = (n.name as { name?: string }).name ?? '';
      const value = n.value as { type?: string; value?: string } | null;
      if (SPOKEN_ATTRIBUTES.has(name) && value?.type === 'StringLiteral' && /\p{L}/u.test(value.value ?? ''))
        found.push({ line, text: `${name}="${value.value}"` });
    }
    // Sentences in code: string literals and the text of template literals (imports and types aside).
    const inImport = parent?.type === 'ImportDeclaration' || parent?.type === 'ExportNamedDeclaration';
    if (n.type === 'StringLiteral' && !inImport && PHRASE.test(String(n.value)))
      found.push({ line, text: String(n.value) });
    if (n.type === 'TemplateElement') {
      const raw = (n.value as { cooked?: string }).cooked ?? '';
      if (PHRASE.test(raw)) found.push({ line, text: raw });
    }
    for (const [key, child] of Object.entries(n)) {
      if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments' || key === 'comments')
        continue;
      if (child && typeof child === 'object') visit(child, n);
    }
  };
  visit(ast.program, null);
  return found;
}

describe('no words outside the catalogue', () => {
  for (const file of TRANSLATED)
    it(file, () => {
      expect(wordsIn(file)).toEqual([]);
    });

  it('the check finds words where they are written', () => {
    // A file known to write its own English (not yet translated) must be found wanting.
    expect(wordsIn('src/features/lab/TrainingLab.tsx').length).toBeGreaterThan(0);
  });
});
