import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';

/** Props of {@link RetryMessageBar}. */
export interface RetryMessageBarProps {
  /** What failed ("Could not load the rooms"). */
  title: string;
  /** Why, in the kit's words for the error. */
  message?: string;
  /** The retry button's text. */
  retryText: string;
  /** Tries again. */
  onRetry: () => void;
  /** `error` when nothing could be shown; `warning` when what is shown stays but is out of date. @default 'error' */
  intent?: 'error' | 'warning';
  /** Class name of the bar. */
  className?: string;
}

/**
 * The kit's one message for a read that failed: what failed, why, and a button to try again. Every component that
 * loads shows its failures this way, so they look and read alike.
 */
export function RetryMessageBar({
  title,
  message,
  retryText,
  onRetry,
  intent = 'error',
  className,
}: RetryMessageBarProps) {
  return (
    <MessageBar intent={intent} layout="multiline" className={className}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {message}
      </MessageBarBody>
      <MessageBarActions>
        <Button icon={<ArrowClockwise20Regular />} onClick={onRetry}>
          {retryText}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
