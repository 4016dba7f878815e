import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Names the section in the message, so the user knows what failed. */
  name: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * One per section: a card that throws while rendering takes down its own
 * section only, never the whole panel, and the user's data stays untouched.
 */
export class SectionBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Sidecue: the ${this.props.name} section failed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="section-error">
        <p>
          The {this.props.name} section hit a problem and was paused. Your cards are safe; the rest
          of the panel still works.
        </p>
        <p className="section-error-detail">{this.state.error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
