/** Instructor comments linked to criteria (built in the comments issue). */
export function CommentsPanel() {
  return <p className="popup-note">Collez ici la demande de compléments de l’instructeur.</p>;
}
