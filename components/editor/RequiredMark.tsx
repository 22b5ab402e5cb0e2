/** « * » for sighted users, « obligatoire » for screen readers. */
export function RequiredMark() {
  return (
    <>
      <span className="cf-required" aria-hidden="true">
        {' '}
        *
      </span>
      <span className="visually-hidden"> (obligatoire)</span>
    </>
  );
}
