/** Pre-fill, capture and checks for the current tab (built in the field-recognition issue). */
export function PagePanel() {
  return <p className="popup-note">Ouvrez une page de Certif Pro pour pré-remplir ou vérifier ses champs.</p>;
}
