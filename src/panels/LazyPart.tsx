/**
 * A part of the UI whose code loads on first use: a Suspense fallback while it loads, and when it
 * cannot load (offline before it was cached, or a newer deploy removed the chunk) or throws while
 * rendering, a readable message with a reload button instead of an empty app. The rest keeps working.
 */
import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { translate } from '../i18n/strings';
import { useUi } from '../state/ui';

interface Props {
  children: ReactNode;
  fallback?: ReactNode;
}

/** Catches the error of one lazily loaded part (React has no hook for this). */
class PartBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('A part of the page failed:', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const lang = useUi.getState().lang;
    return (
      <div className="part-failed" role="alert" data-testid="part-failed">
        <p>{translate(lang, 'app.partFailed', { message: error.message })}</p>
        <button type="button" onClick={() => window.location.reload()}>{translate(lang, 'app.reload')}</button>
      </div>
    );
  }
}

/** Suspense plus an error boundary around a lazily loaded part. */
export function LazyPart({ children, fallback = null }: Props) {
  return (
    <PartBoundary>
      <Suspense fallback={fallback}>{children}</Suspense>
    </PartBoundary>
  );
}
