import 'react';

// Element Timing (Chromium): the browser records when an element with this
// attribute is first painted; the cold-open benchmark reads it.
declare module 'react' {
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}
