/**
 * An error boundary around one panel: a render error there shows a message and a retry button in
 * that panel's place, and every other panel keeps working. Without it React unmounts the whole
 * root and the reader sees a white page.
 */
import { Component } from 'react';
import { t } from '../../i18n/t';
import type { ErrorInfo, ReactNode } from 'react';

interface Props {
  /** The panel's name, as the reader knows it ("Inspector", "Timeline"). */
  name: string;
  children: ReactNode;
  /** When this value changes (a new run, another step), a failed panel tries again by itself. */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

export class PanelBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey !== state.resetKey) return { error: null, resetKey: props.resetKey };
    return null;
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for a bug report; the page itself stays up.
    console.warn(`[${this.props.name}] render error:`, error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section
        className="panel panel-error"
        role="alert"
        aria-label={t('error.label', { name: this.props.name })}
      >
        <h2>{t('error.title', { name: this.props.name.toLowerCase() })}</h2>
        <p>{t('error.body', { message: error.message || t('error.unknown') })}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {t('error.retry')}
        </button>
      </section>
    );
  }
}
