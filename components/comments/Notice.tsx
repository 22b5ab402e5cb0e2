/** A message under the comments view's actions: an error is announced at once, the rest politely. */
export interface NoticeMessage {
  kind: 'error' | 'info' | 'success';
  text: string;
}

export function Notice({ message }: { message: NoticeMessage | null }) {
  if (!message) return null;
  return (
    <p
      className={`cm-notice cm-notice--${message.kind}`}
      role={message.kind === 'error' ? 'alert' : 'status'}
    >
      {message.text}
    </p>
  );
}
