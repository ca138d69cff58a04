/** The link to this exact view, an <iframe> snippet for slides, and how to use them. */
import { useEffect, useRef, useState } from 'react';
import { downloadOfflineCopy } from './offlineCopy';
import { formatNumber } from '../../i18n/numbers';
import { LINK_LIMIT, compactLink } from '../../state/urlCompact';
import { CopyButton } from '../../ui/shared/CopyButton';
import type { TrainedBundle } from '../../state/trainedBundle';
import { OpenedModelShare } from './OpenedModelShare';
import { HideParts, withHidden } from './HideParts';
import { parseHide } from '../../state/hide';
import type { HidePart } from '../../state/hide';
import { AboutThisPage } from '../../ui/shared/AboutThisPage';

export interface ShareDialogProps {
  open: boolean;
  onClose: () => void;
  /** Absolute URL of the full view. */
  link: string;
  /** Absolute URL of the embed view. */
  embedLink: string;
  /** The view's state as a query string, for the offline copy. */
  search: string;
  /** Models opened from the lab or the observatory, which a link cannot carry. */
  opened?: TrainedBundle | null;
}

/** The page `link` is on, without its parameters; `view`: another view of it (the guide, the class). */
const sitePage = (link: string, view?: 'guide' | 'class'): string =>
  `${new URL(link).origin}${new URL(link).pathname}${view ? `?view=${view}` : ''}`;

export function iframeSnippet(embedLink: string): string {
  return `<iframe src="${embedLink.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" width="960" height="540" title="RNN Explainer: how a recurrent network remembers" style="border:0" loading="lazy" allow="clipboard-write"></iframe>`;
}

/**
 * For a reveal.js deck: the keys a reader presses inside the embed (a clicker's PageDown, → ← Space
 * after clicking in it) arrive as `{type: 'key'}` messages (useForwardKeys.ts); this turns them
 * into the deck's own next/previous and hands the keyboard back to the deck.
 */
export function revealPluginSnippet(appOrigin: string): string {
  return [
    `<script>window.addEventListener('message', (e) => { // keys pressed inside the RNN Explainer embed`,
    `  if (e.origin !== ${JSON.stringify(appOrigin)} || e.data?.type !== 'key') return;`,
    `  document.activeElement?.blur(); ['PageUp', 'ArrowLeft'].includes(e.data.key) ? Reveal.prev() : Reveal.next(); });</script>`,
  ].join('\n');
}

