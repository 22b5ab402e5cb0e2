/**
 * Certifill's name mark: a petrol tile holding an open « C » (the form) closed by an amber tick
 * (the field filled), then the wordmark. Its own identity, far from the State's tricolour.
 */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg
      className="cf-mark"
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="8" fill="#0b5563" />
      <path
        d="M21.5 9.6A8.5 8.5 0 1 0 23.6 19"
        fill="none"
        stroke="#fff"
        strokeWidth="3.4"
        strokeLinecap="round"
      />
      <path
        d="M14.2 16.4l2.6 2.6 6-6.4"
        fill="none"
        stroke="#e39b2d"
        strokeWidth="3.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** « Certifill », the second half in the brand colour. */
export function Wordmark() {
  return (
    <span className="cf-wordmark">
      Certi<span className="cf-wordmark__fill">fill</span>
    </span>
  );
}
