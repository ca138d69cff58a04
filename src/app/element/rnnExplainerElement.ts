/**
 * `<rnn-explainer>`: the embed view as one element for any page — a plain HTML page on another
 * site, a reveal.js deck, the HTML a Jupyter notebook or Quarto writes. Loaded with one
 * `<script type="module" src="https://SITE/rnn-explainer.js">` (a stable address at the site's
 * root). Its attributes are the link parameters (`preset`, `cell`, `step`, `weights`, `hide`, …);
 * changing one changes the view. It dispatches the embed's `ready`, `state` and `error` messages as
 * DOM events (`event.detail` is the message).
 *
 * Inside its shadow root is an iframe of the embed view on the explainer's own origin: the host's
 * CSS cannot reach the view and the view's cannot reach the host; each element has its own
 * document, so keys typed into one never reach another; and the view runs under its own
 * Content-Security-Policy with its own worker, whatever the host page allows.
 */

import { HOST_SETTABLE } from '../../state/hostParams';

/** The link parameters an attribute may set: those the embed protocol's `set` accepts. */
const PARAMS = HOST_SETTABLE;
const DEFAULT_LABEL = 'RNN Explainer: how a recurrent network remembers';

/** The explainer's address: this script sits at the site's root. */
const APP = new URL('./', import.meta.url);

const STYLE = `
:host { display: block; width: 100%; aspect-ratio: 16 / 9; min-height: 270px; contain: content; }
:host([hidden]) { display: none; }
iframe { display: block; width: 100%; height: 100%; border: 0; color-scheme: normal; }
`;

export class RnnExplainerElement extends HTMLElement {
  static observedAttributes = [...PARAMS, 'label'];
  readonly #frame: HTMLIFrameElement;
  #ready = false;
  /** Attribute changes made while the view loads, sent once it says `ready`. */
  #pending: Record<string, string> = {};

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    this.#frame = document.createElement('iframe');
    this.#frame.setAttribute('part', 'frame');
    this.#frame.allow = 'clipboard-write';
    root.append(style, this.#frame);
  }

  /** The embed's address for the element's attributes now. */
  get src(): string {
    const u = new URL(APP);
    u.searchParams.set('embed', '1');
    for (const p of PARAMS) {
      const v = this.getAttribute(p);
      if (v !== null && v !== '') u.searchParams.set(p, v);
    }
    return u.toString();
  }

  connectedCallback(): void {
    window.addEventListener('message', this.#onMessage);
    this.#frame.title = this.getAttribute('label') ?? DEFAULT_LABEL;
    if (!this.#frame.getAttribute('src')) this.#load();
  }

  disconnectedCallback(): void {
    window.removeEventListener('message', this.#onMessage);
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'label') {
      this.#frame.title = value ?? DEFAULT_LABEL;
      return;
    }
    if (old === value || !this.#frame.getAttribute('src')) return;
    // A removed attribute has no message that unsets it: the view starts again from the rest.
    if (value === null || value === '') return this.#load();
    if (this.#ready) this.send({ type: 'set', params: { [name]: value } });
    else this.#pending[name] = value;
  }

  /** Send a message of the embed protocol (`{type: 'next'}`, `{type: 'step', step: 5}`, …) to the view. */
  send(message: object): void {
    this.#frame.contentWindow?.postMessage(message, APP.origin);
  }

  #load(): void {
    this.#ready = false;
    this.#pending = {};
    this.#frame.src = this.src;
  }

  readonly #onMessage = (e: MessageEvent): void => {
    // Only this element's own view: two elements on a page never hear each other's messages.
    const view = this.#frame.contentWindow;
    if (!view || e.source !== view || e.origin !== APP.origin) return;
    const data = e.data as { type?: unknown } | null;
    if (
      typeof data !== 'object' ||
      data === null ||
      (data.type !== 'ready' && data.type !== 'state' && data.type !== 'error')
    )
      return;
    if (data.type === 'ready') {
      this.#ready = true;
      if (Object.keys(this.#pending).length > 0) this.send({ type: 'set', params: this.#pending });
      this.#pending = {};
    }
    this.dispatchEvent(new CustomEvent(data.type, { detail: data }));
  };
}

if (!customElements.get('rnn-explainer')) customElements.define('rnn-explainer', RnnExplainerElement);