export function ShareDialog({
  open,
  onClose,
  link: fullLink,
  embedLink: fullEmbedLink,
  search,
  opened = null,
}: ShareDialogProps) {
  // The parts the teacher hides start as the view's own (its link may already hide some).
  const [hidden, setHidden] = useState<HidePart[]>(
    () => parseHide(new URL(fullLink).searchParams.get('hide') ?? '') ?? [],
  );
  // A long sentence travels compressed, so the link stays short enough for servers.
  const link = compactLink(withHidden(fullLink, hidden));
  const embedLink = compactLink(withHidden(fullEmbedLink, hidden));
  const tooLong = link.length > LINK_LIMIT;
  const [offline, setOffline] = useState<string | null>(null);
  const ref = useRef<HTMLDialogElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const snippetRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal?.();
    if (!open && d.open) d.close?.();
  }, [open]);
  const snippet = iframeSnippet(embedLink);
  const plugin = revealPluginSnippet(new URL(embedLink).origin);
  const pluginRef = useRef<HTMLTextAreaElement>(null);
  return (
    <dialog
      ref={ref}
      className="share-dialog"
      aria-labelledby="share-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id="share-title">Share this view</h2>
      <label htmlFor="share-link">Link to exactly what you see (cell, sequence, step, knobs)</label>
      <div className="copy-row">
        <input id="share-link" ref={linkRef} readOnly value={link} onFocus={(e) => e.target.select()} />
        <CopyButton text={link} label="Copy link" fallbackTarget={() => linkRef.current} />
      </div>
      {opened && <OpenedModelShare bundle={opened} />}
      {tooLong && (
        <p className="notice" role="alert">
          This link is {link.length.toLocaleString('en')} characters even with the sentence compressed —
          longer than many servers accept (about {LINK_LIMIT.toLocaleString('en')}), so it may fail to open.
          Share the run as JSON (Export, below the timeline) or the offline copy instead, or shorten the
          sentence.
        </p>
      )}
      <label htmlFor="share-embed">Embed in slides or a web page</label>
      <div className="copy-row">
        <textarea
          id="share-embed"
          ref={snippetRef}
          readOnly
          rows={3}
          value={snippet}
          onFocus={(e) => e.target.select()}
        />
        <CopyButton text={snippet} label="Copy embed code" fallbackTarget={() => snippetRef.current} />
      </div>
      <HideParts value={hidden} onChange={setHidden} />
      <ul className="share-notes">
        <li>
          <strong>reveal.js</strong> or any HTML slides: paste the snippet into a slide. The deck can drive
          the embed —{' '}
          <code>
            iframe.contentWindow.postMessage({'{'}type: 'step', step: 5{'}'}, '*')
          </code>
          , also <code>next</code>, <code>prev</code>, <code>cell</code>, <code>text</code> and{' '}
          <code>set</code> (any link parameter) — and hears <code>ready</code> and <code>state</code> back
          (docs/teachers.md lists them). So that a clicker still moves the deck after a click inside the
          embed, add this after <code>Reveal.initialize()</code>:
          <div className="copy-row">
            <textarea
              id="share-reveal"
              aria-label="reveal.js key forwarding"
              ref={pluginRef}
              readOnly
              rows={3}
              value={plugin}
              onFocus={(e) => e.target.select()}
            />
            <CopyButton
              text={plugin}
              label="Copy reveal.js snippet"
              fallbackTarget={() => pluginRef.current}
            />
          </div>
        </li>
        <li>
          <strong>PowerPoint</strong> (Microsoft 365): Insert → Add-ins → <em>Web Viewer</em>, and give it the
          embed link.
        </li>
        <li>
          <strong>Google Slides</strong>, <strong>Keynote</strong> or PowerPoint offline cannot show a live
          page: the Export panel below saves the playback as an MP4 video (which all three play) or a GIF, and
          the figures as PNG or SVG, each titled with its step and with a legend.
        </li>
        <li>
          Presenter view for a projector: add <code>present=1</code> to the link; → ↓ Space PageDown step
          forward, ← ↑ PageUp back, B or . blanks the screen, Esc leaves.
        </li>
      </ul>
      <p className="note">
        Planning a class? The <a href={sitePage(fullLink, 'guide')}>teacher’s guide</a> is a printable
        50-minute lesson keyed to the guided tour, with discussion questions, their answers computed from the
        runs, and a one-page student worksheet. At the tour&apos;s end students can share their predictions as
        a code, a link or a QR code: the <a href={sitePage(fullLink, 'class')}>class view</a> counts them, on
        your device only.
      </p>
      <h3>Licence and how to cite</h3>
      <AboutThisPage url={sitePage(fullLink)} />
      <h3>Offline copy</h3>
      <p className="note">
        One HTML file with everything inside (no network needed, also from an LMS): this view in presenter
        mode, or as the embed if opened with <code>?embed=1</code>. The full page's explainer, lab and
        observatory need the site.
      </p>
      <button
        type="button"
        onClick={() => {
          setOffline('Preparing…');
          downloadOfflineCopy(search, 'rnn-explainer-offline.html').then(
            (bytes) =>
              setOffline(
                `Saved rnn-explainer-offline.html (${formatNumber(bytes / 1e6, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 })}).`,
              ),
            (e: unknown) =>
              setOffline(`Could not make the offline copy: ${e instanceof Error ? e.message : String(e)}`),
          );
        }}
      >
        Download for offline use
      </button>
      <span role="status" className="note">
        {offline}
      </span>
      <form method="dialog">
        <button type="submit" onClick={onClose}>
          Close
        </button>
      </form>
    </dialog>
  );
}
