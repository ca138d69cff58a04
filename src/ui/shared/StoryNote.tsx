/**
 * One paragraph of the lesson, with its glossary terms, beside what it talks about; its "↳" cue is
 * a button that scrolls to that thing and outlines it.
 */
import type { Paragraph } from '../../content/story';
import { TermText } from './TermText';
import { pointAt } from './spotlight';
import { t } from '../../i18n/t';

export function Cue({ paragraph }: { paragraph: Paragraph }) {
  const { see, spot } = paragraph;
  if (!see) return null;
  if (!spot) return <span className="see"> ↳ {see}</span>;
  return (
    <>
      {' '}
      <button type="button" className="cue" onClick={() => pointAt(spot)}>
        <span aria-hidden="true">↳ </span>
        <span className="visually-hidden">{t('story.show')} </span>
        {see}
      </button>
    </>
  );
}

export function StoryNote({
  paragraph,
  cue = true,
  hidden = [],
}: {
  paragraph: Paragraph;
  cue?: boolean;
  /** Parts a teacher's link hides: the words do not point at them. */
  hidden?: readonly string[];
}) {
  return (
    <p className="story-note">
      <TermText text={paragraph.textHiding?.(hidden) ?? paragraph.text} />
      {cue && <Cue paragraph={paragraph} />}
    </p>
  );
}
