/** The dossier editor (options page). */
export function EditorApp() {
  return <h1>Certifill — dossiers</h1>;
}
